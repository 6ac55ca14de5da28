"""Reading the attributions one sentence gives: its tokens, the source phrase before or after a cue
("according to X", "X said", "..., said X", "X told Reuters"), appositions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import DAYS, _CLAUSE_OPENERS, _COLLEAGUES, _FOLLOWING, _GOING_ON, _OBJECT_WORDS, _RECORDS, INVERTED, RESEARCHERS, OUTLET_NOUNS, SAYING, SOURCE_NOUNS, _ADVERB, _BETWEEN, _NOT_SOURCES, _PASSIVE, _STOP, _WORD
from .kinds import _titled_name, is_outlet, is_told_outlet, may_be_source
from .journals import add_publications
from .statements import brand_listener, given_by, given_to, issued, subject_of, what_it_said, with_team
from .venues import listener_outlet, venue_relays


# "familiar with", "close to", "briefed on": the phrase of an anonymous source goes on after them
_ANONYMOUS = frozenset({("familiar", "with"), ("close", "to"), ("briefed", "on"), ("knowledgeable", "about")})
# "according to initial reports by the New York Daily News", "according to a report in The Times": the outlet
_ABBREVIATIONS = frozenset("mr mrs ms dr jr sr st lt gen col capt sgt inc co corp ltd bros no rev gov sen rep".split())
_REPORT_BY = frozenset("report reports reporting account accounts".split()) | frozenset(
    "article articles story stories column editorial interview profile piece".split())
# "a 1997 article in Ebony", "a profile in The New Yorker": what such a piece is "in" is a publication, however unknown
_REMARKS = frozenset("remarks comments interview interviews statement statements".split())
# what a record "found" is what it says: "The June survey found Okafor ahead by four points", "a new poll from
# the Herald/Westbrook College found 52% ...", "the study found" (a person who "found" something says nothing by it)
_FOUND = frozenset("found finds find".split())
_INFERRED = frozenset("suggest suggests suggested".split())
_REFLEXIVES = frozenset("himself herself themselves itself".split())
_ACCOUNTS = frozenset("account accounts report reports statements testimony testimonies".split())
_PUBLISHED_IN = frozenset("article articles story stories column editorial profile piece".split())
# a capitalised acronym that spells a small word ("the WHO said", "according to the WHO"): a name
_PLACED = frozenset("toll number figure count total tally estimate".split())
_ACRONYM = re.compile(r"[A-Z]{3,}")
# words of a clause that keeps a source unnamed: "who asked not to be named", "who spoke on condition of anonymity"
_UNNAMED = frozenset("named identified anonymity authorized authorised".split())
# the time a statement was made, between its verb and the outlet it was made on or to ("said Sunday on CBS", "told
# Candy Crowley on Sunday on CNN's ...", "he said Monday, according to CNN")
_WHEN = DAYS | frozenset("today yesterday tonight on late early earlier last this morning afternoon evening night".split())
@dataclass
class _Reading:
    """The attributions one sentence gives: (source start, source end, cue, cue offset, is outlet)."""

    found: list[tuple[int, int, str, int, bool]] = field(default_factory=list)
    relays: list[tuple[int, int, str, int]] = field(default_factory=list)  # "told Reuters": (start, end, cue, cue offset)
    # ", adding that ...": the cue offset of "adding" -> the cue of the attribution whose subject it goes on with
    echo: dict[int, int] = field(default_factory=dict)


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(text):
        word, end = m.group(), m.end()
        if word.endswith(".") and len(word) > 2 and "." not in word[:-1] and (
                len(word) > 5 or word[:1].islower() or any(c.isdigit() for c in word)):
            word, end = word[:-1], end - 1  # "the port authority." and "ABC7." end a sentence; "Lt." and "U.S." keep theirs
        out.append(("—" if word.startswith("-") else word, offset + m.start(), offset + end))
    if out and out[-1][0].endswith(".") and len(out[-1][0]) > 2 and "." not in out[-1][0][:-1] \
            and out[-1][0][:-1].lower() not in _ABBREVIATIONS:
        word, a, b = out[-1]
        out[-1] = (word[:-1], a, b - 1)  # "according to the Post." ends the sentence: "the Post"
    return out


def _phrase_after(tokens, i: int) -> tuple[int, int] | None:
    """Token range [i, j) of a source phrase read rightwards from token i."""
    j = i
    while j < len(tokens) and j - i < 9:
        word = tokens[j][0]
        low = word.lower()
        if word == "(" and j > i and tokens[j - 1][0][:1].isupper() and j + 3 < len(tokens) \
                and tokens[j + 1][0][:1].isupper() and tokens[j + 2][0] == ")" and tokens[j + 3][0][:1].isupper():
            j += 3  # "told the San Angelo (Texas) Standard-Times": a place in brackets inside a name
            continue
        if word in ",.;:!?()\"“”—–":
            break
        if j > i and low in ("the", "a", "an") and tokens[j - 1][0][:1].isupper():
            break  # "told The Wall Street Journal the company was ...": the name ends before the next article
        if j > i + 1 and (low_prev := tokens[j - 1][0].lower(), low) in _ANONYMOUS \
                and tokens[j - 2][0].lower() in SOURCE_NOUNS:
            j += 1  # "according to people familiar with the effort": the whole phrase
            continue
        if j > i and word.islower() and re.fullmatch(r"[a-z]{3,}s", low) and tokens[j - 1][0].lower() in SOURCE_NOUNS \
                and tokens[j - 1][0].lower().endswith("s") and low not in SOURCE_NOUNS:
            break  # "according to FLDS detractors depicts a marriage" (its comma lost): the source ends at its noun
        if low in ("report", "reports") and j > i and (tokens[j - 1][0].islower() and tokens[j - 1][0].lower() not in
                                                       _STOP or OUTLET_NOUNS.fullmatch(tokens[j - 1][0])):
            j += 1  # "according to unconfirmed reports", "unconfirmed TV reports": the noun, not the verb
            break
        if j > i and re.fullmatch(r"[a-z]{3,}ed", word) and tokens[j - 1][0].islower() \
                and tokens[j - 1][0].lower() not in _STOP and tokens[j - 1][0].lower() not in ("the", "a", "an") \
                and j + 1 < len(tokens) and (tokens[j + 1][0][:1].isupper() or tokens[j + 1][0].lower() in (
                    "by", "on", "in", "at", "last", "this", "earlier", "late", "with")):
            # (a participle and what was done: not "three unidentified sources", an adjective before its noun)
            break  # "according to charges filed Friday", "documents obtained by": the noun, not what was done to it
        if low in _STOP and j > i and not _ACRONYM.fullmatch(word):
            # "Ministry of Health", "Centers for Disease Control": a small word inside a name.
            nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
            if not (low in ("of", "for", "and") and nxt[:1].isupper() and (tokens[j - 1][0][:1].isupper())):
                if low not in ("of",) or not nxt[:1].isupper():
                    break
        j += 1
    return (i, j) if j > i else None


def _outlet_name(r: tuple[int, int] | None, tokens) -> tuple[int, int] | None:
    """The name an outlet phrase read after "told" starts with ("told NY1 she doubted ..." -> "NY1"): its
    leading run of capitalised words, after an article."""
    if r is None:
        return None
    i, j = r
    k = i + 1 if tokens[i][0].lower() in ("the", "a", "an") else i
    while k < j and (tokens[k][0][:1].isupper() or tokens[k][0][:1].isdigit() or tokens[k][0] in "()" or
                     tokens[k][0].lower() in ("of", "and", "&") and k + 1 < j and tokens[k + 1][0][:1].isupper()):
        if k > i and tokens[k][0].lower() in DAYS:
            break  # "told TAP Monday": the day the outlet was told, no part of its name
        k += 1
    n = k
    while k > (i + 1 if tokens[i][0].lower() in ("the", "a", "an") else i) and n < j and n - k < 2 and \
            tokens[n][0].lower() in ("state", "state-run", "official", "national", "public"):
        n += 1  # "tells Tunisia's state news agency", "told Libyan state television"
    if n + 1 < j and OUTLET_NOUNS.fullmatch(f"{tokens[n][0]} {tokens[n + 1][0]}"):
        k = n + 2  # "told Anatolia news agency"
    elif n < j and OUTLET_NOUNS.fullmatch(tokens[n][0]):
        k = n + 1  # "told Le Parisien newspaper"
        while n - (i + (tokens[i][0].lower() in ("the", "a", "an"))) <= 1 and k < j and k - n <= 3 and \
                tokens[k][0][:1].isupper() and tokens[k][0].lower() not in DAYS:
            k += 1  # "told UK magazine Sunrise": a place or nothing before the noun, the name after it (not a day)
    return (i, k) if k > i and not (k == i + 1 and tokens[i][0].lower() in ("the", "a", "an")) else r


def _phrase_before(tokens, k: int) -> tuple[int, int] | None:
    """Token range [i, k) of a subject read leftwards from the cue at token k."""
    j = k
    while j > 0 and (tokens[j - 1][0].lower() in _BETWEEN or _ADVERB.fullmatch(tokens[j - 1][0])
                     or j > 1 and tokens[j - 1][0].lower() in _REFLEXIVES):
        j -= 1  # "Tony Reagins recently confirmed", "Sanders himself acknowledged"
    opening = next((n for n in range(j - 2, max(-1, j - 9), -1) if tokens[n][0] == "("), None) \
        if j >= 3 and tokens[j - 1][0] == ")" else None
    if opening is not None and opening > 0 and (tokens[opening - 1][0][:1].isupper() or all(
            _ACRONYM.fullmatch(t[0]) or t[0] in ":" for t in tokens[opening + 1:j - 1])) and not any(
            t[0] in ",;\"“”" for t in tokens[opening:j]):
        # "... Works Agency (UNRWA) said", "the Honolulu Star-Advertiser (http://ow.ly/uPJl4 ) reported": the name
        # before its acronym or link in brackets (or a ticker: "The Cupertino-based company (NASDAQ: AAPL) said")
        j = opening
    end = j
    i = j
    joined = None  # "a professor at a Lebanese university": where the person's noun ends
    while i > 0 and end - i < (10 if joined is not None else 8 if not all(
            t[0][:1].isupper() or t[0].lower() in ("of", "the", "and", "for", "from") for t in tokens[i:end]) else 12):
        # (a capitalised run may take one lowercase word before it: "former Louisa County Sheriff's Office Detective
        # Buck Garner said")
        # (a name runs longer: "Christopher Gunness of the UN Relief and Works Agency said")
        word = tokens[i - 1][0]
        low = word.lower()
        if i == end and low in ("reports", "report"):
            i -= 1  # "which reports have indicated", "media reports said": the noun, not the verb
            continue
        if re.search(r".-(?:and|but|or)$", low):
            break  # "intermarriage-and former members say" (a dash that lost its spaces): the subject starts after it
        if re.fullmatch(r"[ap]\.m\.?", low):
            break  # "12:55 A.M. Hamas says" (a live blog's time stamp): the subject starts after the time
        if word in ",.;:!?()\"“”—–" or (low in _STOP and low not in ("of", "for", "and") and not _ACRONYM.fullmatch(word)):
            # (not an acronym that spells a small word: "the WHO said")
            if joined is None and low in ("at", "from", "in", "with", "to") and i >= 2 \
                    and (tokens[i - 2][0].lower() in SOURCE_NOUNS or low in ("from", "at") and tokens[i - 2][0][:1].isupper()
                         and tokens[i][0][:1].isupper() or tokens[i][0].lower() == "the" and i + 1 < end
                         and tokens[i + 1][0][:1].isupper() and low in ("from", "at") and tokens[i - 2][0][:1].isupper()
                         # "the group at the College's Centre for Water Policy and Research in Dundee
                         # reported": a body's name, then the one-word city it is in
                         or low == "in" and i + 1 == end and tokens[i][0][:1].isupper() and tokens[i - 2][0][:1].isupper()
                         and any(tokens[n][0].lower() in ("at", "of") for n in range(max(0, i - 10), i - 1))):
                # "Christopher Gunness from the UN Relief and Works Agency said": a name, where it is from
                joined = i - 1
                i -= 1
                continue
            if joined is None and i >= 3 and (tokens[i - 2][0].lower(), low) in _ANONYMOUS \
                    and tokens[i - 3][0].lower() in SOURCE_NOUNS:
                # "One person familiar with the internal deliberations said", "people close to the president
                # said": the anonymous source's phrase, its subject the noun before "familiar"
                joined = i - 2
                i -= 2
                continue
            break
        i -= 1
    while i < end and tokens[i][0].lower() in ("of", "for", "and"):
        i += 1
    # "Later the ministry said", "On Monday the police said": the subject starts at its article.
    article = next((j for j in range(i + 1, joined if joined is not None and joined > i else end)
                    if tokens[j][0].lower() in ("the", "a", "an")), None)
    if article is not None and not any(tokens[j][0][:1].isupper() for j in range(i + 1, article)) and not (
            article - i >= 2 and tokens[article - 1][0].lower() in ("inside", "outside", "near", "across", "around",
                                                                    "within") and
            tokens[article - 2][0].lower() in SOURCE_NOUNS):
        i = article  # not "aid workers inside the Yida refugee camp said" -> "the Yida refugee camp"
    # "on the same day Gray's autopsy showed": the subject starts at the name that owns it
    owner = next((j for j in range(i + 1, end) if re.search(r"['’]s$", tokens[j][0]) and tokens[j][0][:1].isupper()),
                 None)
    if owner is not None and not any(tokens[j][0][:1].isupper() for j in range(i, owner)):
        i = owner
    if i == end:
        # "John Smith, a spokesman for the ministry, said": the apposition closed by a comma.
        if end > 0 and tokens[end - 1][0] == ",":
            inner = _phrase_before(tokens, end - 1)
            return inner
        return None
    return i, end


def read_sentence(text: str, start: int, outlets: frozenset[str] = frozenset()) -> _Reading:
    """The attributions of a sentence ``text`` that starts at ``start`` in its report."""
    letters = [c for c in text if c.isalpha()]
    # a sentence in capitals ("CASSELBERRY POLICE SAY SARAH MARKHAM REFUSED ...", a TV transcript): its words read in
    # lowercase, where the cues are (no name is told by its capital there anyway)
    tokens = _tokens(text.lower() if len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
                     else text, start)
    low = [t[0].lower() for t in tokens]
    out = _Reading()

    def span(r):
        return tokens[r[0]][1], tokens[r[1] - 1][2]

    def add(r, cue, at, outlet=False):
        if r is None:
            return
        a, b = span(r)
        phrase = text[a - start:b - start]
        out.found.append((a, b, cue, at, outlet or is_outlet(phrase, outlets)))

    for k, word in enumerate(low):
        at = tokens[k][1]
        if word == "according" and k + 1 < len(low) and low[k + 1] == "to":
            r = _phrase_after(tokens, k + 2)
            published = False
            by = next((n for n in range(k + 2, min(len(low) - 1, k + 6)) if low[n] in _REPORT_BY
                       and low[n + 1] in ("by", "in", "from", "of") and n + 2 < len(low)
                       and tokens[n + 2][0][:1].isupper() or low[n] in _REPORT_BY and low[n + 1] in ("by", "in", "from")
                       and n + 3 < len(low) and low[n + 2] == "the" and tokens[n + 3][0][:1].isupper()), None)
            if by is not None and all(tokens[x][0][:1].islower() or tokens[x][0].isdigit() for x in range(k + 2, by)):
                named = _outlet_name(_phrase_after(tokens, by + 2), tokens)
                a, b = span(named) if named is not None else (0, 0)
                if named is not None and (is_outlet(text[a - start:b - start], outlets) or
                                          low[by] in _PUBLISHED_IN and low[by + 1] == "in"):
                    r = named  # "according to initial reports by the New York Daily News": the newspaper
                    published = True
            if not published and r is not None and r[1] + 1 < len(low) and low[r[1] - 1] in _ACCOUNTS \
                    and low[r[1]] in ("from", "by", "of") and all(t[0][:1].islower() for t in tokens[r[0]:r[1]]):
                # "according to initial accounts from activists and witnesses": who gave the accounts
                given = _phrase_after(tokens, r[1] + 1)
                if given is not None and tokens[given[0]][0].islower() and may_be_source(
                        text[span(given)[0] - start:span(given)[1] - start]):
                    r = (given[0], given[1] + 2) if given[1] + 1 < len(low) and low[given[1]] == "and" and \
                        low[given[1] + 1] in SOURCE_NOUNS else given
            if not published and r is not None and r[1] - r[0] >= 2 and low[r[1] - 1] in ("report", "reports"):
                # "According to the Ma'an report, the Housing Ministry estimated ...": the outlet whose report it is
                named = (r[0] + (low[r[0]] == "the"), r[1] - 1)
                a, b = span(named) if named[1] > named[0] else (0, 0)
                if named[1] > named[0] and is_outlet(re.sub(r"['’]s$", "", text[a - start:b - start]), outlets):
                    r, published = named, True
            add(r, "according to", at, published)
            if r is not None and k >= 2 and tokens[k - 1][0] == ",":
                # '"...," he said, according to CNN.', "X said Monday, according to the AP": the outlet the statement
                # is "according to" relays whoever the verb before says speaks (as "X told CNN" does)
                n = k - 2
                while n > 0 and low[n] in _WHEN:
                    n -= 1
                a, b = span(r)
                if low[n] in SAYING and tokens[n][0].islower() and (published or is_outlet(text[a - start:b - start],
                                                                                          outlets)):
                    out.relays.append((a, b, "according to", tokens[n][1]))
        elif word in ("citing", "cited", "quoting") and k + 1 < len(low):
            r = _phrase_after(tokens, k + 1)
            add(r, "citing", at)
            if word == "cited" and "as" in low[k + 1:k + 12] and k > 0 and tokens[k - 1][0] not in ",\"“”":
                # "state media cited an official survey as saying": whoever cites relays the one cited (as
                # "Xinhua quoted the governor as saying")
                add(_phrase_before(tokens, k), "reported", at)
            if word != "cited":
                # "Le Monde reported, citing officials": whoever cites is a relay.
                before = next((j for j in range(k - 1, -1, -1) if low[j] in SAYING), None)
                if before is not None:
                    add(_phrase_before(tokens, before), "reported", tokens[before][1])
        elif word == "quoted" and k > 0 and k + 2 < len(low) and low[k + 1] in ("in", "by") \
                and "as" not in low[k + 1:k + 8]:
            # "Sudanese Army spokesman Khaled Saad, quoted in the official news agency SUNA, said": the agency
            # relays what the speaker says next
            r = _outlet_name(_phrase_after(tokens, k + 2), tokens)
            if r is not None and is_outlet(text[span(r)[0] - start:span(r)[1] - start], outlets):
                nxt = next((n for n in range(r[1], min(len(low), r[1] + 3)) if low[n] in SAYING
                            and tokens[n][0].islower()), None)
                a, b = span(r)
                out.relays.append((a, b, "quoted", tokens[nxt][1] if nxt is not None else at))
        elif word in ("report", "reports") and k >= 2 and low[k - 1] in ("a", "media", "news", "the") and (
                low[k - 2] in _FOLLOWING or k >= 3 and low[k - 3] in _FOLLOWING and low[k - 2] in ("a", "the")) \
                and k + 1 < len(low) and low[k + 1] not in ("by", "in", "from", "of", "on", "that's"):
            # "..., following a report the administration will propose ... $200 billion": the report says what follows
            r = (k - 1, k + 1) if low[k - 1] != "the" or low[k - 2] in _FOLLOWING else (k - 2, k + 1)
            add(r, "report", tokens[k][1])
        elif word in _REMARKS and k > 0 and k + 2 < len(low) and low[k + 1] in ("to", "with") and (
                low[k - 1] == "in" or k > 1 and low[k - 2] == "in" and low[k - 1] in ("an", "a", "his", "her", "their",
                                                                                     "its", "separate", "televised")
                or (given := given_to(low, k)) is not None):
            # "The ministry denied that ... in remarks to Al Jazeera and Al Arabiya TV", "said ... in an interview with
            # CNN": the outlets relay what the verb of saying before says (however far the phrase stands from it); or
            # given to them ("released a statement to KXYZ saying": ``statements.given_by``)
            r = _phrase_after(tokens, k + 2)
            said = next((n for n in range(k - 1, -1, -1) if low[n] in SAYING and tokens[n][0].islower()), None)
            if said is None and low[k - 1] != "in" and low[k - 2] != "in":
                said, subject = given_by(tokens, low, k, _phrase_before)
                if subject is not None and may_be_source(text[span(subject)[0] - start:span(subject)[1] - start]):
                    add(subject, low[subject[2]], tokens[subject[2]][1])  # who gave it speaks
            if r is not None and said is not None:
                a, b = span(r)
                parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[a - start:b - start])
                if is_outlet(text[a - start:b - start], outlets) and len(parts) > 1:
                    x = a
                    for part in parts:  # parallel outlets of one statement: each a relay
                        x = text.index(part, x - start) + start
                        out.relays.append((x, x + len(part), "told", tokens[said][1]))
                        x += len(part)
                else:
                    named = _outlet_name(r, tokens)
                    if named is not None and (is_outlet(text[span(named)[0] - start:span(named)[1] - start], outlets)
                                              or low[k + 1] == "to" and brand_listener(tokens, named)):
                        # (a statement given "to KGO": a listener written as a brand, as after "told")
                        out.relays.append((*span(named), "told", tokens[said][1]))
        elif word in ("statement", "statements") and (v := issued(low, k)) is not None and any(
                w in ("saying", "calling", "stating", "declaring") for w in low[k + 1:k + 12]):
            # "J Street issues statement on Gaza, calling for ...", "made public statements saying": the issuer speaks
            subject = subject_of(tokens, low, v, _phrase_before) if v > 0 else None
            if subject is not None and may_be_source(text[span(subject)[0] - start:span(subject)[1] - start]):
                add(subject, low[v], tokens[v][1])
        elif word == "on" and k > 0 and k + 1 < len(low):
            # "Varga criticised the EU budget on Hungarian public radio, saying ...", "he said on state TV": the outlet
            # a statement is made on relays it (the verb of saying before it, or the "saying" after it)
            r = _outlet_name(_phrase_after(tokens, k + 1), tokens)
            # (the verb right before: "said on Fox News"; not "has tallied 80 attacks on members of the news media")
            said = next((n for n in range(k - 1, max(-1, k - 3), -1) if low[n] in SAYING and tokens[n][0].islower()),
                        None)
            if said is None:
                # "Lew told Candy Crowley on Sunday on CNN's ...", "said Sunday night on CBS": the verb before the one
                # it was told to and when (nothing else between: not "the attack on CNN's offices")
                n = k - 1
                while n > 0 and (low[n] in _WHEN or tokens[n][0][:1].isupper()):
                    n -= 1
                told_to = all(low[x] in _WHEN for x in range(n + 1, k)) or low[n] in ("told", "tells")
                said = n if n < k - 1 and low[n] in SAYING and tokens[n][0].islower() and told_to else None
            said = said if said is not None else next(
                (n for n in range(k + 1, min(len(low), k + 10)) if low[n] == "saying" and tokens[n - 1][0] == ","), None)
            if said is None and low[k - 1] in ("speaking", "appearing") and (k < 2 or tokens[k - 2][0] in ",.;:\"“”"):
                # "Speaking on Israel's Channel 2, Gunness said ...": the verb of saying after the opening phrase
                said = next((n for n in range(k + 1, min(len(low), k + 16)) if low[n] in SAYING
                             and tokens[n][0].islower() and tokens[n - 1][0] not in ",\"“”"), None)
            if r is not None and said is not None and is_outlet(text[span(r)[0] - start:span(r)[1] - start], outlets) \
                    and tokens[r[0]][0][:1].isupper():
                out.relays.append((*span(r), "told", tokens[said][1] if said < k else at))
        elif word in ("published", "carried", "broadcast", "aired") and k + 2 < len(low) and low[k + 1] == "by":
            # "In a notice published by the state-owned Balkan Wire Service, Petrovic pledged ...": the
            # outlet that published it relays the statement
            r = _outlet_name(_phrase_after(tokens, k + 2), tokens)
            if r is not None:
                a, b = span(r)
                if is_outlet(text[a - start:b - start], outlets):
                    out.relays.append((a, b, "published", at))
        elif word == "quoted" and k > 1 and k + 2 < len(low) and low[k - 1] in _PASSIVE and low[k + 1] == "by" \
                and "as" in low[k + 2:k + 8]:
            # "X was quoted by Iranian state television as saying": the outlet relays X's words
            whole = _phrase_after(tokens, k + 2)
            r = next((x for x in (_outlet_name(whole, tokens), whole) if x is not None
                      and is_outlet(text[span(x)[0] - start:span(x)[1] - start], outlets)), None)
            if r is not None:
                a, b = span(r)
                out.relays.append((a, b, "quoted", at))
                # and who was quoted is the source: "..., Chilean trade envoy Rosa Abarca was quoted by Prensa Austral
                # news agency as saying"
                add(_phrase_before(tokens, k), "quoted", at)
        elif word == "quoted" and k > 1 and k + 2 < len(low) and low[k - 1] in _PASSIVE and low[k + 1] == "as":
            # "X, Israel's ambassador, was quoted as saying by Reuters": the outlet after "by" relays X
            whole = _phrase_after(tokens, k + 4) if k + 4 < len(low) and low[k + 3] == "by" else None
            r = next((x for x in (_outlet_name(whole, tokens), whole) if x is not None
                      and is_outlet(text[span(x)[0] - start:span(x)[1] - start], outlets)), None)
            if r is not None:
                out.relays.append((*span(r), "quoted", at))
            add(_phrase_before(tokens, k) or (_apposition(tokens, k - 2, text, start) if tokens[k - 2][0] == "," else None),
                "quoted", at)
        elif word == "quoted" and k > 0 and k + 1 < len(low) and "as" in low[k + 1:k + 12] and low[k - 1] not in _PASSIVE:
            # "Xinhua quoted the governor as saying": the governor, through Xinhua.
            add(_phrase_after(tokens, k + 1), "quoted", at)
            add(_phrase_before(tokens, k), "reported", at)
        elif word in ("told", "said") and k == 0 and tokens[0][0][:1].isupper():
            # "Told the deceased's father, Herbert Flynn Jr: 'I'm glad it's over.'": the inverted attribution of the
            # quote after the colon, the name after the last comma before it
            colon = next((n for n in range(1, min(len(low), 16)) if tokens[n][0] == ":"), None)
            if colon is not None and colon > 1:
                first = max((n + 1 for n in range(1, colon) if tokens[n][0] == ","), default=1)
                if first < colon and all(t[0][:1].isupper() or t[0].lower() in ("the", "a", "an") for t in
                                         tokens[first:colon][:1]):
                    add((first, colon), word, at)
        elif word in _GOING_ON and k > 1 and tokens[k - 1][0] == "," and out.found:
            # 'Nugroho told AFP: "We have recorded 24 dead", adding that 300 buildings were damaged': whoever spoke
            # outside the quote goes on speaking (not "We" inside it)
            outside = [f for f in out.found if not f[4] and sum(text[:f[3] - start].count(m) for m in "\"“”") % 2 == 0]
            if outside:
                f = max(outside, key=lambda f: f[3])
                out.found.append((f[0], f[1], word, at, False))
                out.echo[at] = f[3]
        elif (word in SAYING or word in ("pointed", "points") and k + 1 < len(low) and low[k + 1] == "out"
              or word in _FOUND) and tokens[k][0].islower():  # "Sr. Keehan pointed out that ..."
            if word == "report" and not (k > 0 and low[k - 1].endswith("s") and (k + 1 == len(low) or low[k + 1] in (
                    "that", ",", ".", ";") or low[k - 1] in RESEARCHERS | _COLLEAGUES and low[k + 1] == "in")):
                continue  # "news wires report.", "officials report that": not "a UN report says", "the report"
            back = next((n for n in range(k - 1, max(-1, k - 9), -1) if tokens[n][0] in ",.;:!?()\"“”—–"), -1)
            if back == k - 1 and tokens[back][0] == "," and (placed := next(
                    (n for n in range(back - 1, max(-1, back - 14), -1) if tokens[n][0] in ",.;:!?()\"“”—–"), -1)) > 0 \
                    and tokens[placed][0] == "," and placed + 1 < k and low[placed + 1] in ("published", "released",
                                                                                             "appearing"):
                # "The study, published in the journal PLOS One, found that ...": the record before the apposition
                back = next((n for n in range(placed - 1, max(-1, placed - 9), -1) if tokens[n][0] in
                             ",.;:!?()\"“”—–"), -1)
                back = back if back >= 0 else -1
            if word in ("showed", "shows", "show") and not any(w in _RECORDS for w in low[back + 1:k]):
                continue  # "Prosecutors showed the tragic footage at the trial": no statement
            if word in _FOUND and not (any(w in _RECORDS or w in RESEARCHERS for w in low[back + 1:k]) and k + 1 < len(low)
                                       and low[k + 1] not in ("out", "guilty", "dead", "in", "on", "at")):
                continue  # "A USA Today/Suffolk University poll found 66 percent ...": not "police found the body"
            if word in _INFERRED and k > 0 and low[k - 1] in ("it", "this", "that", "which", "what", "these", "those"):
                continue  # "It suggests that ...": a fact the writer reads
            if word in ("places", "placed", "putting", "placing") and not any(w in _PLACED for w in low[k + 1:k + 5]):
                continue
            if word in ("values", "valued") and "at" not in low[k + 1:k + 6]:
                continue  # "HP values the acquisition at $13.9 billion": an estimate; not "she values her privacy"  # "The ministry places the death toll at 1,364"; not "police placed him under arrest"
            if word in ("accused", "identified") and not (k + 1 < len(low) and (
                    low[k + 1] in _OBJECT_WORDS or tokens[k + 1][0][:1].isupper())):
                continue  # "the woman accused of killing two", "The woman accused had ...": a participle, no one speaks
            told_outlet = False
            if word in ("told", "tells", "wrote", "writes") and k + 1 < len(low):
                r = _outlet_name(_phrase_after(tokens, k + 1), tokens)
                owner = next((n for n in range(r[0], r[1]) if re.search(r"['’]s$", tokens[n][0])), None) \
                    if r is not None else None
                if owner is not None and owner + 1 < r[1] and not is_outlet(text[span(r)[0] - start:span(r)[1] - start],
                                                                           outlets):
                    # "told CNN's Larry King Live in 2006", "told ABC's Good Morning America": the network whose
                    # programme it is (a programme's name is no outlet the lists know)
                    if is_outlet(text[span((r[0], owner + 1))[0] - start:span((r[0], owner + 1))[1] - start], outlets):
                        r = (r[0], owner + 1)
                if r is not None:
                    a, b = span(r)
                    # (or its description: "Adamson told the paper", the outlet the report named before)
                    if is_outlet(text[a - start:b - start], outlets) or word in ("told", "tells") and (
                            is_told_outlet(text[a - start:b - start]) or brand_listener(tokens, r)):
                        out.relays.append((a, b, "told", at))
                        told_outlet = True
                if not told_outlet and word in ("told", "tells") and (listener := listener_outlet(
                        text, start, tokens, low, _phrase_after(tokens, k + 1), outlets)) is not None:
                    out.relays.append((*listener, "told", at))  # "told Nicola Davis at The Guardian"
                    told_outlet = True
            if not told_outlet:
                # "confirmed the report to the Los Angeles Times", "said in an interview with CNN"
                to = next((n for n in range(k + 1, min(len(low), k + 6)) if low[n] in ("to", "with")
                           and (low[n] == "to" or low[n - 1] == "interview")
                           or low[n] == "in" and n == k + 1 and word in ("wrote", "writes")), None)
                # "wrote in The New York Times" (an author's column): the paper relays the author
                r = _outlet_name(_phrase_after(tokens, to + 1), tokens) if to is not None and to + 1 < len(low) else None
                if r is not None and not any(t[0] in ",.;:" or t[0].lower() in _CLAUSE_OPENERS for t in tokens[k + 1:to]) \
                        and not (r[1] - r[0] == 1 and tokens[r[0]][0].islower()):
                    # not "said he had access to newspapers": "to" in the clause said, a bare common noun
                    a, b = span(r)
                    if is_outlet(text[a - start:b - start], outlets) or low[to] == "to" and brand_listener(tokens, r):
                        out.relays.append((a, b, "told", at))
                        told_outlet = True
            j = k - 1
            while j >= 0 and low[j] in _BETWEEN - _PASSIVE:
                j -= 1
            if j >= 0 and low[j] in _PASSIVE and not (k + 1 < len(low) and low[k + 1] == "by"):
                continue  # "Eight cases have been confirmed": no one is said to say it
            before = _phrase_before(tokens, k) if k > 0 and tokens[k - 1][0] not in (",", "“", "\"", "”") else None
            if k >= 2 and low[k - 2] == "what" and low[k - 1] in ("it", "they"):  # not "Monday what it" (issue 22q)
                before = what_it_said(tokens, low, k - 2, text, start, _phrase_before) or (k - 1, k)
            hidden = next((n for n in range(k - 1, max(0, k - 11), -1) if low[n] in ("who", "which")), None)
            if hidden is not None and hidden > 0 and any(w in _UNNAMED for w in low[hidden + 1:k]) and not any(
                    t[0] in ",.;:!?()\"“”—–" for t in tokens[hidden + 1:k - 1 if tokens[k - 1][0] == "," else k]):
                # "a France Telecom spokeswoman who asked not to be named said", "officials, who spoke on condition of
                # anonymity, said": the subject before the clause that keeps it unnamed
                before = _phrase_before(tokens, hidden - 1 if tokens[hidden - 1][0] == "," else hidden) or before
            j = k - 1
            while j > 0 and (low[j] in _BETWEEN or _ADVERB.fullmatch(tokens[j][0])):
                j -= 1
            if before is not None and j > 0 and low[j] in ("and", "but") and before[0] <= j:
                # "X also slammed the policies of President Obama and said ...": the words before "and" end another
                # verb's object; who said it is the subject of the sentence's first verb of saying, else none here
                first = next((f for f in out.found if f[3] < tokens[j][1]), None)
                before = None
                if first is not None:
                    out.found.append((first[0], first[1], word, at, first[4]))
                    continue
                verb = next((n for n in range(1, j) if tokens[n][0].islower() and re.fullmatch(r"[a-z]{3,}(?:ed|s)", low[n])
                             and low[n] not in _BETWEEN and low[n] not in SOURCE_NOUNS), None)
                subject = _phrase_before(tokens, verb) if verb is not None else None
                if subject is not None and subject[0] == next(
                        (n for n in range(len(tokens)) if tokens[n][0] not in ",\"“”("), 0) and may_be_source(
                        text[tokens[subject[0]][1] - start:tokens[subject[1] - 1][2] - start]):
                    before = subject  # "Police arrested Smith and said ...": the sentence's subject
            if word in _FOUND and before is not None:
                # "A Gazette/Harlow Institute survey published last month found": the record, not its participle clause
                record = max((n for n in range(before[0], k) if low[n] in _RECORDS), default=None)
                if record is not None and record + 1 < k and re.fullmatch(r"[a-z]{3,}ed", low[record + 1]):
                    before = _phrase_before(tokens, record + 1)
            had = len(out.found)
            rel = k - 1
            while rel > 1 and low[rel] in _BETWEEN - _PASSIVE:
                rel -= 1  # "Jeffs, who has argued that ...": the relative pronoun before "has"
            if k > 1 and low[rel] in ("who", "whom", "which"):  # (a body: "The Observatory, which said ...")
                # "he talked to five aid workers, all of whom said that ...", "the pilots, who said ...": the
                # phrase the relative pronoun stands for
                c = rel
                if low[c] == "whom" and c >= 2 and low[c - 1] == "of":
                    c -= 2 if c >= 3 and low[c - 2] in ("all", "most", "many", "some", "one", "each", "both",
                                                         "several", "two", "three", "four", "five") else 1
                if c >= 1 and tokens[c - 1][0] == ",":
                    before = _phrase_before(tokens, c - 1)
            if before is not None and (may_be_source(text[tokens[before[0]][1] - start:tokens[before[1] - 1][2] - start])
                                       or _titled_name([t[0] for t in tokens[before[0]:before[1]]])
                                       or told_outlet and low[before[1] - 1] not in _NOT_SOURCES):
                add(before, word, at)  # whoever "told <an outlet>" spoke to it: "a local teacher told the BBC"
            elif k > 0 and tokens[k - 1][0] in (",", "”", "\"") and word in INVERTED and k + 1 < len(low) \
                    and not told_outlet:  # "X, an official, told Sky News:": the outlet listens
                # "..., said the spokesman." (not "..., said spiking prices pose ..."): the phrase ends the clause.
                r = _phrase_after(tokens, k + 1)
                r = _named_in_apposition(tokens, r)
                r = with_team(tokens, low, r)
                if r is not None and (r[1] >= len(tokens) or tokens[r[1]][0] in ",.;:!?—–(" or low[r[1]] in (
                        "on", "in", "at", "who", "whose", "when", "during", "after", "late", "early", "of")
                        # "..., says the paper to be released Monday in the science journal Halcyon"
                        or low[r[1]] == "to" and r[1] + 1 < len(low) and low[r[1] + 1] == "be"):
                    a, b = span(r)
                    first = tokens[r[0]][0]
                    # (or a bare plural of sources ending the clause: "..., said activists.", "..., said witnesses")
                    if (first[:1].isupper() or first.lower() in ("the", "a", "an", "his", "her", "its", "their",
                                                                 "another", "one", "two", "several")
                            or _titled_name([t[0] for t in tokens[r[0]:r[1]]])
                            or r[1] - r[0] <= 2 and low[r[1] - 1] in SOURCE_NOUNS and low[r[1] - 1].endswith("s")) \
                            and (may_be_source(text[a - start:b - start])
                                 or _titled_name([t[0] for t in tokens[r[0]:r[1]]])):
                        # "said national disaster agency spokesman Sutopo Purwo Nugroho": a long lowercase title
                        add(r, word, at)
            if len(out.found) == had and k > 1 and tokens[k - 1][0] == ",":
                add(_apposition(tokens, k - 1, text, start), word, at)
    # a programme, forum or paper a statement was made in ('told "Fox and Friends"', "in an MSNBC forum")
    out.relays += [r for r in venue_relays(text, start, tokens, low, outlets)
                   if not any(r[0] < b and a < r[1] for a, b, _, _ in out.relays)]
    add_publications(tokens, low, out, _phrase_before)  # "a study published in the journal Nature" (journals)
    return out


def _named_in_apposition(tokens, r: tuple[int, int] | None) -> tuple[int, int] | None:
    """"..., said the agency's chief, Ruth A. Pellegrino, on Tuesday": the name the description is given in apposition
    (a capitalised run of two to five words closed by a comma, a full stop or the sentence's end), else ``r``."""
    if r is None or r[1] + 2 >= len(tokens) or tokens[r[1]][0] != "," or tokens[r[0]][0].lower() not in (
            "the", "a", "an", "his", "her", "its", "their"):
        return r
    n = r[1] + 1
    end = n
    while end < len(tokens) and end - n < 5 and (tokens[end][0][:1].isupper() and tokens[end][0].isalpha()
                                                 or re.fullmatch(r"[A-Z]\.", tokens[end][0])):
        end += 1
    if end - n >= 2 and (end == len(tokens) or tokens[end][0] in ",.;"):
        return n, end
    return r


def _apposition(tokens, comma: int, text: str, start: int) -> tuple[int, int] | None:
    """The subject of "X, an apposition, said" (the comma before the cue at ``comma``): a name in the
    apposition ("one of his sisters, LaToya, said"), else the phrase before it ("John Smith, a spokesman
    for the ministry, said")."""
    c = None
    j = comma - 1
    while j > max(-1, comma - 24):
        if tokens[j][0] == ")" and (o := next((n for n in range(j - 1, max(-1, j - 5), -1) if tokens[n][0] == "("),
                                             None)) is not None:
            j = o - 1  # "Jaafar, an activist with the Sham News Network ( SNN ), told": an acronym in brackets
            continue
        if tokens[j][0] in ",\"“”()":
            c = j
            break
        j -= 1
    if c is None or tokens[c][0] != "," or c + 1 >= comma:
        return None

    def phrase(r):
        return text[tokens[r[0]][1] - start:tokens[r[1] - 1][2] - start]

    inner = (c + 1, comma)
    if tokens[c + 1][0].lower() in ("who", "whose") and (named := _apposition(tokens, c, text, start)) is not None:
        # "Okonjo, a staff nurse in the naval medical corps, who worked with the 4th field hospital, says": the
        # relative clause is about the apposition before it; its subject is who speaks
        return named
    outer = _phrase_before(tokens, c)
    if tokens[c + 1][0][:1].isupper() and may_be_source(phrase(inner)):
        # "one of his sisters, LaToya": the whole phrase is the source's (no item inside it is covered)
        return (outer[0], comma) if outer is not None else inner
    return outer if outer is not None and may_be_source(phrase(outer)) else None
