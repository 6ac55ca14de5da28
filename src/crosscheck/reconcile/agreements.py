"""Agreements: the same figure told by two or more independent sources about the same moment, and
figures that name no thing counted told in like words."""

from __future__ import annotations

import re

from ..claims.zeros import told_as_unaware
from ..records import Claim, Finding, Sources
from .basis import EXACT_TOLERANCE, MAX_DAYS_APART, MEASURE_WORDS, basis_key, measure, subject_key, unkeyed_basis
from .compare import (_Aliases, _comparable_claims, _content_once, _independent, _interval, _overlap, _ratio, interval,
                      just_under, same_span)
from .wording import _agree_text, _evidence
from .holders import agreement_apart
from .referents import no_referent, poll_method
from .spans import SPAN_KEY


def _agreeing(group: list[Claim], sources: Sources, comparable) -> list[list[Claim]]:
    """The agreements among figures of one measure of one thing: groups of statements of the same figure
    (the numbers written equal within their rounding: "at least 10" and "10" agree, "at least 219" and
    "at least 233" are two figures, though both bounds can be true), one statement per independent
    source, each told about the same moment as another of the group; groups of two sources or more."""
    figures: list[list[Claim]] = []
    # A figure that refers to no fact of the story (a statement about a kind of thing, a version in a series of names, a
    # kind of basket) is no witness (issue 20, fifteenth session: ``referents``). Nor is a poll's own method (its
    # margin of error, its sample): two outlets citing two polls tell the same "plus or minus 3 points" of two polls
    # (issue 20g, sixteenth session: read on the fresh fdev stories' agreements).
    # Nor is a zero told as what its teller knows of ("no reports of civilian casualties", issue 22c, twenty-second
    # session: two officials of one side agreed on "0 killed" and "0 injured" while the toll was disputed); it stays
    # a side of a conflict against a toll.
    group = [c for c in group if not no_referent(c) and not poll_method(c)
             and not (c.normalized.value == 0 and told_as_unaware(c.text or ""))]

    def told(a: Claim, b: Claim) -> bool:
        return comparable(a, b) and _spans_alike(a, b)
    # Issue 17 (a story of 1,000 reports: hundreds of statements of one figure): each figure's first value,
    # compared without a call first, and its statements one per distinct number as written (``_figure_shape``,
    # all ``_same_figure`` reads), each compared once.
    heads: list[float] = []
    shapes: list[dict[tuple, Claim]] = []
    for c in sorted(group, key=lambda c: (interval(c)[1] - interval(c)[0], c.document, c.start)):
        value, shape = abs(c.normalized.value or 0.0), _figure_shape(c)
        home = next((n for n, head in enumerate(heads)
                     if _near(value, head) and all(_same_figure(c, o) for o in shapes[n].values())), None)
        if home is None:
            figures.append([c])
            heads.append(value)
            shapes.append({shape: c})
        else:
            figures[home].append(c)
            shapes[home].setdefault(shape, c)
    out = []
    for figure in figures:
        chosen: list[Claim] = []
        for c in _peers_first(figure, sources, told):
            if all(_independent(sources, c, o, through_copies=True) for o in chosen):
                chosen.append(c)
        # Only figures told about the same moment as another of them: a figure from a week
        # later that happens to be equal is not a second witness of this one.
        kept = [c for c in chosen if any(told(c, o) for o in chosen if o is not c)]
        if len(kept) >= 2:
            out.append(kept)
    return out


# Words that place a span of time in the story's time rather than tell what lasted: "over the past two years",
# "for the last seven years", "within the next 48 hours".
_WINDOW_WORDS = frozenset({"past", "last", "next", "previous", "coming", "recent", "within"})


def _beyond_figure(c: Claim) -> frozenset[str]:
    """The content words of a figure's sentence without the figure's own words ("two years" of "the past two years")."""
    return _content_once(c.sentence) - _content_once(c.text or "") - _WINDOW_WORDS


