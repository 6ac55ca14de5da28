"""Finding time expressions: spaCy's DATE and TIME entities widened by rules for what the model
misses and narrowed where it over-reaches. Moved from timex.py (issue 20).
"""

from __future__ import annotations

import re

from .normalise import _MONTH_RE, _NUM_RE

# --------------------------------------------------------------------- finding

# What spaCy's DATE entities miss or cut short in news text.
_EXTRA = re.compile(
    rf"\b(?:the )?week (?:ending|of|starting|beginning) {_MONTH_RE} \d{{1,2}}(?:,? \d{{4}})?|"
    rf"\b{_NUM_RE} (?:day|week|month|year)s? (?:ago|earlier|later)\b|"
    r"\b(?:yesterday|today|tomorrow|last night|tonight)\b|"
    r"\b(?:on |last |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?:now|currently|nowadays)\b|"
    r"(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])",  # "14/09/2013" in a page's date line (issue 20)
    re.IGNORECASE)
_COUNT_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(people|workers|troops|soldiers|homes|houses|residents|families|"
                          r"children|tonnes|tons|km|miles|dollars|euros|cases|deaths|flights|trucks|vehicles|"
                          r"buildings|refugees|migrants|patients|jobs|votes|members|units|barrels)\b", re.I)
# Vehicle makes and words that follow a model year.
_MODEL_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:Ford|Toyota|Chevrolet|Chevy|Honda|Nissan|Dodge|Chrysler|Jeep|BMW|Mercedes|Audi|Volkswagen|VW|"
    r"Hyundai|Kia|Mazda|Subaru|Lexus|Acura|Infiniti|Cadillac|Buick|GMC|Pontiac|Lincoln|Mercury|Saturn|Volvo|Porsche|"
    r"Jaguar|Mitsubishi|Tesla|Harley|Oldsmobile|Plymouth|Saab|Land Rover|Range Rover|Fiat|Peugeot|Renault|Skoda|"
    r"Vauxhall|Opel|Suzuki|Yamaha|Kawasaki|model year|sedan|pickup|SUV|minivan|hatchback|coupe)\b")


def find_spans(text: str, doc=None) -> list[tuple[int, int, str]]:
    """(start, end, label) of time expressions in ``text``; ``doc`` is spaCy's parse of it."""
    spans: list[tuple[int, int, str]] = []
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME"):
                start, end = ent.start_char, ent.end_char
                # "2,000 workers" read as a year: a number followed by a counted noun is a count.
                if re.fullmatch(r"[\d,.]+", ent.text) and _COUNT_AFTER.match(text[end:end + 40]):
                    continue
                if re.fullmatch(r"\d{1,3}(,\d{3})+", ent.text):
                    continue
                # "a 2007 Ford Fusion", "a 2013 gray Toyota Camry": a model year names a vehicle, not a time (issue 20).
                year = re.match(r"(?:19|20)\d\d\b", ent.text)
                if year and _MODEL_AFTER.match(text, start + year.end(), min(len(text), start + year.end() + 40)):
                    continue
                spans.append((start, end, ent.label_))
    for m in _EXTRA.finditer(text):
        spans.append((m.start(), m.end(), "DATE"))
    spans = [part for span in spans for part in _split_range(text, span)]
    # Keep the longest of overlapping spans.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, str]] = []
    for s in spans:
        if out and s[0] < out[-1][1]:
            if s[1] > out[-1][1] and s[0] == out[-1][0]:
                out[-1] = s
            elif s[1] > out[-1][1]:  # "on Tuesday" (a rule) and "Tuesday 14 September 2010" (the model): one span
                out[-1] = (out[-1][0], s[1], s[2] if s[2] == out[-1][2] else "DATE")
            continue
        out.append(s)
    return _joined(text, out)


_DAY_WORD = re.compile(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow)$", re.I)
_PART_OF_DAY = re.compile(r"(?:morning|afternoon|evening|night)", re.I)
_DAY_NUMBER_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? $", re.I)
_MONTH_START = re.compile(_MONTH_RE + r"\b", re.I)
_WEEKDAY_ONLY = re.compile(r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_DAY_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?: of)? " + _MONTH_RE + r"\b", re.I)


def _joined(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Expressions spaCy cuts in two, made whole (issue 20): "Thursday" + "morning" is one day
    ("Thursday morning"; the part alone had no value), and "11 November 2011" keeps its day
    number (the span "November 2011" read as the month)."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if _MONTH_START.match(text, start):
            before = _DAY_NUMBER_BEFORE.search(text, max(0, start - 8), start)
            if before and (not out or out[-1][1] <= before.start()):
                start = before.start()
        if out and text[out[-1][1]:start] == " " and _DAY_WORD.search(text, out[-1][0], out[-1][1]) \
                and _PART_OF_DAY.fullmatch(text, start, end):
            out[-1] = (out[-1][0], end, "DATE")
            continue
        # "Tuesday 14 September 2010", "Thursday, December 11": the weekday and its date are one day, not
        # the last Tuesday and a date (issue 20: a page's "Tuesday 14 September" made the Tuesday before key).
        if out and text[out[-1][1]:start] in (" ", ", ") and _WEEKDAY_ONLY.fullmatch(text, out[-1][0], out[-1][1]) \
                and (_MONTH_START.match(text, start) or _DAY_MONTH.match(text, start)):
            out[-1] = (out[-1][0], end, "DATE")
            continue
        out.append((start, end, label))
    return out


# A span of two dates: "between November 15 and January 3", "from May 2004 to June 2005".
_RANGE = re.compile(r"^(?:(?:between|from)\s+)?(?P<a>.+?)\s+(?:and|to|until|till|through|-|–)\s+(?P<b>.+)$", re.I)
_DATE_WORD = re.compile(rf"\b(?:{_MONTH_RE[1:-4]})\b|\b1[89]\d\d\b|\b20\d\d\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                        re.I)


def _split_range(text: str, span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """The two ends of a date range as two expressions, as TimeML annotates them."""
    start, end, label = span
    m = _RANGE.match(text[start:end])
    if not m or not (_DATE_WORD.search(m["a"]) and _DATE_WORD.search(m["b"])):
        return [span]
    return [(start + m.start("a"), start + m.end("a"), label), (start + m.start("b"), start + m.end("b"), label)]
