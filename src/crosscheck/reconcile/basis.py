"""Reconcile, what a figure measures: its measure (a count, an age, a duration, ...), the thing it
counts, and the words that make it no figure to compare (a rank, a part, a possibility, a reference)."""

from __future__ import annotations

import dataclasses
import functools
import re

from ..records import Claim, Normalized, tally_of
from .memo import per_figure
# What spans of time measure lives in ``spans`` (split out in the tenth session); its names are read from here too.
from .spans import (SPAN_KEY, SPAN_MIN_OVERLAP, SPAN_MIN_SHARED, _participle_like, span_key,  # noqa: F401
                    span_thing, span_told)
# Word helpers live in ``words``, and what a figure with no telling subject is told of in ``told`` (eleventh session);
# their names are read from here too.
from .words import _STOP, _clause_to, _irregular_participle, _key_verb  # noqa: F401
from .told import LEVEL, crowd, level_scale, told_of  # noqa: F401
# What makes a number no figure to compare lives in ``nonfigure`` (sixteenth session); its names are read from here too.
from .nonfigure import (_DEFINITE_BEFORE, _FORECAST, _HEDGE, _HYPOTHETICAL, _HYPOTHETICAL_AFTER, _INCREMENT,
                        _INCREMENT_BEFORE, _KIND_AFTER, _PARTITIVE_AFTER, _PROVISIONAL, _RANK_BEFORE,
                        _SUM_PART_AFTER, _WINDOW_BEFORE, _code, _hedged, _in_breakdown, _part_of_number, _per_period,
                        _vague, _word_one)


EXACT_TOLERANCE = 0.02  # "800 km" and "815 km" agree


# A developing story's figures change: claims published further apart than this are
# updates of one another, not agreements or conflicts.
MAX_DAYS_APART = 1


# Claims about the same quantity are told in similar words: the sentences must share
# this share of their content words (of the shorter), and at least two of them.
MIN_CONTEXT_OVERLAP = 0.15


# Subjects too vague to say two figures count the same thing.
GENERIC_SUBJECTS = {"people", "year", "years", "time", "times", "day", "days", "percent", "cent", "one", "ones"}


ABOUT_TOLERANCE = 0.07  # "about 30 sq km" and "about 12 square miles" (31.1 km²) agree; "about 42" and "about 50" miles do not


PEOPLE = {"people", "person", "persons", "resident", "residents", "civilians", "civilian", "individuals"}


# One outcome, several words: "80 wounded" and "80 injured" count the same people.
SYNONYMS = {"dead": "killed", "died": "killed", "deaths": "killed", "fatalities": "killed", "perished": "killed",
            "wounded": "injured", "hurt": "injured", "injuries": "injured", "infections": "infected",
            # British usage: a fire service's "appliances" are its engines ("called a further four appliances",
            # "called in an additional six engines"; issue 20, round 5).
            "appliances": "engines"}


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
                         r"lowered|raised|a total of|as of|to date|tally)\b", re.I)


# Words of a thing counted that say how sure or how told it is, not what is counted: the WHO's "141
# deaths confirmed" and "141 deaths" are one toll, "74 countries" and "74 countries infected" one count.
_STATUS_WORDS = {"confirmed", "reported", "known", "official", "recorded", "registered", "infected", "spreaded",
                 "spread"}


def update_key(key: str) -> str:
    """The thing a progression follows, read more loosely than for a conflict: a status word dropped
    ("cases confirmed", "confirmed cases of H1N1" -> "cases"), people infected counted as cases (the
    same tally of an epidemic), a lone outcome read as people ("killed confirmed" -> "people killed").
    Two values of one figure over days are often told in different words (issue 20, round 5)."""
    head = ""
    for prefix in ("part: ", "more ", "possibly "):
        if key.startswith(prefix):
            head, key = head + prefix, key[len(prefix):]
    words = key.split()
    if words[:1] == ["people"] and words[-1:] == ["infected"]:
        return head + "cases"
    kept = [w for w in words if w not in _STATUS_WORDS and len(w) > 1] or words
    if kept in (["killed"], ["injured"], ["missing"], ["evacuated"], ["displaced"]):
        kept = ["people"] + kept
    return head + " ".join(kept)


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def measure(claim: Claim) -> str | None:
    """What kind of quantity a claim is: count, age, duration, temperature, rate, money, percentage
    or measurement. An age, a duration, a temperature or a rate is never a count of people."""
    written = (claim.unit or "").lower()
    unit = claim.normalized.unit
    if written in AGE_UNITS or re.search(r"\b(?:aged|age of|age)\s*$", claim.sentence[:max(0, claim.sentence.find(claim.text))]):
        return "age"
    if unit is None:
        return "count"
    if unit == "generation":
        return None  # "4G LTE": a kind of network, no measurement (issue 20, eleventh session; ECB+ BlackBerry, dev)
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


