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
    if at >= 0 and _KIND_AFTER.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 12]):
        return None  # "a 12-gauge shotgun": a kind of thing, not a count
    if at > 0 and _HYPOTHETICAL.search(claim.sentence[max(0, at - 40):at]):
        return None  # "could leak up to 336,000 gallons", "may take 90 days": a possibility, not a value told
    if at > 0 and (claim.value or 0) <= 10 and _DEFINITE_BEFORE.search(claim.sentence[max(0, at - 8):at]):
        return None  # "the two nations", "those two countries": things told before, not a figure reported
    increment = at >= 0 and _INCREMENT.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 16])
    part = at > 0 and re.search(r"\b(?:including|among them|among whom|of whom|of them|of which|(?:members|families|"
                                r"relatives|parents|friends|one|some|many|most|none|both|each|all)\s+of(?:\s+the)?)\s+"
                                r"(?:at least\s+|some\s+)?$", claim.sentence[max(0, at - 30):at], re.I)
    # "Two of the bombs fell within the camp", "six of them children": a part of a whole told elsewhere.
    part = part or (at >= 0 and bool(_PARTITIVE_AFTER.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 20])))
    if not re.search(r"\d", claim.text) and re.search(r"(?:dozens?|hundreds?|thousands?|millions?|billions?|scores)\b",
                                                       claim.text, re.I):
        return None  # "thousands" is no figure to agree or disagree with
    key = subject_key(claim)
    if key is None:
        return None
    if _hedged(claim) and not _HEDGE.search(key):
        key = "possibly " + key  # "eight students are 'likely' to have contracted it": not those tested
    if increment:  # "two more cases", "48 new deaths": an increment, not the total
        key = "more " + key
    if part:  # "20 cases, including eight in New York": a part of a total told beside it
        key = "part: " + key
    return kind, claim.normalized.unit, key


_RANK_BEFORE = re.compile(r"\b(?:category|cat\.|level|grade|phase|stage|no\.|number|code|route|flight|article|section|"
                          r"force|class|type)\s*$", re.I)
_HEDGE = re.compile(r"\b(?:likely|probable|probably|possible|possibly|suspected|presumed|feared|believed)\b", re.I)


def _hedged(claim: Claim) -> bool:
    """Is the figure told as likely, not known ("eight students are 'likely' to have contracted the virus",
    "12 feared dead")? Read in its own clause: up to a comma or "and" after it, a few words before it."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    after = re.split(r"[,;:.()]|\s(?:and|but|while|whereas)\s", claim.sentence[at + len(claim.text):at + len(claim.text) + 100],
                     maxsplit=1)[0]
    before = re.split(r"[,;:.()]", claim.sentence[max(0, at - 25):at])[-1]
    return _HEDGE.search(before + " " + after) is not None


_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would|worst[- ]case)\b", re.I)
_KIND_AFTER = re.compile(r"-?\s?(?:gauge|caliber|calibre|bore|star)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|both|its|their|his|her)\s+$", re.I)
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|them|these|those|its|their|whom|which)\b(?!\s+[\d,.]+\b)", re.I)
_INCREMENT = re.compile(r"\s+(?:more|new|additional|further|extra|other)\b", re.I)
# Agreeing figures are close to one another: "at least two" is no agreement with 1,004.
AGREE_RATIO = 1.25
# Counts that only grow: a lower figure later is another scope, not an update.
CUMULATIVE = ("killed", "injured", "infected", "cases", "arrested", "rescued", "evacuated")


_DAY_NAMED = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)", re.I)
_IN_MOTION = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|bringing|brought|raising|"
                        r"pushing|pushed)\b[^.;]{0,60}?\bto\b|\bso far\b|\bhas (?:now )?(?:risen|climbed|reached)\b|"
                        # a toll in the present perfect is a running total: "has killed up to 81 people"
                        r"\bha(?:s|ve) (?:now |already )?(?:killed|claimed|infected|sickened|died)\b", re.I)


def developing(key: str) -> bool:
    """Is this a count that moves as a story develops (a toll, the missing, the evacuated)?"""
    return any(key.endswith(w) or f" {w} " in f" {key} " for w in DEVELOPING)


def subject_key(claim: Claim) -> str | None:
    unit = claim.normalized.unit
    if unit == "km²":
        return "area affected"
    magnitude = _quake_magnitude(claim)
    if magnitude:
        return magnitude
    if unit is None and _population(claim):
        return "population"
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


_HOME_TO = re.compile(r"\b(?:home to|population of|inhabited by|populated by)\s+(?:about|some|around|roughly|nearly|"
                      r"almost|more than|over|at least|an estimated|approximately)?\s*$", re.I)


def _population(claim: Claim) -> bool:
    """How many people live in a place: "home to 120,000 people", "a population of 120,000", "has about
    200,000 residents" (the people a place holds, not people something happened to)."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    if _HOME_TO.search(claim.sentence[max(0, at - 40):at] + " "):
        return True
    after = claim.sentence[at + len(claim.text):at + len(claim.text) + 20].lower()
    return bool(re.match(r"\s+(?:residents|inhabitants|population)\b", after))