def _spans_alike(a: Claim, b: Claim) -> bool:
    """Two spans of time that name no one thing they measure agree only in sentences alike BEYOND the span's own words
    (issue 20g, sixteenth session, read on the fresh fdev stories' agreements): "support had declined over the past two
    years" and "in the past two years, we have had 10 spills" shared "past", "two", "years" and "spill", which made
    them alike (``compare._comparable_claims`` counts the figure's words); so did "a moratorium on drilling for six
    months" and "BP had been drilling for six months". Other figures, and spans of one named thing, as before."""
    if subject_key(a) != SPAN_KEY or subject_key(b) != SPAN_KEY or same_span(a, b) or measure(a) == "age":
        return True  # (an age: ``ages`` compares the ages of one person named beside them, the thing is said)
    return len(_beyond_figure(a) & _beyond_figure(b)) >= SPAN_SHARED_BEYOND_FIGURE


# Content words two spans' sentences share besides the spans' own words, at least (on the fresh fdev stories the three
# false span agreements shared 0-1, the right ones 2 or more but one: "a 50% chance of a depression within the next
# 48 hours" / "... within the next two days" share "chance" and "depression"; "sturdier cap in four to seven days" /
# "sealing cap on over the next four to seven days" only "cap", and is lost).
SPAN_SHARED_BEYOND_FIGURE = 2


# Above this many statements of one figure, they are read in report order only (issue 17: pairs grow fast).
MAX_PEER_STATEMENTS = 60


def _peers_first(figure: list[Claim], sources: Sources, comparable) -> list[Claim]:
    """The statements of one figure, those told about the same moment as another source's statement first (issue 20,
    eleventh session): a source's first statement of a figure ("no ruling had been made on shifting to stage four")
    stood for it, and its later one that another outlet tells alike ("Shifting to drought stage four does not mean
    ...") was never a witness, as a second statement of a source already chosen."""
    ordered = sorted(figure, key=lambda c: (c.document, c.start))
    if len(ordered) > MAX_PEER_STATEMENTS:
        return ordered
    with_peer = [c for c in ordered if any(not sources.same_source(c.document, o.document) and comparable(c, o)
                                           for o in ordered)]
    return with_peer + [c for c in ordered if c not in with_peer]


# One figure told twice differs by its rounding, never by more than a tenth ("150" and "149", "5.9" and
# "about 6.0"); "more than 100" and "up to 81" are two figures, though a round 100 spans 50-150.
SAME_FIGURE_RATIO = 1.1


def _same_figure(a: Claim, b: Claim) -> bool:
    """The numbers written are one figure: equal within their rounding, a bound read as its number."""
    return (_ratio(a, b) <= SAME_FIGURE_RATIO and _overlap(_point_interval(a), _point_interval(b))
            and _within_bound(a, b) and _within_bound(b, a) and _same_written(a, b) and _told_equal(a, b)
            and not _opposite_sides(a, b) and _roundings_meet(a, b))


# The number as written in a figure's text: "15,800", "3.3" (of "3.3 million barrels"), "6.0".
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _half_step(c: Claim) -> float | None:
    """Half the step of the last digit the figure's number is written to, as a share of the number: "15,800" 50/15,800,
    "15,725" 0.5/15,725, "6.0" 0.05/6; None for a number written in words or with no digit."""
    m = _WRITTEN_NUMBER.search(c.text or "")
    if m is None:
        return None
    digits = m.group(0).replace(",", "")
    number = float(digits)
    if not number:
        return None
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return step / 2 / number


def _roundings_meet(a: Claim, b: Claim) -> bool:
    """Two figures told as numbers (not bounds) are one figure only when their roundings as written meet (issue 20,
    fifteenth session): "15,800 barrels" (15,750-15,850) and "15,725 barrels" are two figures though 0.5% apart;
    "about 40 miles" (35-45) and "64 kilometres" still meet."""
    if a.bound not in ("exact", "about") or b.bound not in ("exact", "about"):
        return True
    ra, rb = _half_step(a), _half_step(b)
    va, vb = a.normalized.value, b.normalized.value
    if ra is None or rb is None or va is None or vb is None:
        return True
    slack = 1e-9 * max(abs(va), abs(vb))
    return abs(va - vb) <= ra * abs(va) + rb * abs(vb) + slack


def _opposite_sides(a: Claim, b: Claim) -> bool:
    """One figure told as just under its number, the other as above it ("nearly three weeks", "more than three
    weeks"): two figures that meet only at the number itself, which neither tells (issue 20, fifteenth session)."""
    return any(just_under(x) and y.bound == "at_least" for x, y in ((a, b), (b, a)))


# Two numbers are one figure when they are equal once in one unit, within this share (issue 20, twelfth session).
TOLD_EQUAL = 0.005