MEASURE_WORDS = {"level": "a level", "count": "a count", "duration": "a duration", "temperature": "a temperature", "rate": "a rate",
                 "percentage": "a share", "money": "an amount of money", "measurement": "a measurement"}


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def basis_key(claim: Claim) -> tuple[str, str | None, str] | None:
    """(measure, normalised unit, thing): claims are compared only when these are equal; None: never
    compared (an age, the word "one", a thing too vague to say what is counted).
    Worked out once a figure (issue 17: asked by each of reconcile's steps for every figure of the story),
    keyed by every field of the claim."""
    key = claim_fields(claim)
    if key not in _BASIS_KEYS:
        if len(_BASIS_KEYS) >= 200_000:
            _BASIS_KEYS.clear()
        _BASIS_KEYS[key] = _basis_key(claim)
    return _BASIS_KEYS[key]


_BASIS_KEYS: dict[tuple, tuple[str, str | None, str] | None] = {}


def remember_basis_keys(claims: list[Claim], keys: list, fields: list[tuple] | None = None) -> None:
    """Take ``basis_key`` of each claim as given (``keys``, in order: worked out by an earlier run and kept, issue
    17); a key read back from JSON (a list) is made a tuple again. ``fields``: each claim's ``claim_fields``, when the
    caller has worked them out already."""
    if fields is None:
        fields = [claim_fields(claim) for claim in claims]
    for claim, found, key in zip(claims, fields, keys, strict=True):
        _BASIS_KEYS[found] = tuple(key) if key is not None else None


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """The source of this module and of the records (``tally_of``), hashed: keys kept by other code are never
    reused."""
    from pathlib import Path

    from .. import records
    from ..sourcehash import source_key

    # a span's key is worked out in spans.py, word helpers and what a figure is told of in words.py and told.py, what
    # makes a number no figure (a part, a rank...) in nonfigure.py (left out of this hash when it was split out of basis)
    here = Path(__file__).parent
    return source_key(__file__, here / "spans.py", here / "words.py", here / "told.py", here / "nonfigure.py",
                      Path(records.__file__).parent)
_CLAIM_FIELDS = tuple(f.name for f in dataclasses.fields(Claim) if f.name != "normalized")
_NORMALIZED_FIELDS = tuple(f.name for f in dataclasses.fields(Normalized))


def claim_fields(claim: Claim) -> tuple:
    """Every field of a claim (its normalised value's too), as a key of what is worked out once a figure."""
    n = claim.normalized
    return tuple(getattr(claim, f) for f in _CLAIM_FIELDS) + tuple(getattr(n, f) for f in _NORMALIZED_FIELDS)


