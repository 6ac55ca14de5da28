"""What kind of source a phrase is: an outlet or agency, the police, a name, something that can be a
source at all; and the normal form by which source phrases are compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import (
    BODY_NOUNS,
    MASTHEADS,
    OUTLET_DESCRIPTIONS,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    SOURCE_NOUNS,
    _CALL_SIGN,
    _COMMON_MASTHEADS,
    _NOT_SOURCES,
    _SHORT_OUTLETS,
)


def is_outlet(phrase: str, outlets: frozenset[str] = frozenset()) -> bool:
    """Is the phrase a news outlet or agency ("Reuters", "state television", "the Daily Star")?"""
    phrase = phrase.strip().rstrip(".,;:")  # "ABC7." as a quote's speaker read up to the full stop
    phrase = re.sub(r"(\w)\s+-\s+(\w)", r"\1-\2", phrase)  # "the state - run agency" (a tokenised text)
    # "the San Angelo (Texas) Standard-Times": a place in brackets inside a masthead is no part of its name
    phrase = re.sub(r"\s*\((?:[A-Z][\w.]*\s?){1,3}\)(?=\s+[A-Z])", "", phrase)
    low = re.sub(r"['’]s$", "", phrase.casefold().strip())
    low = low[4:] if low.startswith("the ") else low
    if low in outlets or outlets and normal(phrase) in outlets:
        return True  # (the names are kept normalised: "Ma'an" is "ma an" there)
    reporter = _OUTLETS_REPORTER.fullmatch(phrase.strip())
    if reporter is not None and reporter.group(1).casefold() not in ("the", "a", "an") and is_outlet(reporter.group(1),
                                                                                                 outlets):
        return True  # "Israel Radio's military affairs correspondent said": the outlet reporting, through its reporter
    if OUTLET_NAMES.fullmatch(low) or OUTLET_NAMES.fullmatch("the " + low):
        return True
    if "-" in low and (OUTLET_NAMES.fullmatch(low.replace("-", " ")) or low.replace("-", " ") in outlets):
        return True  # "Al-Arabiya" is "Al Arabiya"
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", phrase)
    if 1 < len(parts) <= 4 and all(p and is_outlet(p, outlets) for p in parts):
        return True  # "ABC 7 Chicago and CBS Chicago"
    words = low.split()
    written = re.sub(r"['’]s$", "", phrase.strip()).split()
    the = bool(written) and written[0].lower() == "the"
    written = written[1:] if the else written
    if _SHORT_OUTLETS.fullmatch(low) or len(written) == 1 and _CALL_SIGN.fullmatch(written[0]):
        return True
    if len(written) == 3 and _CALL_SIGN.fullmatch(written[0]) and written[1] == "Channel" and written[2].isdigit():
        return True  # a station by its call sign and channel: "WCCO-TV Channel 4"
    if 2 <= len(written) <= 3 and written[-2] == "Channel" and written[-1].isdigit() and written[0][:1].isupper():
        return True  # a channel by its number: "Channel 2", "Israel's Channel 10"
    if len(written) == 1 and (re.fullmatch(r"(?:\d+|[A-Z][A-Za-z]*)News(?:\.com)?", written[0])
                              or re.fullmatch(r"[A-Z][A-Za-z]{2,}News\w*\.com|[A-Z][A-Za-z]*\.com", written[0])):
        return True  # a station or site by its brand: "5News", "FoxNews.com", "NewsChannel"
    if words and "-" in words[-1] and words[-1].rsplit("-", 1)[1] in MASTHEADS and \
            all(w[:1].isupper() or w in ("of", "and", "&") for w in written) and (the or len(written) >= 2) \
            and len(written) <= 6:
        return True  # "The San Diego Union-Tribune", "the Standard-Times"
    channel = re.fullmatch(r"([a-z]{2,5})-?\d{1,2}", low)
    if channel and (OUTLET_NAMES.fullmatch(channel.group(1)) or _CALL_SIGN.fullmatch(channel.group(1).upper())
                    and written[-1][:1].isupper()):
        return True  # a station by its channel: "ABC7", "CBS2", "KCTV5"
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
                                                  or OUTLET_NOUNS.fullmatch(" ".join(words[-2:])) is not None
                                                  or bool(OUTLET_NAMES.match(low)) and len(words) <= 3
                                                  # (not a person an outlet's name begins: "the vice president")
                                                  and not (len(words) > 1 and words[-1] in PERSON_NOUNS))


# an outlet's reporter: "Israel Radio's military affairs correspondent", "AFP news agency reporter at the scene"
_OUTLETS_REPORTER = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}(?:\s+news\s+agency)?)(?:['’]s)?\s+"
                               r"(?:[a-z][\w-]*\s+){0,3}(?:correspondent|reporter|journalist)s?(?:\s+(?:at|on|in)\s+the\s+"
                               r"scene)?")


# One outlet under its old and new names ("told The Huffington Post" in a report PolNeAR's metadata gives to HuffPost)
_RENAMED = {"huffpost": "huffington post"}


def is_house(outlet: str, house: tuple[str, ...]) -> bool:
    """Is this outlet one of the report's own house names (its outlet, its opening agency)? "told CNN" in CNN;
    "told NBC Philadelphia" and "NBC10" on nbcphiladelphia.com; "FoxNews.com" on Fox News."""
    name = _RENAMED.get(normal(outlet), normal(outlet))
    for own in (_RENAMED.get(normal(h), normal(h)) for h in house):
        if not (own and name):
            continue
        if f" {own} " in f" {name} " or f" {name} " in f" {own} ":
            return True  # by whole words: "Time" is not "the Standard-Times"
        # a site's domain: the outlet's name without spaces, or a station's letters before its channel, starts it
        stem = re.sub(r"^www\s|\s(?:com|org|net|co|uk|tv)\b.*$", "", own).replace(" ", "")
        squashed = name.replace(" ", "")
        letters = re.match(r"[a-z]{3,}(?=\d)", squashed)
        if len(stem) >= 4 and len(squashed) >= 4 and (squashed.startswith(stem) or stem.startswith(squashed)):
            return True
        if len(squashed) >= 6 and stem.endswith(squashed) and len(stem) - len(squashed) <= 3:
            return True  # a site named with its city's letters before the name: "the Daily News" on nydailynews.com
        if len(stem) >= 5 and " " not in own.strip() or re.search(r"\s(?:com|org|net|co|uk|tv)\b", own):
            if len(squashed) >= 3 and stem.startswith(squashed) or letters and stem.startswith(letters.group()):
                return True
    return False


def may_be_source(phrase: str, entity: bool = False) -> bool:
    """Can this subject be where information starts: a name, a pronoun, a body or a record ("officials",
    "a count")? Not "the fact", "an outbreak", "Nobody", "Views"."""
    if re.fullmatch(r"(?:many|some|most|all|several|one|two|three|four|five|few|none|each|both)\s+of\s+"
                    r"(?:them|those|these|us|the\s+[\w-]+)", phrase.strip(), re.I):
        return True  # "many of them said": part of a group the report named
    if re.match(r"(?:neither|no|none)\s", phrase.strip(), re.I):
        return False  # "neither the United States nor its allies have shown ...": a subject said to do nothing
    both = re.split(r"\s+and\s+", phrase.strip())
    if len(both) == 2 and all(both) and may_be_source(both[0], entity) and may_be_source(both[1], entity):
        return True  # one person described twice: "the Texas congressman and GOP presidential contender said"
    # "people familiar with the matter", "a source close to the family": the noun before "familiar" is the head
    phrase = re.split(r"\s(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about)\s", phrase)[0]
    words = re.findall(r"[\w][\w.'’&-]*", re.split(r"\s(?:of|for|at|in|from|with|to|inside|outside|near|on)\s",
                                                   phrase)[0])  # ("Sources on both sides say")
    if len(words) >= 3 and words[-2] in ("No.", "No") and words[-1].isdigit() and words[0][:1].isupper():
        words = words[:-2]  # "John Doe No. 117 says": a name with its number in a court's list
    if not words:
        return False
    last = re.sub(r"['’]s$", "", words[-1]).lower()
    if len(words) == 1 and last in _NOT_SOURCES - {"it", "we", "i", "you"} and not re.fullmatch(r"[A-Z]{3,}", words[0]):
        return False
    if last in PRONOUNS or last in SOURCE_NOUNS or entity or is_outlet(phrase):
        return True  # an outlet is a source too: "the news stations said"
    if words[-1].islower() and len(words) <= 4 and words[0].lower() in ("the", "a", "an", "her", "his", "their", "its") \
            and (last in PERSON_NOUNS or last in _PERSON_HEADS):
        return True  # a person by a noun the lists above lack: "the pilot told", "a woman who said", "the pope said"
    if last in BODY_NOUNS and words[-1].islower() and len(words) <= 4:
        return True  # a body by its kind: "a battery that the firm said will offer", "the society said"
    if last in OUTLET_DESCRIPTIONS and len(words) <= 3 and words[0].lower() in ("the", "this", "that"):
        return True  # "the station reported", "the paper said": the outlet the report named before
    if len(words) <= 6 and words[-1].islower() and (_AGENT_NOUN.fullmatch(last) and last not in _NOT_AGENTS
                                                    or last in _GROUP_NOUNS):
        return True  # a person or group by what they do: "the narrator", "the captive", "a Lebanese Shia clan"
    # (a name may end in a particle and a capital: "Abu Arif al-Khalid", "Ahmed el-Sayed")
    return (words[-1][:1].isupper() or re.fullmatch(r"[a-z]{1,3}-[A-Z][\w'’-]*", words[-1]) is not None and
            words[0][:1].isupper()) and (last not in _NOT_SOURCES or re.fullmatch(r"[A-Z]{3,}", words[-1]) is not None) \
        and not (len(words) > 6 and not words[0][:1].isupper()
                 # (but a long name or title with one lowercase word before it: "former Louisa County Sheriff's Office
                 # Detective Buck Garner")
                 and not all(w[:1].isupper() for w in words[1:]))


# Nouns of a person or group by what they do ("narrator", "examiner", "captor", "economist", "civilian", "resident")
# and nouns of groups: a subject that can be where information starts, though no list names it
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)s?")
# Heads of a phrase naming one person that neither the agent pattern nor the lists of cues hold ("the pilot", "a woman")
_PERSON_HEADS = frozenset("pilot pope woman man girl boy mom dad wife husband son daughter aunt uncle teen victim "
                          "caller".split())
_GROUP_NOUNS = frozenset("clan clans tribe tribes regime regimes parties unions captive captives hostage hostages".split())
_NOT_AGENTS = frozenset("number numbers matter matters incident incidents event events moment moments amount amounts "
                        "order orders other others weather water winter summer border borders element elements".split())


def normal(phrase: str) -> str:
    low = re.sub(r"['’]s\b", "", phrase.casefold())
    low = re.sub(r"[^\w\s-]", " ", low)
    words = low.split()
    while words and words[0] in ("the", "a", "an", "its", "his", "her", "their", "our", "local", "some"):
        words = words[1:]
    return " ".join(words)


POLICE_NAME = re.compile(r"\b(police|sheriff'?s?|nypd|lapd|constabulary|gendarmerie|carabinieri|polizei)\b", re.I)
_POLICE_HEADS = frozenset("police cops policemen policewomen officers".split())


def is_police(phrase: str) -> bool:
    """Is a source phrase (not a name) the police: "police", "cops", "the officers involved", "police accounts"?"""
    head = re.split(r"\s(?:of|for|at|in|from|with|involved|who|on)(?:\s|$)", normal(phrase))[0].split()
    return bool(head) and len(head) <= 3 and (head[-1] in _POLICE_HEADS or head[0] == "police"
                                               and head[-1] in ("accounts", "account", "sources", "statement",
                                                                "report", "reports", "records", "officials",
                                                                "department", "force", "authorities"))


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


# Nouns of a description that is an outlet wherever it is told something ("told the paper", "told the industry trade
# paper"; not "told the agency", a government's as well)
_TOLD_DESCRIPTIONS = frozenset("newspaper paper station network broadcaster channel magazine tabloid daily".split())


def is_told_outlet(phrase: str) -> bool:
    """Is a phrase after "told" an outlet's description ("the paper", "the industry trade paper")?"""
    words = normal(phrase).split()
    return is_description(phrase) and 1 <= len(words) <= 3 and words[-1] in _TOLD_DESCRIPTIONS


