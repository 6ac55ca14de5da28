"""Issue 17, session 15: work of an update done once a figure, a text, a source or a row, with the same answers.

- ``reconcile.memo``: what is read of one figure alone, kept per claim object inside the reconcile stage;
- ``reconcile.compare._Aliases.people``: the people's aliases looked up by their first two characters;
- ``provenance.trace_provenance``: each primary source's lists also held as sets;
- ``store.rows.loads``: stored rows decoded by orjson, or by ``json.loads`` where orjson refuses them;
- ``reconcile.basis.remember_basis_keys`` given the claims' fields already worked out.

Sentences here are invented.
"""

from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path

import pytest

from crosscheck import provenance, reconcile
from crosscheck.pipeline import Settings, run
from crosscheck.records import Claim, Normalized, to_dict
from crosscheck.reconcile import basis, compare, memo, moments
from crosscheck.store import Store
from crosscheck.store import rows

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"

SENTENCES = [
    ("The flood killed 14 people in the river town on Tuesday, officials said.", "14", 14.0, None, "people killed"),
    ("At least 3,000 residents were evacuated since Monday.", "At least 3,000", 3000.0, None, "residents evacuated"),
    ("The 72-year-old mayor, aged 72, said the levee held.", "72", 72.0, "year", None),
    ("The dam is 40 miles north of the capital.", "40 miles", 64.4, "km", None),
    ("Rain fell for 30 hours of deliberation-free downpour in the valley.", "30 hours", 1.25, "day", "rain"),
    ("A magnitude 5.9 tremor struck the coast in 2004.", "5.9", 5.9, None, "magnitude"),
    ("Officials will evacuate nearly 500 families from the delta.", "nearly 500", 500.0, None, "families evacuated"),
    ("Prices rose 12 percent, from 10 to 20 dollars a sack.", "12 percent", 12.0, "%", "prices"),
    ("So far a total of 41 people have died in the district of Amran.", "41", 41.0, None, "people died"),
]


def _claims() -> list[Claim]:
    out = []
    for n, (sentence, text, value, unit, subject) in enumerate(SENTENCES * 2):
        bound = "at_least" if text.startswith("At least") else "about" if text.startswith("nearly") else "exact"
        out.append(Claim(f"d{n}:c", f"d{n}", text, sentence, value, None, unit,
                         Normalized(value, None, {"year": None, "km": "km", "day": "day", "%": "%"}.get(unit or "", None)),
                         subject, bound, sentence.find(text), sentence.find(text) + len(text)))
    return out


MEMOISED = [basis.measure, basis.basis_key, basis.subject_key, basis.unkeyed_basis, basis.aged_person,
            compare.interval, compare.just_under, compare._is_magnitude, compare._running_total, compare._spread_end,
            moments._window, moments._to_come]


def test_memoised_figure_functions_answer_inside_the_memo_as_they_compute_afresh():
    claims = _claims()
    fresh = [[fn.uncached(c) for fn in MEMOISED] for c in claims]
    with reconcile.figure_memo():
        for _ in range(2):  # the second time from the memo
            assert [[fn(c) for fn in MEMOISED] for c in claims] == fresh
    assert len(memo.memoised_names()) >= len(MEMOISED)


def test_the_memo_is_emptied_when_it_closes_so_a_changed_claim_is_read_again():
    c = _claims()[0]
    with reconcile.figure_memo():
        assert basis.measure(c) == "count"
        with reconcile.figure_memo():  # nested: the outer memo serves, and stays open
            assert basis.measure(c) == "count"
        c.unit, c.normalized = "km", Normalized(14.0, None, "km")
        assert basis.measure(c) == "count"  # inside: the claim's first answer (the stage never changes a claim)
    assert basis.measure(c) == "measurement"  # closed: worked out again


def test_a_memo_entry_of_another_object_with_the_same_id_is_not_taken():
    c = _claims()[0]
    slot = memo.memoised_names().index(f"{basis.measure.__module__}.{basis.measure.__qualname__}")
    with reconcile.figure_memo():
        memo._local.memo[slot][id(c)] = (object(), "not this claim's")  # as if a freed claim's id came back
        assert basis.measure(c) == "count"


def test_the_memo_is_per_thread():
    import threading

    c = _claims()[0]
    seen = []
    with reconcile.figure_memo():
        basis.measure(c)
        t = threading.Thread(target=lambda: seen.append(getattr(memo._local, "memo", None)))
        t.start()
        t.join()
    assert seen == [None]


def test_people_found_by_the_two_character_index_are_those_of_every_alias():
    pairs = [("Maria Keller", "person:keller"), ("Keller", "person:keller"), ("Ali", "person:ali"),
             ("Émile Roux", "person:roux"), ("Roux", "person:roux"), ("Q", "person:q"), ("UN", "org:un"),
             ("Jo", "person:jo"), ("O'Neil", "person:oneil")]
    aliases = compare._Aliases(pairs)
    person_pairs = [(a, e) for a, e in pairs if e.startswith("person:")]
    rng = random.Random(17)
    words = ["Maria", "Keller", "said", "Ali", "Alison", "Émile", "Roux", "Q", "Q.", "UN", "Jo", "Jon", "O'Neil", "the",
             "storm", "(Keller)", "Keller's", ""]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 9))) for _ in range(300)]
    for text in texts:
        every = {e for a, e in person_pairs
                 if a in text and re.search(r"(?<![\w])" + re.escape(a) + r"(?![\w])", text)}
        assert aliases.people(text) == every, text


