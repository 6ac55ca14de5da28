"""Speakers resolved to entities: a name as the entity has it, a pronoun or a description to the
nearest preceding named person, a title dropped."""

from __future__ import annotations

import functools
import re

from ..furniture import LINK_AGE
from ..records import Document, Entity
from .cues import DESCRIPTIONS, PRONOUNS, SPEECH_FORMS
from .found import Found
from .shown import turn_label


@functools.lru_cache(maxsize=65536)  # issue 17: asked again for every quote and name of a large story
def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


TITLES = re.compile(r"^((mr|mrs|ms|miss|dr|prof|gov|sen|rep|gen|col|capt|lt|sgt|rev|sir|dame|lord|"
                    r"president|vice president|prime minister|minister|senator|governor|mayor|judge|justice|"
                    r"secretary|chairman|chairwoman|spokesman|spokeswoman|speaker|king|queen|pope|sheikh|"
                    r"general|colonel|captain|former|house|senate|majority|minority|leader|candidate|nominee|"
                    r"democratic|republican|presidential|state|foreign|defense|defence|interior|us|u\.s\.)\.?\s+)+",
                    re.I)


@functools.lru_cache(maxsize=65536)  # issue 17: asked again for every quote and name of a large story
def _strip_title(name: str) -> str:
    """"Mr. Smith", "Sen. Ted Cruz", "former President Bill Clinton" -> the name itself."""
    stripped = TITLES.sub("", name.strip()).strip()
    stripped = re.sub(r"\s*\([^)]*\)$", "", stripped)  # "John Kasich (R-OH)"
    stripped = re.sub(r"['’]s$", "", stripped)
    return stripped if re.search(r"[A-Z]", stripped[:1] or "") else name.strip()


# A plain lowercase word (no preposition, article or conjunction: "a spokesman for Hillary Clinton" is not Clinton),
# maybe a title, right before a name: "... for the defense Dr Paul White", "prosecuting lawyer David Walgren".
_AFTER_A_NOUN = re.compile(r"(?<![\w'’])(?!(?:for|of|to|from|with|by|the|a|an|and|or)\s)[a-z][a-z-]+\s+"
                           r"(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?$")
_SAID_NAME = re.compile(r"(?i:" + "|".join(sorted(SPEECH_FORMS)) + r")\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$")


class _People:
    """Named people and organisations of one document, in text order, with their entities."""

    def __init__(self, document: Document, names: "_Names", doc, inside):
        # (start, end, canonical name, entity id, label, inside a quotation)
        self.mentions: list[tuple[int, int, str, str | None, str, bool]] = []
        covered: list[tuple[int, int]] = []
        for start, end, name, eid, label in names.mentions.get(document.id, ()):
            self.mentions.append((start, end, name, eid, label, inside(start)))
            covered.append((start, end))
        if doc is not None:
            # spaCy's own names where the entity stage gave none (or no entities were given).
            persons = list(dict.fromkeys(_strip_title(ent.text) for ent in doc.ents if ent.label_ == "PERSON"))
            for ent in doc.ents:
                if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                    continue
                if any(a < ent.end_char and ent.start_char < b for a, b in covered):
                    continue
                name = _strip_title(ent.text)
                if ent.label_ == "PERSON":
                    name = _full_name(name, persons)
                self.mentions.append((ent.start_char, ent.end_char, name, None, ent.label_, inside(ent.start_char)))
        self.mentions.sort()
        self.names = names

    def at(self, start: int, end: int) -> tuple[str, str | None] | None:
        for m_start, m_end, name, eid, *_ in self.mentions:
            if m_start < end and start < m_end:
                return name, eid
        return None

    def span_at(self, start: int, end: int) -> tuple[int, int]:
        """Where the mention ``at`` finds lies in the text (``start:end`` if there is none)."""
        return next(((m[0], m[1]) for m in self.mentions if m[0] < end and start < m[1]), (start, end))

    def before(self, offset: int, labels: tuple[str, ...] = ("PERSON",)) -> tuple[str, str | None] | None:
        """The nearest named mention before ``offset``, preferring one outside quotation marks."""
        best = best_quoted = None
        for m_start, m_end, name, eid, label, quoted in self.mentions:
            if m_start >= offset:
                break
            if label in labels:
                if quoted:
                    best_quoted = (name, eid)
                else:
                    best = (name, eid)
        return best or best_quoted

    def by_name(self, name: str) -> tuple[str, str | None] | None:
        return self.names.by_name(name)


