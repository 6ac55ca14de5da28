"""Reconcile's work done once a figure, not once a pair (issue 17): the same answers as asking each pair."""

from __future__ import annotations

import dataclasses

from crosscheck.records import Claim, Normalized
from crosscheck.reconcile import _comparable_parts
from crosscheck.reconcile.agreements import _figure_shape, _same_figure
from crosscheck.reconcile.basis import _basis_key, basis_key
from crosscheck.reconcile.compare import _Aliases, _comparable_claims


def _claim(doc, text, value, sentence=None, bound="exact", unit=None):
    sentence = sentence or f"The storm surge killed {text} people in the port city, officials said."
    return Claim(f"{doc}:c", doc, text, sentence, value, None, unit, Normalized(value, None, unit), "people killed",
                 bound)


class _Spy(Claim):
    """A claim that notes which of its fields are read."""

    __slots__ = ("read",)

    def __getattribute__(self, name):
        if name in Claim.__dataclass_fields__:
            object.__getattribute__(self, "read").add(name)
        return object.__getattribute__(self, name)


def _spy(c: Claim) -> _Spy:
    spy = _Spy(**{f.name: getattr(c, f.name) for f in dataclasses.fields(Claim)})
    spy.read = set()
    return spy


def test_same_figure_reads_only_the_fields_of_the_figure_shape():
    """``_agreeing`` compares a statement with one statement of each distinct ``_figure_shape`` of a figure: sound
    only while ``_same_figure`` reads nothing else of a claim (a new read must join ``_figure_shape``)."""
    shape_fields = {"normalized", "value", "unit", "bound", "text"}  # text: "almost N" (``compare.just_under``)
    pairs = [(_claim("a", "at least 10", 10.0, bound="at_least"), _claim("b", "10", 10.0)),
             (_claim("a", "35 miles", 56.3, unit="km"), _claim("b", "about 36 miles", 57.9, bound="about", unit="km")),
             (_claim("a", "more than 100", 100.0, bound="at_least"), _claim("b", "up to 81", 81.0, bound="at_most")),
             (_claim("a", "0", 0.0), _claim("b", "12", 12.0))]
    for a, b in pairs:
        sa, sb = _spy(a), _spy(b)
        assert _same_figure(sa, sb) == _same_figure(a, b)
        assert sa.read and sa.read | sb.read <= shape_fields, sa.read | sb.read
    assert set(_figure_shape(pairs[0][0])) and len(_figure_shape(pairs[0][0])) == 8


def test_a_claims_basis_is_worked_out_again_when_any_of_its_fields_differs():
    c = _claim("a", "3", 3.0, sentence="A Category 3 hurricane struck the coast.")
    assert basis_key(c) == _basis_key(c) is None  # a rank, not a count
    c.sentence = "The storm surge killed 3 people in the port city."
    assert basis_key(c) == _basis_key(c) is not None  # the same claim object, another sentence: asked again


def test_comparable_parts_skip_only_pairs_published_too_far_apart():
    """Pairs whose publication days are further apart than ``max_days`` are not asked; the parts are those of
    asking every pair (reports undated or with an unreadable day included)."""
    days = {"a": "2026-03-01", "b": "2026-03-02", "c": "2026-03-09", "d": None, "e": "not a day", "f": "2026-03-10"}
    group = [_claim(doc, str(10 + n), 10.0 + n) for n, doc in enumerate(days)]
    aliases = _Aliases([])
    for max_days in (0, 1, 7):
        parent = list(range(len(group)))

        def find(i):
            while parent[i] != i:
                i = parent[i]
            return i
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                if _comparable_claims(group[i], group[j], days, aliases, max_days):
                    parent[find(j)] = find(i)
        every_pair: dict[int, list[str]] = {}
        for i, c in enumerate(group):
            every_pair.setdefault(find(i), []).append(c.document)
        parts = [[c.document for c in part] for part in _comparable_parts(group, days, aliases, max_days)]
        assert parts == list(every_pair.values()), max_days
