"""A name's type from how the text uses it, where the model's label says otherwise (issue 20 item 8, eighth session).

The model labels each mention alone: "Exarchia" a person, "Thessaloniki" an organisation, "Kathimerini" a person.
The sentences around the name say what it is, by their structure, not by a list of names:

- :func:`media_by_use`: a name written with a publication's noun ("the Kathimerini newspaper", "the conservative
  daily Eleftheros Typos") in at least half its mentions, or one the outlets data knows ("Reuters", "The Guardian",
  an outlet of the story's own reports), is an organisation (a news outlet).
- :func:`places_by_use`: a name written as a place ("in Exarchia", "the Exarchia district", "the neighbourhood of
  Exarchia", "from Thessaloniki to Athens") in at least half its mentions is a place: one the gazetteer knows in one of
  the story's countries on that use alone (a preposition of place, a place's noun, a list with a place), one the
  gazetteer does not know only with a place's noun ("district", "neighbourhood", "city of").

Never a name written with a person's title, a person's surname or first name in the story ("Devin Nunes" keeps
"Nunes"; "Paris Kyriakides" keeps "Paris"), nor, for places, a name the story writes as a person's with an age.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..records import Document
from .ner import _AGE_AFTER, _AGE_BEFORE, RawMention, _name_shaped, key

# A publication's noun written after its name ("the Kathimerini newspaper", "Kathimerini daily") or before it
# ("the daily Eleftheros Typos", "newspaper Ta Nea").
_MEDIA_NOUNS = r"(?:newspaper|daily|weekly|magazine|tabloid|broadsheet|broadcaster|news\s+agency|news\s+site|newswire)"
_MEDIA_AFTER = re.compile(r"['’]?s?\s+" + _MEDIA_NOUNS + r"\b")
_MEDIA_BEFORE = re.compile(r"\b" + _MEDIA_NOUNS + r"\s+$")
# Labels the outlets data may correct to an organisation (a place's label stays: "the Atlantic" is an ocean too).
_MEDIA_RELABELLED = ("PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC")

# A place's noun after its name ("the Exarchia district") or before it ("the neighbourhood of Exarchia").
_PLACE_NOUNS = (r"(?:district|neighbou?rhood|quarter|suburb|borough|area|municipality|region|province|prefecture|"
                r"city|town|village|island|port|capital)")
_PLACE_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|borough|area|municipality|region|"
                          r"province|prefecture)s?\b")
_PLACE_BEFORE = re.compile(r"\b" + _PLACE_NOUNS + r"\s+of\s+(?:the\s+)?$")
# A preposition of place right before the name ("in Exarchia", "from Thessaloniki", "near the Thissio"); for a
# name the model called an organisation only one that a team or a school does not take ("a loss to Syracuse",
# "recruited at Stanford").
_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|from|to|near|outside|inside|across|into|throughout|around|"
                              r"toward|towards|via|across)\s+(?:the\s+)?$", re.IGNORECASE)
_STRONG_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?:in|from|near|outside|inside|across|throughout|around)\s+"
                                     r"(?:the\s+)?$", re.IGNORECASE)
# What the text says a name is, in an apposition with an article ("Oceana, an environmental group"; "Carrefour, a
# suburb of the capital" stays a place).
_APPOSITION = re.compile(r",\s+(?:an?|the)\s+((?:[\w-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[,.;:)]|of\b|in\b|that\b|"
                         r"which\b|who\b|$))")
_PLACE_HEADS = re.compile(r"(?:" + _PLACE_NOUNS[3:-1] + r"|state|county|country|nation|republic|kingdom|emirate|"
                          r"settlement|community|hamlet|camp|area|zone|enclave|oasis|municipality|governorate|"
                          r"valley|plain|peninsula|coast|strip|territory|resort|commune|parish|hub|stronghold)s?$")
# ... and when it is a body's ("an environmental group"), not a place (an apposition may also tell of the clause
# before it: "the district of Exarchia, an incident which sparked ...").
_BODY_HEADS = re.compile(r"(?:group|organi[sz]ation|company|firm|charity|agency|team|club|university|college|school|"
                         r"party|union|network|newspaper|foundation|institute|coalition|movement|association)s?$")
# A peer's or a knight's title right before the name ("Lord Butler"), which the title list does not hold.
_PEER_BEFORE = re.compile(r"\b(?:Lord|Lady|Baroness|Baron|Earl|Viscount)\s+$")
_BASED = re.compile(r"-based\b")  # "the Khartoum-based government"
_LISTED = re.compile(r"\s*(?:,|and|or|to)\s*(?:and\s+)?$")  # "Athens and Thessaloniki", "from Thessaloniki to Athens"
_PLACE_LABELS = ("GPE", "LOC", "FAC")
# A relative pronoun of a person after the name ("Hammurabi, who ruled", "Hammurabi (1792 to 1750 BC) who").
_WHO_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*who\b")
_RELABELLED_AS_PLACE = ("PERSON", "ORG")


_PARTICLE = r"(?:al|el|ad|as|ash|az|an|at|ar|bin|ibn|de|du|da|di|la|le|van|von|der|of)"


def _name_like(name: str) -> bool:
    """One to three capitalised words, a particle aside ("Exarchia", "Eleftheros Typos", "Jisr al-Shughour")."""
    words = name.split()
    return (1 <= len(words) <= 3 and name[:1].isupper()
            and all(re.fullmatch(r"[A-Z][\w'’.-]*|" + _PARTICLE + r"(?:-[A-Z][\w'’-]*)?", w) for w in words))


def _people_words(mentions: list[RawMention]) -> set[str]:
    """The first and last words of the people the story names in full, the last word of a name shaped as a person's
    whatever its label ("Lennox Lewis", which the model called an organisation), and every name written with a
    title."""
    words: set[str] = set()
    for rm in mentions:
        k = key(rm.name)
        if rm.mention.label == "PERSON" and len(k.split()) >= 2:
            words |= {k.split()[0], k.split()[-1]}
        elif rm.mention.label not in _PLACE_LABELS and len(k.split()) >= 2 and _name_shaped(rm.name):
            words.add(k.split()[-1])
        if rm.title:
            words.add(k)
    return words


def media_by_use(documents: list[Document], mentions: list[RawMention]) -> list[RawMention]:
    """Story-wide: the names written as a publication's ("the Kathimerini newspaper") in at least half their
    mentions, and the names of outlets the outlets data knows (the well-known outlets and agencies, the outlets of
    the story's own reports), are organisations, whatever label the model gave each mention."""
    from ..outlets import AGENCIES, KNOWN

    text = {d.id: d.text for d in documents}
    known = {key(n) for n in (*KNOWN.values(), *AGENCIES.values())} | {key(d.outlet) for d in documents if d.outlet}
    known = {k for k in known if len(k) >= 3}
    people = _people_words(mentions)
    cued: Counter = Counter()
    seen: Counter = Counter()
    for rm in mentions:
        k = key(rm.name)
        seen[k] += 1
        body = text.get(rm.mention.document, "")
        if rm.mention.label == "NORP" and not _MEDIA_BEFORE.search(body, max(0, rm.mention.start - 30),
                                                                  rm.mention.start):
            continue  # "the French daily Le Monde": a nationality before a publication's noun names none
        if _MEDIA_AFTER.match(body, rm.mention.end) or _MEDIA_BEFORE.search(body, max(0, rm.mention.start - 30),
                                                                           rm.mention.start):
            cued[k] += 1
    media = {k for k, n in cued.items() if 2 * n >= seen[k]} | known
    for rm in mentions:
        k = key(rm.name)
        if (k in media and rm.mention.label in _MEDIA_RELABELLED and not rm.title and k not in people
                and _name_like(rm.name) and (k in known or cued[k])):
            rm.mention.label = "ORG"
    return mentions


def story_countries(countries: Counter, share: float = 0.1) -> set[str]:
    """The countries of the story: those holding at least ``share`` of its resolved place mentions."""
    total = sum(countries.values())
    return {c for c, n in countries.items() if c and total and n >= share * total}


def places_by_use(documents: list[Document], mentions: list[RawMention], countries: set[str],
                  gazetteer_countries) -> list[RawMention]:
    """Story-wide: a name the model called a person or an organisation that the text uses as a place in at least
    half of its mentions becomes one: GPE when the gazetteer knows it in one of the story's ``countries``
    (``gazetteer_countries(name)`` -> the countries of its entries) and a preposition of place, a place's noun or a
    list with a place says so ("from Thessaloniki to Athens"), or, for a capital, a division or a large city
    (``gazetteer_countries(name, famous=True)``), once ("Khartoum denies", "the regime in Khartoum"); LOC when the
    gazetteer does not know it and a place's noun says so ("the Exarchia district", "the neighbourhood of
    Exarchia"). The people of the story keep their names (a surname, a first name, a name written with a title,
    an age, "who"), and so do bodies ("Oceana, an environmental group"; "a loss to Syracuse")."""
    text = {d.id: d.text for d in documents}
    people = _people_words(mentions)
    places_at = defaultdict(set)
    for rm in mentions:
        if rm.mention.label in _PLACE_LABELS:
            places_at[rm.mention.document].add((rm.mention.start, rm.mention.end))
    noun: Counter = Counter()
    used: Counter = Counter()
    seen: Counter = Counter()
    aged: set[str] = set()
    the: Counter = Counter()
    for rm in mentions:
        k = key(rm.name)
        seen[k] += 1
        body, m = text.get(rm.mention.document, ""), rm.mention
        if re.search(r"(?<![\w-])the\s+$", body[max(0, m.start - 5):m.start], re.IGNORECASE) and \
                not body.startswith("-", m.end):  # "the Khartoum-based government": the article is the noun's
            the[k] += 1  # "the Congress", "the Polytechnic": a body or a building, not a town
        apposition = _APPOSITION.match(body, m.end)
        if (_AGE_AFTER.match(body, m.end) or _AGE_BEFORE.search(body[max(0, m.start - 40):m.start])
                or _WHO_AFTER.match(body, m.end) or _PEER_BEFORE.search(body[max(0, m.start - 12):m.start])
                or apposition and _BODY_HEADS.search(apposition.group(1))
                and not _PLACE_HEADS.search(apposition.group(1))):
            aged.add(k)  # a person's or an organisation's: an age, "who", a peer's title, "Oceana, an ... group"
        if _PLACE_AFTER.match(body, m.end) or _PLACE_BEFORE.search(body, max(0, m.start - 40), m.start):
            noun[k] += 1
            used[k] += 1
            continue
        before = body[max(0, m.start - 30):m.start]
        listed = any(_LISTED.fullmatch(body[e:m.start]) or _LISTED.fullmatch(body[m.end:s])
                     for s, e in places_at[m.document] if e <= m.start <= e + 8 or m.end <= s <= m.end + 8)
        locative = (_STRONG_LOCATIVE_BEFORE if m.label == "ORG" else _LOCATIVE_BEFORE).search(before)
        if locative or listed or _BASED.match(body, m.end):
            used[k] += 1
    # A group's word is no place ("South Korean" beside "South Korea" and a "South Korean" group; "Iraqi").
    groups = {key(rm.name) for rm in mentions if rm.mention.label == "NORP"}
    placed = {key(rm.name) for rm in mentions if rm.mention.label in _PLACE_LABELS}
    demonyms = {k for k in seen if k in groups or any(k.startswith(p) and 0 < len(k) - len(p) <= 3 for p in placed)}
    # A name written after "the" in most of its mentions is a body's or a building's, not a town's ("the Congress";
    # not "the Jisr al-Shughour violence" once among forty mentions).
    bodies = {k for k, n in the.items() if 2 * n > seen[k]}
    # A one-word name the story also writes in lower case is a common word ("at Justice" beside "obstruction of
    # justice"), no town's name.
    lower: dict[str, bool] = {}

    def common_word(name: str) -> bool:  # asked only of the names that pass every other test
        if " " in name:
            return False
        if name not in lower:
            word = re.compile(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])")
            lower[name] = any(word.search(t) for t in text.values())
        return lower[name]
    for rm in mentions:
        k = key(rm.name)
        if (rm.mention.label not in _RELABELLED_AS_PLACE or rm.title or k in people or k in aged or k in demonyms
                or not _name_like(rm.name) or not used[k] or common_word(rm.name)):
            continue
        if noun[k] and 2 * noun[k] >= seen[k] and not gazetteer_countries(rm.name):
            rm.mention.label = "LOC"
            continue
        if k in bodies:
            continue
        if 2 * used[k] < seen[k]:
            # A capital, a division or a city of the story's country the text uses as a place at least once: the
            # rest are the place standing for its government ("Khartoum denies", "accused Khartoum").
            if gazetteer_countries(rm.name, famous=True) & countries:
                rm.mention.label = "GPE"
            continue
        if gazetteer_countries(rm.name) & countries:
            rm.mention.label = "GPE"
    return mentions


