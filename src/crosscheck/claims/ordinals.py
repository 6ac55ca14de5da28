"""Claims, figures told without a cardinal number (issue 20x, twenty-first session): an ordinal that counts ("on the
eighth day of protests", "his sixth defence of the title", "at the third attempt") and "twice" after a verb ("Page
married twice"). Reports disagree on them as on any figure ("the seventh straight day", "married three times"), and
the quantity finder read neither: an ordinal is no cardinal (spaCy's ORDINAL, and "eighth" is no number word), and
"twice" no number word.

A claim of the stage only, as the tallies are: ``extract_quantities`` (NewsQuant's reader, whose gold counts neither) is
unchanged. "first" is left: "for the first time" tells that a thing is new, not a count others would tell otherwise.
"""

from __future__ import annotations

import re

from ..readable import ordinal_suffix
from ..records import Normalized
from .find import Quantity

ORDINAL_UNIT = "ordinal"

_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                  "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                  "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}

# The nouns an ordinal counts in news: how long a happening has gone on ("the eighth day of protests", "a third night of
# rioting"), how often a thing was tried or held ("his sixth defence", "a second attempt", "a third term"). Singular as
# written; "defense" is read as "defence". Left out after the dev run: "round" (a fight's story tells of many rounds,
# each agreed as "which round"), "time" ("the third time" of many different happenings) and "marriage".
_COUNTED = {"day": "day", "night": "night", "week": "week", "month": "month", "year": "year",
            "attempt": "attempt", "try": "attempt", "bid": "attempt", "defence": "defence", "defense": "defence",
            "term": "term", "title": "title", "season": "season"}
# What may stand between the ordinal and its noun: "the seventh straight day", "a third successive night", "his sixth
# title defence" (then the noun is the last word).
_BETWEEN = r"(?:(?:straight|consecutive|successive|running|failed|unsuccessful|successful|full|title)\s+)?"

_ORDINAL = re.compile(
    r"(?<![\w-])(?P<det>the|a|an|its|his|her|their|our|[A-Z][\w.'’-]*['’]s?)\s+"
    r"(?P<ord>" + "|".join(_ORDINAL_WORDS) + r"|(?<![\d.,])(?:[2-9]|[1-9]\d{1,2})(?:st|nd|rd|th))\s+" + _BETWEEN +
    r"(?P<noun>" + "|".join(_COUNTED) + r")\b(?![-'’])", re.I)
# Not a count: "the second day" of a calendar ("on the second Tuesday"), nor a share ("a third of the votes") — the
# pattern asks for a counted noun right after, so neither is read; a noun in a name ("the Third Day Church") is capitalised.


# A title kept "for the Nth time" is its Nth defence ("retained the belt for the fifth time" and "his sixth defence of the
# belt" disagree; issue 20x, twenty-second session, read on a dev miss). Only a verb of keeping a title with a title's
# noun before the phrase, in one clause: "for the third time" of anything else tells of many different happenings
# (21x's reading of "time", left out of ``_COUNTED``).
_TITLE_KEPT = re.compile(
    r"\b(?:retain|defend|keep|kept)(?:s|ed|ing)?\b[^.;:!?()]{0,80}?\b(?:title|belt|crown|championship)s?\b[^.;:!?,()]{0,40}?"
    r"\bfor\s+(?:the|a)\s+(?P<ord>" + "|".join(_ORDINAL_WORDS) + r"|(?<![\d.,])(?:[2-9]|[1-9]\d{1,2})(?:st|nd|rd|th))\s+"
    r"(?:straight\s+|consecutive\s+|successive\s+)?(?P<noun>time)\b", re.I)


def _ordinal_value(word: str) -> float | None:
    low = word.lower()
    if low in _ORDINAL_WORDS:
        return float(_ORDINAL_WORDS[low])
    digits = re.match(r"\d+", low)
    if digits is None:
        return None
    n = int(digits.group(0))
    suffix = low[digits.end():]
    return float(n) if suffix == ordinal_suffix(n) else None  # "2th" is a code, not an ordinal


def ordinal_quantities(text: str) -> list[Quantity]:
    """The ordinals that count in ``text``: value the ordinal's number, unit ``ordinal``, subject "which <noun>"."""
    found = []
    for m in _ORDINAL.finditer(text):
        if not m.group("noun").islower():
            continue  # "the Third Day Church": a name
        value = _ordinal_value(m.group("ord"))
        if value is None:
            continue
        noun = _COUNTED[m.group("noun").lower()]
        found.append(Quantity(m.start("ord"), m.end("noun"), text[m.start("ord"):m.end("noun")], value, None,
                              ORDINAL_UNIT, "exact", Normalized(value, None, ORDINAL_UNIT), subject=f"which {noun}"))
    for m in _TITLE_KEPT.finditer(text):
        value = _ordinal_value(m.group("ord"))
        if value is None:
            continue
        found.append(Quantity(m.start("ord"), m.end("noun"), text[m.start("ord"):m.end("noun")], value, None,
                              ORDINAL_UNIT, "exact", Normalized(value, None, ORDINAL_UNIT), subject="which defence"))
    return found


# After "twice", a multiplier or a rate, not how often: "twice as many", "twice the size", "twice a day", "twice
# weekly", "twice more than".
_NOT_HOW_OFTEN_AFTER = re.compile(r"\s*(?:as|the|a|an|that|this|those|these|his|her|its|their|per|each|every|daily|weekly|"
                                  r"monthly|yearly|annually|nightly|more|over|than|what|in\s+(?:a|one)\s+(?:day|week|"
                                  r"month|year|row))\b", re.I)


# Words of a scale's level: "twice" or "from 2 to 4" after one tells how a level moved (also read by ``claims._rises``).
LEVEL_WORDS = "level|phase|category|alert|stage"
_LEVEL_BEFORE = re.compile(r"\b(?:" + LEVEL_WORDS + r")s?\b[^.;]*$", re.I)


def twice_quantities(text: str, doc) -> list[Quantity]:
    """"married twice", "was twice convicted", "has hosted the show twice": 2, subject "times <verb>" as the stage writes
    "married three times" (``counted``)."""
    if doc is None or "twice" not in text.lower():
        return []
    found = []
    for token in doc:
        if token.lower_ != "twice" or _NOT_HOW_OFTEN_AFTER.match(text, token.idx + len(token.text)):
            continue
        head = token.head
        if head is token or head.pos_ != "VERB" or token.dep_ != "advmod" or head.lemma_.lower() == "think":
            continue  # "will think twice": an idiom
        if _LEVEL_BEFORE.search(text[max(0, token.idx - 40):token.idx]):
            continue  # "moved its warning level twice, from 2 to 4": how often a level moved, read as the level itself
        start, end = token.idx, token.idx + len(token.text)
        found.append(Quantity(start, end, token.text, 2.0, None, None, "exact", Normalized(2.0, None, None),
                              subject=f"times {head.lower_}"))
    return found


def with_ordinals(text: str, doc, found: list[Quantity]) -> list[Quantity]:
    """The quantities of a report with its counting ordinals and its "twice" (none overlapping a figure found)."""
    more = [q for q in ordinal_quantities(text) + twice_quantities(text, doc)
            if not any(f.start < q.end and q.start < f.end for f in found)]
    return sorted(found + more, key=lambda q: q.start) if more else found