class _Names:
    """The story's entities, indexed once for every report: their mentions by report, and
    each name form and each of its word-final parts ("keller" of "maria keller") to the
    first entity that has it. Built once per call, so a story of thousands of reports does
    not rescan every entity for every report and every speaker."""

    def __init__(self, entities: list[Entity]):
        self.mentions: dict[str, list[tuple[int, int, str, str | None, str]]] = {}
        self._by_form: dict[str, tuple[str, str | None]] = {}
        for e in entities:
            for m in e.mentions:
                self.mentions.setdefault(m.document, []).append((m.start, m.end, e.name, e.id, e.type))
            for form in {_normal(e.name)} | {_normal(a) for a in e.aliases}:
                words = form.split()
                for k in range(len(words)):  # the whole form, then each word-final part of it
                    self._by_form.setdefault(" ".join(words[k:]), (e.name, e.id))

    def by_name(self, name: str) -> tuple[str, str | None] | None:
        """The first entity (in the stage's order) named ``name`` or ending with it."""
        key = _normal(_strip_title(name))
        return self._by_form.get(key) if key else None


def _full_name(name: str, persons: list[str]) -> str:
    """"Smith" -> "John Smith" when the report names John Smith in full (``persons``: names, titles stripped)."""
    best = name
    for full in persons:
        if len(full) > len(best) and (full.endswith(" " + name) or full == name):
            best = full
    return best


_COMMA_QUOTE = re.compile(r"\s*,\s*[\"“']")