def is_description(phrase: str) -> bool:
    """Is an outlet phrase a description ("the newspaper", "the state-run daily"), not a name?"""
    words = phrase.strip().split()
    return bool(words) and words[0].lower() in ("the", "this", "that", "a", "an") and not any(
        w[:1].isupper() for w in words[1:])


def speaker_ok(q) -> bool:
    """Can a quote's speaker (from the quotes stage) be a source: not "I", "we", "which", "the fact"?"""
    written = (q.speaker_text or q.speaker or "").strip()
    if written.lower() in ("i", "we", "you", "it", "they", "which", "that", "who"):
        return False  # the first person of a comment, a pronoun the quotes stage could not place
    # (an entity named at the end of a lowercase title: "the UN human rights chief Navi Pillay")
    named = q.speaker_entity is not None and (written[:1].isupper() or bool(q.speaker) and written.split()[-1:] == (
        q.speaker or "").split()[-1:] and written.split()[-1][:1].isupper())
    return may_be_source(written, entity=named)


# What a name said to be an outlet is written with: "Al-Arabiya television", "the TAP news agency", "Anatolia news agency"
_NAMED_AS_OUTLET = re.compile(r"\s+(?:state[- ]run\s+|state\s+|official\s+)?(?:news\s+agency|news\s+service|television|tv|"
                              r"radio|newspaper|broadcaster|news\s+channel|tv\s+channel)\b", re.I)
