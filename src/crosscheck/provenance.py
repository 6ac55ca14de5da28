"""Provenance: who an item really comes from, and how many primary sources stand behind it.

Five outlets that write "at least 40 people were killed, according to the health ministry"
confirm that the ministry said 40, not that 40 died. This stage reads, for every claim,
quote, timeline event, agreement, conflict and brief sentence, its attribution chain as each
report writes it, from the outermost relay down to the primary source:

- in the item's sentence: "according to X", "citing X", "X said / says / reported /
  announced / confirmed / estimated ...", "..., said X", "X told <outlet>", "<outlet> quoted X
  as saying", "state media said";
- a direct quote the item sits in: its speaker (from the quotes stage);
- the report's dateline agency ("KHARKIV, Ukraine (Reuters) -") as an outer relay when the
  report is not that agency's own.

An outlet ("Reuters", "Le Monde", "state television", a newspaper) is a *relay* when a source
stands behind it in the same chain ("Le Monde reported, citing officials"; "X told Reuters"),
and the primary source when it is the last name the text gives. A report that gives no
source asserts the item on its own authority: "unattributed", and its independent source
counts as its own primary source.

The same primary source is one across reports through the entities' aliases (an entity
mention inside the source phrase), a pronoun or description ("he", "the charity", "the
ministry") going to the nearest preceding person, or to the one organisation of that kind
the report names. Support is counted at three levels: reports, independent outlets (copies
count once; reports of one outlet count once) and primary sources. Agreements and conflicts
say whether their values come from different primary sources or from one source's update.

A plain function over records: no parse, so it costs little beside the parse.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field

from .records import (
    BriefSentence,
    Chain,
    Claim,
    Document,
    Entity,
    Event,
    Finding,
    Link,
    PrimarySource,
    Provenance,
    Quote,
    Sources,
)

UNATTRIBUTED = "unattributed"

# Verbs of saying whose subject is a source: "the ministry said", "police confirmed".
SAYING = frozenset("""
said says say told tells reported reports announced announces confirmed confirms stated states added adds
estimated estimates warned warns explained explains noted notes claimed claims insisted insists wrote writes
tweeted tweets posted posts quoted quotes cited cites revealed reveals disclosed discloses acknowledged
acknowledges admitted admits indicated indicates showed shows put puts counted counts recorded records
believes believe
""".split())
# Verbs after which the speaker follows: "..., said the spokesman", "..., according to X".
INVERTED = frozenset("said says added told reported reports wrote noted explained warned".split())
# Words that end a source phrase read from its cue outwards.
_STOP = frozenset("""
that on in at who which whose as when while after before because to since where with from during said says
told tells reported reports added announced confirmed stated estimated was were is are has have had will would
could may might but and or so if than though although about over under into via including per there
""".split())
# Words that may sit between a subject and its verb: "the ministry also said", "police have confirmed".
_BETWEEN = frozenset("also later earlier previously has have had was were is are initially separately then "
                     "again further subsequently first yesterday today".split())
# "recently", "reportedly", "initially", "publicly" (lowercase, so not "Kelly"; not "family", "tally")
_ADVERB = re.compile(r"[a-z]{3,}(?:al|ent|ant|ed|ous|ic|te|ck|ct|ar|ss|se|ful|re|ve|st)ly")
_ARTICLES = ("the ", "a ", "an ", "its ", "his ", "her ", "their ", "our ")
PRONOUNS = frozenset("he she they it we i him her them".split())
PERSON_PRONOUNS = frozenset("he she i him her".split())
# Heads of a description of one person ("a Lebanese analyst"): who "he" or "she" may be.
PERSON_NOUNS = frozenset("""
official spokesman spokeswoman spokesperson minister president governor expert analyst scientist researcher
source correspondent reporter witness resident lawyer attorney prosecutor judge doctor commander lawmaker leader
chief director head officer envoy ambassador secretary mayor adviser advisor aide commentator professor economist
diplomat observer academic historian cousin sister brother mother father friend neighbour neighbor user
commissioner
""".split())

# Outlets and news agencies by name, and the nouns that make a phrase an outlet ("state television").
OUTLET_NAMES = re.compile(r"\b(reuters|associated press|ap|afp|agence france[- ]presse|xinhua|bbc|cnn|al jazeera|"
                          r"bloomberg|new york times|washington post|guardian|le monde|le figaro|kyodo|yonhap|tass|"
                          r"ria novosti|interfax|irna|fars|isna|sana|kcna|nhk|fox news|nbc|abc|cbs|sky news|agence[- ]france[- ]presse|"
                          r"spiegel|el pa[ií]s|ansa|dpa|efe|pti|anadolu|wafa|haaretz|times of israel|"
                          r"jerusalem post|the times|telegraph|independent|wall street journal|usa today|politico|"
                          r"npr|pbs|the hill|axios|msnbc|ntv|itar-tass|upi|press trust of india|asahi|"
                          r"mainichi|yomiuri|ria|sputnik|rt|cctv|global times|people's daily|dawn|al arabiya|"
                          r"financial times|economist|time magazine|newsweek|daily mail|mirror|sun|huffington post|"
                          r"breitbart|axios|vice|buzzfeed|ynet|times)\b", re.I)
# The last word of a newspaper's or a programme's title ("the LA Times", "the New York Daily News", "the Boston
# Herald"): a phrase in title case that ends in one is an outlet.
MASTHEADS = frozenset("""
times post news journal herald tribune gazette chronicle observer globe inquirer examiner courier bulletin
register dispatch star sun mail express standard telegraph newsday press mirror record review today weekly
""".split())
_COMMON_MASTHEADS = frozenset("record review today register standard press express weekly star sun news".split())
# Broadcasters and sites known by a short name ("NY1", "ESPN", "TMZ") and US call signs ("KTLA", "WCVB").
_SHORT_OUTLETS = re.compile(r"(?:ny1|espn|tmz|newsday|yahoo!?(?: news| sports)?|suna|mena|bernama|antara)(?:\.com)?")
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-TV)?")
OUTLET_NOUNS = re.compile(r"\b(newspaper|news agency|agency news|wire service|television|tv|radio|broadcaster|"
                          r"daily|media|outlet|news site|website|channel|magazine|tabloid|state media|"
                          r"press agency|news network|network)\b", re.I)
# Heads of a description that stands for an organisation the report names: "the charity" -> MSF.
BODY_NOUNS = frozenset("""
ministry department charity group organisation organization agency company firm body committee council
commission union association office service authority institute agency foundation society bank fund
""".split())
_MARKS = frozenset("\"“”«»")
# Heads of a phrase that can be a source though not a name: "officials said", "a count put", "pictures showed".
SOURCE_NOUNS = frozenset("""
official officials spokesman spokeswoman spokesperson spokesmen minister ministry president governor police
authorities authority government agency experts expert analysts analyst scientists researchers sources source
correspondent correspondents reporter reporters witness witnesses residents resident lawyer lawyers attorney
attorneys prosecution prosecutors prosecutor defense defence jury judge court council committee group union party
campaign aides aide adviser advisers advisor estimate estimates report reports poll polls survey study statement
doctors doctor medics army military commanders commander lawmakers team company leader leaders chief director
head officer officers envoy ambassador secretary mayor commission office department board bank fund organisation
organization charity neighbours neighbors family relatives survivors pictures images footage count tally figures
data census records panel teams workers staff operator spokespeople administration embassy consulate service
monitor observatory coalition rebels troops forces opposition activists protesters organisers organizers media
commentator commentators professor professors economist economists diplomat diplomats observer observers
academic academics historian historians firefighters paramedics autopsy cops cousin sister brother user users
woman women man men people person barber barbers teacher teachers student students nurse nurses shopkeeper owner
driver farmer pastor priest imam councilman councilwoman congressman congresswoman senator bystander bystanders
passenger passengers victim victims relative uncle aunt son daughter wife husband girlfriend boyfriend coach
employee employees worker friend friends neighbour neighbor father mother parents fans
refugees refugee villagers villager locals citizens demonstrators rescuers soldiers commissioner commissioners
""".split())
_NOT_SOURCES = frozenset("nobody views it this that there some many most others which what who you i we".split())
_PASSIVE = frozenset("been being be was were is are".split())
_CONNECTIVE = r"(?:(?:However|But|Meanwhile|And|Still|Yet|Later|Earlier|Separately),?\s+)?"
_SUBJECT_PREFIX = re.compile(r"\s*" + _CONNECTIVE + r"(?:(?:Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+)?")
_TITLE_BEFORE = re.compile(r"\s*" + _CONNECTIVE + r"(?:[A-Za-z][\w'’.-]*\s+){0,4}?(?:" + "|".join(sorted(PERSON_NOUNS)) +
                           r")\s+(?:(?:Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+)?")
_TITLED = re.compile(r"\s*((?:Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+[A-Z][\w'’-]+)\s+[a-z]")
_APPOSED_PREFIX = re.compile(r"\s*(?:An?|The)\s(?:[\w-]+\s){0,3}?(\w+)(?:\s(?:of|at|for|from|in)\s[^,\"“”]{0,70})?,\s*")
_OF_OUTLET = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w.&'’!-]*(?:\s+[A-Z][\w.&'’!-]*){0,4})")
_OUTLETS_OWN = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w.&!-]*(?:\s+[A-Z][\w.&!-]*){0,4})['’]s\s+(?:[a-z]+\s+){0,2}$")
_CUT = re.compile(r"\b(?:[ap]\.m|[A-Z][a-z]?|Jr|Sr|St|No|Gov|Sen|Rep|Lt|Col|Gen|Sgt|Capt|Mt|U\.S)\.\s*$")
MAX_REACH = 250  # characters between an attribution's cue and the item it covers
_WORD = re.compile(r"[\w][\w.'’&-]*|[,.;:!?()\"“”—–]")


@dataclass
class _Reading:
    """The attributions one sentence gives: (source start, source end, cue, cue offset, is outlet)."""

    found: list[tuple[int, int, str, int, bool]] = field(default_factory=list)
    relays: list[tuple[int, int, str, int]] = field(default_factory=list)  # "told Reuters": (start, end, cue, cue offset)


def is_outlet(phrase: str, outlets: frozenset[str] = frozenset()) -> bool:
    """Is the phrase a news outlet or agency ("Reuters", "state television", "the Daily Star")?"""
    low = re.sub(r"['’]s$", "", phrase.casefold().strip())
    low = low[4:] if low.startswith("the ") else low
    if low in outlets:
        return True
    if OUTLET_NAMES.fullmatch(low) or OUTLET_NAMES.fullmatch("the " + low):
        return True
    words = low.split()
    written = re.sub(r"['’]s$", "", phrase.strip()).split()
    the = bool(written) and written[0].lower() == "the"
    written = written[1:] if the else written
    if _SHORT_OUTLETS.fullmatch(low) or len(written) == 1 and _CALL_SIGN.fullmatch(written[0]):
        return True
    if words and words[-1] in MASTHEADS and all(w[:1].isupper() or w in ("of", "and", "&") for w in written) and (
            2 <= len(written) <= 6 or the and len(written) == 1 and words[-1] not in _COMMON_MASTHEADS):
        return True  # "the LA Times", "the New York Daily News", "The Boston Herald", "told The Post"
    named = next((n for n in range(len(written) - 1, -1, -1) if OUTLET_NOUNS.fullmatch(written[n]) or
                  n > 0 and OUTLET_NOUNS.fullmatch(" ".join(written[n - 1:n + 1]))), None)
    if named is not None and 1 <= len(written) - named - 1 <= 3 and len(written) <= 7 and all(
            w[:1].isupper() for w in written[named + 1:]):
        return True  # "the official news agency SUNA", "the state-run newspaper Al-Watan"
    return bool(words) and len(words) <= 6 and (OUTLET_NOUNS.search(words[-1]) is not None or
                                                  " ".join(words[-2:]) in ("news agency", "state media")
                                                  or bool(OUTLET_NAMES.match(low)) and len(words) <= 3)


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(text):
        word, end = m.group(), m.end()
        if word.endswith(".") and len(word) > 2 and "." not in word[:-1] and (len(word) > 5 or word[:1].islower()):
            word, end = word[:-1], end - 1  # "the port authority." ends a sentence; "Lt." and "U.S." keep theirs
        out.append((word, offset + m.start(), offset + end))
    return out


def _phrase_after(tokens, i: int) -> tuple[int, int] | None:
    """Token range [i, j) of a source phrase read rightwards from token i."""
    j = i
    while j < len(tokens) and j - i < 9:
        word = tokens[j][0]
        low = word.lower()
        if word in ",.;:!?()\"“”—–":
            break
        if j > i and low in ("the", "a", "an") and tokens[j - 1][0][:1].isupper():
            break  # "told The Wall Street Journal the company was ...": the name ends before the next article
        if low in _STOP and j > i:
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
    while k < j and (tokens[k][0][:1].isupper() or tokens[k][0][:1].isdigit() or
                     tokens[k][0].lower() in ("of", "and", "&") and k + 1 < j and tokens[k + 1][0][:1].isupper()):
        k += 1
    if k < j and OUTLET_NOUNS.fullmatch(tokens[k][0]):
        k += 1  # "told Le Parisien newspaper"
    return (i, k) if k > i and not (k == i + 1 and tokens[i][0].lower() in ("the", "a", "an")) else r


def _phrase_before(tokens, k: int) -> tuple[int, int] | None:
    """Token range [i, k) of a subject read leftwards from the cue at token k."""
    j = k
    while j > 0 and (tokens[j - 1][0].lower() in _BETWEEN or _ADVERB.fullmatch(tokens[j - 1][0])):
        j -= 1  # "Tony Reagins recently confirmed"
    end = j
    i = j
    joined = None  # "a professor at a Lebanese university": where the person's noun ends
    while i > 0 and end - i < (10 if joined is not None else 8):
        word = tokens[i - 1][0]
        low = word.lower()
        if word in ",.;:!?()\"“”—–" or (low in _STOP and low not in ("of", "for", "and")):
            if joined is None and low in ("at", "from", "in", "with", "to") and i >= 2 \
                    and tokens[i - 2][0].lower() in SOURCE_NOUNS:
                joined = i - 1
                i -= 1
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


_PERSON_APPOSED = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\b")
_PERSON_TITLE = re.compile(r"\b(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\s+$")
_DESCRIPTION = re.compile(r"(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)(?:\s+(?:who|of|for|at|from|in|with)\b.*)?",
                          re.S | re.I)


_SPOKE = frozenset("said says say told tells added adds wrote writes noted explained warned insisted".split())


def _name_like(phrase: str) -> bool:
    """A person's name no entity types ("Fauzi", "Al-Sawarmi Khalid"): one to four capitalised words, no body,
    outlet, police or place noun."""
    words = phrase.strip().split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.lower() in BODY_NOUNS or w.lower() in SOURCE_NOUNS or w.lower() in PRONOUNS for w in words) \
        and not is_outlet(phrase) and not is_police(phrase) and words[0].lower() not in ("the", "a", "an")


def _titled_name(words: list[str]) -> bool:
    """A title written in lowercase before a name: "disaster agency official Fauzi", "national disaster agency
    spokesman Sutopo Purwo Nugroho"."""
    k = next((n for n, w in enumerate(words) if w[:1].isupper()), None)
    return k is not None and k > 0 and words[k - 1].lower() in PERSON_NOUNS and all(w[:1].isupper() for w in words[k:])


