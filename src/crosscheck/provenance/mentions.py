"""Naming a source phrase: one report's entity mentions, and a phrase resolved to an entity through
them (a name inside it, a pronoun, a description of a body, the police) or kept as its text."""

from __future__ import annotations

import bisect
import re

from .cues import BODY_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, PLACE_BODY_NOUNS, PRONOUNS

# Who speaks for the body or person that owns them ("MSF's spokesman" is MSF); any other person a name owns
# speaks for themselves ("Cosme's defense attorney", "Gray's sister" are not Cosme, Gray).
_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen official officials source "
                        "sources office".split())
_OWNED_PERSON = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s?['’]\s?s\s+"
                           r"((?:[a-z][\w-]*\s+){0,3}([a-z]+))")
from .kinds import is_outlet, is_police, normal

# a named person with the people who work with them: "Smith and colleagues", "Dr. Anna Smith and her team", "Smith's team"
_LED_TEAM = re.compile(r"\s*((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?)(?:\s+and\s+"
                       r"(?:his|her|their)?\s*(?:colleagues|co-?authors|co-?workers|team|research\s+team|fellow\s+"
                       r"researchers)|['’]s\s+(?:research\s+)?team)\s*")


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

    def before(self, offset: int, types: tuple[str, ...], head: str | None = None, skip=None):
        """The last mention of these types before ``offset`` (its name holding ``head``; not one ``skip`` says of
        its name: "The group says" after "..., told AFP" is no news agency)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            m = self.items[i]
            if m[4] in types and (head is None or head in m[3].casefold()) and not (skip is not None and skip(m[3])):
                return m
            i -= 1
        return None

    def named(self, types: tuple[str, ...], head: str) -> list[tuple[int, int, str, str, str]]:
        return [m for m in self.items if m[4] in types and head in m[3].casefold()]


def resolve(phrase: str, a: int, mentions: _Mentions, b: int | None = None) -> tuple[str, str, str | None, str]:
    """(key, name, entity id, kind) of a source phrase written at [a, b) in a report."""
    b = a + len(phrase) if b is None else b
    led = _LED_TEAM.fullmatch(phrase)
    if led is not None:
        # "Smith and colleagues", "Anna Smith and her team", "Smith's team": the one who leads them speaks for them
        # (one source with Smith's own words, across reports)
        return resolve(led.group(1), a + led.start(1), mentions, a + led.end(1))
    owned = _OWNED_PERSON.fullmatch(phrase.strip())
    if owned and owned.group(2) in PERSON_NOUNS and owned.group(2) not in _SPEAKS_FOR:
        return f"text:{normal(phrase)}", phrase.strip(), None, "person"
    inside = mentions.inside(a, b)
    people = [m for m in inside if m[4] == "PERSON"]
    orgs = [m for m in inside if m[4] == "ORG"]
    if people and orgs and people[0][0] < orgs[0][0] and people[0][1] <= orgs[0][0]:
        # "Christopher Gunness from the UN Relief and Works Agency", "Jane Doe of the ministry": the person named
        # first speaks, the body after "of", "from" or "at" says whom for ("a spokesman for MSF" names no person)
        m = people[0]
        return f"entity:{m[2]}", m[3], m[2], "person"
    titled = next((p for o in orgs for p in people if 0 < p[0] - o[1] <= 1), None)
    if titled is not None:
        # "French Minister of State Anne Colbert and WHO Director-General Lena Ostrova": a body that ends a title right
        # before the name ("State") is the title's, the person speaks
        return f"entity:{titled[2]}", titled[3], titled[2], "person"
    for types in (("ORG",), ("PERSON",), ("GPE", "NORP", "LOC", "FAC")):
        # "a spokesman for MSF" is MSF's; "Health Minister Jane Doe" is Jane Doe.
        hits = [m for m in inside if m[4] in types]
        if hits and (types != ("GPE", "NORP", "LOC", "FAC") or normal(phrase) == normal(hits[0][3])
                     or len(normal(phrase).split()) <= 2 and normal(phrase).split()[-1:] == normal(hits[0][3]).split()[-1:]):
            m = hits[-1] if types == ("PERSON",) else hits[0]
            return f"entity:{m[2]}", m[3], m[2], "person" if m[4] == "PERSON" else "organisation"
    low = normal(phrase)
    words = low.split()
    record = re.fullmatch(r"(.+?)\s+(?:report|reports|statement|data|figures|records|estimate|estimates|count|tally)", low)
    if record is not None and not inside:
        # "The US Geological Survey report" with no entity inside it: the body the report names so elsewhere
        squashed = record.group(1).replace(" ", "")
        same = {m[2]: m for m in mentions.items if m[4] == "ORG" and normal(m[3]).replace(" ", "") == squashed}
        if len(same) == 1:
            m = next(iter(same.values()))
            return f"entity:{m[2]}", m[3], m[2], "organisation"
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
            # (a hospital, a school: only one the report names so; "the college" is not the nearest bank)
            m = mentions.before(a, ("ORG",), head if named else None, skip=is_outlet) \
                if named or head not in PLACE_BODY_NOUNS else None
            if m is not None:
                return f"entity:{m[2]}", m[3], m[2], "organisation"
    if is_police(phrase):
        # "police", "cops say", "the officers involved", "police accounts": one body across reports, the one
        # police force the story names when it names one ("the NYPD", "Lake County Sheriff's Office")
        if mentions.police is not None:
            eid, name = mentions.police
            return f"entity:{eid}", name, eid, "organisation"
        # one source, one name: "cops" and "the officers involved" are named "police"
        return "text:police", phrase.strip() if "police" in normal(phrase) else "police", None, "source"
    kind = "outlet" if is_outlet(phrase) else "source"
    owned = re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][\w-]*\s?['’]\s?s\s+([a-z][\w\s-]*)", phrase.strip())
    if owned and kind == "source":
        low = normal(owned.group(1))  # "Gray's autopsy" and "the autopsy": one record of the story
    return f"text:{low}", phrase.strip(), None, kind
