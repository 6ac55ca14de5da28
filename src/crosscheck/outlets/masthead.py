"""The page's masthead: the copyright line's holder, the logo and home link's names, the title's site name.

Part of :mod:`crosscheck.outlets` (read by :func:`crosscheck.outlets.page_outlet` when the metadata names no
outlet or only the bare address).
"""

from __future__ import annotations

import re

from .address import _domain_label
from .names import _SEPARATORS, _address_of_words, _spells_domain, _squash, _without_agency


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))*\s*(?:\d{4}\s*(?:[-–—]\s*\d{4})?\s*[,:–—-]?\s*)?"
                        r"(?:(?:©|\(c\)|copyright)\s+)?(?:[-–—:|]\s*)?(?:by\s+)?"
                        r"([^\W\d](?:[^,.|©<>\n]|\.(?=\w)){1,60})", re.I)
_COMPANY = re.compile(r"\s*\b(?:inc|ltd|llc|gmbh|ag|s\.?p\.?a|s\.?a|corp|co|plc|limited|all rights reserved"
                      r"|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés"
                      r"|is licensed|licensed under|ist lizen[sz]iert|lizen[sz]iert)\b.*$", re.I)


def footer_outlet(tree) -> str | None:
    """The holder the page's last copyright line names ("© 2019 Ascom"), if it reads like a name
    (one to five words, not a year or a rights notice)."""
    if tree is None:
        return None
    lines = [t for t in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
             if re.search(r"©|copyright|\(c\)", t, re.I)]
    for line in reversed(lines[-5:]):
        line = " ".join(line.split())
        m = _COPYRIGHT.search(line)
        if not m or _copyright_word_in_prose(line, m.start()):
            continue
        holder = _without_agency(_COMPANY.sub("", m.group(1)).strip(" -–—:;/"))  # "© 2019 copyright LDT Blog //"
        holder = re.sub(r"\s+\d{4}(?:\s*[-–—]\s*\d{4})?$", "", holder)  # "Bundespolizei 1999-2021"
        holder = re.sub(r"\s+[a-z]$", "", holder)  # "Informationsdienst Wissenschaft e. V." cut at "e."
        holder = re.sub(r"^team\s+(?=\S)", "", holder, flags=re.I)  # "© Team KLIMAWANDEL GLOBAL": who writes (s10)
        if 1 <= len(holder.split()) <= 5 and re.search(r"[^\W\d]", holder) and not re.match(
                r"(?:all|the)\s+rights|\d", holder, re.I) and not _NO_HOLDER.fullmatch(holder):
            return holder
    return None


def _copyright_word_in_prose(line: str, start: int) -> bool:
    """"EU Copyright - Reform auf falschem Dampfer", a sidebar's headline: the word "copyright" inside a line,
    with no year, no sign and no "by" after it, is a topic, not a copyright notice (issue 15, sixth session)."""
    return bool(re.match(r"copyright\b", line[start:], re.I)) and bool(re.search(r"[^\W\d_]", line[:start])) \
        and not re.match(r"copyright\s*(?:©|\(c\)|\d{4}|by\b)", line[start:], re.I)


# A copyright line with no holder after its year ("Copyright © 2011 by", "made by"): no name.
_NO_HOLDER = re.compile(r"(?:made\s+|powered\s+|designed\s+)?(?:by|von|par|door|por)", re.I)
_HOME_HREF = re.compile(r"^(?:https?:)?(?://[^/?#]+)?/?(?:index\.\w{3,4})?/?$|^\.{1,2}/?$", re.I)
_LOGO_WORDS = re.compile(r"\b(?:logo|logos|schriftzug|header|footer|small|mobile|dark|light|white|black|"
                         r"dunkel|hell|default|main|site|top|\d+(?:x\d+)?)\b", re.I)


