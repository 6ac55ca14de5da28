"""Reconcile, what a figure is told of where its subject does not say: a level on a scale ("raised its alert to phase
five"), a crowd ("20,000 people marched"), the noun a share, money or volume is told of ("turnout reached 93.87
percent") (issue 20, eleventh session)."""

from __future__ import annotations

import re

from ..records import Claim
from .words import _STOP, _clause_to, _key_verb


LEVEL = "level"


# The words that name a level on a scale, and the scale each is keyed by: an alert's phase or level is one scale
# (the WHO's "phase 6" is its "level 6"), a storm's category another.
_LEVEL_WORDS = {"phase": "alert level", "level": "alert level", "alert": "alert level", "category": "category"}
# The same words right before the figure ("phase five", "Category 3", "level 5"), or the figure told as the level an
# alert or phase was raised, lowered or set to ("raised its alert to five", "the alert level to 5").
_LEVEL_BEFORE = re.compile(r"\b(phase|level|category|cat\.)\s*-?\s*$", re.I)
# "from phase four to phase five": the level left, told beside the new one; neither an agreement nor a value of its day.
_LEVEL_LEFT = re.compile(r"^\s*(?:\w+\s+)?to\s+(?:phase|level|category)?\s*[\w.-]+", re.I)
MAX_LEVEL = 10  # scales of levels are short (the WHO's six phases, five hurricane categories)
_LEVEL_AHEAD = re.compile(r"\b(?:will|would|could|may|might|expect\w*|forecast\w*|predict\w*|possibl[ey]|likely|if)\b",
                          re.I)
_LEVELS_COUNTED = {"phases", "levels", "categories", "alerts", "stages", "points", "steps"}
# The words that set an alert at a level, in the figure's clause before it.
_LEVEL_SET = re.compile(r"\b(?:rais\w*|lower\w*|mov\w*|upgrad\w*|downgrad\w*|declar\w*|increas\w*|elevat\w*|"
                        r"went|go(?:es|ing)?|hike\w*|bump\w*|current(?:ly)?|now|stands?|stood|remain\w*|ke[pe]p?t?|"
                        r"is|was|at)\b", re.I)


def level_scale(claim: Claim, at: int) -> str | None:
    """The scale a figure is a level on ("alert level", "category"); "" for a level that is no value to compare (the
    level left in "from phase four to phase five", a level of some other scale); None for no level."""
    if claim.normalized.unit is not None or claim.value is None or at < 0:
        return None
    if claim.bound == "range" and re.search(r"\b(?:phase|level|alert|category)\b[^.;]{0,30}\bfrom\s+$",
                                            claim.sentence[max(0, at - 50):at], re.I):
        return ""  # "raised its fire danger level from 2 to 3", "its warning level late on Friday from two to three"
    if claim.value != int(claim.value) or not 0 < claim.value <= MAX_LEVEL or claim.bound != "exact":
        return None
    words = re.findall(r"[a-z]+", (claim.subject or "").lower())
    if words and words[0] in _LEVELS_COUNTED:
        return None  # "a series of six phases of pandemic alert": a count of the scale's levels
    m = _LEVEL_BEFORE.search(claim.sentence[max(0, at - 12):at])
    word = m.group(1).lower().rstrip(".") if m else None
    if word is None:
        # the subject's head, singular: "alert" (raised to five), "pandemic alert level", "virus alert"
        head = next((w for w in reversed(words) if not _key_verb(w)), None) if words else None
        word = head if head in _LEVEL_WORDS else None
        if word is None:
            return None
    scale = _LEVEL_WORDS.get("category" if word == "cat" else word, "")
    if scale == "alert level" and not _LEVEL_SET.search(_clause_to(claim.sentence, at)[-80:]):
        # An alert's level is the one it is set at: "raised its alert to phase five", "the current phase of alert is
        # 3", not a scale's definitions ("PHASE 5: The same virus causes ...", "A full-blown pandemic, level 6,
        # denotes ...") a report lists beside it.
        return ""
    if _LEVEL_AHEAD.search(claim.sentence[:at]) or re.match(r"\W*an?\s+(?:category|level|phase)\b", claim.sentence, re.I):
        # A level foreseen ("latest models suggest it will weaken to Category 1", "could be perhaps as strong as a
        # Category 3") or defined ("A level 4 alert means gusts of at least 70 km/h") is none told (Multi-News Irene).
        return ""
    before = claim.sentence[max(0, at - 30):at]
    if re.search(r"\bfrom\s+(?:(?:phase|level|category)\s*)?$", before, re.I) and \
            _LEVEL_LEFT.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 30]):
        return ""
    return scale