def _told_equal(a: Claim, b: Claim) -> bool:
    """The numbers told are equal (converted to one unit, within ``TOLD_EQUAL``), not only compatible within their
    rounding (issue 20, twelfth session): "about 58km" and "60km", "An estimated 4.9 m barrels" and "more than 200
    million gallons", "80 minutes" and "77-minute", "$17.2 billion" and "$17 billion" are two figures that may both be
    true, not one figure told twice; on the 157 dev stories 12 of the 15 agreements built on such pairs were wrong.
    A bound is still its number ("at least 10" and "10": ``_within_bound``)."""
    share = TOLD_EQUAL if (a.unit or "") == (b.unit or "") else CONVERTED_EQUAL
    return (_equal(a.normalized.value, b.normalized.value, share)
            and _equal(a.normalized.value_max, b.normalized.value_max, share))


# Told in two units, one figure is the other converted and rounded: "5 miles" and "8 km" (8.05), "100F" and "38C"
# (37.8), "12 miles" and "19 km" (19.3) are one figure (review of the twelfth session); "4.9m barrels" and "200 million
# gallons" (205.8, 2.9% apart) stay two.
CONVERTED_EQUAL = 0.025


def _equal(x: float | None, y: float | None, share: float = TOLD_EQUAL) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= share * max(abs(x), abs(y))


def _figure_shape(c: Claim) -> tuple:
    """Every field of a claim ``_same_figure`` reads (tests/claims/test_reconcile_caches.py checks it)."""
    n = c.normalized
    # (eleventh session: ``interval`` reads the text for "almost N", just under N: ``compare.just_under``)
    # (fifteenth session: ``_roundings_meet`` reads the step the number is written to: ``_half_step``)
    return n.value, n.value_max, n.unit, c.value, c.unit, c.bound, just_under(c), _half_step(c)


def _near(va: float, vb: float) -> bool:
    """``_ratio(a, b) <= SAME_FIGURE_RATIO`` of two absolute values, the first test of ``_same_figure``."""
    if not va or not vb:
        return va == vb
    return max(va, vb) / min(va, vb) <= SAME_FIGURE_RATIO


def _same_written(a: Claim, b: Claim) -> bool:
    """A bound is one figure with the number it bounds as written, not with a number inside it (issue 20, round 6):
    "over 40 years" and "42 years" are two figures, "at least 10" and "10" one. Figures in two units ("about 30 sq
    km", "about 12 square miles") are compared as converted."""
    if a.value is None or b.value is None or not a.value or not b.value or (a.unit or "") != (b.unit or ""):
        return True
    if a.bound != b.bound and {a.bound, b.bound} & {"at_least", "at_most"}:
        return max(abs(a.value), abs(b.value)) / min(abs(a.value), abs(b.value)) <= 1 + 1e-3
    return True


def _within_bound(a: Claim, b: Claim) -> bool:
    """A bound holds the other figure as written: "at least 10" and "10" are one figure, "at least 131
    mph" and "130 mph" are two, though 130 rounds to 131 (issue 20, round 4)."""
    va, vb = a.normalized.value, b.normalized.value
    if va is None or vb is None or b.bound == a.bound:
        return True
    slack = 1e-3 * max(abs(va), abs(vb))  # the number as written, not its rounding
    if a.bound == "at_least":
        return vb >= va - slack
    if a.bound == "at_most":
        return vb <= va + slack
    return True


def _point_interval(c: Claim) -> tuple[float, float]:
    if c.bound in ("at_least", "at_most"):
        # ``interval`` of the claim with bound "exact", without copying it (issue 17: asked per pair compared)
        return _interval(c.normalized.value, c.normalized.value_max, c.normalized.unit, c.value, "exact")
    return interval(c)


# Figures that name no thing counted agree only in alike sentences: this many content words shared, and
# this share of the shorter sentence's (as for spans of time).
UNKEYED_MIN_SHARED, UNKEYED_MIN_OVERLAP = 3, 0.3


