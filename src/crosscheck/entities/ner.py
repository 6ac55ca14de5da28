"""Mentions: spaCy's named entities plus the rules news needs.

- Titles before names (Lt. Gen., Maj-Gen, Col, Prime Minister, Spokesperson...)
  are kept out of the name and remembered, so "Lt. Gen. Maria Keller" and
  "General Keller" both reduce to the person Keller.
- Names with Arabic particles ("Al-", "el-", "al ") are joined to the name the
  model split them from.
- "Name (ACR)" anywhere in the story teaches an acronym.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from ..given_names import given_name_gender
from ..records import Document, Mention

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}

TITLES = [
    "Lieutenant General", "Lt. Gen.", "Lt Gen", "Lt.-Gen.", "Lieutenant-General", "Major General", "Maj. Gen.",
    "Maj-Gen", "Maj Gen", "Major-General", "Brigadier General", "Brig. Gen.", "Brig Gen", "Brigadier",
    "General", "Gen.", "Gen", "Colonel", "Col.", "Col", "Lieutenant Colonel", "Lt. Col.", "Major", "Maj.", "Captain",
    "Capt.", "Admiral", "Adm.", "Vice Admiral", "Sergeant", "Sgt.", "Commander", "Cmdr.",
    "Prime Minister", "Deputy Prime Minister", "President", "Vice President", "Foreign Minister", "Defence Minister",
    "Defense Minister", "Interior Minister", "Health Minister", "Minister", "Secretary-General", "Secretary General",
    "Secretary", "Governor", "Mayor", "Senator", "Sen.", "Representative", "Rep.", "Ambassador", "Chancellor",
    "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope", "Cardinal", "Bishop", "Rabbi", "Imam",
    "Spokesperson", "Spokesman", "Spokeswoman", "Judge", "Justice", "Chief", "Dr.", "Dr", "Prof.", "Professor",
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Sir", "Dame",
]
_TITLE_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) +
                       r")\s+)+", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"(?:\b(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) +
                           r")\s+)+$")
_ACRONYM = re.compile(r"\b((?:[A-Z][\w'’.&-]*\s+){1,8}?(?:[A-Z][\w'’.&-]*))\s+\(([A-Z][A-Za-z.&]{1,9})\)")
# Lower-case words a name never starts with (particles such as "al-", "de", "van" are not here).
_LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:as|such as|and|or|by|with|from|to|of|for|in|on|at|than|like|including|via|said|says)\s+)+(?=[A-Z])")
# A sentence's opening word the model took into a person's name: "Following Gigante", "Joining Cooley" (issue 20).
_LEADING_SENTENCE_WORDS = re.compile(
    r"^(?:Following|Joining|According to|After|Before|Despite|Unlike|Including|Meanwhile|Like|Besides|Asked|"
    r"Speaking|Accompanying|Thanking|Praising|Quoting|Citing|Calling|Telling)\s+(?=[A-Z])")
_CREDIT_TAIL = re.compile(r"\s*/\s*(?:AFP|AP|Reuters|Getty|EPA|Bloomberg|Xinhua)\b.*$")
_PARTICLE_BEFORE = re.compile(r"\b([Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]z)[- ]$")


# A preposition or conjunction that opens a sentence, glued by the model to the name after it ("As Greeks try").
_SENTENCE_FUNCTION_WORD = re.compile(
    r"^(?:As|And|Or|But|By|With|From|For|In|On|At|If|When|While|Since|Because|Although|Though|Than|Like|Via|"
    r"Of|Yet|Unlike|Amid|Among|Against|During|Under|Without|Whether|Once|Until|Where)\s+(?=[A-Z])")
_TITLED_WORKS = ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT")  # "For Whom the Bell Tolls", "In God We Trust"
# "Karamanlis' New Democracy party": a possessor written before a name, a common word after it.
_POSSESSOR = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:s['’]|['’]s)\s+(?=[A-Z])")
_LOWER_TAIL = re.compile(r"(?:\s+[a-z]+)+$")
_PARTICLES = re.compile(r"\b(?:of|and|de|du|la|van|von|der|al|bin|da|di)\b")


def _sentence_start(text: str, start: int) -> bool:
    """Does a sentence (or a line) open at ``start``?"""
    before = text[max(0, start - 4):start]
    opens = re.search(r"(?:^|[.!?\n][\"'’”)]*)\s*$", before)
    return start == 0 or bool(opens) and not before.strip(" \t")[-1:].isalnum()


def _possessor_or_tail(surface: str, people: set[str], label: str = "ORG") -> tuple[int, int] | None:
    """The (start, end) of the name inside a span that also holds a possessor before it or lower-case words after
    it ("Karamanlis' New Democracy party" -> "New Democracy"; "Reince Priebus'" -> "Reince Priebus"); None when
    the span is the name. A possessor is cut only when it is a person the report names (``people``: their keys
    and surnames): "Women's World Cup" keeps its first word."""
    start, end = 0, len(surface)
    possessor = _POSSESSOR.match(surface)
    owner = re.sub(r"['’]s?\s*$", "", possessor.group(0).strip()) if possessor else ""
    if possessor and len(surface[possessor.end():].split()) >= 2 and key(owner) in people:
        start = possessor.end()  # a one-word rest ("McDonald's Corp") is the name of the possessor's own
    # A place keeps its common word ("Aceh province", which the alias rules join to "Aceh"), and a span in lower
    # case is no name to cut ("health ministry").
    named = label in ("PERSON", "ORG", "NORP") and (surface[start:start + 1].isupper() or surface[:1].isdigit())
    tail = _LOWER_TAIL.search(surface, start) if named else None
    # Not a name's own lower-case part after a hyphen ("Kim Jong - un", as a parse may space it).
    if tail and tail.start() > start and surface[tail.start() - 1].isalnum() and not _PARTICLES.search(tail.group(0)):
        end = tail.start()
    if surface[start:end].endswith(("s'", "s’")):
        end -= 1  # "Reince Priebus'": the possessive's apostrophe
    return (start, end) if (start, end) != (0, len(surface)) and end - start >= 2 else None


# First names that are also common words ("bill", "will", "mark"): never taken for a title.
_WORD_FIRST_NAMES = {"bill", "will", "mark", "rose", "grace", "hope", "faith", "jack", "pat", "joy", "dawn", "rob",
                     "sue", "art", "frank", "ray", "buck", "june", "april", "may", "amber", "ruby", "pearl", "iris",
                     "victor", "sterling", "earnest", "guy", "major", "king", "rich", "chase", "hunter"}


def _common_word_before_name(surface: str, text: str) -> tuple[str, str | None]:
    """(name, word) when a person's name of three or more words opens with a capitalised common word that the
    report also writes in lower case ("Lawyer Alexis Kougias" beside "his lawyer"), a title the list does not
    hold; (surface, None) otherwise. The name left is two capitalised words or more."""
    words = surface.split()
    first = words[0].lower() if words else ""
    if (len(words) < 3 or not words[0].isalpha() or not words[0][0].isupper() or first in _WORD_FIRST_NAMES
            or not all(w[:1].isupper() for w in words[1:])):
        return surface, None
    if not re.search(r"(?<![\w-])" + re.escape(first) + r"(?![\w-])", text):
        return surface, None
    return surface[len(words[0]):].lstrip(), words[0]


@dataclass
class RawMention:
    mention: Mention
    title: str | None  # the title written before the name, if any
    name: str  # the name without the title


# Titles only a person carries ("Mr. Park", "Dr. Law" are people whatever the word after).
_HONORIFIC = re.compile(r"(?i)(?:mr|mrs|ms|miss|dr|prof|sir|dame)\b")


def strip_title(text: str) -> tuple[str, str | None]:
    m = _TITLE_RE.match(text)
    if m and m.end() < len(text):
        rest = text[m.end():].strip()
        if _NOT_A_PERSON_WORD.match(rest) and not _HONORIFIC.match(m.group(0)):
            # "Justice Department", "General Motors": the title word is the start of an
            # organisation's name, not a person's title (issue 20e: "Justice Department" became a person
            # "Department")
            return text, None
        return rest, m.group(0).strip()
    return text, None


@functools.lru_cache(maxsize=65536)  # a pure function of the name, asked for every mention many times (issue 17)
def key(name: str) -> str:
    """Normalised lookup key: accents, case, 'the', possessives, hyphens and dots folded."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").casefold()
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[.]", "", s)
    s = re.sub(r"[-‐'`ʿʾ]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# A date or a year the model took into a person's name ("9/11 Barack Obama", "2010 Barack Obama": a related link's
# headline run into a caption on a news page; issue 20, twentieth session, a new user's oil-spill pile listed "9/11
# Barack Obama" as an alias). Not a number word of a stage name ("50 Cent").
# A plural of the people of a place or a group, run into the name after it: "Floridians Jeb Bush", "Texans Ted Cruz"
# (a fresh PolNeAR pile, twenty-second session: the entity was named "Floridians Jeb Bush"). A given name ending so
# ("Evans Kiprop") stays: the word is cut only when it is no given name.
_GROUP_BEFORE_NAME = re.compile(r"([A-Z][a-z]+(?:ians|ans|ites))\s+(?=[A-Z][a-z])")
_DATE_BEFORE_NAME = re.compile(r"(?:(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4})\s+)+(?=[A-Z])")


def find_mentions(document: Document, doc) -> list[RawMention]:
    text = document.text
    out: list[RawMention] = []
    people_here = {k for e in doc.ents if e.label_ == "PERSON"
                   for k in (key(text[e.start_char:e.end_char]), *key(text[e.start_char:e.end_char]).split()[-1:])}
    for ent in doc.ents:
        if ent.label_ not in KEEP:
            continue
        start, end = ent.start_char, ent.end_char
        surface = text[start:end]
        # Possessive and leading article are not part of the name.
        if surface.endswith(("'s", "’s")):
            end -= 2
        article = re.match(r"(?i)(the|a|an)\s+", surface)
        if article and len(surface) > article.end():
            start += article.end()
        # Join an Arabic particle the model left outside: "al-Ansi", "Al-Hudaydah".
        particle = _PARTICLE_BEFORE.search(text[max(0, start - 4):start])
        if particle:
            start -= len(particle.group(0))
        # A function word the model took into the name: "such as Airbus", "as Peter Capaldi".
        lead = _LEADING_FUNCTION_WORDS.match(text[start:end])
        if lead and lead.end() < end - start:
            start += lead.end()
        opening = _LEADING_SENTENCE_WORDS.match(text[start:end]) if ent.label_ == "PERSON" else None
        if opening and opening.end() < end - start:
            start += opening.end()
        dated = _DATE_BEFORE_NAME.match(text[start:end]) if ent.label_ == "PERSON" else None
        if dated and dated.end() < end - start:
            start += dated.end()  # "with 9/11 Barack Obama speaks": a headline's "9/11" run into a caption's name
        group = _GROUP_BEFORE_NAME.match(text[start:end]) if ent.label_ == "PERSON" else None
        if group and group.end() < end - start and given_name_gender(group.group(1)) is None:
            start += group.end()  # "Floridians Jeb Bush and Marco Rubio": the people of a place, then a name
        glued = _SENTENCE_FUNCTION_WORD.match(text[start:end]) if ent.label_ not in _TITLED_WORKS else None
        if glued and glued.end() < end - start and _sentence_start(text, start):
            start += glued.end()  # "As Greeks try to...": the sentence's "As" is no part of the name (issue 20 item 8)
        cut = _possessor_or_tail(text[start:end], people_here, ent.label_) if ent.label_ not in _TITLED_WORKS else None
        if cut:
            start, end = start + cut[0], start + cut[1]
        surface = text[start:end]
        if surface.count("(") != surface.count(")"):  # "World Health Organization (WHO"
            end = start + surface.index("(") if "(" in surface else end
            surface = text[start:end].rstrip()
            end = start + len(surface)
        quotes = re.search(r"(?:\s*(?:''|``|[\"“”]))+\s*$", surface)
        if quotes and quotes.start() > 0:  # "President George W. Bush ''": a closing quote written as two marks
            end = start + quotes.start()
            surface = text[start:end]
        dashes = re.search(r"(?:\s*[-–—])+\s*$", surface)
        if dashes and dashes.start() > 0:  # "LaRue - -": a dash written as two hyphens after the name
            end = start + dashes.start()
            surface = text[start:end]
        credit = _CREDIT_TAIL.search(surface) if ent.label_ in ("PERSON", "ORG") else None
        if credit and credit.start() > 0:  # "Alfredo Roe/AFP/Getty Images": the photographer, not the credit
            end = start + credit.start()
            surface = text[start:end]
        name, title = strip_title(surface)
        if title is None and ent.label_ == "PERSON":
            name, title = _common_word_before_name(surface, text)
        if title:
            start += surface.index(name)
            surface = name
        if title is None:
            before = _TITLE_BEFORE.search(text[max(0, start - 40):start])
            if before:
                title = before.group(0).strip()
        if not re.search(r"[A-Za-z]", surface) or len(surface) < 2:
            continue
        if ent.label_ == "PERSON" and (_TITLE_RE.fullmatch(surface + " ") or _TITLE_RE.fullmatch(surface + ". ")):
            continue  # "Sgt", "General" as a person: a title alone names no one (issue 20e)
        label = ent.label_
        if title and label not in ("PERSON",) and ent.label_ in ("ORG", "GPE", "NORP"):
            label = "PERSON"  # "Col. Smith" read as an organisation
        if label == "PERSON" and _CODE_NAME.search(surface):
            # A word of capitals and digits is a code ("H5N1", "NS1", "A380", "F-16"), no one's name: the small model
            # called a flu strain a person in the tenth session's new-user run.
            label = "PRODUCT"
        out.append(RawMention(Mention(document.id, start, end, surface, label), title, surface))
    return people_by_context(text, out)


# What only a person has, written right beside a name: an age ("Kafoury, 63,", "Riva (52)", "Ortiz, a
# 31-year-old", "63-year-old Madeline Kafoury").
# ... or with a common noun between ("32-year-old protester Paris Kyriakides": the model called him a building).
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old(?:\s+(?!(?:from|in|of|at|to|on|with|by|near|for|and|or)\b)[a-z]+){0,2}"
                         r"\s+$")
