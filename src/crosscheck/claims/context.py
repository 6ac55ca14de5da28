"""Claims, what the words around a bare figure give it: a unit or counted noun carried from
the figure before, or an age."""

from __future__ import annotations

import re

from ..nlp import doc_text
from .find import _KIN, Quantity
from .units import normalise

# What may join a figure to the level it reached: "rose 64.06 points to 4,577.10".
_TO_LEVEL = re.compile(r"^[\s,]*(?:to|at)(?:\s+(?:a\s+)?(?:close|end)\s+(?:of|at))?\s*$")


# What may join a count to a second figure of the same thing: "435 homes by open sale and 187 by
# tender", "3.9 million headsets, up from 2.4 million"; no figure may come between.
# A list of places continues one ("including eight in New York City, one in Ohio and seven in California"), and
# "with" joins a share to its total ("about 2,000 cases in Mexico, with 51 in the US").
_ELLIPSIS = re.compile(r"^[^\d.;:]{0,40}?\b(?:and|or|including|with|up from|down from|from|compared with|versus|vs\.?)\s*$"
                       r"|^\s+(?:in|at)\s+[^\d.;:,]{1,30},\s*$")
# What may join a measured figure to a second one whose unit is left out: "84.75 cents, while the lowest is 74.07".
_UNIT_ELLIPSIS = re.compile(r"^[^\d;:]{0,40}?\b(?:and|or|but|while|whereas|versus|vs\.?|compared with)\b[^\d;:]{0,30}$")
_RATE_ELLIPSIS = re.compile(r"^[\s,]*(?:from|to|and|or|up from|down from|compared with|versus|vs\.?)\s*$")
_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})")
_PERSON_PRONOUNS = {"he", "she", "who", "i", "you", "we", "they"}


def _ages_and_carried_units(text: str, doc, quantities: list[Quantity]) -> None:
    """Units the words around a bare figure give it:
    - a figure a change leads to carries the change's unit or counted noun ("rose 64.06 points to 4,577.10");
    - a second figure of a count carries its counted noun ("435 homes by open sale and 187 by tender");
    - a figure after a person's name, or what a person "is", is an age ("Maddon, 66, said", "he will be 35");
    - an index level quoted to two decimals beside a move in points is in points."""
    for q, following in zip(quantities, quantities[1:]):
        # "about 8 or $9": a currency written on the second of two alternatives applies to both.
        # So does any unit: "8,000 or 9,000 pounds per square inch" (issue 20).
        if (q.unit is None and q.value_max is None and following.unit is not None
                and (following.unit.isupper() or q.counted is None or q.counted[1] > following.start)
                and re.fullmatch(r"\s+(?:or|to|and)\s+", text[q.end:following.start])):
            q.unit, q.rate = following.unit, following.rate
            q.counted, q.subject = None, following.subject
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
    previous: Quantity | None = None
    for q in quantities:
        plain = q.unit is None and q.counted is None and q.value_max is None and q.value is not None
        bare = plain and q.text.replace(",", "").replace(".", "").isdigit()
        gap = text[max(previous.end, (previous.counted or (0, 0))[1]):q.start] if previous is not None else None
        if (q.unit is None and q.rate and gap is not None and previous.unit is not None and previous.rate == q.rate
                and _RATE_ELLIPSIS.match(gap)):
            # "41,000 litres a day from roughly 23,000 a day": the rate told twice, the unit once (issue 20, round 6)
            q.unit = previous.unit
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
        elif bare and gap is not None and (previous.unit not in (None, "%") or previous.counted) and _TO_LEVEL.match(gap):
            q.unit, q.counted, q.rate = previous.unit, previous.counted, previous.rate
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
        elif plain and gap is not None and previous.unit is None and previous.counted and _ELLIPSIS.match(gap) \
                and _plural_at(doc, previous.counted[1]):
            q.counted = previous.counted
            base = previous.subject.split(" in ")[0] if previous.subject else None
            q.subject = q.subject or base
            place = _PLACE_AFTER.match(text, q.end)
            if place and base and q.subject == base:
                # "eight in New York City, one in Ohio": a share of the count, in its place (issue 20)
                name = place.group(1)
                name = name[:-1] if name.endswith(".") and name.count(".") == 1 else name
                q.subject = f"{base} in {name.lower()}"
        elif (plain and gap is not None and previous.unit is not None and _UNIT_ELLIPSIS.match(gap)
              and not text[:previous.start].rstrip().endswith("(")  # a conversion in brackets is not the unit meant
              and re.match(r"\s*(?:[.,;)]|$)", text[q.end:q.end + 2])):
            q.unit, q.rate = previous.unit, previous.rate  # "rose by 2 percent but the Nasdaq fell by 1."
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
        elif (q.unit is None and q.value_max is not None and q.value_max <= 120
              and re.search(r"\b(?:aged?|ages)\s+(?:between\s+)?$", text[max(0, q.start - 20):q.start], re.I)):
            q.unit, q.subject = "years old", None  # "people aged 5 to 24": a range of ages (issue 20, round 6)
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
        elif bare and q.value == int(q.value) and 1 <= q.value <= 120 and _is_an_age(doc, q):
            q.unit = "years old"
            q.subject = None  # "died at 77": whose age it is, not the people killed (issue 20, round 6)
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
        elif bare and re.fullmatch(r"[\d,]+\.\d\d", q.text) and q.value >= 100:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            points = [t for t in span.sent if t.lower_ == "points"] if span is not None else []
            if points:
                nearest = min(points, key=lambda t: abs(t.idx - q.start))
                q.counted = (nearest.idx, nearest.idx + len(nearest.text))
        previous = q