# (the noun in lowercase: "Al-Arabiya television"; not the capitalised part of a name, "the Tunisian News Agency")
_NAME_BEFORE_NOUN = re.compile(r"(?:^|(?<=[\s(\"“]))((?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]*?)(?:['’]s)?(?=" +
                               _NAMED_AS_OUTLET.pattern.replace("tv", "TV") + r")")


# a name written after its outlet noun: "the Palestinian news agency Ma'an", "the state-run newspaper Al-Watan"
_NAME_AFTER_NOUN = re.compile(r"\b(?:news\s+agency|newspaper|daily|broadcaster|television\s+station|tv\s+station)\s+"
                              r"((?:[A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*){0,2})")


def named_outlets(texts: list[str], mentions: list[tuple[int, int, str, str]]) -> frozenset[str]:
    """Names the story's own reports write as outlets ("Al-Arabiya television", "Tunisia's state-run TAP news agency",
    "he told Anatolia news agency"), in normal form: such a name is an outlet wherever a report names it ("told TAP
    Monday", "Al-Arabiya reported"), as the entities found it or as written. ``mentions``: (document index, start, end,
    type) of the entities' mentions; a people's or a place's name before "television" ("Syrian television") is none."""
    places: dict[int, list[tuple[int, int]]] = {}
    for n, a, b, kind in mentions:
        if kind in ("NORP", "GPE", "LOC"):
            places.setdefault(n, []).append((a, b))
    return outlets_named([text_outlets(str(n), text, places.get(n, [])) for n, text in enumerate(texts)])