def _masthead_names(tree) -> tuple[set[str], set[str]]:
    """What the masthead calls the site, squashed: (the logo -- a logo image's alt text, the home link's
    image's alt text and file name, "logo-tierheim-berlin.svg" --, and the logo, the home link's text and
    every image's alt text)."""
    logos = {_squash(_LOGO_WORDS.sub(" ", img.get("alt"))) for img in tree.xpath("//img[@alt]")
             if len(img.get("alt")) <= 60 and "logo" in (img.get("src", "") + img.get("class", "")).casefold()}
    names = {_squash(a) for a in tree.xpath("//img/@alt") if a and len(a) <= 60}
    for link in tree.xpath("//a[@href]")[:600]:
        if not _HOME_HREF.match(link.get("href", "").strip()):
            continue
        names.add(_squash(" ".join(link.text_content().split())[:80]))
        for alt in link.xpath(".//img/@alt"):
            logos.add(_squash(_LOGO_WORDS.sub(" ", alt)))  # "OSV logo"
        for src in link.xpath(".//img/@src")[:2]:
            stem = re.sub(r"\.\w{2,4}(?:[?#].*)?$", "", src.rsplit("/", 1)[-1])
            if not stem.startswith("data:"):
                logos.add(_squash(_LOGO_WORDS.sub(" ", re.sub(r"[-_]+", " ", stem))))
    logos.discard("")
    names.discard("")
    return logos, names | logos


# A title in a script written without spaces (Chinese, Japanese) separates its site name without them too:
# "武汉的声音：有英勇的你，才有英雄的城！-新华网", "...往負面想--上報".
_WIDE = "\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
_WIDE_SEPARATOR = rf"(?<=[{_WIDE}])\s*(?:--?|_|[|｜－—])\s*(?=[{_WIDE}])"


def logo_outlet(tree, title: str) -> str | None:
    """The title's site name that the masthead also gives: its last segment when an image's alt text
    ("The Space Review"), the home link's text or its logo names it; its first segment ("Weinlachgummi´s
    Naschtüte: [Rezi] ...") only when the home link's logo does (an article's picture is often
    described by the headline, and the first segment is mostly the headline) or the home link's own text
    does (a blog's "Old Blog: 2011" and its home link "Old Blog")."""
    if tree is None:
        return None
    segments = [x.strip() for x in re.split(r"\s+(?:[-|–—·•»«‹›]|::|--)\s+|:\s+|" + _WIDE_SEPARATOR, title) if x.strip()]
    if not segments:
        return None
    logos, names = _masthead_names(tree)
    homes = {_squash(" ".join(a.text_content().split())[:80]) for a in tree.xpath("//a[@href]")[:600]
             if _HOME_HREF.match(a.get("href", "").strip())}
    last_part = segments[-1].split(",")[0].strip()  # "BMEIA, Außenministerium Österreich" and the logo "BMEIA"
    for segment, evidence in ((segments[-1], names), (last_part, logos), (segments[0], logos | homes)):
        squashed = _squash(segment)
        if len(segment.split()) <= 5 and len(squashed) >= 2 and squashed in evidence:
            return segment
    return None


_SECTION = re.compile(r"(?:news|nachrichten|aktuelles|aktuell|home|startseite|blog|presse|artikel|article|"
                      r"articles|archiv|archive|sport|politik|politics|world|local|meldungen|neuigkeiten)", re.I)


def title_outlet(title: str) -> str | None:
    """The site a page title names after its headline ("Headline - Entermedia"), when the page says
    nothing else: the last segment, if short (one to four words) and the headline before it longer.
    A segment spelled as a domain ("Nytimes.com") wins wherever it stands."""
    segments = [s.strip() for s in _SEPARATORS.split(title) if s.strip()]
    if len(segments) < 2:
        return None
    for segment in segments:
        if re.fullmatch(r"[\w-]+(\.[a-z]{2,6}){1,2}", segment, re.I) and len(segment.split()) == 1:
            return segment
    last, first = segments[-1], segments[0]
    if _SECTION.fullmatch(last):
        return None  # "... - Eintracht Presse - News": a section, not a site
    if 1 <= len(last.split()) <= 4 and len(first.split()) >= 3 and not re.search(r"[.!?]$", last):
        return last
    return None


