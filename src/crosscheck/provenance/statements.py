"""Statements given or issued, and the people who work with a named source (issue 19, fifteenth session): "released a
statement to KXYZ saying", "gave a telephone interview to state television in which she said", "J Street issues
statement ..., calling for", "made public statements saying"; "said Anna Smith and her team"; "X presented what it
said was ..." (``what_it_said``, issue 22q). Helpers of ``reading`` over a sentence's tokens (``low``: their lowercase
words)."""

from __future__ import annotations

import re

from .cues import DAYS, SAYING, SOURCE_NOUNS, _BETWEEN
from .kinds import may_be_source



# verbs by which a statement or an interview is given to an outlet ("released a statement to KXYZ")
_GIVING = frozenset("released issued gave granted sent provided emailed e-mailed gives releases issues grants".split())


def given_to(low: list[str], k: int) -> int | None:
    """The token of the verb that gave the statement or interview at token ``k`` to someone ("released a statement to",
    "gave a telephone interview to"), else None."""
    for n in range(k - 2, max(-1, k - 5), -1):
        if low[n] in _GIVING:
            return n if low[n + 1] in ("a", "an", "the", "its", "his", "her", "their") else None
    return None


def subject_of(tokens, low: list[str], v: int, phrase_before) -> tuple[int, int] | None:
    """The subject of the verb at token ``v``, past a relative clause between commas ("The canal board, which runs the
    locks, released"); ``phrase_before``: the reader's subject read leftwards from a token."""
    if tokens[v - 1][0] == ",":
        rel = next((n for n in range(v - 2, max(0, v - 16), -1) if low[n] in ("which", "who") and tokens[n - 1][0] == ","),
                   None)
        if rel is not None and rel >= 2:
            return phrase_before(tokens, rel - 1)
    return phrase_before(tokens, v)


def issued(low: list[str], k: int) -> int | None:
    """The token of the verb that issued the statement at token ``k`` ("issued a statement", "made public statements"),
    else None."""
    for n in range(k - 1, max(-1, k - 4), -1):
        if low[n] in _GIVING or low[n] in ("made", "makes", "issue", "issues", "release", "releases"):
            return n
        if low[n] not in ("a", "an", "the", "its", "his", "her", "their", "public", "written", "joint", "brief", "new"):
            return None
    return None


_TEAM = frozenset("colleagues co-authors coauthors co-workers coworkers team".split())


def with_team(tokens, low: list[str], r: tuple[int, int] | None) -> tuple[int, int] | None:
    """"..., said Anna Smith and her team at the university": the name read after the verb goes on with the people
    who work with that person ("and colleagues", "and his team"), one source with the name (``mentions.resolve``)."""
    if r is None or r[1] + 1 >= len(low) or low[r[1]] != "and" or not tokens[r[0]][0][:1].isupper():
        return r
    n = r[1] + 1 + (low[r[1] + 1] in ("his", "her", "their"))
    return (r[0], n + 1) if n < len(low) and low[n] in _TEAM else r


# a listener written as a brand ("told TODAY", "told ET that", "confirmed to eWEEK that"): one word in capitals, or a
# lowercase letter and capitals; with no article, a name in that shape that someone "told" is a masthead or a network
_BRAND = re.compile(r"[A-Z]{2,6}\d{0,2}(?:-TV)?|[a-z]{1,2}[A-Z]{3,}")


def brand_listener(tokens, r: tuple[int, int] | None) -> bool:
    """Is the phrase told something (``r``, read after "told" or "to") one word written as a brand, the phrase's end
    (or a day after it: "told TAP Monday")? Not "told LA Superior Court Judge ..." (a longer name), not "told the UN"
    (a body takes its article)."""
    if r is None or not _BRAND.fullmatch(tokens[r[0]][0]):
        return False
    return r[1] == r[0] + 1 or tokens[r[0] + 1][0].lower() in DAYS


def given_by(tokens, low: list[str], k: int, phrase_before) -> tuple[int | None, tuple[int, int, int] | None]:
    """For a statement or interview at token ``k`` given to someone: the token of the verb whose words it relays (the
    verb that gave it; "an interview to X in which she said": what she said there) and who gave it (token range and
    the giving verb's token), each None when not found."""
    said = given_to(low, k)
    if said is None:
        return None, None
    subject = subject_of(tokens, low, said, phrase_before) if said > 0 else None
    inside = next((n for n in range(k + 3, min(len(low), k + 20)) if low[n] in SAYING and tokens[n][0].islower()
                   and "which" in low[k + 2:n]), None)
    return (inside if inside is not None else said), ((*subject, said) if subject is not None else None)


def what_it_said(tokens, low: list[str], what: int, text: str, start: int, phrase_before) -> tuple[int, int] | None:
    """Who "it"/"they" is in "<subject> <verb> ... what it said was ...": a relative clause's antecedent ("Karesia and
    Umbria, who object to what they call"), else the sentence's subject before its first verb ("Israel presented
    on Monday what it said"), when that subject opens the sentence and may be a source; None when neither is read."""
    rel = next((n for n in range(what - 1, 0, -1) if low[n] in ("who", "which") or tokens[n][0] in ".;:\"“”"), None)
    if rel is not None and low[rel] in ("who", "which") and rel >= 2 and tokens[rel - 1][0] == ",":
        r = phrase_before(tokens, rel - 1)
        if r is not None:  # "hard for Karesia and Umbria": the names it ends on
            i = r[1]
            while i > r[0] and (tokens[i - 1][0][:1].isupper() or low[i - 1] == "and" and i < r[1]):
                i -= 1
            i += i < r[1] and low[i] == "and"
            r = (i, r[1]) if i < r[1] else r
        if r is not None and may_be_source(text[tokens[r[0]][1] - start:tokens[r[1] - 1][2] - start]):
            return r
    verb = next((n for n in range(1, what) if tokens[n][0].islower() and re.fullmatch(r"[a-z]{3,}(?:ed|s)", low[n])
                 and low[n] not in _BETWEEN and low[n] not in SOURCE_NOUNS), None)
    r = phrase_before(tokens, verb) if verb is not None else None
    first = next((n for n in range(len(tokens)) if tokens[n][0] not in ",\"“”("), 0)
    if r is not None and r[0] == first and may_be_source(text[tokens[r[0]][1] - start:tokens[r[1] - 1][2] - start]):
        return r
    return None