def _basis_key(claim: Claim) -> tuple[str, str | None, str] | None:
    kind = measure(claim)
    if kind in (None, "age") or _word_one(claim) or tally_of(claim.subject) is not None or _code(claim):
        return None  # a tally ("9-14", "52-3, 46 KOs") is compared tally with tally (``tallies``)
    if claim.value == 0 and _PROVISIONAL.search(claim.sentence):
        return None  # "no immediate reports of casualties": an early word, not a count of none
    at = claim.sentence.find(claim.text)
    scale = level_scale(claim, at)
    if scale is not None:
        # "raised its alert to phase five", "a Category 3 hurricane": a level on a scale, never a count of the scale's
        # name (issue 20, eleventh session: "phase five alert" was agreed as a count of "alert"). Levels agree, and move
        # over days (updates); two levels told the same day are never a conflict (the day of a raise tells both).
        # A level that would be, or may be, is none told ("would see the alert raised to five").
        if not scale or _HYPOTHETICAL.search(claim.sentence[max(0, at - 40):at]) or _FORECAST.search(_clause_to(claim.sentence, at)):
            return None
        return LEVEL, None, scale
    if at > 0 and _RANK_BEFORE.search(claim.sentence[max(0, at - 12):at]) and not _length_after_rank_word(claim):
        return None  # "Flight 370", "Article 5": a rank or a name, not a count
    if at >= 0 and _KIND_AFTER.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 12]):
        return None  # "a 12-gauge shotgun": a kind of thing, not a count
    if at > 0 and _HYPOTHETICAL.search(claim.sentence[max(0, at - 40):at]):
        return None  # "could spill up to 48,000 litres", "may take 90 days": a possibility, not a value told
    if at >= 0 and _HYPOTHETICAL_AFTER.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 40]):
        return None  # "under the 3,200 volts that would plainly prove the cable was not damaged": a threshold, not a value told
    if at > 0 and _FORECAST.search(_clause_to(claim.sentence, at)):
        # "the final bill probably will reach $4.1 million to 9,200 households", "she would end up paying $4.1m in
        # refunds to 9,200 customers": a forecast, not the count so far (issue 20, sixth session)
        return None
    if kind == "count" and at > 0 and _WINDOW_BEFORE.search(claim.sentence[max(0, at - 40):at]):
        return None  # "won 18 of its next 23 games", "eight losses in their last 10 games": the window a count is told over
    if kind == "count" and at > 0 and (claim.value or 0) <= 10 and _DEFINITE_BEFORE.search(claim.sentence[max(0, at - 8):at]):
        return None  # "the two nations", "those two countries": things told before, not a figure reported
    increment = at >= 0 and _INCREMENT.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 16])
    # "called in an additional six engines", "a further four appliances": the increment told before the figure.
    # A count only: "for another 30 days" is the length of the delay, not an increment of a total.
    increment = increment or (kind == "count" and at > 0 and bool(_INCREMENT_BEFORE.search(claim.sentence[max(0, at - 20):at])))
    part = at > 0 and re.search(r"\b(?:including|among them|among whom|of whom|of them|of which|(?:members|families|"
                                r"relatives|parents|friends|one|some|many|most|none|both|each|all)\s+of(?:\s+the)?)\s+"
                                r"(?:at least\s+|some\s+)?$", claim.sentence[max(0, at - 30):at], re.I)
    # "Two of the bombs fell within the camp", "six of them children": a part of a whole told elsewhere.
    # An ordinal's text holds its noun, so "of the" after it tells what it counts, not a whole it is a part of: "his sixth
    # defence of the belt" is no "two of the bombs" (issue 20x, twenty-second session: read on a dev miss).
    part = part or (at >= 0 and claim.normalized.unit != "ordinal"
                    and bool(_PARTITIVE_AFTER.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 20])))
    # "the 12 Somali and 11 Yemeni pirates": each figure of a sum told in parts is a part of the whole ("23 pirates"),
    # not the count of the noun both share (issue 20, session 5).
    part = part or (at >= 0 and bool(_SUM_PART_AFTER.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 60])))
    part = part or (kind == "count" and _in_breakdown(claim, at))  # "seven children, three women and two men"
    if _vague(claim.text):
        return None  # "thousands" is no figure to agree or disagree with
    key = subject_key(claim)
    if key is None:
        return None
    if _hedged(claim) and not _HEDGE.search(key):
        key = "possibly " + key  # "eight students are 'likely' to have contracted it": not those tested
    if increment:  # "two more cases", "48 new deaths": an increment, not the total
        key = "more " + key
    part = part or (at >= 0 and _part_of_number(claim.sentence[at + len(claim.text):at + len(claim.text) + 60], key))
    if part:  # "20 cases, including eight in New York": a part of a total told beside it
        key = "part: " + key
    period = _per_period(claim, at) if kind in ("count", "measurement", "money") else None
    if period:  # "collecting 15,000 barrels of oil a day" is a rate, not the 127,000 barrels collected so far
        return "rate", f"{claim.normalized.unit or 'count'}/{period}", key
    return kind, claim.normalized.unit, key