def read_sentence(text: str, start: int, outlets: frozenset[str] = frozenset()) -> _Reading:
    """The attributions of a sentence ``text`` that starts at ``start`` in its report."""
    tokens = _tokens(text, start)
    low = [t[0].lower() for t in tokens]
    out = _Reading()

    def span(r):
        return tokens[r[0]][1], tokens[r[1] - 1][2]

    def add(r, cue, at):
        if r is None:
            return
        a, b = span(r)
        phrase = text[a - start:b - start]
        out.found.append((a, b, cue, at, is_outlet(phrase, outlets)))

    for k, word in enumerate(low):
        at = tokens[k][1]
        if word == "according" and k + 1 < len(low) and low[k + 1] == "to":
            add(_phrase_after(tokens, k + 2), "according to", at)
        elif word in ("citing", "cited", "quoting") and k + 1 < len(low):
            r = _phrase_after(tokens, k + 1)
            add(r, "citing", at)
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
        elif word == "quoted" and k > 0 and k + 1 < len(low) and "as" in low[k + 1:k + 8]:
            # "Xinhua quoted the governor as saying": the governor, through Xinhua.
            add(_phrase_after(tokens, k + 1), "quoted", at)
            add(_phrase_before(tokens, k), "reported", at)
        elif word in SAYING and tokens[k][0].islower():
            told_outlet = False
            if word in ("told", "tells", "wrote", "writes") and k + 1 < len(low):
                r = _outlet_name(_phrase_after(tokens, k + 1), tokens)
                if r is not None:
                    a, b = span(r)
                    if is_outlet(text[a - start:b - start], outlets):
                        out.relays.append((a, b, "told", at))
                        told_outlet = True
            if not told_outlet:
                # "confirmed the report to the Los Angeles Times", "said in an interview with CNN"
                to = next((n for n in range(k + 1, min(len(low), k + 6)) if low[n] in ("to", "with")
                           and (low[n] == "to" or low[n - 1] == "interview")), None)
                r = _outlet_name(_phrase_after(tokens, to + 1), tokens) if to is not None and to + 1 < len(low) else None
                if r is not None and not any(t[0] in ",.;:" for t in tokens[k + 1:to]):
                    a, b = span(r)
                    if is_outlet(text[a - start:b - start], outlets):
                        out.relays.append((a, b, "told", at))
                        told_outlet = True
            j = k - 1
            while j >= 0 and low[j] in _BETWEEN - _PASSIVE:
                j -= 1
            if j >= 0 and low[j] in _PASSIVE and not (k + 1 < len(low) and low[k + 1] == "by"):
                continue  # "Eight cases have been confirmed": no one is said to say it
            before = _phrase_before(tokens, k) if k > 0 and tokens[k - 1][0] not in (",", "“", "\"", "”") else None
            had = len(out.found)
            if k > 1 and low[k - 1] in ("who", "whom"):
                # "he talked to five aid workers, all of whom said that ...", "the pilots, who said ...": the
                # phrase the relative pronoun stands for
                c = k - 1
                if low[c] == "whom" and c >= 2 and low[c - 1] == "of":
                    c -= 2 if c >= 3 and low[c - 2] in ("all", "most", "many", "some", "one", "each", "both",
                                                         "several", "two", "three", "four", "five") else 1
                if c >= 1 and tokens[c - 1][0] == ",":
                    before = _phrase_before(tokens, c - 1)
            if before is not None and (may_be_source(text[tokens[before[0]][1] - start:tokens[before[1] - 1][2] - start])
                                       or told_outlet and low[before[1] - 1] not in _NOT_SOURCES):
                add(before, word, at)  # whoever "told <an outlet>" spoke to it: "a local teacher told the BBC"
            elif k > 0 and tokens[k - 1][0] in (",", "”", "\"") and word in INVERTED and k + 1 < len(low) \
                    and not told_outlet:  # "X, an official, told Sky News:": the outlet listens
                # "..., said the spokesman." (not "..., said spiking prices pose ..."): the phrase ends the clause.
                r = _phrase_after(tokens, k + 1)
                if r is not None and (r[1] >= len(tokens) or tokens[r[1]][0] in ",.;:!?—–" or low[r[1]] in (
                        "on", "in", "at", "who", "whose", "when", "during", "after", "late", "early", "of")):
                    a, b = span(r)
                    first = tokens[r[0]][0]
                    if (first[:1].isupper() or first.lower() in ("the", "a", "an", "his", "her", "its", "their",
                                                                 "another", "one", "two", "several")
                            or _titled_name([t[0] for t in tokens[r[0]:r[1]]])) \
                            and may_be_source(text[a - start:b - start]):
                        add(r, word, at)
            if len(out.found) == had and k > 1 and tokens[k - 1][0] == ",":
                add(_apposition(tokens, k - 1, text, start), word, at)
    return out


