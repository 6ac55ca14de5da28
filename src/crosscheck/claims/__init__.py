"""Claims: every quantity a report states, with its unit, bound and the thing counted.

Finding is rule-based over the cleaned text (numbers with separators and
decimals, number words, scale words, ranges, bounds, currencies, percentages,
units and rates); the shared spaCy parse supplies what the rules cannot: which
numbers are dates or times (not claims) and which noun a number counts.
Normalising uses pint, so "12 miles" and "19.3 km" compare as lengths.

One concern a module: ``figures`` (a figure as written: number words, scales, vague
amounts), ``units`` (currencies, unit words, rates, normalising with pint), ``find``
(the pattern of a quantity and the numbers that are no claim), ``context`` (what the
words around a bare figure give it: a carried unit, an age), ``counted`` (the thing
counted and what happened to it); this module reads the quantities of a text and is
the stage's entry point. ``extract_quantities`` and ``_quantities_at`` stay here so
that ``_subject``, ``_to_number`` and ``extract_quantities`` are looked up in this
module (tests replace them on ``crosscheck.claims``).
"""

from __future__ import annotations

import re
from typing import Callable

from ..isolation import OnSkip, item_failed
from ..records import Claim, Document, Normalized, tally_of
from .context import (_ELLIPSIS, _PERSON_PRONOUNS, _TO_LEVEL, _UNIT_ELLIPSIS, _ages_and_carried_units, _is_an_age,
                      _plural_at)
from .counted import (COUNTED_PRONOUNS, DEATH, NOT_A_DIMENSION_AFTER, OUTCOME_WORDS, OUTCOMES, PEOPLE, _DIMENSIONS,
                      _PART_AFTER, _participle, _subject, local_outcome)
from .figures import (MAX_FIGURE, MAX_FIGURE_DIGITS, NUMBER_WORDS, SCALES, TEEN_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE,
                      VIDEO_LINES, _sane_figure, _to_number, _word_number)
from .find import (_BOUND, _CLOCK_AFTER, _COMPOUND, _CUR, _CURWORD, _NUM, _PCT, _RATE, _SCALE, _TO, _UNIT, _UNITW,
                   _VAGUE, _WORDNUM, _GUN_AFTER, BOUNDS, INDEX_NAME, MONTHS, QUANTITY, Quantity, _is_a_name, _is_not_a_claim)
from .units import CURRENCY_CODES, CURRENCY_PREFIX, CURRENCY_WORDS, RATES, TARGET, UNITS, _ureg, normalise
from .holder import holder_of, period_of
from .bounds import with_denied_bounds
from .ordinals import LEVEL_WORDS, with_ordinals
from .tallies import tally_quantities
from .zeros import zero_quantities

__all__ = ["Quantity", "extract_claims", "extract_quantities", "local_outcome", "normalise"]

def extract_quantities(text: str, doc=None, on_skip: OnSkip | None = None) -> list[Quantity]:
    """Quantities of a raw text. ``doc`` (spaCy's parse of it) removes dates and finds subjects.
    ``on_skip(offset, error)``: a failure on one figure leaves it out and is told there (issue 21)."""
    skip: list[tuple[int, int]] = []
    if doc is not None:
        skip = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME", "ORDINAL")]
    out: list[Quantity] = []
    for m in QUANTITY.finditer(text):
        try:
            out += _quantities_at(text, m, skip, doc)
        except Exception as error:  # noqa: BLE001 - one figure at fault: told to on_skip (issue 21)
            item_failed(error, on_skip, m.start())
    if doc is not None:
        kept = []
        for q in out:
            try:
                q.subject = _subject(doc, q)
                kept.append(q)
            except Exception as error:  # noqa: BLE001 - its sentence's parse at fault
                item_failed(error, on_skip, q.start)
        out = kept
        _ages_and_carried_units(text, doc, out)
    out = _a_dimension(text, _a_time_span(text, _all_of_a_count(text, out)))
    out = _feet_and_inches(text, _and_a_half(text, _no_clock_left(text, out)))
    zeros = zero_quantities(text)
    if zeros:  # "no one was killed": the zero of the people it names, not the word "one"
        out = [q for q in out if not any(z.start <= q.start < z.end for z in zeros)]
        out = sorted(out + zeros, key=lambda q: q.start)
    return out