def _length_after_rank_word(claim: Claim) -> bool:
    """A figure with a unit of length written after a word that names ranks ("on the coastal highway 50 km west of
    the capital", "the exit 3 miles on"): a distance, not the road's or the exit's number (a rank is a bare number,
    "Highway 50"). Issue 20n, seventeenth session: such a distance had no key and never met the same distance
    told by another report."""
    return claim.normalized.unit == "km" and bool(re.search(r"[a-z]", claim.text, re.I))


# A person's full name right before an age ("Robert Buckley, 32,") or right after it ("32-year-old Englishman
# Robert Buckley"): first name and surname, capitalised, no title.
# A name of three or four words ("Sharron Diane Crawford Smith, age 61,", "61-year-old Sharron Diane Crawford Smith") is
# keyed, as a name of two, by its last two words, on both sides (issue 20, session 5).
_NAME_BEFORE = re.compile(r"(?:^|[^\w'’-])([A-Z][a-z'’-]+)\s+([A-Z][a-zA-Z'’-]+),\s*(?:aged?\s+)?$")
_NAME_AFTER = re.compile(r"^\s+(?:[A-Z][a-zA-Z'’-]+\s+){0,3}([A-Z][a-z'’-]+)\s+([A-Z][a-zA-Z'’-]+)\b(?!\s+[A-Z])")
_NOT_FIRST_NAMES = {"mr", "mrs", "ms", "miss", "dr", "sir", "insp", "inspector", "sgt", "sergeant", "officer", "det",
                    "the", "a", "an", "on", "in", "at", "by", "and", "but", "his", "her", "their", "when", "after",
                    "before", "while", "unemployed", "former", "mother", "father", "sister", "brother", "son", "daughter",
                    "wife", "husband"}


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def aged_person(claim: Claim) -> str | None:
    """Whose age the figure is, by full name ("age of robert buckley"), when the name is written right beside
    it; None otherwise ("a 32-year-old British climber", "Mr Buckley, 32,"). Two different people who share a
    surname ("John Jenkin, 23", "Katie Jenkin, 20") stay apart (issue 20, round 5)."""
    if measure(claim) != "age":
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    m = _NAME_BEFORE.search(claim.sentence[max(0, at - 60):at])
    if m is None and re.search(r"year[- ]old$", claim.text, re.I):
        m = _NAME_AFTER.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 60])
    if m is None:
        return None
    first, last = m.group(1), m.group(2)
    if first.lower() in _NOT_FIRST_NAMES or last.lower() in _NOT_FIRST_NAMES or _WEEKDAY_OR_MONTH.match(first):
        return None
    return f"age of {first} {last}".lower()


_WEEKDAY_OR_MONTH = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$|(?:january|february|march|april|may|june|"
                               r"july|august|september|october|november|december)$", re.I)


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def unkeyed_basis(claim: Claim) -> tuple[str, str | None] | None:
    """(measure, normalised unit) of a figure that names no thing counted ("at a depth of 10 kilometres",
    "a 25 percent tariff", "Anthony LaCalamita III, 38,"), which ``basis_key`` leaves out; None when it
    has a thing, or is no figure to compare (a rank, a kind, a possibility, a part, an increment, a
    reference, "thousands", the word "one"). Such figures may only AGREE, and only in alike sentences
    (issue 20, round 3): the same number in the same unit told in like words is one fact told twice."""
    kind = measure(claim)
    if kind in (None, "duration") or _word_one(claim) or tally_of(claim.subject) is not None or _code(claim):
        # A span of time that names nothing it lasts ("two years" after a death, "the past three weeks") gives a
        # basis that cannot say what lasted: it is not compared (issue 20, session 5).
        return None
    if kind != "age" and basis_key(claim) is not None:
        return None
    if level_scale(claim, claim.sentence.find(claim.text)) is not None:
        return None  # a level left or moved between ("from 4 to 5"): no value
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    before, after = claim.sentence[max(0, at - 40):at], claim.sentence[at + len(claim.text):at + len(claim.text) + 20]
    if (_RANK_BEFORE.search(before[-12:]) or _KIND_AFTER.match(after[:12]) or _HYPOTHETICAL.search(before)
            or _INCREMENT.match(after[:16]) or _PARTITIVE_AFTER.match(after)
            or _HYPOTHETICAL_AFTER.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 40])
            or ((claim.value or 0) <= 10 and _DEFINITE_BEFORE.search(before[-8:]))
            or re.search(r"\b(?:including|among them|of whom|of them|of which)\s+$", before, re.I)):
        return None
    if not re.search(r"\d", claim.text) and re.search(r"(?:dozens?|hundreds?|thousands?|millions?|billions?|scores)\b",
                                                       claim.text, re.I):
        return None
    if kind != "age" and subject_key(claim) is not None:
        return None  # a thing was named, and basis_key left the figure out for another reason
    return kind, claim.normalized.unit




