"""Reconcile, keys that name one thing in other words, for conflicts (issue 20, sixteenth session).

A conflict is looked for among figures of one basis key (``basis.basis_key``): "140 confirmed cases" and "165 cases"
told of one country on one day were never compared, nor "355 damaged shops" and "565 shops suffering serious
damage". Here the keys of a story's figures are made to meet, for the conflict path only (agreements and updates keep
their own keys), in two steps:

- ``conflict_key``: the words that say how a thing is known, not what it is, are dropped ("confirmed", "reported",
  "laboratory-confirmed": as ``basis.update_key`` does for updates), a classifier noun before the thing ("the number
  of infections", "300,000 heads of pig") and a plural are read as the thing.
  The marks of a part, an increment or a possibility ("part: ", "more ", "possibly ") are kept: a part is not its total.
- ``meet_groups``: a key of bare words ("shops") meets the one fuller key of the story that holds it as its head
  ("damaged shops"); never when the extra words are a degree or a part ("seriously", "foreign", "other"), a number, a
  link or a place, nor words after the thing ("homers of the season", "climbers rescued"), nor when two fuller keys
  hold it (which is meant is not known). A pair of figures across such keys is compared (``keys_meet``) only where
  the bare figure's own clause tells the extra words ("565 shops suffering serious damage" for "damaged shops"): else
  "60 arrested protesters" would face "150 protesters".
"""

from __future__ import annotations

import re

from ..records import Claim
from .basis import GENERIC_SUBJECTS, PEOPLE
from .scope import _clause
from .likeness import EVENT_MEASURES
from .spans import SPAN_KEY

# Words of a thing counted that say how it is known or told, not what is counted (``basis._STATUS_WORDS`` without
# "infected" and "spread", which name an outcome here).
_STATUS = {"confirmed", "reported", "known", "official", "officially", "recorded", "registered", "laboratory", "lab",
           "documented", "verified"}

# A noun that counts the thing named after it: "the number of infections"; livestock counted by the head ("300,000
# heads of pig"), not "heads of state".
_CLASSIFIER = {"number", "numbers"}
_LIVESTOCK = {"pig", "pigs", "cattle", "sheep", "goat", "goats", "poultry", "livestock", "cow", "cows", "swine"}

# The marks of what a figure is of the thing (``basis._basis_key``): never folded.
_MARKS = ("part: ", "more ", "possibly ")

# Extra words that make a part of the thing, or a degree of it, not another telling: "seriously injured" is a part of
# "injured", "foreign vessels" of "vessels".
_PART_WORDS = {"seriously", "critically", "severely", "badly", "slightly", "gravely", "more", "other", "others",
               "further", "additional", "new", "foreign", "local", "domestic", "international", "female", "male", "young",
               "old", "adult", "adults", "child", "children", "first", "second", "third", "last", "remaining", "total",
               "suspected", "possible", "probable", "likely", "dead", "killed", "injured", "missing", "wounded",
               "alleged", "former", "current", "senior", "junior", "minimum", "maximum", "average", "annual", "daily",
               "weekly", "monthly", "quarterly", "yearly", "net", "gross", "per"}

# Extra words that join another figure or narrow by a place or a time ("four or five seats", "people killed in the
# United States"): another figure or a part, not a fuller telling.
_VAGUE = GENERIC_SUBJECTS | PEOPLE | {"number", "numbers", "total"}

_LINK_WORDS = {"or", "and", "about", "nearly", "some", "than", "in", "at", "on", "from", "for", "to", "by", "with",
               "near", "over", "under", "since", "during", "after", "before", "between", "across", "outside", "inside"}

STEM = 5  # an extra word is told in a sentence when a word there begins with its first letters ("damaged", "damage")


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _split_marks(key: str) -> tuple[str, str]:
    marks = ""
    changed = True
    while changed:
        changed = False
        for mark in _MARKS:
            if key.startswith(mark):
                marks, key, changed = marks + mark, key[len(mark):], True
    return marks, key