def _apposition(tokens, comma: int, text: str, start: int) -> tuple[int, int] | None:
    """The subject of "X, an apposition, said" (the comma before the cue at ``comma``): a name in the
    apposition ("one of his sisters, LaToya, said"), else the phrase before it ("John Smith, a spokesman
    for the ministry, said")."""
    c = next((j for j in range(comma - 1, max(-1, comma - 20), -1) if tokens[j][0] in ",\"“”()"), None)
    if c is None or tokens[c][0] != "," or c + 1 >= comma:
        return None

    def phrase(r):
        return text[tokens[r[0]][1] - start:tokens[r[1] - 1][2] - start]

    inner = (c + 1, comma)
    outer = _phrase_before(tokens, c)
    if tokens[c + 1][0][:1].isupper() and may_be_source(phrase(inner)):
        # "one of his sisters, LaToya": the whole phrase is the source's (no item inside it is covered)
        return (outer[0], comma) if outer is not None else inner
    return outer if outer is not None and may_be_source(phrase(outer)) else None


# ---------------------------------------------------------------------- sources


def may_be_source(phrase: str, entity: bool = False) -> bool:
    """Can this subject be where information starts: a name, a pronoun, a body or a record ("officials",
    "a count")? Not "the fact", "an outbreak", "Nobody", "Views"."""
    words = re.findall(r"[\w][\w.'’&-]*", re.split(r"\s(?:of|for|at|in|from|with|to|inside|outside|near)\s", phrase)[0])
    if not words:
        return False
    last = re.sub(r"['’]s$", "", words[-1]).lower()
    if len(words) == 1 and last in _NOT_SOURCES - {"it", "we", "i", "you"}:
        return False
    if last in PRONOUNS or last in SOURCE_NOUNS or entity:
        return True
    return words[-1][:1].isupper() and last not in _NOT_SOURCES and not (len(words) > 6 and
                                                                           not words[0][:1].isupper())