def _verb_read_into_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` (one that begins with a speech form) is the inverted 'Said Comey, "..."':
    it opens its sentence, a comma and an opening mark follow, and the report never writes it inside a sentence.
    "Said" is also a given name (Said Kouachi, Said Jalili; review s11 finding 3): "Said Kouachi told a neighbour"
    and "the brothers Cherif and Said Kouachi" are the man."""
    written = _SAID_NAME.search(text[start:end])
    if not written or not _COMMA_QUOTE.match(text, end):
        return False
    form = text[start + written.start():end]
    return all(_opens_sentence(text, m.start()) for m in re.finditer(re.escape(form) + r"(?!\w)", text))


def _opens_sentence(text: str, i: int) -> bool:
    """Whether only spaces stand between ``i`` and the text's start, a line end, a sentence end or a mark."""
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n\"“”'’)"


def _resolve_speaker(f: Found, people: _People, text: str) -> tuple[str | None, str | None, str | None]:
    """(speaker name, entity id, basis): a name as the entity has it, a pronoun or description resolved."""
    if f.speaker_start is None:
        return None, None, None
    written = (f.speaker_text or "").strip()
    if written and (_CREDIT.search(written) or _WIDGET.search(written)):
        return None, None, None  # "Alfredo Roe/AFP/Getty Images": a photo's credit, though it holds a name; a widget
    head = f.speaker_head or (f.speaker_start, f.speaker_end)
    hit = people.at(*head)
    if hit and (said := _SAID_NAME.match(hit[0])) and _verb_read_into_name(text, *people.span_at(*head)):
        # 'Said Comey, "..."': the verb that opens the sentence read into a name ("Said Comey" split from James B.
        # Comey; review s9, one speaker under several headers): the name after it, when the report has it
        hit = people.by_name(said.group(1)) or hit
    if hit:
        return hit[0], hit[1], f.basis
    low = written.lower()
    if low in ("who", "that", "which") and head != (f.speaker_start, f.speaker_end):
        # A relative pronoun stands for the phrase it hangs on ("the report, which said ..."); go on with it.
        written, low = text[head[0]:head[1]], text[head[0]:head[1]].lower()
    if low in PRONOUNS and f.antecedent is not None:
        return _antecedent_speaker(f.antecedent, people, text)
    if low in PRONOUNS:
        labels = ("PERSON",) if low in ("he", "she", "i", "him", "her", "you") else ("ORG", "NORP", "GPE", "PERSON")
        found = people.before(f.speaker_start, labels)
        return (found[0], found[1], "pronoun") if found else (None, None, None)
    described_person = f.antecedent is not None and f.antecedent[0] >= 0 and low.startswith("the ")
    # "The governor, Khaled al-Ansi": a name in apposition names the speaker ...
    for m_start, m_end, name, eid, label, _ in people.mentions:
        if f.speaker_start <= m_start < f.speaker_end and label == "PERSON" and \
                text[f.speaker_start:m_start].rstrip().endswith(","):
            return name, eid, f.basis
    # ... or follows it after a plain lowercase word, no comma between ("Witness for the defense Dr Paul White
    # concedes", "prosecuting lawyer David Walgren said"), ...
    for m_start, m_end, name, eid, label, _ in people.mentions:
        ends_it = f.speaker_start < m_start < f.speaker_end <= m_end
        follows = (f.speaker_end <= m_start <= f.speaker_end + 5 and not text[f.speaker_end:m_start].strip(" .DMrs")
                   and f.cue_start is not None and m_end <= f.cue_start)
        if label == "PERSON" and (ends_it or follows) and _AFTER_A_NOUN.search(text, max(f.speaker_start, m_start - 30),
                                                                                m_start):
            return name, eid, f.basis
    # ... while "a spokesman for Hillary Clinton" is not Hillary Clinton.
    described = DESCRIPTIONS.match(written)
    if described and not re.search(r"\b(for|of|to|from|with)\b", written):
        found = _introduced_as(described.group(3), f.speaker_start, people, text)
        if found:
            return found[0], found[1], "description"
        body = _body_named_in(f, people)
        if body:
            return body[0], body[1], "description"  # "a Justice Department spokesman": the department speaks
        if described_person:  # "the lawyer" right after a sentence opening with Mr Flanagan (shown.py)
            return _antecedent_speaker(f.antecedent, people, text)
        return written, None, f.basis
    if described_person:
        # "the judge" the report named with the title ("Judge Michael Pastor"); else "the New York native" right after
        # a sentence opening with Bacall (shown.py)
        found = _introduced_as(re.sub(r"\W+$", "", written.split()[-1]), f.speaker_start, people, text)
        return (found[0], found[1], "description") if found else _antecedent_speaker(f.antecedent, people, text)
    hit = people.by_name(written)
    if hit:
        return hit[0], hit[1], f.basis
    if not can_speak(written):
        return None, None, None  # a photo credit, an address, a page widget, a dateline: nobody said it
    return _strip_title(written), None, f.basis


def _introduced_as(noun: str, before: int, people: _People, text: str) -> tuple[str, str | None] | None:
    """The person a description ("the spokesman", "the source") stands for: the last one the report named
    before it with that noun, as a title ("Justice Department spokesman Matthew Miller"), in apposition
    ("Matthew Miller, a spokesman for ..."; not "signed by Barack Obama, the U.S. official said") or so named
    ("named Khaled Ansi as its spokesman"). None when the report named no one so: a description is no
    name, and the nearest name before it is often someone else (issue 20e: "the source" and "a Justice
    Department spokesman" were given to the attorney general named a paragraph before)."""
    title = re.compile(r"(?i)(?<!former )(?<!vice )(?<!ex-)(?<!late )\b" + re.escape(noun) + r"\s+$")
    apposed = re.compile(r"(?i)(?:,\s+(?:(?:an?|the|who is|who was)\s+)?|\s+(?:as|is|was)\s+(?:(?:an?|the|its|their|his|her)\s+)?)"
                         r"(?:[\w'’.-]+\s+){0,5}?" + re.escape(noun) + r"\b(?!\s+(?:said|says|told|added|noted|stated)\b)")
    found = found_quoted = None
    so_named: list[tuple[str, str | None]] = []
    for m_start, m_end, name, eid, label, quoted in people.mentions:
        if m_end > before:
            break
        if label == "PERSON" and (title.search(text, max(0, m_start - 40), m_start) or apposed.match(text, m_end)):
            if quoted:
                found_quoted = (name, eid)  # named so inside a quotation: only when no one else is
            else:
                found = (name, eid)
                so_named.append(found)
    return _most_named(so_named, people) or found or found_quoted


def _most_named(so_named: list[tuple[str, str | None]], people: _People) -> tuple[str, str | None] | None:
    """Of several people a report introduced with one noun ("President Barack Obama" in 2009, "President Trump"
    today), the one it names most: "the president" of the story (issue 20 item 8, seventh session)."""
    if len(set(so_named)) < 2:
        return None
    counts = {k: sum(1 for m in people.mentions if (m[2], m[3]) == k) for k in set(so_named)}
    best = max(counts.values())
    return next(k for k in reversed(so_named) if counts[k] == best)


def _antecedent_speaker(span: tuple[int, int], people: _People, text: str) -> tuple[str | None, str | None, str | None]:
    """The speaker a pronoun stands for, named at ``span`` (shown.py found it in the parse); (-1, -1): no one."""
    a, b = span
    if a < 0:
        return None, None, None
    last = text[a:b].rstrip().rsplit(None, 1)[-1] if text[a:b].strip() else ""
    hit = people.at(b - len(last), b) if last else None  # the phrase's head word ("his spokesman": not "his")
    if hit:
        return hit[0], hit[1], "pronoun"
    written = turn_label(text, a, b).strip()
    described = DESCRIPTIONS.match(written)
    if described:
        found = _introduced_as(described.group(3), a, people, text)
        return (found[0], found[1], "pronoun") if found else (written, None, "pronoun")
    hit = people.by_name(written)
    if hit:
        return hit[0], hit[1], "pronoun"
    return (_strip_title(written), None, "pronoun") if can_speak(written) else (None, None, None)


def _body_named_in(f: Found, people: _People) -> tuple[str, str | None] | None:
    """The organisation a description names inside it ("a Justice Department spokesman"), if exactly one."""
    bodies = {(name, eid) for m_start, m_end, name, eid, label, _ in people.mentions
              if f.speaker_start <= m_start and m_end <= f.speaker_end and label == "ORG" and eid}
    return next(iter(bodies)) if len(bodies) == 1 else None


# Speakers are people or organisations, never an address, a caption or credit, a page widget, a
# dateline or a run-on fragment (issue 20, item 8).
_NOT_A_SPEAKER = re.compile(
    r"https?://|www\.|\.(?:com|org|net|co\.uk)\b|"  # an address
    r"/\s*(?:AFP|AP|Reuters|Getty|EPA|Bloomberg)\b|\bGetty Images\b|"  # a photo credit ("Name/AFP/Getty Images")
    r"^(?:photos?|images?|pictures?|video|caption|graphic)s?\b|\b(?:photos?|images?|pictures?)$|"  # a caption
    r"^(?:share|click|follow us|subscribe|sign up|read more|related|advertisement|comments?)\b|"  # a page widget
    r"\b\d{1,2}:\d{2}\b|\(\s*(?:Reuters|AP|AFP|UPI)\s*\)\s*[-–—]|"  # a dateline, a clock time
    r"\b(?:but|and|or|which|that)$",  # a sentence cut short
    re.I)
# A live blog's buttons and flags ("Read Ana Ruiz's tweets", "This just in"), a pull-quote box's "End Quote", a related
# link's age ("- 4 hrs ago"), a blog entry's stamp ("12.36 pm ET"; issue 21q): a phrase holding one names no speaker,
# though a name is in it (the name of a "Read ...'s tweets" button is the entry before's).
_WIDGET = re.compile(
    r"^read\s+(?:[\w.'’-]+\s+){0,4}?(?:tweets|posts|blog|more|story|article|full)\b|^(?:this just in|breaking news)\b|"
    r"\bend quote\b|" + LINK_AGE + r"|\b\d{1,2}\.\d{2}\s*[ap]\.?m\b",
    re.I)
_CREDIT = re.compile(r"/\s*(?:AFP|AP|Reuters|Getty|EPA|Bloomberg)\b|\bGetty Images\b|\b(?:photo|picture)\s*:", re.I)
MAX_SPEAKER_WORDS = 16


def can_speak(phrase: str) -> bool:
    """Can this phrase name who said something (a person, a body, a description of one)?"""
    phrase = phrase.strip(" ,;:-")
    # (a phrase of no letter, "2030", is a live blog's time stamp or a figure: issue 21q)
    return bool(phrase) and len(phrase.split()) <= MAX_SPEAKER_WORDS and re.search(r"[^\W\d_]", phrase) is not None \
        and not _NOT_A_SPEAKER.search(phrase) and not _WIDGET.search(phrase)