_QUAKE_NOUN = re.compile(r"\b(?:quakes?|earthquakes?|temblors?|tremors?|shakers?|jolts?|aftershocks?)\b", re.I)


def _quake_magnitude(claim: Claim) -> str | None:
    """A quake's magnitude however it is written: "a 6.1-magnitude quake", "magnitude 4.6", "a 4.4
    quake" (a decimal before a quake noun is its magnitude, not a count of quakes)."""
    if claim.normalized.unit is not None or claim.value is None or not 1 <= claim.value < 10:
        return None
    subject = (claim.subject or "").lower()
    decimal = bool(re.fullmatch(r"\s*\d\.\d\s*", claim.text))
    if "magnitude" in subject or "richter" in subject or (decimal and _QUAKE_NOUN.search(subject)):
        at = claim.sentence.find(claim.text)
        near = claim.sentence[max(0, at - 40):at + len(claim.text) + 40] if at >= 0 else subject
        return "aftershock magnitude" if re.search(r"\baftershocks?\b", near, re.I) else "magnitude"
    return None


SPAN_KEY = "time span"
SPAN_MIN_SHARED, SPAN_MIN_OVERLAP = 3, 0.3  # a span of time names no thing: its sentences must be alike


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
    if unit == "day" and not re.search(r"\b(?:ago|earlier|later|old|after|before|since|from now)\b", near, re.I):
        return SPAN_KEY  # how long something lasted: compared only in closely alike sentences
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
        # Half a step, open at its ends: "about 3 miles" (2.5-3.5) and "four miles" (3.5-4.5) only
        # touch, and are two figures (issue 20).
        tolerance = max(tolerance, _rounding(claim.value) / 2 / abs(claim.value) * (1 - 1e-9))
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
            # A toll told as moving ("bringing the confirmed death toll to 11", "rose to") is a figure in
            # motion: two values of it on one day are successive counts, not a disagreement (issue 20).
            # A running total pinned to a day ("rose to 23 on Sunday") is that day's figure, and compared.
            if developing(key) and any(_IN_MOTION.search(c.sentence) and not _DAY_NAMED.search(c.sentence)
                                       for cl in clusters for c in cl):
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
    if not a.sentence.strip():
        return True
    return _passage(a.sentence) != _passage(b.sentence) and not _rewritten(a, b)


REWRITE_OVERLAP = 0.8  # of the shorter sentence's content words
REWRITE_MIN_SHARED = 5