def conflict_key(key: str) -> str:
    """The thing a conflict compares, read past the words that say how it is known: "confirmed cases", "cases
    reported" and "cases" -> "case"; "heads pig" -> "pig"; "the number of infections" and "number infected" -> "case"
    (an infection counted is a case of the disease). A span of time and the marks of a part, an increment or a
    possibility are kept as they are."""
    if _own_measure(key):
        return key
    marks, key = _split_marks(key)
    words = key.split()
    kept = [w for w in words if w not in _STATUS] or words
    if len(kept) > 1 and (kept[0] in _CLASSIFIER or (kept[0] in ("head", "heads") and kept[1] in _LIVESTOCK)):
        kept = kept[1:]
    if kept in (["infections"], ["infection"], ["infected"]):
        kept = ["case"]  # not "people infected": a toll's people may be told as infected in a sentence of deaths
    return marks + " ".join(_singular(w) for w in kept)


def _own_measure(key: str) -> bool:
    """A key that says its measure itself (a magnitude, a distance from a place, a span of time): kept as it is
    ("aftershock magnitude" is not the quake's "magnitude")."""
    return key == SPAN_KEY or key.endswith(SPAN_KEY) or any(m in key for m in EVENT_MEASURES) or key == "crowd"


def _fuller(bare: str, key: str) -> list[str] | None:
    """The extra words of ``key`` when the bare key is its head ("damaged shop" / "shop"), else None. Never extra
    words of a part, a degree, a link to another figure or a place, a number; never words after the thing ("homers of
    the season" are a part of "homers", "climbers rescued" of "climbers")."""
    if key == bare or _split_marks(key)[0] or _split_marks(bare)[0] or _own_measure(key) or _own_measure(bare):
        return None
    if bare in _VAGUE:
        return None  # "people" names no thing to narrow: "people confirmed" is not "people infected"
    words, head = key.split(), bare.split()
    if words[-len(head):] != head or len(words) <= len(head):
        return None
    extra = words[:-len(head)]
    if any(w in _PART_WORDS or w in _LINK_WORDS or w in _NUMBER_WORDS or w.endswith("ly") or not w.isalpha() or len(w) < 2
           for w in extra):
        return None
    return extra


# Nouns that count a stuff named after "of" ("300 rounds of ammunition", "40 sacks of rice"): told alone in a story that
# tells them of one stuff only ("923 rounds"), they count that stuff.
_COUNTERS = {"round", "sack", "bag", "crate", "carton", "packet", "bottle", "bale", "truckload", "canister", "bundle"}


def _counter_of(bare: str, key: str) -> bool:
    """Is the bare key a counter noun and the key that counter of a stuff ("round" / "round ammunition")."""
    return bare in _COUNTERS and key.startswith(bare + " ") and not _split_marks(key)[0]


def _told_of(c: Claim, counter: str) -> bool:
    """Is the figure told as the counter "of" a stuff: "about 300 rounds of ammunition", not "an eight-round win"."""
    at = c.sentence.find(c.text)
    after = c.sentence[at + len(c.text):at + len(c.text) + 40].lower() if at >= 0 else ""
    return bool(re.match(r"\s+(?:[a-z-]+\s+)?" + counter + r"s?\s+of\s+", after))


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "dozen", "hundred", "thousand", "million", "billion", "half", "quarter", "single", "double", "triple"}