@dataclass
class TextOutlets:
    """What one report's text gives ``named_outlets``, a function of its text and its places' spans alone (kept per
    report by an update, issue 17): the outlet names it writes, and each acronym it writes that spells a run of its
    capitalised words, with those runs (whether the acronym is an outlet's depends on the outlets of the reports
    read before it: ``outlets_named``)."""
    document: str
    names: list[str]
    acronyms: list[tuple[str, list[str]]]


def text_outlets(document: str, text: str, places: list[tuple[int, int]]) -> TextOutlets:
    names: list[str] = []
    for m in _NAME_BEFORE_NOUN.finditer(text):
        a, b = m.span(1)
        if any(x <= a and b <= y for x, y in places):
            continue  # "Syrian television", "Libyan state television": a country's broadcaster, named by it
        words = m.group(1).split()
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        name = normal(" ".join(words))
        if name and not is_police(name) and name not in ("state", "official", "national"):
            names.append(name)
    for m in _NAME_AFTER_NOUN.finditer(text):
        name = normal(m.group(1))
        if name and not is_police(name):
            # "the Palestinian news agency Ma'an": "Ma'an reported" (as written too: the apostrophe kept)
            names += [name, m.group(1).casefold()]
    return TextOutlets(document, names, _acronym_runs(text))


def outlets_named(parts: list[TextOutlets]) -> frozenset[str]:
    """The outlet names of the reports' texts (``text_outlets`` each, in the story's order), their acronyms with them."""
    out: set[str] = set()
    for part in parts:
        out.update(part.names)
        outlets = frozenset(out)
        out |= {acronym.casefold() for acronym, spelled in part.acronyms if not is_outlet(acronym, outlets)
                and any(is_outlet(full, outlets) for full in spelled)}
    return frozenset(out)


_ACRONYM = re.compile(r"\b[A-Z]{3,5}\b")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){2,6}")


def _acronym_runs(text: str) -> list[tuple[str, list[str]]]:
    """Acronyms a report writes that may stand for an outlet it names in full ("The Hollywood Reporter" ... "she told
    THR", "Lund's University Magazine" ... "told LUM"): each with the stretches of 3 to 5 capitalised words it spells
    (``outlets_named`` keeps those that spell an outlet, in normal form)."""
    acronyms = set(_ACRONYM.findall(text))
    if not acronyms:
        return []
    # each run of capitalised words, once: the initials of its stretches of 3 to 5 words
    spelled: dict[str, list[str]] = {}
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        for a in range(len(words)):
            for b in range(a + 3, min(len(words), a + 5) + 1):
                spelled.setdefault("".join(w[0] for w in words[a:b]), []).append(" ".join(words[a:b]))
    return [(acronym, spelled[acronym]) for acronym in sorted(acronyms) if acronym in spelled]


# "the Ma'an report", "the Daily Planet's report": an outlet's report (group 1: the outlet)
_OUTLETS_REPORT = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*?)(?:['’]s)?\s+reports?")


def outlets_report(written: str, outlets: frozenset[str]) -> str | None:
    """The outlet whose report a speaker is ("the Ma'an report": "Ma'an"), else None."""
    m = _OUTLETS_REPORT.fullmatch(written.strip())
    return m.group(1) if m is not None and (is_outlet(m.group(1), outlets) or normal(m.group(1)) in outlets) else None
