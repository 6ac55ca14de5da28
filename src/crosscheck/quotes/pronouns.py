"""What a pronoun speaker may stand for, read from the parse (issue 20q, review s9, QUOTE-SPK: one quote in seven was
under the wrong person, "he" given to a name inside the quote, to a woman, to what the speaker said happened, or "the
senator" to the wrong senator):

- a person the report marks as a woman is no "he", a man no "she" (``gender``: a title before the name, "Mrs. Clinton",
  and the pronouns of sentences naming that person alone);
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

_FEMALE_TITLES = frozenset("mrs ms miss madam dame lady queen princess sister".split())
_MALE_TITLES = frozenset("mr sir king prince father brother".split())
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")


def _key(ent) -> str:
    """The person a name stands for: the full name when it has one ("bill clinton"), else the surname ("clinton").
    Keyed by surname alone, a couple or a family cancelled out: three "Mrs. Clinton" outvoted Bill Clinton's "he"
    (review s11 finding 6)."""
    return " ".join(t.lower_ for t in ent) if len(ent) > 1 else ent[-1].lower_


def gender(doc, ent) -> str | None:
    """"m", "f" or None for the person ``ent`` names, by that name across the report (kept in ``doc.user_data``):
    a title before a mention counts thrice, a "he" or "she" subject after it in a sentence naming no one else, or
    opening the next sentence when that one names no one, once (not "her" or "his": "Obama backed her up" says
    nothing of Obama). A full name and a lone surname vote apart, and a lone surname that two people named in full
    share ("Bill Clinton", "Hillary Clinton", then "Clinton") is untold."""
    genders = doc.user_data.get("crosscheck_genders")
    if genders is None:
        keys = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON"}
        votes: dict[str, list[int]] = {}
        # each mention of a person's surname, typed a person or not ("Hollis thanked his volunteers")
        for t in doc:
            if t.lower_ not in keys or t.pos_ != "PROPN" or t.ent_iob_ == "I" and t.i + 1 < len(doc) and \
                    doc[t.i + 1].ent_iob_ == "I":
                continue
            first = t.doc[t.i - 1] if t.i and t.ent_iob_ == "I" else t  # the name's first word ("Ann" of "Ann Marsh")
            while first.i and first.ent_iob_ == "I":
                first = doc[first.i - 1]
            key = _key(doc[first.i:t.i + 1]) if t.ent_type_ == "PERSON" else t.lower_
            v = votes.setdefault(key, [0, 0])
            title = _TITLE_BEFORE.search(doc.text, max(0, first.idx - 12), first.idx)
            word = title.group(1).lower() if title else ""
            v[0] += 3 * (word in _MALE_TITLES)
            v[1] += 3 * (word in _FEMALE_TITLES)
            sent = t.sent
            if any(o.label_ == "PERSON" and _key(o) != key for o in sent.ents) or any(
                    w.lower_ in keys and w.lower_ != t.lower_ and w.pos_ == "PROPN" for w in sent):
                continue  # another person named there: whose "he" it is is not told
            subjects = [w.lower_ for w in doc[t.i + 1:sent.end] if w.dep_ == "nsubj" and w.lower_ in ("he", "she")]
            if sent.end < len(doc) and doc[sent.end].lower_ in ("he", "she") and not any(
                    o.label_ == "PERSON" for o in doc[sent.end].sent.ents):
                subjects.append(doc[sent.end].lower_)  # "Bernard Hollis won the primary. He thanked ..."
            v[0] += subjects.count("he")
            v[1] += subjects.count("she")
        genders = {k: "m" if m > 2 * f else "f" if f > 2 * m else None for k, (m, f) in votes.items()}
        full = [_key(e) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        for surname in keys:
            if len({k for k in full if k.endswith(" " + surname)}) > 1:
                genders[surname] = None  # two people named in full share it: a lone "Clinton" is either
        doc.user_data["crosscheck_genders"] = genders
    return genders.get(_key(ent))


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
    matching = {_key(e): e for e in people if gender(doc, e) == want}
    if len(matching) != 1 or len({_key(e) for e in people}) < 2:
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