def normal(phrase: str) -> str:
    low = re.sub(r"['’]s\b", "", phrase.casefold())
    low = re.sub(r"[^\w\s-]", " ", low)
    words = low.split()
    while words and words[0] in ("the", "a", "an", "its", "his", "her", "their", "our", "local", "some"):
        words = words[1:]
    return " ".join(words)


class _Mentions:
    """One report's entity mentions, in text order, for naming a source phrase."""

    def __init__(self, mentions: list[tuple[int, int, str, str, str]], police: tuple[str, str] | None = None):
        self.items = sorted(mentions)  # (start, end, entity id, name, type)
        self.starts = [m[0] for m in self.items]
        self.police = police  # (entity id, name) of the one police force the story names

    def inside(self, a: int, b: int) -> list[tuple[int, int, str, str, str]]:
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.items) and self.items[i][0] < b:
            out.append(self.items[i])
            i += 1
        return out

    def before(self, offset: int, types: tuple[str, ...], head: str | None = None):
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            m = self.items[i]
            if m[4] in types and (head is None or head in m[3].casefold()):
                return m
            i -= 1
        return None

    def named(self, types: tuple[str, ...], head: str) -> list[tuple[int, int, str, str, str]]:
        return [m for m in self.items if m[4] in types and head in m[3].casefold()]


