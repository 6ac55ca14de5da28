"""The chain of an attribution that names no one ("Jeffs has reportedly suffered ...", "It was reported that ...", "X is
said to have ..."; quotes.agentless) when its sentence gives no source of its own: unnamed reports for the "report"
forms, no one (unattributed) for the others. Issue 19, twelfth session. And the age of whoever speaks, which names
no source either (``speakers_age``, fifteenth session)."""

from __future__ import annotations

import re

from ..records import UNNAMED_REPORTS, Chain, Link, Quote
from .cues import UNATTRIBUTED
from .kinds import is_police

# a name and its age between commas: "Hooper, 68, said", "Linda, now 68, told"
_AGE_APPOSED = re.compile(r"\b[A-Z][\w'’.-]+,\s+(?:now\s+|aged\s+)?$")
# a speaker named after the verb that closes a statement, then the age: '...," said Donna Lee, ', "..., says Al Ruiz, now "
_SPEAKER_AGED = re.compile(r"[,\"”'’]\s*(?:said|says|told|added|explained)\s+(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+,\s+"
                           r"(?:now\s+|aged\s+)?$")
# an age written as a description: "27-year-old", "12-week-old", "20 year old"
_DEFINITE_AGE = re.compile(r"\d{1,3}(?:\s|-)(?:year|month|week|day)s?(?:\s|-)olds?\b")


def unnamed_chain(document: str, links: list[Link], attribution: Quote, start: int | None, end: int | None) -> Chain:
    """``links``: the relays the report itself gives (its dateline agency); the item's chain ends in unnamed reports
    ("reportedly") or unattributed ("is said to")."""
    if attribution.speaker_text != UNNAMED_REPORTS:
        return Chain(document, links, UNATTRIBUTED, None, start, end)
    return Chain(document, links + [Link("reportedly", "reportedly", "primary")], "text:unnamed reports",
                 "unnamed reports", start, end)


def speakers_age(text: str, start: int, end: int) -> bool:
    """Is the claim at [start, end) the age of whoever speaks, set after the name ('"...," said Donna Lee, 39, a
    waitress', "says Al Ruiz, 32.", '"...," Eva Ruiz, a 22-year-old resident of the village, said')? The writer's
    description of the source, not what the source says. (Not the age of a person a source speaks of: "police
    identified her as Ann Lee, 47" is the police's.)"""
    claim = text[start:end]
    if re.fullmatch(r"\d{1,3}", claim) and 0 < int(claim) < 111 and re.match(r"\s*[,.;)]", text[end:end + 3]):
        return _SPEAKER_AGED.search(text, max(0, start - 80), start) is not None
    return _DEFINITE_AGE.fullmatch(claim) is not None and re.search(
        r"\b[A-Z][\w'’.-]+,\s+an?\s+$", text[max(0, start - 60):start]) is not None and re.match(
        r"[^,.;\"“”]{0,100},\s*(?:said|says|told|added)\b", text[end:end + 120]) is not None


def writers_age(text: str, start: int, end: int, found: list[tuple[int, int, str, int, bool]]) -> bool:
    """Is the claim at [start, end) a person's age the writer sets after the name, not what the sentence's source
    says? "Weiner, 51, who's married to ..., allegedly sent ..., the Post reported" and "Ann Lee, 18, who was shot
    ..., is recovering, her brother told the station": the source's cue (``found``: the attributions covering the
    claim, ``reading``'s tuples) comes after the age, in a sentence the person opens or is the writer's object of ("Obama nominated Ann Lee, 52, as ..., Obama said");
    "when Goddard, now 59, first contacted him": "now" is the writer's day, whoever speaks. (Not "police said Ann
    Lee, 47, and ...", "police identified her as Ann Lee, 47": a cue before the age keeps the source's; and so does the
    police's account after it, "Ann Lee, 43, was charged ..., police said": police give the ages of whom they hold.)"""
    claim = text[start:end]
    if not (re.fullmatch(r"\d{1,3}", claim) and 0 < int(claim) < 111 and re.match(r"\s*[,;)]", text[end:end + 3])):
        return False
    apposed = _AGE_APPOSED.search(text, max(0, start - 60), start)
    if apposed is None:
        return False
    if re.search(r",\s+now\s+$", text[max(0, start - 12):start]):
        return True
    return bool(found) and all(f[3] > end for f in found) and not any(is_police(text[f[0]:f[1]]) for f in found)