_AGE_AFTER = re.compile(r"\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*[,.;)]|\(\d{1,3}\)|,\s*an?\s+\d{1,3}-year-old\b)")
_COORDINATED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")  # "Paul Riva and Alan Steinberg", "Riva, Steinberg"
# Words that make a name an organisation's or a place's, whatever its company in the sentence.
_NOT_A_PERSON_WORD = re.compile(
    r"\b(?:Inc|Corp|Corporation|Co|Company|Ltd|LLC|Group|Bank|University|College|School|Hospital|Clinic|Department|"
    r"Dept|Ministry|Police|Council|Committee|Association|Agency|Services?|Advis[eo]rs|Partners|Associates|"
    r"Foundation|Institute|Cent(?:er|re)|Church|News|Times|Post|Journal|Herald|Party|Army|Forces?|Union|Court|"
    r"Office|Board|Commission|Authority|Club|Team|Airlines?|Airways|Motors|Systems|Technolog(?:y|ies)|Labs?|"
    r"Fund|Trust|Capital|Holdings|Media|Press|Radio|TV|Television|Network|Studios?|Records|Museum|Library|"
    r"Hotel|Airport|Station|Street|Road|Avenue|Bridge|Park|County|City|State|Republic|Kingdom|Islands?|Sheriff|"
    r"Prison|Jail|Mall|Plaza|Tower|Square|League|Cup|Festival|Awards?|Act|Bill|Law)\b\.?")
