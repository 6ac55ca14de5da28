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
from dataclasses import dataclass

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


@dataclass
class RawMention:
    mention: Mention
    title: str | None  # the title written before the name, if any
    name: str  # the name without the title


def strip_title(text: str) -> tuple[str, str | None]:
    m = _TITLE_RE.match(text)
    if m and m.end() < len(text):
        return text[m.end():].strip(), m.group(0).strip()
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


def find_mentions(document: Document, doc) -> list[RawMention]:
    text = document.text
    out: list[RawMention] = []
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
        surface = text[start:end]
        if surface.count("(") != surface.count(")"):  # "World Health Organization (WHO"
            end = start + surface.index("(") if "(" in surface else end
            surface = text[start:end].rstrip()
            end = start + len(surface)
        dashes = re.search(r"(?:\s*[-–—])+\s*$", surface)
        if dashes and dashes.start() > 0:  # "LaRue - -": a dash written as two hyphens after the name
            end = start + dashes.start()
            surface = text[start:end]
        credit = _CREDIT_TAIL.search(surface) if ent.label_ in ("PERSON", "ORG") else None
        if credit and credit.start() > 0:  # "Alfredo Roe/AFP/Getty Images": the photographer, not the credit
            end = start + credit.start()
            surface = text[start:end]
        name, title = strip_title(surface)
        if title:
            start += surface.index(name)
            surface = name
        if title is None:
            before = _TITLE_BEFORE.search(text[max(0, start - 40):start])
            if before:
                title = before.group(0).strip()
        if not re.search(r"[A-Za-z]", surface) or len(surface) < 2:
            continue
        label = ent.label_
        if title and label not in ("PERSON",) and ent.label_ in ("ORG", "GPE", "NORP"):
            label = "PERSON"  # "Col. Smith" read as an organisation
        out.append(RawMention(Mention(document.id, start, end, surface, label), title, surface))
    return out


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