def _unkeyed_agreements(claims: list[Claim], sources: Sources, labels: dict[str, str],
                        published: dict[str, str | None], aliases: "_Aliases") -> list[Finding]:
    """Agreements among figures with no thing counted (issue 20, round 3): the same number in the same
    measure and unit ("at a depth of 10 kilometres", "a 25 percent tariff on steel", "LaCalamita, 38,"),
    told by independent sources about the same moment in alike sentences. Never a conflict: with no
    thing named, two different numbers give no sign that they measure one thing."""
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for c in claims:
        basis = unkeyed_basis(c) if c.normalized.value is not None else None
        if basis is not None:
            groups.setdefault(basis, []).append(c)

    def alike(a: Claim, b: Claim) -> bool:
        return _alike(a, b, published, aliases)
    found = []
    for (kind, unit), group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        for kept in _agreeing(group, sources, alike):
            documents = sorted({c.document for c in kept})
            what = "an age" if kind == "age" else MEASURE_WORDS.get(kind, kind)
            found.append(Finding("quantity", _evidence(kept), documents,
                                 _agree_text(f"{what} told in like words", kept, labels) +
                                 f" Basis: {what}, the same number and unit, in alike sentences (no thing counted "
                                 "is named, so these figures are never shown as a conflict).",
                                 sources.count(documents)))
    return found


def _alike(a: Claim, b: Claim, published: dict[str, str | None], aliases: "_Aliases") -> bool:
    """The same number as written (a bound the same bound: "about 100 miles" and "105 miles" are two), comparable
    figures, in alike sentences (UNKEYED_MIN_SHARED content words, UNKEYED_MIN_OVERLAP of the shorter's)."""
    if a.bound != b.bound or _ratio(a, b) > 1 + EXACT_TOLERANCE or not _same_written(a, b):
        return False
    if measure(a) == "age" and a.value != b.value:
        return False  # "72-year-old" and "73-year-old" are two ages, though within 2% (eleventh session, Multi-News Durst)
    if (not _comparable_claims(a, b, published, aliases, MAX_DAYS_APART)
            or agreement_apart(a, b, aliases) is not None):
        return False  # (issue 20, eighth session: two owners' figures, or two periods', are no one fact)
    wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
    shared = len(wa & wb)
    return shared >= UNKEYED_MIN_SHARED and shared / max(1, min(len(wa), len(wb))) >= UNKEYED_MIN_OVERLAP


# Measures whose unit makes a figure distinctive enough to be one fact when it is told twice in alike sentences: a
# share, an amount of money (not a bare count: "two" is in every story).
OTHER_WORDS_MEASURES = ("percentage", "money")


def _other_words_agreements(claims: list[Claim], sources: Sources, labels: dict[str, str],
                            published: dict[str, str | None], aliases: "_Aliases",
                            told: set[tuple[str, int]]) -> list[Finding]:
    """Agreements on a share or an amount of money whose thing each source names in other words (issue 20, sixth
    session: "agreed with about 90 percent of the findings", "agreed with 90% of BP's conclusions"; "80% of the fines
    dedicated", "80 percent of the Clean Water Act fines"): the same number and unit told by independent sources in
    alike sentences, as for figures that name no thing (``_unkeyed_agreements``), over figures of any thing named, when
    the sources name it in two or more ways; no figure already in an agreement (``told``). Never a conflict."""
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for c in claims:
        if c.normalized.value is None or (c.document, c.start) in told:
            continue
        basis = basis_key(c)
        kind = basis[0] if basis is not None else (unkeyed_basis(c) or (None,))[0]
        if kind in OTHER_WORDS_MEASURES and (basis is None or not basis[2].startswith(("part: ", "more ", "possibly "))):
            groups.setdefault((kind, c.normalized.unit), []).append(c)

    def alike(a: Claim, b: Claim) -> bool:
        return _alike(a, b, published, aliases)
    found = []
    for (kind, unit), group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        for kept in _agreeing(group, sources, alike):
            names = sorted({k[2] for c in kept if (k := basis_key(c)) is not None})
            if len(names) + any(basis_key(c) is None for c in kept) < 2:
                continue  # one name for the thing: the agreements told before have it, or it is no agreement
            documents = sorted({c.document for c in kept})
            what = MEASURE_WORDS.get(kind, kind)
            found.append(Finding("quantity", _evidence(kept), documents,
                                 _agree_text(f"{what} told in like words", kept, labels) +
                                 f" Basis: {what}, the same number and unit, in alike sentences; each source names "
                                 f"what it is of in its own words ({', '.join(f'“{n}”' for n in names) or 'none'}), "
                                 "so these figures are never shown as a conflict.", sources.count(documents)))
    return found

