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

import functools
import hashlib
import math
import re

from .records import Claim, Entity, Evidence, Finding, Sources, Update, UpdatePoint

EXACT_TOLERANCE = 0.02  # "800 km" and "815 km" agree
# A developing story's figures change: claims published further apart than this are
# updates of one another, not agreements or conflicts.
MAX_DAYS_APART = 1
# Claims about the same quantity are told in similar words: the sentences must share
# this share of their content words (of the shorter), and at least two of them.
MIN_CONTEXT_OVERLAP = 0.15
# Subjects too vague to say two figures count the same thing.
GENERIC_SUBJECTS = {"people", "year", "years", "time", "times", "day", "days", "percent", "cent", "one", "ones"}
_STOP = set("""a an the and or but of to in on at by for from with as is are was were be been has have had it its this
that these those he she they we said says told according about more than some over into up down not no new""".split())
ABOUT_TOLERANCE = 0.07  # "about 30 sq km" and "about 12 square miles" (31.1 km²) agree; "about 42" and "about 50" miles do not
PEOPLE = {"people", "person", "persons", "resident", "residents", "civilians", "civilian", "individuals"}
# One outcome, several words: "80 wounded" and "80 injured" count the same people.
SYNONYMS = {"dead": "killed", "died": "killed", "deaths": "killed", "fatalities": "killed", "perished": "killed",
            "wounded": "injured", "hurt": "injured", "injuries": "injured", "infections": "infected"}
OUTCOME_KEYS = {"killed", "injured", "seriously injured", "missing", "evacuated", "displaced", "infected"}
# Figures of one quantity at one moment disagree by a little (26,000 and 31,000; 3 and 4), not by
# orders of magnitude: two figures further apart than this count different things.
MAX_RATIO = 4.0
MAX_UPDATE_RATIO = 10.0  # a toll may grow tenfold from one report to the next, not more


AGE_UNITS = {"year-old", "years old", "year old", "years-old"}
# Counts that move as a story develops: told on different days they are updates of one figure.
DEVELOPING = ("killed", "injured", "seriously injured", "missing", "evacuated", "displaced", "infected", "rescued",
              "arrested", "affected", "died", "dead", "cases", "toll")
# Words that say a figure is a new value of one already told.
UPDATE_CUES = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbs|increased|jumped|soared|reached|now|revised|"
                         r"updated|latest|so far|toll|estimate[sd]?|has grown|grew|up from|down from|fell|dropped|"
                         r"lowered|raised)\b", re.I)


def measure(claim: Claim) -> str | None:
    """What kind of quantity a claim is: count, age, duration, temperature, rate, money, percentage
    or measurement. An age, a duration, a temperature or a rate is never a count of people."""
    written = (claim.unit or "").lower()
    unit = claim.normalized.unit
    if written in AGE_UNITS or re.search(r"\b(?:aged|age of)\s*$", claim.sentence[:max(0, claim.sentence.find(claim.text))]):
        return "age"
    if unit is None:
        return "count"
    if "/" in unit:
        return "rate"
    if unit.startswith("°") or unit.startswith("deg"):
        return "temperature"
    if unit == "%":
        return "percentage"
    if unit.isupper():
        return "money"
    if unit == "day":
        return "duration"
    return "measurement"


MEASURE_WORDS = {"count": "a count", "duration": "a duration", "temperature": "a temperature", "rate": "a rate",
                 "percentage": "a share", "money": "an amount of money", "measurement": "a measurement"}


def basis_key(claim: Claim) -> tuple[str, str | None, str] | None:
    """(measure, normalised unit, thing): claims are compared only when these are equal; None: never
    compared (an age, the word "one", a thing too vague to say what is counted)."""
    kind = measure(claim)
    if kind in (None, "age") or claim.text.strip().lower() in ("one", "a", "an", "half"):
        return None
    at = claim.sentence.find(claim.text)
    if at > 0 and _RANK_BEFORE.search(claim.sentence[max(0, at - 12):at]):
        return None  # "a Category 3 hurricane", "Flight 370": a rank or a name, not a count
    increment = at >= 0 and _INCREMENT.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 16])
    part = at > 0 and re.search(r"\b(?:including|among them|among whom|of whom|of them|of which|(?:members|families|"
                                r"relatives|parents|friends|one|some|many|most|none|both|each|all)\s+of(?:\s+the)?)\s+"
                                r"(?:at least\s+|some\s+)?$", claim.sentence[max(0, at - 30):at], re.I)
    if not re.search(r"\d", claim.text) and re.search(r"(?:dozens?|hundreds?|thousands?|millions?|billions?|scores)\b",
                                                       claim.text, re.I):
        return None  # "thousands" is no figure to agree or disagree with
    key = subject_key(claim)
    if key is None:
        return None
    if increment:  # "two more cases", "48 new deaths": an increment, not the total
        key = "more " + key
    if part:  # "20 cases, including eight in New York": a part of a total told beside it
        key = "part: " + key
    return kind, claim.normalized.unit, key