_LINK_NOTE = re.compile(r"\s*\((?:link\s+(?:zur|to(?:\s+the)?)\s+)?(?:startseite|homepage|home(?:\s+page)?)\)\s*$"
                        r"|^\s*(?:logo|grafik)\s*(?:[:\-–]\s*)?(?:(?:des|der|of(?:\s+the)?)\s+)?|[\s-]+logo\s*$", re.I)


def _masthead_texts(tree) -> list[str]:
    """The masthead's names for the site, as written: the home link's logo alt texts and text, then every logo
    image's alt text, without "Logo" and "(Link zur Startseite)"."""
    found: list[str] = []
    for link in tree.xpath("//a[@href]")[:600]:
        if _HOME_HREF.match(link.get("href", "").strip()):
            found.extend(link.xpath(".//img/@alt")[:2])
            found.append(" ".join(link.text_content().split())[:80])
    found.extend(img.get("alt") for img in tree.xpath("//img[@alt]")
                 if "logo" in (img.get("src", "") + img.get("class", "") + img.get("alt", "")).casefold())
    return [n for n in (_LINK_NOTE.sub("", " ".join((t or "").split())).strip(" -–|:") for t in found) if n]


def masthead_spelled(tree, host: str) -> str | None:
    """The leading words of a masthead name that spell the address ("DER FARANG" of the logo's "DER FARANG
    Magazin für Urlauber und Residenten in Thailand" on der-farang.com)."""
    if tree is None or not host:
        return None
    for text in _masthead_texts(tree):
        words = text.split()
        for k in range(1, min(len(words), 6) + 1):
            if _spells_domain(" ".join(words[:k]), host, initials=False):
                return " ".join(words[:k])
    return None


# Words an address adds after the brand to say what kind of medium it is ("bike-magazin.de" of "BIKE"): the
# kind-of-medium words of the outlet label policy (evaluation/data/OUTLETS.md).
_MEDIUM_WORDS = ("online", "blog", "news", "magazin", "magazine", "media", "medien", "nachrichten", "haber", "uutiset",
                 "noticias")


def masthead_before_medium(tree, host: str) -> str | None:
    """The masthead's name when the address is that name and a kind-of-medium word ("BIKE" on bike-magazin.de,
    "TOUR" on tour-magazin.de): the brand as the logo declares it, for a page whose metadata gives only the
    address (the label policy's masthead clause, before the address; issue 15, tenth session)."""
    if tree is None or not host:
        return None
    label = _squash(_domain_label(host))
    for text in _masthead_texts(tree):
        candidate = _SEPARATORS.split(text)[0].strip()
        squashed = _squash(candidate)
        if 1 <= len(candidate.split()) <= 3 and len(squashed) >= 3 and "." not in candidate and any(
                label == squashed + word for word in _MEDIUM_WORDS):
            return candidate
    return None


def masthead_outlet(tree, host: str) -> str | None:
    """The site's name as its masthead gives it -- the home link's logo (its alt text) or text, a logo image's
    alt text -- when the address is made of that name's words ("Logo Deutsches Weininstitut" on
    deutscheweine.de, "Berliner Leichtathletik Verband" on leichtathletik-berlin.de; two words or more, not
    one word the address starts: "Katholischen Aktion" on katholisch.at; never a tagline after the name): for a
    page whose only other name for itself is its address."""
    if tree is None or not host:
        return None
    for name in _masthead_texts(tree):
        candidate = _SEPARATORS.split(name)[0].strip()  # the name, not its tagline ("BIKE - Das Mountainbike Magazin")
        if candidate and len(candidate) <= 60 and _address_of_words(candidate, host, pieces=2):
            return candidate
    return None