_PART = r"(?:district|neighbou?rhood|quarter|suburb|borough)"
_SIDE = r"(?:(?:central|downtown|northern|southern|eastern|western|inner|old|north|south|east|west)\s+)?"
# "the Exarchia district of Athens", "Exarchia, a district of central Athens"; "the central Athens district of
# Exarchia", "Athens' Exarchia district" is not read (no "of": the two names' order alone says nothing).
_PART_OF_AFTER = re.compile(r"(?:\s+" + _PART + r"|,\s+(?:an?|the)\s+(?:[a-z]+\s+)?" + _PART + r")\s+(?:of|in)\s+"
                            r"(?:the\s+)?" + _SIDE)
_PART_OF_BEFORE = re.compile(r"(?:['’]s?)?\s+" + _PART + r"\s+of\s+")


def parts_of_places(documents: list[Document], mentions: list[RawMention], found: set[str]) -> dict[str, str]:
    """The places the gazetteer did not find that the text calls a part of one it found ("the Exarchia district of
    Athens", "the central Athens district of Exarchia"): name key -> the key of the place it is part of, when the
    story names one such place only. ``found``: the name keys of the places found."""
    text = {d.id: d.text for d in documents}
    by_doc = defaultdict(list)
    for rm in mentions:
        if rm.mention.label in _PLACE_LABELS:
            by_doc[rm.mention.document].append(rm)
    containers: dict[str, set[str]] = defaultdict(set)
    for doc, found_here in by_doc.items():
        body = text.get(doc, "")
        for x in found_here:
            kx = key(x.name)
            if kx in found:
                continue
            for y in found_here:
                ky = key(y.name)
                if ky not in found or ky == kx:
                    continue
                if 0 <= y.mention.start - x.mention.end <= 60:
                    between = body[x.mention.end:y.mention.start]
                    if _PART_OF_AFTER.fullmatch(between):
                        containers[kx].add(ky)
                elif 0 <= x.mention.start - y.mention.end <= 30:
                    if _PART_OF_BEFORE.fullmatch(body[y.mention.end:x.mention.start]):
                        containers[kx].add(ky)
    return {k: next(iter(v)) for k, v in containers.items() if len(v) == 1}
