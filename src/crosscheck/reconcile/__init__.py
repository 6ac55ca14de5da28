"""Reconcile: do independent sources agree on the numbers?

Claims are about the same quantity when they share a normalised unit and a
subject key (the thing counted and what happened to it: "people killed";
every area in a story is taken as "the area affected"). Each claim becomes an
interval that respects its bound and its rounding:

- exact: the value within ``EXACT_TOLERANCE`` for measurements, and as
  written for counts (23 dead is not 24 dead);
- about / nearly / some: within ``ABOUT_TOLERANCE``;
- at least / more than: [v, inf); at most / up to / less than: [0, v];
- range: [low, high].

Sources whose intervals all overlap agree; sources in disjoint groups
conflict, and the explanation names who says what. Copies are one source:
claims from one copy group never agree or conflict with each other.

Like with like (issue 20): a figure is compared only with figures of the same
*measure* (a count, an age, a duration, a temperature, a rate, money, a share,
a measurement) of the same thing ("people killed" is not "people injured", and
"people seriously injured" is a part of the injured, not their total); ages
are never compared. Each finding states its basis in words.

Updates are not conflicts: a developing count (killed, injured, missing,
evacuated, ...) told on different publication days is a progression
(:func:`find_updates`), not a disagreement; only figures told on the same day
by independent sources can conflict. Independence is decided by ``Sources``
alone (:func:`_independent`), and two reports carrying the same sentence word
for word (a wire passage pasted into both) are never counted as two.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re

from ..records import Claim, Entity, Evidence, Finding, Sources, Update, UpdatePoint
from .basis import (EXACT_TOLERANCE, MAX_DAYS_APART, MIN_CONTEXT_OVERLAP, GENERIC_SUBJECTS, _STOP, ABOUT_TOLERANCE,
    PEOPLE, SYNONYMS, OUTCOME_KEYS, MAX_RATIO, MAX_UPDATE_RATIO, AGE_UNITS, DEVELOPING, UPDATE_CUES, measure,
    MEASURE_WORDS, basis_key, _RANK_BEFORE, _HEDGE, _hedged, _HYPOTHETICAL, _KIND_AFTER, _DEFINITE_BEFORE,
    _PARTITIVE_AFTER, _INCREMENT, AGREE_RATIO, CUMULATIVE, _DAY_NAMED, _IN_MOTION, developing, subject_key,
    KEPT_VERBS, LOOSE_ADJECTIVES, _IRREGULAR_PARTICIPLES, _participle_like, _MAGNITUDE, _DISTANCE_FROM, _WIND,
    _TRAVEL, _HOME_TO, _population, _QUAKE_NOUN, _quake_magnitude, SPAN_KEY,
    SPAN_MIN_SHARED, SPAN_MIN_OVERLAP, _fallback_key, unkeyed_basis, update_key, aged_person, span_key)  # noqa: F401 (the package's names, as before the split)
from .compare import (_spread_end, _window, interval, _interval, _rounding, _overlap, _independent, REWRITE_OVERLAP, REWRITE_MIN_SHARED, _rewritten,
    _passage, _Aliases, _comparable_claims, MAX_MEASURE_RATIO, MAX_MAGNITUDE_GAP, _is_magnitude, _YEAR, _WEEKDAY,
    _TOLD_BEFORE, _LAST_YEAR, _when, _same_time, _LOCAL_SCOPE, _SCOPE_END, _SCOPE_STOP, _local_scope,
    _same_local_scope, _ratio, _WIDE, _days_apart, _same_scope, _SCOPE_TYPES, _names, _CALENDAR, _alias_index,
    _content, _SAME_WORD, _none_against_some, _past_month, same_span, _same_holder, same_moment)  # noqa: F401 (the package's names, as before the split)


def reconcile_claims(claims: list[Claim], sources: Sources, labels: dict[str, str] | None = None,
                     published: dict[str, str | None] | None = None,
                     entities: list[Entity] | None = None) -> tuple[list[Finding], list[Finding]]:
    """(agreements, conflicts). ``labels`` names reports in explanations (outlet, title);
    ``published`` (ISO day per report) keeps figures from different days of a story apart;
    ``entities`` let "UN" and "United Nations" count as the same name when scopes are compared."""
    labels = labels or {}
    published = published or {}
    aliases = _Aliases(_alias_index(entities or []))
    groups: dict[tuple[str, str | None, str], list[Claim]] = {}
    for c in claims:
        basis = basis_key(c)
        if basis is None or c.normalized.value is None or _spread_end(c):
            continue
        groups.setdefault(basis, []).append(c)

    agreements, conflicts = [], []
    work: list[tuple[tuple[str, str | None, str], list[Claim]]] = []
    conflict_work: list[tuple[tuple[str, str | None, str], list[Claim]]] = []
    for basis, group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        # Figures of one measure and thing told about different happenings ("10 killed" by this quake,
        # "more than 26,000" by one in 2003) are compared apart: the parts of the group that are
        # comparable figure to figure, each then read one statement per source.
        parts = _comparable_parts(group, published, aliases, MAX_DAYS_APART)
        work += [(basis, part) for part in parts]
        # A developing count is compared for conflicts day by day: a source's figure of one day faces
        # the others' figures of that day, not its own earlier one (the example corpus: the wire's
        # Sunday toll of 23 against a hospital count of 41, which its Saturday 23 hid).
        if developing(basis[2]):
            parts = _comparable_parts(group, published, aliases, 0)
        if basis[2] == SPAN_KEY:
            # Spans of time, one thing each (issue 20, round 6): each source's first span of the thing faces the
            # others', not its first span of anything ("a six-month-old war" is not "the last 10-20 years").
            parts = [[c for c in part if span_key(c) == head] for part in parts
                     for head in sorted({span_key(c) for c in part} - {None})]
        conflict_work += [(basis, part) for part in parts]
    for (kind, unit, key), group in work:
        # Agreements (issue 20, round 3): every statement of the part is read, grouped by the figure it
        # states ("10 killed", "at least 10 people"); a figure stated by two or more independent
        # sources about the same moment is an agreement, whatever else other sources say.
        for kept in _agreeing(group, sources, lambda a, b: _comparable_claims(a, b, published, aliases,
                                                                                MAX_DAYS_APART)):
            documents = sorted({c.document for c in kept})
            agreements.append(Finding("quantity", _evidence(kept), documents,
                                      _agree_text(key, kept, labels) + " " +
                                      _basis_text(kind, key, kept, published, MAX_DAYS_APART),
                                      sources.count(documents)))
    for (kind, unit, key), group in conflict_work:
        # A developing count told on different days is an update (find_updates), not a disagreement.
        max_days = 0 if developing(key) else MAX_DAYS_APART

        def _comparable(a: Claim, b: Claim, max_days: int = max_days) -> bool:
            # A span of time is a side of a conflict only where both say what it is the length of (issue 20,
            # round 6): "served four months" and "served five months", not "every 38 minutes" and "a 25-minute talk".
            return (_comparable_claims(a, b, published, aliases, max_days) and _window(a) == _window(b)
                    and _same_happening(a, b) and (key != SPAN_KEY or same_span(a, b))
                    and _same_holder(a, b, aliases, strict=True) and same_moment(a, b, published))
        # Conflicts: one claim per source, its first statement (a report may update itself) that another
        # source's figure can be compared with (issue 20, round 6: not a first mention in a headline run into
        # the text, when the report tells the figure again in a sentence of its own).
        per_source = _one_per_source(group, sources, _comparable)
        if len(per_source) < 2:
            continue
        clusters: list[list[Claim]] = []
        for c in sorted(per_source.values(), key=lambda c: (interval(c)[1] - interval(c)[0], c.id)):
            home = next((cl for cl in clusters if all(_overlap(interval(c), interval(o)) for o in cl)), None)
            if home is None:
                clusters.append([c])
            else:
                home.append(c)
        found = _conflict_sides(clusters, key, _comparable)
        if found is None:
            continue
        involved = [c for cl in found for c in cl]
        documents = sorted({c.document for c in involved})
        conflicts.append(Finding("quantity", _evidence(involved), documents,
                                 _conflict_text(key, found, labels) + " " +
                                 _basis_text(kind, key, involved, published, max_days), sources.count(documents)))
    in_conflict = {(i.document, i.start) for f in conflicts for i in f.items}
    conflicts += [f for f in _quoted_against(groups, labels, published, aliases)
                  if not any((i.document, i.start) in in_conflict for i in f.items)]
    agreements += _unkeyed_agreements(claims, sources, labels, published, aliases)
    # Ages of people named in full: agreements not already told in like words, and conflicts.
    age_agreements, age_conflicts = _ages(claims, sources, labels, published)
    told = {(i.document, i.start) for f in agreements for i in f.items}
    agreements += [f for f in age_agreements if not any((i.document, i.start) in told for i in f.items)]
    conflicts += age_conflicts
    return agreements, conflicts


# Who a report says tells a figure: the words that open its sentence before a verb of saying ("Residents said 14
# people were killed", "The Interior Ministry put the size ... at 10,000"), or follow "according to".
_TELLER_BEFORE = re.compile(r"^\W*(?:but\s+|and\s+|however,?\s+)?(?P<t>(?:[A-Za-z][\w'’.-]*\s+){0,4}?[A-Za-z][\w'’.-]*)\s+"
                            r"(?:said|says|reported|reports|estimated|estimates|put|puts|told|stated|claimed|counted)\b",
                            re.I)
_TELLER_AFTER = re.compile(r"\baccording to\s+(?P<t>(?:[A-Za-z][\w'’-]*\s*){1,4})", re.I)
# A figure told as expected or forecast is no account of what happened ("the city is expecting winds of 60 mph").
_FORECAST = re.compile(r"\b(?:expect\w*|forecast\w*|predict\w*|project(?:ed|ing|ions?)|could|might|may|would)\b", re.I)
_NO_TELLER = {"the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who"}


def _teller(c: Claim) -> str | None:
    """The teller a report names for a figure, lower case; None when none is named (or only a pronoun)."""
    at = c.sentence.find(c.text)
    m = _TELLER_BEFORE.match(c.sentence)
    told = m["t"] if m and 0 <= m.end() <= at else None
    if told is None and (m := _TELLER_AFTER.search(c.sentence)) is not None:
        told = m["t"]
    words = [w for w in re.findall(r"[a-z]+", (told or "").lower()) if w not in _NO_TELLER]
    return " ".join(words) or None


def _quoted_against(groups: dict, labels: dict[str, str], published: dict[str, str | None],
                    aliases: "_Aliases") -> list[Finding]:
    """Conflicts one report sets up itself (issue 20, round 6): two figures of one measure of one thing, in two
    sentences of the report that name two different tellers ("Residents said 14 people were killed." / "Syrian
    television said eight people were killed."), comparable as any two figures of a conflict, neither a forecast."""
    found = []
    for (kind, unit, key), group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        if key == SPAN_KEY or key.startswith(("part: ", "more ", "possibly ")):
            continue
        by_doc: dict[str, list[Claim]] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            by_doc.setdefault(c.document, []).append(c)
        for doc, told in sorted(by_doc.items()):
            pair = next(((a, b) for i, a in enumerate(told) for b in told[i + 1:]
                         if a.sentence != b.sentence and not _overlap(interval(a), interval(b))
                         and (ta := _teller(a)) and (tb := _teller(b)) and ta != tb
                         and _comparable_claims(a, b, published, aliases, 0) and _window(a) == _window(b)
                         and _same_happening(a, b) and _same_holder(a, b, aliases, strict=True)
                         and same_moment(a, b, published)
                         and not any(_IN_MOTION.search(x.sentence) or _FORECAST.search(x.sentence) for x in (a, b))),
                        None)
            if pair is None:
                continue
            a, b = pair
            where = labels.get(doc, doc)
            found.append(Finding(
                "quantity", _evidence([a, b]), [doc],
                f"Sources quoted by {where} disagree on {key}: {_teller(a)} says {_fmt(a)} versus {_teller(b)} says "
                f"{_fmt(b)} — these figures cannot both be true, even allowing for their bounds and rounding. "
                + _basis_text(kind, key, [a, b], published, 0) + " Both are told in one report, each by the teller "
                "it names.", 1))
    return found


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
        # The same number as written (a bound the same bound): "about 100 miles" and "105 miles" are two.
        if a.bound != b.bound or _ratio(a, b) > 1 + EXACT_TOLERANCE or not _same_written(a, b):
            return False
        if not _comparable_claims(a, b, published, aliases, MAX_DAYS_APART):
            return False
        wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
        shared = len(wa & wb)
        return shared >= UNKEYED_MIN_SHARED and shared / max(1, min(len(wa), len(wb))) >= UNKEYED_MIN_OVERLAP
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


# Irregular forms of the verbs said of a thing counted ("fell", "fallen": fall).
_VERB_FORMS = {"fell": "fall", "fallen": "fall", "falling": "fall", "falls": "fall", "taken": "take", "seen": "see"}


def _stem(word: str) -> str:
    """A verb's stem, roughly ("intercepted" -> "intercept", "loaded" -> "load"): the same on both sides."""
    word = _VERB_FORMS.get(word, word)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _happening(c: Claim) -> str | None:
    """The verb the report says of the thing counted ("five boats seen approaching", "three boats
    intercepted", "seven bullets entered his body", "loaded with four bullets"), from the claim's subject,
    where the thing's key leaves it out; None when the subject names no verb."""
    words = re.findall(r"[a-z]+", (c.subject or "").lower())
    if len(words) < 2 or not _participle_like(words[-1]) or words[-1] in OUTCOME_KEYS | KEPT_VERBS:
        return None
    # Only where the thing counted is the subject's ("boats" of "boats intercepted"), not a key read elsewhere
    # ("home to 120,000 people" is a population, whatever verb the subject caught).
    key = (subject_key(c) or "").removeprefix("possibly ")
    thing = {SYNONYMS.get(w, w) for w in words} | {"people"}
    if not key or not set(key.split()) <= thing:
        return None
    return _stem(words[-1])


# Verbs that tell the same happening to a thing counted (seen or spotted boats are the boats detected; arms
# seized are arms confiscated), and verbs that only say the thing happened or was counted ("aftershocks were
# felt", "followed by four aftershocks"), which tell nothing apart.
_SAME_HAPPENING = {"see": "detect", "seed": "detect", "spott": "detect", "sight": "detect", "observ": "detect",
                   "detect": "detect", "fired": "fire", "launch": "fire", "shot": "fire", "seiz": "seize",
                   "confiscat": "seize", "recover": "seize", "captur": "seize", "found": "seize", "impound": "seize",
                   "take": "seize",
                   # Oil or gas getting out, however told (issue 20, round 6): leaking, spewing, spilling, gushing.
                   "leak": "leak", "spew": "leak", "spill": "leak", "gush": "leak", "flow": "leak", "pour": "leak",
                   "escap": "leak", "discharg": "leak"}
_NEUTRAL_HAPPENING = {"feel", "feeled", "felt", "follow", "record", "report", "register", "occurr", "happen", "hit",
                      "struck", "count", "list", "given", "made", "held", "left", "caus",
                      # how a figure is known, not what happened to the thing ("thought to be leaking", "estimated")
                      "think", "thinked", "thought", "estimat", "believ", "expect"}


def _same_happening(a: Claim, b: Claim) -> bool:
    """For a conflict, the two figures count the thing in the same happening: "five boats approaching"
    and "three boats intercepted", "seven bullets entered" and "loaded with four bullets" count different
    things under one noun (issue 20, round 5: when unsure, no conflict). A figure with no verb said of
    its thing is compared as before."""
    ha, hb = _happening(a), _happening(b)
    if ha is None or hb is None or ha in _NEUTRAL_HAPPENING or hb in _NEUTRAL_HAPPENING:
        return True
    return _SAME_HAPPENING.get(ha, ha) == _SAME_HAPPENING.get(hb, hb)


# A person's age told this many days apart is still one age (a birthday aside).
AGE_MAX_DAYS = 7


def _ages(claims: list[Claim], sources: Sources, labels: dict[str, str],
          published: dict[str, str | None]) -> tuple[list[Finding], list[Finding]]:
    """Agreements and conflicts on the age of a person named in full beside it ("Robert Buckley, 32," and
    "31-year-old Robert Buckley"), by independent sources within AGE_MAX_DAYS (issue 20, round 5). An age
    with no full name beside it is never a side of a conflict: "a 32-year-old British climber" may be anyone."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        person = aged_person(c) if c.value is not None else None
        if person is not None:
            groups.setdefault(person, []).append(c)

    def near(a: Claim, b: Claim) -> bool:
        gap = _days_apart(published.get(a.document), published.get(b.document))
        return gap is None or gap <= AGE_MAX_DAYS

    agreements, conflicts = [], []
    for person, group in sorted(groups.items()):
        # One age is one whole number of years: 32 and 31 are two ages, though near in days.
        same_age = [[c for c in group if c.value == v] for v in sorted({c.value for c in group})]
        for kept in (k for figure in same_age for k in _agreeing(figure, sources, near)):
            documents = sorted({c.document for c in kept})
            agreements.append(Finding("quantity", _evidence(kept), documents,
                                      _agree_text(person, kept, labels) + f" Basis: {person}, the person named in "
                                      "full beside each figure, told at most a week apart.", sources.count(documents)))
        per_source: dict[str, Claim] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            if all(_independent(sources, c, o) for o in per_source.values()):
                per_source[sources.key(c.document)] = c
        by_value: dict[float, list[Claim]] = {}
        for c in per_source.values():
            by_value.setdefault(c.value, []).append(c)
        sides = [cl for _, cl in sorted(by_value.items())]
        if len(sides) < 2 or not any(near(a, b) for i, x in enumerate(sides) for y in sides[i + 1:]
                                     for a in x for b in y):
            continue
        involved = [c for cl in sides for c in cl]
        documents = sorted({c.document for c in involved})
        conflicts.append(Finding("quantity", _evidence(involved), documents,
                                 _conflict_text(person, sides, labels) + f" Basis: {person}, the person named in full "
                                 "beside each figure, told at most a week apart.", sources.count(documents)))
    return agreements, conflicts


# A source's statements of a figure read to find one comparable with another source's (the first is taken otherwise).
PEER_TRIES = 3


def _one_per_source(group: list[Claim], sources: Sources, comparable) -> dict[str, Claim]:
    ordered = sorted(group, key=lambda c: (c.document, c.start))
    per_source: dict[str, Claim] = {}
    tried: dict[str, int] = {}
    for c in ordered:
        source = sources.key(c.document)
        if source in per_source and tried.get(source, 0) == 0:
            continue  # its statement kept has a peer
        if any(not _independent(sources, c, o) for s, o in per_source.items() if s != source):
            continue
        if source not in per_source:
            per_source[source] = c
        elif tried[source] >= PEER_TRIES:
            continue
        peer = any(comparable(c, o) for o in ordered if o.document != c.document and _independent(sources, c, o))
        if peer:
            per_source[source] = c
            tried[source] = 0
        else:
            tried[source] = tried.get(source, 0) + 1
    return per_source


def _evidence(claims: list[Claim]) -> list[Evidence]:
    return [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in claims]


def _agreeing(group: list[Claim], sources: Sources, comparable) -> list[list[Claim]]:
    """The agreements among figures of one measure of one thing: groups of statements of the same figure
    (the numbers written equal within their rounding: "at least 10" and "10" agree, "at least 219" and
    "at least 233" are two figures, though both bounds can be true), one statement per independent
    source, each told about the same moment as another of the group; groups of two sources or more."""
    figures: list[list[Claim]] = []
    for c in sorted(group, key=lambda c: (interval(c)[1] - interval(c)[0], c.document, c.start)):
        home = next((g for g in figures if all(_same_figure(c, o) for o in g)), None)
        if home is None:
            figures.append([c])
        else:
            home.append(c)
    out = []
    for figure in figures:
        chosen: list[Claim] = []
        for c in sorted(figure, key=lambda c: (c.document, c.start)):
            if all(_independent(sources, c, o, through_copies=True) for o in chosen):
                chosen.append(c)
        # Only figures told about the same moment as another of them: a figure from a week
        # later that happens to be equal is not a second witness of this one.
        kept = [c for c in chosen if any(comparable(c, o) for o in chosen if o is not c)]
        if len(kept) >= 2:
            out.append(kept)
    return out


# One figure told twice differs by its rounding, never by more than a tenth ("150" and "149", "5.9" and
# "about 6.0"); "more than 100" and "up to 81" are two figures, though a round 100 spans 50-150.
SAME_FIGURE_RATIO = 1.1


def _same_figure(a: Claim, b: Claim) -> bool:
    """The numbers written are one figure: equal within their rounding, a bound read as its number."""
    return (_ratio(a, b) <= SAME_FIGURE_RATIO and _overlap(_point_interval(a), _point_interval(b))
            and _within_bound(a, b) and _within_bound(b, a) and _same_written(a, b))


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


def _conflict_sides(clusters: list[list[Claim]], key: str, comparable) -> list[list[Claim]] | None:
    """The sides of a conflict among clusters of mutually compatible figures, or None: only figures told
    about the same moment and scope as a figure they disagree with, none compatible with the other side."""
    if len(clusters) < 2:
        return None
    # A disagreeing figure only conflicts with those told about the same moment in
    # similar words; the others are updates or other quantities and are left out.
    head = clusters[0]
    clusters = [head] + [cl for cl in clusters[1:] if any(comparable(a, b) for a in cl for b in head)]
    if len(clusters) < 2:
        return None
    # Name in a conflict only the figures told about the same moment as some figure they
    # disagree with; a clustered figure from weeks earlier is an update, not part of it.
    clusters = [[c for c in cl if any(comparable(c, o) for other in clusters if other is not cl for o in other)]
                for cl in clusters]
    clusters = [cl for cl in clusters if cl]
    # A figure compatible with a figure of another side ("more than 150" and "about 200") takes
    # no side: it is left out, and the conflict stands only between figures that cannot both be true.
    clusters = _without_sideless(clusters)
    # Every figure named must still face one it is comparable with (same moment, same scope).
    while len(clusters) > 1:
        kept = [[c for c in cl if any(comparable(c, o) for other in clusters if other is not cl for o in other)]
                for cl in clusters]
        kept = [cl for cl in kept if cl]
        if kept == clusters:
            break
        clusters = kept
    if len(clusters) < 2:
        return None
    # A toll told as moving ("bringing the confirmed death toll to 11", "rose to") is a figure in
    # motion: two values of it on one day are successive counts, not a disagreement (issue 20).
    # A running total pinned to a day ("rose to 23 on Sunday") is that day's figure, and compared.
    if developing(key) and any(_IN_MOTION.search(c.sentence) and not _DAY_NAMED.search(c.sentence)
                               for cl in clusters for c in cl):
        return None
    return clusters


MAX_PART_CLAIMS = 400  # above this many figures of one thing, the group is compared whole (pairs grow fast)


def _comparable_parts(group: list[Claim], published: dict[str, str | None], aliases: "_Aliases",
                      max_days: int) -> list[list[Claim]]:
    """The group split into parts joined by comparable pairs (union-find); whole when too large."""
    if len(group) > MAX_PART_CLAIMS:
        return [group]
    parent = list(range(len(group)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            if find(i) != find(j) and _comparable_claims(group[i], group[j], published, aliases, max_days):
                parent[find(j)] = find(i)
    parts: dict[int, list[Claim]] = {}
    for i, c in enumerate(group):
        parts.setdefault(find(i), []).append(c)
    return list(parts.values())


def _without_sideless(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """Drop, widest first, each figure that fits a figure of another side, until the sides are disjoint."""
    clusters = [list(cl) for cl in clusters]
    while True:
        pairs = [(c, o) for i, cl in enumerate(clusters) for c in cl
                 for other in clusters[i + 1:] for o in other if _overlap(interval(c), interval(o))]
        if not pairs:
            return [cl for cl in clusters if cl]
        width = lambda c: interval(c)[1] - interval(c)[0]  # noqa: E731
        drop = max((x for pair in pairs for x in pair), key=lambda c: (width(c), c.id))
        clusters = [[c for c in cl if c is not drop] for cl in clusters]


def _basis_text(kind: str, key: str, claims: list[Claim], published: dict[str, str | None], max_days: int) -> str:
    days = sorted({(published.get(c.document) or "")[:10] for c in claims} - {""})
    when = (f"told on {days[0]}" if len(days) == 1 else f"told {days[0]} to {days[-1]}") if days else "undated"
    moment = "the same day" if max_days == 0 else f"at most {max_days} day apart"
    return (f"Basis: {MEASURE_WORDS.get(kind, kind)} of {key}, {when} ({moment}), in sentences about the same "
            f"happening and the same places and bodies.")


def find_updates(claims: list[Claim], sources: Sources, published: dict[str, str | None] | None = None,
                 entities: list[Entity] | None = None) -> list[Update]:
    """Figures that moved across publication times: the same measure of the same thing, in the same
    scope, given different values on different days (a toll rising over days, the missing falling).

    Each progression holds one value per report (its first statement of the figure), in time order.
    A figure is an update when it is a developing count (killed, injured, missing, ...) or its
    sentences say it moved ("rose to", "revised", "so far"), and when its values differ between days
    beyond their bounds and rounding; the same value repeated is no update.
    """
    published = published or {}
    aliases = _Aliases(_alias_index(entities or []))
    groups: dict[tuple[str, str | None, str], list[Claim]] = {}
    for c in claims:
        basis = basis_key(c)
        if basis is None or c.normalized.value is None or basis[0] in ("percentage", "duration", "temperature"):
            continue
        if _spread_end(c):
            continue  # "from just over 70 to more than 90": a spread of several figures, no value of one
        if _past_month(c, published):
            continue  # "In February, a gunman killed five people": another month's happening, no value of today's
        if basis[2].startswith("more "):
            continue  # an increment ("48 more deaths") is news of a change, not the figure itself
        if not (published.get(c.document) or "")[:10]:
            continue
        groups.setdefault((basis[0], basis[1], update_key(basis[2])), []).append(c)
    updates: list[Update] = []
    for (kind, unit, key), group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        first: dict[str, Claim] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            first.setdefault(c.document, c)
        points = sorted(first.values(), key=lambda c: ((published.get(c.document) or "")[:10], c.normalized.value or 0.0,
                                                       c.document))
        if len({published[c.document][:10] for c in points}) < 2:
            continue
        if not developing(key) and not any(_cue_near(c) for c in points):
            continue
        cumulative = any(key.endswith(w) for w in CUMULATIVE)
        # Chains of one scope: each point joins a chain it shares a scope and similar words with.
        chains: list[list[Claim]] = []
        for c in points:
            # The same past year (or none) and the same place told after the figure: a toll of the 2004
            # tsunami or of another bombing is not a value of today's (issue 20); weekdays move with the days.
            home = next((ch for ch in chains if any(_same_scope(c, o, aliases, clause=True) and _same_time(c, o, published)
                                                    # one thing in one happening: "800,000 barrels collected" is not
                                                    # "4m barrels spewed" (issue 20, round 6)
                                                    and _same_local_scope(c, o) and _same_happening(c, o) for o in ch)
                         and _ratio(c, ch[-1]) <= MAX_UPDATE_RATIO
                         and not (cumulative and (c.normalized.value or 0) < 0.95 * (ch[-1].normalized.value or 0))),
                        None)
            if home is None:
                chains.append([c])
            else:
                home.append(c)
        for chain in chains:
            days = sorted({published[c.document][:10] for c in chain})
            if len(days) < 2:
                continue
            by_day: dict[str, list[Claim]] = {}
            for c in chain:
                by_day.setdefault(published[c.document][:10], []).append(c)
            # It moved: the figure as it stood each day (its highest value, "at least 14" read as 14)
            # changed by more than rounding. A figure over time moves one way (a toll up, the missing
            # down); one that goes up and down is several figures mixed, not a progression.
            levels = [max(c.normalized.value or 0.0 for c in by_day[d]) for d in days]
            # A count moves by any whole unit (73 -> 74 countries); a measurement by more than its tolerance.
            tolerance = EXACT_TOLERANCE if unit is not None else 0.0
            # A later bound on the near side of an earlier figure moves nothing: "at least 4,300" fled, then
            # "more than 4,000" (issue 20, round 6).
            tops = [max(by_day[d], key=lambda c: (c.normalized.value or 0.0, c.id)) for d in days]
            steps = [b - a for a, b, later in zip(levels, levels[1:], tops[1:])
                     if abs(b - a) > tolerance * max(abs(a), abs(b))
                     and not (b < a and later.bound == "at_least") and not (b > a and later.bound == "at_most")]
            if not steps:
                continue
            if steps and not (all(x > 0 for x in steps) or all(x < 0 for x in steps)):
                continue
            documents = sorted({c.document for c in chain})
            digest = hashlib.sha1(f"{kind}|{unit}|{key}|{'|'.join(c.id for c in chain)}".encode()).hexdigest()[:12]
            updates.append(Update(
                id=f"update-{digest}", quantity=key, unit=unit,
                basis=(f"{MEASURE_WORDS.get(kind, kind)} of {key}, given by {len(chain)} reports on {len(days)} days "
                       f"({days[0]} to {days[-1]}) in sentences about the same happening and the same places and "
                       "bodies; values from different days are successive figures, not a disagreement."),
                points=[UpdatePoint(c.document, published[c.document][:10], c.text, c.normalized.value,
                                    c.normalized.value_max, c.bound, c.sentence, c.start, c.end) for c in chain],
                documents=documents, independent_sources=sources.count(documents)))
    return updates


# A word that says a figure moved counts where it is told of the figure: this many characters either side
# ("the estimated upper limit of 60,000 barrels" says nothing of the four vessels earlier in the sentence).
CUE_WINDOW = 80


def _cue_near(c: Claim) -> bool:
    at = c.sentence.find(c.text)
    if at < 0:
        return UPDATE_CUES.search(c.sentence) is not None
    return UPDATE_CUES.search(c.sentence[max(0, at - CUE_WINDOW):at + len(c.text) + CUE_WINDOW]) is not None


def _fmt(c: Claim) -> str:
    n = c.normalized
    value = f"{n.value:,.4g}" if n.value is not None else "?"
    if n.value_max is not None:
        value += f"–{n.value_max:,.4g}"
    unit = f" {n.unit}" if n.unit and n.unit != "%" else ("%" if n.unit == "%" else "")
    written = f"“{c.text}”"
    if unit and (c.unit or "") not in (n.unit or "") and c.unit is not None:
        return f"{written} ({value}{unit})"
    return written


def _agree_text(key: str, claims: list[Claim], labels: dict[str, str]) -> str:
    said = "; ".join(f"{labels.get(c.document, c.document)} says {_fmt(c)}" for c in claims)
    bounds = {c.bound for c in claims}
    why = "the same value" if bounds == {"exact"} and len({c.normalized.value for c in claims}) == 1 else \
        "values compatible within their bounds and rounding"
    return f"{len(claims)} independent sources agree on {key}: {said} — {why}."


def _conflict_text(key: str, clusters: list[list[Claim]], labels: dict[str, str]) -> str:
    parts = []
    for cl in clusters:
        parts.append(", ".join(f"{labels.get(c.document, c.document)} says {_fmt(c)}" for c in cl))
    return (f"Independent sources disagree on {key}: " + " versus ".join(parts) +
            " — these figures cannot all be true, even allowing for their bounds and rounding.")


MAX_DIFFERENCES = 20  # per story: the list says where the basis is unsure, it is no second conflict list


def find_differences(claims: list[Claim], sources: Sources, labels: dict[str, str] | None = None,
                     published: dict[str, str | None] | None = None, entities: list[Entity] | None = None,
                     conflicts: list[Finding] | None = None) -> list[Finding]:
    """Figures that differ but are not shown as a conflict because their basis is not certain (issue 20):
    the same measure of the same thing, told by independent sources about the same time, with values
    that cannot both be true, but told of different or unsaid places or bodies ("11 cases in New
    Zealand" and "eight cases", "170,000 people in the province" and "230,000 people across Asia").
    Each is one pair, kind ``difference``, its explanation saying why it is not a conflict."""
    labels, published = labels or {}, published or {}
    aliases = _Aliases(_alias_index(entities or []))
    in_conflict = {(i.document, i.start) for f in conflicts or [] for i in f.items}
    groups: dict[tuple[str, str | None, str], dict[str, Claim]] = {}
    for c in sorted(claims, key=lambda c: (c.document, c.start)):
        basis = basis_key(c)
        if basis is None or c.normalized.value is None or basis[2].startswith(("part: ", "more ")):
            continue
        groups.setdefault(basis, {}).setdefault(c.document, c)  # one figure per report: its first
    found: list[Finding] = []
    for (kind, unit, key), first in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        max_days = 0 if developing(key) else MAX_DAYS_APART
        pairs = []
        for a, b in ((a, b) for i, a in enumerate(first.values()) for b in list(first.values())[i + 1:]):
            if (a.document, a.start) in in_conflict and (b.document, b.start) in in_conflict:
                continue
            # The cheap tests first (issue 17: a story of 1,000 reports asks about a million pairs here).
            gap = _days_apart(published.get(a.document), published.get(b.document))
            if gap is not None and gap > max_days or _overlap(interval(a), interval(b)):
                continue
            if not _independent(sources, a, b):
                continue
            limit = MAX_MEASURE_RATIO if kind == "measurement" else MAX_RATIO
            if _ratio(a, b) > limit or not _same_time(a, b, published) or _is_magnitude(a):
                continue  # another year, another day, a figure far apart: another thing, certainly
            local, scope = _same_local_scope(a, b), _same_scope(a, b, aliases)
            if local and scope:
                continue  # comparable: a conflict or an agreement, not a difference
            pairs.append((_ratio(a, b), a, b, local))
        if not pairs:
            continue
        _, a, b, local = min(pairs, key=lambda p: (p[0], p[1].id, p[2].id))
        why = (f"{_told_of('the first', a)} and {_told_of('the second', b)}" if not local
               else "their sentences name different places or bodies, or tell of different happenings")
        found.append(Finding(
            "difference", [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in (a, b)],
            sorted({a.document, b.document}),
            f"Differs, not comparable: {labels.get(a.document, a.document)} says {_fmt(a)} and "
            f"{labels.get(b.document, b.document)} says {_fmt(b)} about {key}, but {why}, so the basis of a "
            f"conflict is not certain. Basis: {MEASURE_WORDS.get(kind, kind)} of {key}.",
            sources.count([a.document, b.document])))
    return found[:MAX_DIFFERENCES]


def _told_of(which: str, c: Claim) -> str:
    scope = _local_scope(c)
    at = c.sentence.find(c.text)
    if scope is None or at < 0:
        return f"{which} names no place after it"
    m = _LOCAL_SCOPE.match(c.sentence[at + len(c.text):at + len(c.text) + 90])
    phrase = " ".join(_SCOPE_END.split(" " + m["scope"] + " ", maxsplit=1)[0].split()[:6]) if m else ""
    return f"{which} is told of “{phrase}”"