_ALL_BEFORE = re.compile(r"\b(?:[Aa]ll)\s+$")


def _all_of_a_count(text: str, out: list[Quantity]) -> list[Quantity]:
    """"All three live in ...": the quantifier starts the count's span (issue 20)."""
    for q in out:
        before = _ALL_BEFORE.search(text[max(0, q.start - 5):q.start])
        if before and q.bound == "exact" and q.unit is None and q.value_max is None:
            q.start -= len(text[max(0, q.start - 5):q.start]) - before.start()
            q.text = text[q.start:q.end]
    return out


# "less than a minute later", "about an hour after": a span of time told with "a"/"an" after a bound (issue 20).
_A_TIME_SPAN = re.compile(r"\b(?P<bound>less than|more than|fewer than|about|around|nearly|almost|just over|just under|"
                          r"roughly)\s+(?:a|an)\s+(?P<unit>second|minute|hour|day|week|month|year)\b"
                          # only the time between two happenings: NewsQuant's gold has no "in around a minute"
                          r"(?=\s+(?:later|after|afterwards?)\b)", re.I)


def _a_time_span(text: str, out: list[Quantity]) -> list[Quantity]:
    found = []
    for m in _A_TIME_SPAN.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in out):
            continue
        word = m.group("bound").lower()
        bound = dict(BOUNDS).get(word, "about")
        unit = m.group("unit").lower()
        found.append(Quantity(m.start(), m.end(), m.group(0), 1.0, None, unit, bound, normalise(1.0, None, unit, None)))
    return sorted(out + found, key=lambda q: q.start) if found else out


# "a mile wide", "an inch thick", "a foot deep": one unit of length told with "a"/"an" before a dimension word (issue 20n,
# nineteenth session: a slick described as ten miles in length and a mile in width, told so, held no figure of its width,
# which other reports tell in whole miles). Keyed as ``counted._dimension`` keys "three miles wide".
_A_DIMENSION = re.compile(rf"(?<![\w-])(?:(?P<bound>{_BOUND})\s+)?(?:a|an)\s+(?P<unit>mile|kilomet(?:er|re)|met(?:er|re)|foot|inch|yard)"
                          r"(?:\s+(?:or\s+so|\([^()]{1,20}\)))?\s+(?P<dimension>wide|across|long|high|tall|thick|deep)\b"
                          r"(?!\s+(?:" + "|".join(NOT_A_DIMENSION_AFTER) + r")\b)", re.I)


# "a 6in-wide tube", "a 4in-thick shield": inches written "in" glued to the figure, read only before a dimension word
# ("in" alone is no unit the finder reads).
_INCHES_WIDE = re.compile(r"(?<![\w.,-])(?P<num>\d{1,3}(?:\.\d+)?)in-(?P<dimension>wide|long|high|tall|thick|deep)\b", re.I)


def _a_dimension(text: str, out: list[Quantity]) -> list[Quantity]:
    found = []
    for m in _INCHES_WIDE.finditer(text):
        if not any(q.start < m.end("num") + 2 and m.start() < q.end for q in out):
            value = float(m.group("num"))
            found.append(Quantity(m.start(), m.end("num") + 2, text[m.start():m.end("num") + 2], value, None, "inches",
                                  "exact", normalise(value, None, "inches", None),
                                  subject=_DIMENSIONS[m.group("dimension").lower()]))
    for m in _A_DIMENSION.finditer(text):
        if any(q.start < m.end("unit") and m.start() < q.end for q in out) or re.search(
                r"\b(?:half|quarter|third)\s+$", text[max(0, m.start() - 8):m.start()], re.I):
            continue  # "half a mile wide": read as half a mile
        unit = m.group("unit").lower()
        unit = unit if unit in UNITS else unit + "s"
        bound = dict(BOUNDS).get((m.group("bound") or "").lower(), "exact")  # "less than an inch thick"
        found.append(Quantity(m.start(), m.end("unit"), text[m.start():m.end("unit")], 1.0, None, unit, bound,
                              normalise(1.0, None, unit, None), subject=_DIMENSIONS[m.group("dimension").lower()]))
    return sorted(out + found, key=lambda q: q.start) if found else out


