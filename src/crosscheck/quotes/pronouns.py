"""What a pronoun speaker may stand for, read from the parse (issue 20q, review s9, QUOTE-SPK: one quote in seven was
under the wrong person, "he" given to a name inside the quote, to a woman, to what the speaker said happened, or "the
senator" to the wrong senator):

- a person the report marks as a woman is no "he", a man no "she" (``gender``, through the shared
  ``crosscheck.genders``: a title before the name, "Mrs. Clinton", "said she", the given name, the pronouns);
- a subject inside what someone says ("Mook acknowledged [the former secretary ... had split ...]") or inside the
  quotation itself does not speak (``reported_subject``);
- a surname the tagger did not type a person, of a person the report names in full, is that person ("Kasich, who
  brags ..."); the owner of a subject noun is a candidate too ("Mr. Comey's suggestion was that ... what he called");
- a description ("the senator") right after a sentence opening with a named person is that person
  (``opening_person``: "Rubio sought to stoke positive energy ... the senator said"), unless that sentence names the
  description too ("Smith met the president. The president said ...").
"""

from __future__ import annotations

import re

from ..genders import TITLES, genders


def _key(ent) -> str:
    """The person a name stands for: the full name when it has one ("bill clinton"), else the surname ("clinton"); a
    title is no part of it ("Mr. Trump" is "trump"). Keyed by surname alone, a couple or a family cancelled out: three
    "Mrs. Clinton" outvoted Bill Clinton's "he" (review s11 finding 6)."""
    words = [t.lower_ for t in ent if t.lower_.rstrip(".") not in TITLES] or [ent[-1].lower_]
    return " ".join(words)


def _people(doc) -> tuple[dict[str, list[tuple[int, int]]], dict[str, str]]:
    """Each name's mentions (spans), by key (``_key``: every mention of a surname, typed a person or not, "Hollis
    thanked his volunteers"), and a lone surname's key -> the one person named in full who bears it."""
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    surnames = {e[-1].lower_ for e in persons}
    bearers: dict[str, set[str]] = {}
    people: dict[str, list[tuple[int, int]]] = {}
    for e in persons:
        k = _key(e)
        if " " in k:
            bearers.setdefault(k.split()[-1], set()).add(k)
        people.setdefault(k, []).append((e.start_char, e.end_char))
    for t in doc:
        if t.ent_type_ != "PERSON" and t.pos_ == "PROPN" and t.lower_ in surnames:
            people.setdefault(t.lower_, []).append((t.idx, t.idx + len(t.text)))
    alias = {s: next(iter(b)) for s, b in bearers.items() if len(b) == 1 and s in people}
    return people, alias


def gender(doc, ent) -> str | None:
    """"m", "f" or None for the person ``ent`` names, by that person's mentions across the report (``crosscheck.genders``,
    shared with provenance: a title, an apposition, a spouse or "said he" of the name; else the given name's; else the
    pronouns of sentences naming that person alone), kept in ``doc.user_data``. A lone surname is told with the one
    person named in full who bears it, unless its title says another ("Mrs. Okafor" beside "Daniel Okafor"); one that
    two people named in full share ("Bill Clinton", "Hillary Clinton", then "Clinton") is untold."""
    got = doc.user_data.get("crosscheck_genders")
    if got is None:
        people, alias = _people(doc)
        told = genders(doc.text, [(s.start_char, s.end_char) for s in doc.sents], people, surnames=alias)
        for key in people:
            if " " not in key and key not in alias and any(k.endswith(" " + key) for k in people if " " in k):
                told[key] = None  # two people named in full share it: a lone "Clinton" is either
        got = doc.user_data["crosscheck_genders"] = (told, alias)
    return got[0].get(_key(ent))


def _person(doc, ent) -> str:
    """The person a name stands for: a lone surname told with the one person named in full who bears it is that
    person."""
    gender(doc, ent)
    told, alias = doc.user_data["crosscheck_genders"]
    key = _key(ent)
    full = alias.get(key)
    return full if full is not None and told.get(full) == told.get(key) else key


def disagrees(doc, ent, pronoun: str) -> bool:
    """Does the report mark the person ``ent`` names as of the other gender than ``pronoun`` ("he", "she")?"""
    want = {"he": "m", "she": "f"}.get(pronoun)
    got = gender(doc, ent) if want else None
    return got is not None and got != want


def same_gender(doc, span, pronoun: str, within: tuple[int, int]) -> tuple[int, int] | None:
    """The one person named in ``span`` (outside ``within``, the quotation) that the report marks with the gender of
    "he" or "she", when exactly one is and the others' gender is untold or the other."""
    want = {"he": "m", "she": "f"}.get(pronoun)
    if want is None:
        return None
    people = [e for e in span.ents if e.label_ == "PERSON" and not within[0] <= e.start_char < within[1]]
    matching = {_person(doc, e): e for e in people if gender(doc, e) == want}
    if len(matching) != 1 or len({_person(doc, e) for e in people}) < 2:
        return None
    e = next(iter(matching.values()))
    return e.start_char, e.end_char


def reported_subject(subj, within: tuple[int, int] | None = None) -> bool:
    """Is ``subj`` the subject of what someone says or thinks (a clause a verb governs as its complement), or inside
    ``within`` (the quotation whose speaker is looked for)?"""
    if within is not None and within[0] <= subj.idx < within[1]:
        return True
    t = subj.head
    while t.head.i != t.i:
        if t.dep_ == "ccomp":
            return True
        t = t.head
    return False


def untyped_surname(subj) -> tuple[int, int] | None:
    """A subject the tagger did not type a person ("Kasich" as a place, "Rubio" as nothing) that is the surname of a
    person the report names in full: its span."""
    if subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON" or not subj.text[:1].isupper():
        return None
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == subj.text for e in subj.doc.ents):
        return subj.idx, subj.idx + len(subj.text)
    return None


def opening_person(doc, description: tuple[int, int]) -> tuple[int, int] | None:
    """The named person one of the two sentences before a description ("the senator") opens with as its subject, in
    the same paragraph, unless that sentence names the description's noun too."""
    span = doc.char_span(*description, alignment_mode="expand")
    if span is None:
        return None
    noun = span[-1].lower_
    sent = span[0].sent
    for _ in range(2):
        if sent.start == 0 or "\n" in doc.text[doc[sent.start - 1].sent.end_char:sent.start_char]:
            return None  # the paragraph's first sentence
        sent = doc[sent.start - 1].sent
        if re.search(r"\b" + re.escape(noun) + r"\b", sent.text, re.I):
            return None
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if not subjects:
            continue
        ent = next((e for e in doc.ents if e.start <= subjects[0].i < e.end), None)
        if ent is not None and ent.label_ == "PERSON":
            return ent.start_char, ent.end_char
        return untyped_surname(subjects[0])
    return None


def owner(subj) -> tuple[int, int] | None:
    """The person who owns a subject noun: "Mr. Comey's most surprising suggestion was that ... what he called"."""
    for c in subj.children:
        if c.dep_ == "poss":
            ent = next((e for e in subj.doc.ents if e.start <= c.i < e.end and e.label_ == "PERSON"), None)
            if ent is not None:
                return ent.start_char, ent.end_char
    return None