def resolve(phrase: str, a: int, mentions: _Mentions, b: int | None = None) -> tuple[str, str, str | None, str]:
    """(key, name, entity id, kind) of a source phrase written at [a, b) in a report."""
    b = a + len(phrase) if b is None else b
    inside = mentions.inside(a, b)
    for types in (("ORG",), ("PERSON",), ("GPE", "NORP", "LOC", "FAC")):
        # "a spokesman for MSF" is MSF's; "Health Minister Jane Doe" is Jane Doe.
        hits = [m for m in inside if m[4] in types]
        if hits and (types != ("GPE", "NORP", "LOC", "FAC") or normal(phrase) == normal(hits[0][3])
                     or len(normal(phrase).split()) <= 2 and normal(phrase).split()[-1:] == normal(hits[0][3]).split()[-1:]):
            m = hits[-1] if types == ("PERSON",) else hits[0]
            return f"entity:{m[2]}", m[3], m[2], "person" if m[4] == "PERSON" else "organisation"
    low = normal(phrase)
    words = low.split()
    if low in PRONOUNS:
        types = ("PERSON",) if low in PERSON_PRONOUNS else ("ORG", "GPE", "NORP") if low == "it" else (
            "ORG", "GPE", "NORP", "PERSON")
        m = mentions.before(a, types)
        if m is not None:
            return f"entity:{m[2]}", m[3], m[2], "person" if m[4] == "PERSON" else "organisation"
    elif words and phrase.strip().lower().startswith(("the ", "this ", "that ")) and len(words) <= 3:
        head = words[-1]
        if head in BODY_NOUNS:
            # "the ministry": the one ministry the report names, else the nearest organisation before.
            named = {m[2]: m for m in mentions.named(("ORG",), head)}
            if len(named) == 1:
                m = next(iter(named.values()))
                return f"entity:{m[2]}", m[3], m[2], "organisation"
            m = mentions.before(a, ("ORG",), head if named else None)
            if m is not None:
                return f"entity:{m[2]}", m[3], m[2], "organisation"
    if is_police(phrase):
        # "police", "cops say", "the officers involved", "police accounts": one body across reports, the one
        # police force the story names when it names one ("the NYPD", "Lake County Sheriff's Office")
        if mentions.police is not None:
            eid, name = mentions.police
            return f"entity:{eid}", name, eid, "organisation"
        return "text:police", phrase.strip(), None, "source"
    kind = "outlet" if is_outlet(phrase) else "source"
    owned = re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][\w-]*\s?['’]\s?s\s+([a-z][\w\s-]*)", phrase.strip())
    if owned and kind == "source":
        low = normal(owned.group(1))  # "Gray's autopsy" and "the autopsy": one record of the story
    return f"text:{low}", phrase.strip(), None, kind


POLICE_NAME = re.compile(r"\b(police|sheriff'?s?|nypd|lapd|constabulary|gendarmerie|carabinieri|polizei)\b", re.I)
_POLICE_HEADS = frozenset("police cops policemen policewomen officers".split())


def is_police(phrase: str) -> bool:
    """Is a source phrase (not a name) the police: "police", "cops", "the officers involved", "police accounts"?"""
    head = re.split(r"\s(?:of|for|at|in|from|with|involved|who|on)(?:\s|$)", normal(phrase))[0].split()
    return bool(head) and len(head) <= 3 and (head[-1] in _POLICE_HEADS or head[0] == "police"
                                               and head[-1] in ("accounts", "account", "sources", "statement",
                                                                "report", "reports", "records", "officials",
                                                                "department", "force", "authorities"))


# ---------------------------------------------------------------------- chains


class _Report:
    """What the chains of one report need: its sentences, mentions, direct quotes, dateline agency."""

    def __init__(self, d: Document, mentions: _Mentions, quotes: list[tuple[int, int, Quote]],
                 outlets: frozenset[str]):
        self.d = d
        self.mentions = mentions
        self.quotes = sorted(quotes, key=lambda q: q[0])
        self.starts = [s.start for s in d.sentences]
        self.outlets = outlets
        self.readings: dict[int, _Reading] = {}
        self._journalists: dict[str, tuple[str, str]] | None = None
        # A text whose closing marks stand apart from the words ('paramilitary. "', 'neighborhood, " a barber'),
        # as tokenised corpora write them: its opening marks stand apart too.
        self.spaced_marks = len(re.findall(r"\w[,.?!] \"(?:\s|$)", d.text)) >= 2
        agency = re.search(r"\(([^)]{2,40})\)\s*[-–—]*\s*$", d.dateline or "")
        own = (d.outlet or "").casefold()
        self.agency = agency.group(1).strip() if agency and agency.group(1).casefold() not in own else None

    def sentence(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < max(self.d.sentences[i].end, offset + 1) else None

    def reading(self, i: int) -> _Reading:
        if i not in self.readings:
            s = self.d.sentences[i]
            self.readings[i] = read_sentence(s.text, s.start, self.outlets)
        return self.readings[i]

    def chain(self, start: int | None, end: int | None, speaker: Quote | None = None) -> Chain:
        d = self.d
        links: list[Link] = []
        primary: tuple[str, str, str | None, str] | None = None
        primary_link: Link | None = None
        primary_at: int | None = None  # the cue of the primary attribution
        if self.agency:
            links.append(Link(self.agency, "dateline", "relay"))
        i = self.sentence(start) if start is not None else None
        if i is not None and i + 1 < len(d.sentences) and d.text[start:d.sentences[i].end].strip() == "":
            i += 1  # an item that starts in the space after a sentence belongs to the next one
        reading = self.reading(i) if i is not None else _Reading()
        quote = speaker or self._quote_at(start, end)
        found = [f for f in reading.found if start is None or self._covers(f, start, end or start + 1)]
        if not found and quote is None and i is not None and start is not None:
            found = self._cut_before(i, start)
        if quote is not None and quote.speaker and not self._speaker_ok(quote):
            quote = None  # "Nobody knows ...", "the fact ... does point to": no source; read the sentence
        relayed_by = None
        if quote is not None and quote.speaker and (is_outlet(quote.speaker_text or quote.speaker, self.outlets)
                                                    or is_outlet(quote.speaker, self.outlets)):
            # '"...," the Daily News quoted witness Devonte Brown as saying', 'X, told Sky News: "..."': the
            # outlet the quotes stage gave as the speaker relays the person the text names
            relayed_by, quote = quote, None
        if quote is not None and quote.speaker:
            key = f"entity:{quote.speaker_entity}" if quote.speaker_entity else f"text:{normal(quote.speaker)}"
            primary = (key, quote.speaker, quote.speaker_entity, "person")
            primary_link = Link(quote.speaker_text or quote.speaker, "quoted", "primary")
            described = self._described(quote.speaker_text or quote.speaker, start) if start is not None else None
            if described is not None:
                primary = described  # '"...," added the doctor': the doctor the report introduced
            last = (self._last_speaker(start) if start is not None and normal(quote.speaker_text or "") in ("he", "she")
                    else None)
            if last is None and normal(quote.speaker_text or "") in ("he", "she") and quote.speaker_entity and \
                    not self._is_person(quote.speaker_entity) and start is not None:
                # "he wrote" given to a company ("Rite Aid"): the person named last before it
                m = self.mentions.before(start, ("PERSON",))
                if m is not None:
                    primary = (f"entity:{m[2]}", m[3], m[2], "person")
            if last is None and self._is_place(quote.speaker_entity):
                # '"...," said Lebanon-based analyst Rami Khouri': a place does not speak; the person the
                # sentence names does
                last = next((f for f in sorted(reading.found, key=lambda f: abs(f[3] - (start or 0))) if not f[4]
                             and self._resolve(f[0], f[1], f[2])[3] == "person"), None)
            if last is not None:
                # "..., she told lawmakers": the one who spoke last, not the nearest name ("Clinton warned
                # ... if Gaddafi ..."); a description ("the head of the Amal group") does not overrule a
                # person the quotes stage found named in that same sentence ("Berri, head of ..., said")
                said = self._person_first(last)
                j = self.sentence(last[0])
                named_there = j is not None and any(
                    m[2] == quote.speaker_entity and d.sentences[j].start <= m[0] < d.sentences[j].end
                    for m in self.mentions.items)
                if said[3] == "person" or not named_there:
                    primary = said
        sources = [f for f in found if not f[4]]
        outlets = [f for f in found if f[4]]
        if primary is None and not sources and not outlets and i is not None and start is not None:
            # A quote paragraph with no attribution of its own: the one that closes it ("... .", X said)
            # or the one before it ('"...," X said.  "Now the crossing ...').
            cont = self._continued(i, start)
            if cont is not None:
                sources = [cont[0]]
                # '"...," a barber told The Times.  "But ...': the outlet relays the rest of the quote too
                inherited = [r for r in self.reading(cont[1]).relays if r[3] == cont[0][3]]
                reading = _Reading(reading.found, reading.relays + inherited)
        if relayed_by is not None and primary is None and not sources and i is not None and start is not None:
            # "Attorney X told Judge Y that ..., according to the Associated Press", the quotes stage's item
            # holding the whole clause: the person who speaks at its start, relayed by the outlet
            inner = [f for f in reading.found if not f[4] and start <= f[0] and f[3] < (end or start)
                     and f[3] - start < 120]
            cont = self._continued(i, start) if not inner else None
            if inner:
                sources = [min(inner, key=lambda f: f[0])]
            elif cont is not None:
                sources = [cont[0]]
        if relayed_by is not None and primary is None and not sources and not outlets:
            # no person named: the outlet is the last source the text gives
            q = relayed_by
            primary = (f"entity:{q.speaker_entity}" if q.speaker_entity else f"text:{normal(q.speaker)}",
                       q.speaker, q.speaker_entity, "outlet")
            primary_link = Link(q.speaker_text or q.speaker, "quoted", "primary")
            relayed_by = None
        if primary is None and (sources or outlets):
            # The nearest source to the item; an outlet only when no other source is given.
            pool = sources or outlets
            at = start if start is not None else 0
            a, b, cue, primary_at, outlet = min(pool, key=lambda f: (abs(f[3] - at), f[0]))
            phrase = d.text[a:b]
            primary = self._resolve(a, b, cue)
            last = self._last_speaker(a) if normal(phrase) in ("he", "she") else None
            if last is not None:  # "he claimed": whoever was last said to speak
                said = self._person_first(last)
                if said[3] == "person" or primary[3] != "person":
                    primary = said
            elif normal(phrase) in ("it", "they"):
                # "The Boston Herald reported ... . Though the newspaper does not cite its source, it stated":
                # the body or outlet last said to speak, not the nearest name
                body = self._last_body(a)
                if body is not None:
                    primary = resolve(d.text[body[0]:body[1]], body[0], self.mentions, body[1])
                    outlet = outlet or body[4]
            if outlet:
                primary = (primary[0], primary[1], primary[2], "outlet")
            primary_link = Link(phrase, cue, "primary", a, b)
        for a, b, cue, _, outlet in outlets:
            if primary_link is not None and primary_link.start == a or self._own(d.text[a:b]):
                continue
            links.append(Link(d.text[a:b], cue, "relay", a, b))
        for a, b, cue, told_at in reading.relays:
            # "X told Reuters": a relay of X's words only, not of every item of a long sentence.
            mine = told_at == primary_at if primary_at is not None else (
                primary is not None and start is not None and abs(told_at - start) <= MAX_REACH)
            if mine and not any(x.start == a for x in links) and not self._own(d.text[a:b]):
                links.append(Link(d.text[a:b], cue, "relay", a, b))
        if relayed_by is not None and primary is not None and primary[3] != "outlet":
            written = relayed_by.speaker_text or relayed_by.speaker
            if not self._own(written) and not any(normal(x.source) == normal(written) for x in links):
                links.append(Link(written, "quoted", "relay"))
        if quote is not None and quote.speaker and not reading.found and i is not None and start is not None \
                and not any(x.role == "relay" and x.cue == "told" for x in links):
            # a quote paragraph that continues a quote "told <an outlet>" keeps that outlet
            links += self._told_before(i, quote, start)
        if primary_link is not None:
            links.append(primary_link)
        if primary is None:
            return Chain(d.id, links, UNATTRIBUTED, None, start, end)
        if primary[0] in self.journalists:
            # "Michael Silverman of the Boston Herald", "The Boston Herald's Michael Silverman": a reporter
            # reporting is the outlet reporting, one primary source with the outlet's own reports
            key, name = self.journalists[primary[0]]
            return Chain(d.id, links, key, name, start, end)
        return Chain(d.id, links, primary[0], primary[1], start, end)

    @property
    def journalists(self) -> dict[str, tuple[str, str]]:
        """Person key -> (outlet key, outlet name) for the people this report names as an outlet's reporters."""
        if self._journalists is None:
            self._journalists = {}
            text = self.d.text
            for a, b, eid, _, etype in self.mentions.items:
                if etype != "PERSON":
                    continue
                after = _OF_OUTLET.match(text, b)
                before = _OUTLETS_OWN.search(text, max(0, a - 60), a)
                m = after or before
                if m is None or not is_outlet(m.group(1), self.outlets):
                    continue
                oa, ob = m.span(1)
                key, name, _, _ = resolve(text[oa:ob], oa, self.mentions, ob)
                self._journalists[f"entity:{eid}"] = (key, name)
        return self._journalists

    def _covers(self, f: tuple[int, int, str, int, bool], start: int, end: int) -> bool:
        """Does an attribution of the item's sentence cover the item? Not its own source phrase; within
        reach; "X said ..." covers what follows the cue, and what comes before only as "..., X said"."""
        a, b, cue, at, _ = f
        if a < end and start < b or abs(at - start) > MAX_REACH:
            return False
        if start > at:
            # "— the same day the autopsy showed he was shot 7 times — part of the 200 person crowd": an
            # attribution between dashes covers nothing after the closing one
            i = self.sentence(a)
            head = self.d.text[self.d.sentences[i].start:a] if i is not None else ""
            if re.search(r"—|–|--", head) and re.search(r"—|–|--", self.d.text[at:start]):
                return False
        if cue in ("according to", "citing", "quoted") or start > at:
            return True
        if re.search(r"\bwhom?\b", self.d.text[b:at]):
            return False  # "..., all of whom said that ...": a relative attribution covers only what follows it
        if a < start:
            return False  # "Officials said on Monday. ... 40 people": a subject before the item, a cue before it
        between = self.d.text[end:a]
        i = self.sentence(start)
        # the rest of the sentence after the cue, or after the source of "..., said X of the Agency."
        tail = self.d.text[max(at, b) if a > at else at:self.d.sentences[i].end] if i is not None else ""
        tail = re.split(r"--|—|;", tail)[0]
        closing = self.d.text[max(start, end - 3):end] + between  # '"..., " a barber told': the comma inside the mark
        return ("," in between or "—" in between or "--" in between or re.search(r",\s*[\"”]\s*$", closing)
                is not None) and len(tail) < 60

    def _person_first(self, f: tuple[int, int, str, int, bool]) -> tuple[str, str, str | None, str]:
        """A speaker phrase resolved to the person it names ("Secretary of State Hillary Clinton")."""
        people = [m for m in self.mentions.inside(f[0], f[1]) if m[4] == "PERSON"]
        if people:
            m = people[-1]
            return f"entity:{m[2]}", m[3], m[2], "person"
        return self._resolve(f[0], f[1], f[2])

    def _resolve(self, a: int, b: int, cue: str = "") -> tuple[str, str, str | None, str]:
        """resolve() of the phrase at [a, b), and then: a description ("the doctor", "the official who uses one
        name") is the person the report introduced with it; a name no entity types is a person's when it is
        said to speak ("said Fauzi"; not "New estimates")."""
        phrase = self.d.text[a:b]
        got = resolve(phrase, a, self.mentions, b)
        if got[2] is not None and got[3] != "person" and self._introduced_as_person(got[2]):
            return got[0], got[1], got[2], "person"  # "Fauzi, an official ...", typed a place by the entities
        if got[2] is not None or got[3] == "outlet":
            return got
        described = self._described(phrase, a)
        if described is not None:
            return described
        words = phrase.split()
        if got[3] == "source" and cue in _SPOKE and _titled_name(words):
            # "disaster agency official Fauzi": the name, one source with "Fauzi" elsewhere
            k = next(n for n, w in enumerate(words) if w[:1].isupper())
            x = a + phrase.index(words[k], sum(len(w) for w in words[:k]))
            key, name, eid, _ = resolve(self.d.text[x:b], x, self.mentions, b)
            return key, name, eid, "person"
        if got[3] == "source" and cue in _SPOKE and _name_like(phrase):
            return got[0], got[1], got[2], "person"
        return got

    def _introduced_as_person(self, entity: str) -> bool:
        """Does the report introduce this entity as a person ("Fauzi, an official of the local agency",
        "agency spokesman Fauzi"), however the entities typed it?"""
        text = self.d.text
        for a, b, eid, _, _ in self.mentions.items:
            if eid != entity:
                continue
            if _PERSON_APPOSED.match(text, b) or _PERSON_TITLE.search(text, max(0, a - 40), a):
                return True
        return False

    def _described(self, phrase: str, a: int) -> tuple[str, str, str | None, str] | None:
        """The person a definite description stands for: the last one the report introduced with its noun,
        in an apposition ("Ema Suryani, a doctor at a health clinic") or as a title ("disaster agency official
        Fauzi"); an entity when the name is one."""
        m = _DESCRIPTION.fullmatch(phrase.strip())
        if m is None or m.group(1).lower() not in PERSON_NOUNS:
            return None
        noun = re.escape(m.group(1).lower())
        text = self.d.text[:a]
        name = r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
        found = [(x.start(1), x.end(1)) for x in re.finditer(
            name + r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?" + noun + r"\b", text)]
        found += [(x.start(1), x.end(1)) for x in re.finditer(r"\b" + noun + r"\s+" + name, text)]
        found = [f for f in found if not is_outlet(self.d.text[f[0]:f[1]], self.outlets)]
        if not found:
            return None
        x, y = max(found)
        key, written, eid, _ = self._person_first((x, y, "named", x, False)) if self.mentions.inside(x, y) else \
            resolve(self.d.text[x:y], x, self.mentions, y)
        return key, written, eid, "person"

    def _last_body(self, before: int) -> tuple[int, int, str, int, bool] | None:
        """The last body, group or outlet said to speak before an offset ("it", "they"), in its sentence and the
        three before: not a pronoun, not one person."""
        i = self.sentence(before)
        if i is None:
            return None
        for j in range(i, max(-1, i - 4), -1):
            for f in sorted((f for f in self.reading(j).found if f[3] < before), key=lambda f: -f[3]):
                phrase = self.d.text[f[0]:f[1]]
                words = normal(phrase).split()
                if not words or words[-1] in PRONOUNS or words[-1] in PERSON_NOUNS:
                    continue
                if f[4] or self._resolve(f[0], f[1], f[2])[3] != "person":
                    return f
        return None

    def _cut_before(self, i: int, start: int) -> list[tuple[int, int, str, int, bool]]:
        """"Police say that on Saturday around 11:30 p.m. | Gray was standing ...": a sentence the splitter cut
        after an abbreviation, inside the clause an attribution opens, keeps that attribution."""
        if i == 0:
            return []
        prev = self.d.sentences[i - 1]
        text = self.d.text[prev.start:prev.end]
        if not _CUT.search(text):
            return []
        out = []
        for f in self.reading(i - 1).found:
            rest = self.d.text[f[3]:prev.end]
            m = re.match(r"\w+\s+that\s", rest)
            if m and len(rest) - m.end() < 60 and start - f[3] <= MAX_REACH and not f[4]:
                out.append(f)
        return out

    def _is_person(self, entity: str | None) -> bool:
        return entity is not None and any(m[2] == entity and m[4] == "PERSON" for m in self.mentions.items)

    def _told_before(self, i: int, quote: Quote, start: int) -> list[Link]:
        """The outlet a quote's speaker "told" in the sentences before (the quote paragraph continues it)."""
        sents = self.d.sentences
        who = normal(quote.speaker_text or quote.speaker or "")
        for j in range(i - 1, max(-1, i - 3), -1):
            if start - sents[j].start > 600:
                break
            reading = self.reading(j)
            for a, b, _, at, outlet in reading.found:
                if outlet or normal(self.d.text[a:b]) != who:
                    continue
                return [Link(self.d.text[ra:rb], cue, "relay", ra, rb) for ra, rb, cue, told_at in reading.relays
                        if told_at == at and not self._own(self.d.text[ra:rb])]
        return []

    def _is_place(self, entity: str | None) -> bool:
        return entity is not None and any(m[2] == entity and m[4] in ("GPE", "LOC", "FAC") for m in self.mentions.items)

    def _last_speaker(self, before: int) -> tuple[int, int, str, int, bool] | None:
        """The last person said to speak before an offset, in its sentence and the three before: a name or a
        person's description, not a pronoun, a body or an outlet."""
        i = self.sentence(before)
        if i is None:
            return None
        for j in range(i, max(-1, i - 4), -1):
            found = [f for f in self.reading(j).found if f[3] < before and not f[4]]
            for f in sorted(found, key=lambda f: -f[3]):
                phrase = self.d.text[f[0]:f[1]]
                words = normal(re.split(r"\s(?:of|for|at|in|from|with)\s", phrase)[0]).split()
                if not words or words[-1] in PRONOUNS:
                    continue
                kind = self._resolve(f[0], f[1], f[2])[3]
                if kind == "person" or words[-1] in PERSON_NOUNS:  # "a BP spokesman" is a person
                    return self._subject_after(j, i, before) or f
        return self._subject_after(max(-1, i - 4), i, before)

    def _subject_after(self, j: int, i: int, before: int) -> tuple[int, int, str, int, bool] | None:
        """A person a sentence after sentence j (up to i) opens with as its subject ("Professor Varoufakis
        blames ...", "A professor of economics at the University of Athens, Yanis Varoufakis, did not go ..."):
        "he" after it is that person, though someone else was the last to be said to speak."""
        for k in range(i, j, -1):
            s = self.d.sentences[k]
            for m in self.mentions.inside(s.start, min(s.end, before)):
                prefix = self.d.text[s.start:m[0]]
                if m[4] == "PERSON" and (_SUBJECT_PREFIX.fullmatch(prefix) or _TITLE_BEFORE.fullmatch(prefix)):
                    return m[0], m[1], "named", m[0], False
                apposed = _APPOSED_PREFIX.fullmatch(prefix)
                if apposed and (m[4] == "PERSON" or apposed.group(1).lower() in PERSON_NOUNS):
                    # "A professor of economics at ..., Yanis Varoufakis," (a person, however the name was typed)
                    return m[0], m[1], "named", m[0], False
            titled = _TITLED.match(self.d.text, s.start, min(s.end, before))
            if titled:  # "Professor Varoufakis blames ...", the name not found as an entity there
                return titled.start(1), titled.end(1), "named", titled.start(1), False
        return None

    def _continued(self, i: int, start: int) -> tuple[tuple[int, int, str, int, bool], int] | None:
        """The attribution of the quote an unattributed item's sentence opens or continues, and the
        sentence it is in."""
        sents = self.d.sentences
        text = self.d.text

        def opens(j: int) -> bool:
            # An opening mark: "“", or a straight mark glued to the next word (not a closing one that the
            # sentence splitter left at the start of the next sentence).
            t = text[sents[j].start:sents[j].end].lstrip()
            if t[:1] == "\"" and len(t) > 1 and t[1] == " " and j > 0 and self.spaced_marks:
                # '" We ' re talking ...' (a text with its marks spaced out): an opening mark when the sentence
                # before closed all its quotes, a closing one left over when it did not
                before = text[sents[j - 1].start:sents[j - 1].end]
                return sum(before.count(m) for m in _MARKS) % 2 == 0
            return t[:1] == "“" or t[:1] == "\"" and len(t) > 1 and not t[1].isspace()

        inside = opens(i) or (i > 0 and opens(i - 1) and sum(text[sents[i - 1].start:sents[i - 1].end].count(m)
                                                              for m in _MARKS) == 1)
        if not inside:
            return None
        # The quote closes later: the attribution right after its closing mark.
        for j in range(i, min(len(sents), i + 4)):
            a = start if j == i else sents[j].start
            seg = text[a:sents[j].end]
            close = next((a + n for n, ch in enumerate(seg) if ch in ("”", "\"") and n > 0), None)
            if close is None:
                continue
            after = [f for f in self.reading(j).found if f[3] > close and f[3] - close < 40 and not f[4]]
            if after:
                return min(after, key=lambda f: f[3]), j
            break
        # Else the attribution of the sentences before (a statement, then its quote paragraphs).
        for j in range(i - 1, max(-1, i - 4), -1):
            if start - sents[j].start > 600:
                break
            found = [f for f in self.reading(j).found if not f[4]]
            if found:
                return max(found, key=lambda f: f[3]), j
        return None

    @staticmethod
    def _speaker_ok(q: Quote) -> bool:
        written = (q.speaker_text or q.speaker or "").strip()
        if written.lower() in ("i", "we", "you", "it", "they", "which", "that", "who"):
            return False  # the first person of a comment, a pronoun the quotes stage could not place
        return may_be_source(written, entity=q.speaker_entity is not None and written[:1].isupper())

    def _own(self, outlet: str) -> bool:
        """Is this outlet the report's own ("X told CNN" in a CNN report relays nothing)?"""
        own = normal(self.d.outlet or "")
        name = normal(outlet)
        return bool(own and name) and (own in name or name in own)

    def _quote_at(self, start: int | None, end: int | None) -> Quote | None:
        if start is None:
            return None
        for a, b, q in self.quotes:
            if a > start:
                break
            # Inside the quote's first part: no quote mark between its opening and the item (a quote
            # left open in a text without paragraphs would otherwise hold the rest of the report).
            if a <= start and (end or start) <= b and not any(ch in _MARKS for ch in self.d.text[a:start]):
                return q
        return None


def _find(text: str, needle: str) -> int | None:
    """Where a quote or sentence of another report is in this one (its first words)."""
    probe = " ".join(needle.split()[:8])
    if len(probe) < 8:
        return None
    i = text.find(probe)
    return i if i != -1 else None


# ---------------------------------------------------------------------- the stage


def _pid(key: str) -> str:
    return "src-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def outlet_count(documents: list[str], sources: Sources, by_id: dict[str, Document]) -> int:
    """Independent outlets: reports in one copy group count once, and so do reports of one outlet."""
    if hasattr(sources, "outlet"):
        return sources.count(documents)  # issue 14's Sources joins outlets and copy groups itself
    keys = set()
    for doc_id in documents:
        d = by_id.get(doc_id)
        outlet = (d.outlet or "").strip().casefold() if d is not None else ""
        keys.add(("outlet", outlet) if outlet else ("source", sources.key(doc_id)))
    # Two outlets that print one copy group are one source: count the groups when fewer.
    return min(len(keys), sources.count(documents)) if documents else 0


def trace_provenance(documents: list[Document], entities: list[Entity], claims: list[Claim], quotes: list[Quote],
                     events: list[Event], agreements: list[Finding], conflicts: list[Finding],
                     brief: list[BriefSentence], sources: Sources) -> tuple[list[Provenance], list[PrimarySource]]:
    """Every item's attribution chains and its support at three levels; the primary sources."""
    by_id = {d.id: d for d in documents}
    mentions: dict[str, list] = {}
    for e in entities:
        for m in e.mentions:
            mentions.setdefault(m.document, []).append((m.start, m.end, e.id, e.name, e.type))
    outlets = frozenset(normal(d.outlet) for d in documents if d.outlet)
    forces = {e.id: e.name for e in entities if e.type == "ORG" and POLICE_NAME.search(e.name)}
    police = next(iter(forces.items())) if len(forces) == 1 else None
    quote_spans: dict[str, list] = {}
    for q in quotes:
        if q.kind != "direct":
            continue
        for doc_id in q.documents:
            d = by_id.get(doc_id)
            if d is None:
                continue
            a = q.start if doc_id == q.document else _find(d.text, q.text)
            if a is not None:
                b = q.end if doc_id == q.document else a + len(q.text)
                quote_spans.setdefault(doc_id, []).append((a, b, q))
    reports: dict[str, _Report] = {}

    def report(doc_id: str) -> _Report | None:
        if doc_id not in by_id:
            return None
        if doc_id not in reports:
            reports[doc_id] = _Report(by_id[doc_id], _Mentions(mentions.get(doc_id, []), police),
                                      quote_spans.get(doc_id, []), outlets)
        return reports[doc_id]

    records: list[Provenance] = []
    names: dict[str, tuple[str, str | None, str]] = {}

    def note_names(chain: Chain, r: _Report) -> None:
        if chain.primary == UNATTRIBUTED or chain.primary in names:
            return
        key = chain.primary
        entity = key[len("entity:"):] if key.startswith("entity:") else None
        last = chain.links[-1] if chain.links else None
        kind = "outlet" if last is not None and is_outlet(last.source, outlets) else (
            "person" if entity and any(m[2] == entity and m[4] == "PERSON" for m in r.mentions.items)
            else "organisation" if entity else "source")
        names[key] = (chain.primary_name or key, entity, kind)

    def finish(item: str, kind: str, chains: list[Chain], docs: list[str], basis: str = "") -> Provenance:
        for c in chains:
            r = report(c.document)
            if r is not None:
                note_names(c, r)
        keys = list(dict.fromkeys(c.primary for c in chains if c.primary != UNATTRIBUTED))
        own = {sources.key(c.document) for c in chains if c.primary == UNATTRIBUTED}
        pid = "prov-" + hashlib.sha1(f"{kind}|{item}".encode()).hexdigest()[:12]
        record = Provenance(pid, item, kind, chains, [_pid(k) for k in keys], len(set(docs)),
                            outlet_count(docs, sources, by_id), len(keys) + len(own),
                            any(link.role == "relay" for c in chains for link in c.links), basis)
        records.append(record)
        return record

    claim_chain: dict[tuple[str, int], Chain] = {}
    for c in claims:
        r = report(c.document)
        if r is None:
            continue
        chain = r.chain(c.start, c.end)
        claim_chain[(c.document, c.start)] = chain
        finish(c.id, "claim", [chain], [c.document])
    for q in quotes:
        chains = []
        for doc_id in q.documents:
            r = report(doc_id)
            if r is None:
                continue
            spans = [(a, b) for a, b, qq in r.quotes if qq is q]
            if not spans:  # reported speech: where the quotes stage found it, or its words in a reprint
                at = q.start if doc_id == q.document else _find(r.d.text, q.text)
                spans = [(at, at + (q.end - q.start))] if at is not None else []
            a, b = spans[0] if spans else (None, None)
            chains.append(r.chain(a, b, speaker=q))
        finish(q.id, "quote", chains, q.documents)
    for ev in events:
        chains = []
        for evidence in ev.evidence:
            r = report(evidence.document)
            if r is not None:
                chains.append(r.chain(evidence.start, evidence.end))
        finish(ev.id, "event", chains, ev.documents)
    published = {d.id: d.published.date or d.published.latest or "" for d in documents}
    for kind, findings in (("agreement", agreements), ("conflict", conflicts)):
        for n, f in enumerate(findings):
            chains = []
            for it in f.items:
                chain = claim_chain.get((it.document, it.start)) if it.start is not None else None
                if chain is None:
                    r = report(it.document)
                    if r is not None:
                        chain = r.chain(it.start, it.end)
                if chain is not None:
                    chains.append(chain)
            finish(f"{kind}-{n}", kind, chains, f.documents or [it.document for it in f.items],
                   finding_basis(kind, chains, f, published))
    for n, b in enumerate(brief):
        chains = []
        for doc_id in b.documents:
            r = report(doc_id)
            a = _find(r.d.text, b.text) if r is not None else None
            if r is not None and a is not None:
                chains.append(r.chain(a, a + len(b.text)))
        finish(f"brief-{n}", "brief", chains, b.documents)

    primaries: dict[str, PrimarySource] = {}
    for rec in records:
        for c in rec.chains:
            if c.primary == UNATTRIBUTED:
                continue
            name, entity, kind = names[c.primary]
            pid = _pid(c.primary)
            p = primaries.get(pid)
            if p is None:
                p = primaries[pid] = PrimarySource(pid, name, entity, kind)
            origin = c.links[-1].source if c.links else name
            if origin not in p.aliases:
                p.aliases.append(origin)
            if rec.id not in p.items:
                p.items.append(rec.id)
            if c.document not in p.documents:
                p.documents.append(c.document)
            d = by_id.get(c.document)
            for link in c.links:
                if link.role == "relay" and link.source not in p.relays:
                    p.relays.append(link.source)
            outlet = (d.outlet or d.title or d.source) if d is not None else c.document
            if outlet and outlet not in p.relays:
                p.relays.append(outlet)
    order = sorted(primaries.values(), key=lambda p: (-len(p.documents), p.name.casefold(), p.id))
    return records, order


def finding_basis(kind: str, chains: list[Chain], finding: Finding, published: dict[str, str]) -> str:
    """Whether an agreement's or a conflict's values come from different primary sources or from one."""
    keys = {c.primary for c in chains if c.primary != UNATTRIBUTED}
    unattributed = sum(1 for c in chains if c.primary == UNATTRIBUTED)
    if kind == "agreement":
        if len(keys) == 1 and not unattributed:
            return "one primary source relayed"
        return "independent primary sources" if len(keys) + min(unattributed, 1) > 1 else "unattributed"
    if len(keys) == 1 and not unattributed:
        values = {(c.document, c.start) for c in chains}
        days = {published.get(doc) for doc, _ in values}
        return "one source's update" if len(days) > 1 else "one primary source, reported differently"
    if len(keys) >= 2:
        return "different primary sources"
    return "unattributed values"


def support_phrase(record: Provenance | dict) -> str:
    """"6 reports, 5 outlets, 1 primary source": the three levels in words."""
    get = record.get if isinstance(record, dict) else (lambda k: getattr(record, k))
    n = get("primary_count")
    return (f"{get('reports')} report{'s' if get('reports') != 1 else ''}, {get('outlets')} "
            f"outlet{'s' if get('outlets') != 1 else ''}, {n} primary source{'s' if n != 1 else ''}")