# "a mile and a half", "two and a half hours", "an hour and a half", "4 1/2 months": the half added to the figure
# (issue 20, round 6; "about a mile and a half" was read as a bare "half", "4 1/2 months" was no claim).
_AND_A_HALF = re.compile(rf"\b(?:(?P<bound>{_BOUND})\s+)?(?:(?P<a>an?|one)\s+(?P<unit1>[a-z]+?)|(?<![\d/.,])(?P<num>\d+?|{_WORDNUM}))"
                         rf"(?:\s+and\s+a\s+(?P<half>half)|(?<=\d)(?P<frac>\s?(?:1/2|½))(?![/\d]))(?(num)(?:\s+(?P<unit2>[a-z]+))?)\b", re.I)


def _and_a_half(text: str, out: list[Quantity]) -> list[Quantity]:
    found = []
    for m in _AND_A_HALF.finditer(text):
        whole = 1.0 if m.group("a") else _to_number(m.group("num").lower(), None)
        unit = m.group("unit1") or m.group("unit2")
        if m.group("frac") and (m.group("a") or not m.group("unit2") or text[max(0, m.start() - 1):m.start()] in "/"
                                and m.start() > 0):
            continue  # "41/2 months" is 4 1/2 months only before a unit; "11/2/2004" is a date
        end = m.end("unit2") if m.group("unit2") else m.end("half")
        if whole is None or unit is None or unit.lower() not in UNITS and unit.lower() + "s" not in UNITS:
            continue
        unit = unit.lower() if unit.lower() in UNITS else unit.lower() + "s"
        value = whole + 0.5
        bound = dict(BOUNDS).get((m.group("bound") or "").lower(), "exact")
        found.append(Quantity(m.start(), end, text[m.start():end], value, None, unit, bound,
                              normalise(value, None, unit, None)))
    if not found:
        return out
    kept = [q for q in out if not any(f.start <= q.start < f.end for f in found)]
    return sorted(kept + found, key=lambda q: q.start)


# A height in feet and inches: "the 6-foot-9 senior", "he is 5-foot-8", "5-feet-8 inches", "6 feet 2 inches", "6ft 2in" (issue 22c, twenty-
# second session): the inches were dropped, so "6-foot-9" was read as six feet, and two reports of one player's height
# agreed on a figure neither told. The feet, then the inches (0-11) right after, as one length.
_FEET_INCHES = re.compile(r"(?<![\w.,-])(?P<ft>\d)(?:[\s-]?(?:feet|foot|ft)\.?[\s-])(?P<inch>1[01]|\d)"
                          r"(?P<unit>\s?(?:inches|inch|in\b\.?|\"|″))?(?![\d.,]\d|\s?(?:-|to)\s?\d)", re.I)


def _feet_and_inches(text: str, out: list[Quantity]) -> list[Quantity]:
    found = []
    for m in _FEET_INCHES.finditer(text):
        if not m.group("unit") and not re.search(r"-(?:feet|foot|ft)-", m.group(0), re.I):
            continue  # "6 feet 2" with no inches written: the 2 may be another figure ("6 feet 2 days later")
        feet = next((q for q in out if q.start <= m.start("ft") < q.end), None)
        if feet is None or feet.normalized is None or feet.normalized.unit != "km" or feet.value_max is not None:
            continue  # the feet are not read as a length here (a name, a code): left as they are
        value = int(m.group("ft")) + int(m.group("inch")) / 12
        # the inches' own word is no thing measured ("5-feet-8 inches tall" was keyed "inches")
        subject = None if (feet.subject or "").lower() in ("inch", "inches", "in") else feet.subject
        found.append(Quantity(feet.start, m.end(), text[feet.start:m.end()], value, None, "foot", feet.bound,
                              normalise(value, None, "foot", None), rate=feet.rate, subject=subject,
                              counted=feet.counted))
    if not found:
        return out
    kept = [q for q in out if not any(f.start <= q.start < f.end for f in found)]
    return sorted(kept + found, key=lambda q: q.start)