# Agreeing figures are close to one another: "at least two" is no agreement with 1,004.
AGREE_RATIO = 1.25


# Counts that only grow: a lower figure later is another scope, not an update.
CUMULATIVE = ("killed", "injured", "infected", "cases", "arrested", "rescued", "evacuated")


_DAY_NAMED = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)", re.I)


_IN_MOTION = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|bringing|brought|raising|"
                        r"pushing|pushed)\b[^.;]{0,60}?\bto\b|\bso far\b|"
                        # "28,774 infections confirmed to date, according to the agency's latest tally": the count as of
                        # its cut-off, and two such tallies of one day may have two cut-offs (issue 22s, twenty-second
                        # session, read on dev: two world tallies of one day, told at different hours)
                        r"\b(?:thus far|to date)\b|\blatest\s+(?:[\w'-]+\s+){0,2}?(?:tall(?:y|ies)|counts?|tolls?)\b|"
                        r"\bhas (?:now )?(?:risen|climbed|reached)\b|"
                        # "there are now 91 confirmed cases", "now stands at 23": the count as of the telling (issue 20,
                        # sixteenth session)
                        r"\bnow\s+(?:stands?\s+at\s+|totals?\s+|at\s+)?(?:about\s+|some\s+|more\s+than\s+|over\s+)?\d|"
                        # a toll in the present perfect is a running total: "has killed up to 81 people"
                        r"\bha(?:s|ve) (?:now |already )?(?:killed|claimed|infected|sickened|died)\b", re.I)


def toll_key(basis: tuple[str, str | None, str]) -> tuple[str, str | None, str]:
    """The basis an agreement compares a toll on: the people it counts, however one word names them ("workers
    killed", "men killed", "people killed" -> "people killed"; issue 20, sixth session). Two sources telling the same
    count of people killed in one happening, one as "11 workers" and one as "11 men", tell one figure. Conflicts keep
    each name apart (3 "soldiers killed" are a part of 12 "people killed", not a second toll), and so does any key
    that says more than one word of whom ("police officers killed"), or a part, an increment, a hedge."""
    kind, unit, key = basis
    words = key.split()
    if kind == "count" and unit is None and len(words) == 2 and words[1] in OUTCOME_KEYS and words[0].isalpha():
        return kind, unit, f"people {words[1]}"
    return basis


def developing(key: str) -> bool:
    """Is this a count that moves as a story develops (a toll, the missing, the evacuated)?"""
    return any(key.endswith(w) or f" {w} " in f" {key} " for w in DEVELOPING)


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def subject_key(claim: Claim) -> str | None:
    unit = claim.normalized.unit
    if unit == "km²":
        return "area affected"
    magnitude = _quake_magnitude(claim)
    if magnitude:
        return magnitude
    if unit is None and _population(claim):
        return "population"
    if unit == "day" and span_key(claim) is not None:
        # A span of time is keyed by what lasted, read from its words, whatever the claim's subject: "after 30
        # hours of deliberation" (subject "deliberation") and "40 hours deliberating" (none) (issue 20, session 5).
        return SPAN_KEY
    if not claim.subject:
        return _fallback_key(claim)
    # A model's code counted is kept whole ("ak-47s": the claims stage writes it so, issue 20k, eighteenth session):
    # its letters alone would meet any model of the same letters ("f-15s", "f-16s"); not a measure's "8-by-12s".
    words = re.findall(r"\b(?!(?:by|to|of|in|or|and)-)[a-z]{1,4}-\d{1,3}s\b|[a-z]+", claim.subject.lower())
    words = ["people" if w in PEOPLE else SYNONYMS.get(w, w) for w in words if w not in ("of", "the", "a", "an")]
    if crowd(claim, words, measure(claim)):
        return "crowd"
    # The thing counted, not the verb it hangs from nor a loose adjective: "three strong aftershocks
    # were felt" and "followed by at least four major aftershocks" count aftershocks.
    if len(words) == 2 and words[0] == "times" and _key_verb(words[1]):
        return "times " + words[1]  # "shot eleven times", "married three times": how often the act, kept (tenth session)
    if len(words) >= 2 and words[-1] not in OUTCOME_KEYS | KEPT_VERBS and _key_verb(words[-1]):
        words = words[:-1]
    words = [w for w in words if w not in LOOSE_ADJECTIVES] or words
    key = " ".join(words)
    if not key:
        return _fallback_key(claim)  # a subject of no words ("22", a number read as the thing): nothing counted named
    if key in OUTCOME_KEYS:  # "42 dead", "80 wounded": the people that happened to
        key = "people " + key
    if key in GENERIC_SUBJECTS:
        return _fallback_key(claim)
    if key.split()[0] == "people" and measure(claim) in ("measurement", "duration", "temperature"):
        # "falling about 150 metres" in a story of climbers killed: a length, a span of time or a temperature
        # is never a count of people (issue 20, round 5; the subject was read from the story's toll).
        return _fallback_key(claim)
    return key if key and key not in GENERIC_SUBJECTS else None