_RELABELLED = ("ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")
_CODE_NAME = re.compile(r"\b(?=[A-Z-]*\d)(?=[\d-]*[A-Z])[A-Z\d]+(?:-[A-Z\d]+)*\b")  # capitals and digits in one word
_ONE_WORD = re.compile(r"[A-Z][\w'’-]+")  # a lone capitalised word: a surname, where a person carries it


def _name_shaped(name: str, fewest: int = 2) -> bool:
    """Two (or ``fewest``) to three capitalised words, none of them an organisation's or a place's word:
    "Madeline Kafoury"."""
    words = name.split()
    return (fewest <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.|I{1,3}|Jr\.?", w)
                                         for w in words)
            and not _NOT_A_PERSON_WORD.search(name))


def people_by_context(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A name the model called an organisation is a person's where the report gives it what only a person has:
    an age written after it, or a place in a list with a person's full name ("two managers, Paul Riva and Alan
    Steinberg"). Every mention of that name in the report, and of its surname alone, is then a person's (the
    merging by majority label made "Madeline Kafoury" and "Kafoury" two organisations, never joined to the
    person; seen on ECB topic 18). Places are never relabelled: a town may share a surname."""
    people: set[str] = set()
    ordered = sorted(mentions, key=lambda rm: rm.mention.start)
    for i, rm in enumerate(ordered):
        m = rm.mention
        if m.label not in _RELABELLED or not _name_shaped(rm.name, fewest=1):
            continue
        if _AGE_AFTER.match(text, m.end) or _AGE_BEFORE.search(text[max(0, m.start - 40):m.start]):
            people.add(key(rm.name))
            continue
        if not _name_shaped(rm.name):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ordered):
                continue
            other = ordered[j]
            if other.mention.label != "PERSON" or len(other.name.split()) < 2:
                continue
            between = text[min(m.end, other.mention.end):max(m.start, other.mention.start)]
            if _COORDINATED.fullmatch(between):
                people.add(key(rm.name))
                break
    if not people:
        return mentions
    surnames = {k.split()[-1] for k in people}
    for rm in mentions:
        k = key(rm.name)
        if rm.mention.label in _RELABELLED and (k in people or (k in surnames and _ONE_WORD.fullmatch(rm.name))):
            rm.mention.label = "PERSON"
    return mentions


def acronyms(documents: list[Document]) -> dict[str, str]:
    """ACR -> expansion from "Name (ACR)" patterns, when the letters fit the name."""
    found: dict[str, str] = {}
    for d in documents:
        for m in _ACRONYM.finditer(d.text):
            expansion, acr = m.group(1).strip(), m.group(2).replace(".", "")
            words = expansion.split()
            # Keep the shortest tail of the phrase whose initials spell the acronym.
            for i in range(len(words)):
                tail = words[i:]
                initials = "".join(w[0] for w in tail if w[0].isupper())
                if initials.upper() == acr.upper():
                    found.setdefault(acr, " ".join(tail))
                    break
    return found


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def surnames_of_people(mentions: list[RawMention]) -> list[RawMention]:
    """Story-wide: a lone word the model called an organisation ("Kafoury") is a person's surname where the story
    names a person with it in full ("Madeline Kafoury") and no organisation's name holds that word ("Gordon"
    stays the firm's where the story has "Gordon Advisors"; a name shaped as a person's, "Charlie Kafoury",
    holds none, whatever its label)."""
    full = {key(rm.name).split()[-1] for rm in mentions
            if rm.mention.label == "PERSON" and len(rm.name.split()) >= 2}
    held = {w for rm in mentions if rm.mention.label in _RELABELLED and len(rm.name.split()) >= 2
            and not _name_shaped(rm.name) for w in key(rm.name).split()}
    for rm in mentions:
        if (rm.mention.label in _RELABELLED and _ONE_WORD.fullmatch(rm.name)
                and (k := key(rm.name)) in full and k not in held):
            rm.mention.label = "PERSON"
    return mentions


# A word in capitals before another one, or before a colon: a label or a headline ("THE FACTS:", "KELLY MCEVERS,
# HOST:", "ELECTORAL COLLEGE"). Not one after a label ("MCEVERS: NPR national political correspondent").
_SPEAKER_SURNAME = re.compile(r"[ \t]+[A-Z][A-Z'’-]+(?=[ \t]*[,:])")
_CAPS_AFTER = re.compile(r"^(?:\s*:|[,:]?\s+[A-Z]{2,}\b)")


def _in_capitals_line(body: str, start: int, end: int) -> bool:
    """Is the line around ``start:end`` written in capitals up to its first colon after the word, or to its end
    (a label, "THE FACTS:", or a headline, "ELECTORAL COLLEGE"), not running text ("EADS NV said")?"""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    colon = body.find(":", end, line_end)
    return not any(ch.islower() for ch in body[line_start:colon if colon >= 0 else line_end])


def label_words_left_out(documents: list[Document], mentions: list[RawMention]) -> list[RawMention]:
    """Story-wide (issue 20 item 8): a one-word name written in capitals inside a label or a headline ("FACTS" of
    "THE FACTS:", "HOST" of "KELLY MCEVERS, HOST:", "ELECTORAL") is no name unless the story also names it in mixed
    case ("KELLY" beside "Kelly"; "Electoral College" does not name "ELECTORAL"). An acronym the story writes only in
    capitals outside such a line stays ("NATO said" in running text). A one-word person before another word in
    capitals and a comma or colon is a speaker's name cut short ("KELLY MCEVERS, HOST:"): it takes the second word."""
    text = {d.id: d.text for d in documents}
    mixed = {key(rm.name) for rm in mentions if not rm.name.isupper()}
    out = []
    for rm in mentions:
        m, body = rm.mention, text.get(rm.mention.document, "")
        word = body[m.start:m.end]
        cut_short = _SPEAKER_SURNAME.match(body, m.end) if m.label == "PERSON" and word.isupper() else None
        if cut_short and " " not in word.strip():
            # "KELLY MCEVERS, HOST:": the model named "KELLY" only; the speaker is the full name, not a "Kelly"
            # the story names elsewhere (an NPR host was merged into a Secretary Kelly).
            m.end = cut_short.end()
            m.text = rm.name = body[m.start:m.end]
            out.append(rm)
            continue
        if (len(word) >= 2 and word.isalpha() and word.isupper() and " " not in word.strip()
                and _CAPS_AFTER.match(body[m.end:m.end + 30]) and _in_capitals_line(body, m.start, m.end)
                and key(word) not in mixed):
            continue
        out.append(rm)
    return out