def _plural_at(doc, end: int) -> bool:
    """Is the word ending at ``end`` a plural noun ("homes"), the kind a second figure can leave out?"""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span is not None and span[-1].tag_ in ("NNS", "NNPS")


# Events of a life told with the age they happened at: "died at 77", "retired at 65", "married at 20".
_LIFE_EVENTS = {"die", "pass", "retire", "marry", "wed", "succumb", "graduate"}
_WEEKDAY_OR_MONTH = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|"
                               r"june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")


def _is_an_age(doc, q: Quantity) -> bool:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.text == "," and span.start > 1:
        before = doc[span.start - 2]
    after = doc[span.end] if span.end < len(doc) else None
    # "two men, ages 47 and 48", "aged 47": the word says the figures are ages.
    if re.search(r"\b(?:aged?|ages|age of)\s+(?:\d{1,3}\s*(?:,|and|to|or|-)\s*)*$", doc_text(doc)[max(0, q.start - 40):q.start], re.I):
        return True
    num = span[-1]
    # "who died yesterday at 77", "retired at 65": the figure after "at" of a life's event is the age then (issue 20,
    # round 6; it was read as a count of people killed).
    if (num.dep_ == "pobj" and num.head.lower_ == "at" and num.head.head.lemma_.lower() in _LIFE_EVENTS
            and (after is None or after.pos_ not in ("NOUN", "PROPN", "NUM"))):
        return True
    # "Orozco, 29, was found guilty": a bare figure in apposition to a name, between commas (the parser may
    # call a name at a sentence's start an adjective).
    if (num.dep_ == "appos" and num.head.text[:1].isupper() and num.head.i == span.start - 2
            and doc[span.start - 1].text == "," and after is not None and after.text == ","
            and not _WEEKDAY_OR_MONTH.fullmatch(num.head.lower_)):
        return True
    # "her daughter, 11, from school": a relative's age between commas (issue 20).
    if (re.search(rf"\b(?:{_KIN}),\s*$", doc_text(doc)[max(0, q.start - 20):q.start], re.I)
            and re.match(r",", doc_text(doc)[q.end:q.end + 1])):
        return True
    # "Kathryn Jenkin, 20 and from Aberdare": a name, the figure, then where the person is from.
    if (before.pos_ == "PROPN" and doc[span.start - 1].text == "," and after is not None and after.lower_ == "and"
            and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in ("from", "of")):
        return True
    if before.ent_type_ == "PERSON" and after is not None and (after.text == "," or after.pos_ in ("AUX", "VERB")):
        return True
    # "Maddon, 66, has ...": a name, then the figure between commas.
    if (before.pos_ == "PROPN" and before.text[:1].isupper() and doc[span.start - 1].text == ","
            and after is not None and (after.text == "," or (after.text == "." and (
                span.end + 1 >= len(doc) or doc[span.end + 1].is_space or doc[span.end + 1].is_sent_start)))):
        return True
    if num.dep_ in ("attr", "acomp") and num.head.lemma_ == "be":
        subjects = [c for c in num.head.children if c.dep_ == "nsubj"]
        return any(c.lower_ in _PERSON_PRONOUNS or c.ent_type_ == "PERSON" for c in subjects)
    return False