def test_day_numbers_are_asked_once_a_day_with_the_same_answers():
    from datetime import date

    for day in ("2026-03-14", "2026-03-14T09:00:00", None, "", "not a day", "2026-02-30"):
        try:
            expected = date.fromisoformat(day[:10]).toordinal() if day else None
        except ValueError:
            expected = None
        assert moments._day_number(day) == expected


@pytest.mark.parametrize("text", ['{"a": 1, "b": [1.5, -0.0, 1e-7, 1e+22, -0, 18446744073709551615, -9223372036854775808]}',
                                  '[NaN, Infinity, -Infinity]', '"lone \\ud800 surrogate"',
                                  '{"x": "caf\\u00e9", "y": null, "z": true}', "[" * 100 + "]" * 100, '{"k": 1, "k": 2}',
                                  "3", '"\\u2028"', '{"shingles": [334859404326302823, 16119505652872040551]}'])
def test_stored_rows_decode_to_what_json_loads_gives(text, monkeypatch):
    def same(a, b):
        if type(a) is not type(b):
            return False
        if isinstance(a, dict):
            return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
        if isinstance(a, list):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
        if isinstance(a, float) and math.isnan(a):
            return math.isnan(b)
        return a == b and (not isinstance(a, float) or math.copysign(1, a) == math.copysign(1, b))

    assert same(rows.loads(text), json.loads(text))
    monkeypatch.setattr(rows, "_orjson", None)  # without orjson installed: the standard decoder
    assert same(rows.loads(text), json.loads(text))


def test_basis_keys_remembered_with_their_fields_given_are_those_remembered_without():
    claims = _claims()
    keys = [basis._basis_key(c) for c in claims]
    basis._BASIS_KEYS.clear()
    basis.remember_basis_keys(claims, [list(k) if k else None for k in keys])
    without = dict(basis._BASIS_KEYS)
    basis._BASIS_KEYS.clear()
    basis.remember_basis_keys(claims, [list(k) if k else None for k in keys], [basis.claim_fields(c) for c in claims])
    assert basis._BASIS_KEYS == without and len(without) == len({basis.claim_fields(c) for c in claims})
    with pytest.raises(ValueError):  # a list of fields of other claims is refused, never zipped short
        basis.remember_basis_keys(claims, keys, [basis.claim_fields(c) for c in claims[1:]])


def test_reconcile_and_provenance_of_a_story_are_the_same_with_the_memo_and_sets(tmp_path):
    from crosscheck.provenance.counts import _pid
    from crosscheck.provenance.cues import UNATTRIBUTED

    paths = sorted(str(p) for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    with Store(tmp_path / "s.sqlite") as store:
        run(paths, store, "s", Settings(processes=1))
        assert store.stage_errors("s") == []
        documents = store.load_documents("s")
        sources = store.load_sources("s", documents)
        entities, claims = store.load_entities("s"), store.load_claims("s")
        published = {d.id: d.published.date or d.published.latest for d in documents}

        labels = {d.id: f"{d.name} ({d.published.date or 'undated'})" for d in documents}  # as the stage names them

        def steps():
            aliases = reconcile.story_aliases(entities)
            unsure: list = []
            agreements, conflicts = reconcile.reconcile_claims(claims, sources, labels, published, entities, aliases,
                                                               unsure=unsure)
            differences = reconcile.find_differences(claims, sources, labels, published, entities, conflicts + unsure,
                                                     aliases)
            updates = reconcile.find_updates(claims, sources, published, entities, aliases)
            return [[to_dict(x) for x in part] for part in (agreements, conflicts, unsure + differences, updates)]

        plain = steps()
        with reconcile.figure_memo():
            assert steps() == plain
        assert store.load_agreements("s") and [to_dict(f) for f in store.load_agreements("s")] == plain[0]
        records, primaries = provenance.trace_provenance(
            documents, entities, claims, store.load_quotes("s") + store.load_attributions("s"), store.load_events("s"),
            store.load_agreements("s"), store.load_conflicts("s"), store.load_brief("s"), sources)
        by_lists = {}
        for rec in records:
            for c in rec.chains:
                if c.primary == UNATTRIBUTED:
                    continue
                p = by_lists.setdefault(_pid(c.primary), {"items": [], "documents": []})
                if rec.id not in p["items"]:
                    p["items"].append(rec.id)
                if c.document not in p["documents"]:
                    p["documents"].append(c.document)
        assert primaries and {p.id: {"items": p.items, "documents": p.documents} for p in primaries} == by_lists
        assert all(len(set(p.aliases)) == len(p.aliases) and len(set(p.relays)) == len(p.relays) for p in primaries)