def first_names_of_people(mentions: list[RawMention]) -> list[RawMention]:
    """A person written by the first name alone ("Mara", "Alexandros") is the one full name that opens with it: in
    the same report when the report names exactly one such person, else in the story when it names exactly one.
    Never when a full name of the story ends with that word ("Kelly" beside "John Kelly" is the surname's; "Trump"
    beside a garbled "Trump Donald"), nor a word written with a title ("Secretary Kelly"), nor an initialism ("GB").
    The mention keeps its text; its name becomes the full name, so the alias rules join the two (issue 20 item 8: "Mara" and "Mara Liasson" were two people)."""
    full: dict[str, list[RawMention]] = defaultdict(list)
    for rm in mentions:
        if rm.mention.label == "PERSON" and len(rm.name.split()) >= 2:
            full[rm.mention.document].append(rm)
    story_first: dict[str, set[str]] = defaultdict(set)
    story_last = set()
    for group in full.values():
        for rm in group:
            words = key(rm.name).split()
            story_first[words[0]].add(key(rm.name))
            story_last.add(words[-1])
    # A word the story also writes in the plural as a thing's name is no first name ("Oscar" beside "the Oscars":
    # 22 mentions of the award were filed under a boy named Oscar Maximillian; issue 20 item 8).
    plural_things = {key(rm.name) for rm in mentions
                     if rm.mention.label in ("ORG", "EVENT", "PRODUCT", "WORK_OF_ART", "NORP") and " " not in rm.name}
    for rm in mentions:
        k = key(rm.name)
        if (rm.mention.label != "PERSON" or " " in k or rm.title or k in story_last or k + "s" in plural_things
                or not re.fullmatch(r"[A-Z][a-z]+|[A-Z]{3,}", rm.name)):
            continue
        here = full.get(rm.mention.document, [])
        named = {key(f.name): f.name for f in here if key(f.name).split()[0] == k}
        if not named and len(story_first.get(k, ())) == 1:
            named = {n: n for n in story_first[k]}
            named = {n: next(f.name for g in full.values() for f in g if key(f.name) == n) for n in named}
        if len(named) == 1:
            rm.name = next(iter(named.values()))
    return mentions