_RANK_BEFORE = re.compile(r"\b(?:category|cat\.|level|grade|phase|stage|no\.|number|code|route|flight|article|section|"
                          r"force|class|type)\s*$", re.I)
_INCREMENT = re.compile(r"\s+(?:more|new|additional|further|extra|other)\b", re.I)
# Agreeing figures are close to one another: "at least two" is no agreement with 1,004.
AGREE_RATIO = 1.25
# Counts that only grow: a lower figure later is another scope, not an update.
CUMULATIVE = ("killed", "injured", "infected", "cases", "arrested", "rescued", "evacuated")


def developing(key: str) -> bool:
    """Is this a count that moves as a story develops (a toll, the missing, the evacuated)?"""
    return any(key.endswith(w) or f" {w} " in f" {key} " for w in DEVELOPING)


def subject_key(claim: Claim) -> str | None:
    unit = claim.normalized.unit
    if unit == "km²":
        return "area affected"
    if not claim.subject:
        return _fallback_key(claim)
    words = re.findall(r"[a-z]+", claim.subject.lower())
    words = ["people" if w in PEOPLE else SYNONYMS.get(w, w) for w in words if w not in ("of", "the", "a", "an")]
    # The thing counted, not the verb it hangs from nor a loose adjective: "three strong aftershocks
    # were felt" and "followed by at least four major aftershocks" count aftershocks.
    if len(words) >= 2 and words[-1] not in OUTCOME_KEYS | KEPT_VERBS and _participle_like(words[-1]):
        words = words[:-1]
    words = [w for w in words if w not in LOOSE_ADJECTIVES] or words
    key = " ".join(words)
    if key in OUTCOME_KEYS:  # "42 dead", "80 wounded": the people that happened to
        key = "people " + key
    if key in GENERIC_SUBJECTS:
        return _fallback_key(claim)
    return key if key and key not in GENERIC_SUBJECTS else None


# What happened to the things counted is part of what is counted: villages destroyed are not villages hit.
KEPT_VERBS = {"destroyed", "damaged", "flattened", "razed", "levelled", "leveled", "hit", "affected", "flooded",
              "collapsed", "closed", "cancelled", "canceled", "rescued", "arrested", "confirmed", "suspected"}
LOOSE_ADJECTIVES = {"strong", "major", "minor", "powerful", "large", "small", "other", "more", "new", "further",
                    "additional", "separate", "big", "huge", "massive", "some"}
_IRREGULAR_PARTICIPLES = {"left", "fled", "hit", "taken", "given", "sent", "brought", "found", "held", "built", "lost",
                          "kept", "sold", "bought", "made", "put", "cut", "shot", "struck", "felt", "seen"}