# "with four minutes left", "with 4:08 to go": the time left on a game's clock, a moment, not a span (issue 20, round 6).
_CLOCK_LEFT = re.compile(r"\bwith\s+(?:just\s+|only\s+)?(?:over|under|more than|less than|about|around)?\s*$", re.I)
_LEFT_AFTER = re.compile(r"\s+(?:left|remaining|to go|to play)\b", re.I)


def _no_clock_left(text: str, out: list[Quantity]) -> list[Quantity]:
    return [q for q in out if not (q.normalized is not None and q.normalized.unit == "day" and (q.value or 0) < 60
                                   and q.unit and re.match(r"(?:second|minute)s?$", q.unit, re.I)
                                   and _CLOCK_LEFT.search(text[max(0, q.start - 30):q.start])
                                   and _LEFT_AFTER.match(text, q.end))]


def _quantities_at(text: str, m: re.Match, skip: list[tuple[int, int]], doc) -> list[Quantity]:
    """The quantities (none, one, or two for "from 176 to 101") of one match of QUANTITY."""
    start, end = m.start(), m.end()
    surface = m.group(0)
    # Trailing spaces or joiners caught by optional groups are not part of the quantity.
    stripped = surface.rstrip(" -–")
    end = start + len(stripped)
    if not stripped.strip():
        return []
    if m.group("vague"):
        low, high = VAGUE[m.group("vague").lower()]
        bound = dict(BOUNDS).get((m.group("bound_v") or "").strip().lower(), "range")
        q = Quantity(start, end, text[start:end], float(low), float(high), None, "range" if bound == "about" else bound,
                     Normalized(float(low), float(high), None))
        return [q]
    num = m.group("num")
    if not _sane_figure(num, m.group("num2"), m.group("exp")):
        return []
    calibre = _calibre(text, m)
    if calibre is not None:  # "a. 357 Magnum": the ECB+ rebuild of ".357 Magnum", a gun's calibre (issue 20)
        return [Quantity(m.start("num"), m.end("num"), num, calibre, None, None, "exact", Normalized(calibre, None, None),
                         subject="calibre")]
    if _is_not_a_claim(text, m, skip) or (doc is not None and _is_a_name(doc, m)):
        return []
    # "10 to 15 billion": the scale written once applies to both ends.
    value: float | None = _to_number(num, m.group("scale"))
    if m.group("num2") and m.group("scale2") and not m.group("scale"):
        # "10 to 15 billion": a scale written once applies to both ends; not to "$800,000 to $1.3 million".
        low, high = _to_number(num, None), _to_number(m.group("num2"), None)
        if low is not None and high is not None and low < high:
            value = _to_number(num, m.group("scale2"))
    # The first end's scale is carried to a second written without one ("5 million to 6"), but not from an
    # amount of money to a bare figure: "paid more than $200m to 32,000 claimants" is two figures.
    carried = m.group("scale") if not (m.group("cur") and not m.group("cur2")) else None
    value_max = _to_number(m.group("num2"), m.group("scale2") or carried) if m.group("num2") else None
    if value is None:
        return []
    if m.group("exp"):  # "2.998×10−8": scientific notation
        exponent = int(re.sub(r"[^\d]", "", m.group("exp").split("10", 1)[1]))
        value *= 10.0 ** (-exponent if re.search(r"[−-]", m.group("exp").split("10", 1)[1]) else exponent)
    if not _sane_figure(value):
        return []
    if m.group("sign") or m.group("sign2"):  # "-1.3%", "minus 233 Celsius", "$-50.8bn"
        value = -value
    cur = m.group("cur") or m.group("cur2")
    unit: str | None = None
    if cur:
        unit = CURRENCY_PREFIX.get(re.sub(r"\s", "", cur).lower())
    elif m.group("cursym"):
        unit = "EUR"
    elif m.group("curword"):
        unit = CURRENCY_WORDS[m.group("curword").lower()]
    elif m.group("pct") or m.group("pct1"):
        unit = "%"
    elif m.group("unit"):
        unit = m.group("unit")
        if unit in ("C", "F") and m.end("num") == m.start("unit"):
            # "6,000C", "86F": a temperature as the Guardian and the BBC write it (issue 20x, twenty-first session); not a
            # code in a name ("the 4C Group", "Category 4C", "Form 2F")
            if re.match(r"\s+[A-Z]", text[m.end():m.end() + 3]) or re.search(r"\b[A-Z][A-Za-z]*\s$", text[max(0, start - 20):start]):
                return []
            unit = "°" + unit
        if unit.lower() not in UNITS:  # "1,500-square-kilometer": the unit's words as listed
            unit = re.sub(r"[\s-]+", " ", unit)
        if unit.lower() == "pound" and re.match(r"\s*(?:notes?|coins?|sterling)\b", text[m.end():m.end() + 12], re.I):
            unit = "GBP"  # "a 100-pound note" is money, "a 200-pound man" a weight
        if unit.lower() in ("m", "t", "l", "g", "b", "k", "w") and not m.group("num").replace(",", "").replace(".", "").isdigit():
            unit = None
        elif unit == "G" and m.end("num") == m.start("unit") and 1 <= value <= 6:
            unit = "generation"  # "5G", "4G": a mobile network generation, not grams
    elif m.group("pence"):
        if _to_number(num, None) in VIDEO_LINES:
            return []  # "1080p" is a video format
        unit = "GBX"  # "shares fell to 164p": pence
    elif m.group("scale") == "m" and (_METRES_AFTER.match(text[m.end():m.end() + 32])
                                      or _METRES_BEFORE.search(text[max(0, start - 40):start])):
        # "5m deep", "fell about 200m down a gully", "within 80m of": metres, not millions (issue 20).
        value = _to_number(num, None)
        unit = "m"
    if m.group("unit") == "m" and not m.group("scale") and not m.group("num2") and _spaced_million(text, m, doc):
        # "$6m ( £3.9 m )", "1.5 m to 2.5 m gallons": a tokenised text's "m" of millions, not metres.
        value *= 1e6
        unit = None if unit == "m" else unit
        after = re.match(r"\s+([a-z]+)\b", text[end:end + 20])
        if unit is None and after and after.group(1) in UNITS:  # "2.5 m gallons": the unit is the word after
            unit, end = after.group(1), end + after.end()
    bound = dict(BOUNDS).get((m.group("bound") or "").strip().lower(), "exact")
    if value_max is not None:
        bound = "range"
    written_rate = m.group("rate") or m.group("rate_p") or m.group("rate_c")
    rate = RATES.get(re.sub(r"[\s-]+", " ", written_rate.lower())) if written_rate else None
    if unit is not None and unit.lower() in ("bpd", "b/d"):  # "12,000-19,000 bpd": barrels a day (issue 20)
        unit, rate = "barrels", "day"
    # "rose by three to 78": after "by", an end four times the first and more is the level reached, not a range of the
    # change ("fell by 1 to 1.5 degrees" stays one) (issue 20x, twenty-first session: Mexico's toll of 78 was no claim).
    by_to_level = m.group("by") is not None and value_max is not None and value > 0 and value_max >= 4 * value
    if value_max is not None and (value > value_max or by_to_level):
        # "revised the toll from 176 to 101": a change from one figure to another, not a range
        # (as a range it would be empty, and conflict with every other figure).
        first_end = m.end("scale") if m.group("scale") else m.end("pct1") if m.group("pct1") else m.end("num")
        second_start = m.start("cur2") if m.group("cur2") else m.start("num2")
        first_bound = dict(BOUNDS).get((m.group("bound") or "").strip().lower(), "exact")
        second_unit = unit
        if m.group("cur") and not m.group("cur2") and re.match(r"\s+[a-z]+s\b", text[end:end + 30]) \
                and not re.match(r"\s+(?:per|a|an|each)\b", text[end:end + 10]):
            second_unit = None  # "paid $200m to 32,000 claimants": the second figure counts its own noun
        return [Quantity(start, first_end, text[start:first_end], value, None, unit, first_bound,
                         normalise(value, None, unit, rate), rate),
                Quantity(second_start, end, text[second_start:end], value_max, None, second_unit, "exact",
                         normalise(value_max, None, second_unit, rate), rate)]
    return [Quantity(start, end, text[start:end], value, value_max, unit, bound,
                     normalise(value, value_max, unit, rate), rate)]