# People who march, rally or join a protest are its crowd (issue 20, eleventh session: "20,000 people marched through
# the city center", "as many as 20,000 people took to the streets", "more than 100 people joined together for a
# candlelit vigil" were "people", a subject too vague to compare, while "the crowd at 70" was keyed): only where the
# sentence names a gathering, so that "people joined the lawsuit" is no crowd.
_CROWD_VERBS = {"marched", "marching", "marches", "march", "rallied", "rallying", "gathered", "gathering", "protested",
                "protesting", "demonstrated", "demonstrating", "joined", "joining", "taken", "took", "attended",
                "turned", "thronged", "packed", "filled"}
_GATHERING = re.compile(r"\b(?:march\w*|rall(?:y|ies|ied)|protest\w*|demonstrat\w*|vigil|walkout|strike|streets|square|"
                        r"crowds?)\b", re.I)


def crowd(claim: Claim, words: list[str], kind: str | None) -> bool:
    """Are the people a figure counts (its subject's words, ``words``) a crowd? ``kind``: its measure (``basis.measure``)."""
    return (len(words) == 2 and words[0] == "people" and words[1] in _CROWD_VERBS and kind == "count"
            and _GATHERING.search(claim.sentence) is not None)


# What a share, an amount of money or a volume told with no thing counted is of, from the noun its clause tells it
# of: "turnout reached 71.42 percent", "turnout was nearly 65%", "its underlying operating profit for the quarter was $2.64
# bn" (issue 20, eleventh session: such figures had no key and were never compared).
_TOLD_OF = re.compile(r"(?:^|[,;:]\s*|\b(?:said|says|that)\s+)(?P<np>(?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w-]*)"
                      r"(?:\s+(?:for|in|of|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?\s+"
                      r"(?:(?:was|is|were|are|had been|has been)(?:\s+(?:officially|now|still|just|only))?|reached|"
                      r"stood at|stands at|totall?ed|came to|rose to|fell to|dropped to|climbed to|jumped to)\s+$")
_NOT_TOLD_OF = {"it", "this", "that", "which", "what", "there", "they", "he", "she", "total", "figure", "number",
                "amount", "sum", "one", "each", "all", "who", "these", "those", "estimate", "estimates"}
# A head too vague alone, told with the word before it: "the unemployment rate", "the replacement cost".
_VAGUE_HEADS = {"rate", "share", "price", "cost", "value", "level", "bill", "fee", "figure"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "official", "final", "overall"}


def told_of(claim: Claim, kind: str | None) -> str | None:
    """The noun a share, money or volume figure with no thing counted is told of, read from its clause; None if none.
    ``kind``: its measure (``basis.measure``)."""
    if kind not in ("percentage", "money") and claim.normalized.unit != "liter":
        return None
    at = claim.sentence.find(claim.text)
    if at <= 0:
        return None
    m = _TOLD_OF.search(claim.sentence[max(0, at - 90):at])
    if m is None:
        return None
    words = [w.lower() for w in m["np"].split()]
    if not words[-1].isalpha() or words[-1] in _NOT_TOLD_OF or _key_verb(words[-1]) or words[-1] in _STOP:
        return None
    if any(w[0].isupper() for w in m["np"].split()[1:]):
        return None  # a name ("Exxon Mobil was"): whose, not what
    head = words[-1]
    if head in _VAGUE_HEADS:
        before = [w for w in words[:-1] if w not in _DETERMINERS and w.isalpha()]
        if not before:
            return None
        head = f"{before[-1]} {head}"
    return head