def _participle_like(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


_MAGNITUDE = re.compile(r"\b(?:magnitude|richter)\b", re.I)
# "42 miles off the Louisiana coast", "1,500 kilometers south of Tehran": a distance from a named place.
_DISTANCE_FROM = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?(?:[a-z-]+\s+){0,2}?(?:off|of|from)\s+(?:the\s+)?"
                            r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
_WIND = re.compile(r"\bwinds?\b", re.I)
_TRAVEL = re.compile(r"\b(?:travel\w*|moving|moved|moves|forward speed|headed|heading)\b", re.I)


def _fallback_key(claim: Claim) -> str | None:
    """What a figure with no counted noun measures, from the words around it: an earthquake's
    magnitude, a distance from a named place, a storm's wind or forward speed; else None."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return None
    near = sentence[max(0, at - 40):at + len(claim.text) + 40]
    unit = claim.normalized.unit
    if unit is None and _MAGNITUDE.search(near) and claim.value is not None and 1 <= claim.value < 10:
        return "aftershock magnitude" if re.search(r"\baftershocks?\b", near, re.I) else "magnitude"
    if unit == "km":
        m = _DISTANCE_FROM.match(sentence[at + len(claim.text):at + len(claim.text) + 80])
        if m:
            return f"distance from {m['name'].lower()}"
    if unit == "km/h":
        if _WIND.search(near):
            return "wind speed"
        if _TRAVEL.search(near):
            return "forward speed"
    return None


def interval(claim: Claim) -> tuple[float, float]:
    n = claim.normalized
    v = n.value if n.value is not None else claim.value
    if v is None:
        return (-math.inf, math.inf)
    measured = n.unit not in (None, "%") and not (n.unit or "").isupper()
    if claim.bound == "range" and n.value_max is not None:
        return (v, n.value_max)
    if claim.bound == "at_least":
        # "more than 26,000" is below the next round figures (26,000-28,000), not any larger number;
        # "at least 14" dead early on leaves the toll open.
        if v >= 1000 and v == int(v):
            step = 10 ** (len(str(int(v))) - len(str(int(v)).rstrip("0")))
            return (v, v + 2 * step)
        return (v, math.inf)
    if claim.bound == "at_most":
        return (0.0, v)
    tolerance = ABOUT_TOLERANCE if claim.bound == "about" else (EXACT_TOLERANCE if measured else 0.0)
    if claim.value and (measured or (abs(claim.value) >= 100 and _rounding(claim.value) >= 10)):
        # A measurement is rounded as written: "35 miles" is 32.5-37.5 miles, "60 km" 55-65 km; so is
        # a round count of hundreds ("600 were killed" and "612 people").
        tolerance = max(tolerance, _rounding(claim.value) / 2 / abs(claim.value))
    return (v * (1 - tolerance), v * (1 + tolerance))


def _rounding(written: float) -> float:
    """The rounding step of a figure as written: 35 -> 5, 60 -> 10, 1,500 -> 100, 12 -> 1, 2.5 -> 0.5."""
    if written != int(written):
        decimals = len(repr(float(written)).split(".")[1].rstrip("0"))
        return 10.0 ** -decimals
    digits = str(abs(int(written)))
    zeros = len(digits) - len(digits.rstrip("0"))
    step = 10.0 ** zeros
    return step * 5 if digits.rstrip("0")[-1:] == "5" and len(digits.rstrip("0")) > 1 else step


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


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
        if basis is None or c.normalized.value is None:
            continue
        groups.setdefault(basis, []).append(c)

    agreements, conflicts = [], []
    work: list[tuple[tuple[str, str | None, str], list[Claim]]] = []
    for basis, group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        # Figures of one measure and thing told about different happenings ("10 killed" by this quake,
        # "more than 26,000" by one in 2003) are compared apart: the parts of the group that are
        # comparable figure to figure, each then read one statement per source.
        max_days = 0 if developing(basis[2]) else MAX_DAYS_APART
        work += [(basis, part) for part in _comparable_parts(group, published, aliases, max_days)]
    for (kind, unit, key), group in work:
        # One claim per source: its first statement (a report may update itself).
        per_source: dict[str, Claim] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            if not any(not _independent(sources, c, o) for o in per_source.values()):
                per_source[sources.key(c.document)] = c
        if len(per_source) < 2:
            continue
        # A developing count told on different days is an update (find_updates), not a disagreement.
        max_days = 0 if developing(key) else MAX_DAYS_APART

        def _comparable(a: Claim, b: Claim, max_days: int = max_days) -> bool:
            return _comparable_claims(a, b, published, aliases, max_days)
        clusters: list[list[Claim]] = []
        for c in sorted(per_source.values(), key=lambda c: (interval(c)[1] - interval(c)[0], c.id)):
            home = next((cl for cl in clusters if all(_overlap(interval(c), interval(o)) for o in cl)), None)
            if home is None:
                clusters.append([c])
            else:
                home.append(c)
        # A disagreeing figure only conflicts with those told about the same moment in
        # similar words; the others are updates or other quantities and are left out.
        if len(clusters) > 1:
            head = clusters[0]
            clusters = [head] + [cl for cl in clusters[1:]
                                 if any(_comparable(a, b) for a in cl for b in head)]
            if len(clusters) == 1 and len(head) < 2:
                continue
        elif not any(_comparable(a, b) for i, a in enumerate(clusters[0]) for b in clusters[0][i + 1:]):
            continue
        if len(clusters) > 1:
            # Name in a conflict only the figures told about the same moment as some figure they
            # disagree with; a clustered figure from weeks earlier is an update, not part of it.
            clusters = [[c for c in cl if any(_comparable(c, o)
                                              for other in clusters if other is not cl for o in other)]
                        for cl in clusters]
            clusters = [cl for cl in clusters if cl]
            # A figure compatible with a figure of another side ("more than 150" and "about 200") takes
            # no side: it is left out, and the conflict stands only between figures that cannot both be true.
            clusters = _without_sideless(clusters)
            # Every figure named must still face one it is comparable with (same moment, same scope).
            while len(clusters) > 1:
                kept = [[c for c in cl if any(_comparable(c, o) for other in clusters if other is not cl for o in other)]
                        for cl in clusters]
                kept = [cl for cl in kept if cl]
                if kept == clusters:
                    break
                clusters = kept
            if len(clusters) < 2:
                continue
        if len(clusters) == 1:
            # An agreement names figures close to one another, told by sources independent of each other.
            head = clusters[0]
            kept = [c for c in head if all(_ratio(c, o) <= AGREE_RATIO for o in head)]
            # Only figures told about the same moment as another of them: a figure from a week
            # later that happens to be equal is not a second witness of this one.
            kept = [c for c in kept if any(_comparable(c, o) for o in kept if o is not c)]
            if len(kept) < 2:
                continue
            clusters = [kept]
        involved = [c for cl in clusters for c in cl]
        items = [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in involved]
        documents = sorted({c.document for c in involved})
        basis = _basis_text(kind, key, involved, published, max_days)
        if len(clusters) == 1:
            agreements.append(Finding("quantity", items, documents, _agree_text(key, involved, labels) + " " + basis,
                                      sources.count(documents)))
        else:
            conflicts.append(Finding("quantity", items, documents,
                                     _conflict_text(key, clusters, labels) + " " + basis, sources.count(documents)))
    return agreements, conflicts


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


def _independent(sources: Sources, a: Claim, b: Claim) -> bool:
    """Independent sources for this pair of figures: not one source by ``Sources`` (copies, and whatever
    else it knows of), and not one passage pasted into both (the same sentence word for word)."""
    if sources.same_source(a.document, b.document):
        return False
    # Passage-level reuse, where ``Sources`` knows it (issue 14): a figure inside a passage both
    # reports carry word for word is one witness.
    passages_at = getattr(sources, "passages_at", None)
    if passages_at is not None and a.end > a.start:
        if any(b.document in p.documents for p in passages_at(a.document, a.start, a.end)):
            return False
    return _passage(a.sentence) != _passage(b.sentence) or not a.sentence.strip()


def _passage(sentence: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", sentence.lower()))


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
        if basis[2].startswith("more "):
            continue  # an increment ("48 more deaths") is news of a change, not the figure itself
        if not (published.get(c.document) or "")[:10]:
            continue
        groups.setdefault(basis, []).append(c)
    updates: list[Update] = []
    for (kind, unit, key), group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        first: dict[str, Claim] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            first.setdefault(c.document, c)
        points = sorted(first.values(), key=lambda c: ((published.get(c.document) or "")[:10], c.normalized.value or 0.0,
                                                       c.document))
        if len({published[c.document][:10] for c in points}) < 2:
            continue
        if not developing(key) and not any(UPDATE_CUES.search(c.sentence) for c in points):
            continue
        cumulative = any(key.endswith(w) for w in CUMULATIVE)
        # Chains of one scope: each point joins a chain it shares a scope and similar words with.
        chains: list[list[Claim]] = []
        for c in points:
            home = next((ch for ch in chains if any(_same_scope(c, o, aliases) for o in ch)
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
            steps = [b - a for a, b in zip(levels, levels[1:]) if abs(b - a) > EXACT_TOLERANCE * max(abs(a), abs(b))]
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


class _Aliases:
    """The story's alias index, with each sentence's names and content words worked out once:
    ``_comparable`` is asked about many pairs, and a story of thousands of reports has
    thousands of aliases to look for in each sentence."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.pairs = pairs
        self._names: dict[str, set[str]] = {}
        self._content: dict[str, set[str]] = {}
        # Aliases by their first two characters (every alias has two or more): a sentence is
        # searched only for the aliases that start with a pair of characters it holds (issue 17).
        self._by_head: dict[str, list[int]] = {}
        for n, (alias, _) in enumerate(pairs):
            self._by_head.setdefault(alias[:2], []).append(n)

    def names(self, sentence: str) -> set[str]:
        if sentence not in self._names:
            heads = {sentence[i:i + 2] for i in range(len(sentence) - 1)}
            found = sorted(n for h in heads & self._by_head.keys() for n in self._by_head[h])
            # ``_names`` over the aliases the sentence may hold, in their order: the same answer.
            self._names[sentence] = _names(sentence, [self.pairs[n] for n in found])
        return self._names[sentence]

    def content(self, sentence: str) -> set[str]:
        if sentence not in self._content:
            self._content[sentence] = _content(sentence)
        return self._content[sentence]


def _comparable_claims(a: Claim, b: Claim, published: dict[str, str | None], aliases: "_Aliases",
                       max_days: int = MAX_DAYS_APART) -> bool:
    """Told about the same moment (publication days at most ``max_days`` apart) in similar words."""
    gap = _days_apart(published.get(a.document), published.get(b.document))
    if gap is not None and gap > max_days:
        return False
    if _ratio(a, b) > MAX_RATIO:
        return False
    return _same_scope(a, b, aliases)


def _ratio(a: Claim, b: Claim) -> float:
    va, vb = abs(a.normalized.value or 0.0), abs(b.normalized.value or 0.0)
    if not va or not vb:
        return 1.0 if va == vb else math.inf
    return max(va, vb) / min(va, vb)


_WIDE = re.compile(r"\b(?:worldwide|globally|around the world|across the world|world-wide|nationwide|across the country|"
                   r"in total|overall|altogether)\b", re.I)


@functools.lru_cache(maxsize=65536)  # asked for each pair of claims compared; few distinct days (issue 17)
def _days_apart(da: str | None, db: str | None) -> int | None:
    if not (da and db):
        return None
    from datetime import date

    try:
        return abs((date.fromisoformat(da[:10]) - date.fromisoformat(db[:10])).days)
    except ValueError:
        return None


def _same_scope(a: Claim, b: Claim, aliases: "_Aliases") -> bool:
    """Told in similar words about the same places and bodies."""
    # "1,112 cases worldwide" and "39 cases in Britain": a whole and a part of it.
    if bool(_WIDE.search(a.sentence)) != bool(_WIDE.search(b.sentence)):
        return False
    wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
    shared = wa & wb
    if len(shared) < 2 or len(shared) / max(1, min(len(wa), len(wb))) < MIN_CONTEXT_OVERLAP:
        return False
    # Scope: "39 cases" in Britain and "1,112 cases" worldwide are different quantities.
    # Sentences that both name places or bodies, but none in common, count different things.
    na, nb = aliases.names(a.sentence), aliases.names(b.sentence)
    return not (na and nb and not na & nb)


_SCOPE_TYPES = ("gpe:", "loc:", "fac:")


def _names(sentence: str, aliases: list[tuple[str, str]]) -> set[str]:
    """The names that set a sentence's scope: places (by any alias) and capitalised words no entity
    of the story covers. A person or body named is who tells the figure ("the National Hurricane
    Center said", "IRNA reported"), not where or what it counts (issue 20)."""
    found: set[str] = set()
    covered: set[str] = set()
    for alias, entity_id in aliases:
        if alias in sentence:
            if entity_id.startswith(_SCOPE_TYPES):
                found.add(entity_id)
            covered.update(alias.split())
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z'-]+", sentence.strip())
    return found | {w for w in words if w.lower() not in _STOP and w not in covered
                    and not _CALENDAR.match(w)}  # "on Sunday", "in March": a time, not a scope


_CALENDAR = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
                       r"august|september|october|november|december", re.I)


def _alias_index(entities: list[Entity]) -> list[tuple[str, str]]:
    """(surface form, entity id), longest forms first, for every name of every entity."""
    pairs = {(form, e.id) for e in entities for form in [e.name, *e.aliases] if len(form) >= 2}
    return sorted(pairs, key=lambda p: -len(p[0]))


def _content(sentence: str) -> set[str]:
    words = re.findall(r"[a-z][a-z'-]+", sentence.lower())
    words = [_SAME_WORD.get(w, w) for w in words]  # "the death toll" and "killed" tell of the same deaths
    return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in _STOP and len(w) > 2}


_SAME_WORD = {w: "death" for w in ("killed", "killing", "kill", "dead", "died", "deaths", "toll", "fatalities")}
_SAME_WORD.update({w: "injury" for w in ("injured", "injuring", "wounded", "hurt", "injuries")})


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