# A verb of rising before "from": "raising the fee from $41 to $46", "raised the toll from 9 to 12" tell the
# figure before and the figure after, as a fall does ("cut from 176 to 101"); "from 10 to 15 people were hurt", "aged from
# 5 to 12" stay ranges (issue 20x, twenty-first session: the $70 of a bill told so was no claim). A claim of the stage
# only: NewsQuant's gold, read by ``extract_quantities``, keeps "rose from 240 to 273" one range.
_RISE_FROM = re.compile(r"\b(?:rais(?:e|es|ed|ing)|r(?:o|i)s(?:e|es|en|ing)|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|"
                        r"jump(?:s|ed|ing)?|gr(?:ew|ow|ows|own|owing)|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
                        r"lift(?:s|ed|ing)?|(?:went|gone|go|goes|going)\s+up)\b[^.;:!?()]{0,45}\bfrom\s+$", re.I)
_RANGE_TO = re.compile(r"\s+to\s+")


def _rises(text: str, found: list[Quantity]) -> list[Quantity]:
    """A range after a verb of rising and "from" as the figure before and the figure after (``_RISE_FROM``)."""
    out = []
    for q in found:
        before = text[max(0, q.start - 60):q.start]
        joiner = _RANGE_TO.search(q.text)
        if (q.bound != "range" or q.value_max is None or q.value is None or q.value >= q.value_max or joiner is None
                or not _RISE_FROM.search(before) or re.search(r"\b(?:" + LEVEL_WORDS + r")\b", before, re.I)
                or re.search(r"\b(?:rang(?:e|es|ed|ing)|varie[sd]|vary|varying)\s+from\s+$", before, re.I)):
            out.append(q)  # "raised its alert level from 4 to 5": the levels' range, read as such by reconcile (``told``)
            continue
        rate = q.rate
        first_end, second_start = q.start + joiner.start(), q.start + joiner.end()
        out += [Quantity(q.start, first_end, text[q.start:first_end], q.value, None, q.unit, "exact",
                         normalise(q.value, None, q.unit, rate), rate, subject=q.subject),
                Quantity(second_start, q.end, text[second_start:q.end], q.value_max, None, q.unit, "exact",
                         normalise(q.value_max, None, q.unit, rate), rate, subject=q.subject)]
    return out