def _rewritten(a: Claim, b: Claim) -> bool:
    """One passage lightly edited into two reports ("three other explosions at 3 p.m. (1200 GMT)" and
    "three further explosions at 3 p.m. (1200 GMT)"): most content words of the shorter sentence are
    in the other, and so are its other figures (a time, a second distance), which an edit keeps and
    independent writers rarely repeat. Independent writers tell a figure in their own words (issue 20)."""
    wa, wb = _content(a.sentence), _content(b.sentence)
    shared = len(wa & wb)
    if shared < REWRITE_MIN_SHARED or shared / max(1, min(len(wa), len(wb))) < REWRITE_OVERLAP:
        return False
    own = set(re.findall(r"\d+", a.text)) | set(re.findall(r"\d+", b.text))
    others = (set(re.findall(r"\d+", a.sentence)) & set(re.findall(r"\d+", b.sentence))) - own
    return any(not re.fullmatch(r"(?:19|20)\d\d", n) for n in others)  # a year is background, not a detail


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
            # The same past year (or none) and the same place told after the figure: a toll of the 2004
            # tsunami or of another bombing is not a value of today's (issue 20); weekdays move with the days.
            home = next((ch for ch in chains if any(_same_scope(c, o, aliases) and _when(c, published)[0] ==
                                                    _when(o, published)[0] and _same_local_scope(c, o) for o in ch)
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

    def names(self, sentence: str) -> set[str]:
        if sentence not in self._names:
            self._names[sentence] = _names(sentence, self.pairs)
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
    if _ratio(a, b) > (MAX_MEASURE_RATIO if measure(a) == "measurement" else MAX_RATIO):
        return False
    if _is_magnitude(a) and abs((a.normalized.value or 0.0) - (b.normalized.value or 0.0)) > MAX_MAGNITUDE_GAP:
        return False
    if not _same_time(a, b, published):
        return False
    if _is_magnitude(a):
        # A quake's magnitude belongs to the quake, not to the places each report names around it
        # (Sonoma County, Lake County, Northern California): the same time and a close value say it.
        return True
    if not _same_local_scope(a, b):
        return False
    if subject_key(a) == SPAN_KEY:
        # "the quake shook Banda Aceh for 15 seconds" and "the quake shook Banda Aceh for about a
        # minute": a span of time is compared only with one told of the same happening in like words.
        wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
        shared = len(wa & wb)
        if shared < SPAN_MIN_SHARED or shared / max(1, min(len(wa), len(wb))) < SPAN_MIN_OVERLAP:
            return False
    return _same_scope(a, b, aliases)


# Two estimates of one length or distance differ by a little (42 and 50 miles, 20 and 26 miles); a
# figure three times another is another distance ("the office is 15 miles north of Detroit", "a
# motorist 50 miles north of Detroit").
MAX_MEASURE_RATIO = 2.0
# Agencies' magnitudes of one quake differ by tenths (4.4 and 4.6, 5.9 and 6.1); a whole unit apart is
# another quake: an aftershock, a past quake, the region's usual tremors.
MAX_MAGNITUDE_GAP = 1.0


def _is_magnitude(c: Claim) -> bool:
    return c.normalized.unit is None and "magnitude" in (subject_key(c) or "")


_YEAR = re.compile(r"(?<![\d,.$£€])(?:19|20)\d{2}(?!\d|,\d|\s*(?:%|per|people|cases|km|miles|tons|tonnes))")
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_TOLD_BEFORE = re.compile(r"\b(?:said|says|told|given|announced|reported|stated|added|confirmed|according to)\b"
                          r"(?:\s+\w+){0,3}\s+(?:on\s+)?$", re.I)
_LAST_YEAR = re.compile(r"\blast year\b|\ba year ago\b", re.I)


def _when(c: Claim, published: dict[str, str | None]) -> tuple[set[str], set[str]]:
    """The years (other than the report's own) and the weekdays a figure's sentence names: the time
    it is told about. "In 2004 a tsunami killed 170,000" is about 2004; "on Tuesday" about a Tuesday."""
    day = (published.get(c.document) or "")[:4]
    years = {y for y in _YEAR.findall(c.sentence) if y != day}
    if _LAST_YEAR.search(c.sentence):
        years.add(str(int(day) - 1) if day.isdigit() else "last year")
    # The day something was told ("the figure given by officials on Saturday", "said on Monday") is not
    # the time the figure is about.
    days = {m[1].lower() for m in _WEEKDAY.finditer(c.sentence)
            if not _TOLD_BEFORE.search(c.sentence[max(0, m.start() - 30):m.start()])}
    return years, days


def _same_time(a: Claim, b: Claim, published: dict[str, str | None]) -> bool:
    """Told about the same time: the same past years named (or none), and, when both name weekdays,
    one in common ("Thursday's bombing" killed 12, the one "on Tuesday" seven: two bombings)."""
    (ya, da), (yb, db) = _when(a, published), _when(b, published)
    if ya != yb:
        return False
    return not (da and db and not da & db)


# The place a figure is told of, right after it: "killed 170,000 people in the province", "230,000
# people across Asia", "11 cases in New Zealand", "more than 40 confirmed cases in the United States".
_LOCAL_SCOPE = re.compile(r"^(?:\s+[a-z-]+){0,3}?\s+(?:in|across|around|throughout)\s+(?P<scope>[^,.;:()]{1,60})")
_SCOPE_END = re.compile(r"\s(?:and|but|or|who|which|that|when|where|after|before|while|with|as|on|at|since|from|"
                        r"was|were|is|are|has|have|had|by|to|for)\s")
_SCOPE_STOP = {"the", "a", "an", "of", "its", "their", "this", "that", "alone"}


def _local_scope(c: Claim) -> tuple[frozenset[str], frozenset[str]] | None:
    """(names, words) of the place phrase right after a figure, or None."""
    at = c.sentence.find(c.text)
    if at < 0:
        return None
    m = _LOCAL_SCOPE.match(c.sentence[at + len(c.text):at + len(c.text) + 90])
    if not m:
        return None
    phrase = _SCOPE_END.split(" " + m["scope"] + " ", maxsplit=1)[0].split()[:6]
    if not phrase or _CALENDAR.match(phrase[0]) or re.match(r"(?:19|20)\d\d\b", phrase[0]):
        return None
    words = frozenset(w.lower().strip("'") for w in phrase if w.lower() not in _SCOPE_STOP)
    names = frozenset(w.lower() for w in phrase if w[:1].isupper() and w.lower() not in _SCOPE_STOP
                      and not _CALENDAR.match(w))
    return (names, words) if words else None


def _same_local_scope(a: Claim, b: Claim) -> bool:
    """A figure told of a place is compared only with figures of that place: "in Sumatra alone" is
    not "across Asia", "in the province" not "in 13 countries"; a place the other sentence names
    anywhere ("in the ancient city of Bam" and "the city of Bam was razed") is the same place."""
    sa, sb = _local_scope(a), _local_scope(b)
    if sa and sb:
        if sa[0] and sb[0]:
            return bool(sa[0] & sb[0])
        if not sa[0] and not sb[0]:
            return bool(sa[1] & sb[1])
    for scope, other in ((sa, b), (sb, a)):
        if scope is None:
            continue
        text = other.sentence.lower()
        if scope[0] and not all(n in text for n in scope[0]):
            return False
        if not scope[0] and not any(w in text for w in scope[1]):
            return False
    return True


def _ratio(a: Claim, b: Claim) -> float:
    va, vb = abs(a.normalized.value or 0.0), abs(b.normalized.value or 0.0)
    if not va or not vb:
        return 1.0 if va == vb else math.inf
    return max(va, vb) / min(va, vb)


_WIDE = re.compile(r"\b(?:worldwide|globally|around the world|across the world|world-wide|nationwide|across the country|"
                   r"in total|overall|altogether)\b", re.I)


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
            if not _independent(sources, a, b) or _overlap(interval(a), interval(b)):
                continue
            gap = _days_apart(published.get(a.document), published.get(b.document))
            if gap is not None and gap > max_days:
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