def sentence_words_left_out(documents: list[Document], mentions: list[RawMention],
                            case: "list[CaseWords] | None" = None) -> list[RawMention]:
    """Story-wide (issue 20 item 8): a one-word name the story capitalises only where a sentence opens, and writes
    elsewhere in lower case, is a common word ("Riot police fired", "Groups of young people" beside "the riot",
    "groups"). A name written with a capital inside a sentence too stays ("Bush said" beside "the bush").
    ``case``: each report's ``case_words`` when at hand (kept per report, issue 17); else the texts are read here."""
    text = {d.id: d.text for d in documents}

    def asked(rm: RawMention) -> str | None:
        m, body = rm.mention, text.get(rm.mention.document, "")
        word = body[m.start:m.end]
        if (re.fullmatch(r"[A-Z][a-z]+", word) and rm.name == word and not rm.title
                and _sentence_start(body, m.start)):
            return word
        return None

    words = [asked(rm) for rm in mentions]
    asked = {w for w in words if w}
    verdict = (_written_in_lower_case_only(asked, text.values()) if case is None
               else lower_case_only_in(asked, [c for c in case if c.document in text]))
    return [rm for rm, word in zip(mentions, words) if not (word and verdict[word])]


# Issue 17: the words a one-word name is matched as, ignoring case, read in one pass over the story's texts (a
# regular expression over every text for each word cost a 1,000-report story seconds). A match of a word of
# letters between two characters that are not [\w'’-] is a whole run of such characters; ``re.IGNORECASE`` also
# matches these four letters to ASCII ones (found by asking ``re`` of every code point).
_WORD_RUN = re.compile(r"[\w'’-]+")
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _written_in_lower_case_only(words: set[str], bodies: Iterable[str]) -> dict[str, bool]:
    r"""For each word (ASCII letters), whether the texts write it in lower case somewhere (a whole word, any case
    ignored) and never with a capital inside a sentence: what ``re.finditer`` of
    ``(?<![\w'’-])WORD(?![\w'’-])`` with ``re.IGNORECASE`` over each text finds, for all the words at once."""
    wanted = {w.lower(): w for w in words}
    lower = {w: False for w in words}
    capital_inside = {w: False for w in words}
    if wanted:
        for body in bodies:
            for m in _WORD_RUN.finditer(body):
                token = m.group(0)
                folded = token if token.isascii() else token.translate(_ASCII_FOLD)
                word = wanted.get(folded.lower()) if folded.isascii() else None
                if word is None:
                    continue
                if token.islower():
                    lower[word] = True
                elif not capital_inside[word] and not _sentence_start(body, m.start()):
                    capital_inside[word] = True
    return {w: lower[w] and not capital_inside[w] for w in words}