def meet_groups(groups: dict[tuple[str, str | None, str], list[Claim]]
                ) -> tuple[dict[tuple[str, str | None, str], list[Claim]], dict[int, str]]:
    """The story's groups of figures by basis key, joined where their keys name one thing (``conflict_key``, then a
    bare key into the one fuller key that holds it). Each joined group is keyed by the longest of its keys as told
    (the fuller one names the thing best); the second value maps each figure (by ``id``) to its conflict key."""
    groups = _parts_told_whole(groups)
    folded: dict[tuple[str, str | None, str], list[tuple[str, list[Claim]]]] = {}
    for (kind, unit, key), group in groups.items():
        folded.setdefault((kind, unit, conflict_key(key)), []).append((key, group))
    into: dict[tuple[str, str | None, str], tuple[str, str | None, str]] = {}
    for kind, unit, key in folded:
        fuller = [k for (kd, u, k) in folded if kd == kind and u == unit and _fuller(key, k) is not None]
        if not fuller:
            fuller = [k for (kd, u, k) in folded if kd == kind and u == unit and _counter_of(key, k)
                      and all(_told_of(c, key) for _, group in folded[(kd, u, k)] for c in group)]
        if len(fuller) == 1:  # two fuller keys ("public comment", "written comment"): which is meant is not known
            into[(kind, unit, key)] = (kind, unit, fuller[0])
    met: dict[tuple[str, str | None, str], list[tuple[str, list[Claim]]]] = {}
    for basis, parts in folded.items():
        target = basis
        seen = set()
        while target in into and target not in seen:
            seen.add(target)
            target = into[target]
        met.setdefault(target, []).extend(parts)
    out: dict[tuple[str, str | None, str], list[Claim]] = {}
    key_of: dict[int, str] = {}
    for (kind, unit, _), parts in met.items():
        told = max((key for key, _ in parts), key=lambda k: (len(k.split()), k))
        members = out.setdefault((kind, unit, told), [])
        for key, group in parts:
            members.extend(group)
            for c in group:
                key_of[id(c)] = conflict_key(key)
    return out, key_of


_WORD = re.compile(r"[a-z][a-z'-]+")

# A partitive figure whose clause goes on to say what befell the part: "at least seven of the marchers were arrested".
# Of a group told before ("the", "them"), not of a holder's own people: "140 of its members were arrested" is the
# party's part of all those arrested.
_PART_BEFELL = re.compile(r"^\s+of\s+(?:the|them|these|those)\b(?:\s+[\w'-]+){0,3}?\s+"
                          r"(?:were|was|are|is|have been|has been|had been|got)\s+(?:\w+ly\s+)?(?:being\s+)?"
                          r"(?P<verb>[a-z]+ed)\b")


def told_whole(c: Claim, key: str) -> bool:
    """Is a figure keyed as a part ("part: people arrested") the whole count of what its key says befell: "at least
    seven of the marchers were arrested" is a part of the marchers but all of those arrested, the value to set
    against "police arrested eight people". Only when the key ends with that very outcome ("arrested"): "two of the
    injured were children" stays a part."""
    if not key.startswith("part: ") or _split_marks(key[len("part: "):])[0]:
        return False
    outcome = key.split()[-1]
    at = c.sentence.find(c.text)
    m = _PART_BEFELL.match(c.sentence[at + len(c.text):at + len(c.text) + 80]) if at >= 0 else None
    return bool(m and outcome.endswith("ed") and m.group("verb") == outcome)


def _parts_told_whole(groups: dict[tuple[str, str | None, str], list[Claim]]
                      ) -> dict[tuple[str, str | None, str], list[Claim]]:
    """The groups with each part told as the whole of what befell it (``told_whole``) moved to its key unmarked."""
    if not any(key.startswith("part: ") for _, _, key in groups):
        return groups
    out: dict[tuple[str, str | None, str], list[Claim]] = {}
    for (kind, unit, key), group in groups.items():
        for c in group:
            whole = told_whole(c, key)
            out.setdefault((kind, unit, key[len("part: "):] if whole else key), []).append(c)
    return out


def keys_meet(a: Claim, b: Claim, key_of: dict[int, str]) -> bool:
    """May two figures of one joined group be compared: the same conflict key, or the bare one's clause tells the
    fuller key's extra words ("565 shops suffering serious damage" for "damaged shops"; not "70 schools closed" for
    "private schools" because "including 30 private schools" follows in another clause)."""
    ka, kb = key_of.get(id(a)), key_of.get(id(b))
    if ka is None or kb is None or ka == kb:
        return True
    for bare, full, bare_claim in ((ka, kb, a), (kb, ka, b)):
        if _counter_of(bare, full):
            return True  # joined only where the story tells the counter of that one stuff (``meet_groups``)
        extra = _fuller(bare, full)
        if extra is None:
            continue
        told = {w[:STEM] for w in _WORD.findall(_clause(bare_claim).lower())}
        if all(w[:STEM] in told for w in extra):
            return True
    return False