def _calibre(text: str, m: re.Match) -> float | None:
    """The calibre of the rebuilt "a. 357 Magnum" / ". 38 special" (".357", ".38"), as its digits: 357, 38."""
    num = m.group("num")
    before = text[max(0, m.start("num") - 4):m.start("num")]
    if (not re.fullmatch(r"\.?\d{2,3}", num) or any(m.group(g) for g in ("cur", "unit", "scale", "pct", "num2", "bound"))
            or not re.search(r"(?:^|\s)$" if num.startswith(".") else r"(?:^|\s)a?\.\s?$", before)
            or not _GUN_AFTER.match(text, m.end("num"))):
        return None
    return float(num.lstrip("."))  # the gold and the reports' readers write it "357"


# What says a figure in "m" is a length: the words after it ("5m deep", "200m down a gully", "80m of
# their destination", "60m from a ridge") or before it ("fell about 200m", "within 80m").
_METRES_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)|\))?[\s-]+(?:deep|long|high|wide|tall|away|below|above|down|beneath|"
                           r"under(?:ground|water)?|off(?:shore)?|short|ahead|behind|across|along|from|into|falls?|drops?|plunges?|descents?|of\s+(?:the|their|"
                           r"his|her|its|a)\s+(?:destination|summit|top|shore|coast|edge|finish|target|border|scene))\b")