# What happened to the things counted is part of what is counted: villages destroyed are not villages hit.
KEPT_VERBS = {"destroyed", "damaged", "flattened", "razed", "levelled", "leveled", "hit", "affected", "flooded",
              "collapsed", "closed", "cancelled", "canceled", "rescued", "arrested", "confirmed", "suspected"}


LOOSE_ADJECTIVES = {"strong", "major", "minor", "powerful", "large", "small", "other", "more", "new", "further",
                    "additional", "separate", "big", "huge", "massive", "some"}


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
    told = claim.sentence[at + len(claim.text):at + len(claim.text) + 60]
    return bool(re.match(r"\s+(?:residents|inhabitants|population)\b", told.lower()) or _LIVE_AFTER.match(told))


# "About 800 people lived in the town", "1,000 people live there": how many people a place holds, told by the verb
# (issue 20, twelfth session: the figure was "people", too vague a key, and never faced "a population of 1,000"). The
# verb of the clause only: "1,200 people who live there were evacuated", "people living in the area" are counted for
# what happened to them.
# Where they live is a place: a name or a place noun, or "there"; "5,000 people lived in tents" is no population
# (review of the twelfth session).
_LIVE_AFTER = re.compile(r"\s+(?i:people|persons|residents|inhabitants)\s+(?i:still\s+|now\s+)?"
                         r"(?i:live|lived|reside|resided)\s+(?:(?i:in|on)\s+(?:the\s+)?(?:[A-Z]|(?i:town|village|city|area|"
                         r"island|district|region|country|province|state|county|valley|camp|community|settlement|township|"
                         r"neighbou?rhood)\b)|(?i:there)\b)")


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


def _fallback_key(claim: Claim) -> str | None:
    """What a figure with no counted noun measures, from the words around it: an earthquake's
    magnitude, a distance from a named place, a storm's wind or forward speed; else None."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return None
    if not claim.subject and (of := told_of(claim, measure(claim))) is not None:
        return of
    near = sentence[max(0, at - 40):at + len(claim.text) + 40]
    unit = claim.normalized.unit
    if unit is None and _MAGNITUDE.search(near) and claim.value is not None and 1 <= claim.value < 10:
        return "aftershock magnitude" if re.search(r"\baftershocks?\b", near, re.I) else "magnitude"
    if unit == "km":
        m = _DISTANCE_FROM.match(sentence[at + len(claim.text):at + len(claim.text) + 80])
        if m:
            return f"distance from {m['name'].lower()}"
    if unit == "day" and (span_key(claim) or not re.search(r"\b(?:ago|earlier|later|old|after|before|since|from now)\b",
                                                             near, re.I)):
        return SPAN_KEY  # how long something lasted: compared only in closely alike sentences
    if unit == "km/h":
        if _WIND.search(near):
            return "wind speed"
        if _TRAVEL.search(near):
            return "forward speed"
    return None