@dataclass
class CaseWords:
    """How one report writes its words (issue 17: read once a report and kept, where the story-wide test read every
    text again in each update): each word (a ``_WORD_RUN``, folded to ASCII as ``_written_in_lower_case_only`` folds
    it, lower-cased) that it writes in lower case somewhere, and each it writes with a capital inside a sentence."""
    document: str
    lower: list[str]
    capital_inside: list[str]


def case_words(documents: list[Document]) -> list[CaseWords]:
    """Each report's ``CaseWords``, in ``documents`` order."""
    out = []
    for d in documents:
        lower: set[str] = set()
        capital: set[str] = set()
        for m in _WORD_RUN.finditer(d.text):
            token = m.group(0)
            folded = token if token.isascii() else token.translate(_ASCII_FOLD)
            if not folded.isascii():
                continue
            word = folded.lower()
            if token.islower():
                lower.add(word)
            elif word not in capital and not _sentence_start(d.text, m.start()):
                capital.add(word)
        out.append(CaseWords(d.id, sorted(lower), sorted(capital)))
    return out


def lower_case_only_in(words: set[str], case: Iterable[CaseWords]) -> dict[str, bool]:
    """``_written_in_lower_case_only(words, texts)`` read from the texts' ``case_words``: the same verdicts."""
    lower: set[str] = set()
    capital: set[str] = set()
    for c in case:
        lower.update(c.lower)
        capital.update(c.capital_inside)
    verdict = {w: False for w in words}
    for folded, w in {w.lower(): w for w in words}.items():  # one word a folded form, as the texts' pass keeps it
        verdict[w] = folded in lower and folded not in capital
    return verdict