_METRES_BEFORE = re.compile(r"\b(?:fell|fall|falls|falling|fallen|slipped|slid|plunged|plummeted|tumbled|dropped|"
                            r"climbed|within|depth of|height of|altitude of|distance of)\s+(?:(?:about|around|some|nearly|"
                            r"almost|more than|over|up to|at least|roughly|approximately|an estimated|just|only)\s+)?$")


def _spaced_million(text: str, m: re.Match, doc) -> bool:
    """Is a spaced "m" after a figure millions ("£3.9 m", "2.5 m gallons", "1.5 m to 2.5 m gallons")?"""
    if m.group("cur") or m.group("curword"):
        return True
    rest = text[m.end():m.end() + 40]
    later = re.match(r"\s+to\s+[\d.,]+\s?m\b", rest)
    at = m.end() + (later.end() if later else 0)
    if doc is None:
        return False
    token = next((t for t in doc if t.idx >= at and not t.is_space), None)
    return token is not None and token.pos_ in ("NOUN", "PROPN")


def extract_claims(documents: list[Document],
                   on_skip: Callable[[Document, int, BaseException], None] | None = None) -> list[Claim]:
    """The claims of each report. ``on_skip(document, sentence offset, error)``: a figure whose
    work fails is left out and told there, the report's other claims kept (issue 21); without
    it the failure is raised (the pipeline then leaves the whole report out)."""
    from .. import nlp

    parsed = nlp.parse(documents)
    claims: list[Claim] = []
    for d in documents:
        sentences = d.sentences

        def skipped(offset: int, error: BaseException, d: Document = d) -> None:
            start = next((s.start for s in d.sentences if s.start <= offset < s.end), offset)
            on_skip(d, start, error)  # type: ignore[misc]

        found = extract_quantities(d.text, parsed.get(d.id), skipped if on_skip else None)
        try:  # "the eighth day", "married twice", "rose from $65 to $70" (issue 20x); a failure there leaves the others
            found = with_ordinals(d.text, parsed.get(d.id), _rises(d.text, found))
            found = with_denied_bounds(d.text, sentences, found)  # "no offer was more than seven years" (issue 20x)
        except Exception as error:  # noqa: BLE001 - told to on_skip as a figure's failure is (issue 21)
            item_failed(error, skipped if on_skip else None, 0)
        for n, q in enumerate(_with_tallies(d.text, found)):
            sentence = next((s.text for s in sentences if s.start <= q.start < s.end), "")
            claims.append(Claim(id=f"{d.id}:c{n}", document=d.id, text=q.text, sentence=sentence, value=q.value,
                                value_max=q.value_max, unit=q.unit if not q.rate else f"{q.unit or ''}/{q.rate}".lstrip("/") if q.unit else f"per {q.rate}",
                                normalized=q.normalized, subject=q.subject, bound=q.bound, start=q.start, end=q.end,
                                **_owner(parsed.get(d.id), q)))
    return claims


def _owner(doc, q: Quantity) -> dict[str, str | None]:
    """Whose figure it is and of which period (``holder``), from the parse; none for a tally (its holder is in its
    subject) or where the parse fails on it."""
    if doc is None or tally_of(q.subject) is not None:
        return {}
    try:
        return {"holder": holder_of(doc, q.start, q.end), "period": period_of(doc, q.start, q.end)}
    except Exception:  # noqa: BLE001 - no owner read is no owner: the figure is kept
        return {}


def _with_tallies(text: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities of a report with its tallies (``tallies``: win-loss records, scores, a fighter's knockouts) in
    place of what the quantity finder read inside them ("45-7-2" was a stray "2"; "46 KOs" a count of "kos blasted").
    A claim of the stage only: ``extract_quantities`` (NewsQuant's reader) is unchanged (issue 20, sixth session)."""
    tallies = tally_quantities(text)
    if not tallies:
        return found
    kept = [q for q in found if not any(t.start < q.end and q.start < t.end for t in tallies)]
    return sorted(kept + tallies, key=lambda q: q.start)

