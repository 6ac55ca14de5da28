"""Claims: every quantity a report states, with its unit, bound and the thing counted.

Finding is rule-based over the cleaned text (numbers with separators and
decimals, number words, scale words, ranges, bounds, currencies, percentages,
units and rates); the shared spaCy parse supplies what the rules cannot: which
numbers are dates or times (not claims) and which noun a number counts.
Normalising uses pint, so "12 miles" and "19.3 km" compare as lengths.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .records import Claim, Document, Normalized

UNIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEEN_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90}
NUMBER_WORDS = {**UNIT_WORDS, **TEEN_WORDS, **TENS_WORDS,
                "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "two dozen": 24,
                "three dozen": 36, "half a": 0.5, "half": 0.5, "a thousand": 1000, "a million": 1e6}
VAGUE = {"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999), "tens of thousands": (20000, 99999),
         "hundreds of thousands": (200000, 999999), "millions": (2e6, 9.99e6), "scores": (40, 99),
         "tens of millions": (2e7, 9.99e7), "hundreds of millions": (2e8, 9.99e8), "billions": (2e9, 9.99e9)}
SCALES = {"hundred": 1e2, "mil": 1e6, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
CURRENCY_PREFIX = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
                   "¥": "JPY", "₹": "INR", "a$": "AUD", "au$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD",
                   "s$": "SGD", "rm": "MYR", "$us": "USD", "$a": "AUD", "y=": "JPY",
                   **{code: code.upper() for code in ("aud", "cad", "inr", "cny", "chf", "jpy", "hkd", "nzd", "sgd")}, "rs": "INR", "rs.": "INR"}
# ISO codes written after the amount ("50,000 EUR", "110 JPY").
CURRENCY_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "aud": "AUD", "cad": "CAD", "inr": "INR",
                  "cny": "CNY", "chf": "CHF", "hkd": "HKD", "nzd": "NZD", "sgd": "SGD", "myr": "MYR", "krw": "KRW"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
                  "yen": "JPY", "rupees": "INR", "riyals": "SAR", "rials": "YER", "hryvnias": "UAH", "roubles": "RUB",
                  "rubles": "RUB", "yuan": "CNY", "renminbi": "CNY", "shekels": "ILS", "ringgit": "MYR",
                  "francs": "CHF", "won": "KRW", "pesos": "MXN",
                  "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
                  "new zealand dollars": "NZD", "singapore dollars": "SGD", "chinese yuan": "CNY",
                  "japanese yen": "JPY", "indian rupees": "INR", "danish crowns": "DKK", "danish kroner": "DKK",
                  "swedish kronor": "SEK", "norwegian kroner": "NOK", "€": "EUR",
                  **{code: code.upper() for code in CURRENCY_CODES}}
# Unit words as written -> pint unit names.
UNITS = {
    "sq km": "km**2", "square kilometres": "km**2", "square kilometers": "km**2", "square kilometre": "km**2",
    "square kilometer": "km**2", "km2": "km**2", "km²": "km**2", "square miles": "mile**2", "square mile": "mile**2",
    "sq miles": "mile**2", "sq mi": "mile**2", "hectares": "hectare", "hectare": "hectare", "ha": "hectare",
    "acres": "acre", "acre": "acre", "square metres": "m**2", "square meters": "m**2",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "m": "m",
    "feet": "foot", "foot": "foot", "ft": "foot", "centimetres": "cm", "cm": "cm", "millimetres": "mm", "mm": "mm",
    "tonnes": "metric_ton", "tonne": "metric_ton", "tons": "metric_ton", "ton": "metric_ton", "t": "metric_ton",
    "kilograms": "kg", "kilogram": "kg", "kg": "kg", "kilos": "kg", "grams": "g", "g": "g",
    "pounds": "lb", "lb": "lb", "lbs": "lb", "litres": "liter", "liters": "liter", "liter": "liter", "litre": "liter", "l": "liter",
    "gallons": "gallon", "barrels": "oil_barrel", "barrel": "oil_barrel",
    "degrees celsius": "degC", "°c": "degC", "degrees": "degree",
    "hours": "hour", "hour": "hour", "minutes": "minute", "days": "day", "weeks": "week", "months": "month",
    "years": "year", "megawatts": "MW", "megawatt": "MW", "mw": "MW", "kilowatts": "kW", "kilowatt": "kW", "kw": "kW",
    "gigawatt": "GW", "ps": "metric_horsepower",
    "knots": "knot", "mph": "mph", "km/h": "km/h", "km/hr": "km/h", "m.p.h": "mph", "″": "inch", "′": "foot", "cents": "cent", "kph": "km/h",
    "horsepower": "hp", "hp": "hp", "bhp": "hp", "inches": "inch", "inch": "inch", "in.": "inch",
    "gigahertz": "GHz", "ghz": "GHz", "megahertz": "MHz", "mhz": "MHz", "hz": "Hz", "hertz": "Hz",
    "gigabytes": "GB", "gb": "GB", "terabytes": "TB", "tb": "TB", "megabytes": "MB", "mb": "MB",
    "year-old": "year", "years old": "year", "year old": "year",
    "degrees fahrenheit": "degF", "degree fahrenheit": "degF", "fahrenheit": "degF", "°f": "degF", "degf": "degF",
    "celsius": "degC", "degree celsius": "degC", "degrees centigrade": "degC",
    "sq m": "m**2", "sqm": "m**2", "m2": "m**2", "m²": "m**2", "sq ft": "ft**2", "square feet": "ft**2",
    "square foot": "ft**2", "yards": "yard", "yard": "yard", "seconds": "second", "second": "second",
    "minute": "minute", "min": "minute", "mins": "minute", "day": "day", "week": "week", "month": "month",
    "year": "year", "millilitres": "mL", "milliliters": "mL", "ml": "mL", "milligrams": "mg", "mg": "mg",
    "micrometres": "micrometer", "micrometers": "micrometer", "μm": "micrometer", "nanometres": "nanometer",
    "nanometers": "nanometer", "nanometer": "nanometer", "millimeter": "mm", "millimeters": "mm",
    "centimeters": "cm", "kilohertz": "kHz", "khz": "kHz", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "kilowatt-hours": "kWh", "gigawatt-hours": "GWh", "mah": "mAh", "mbps": "Mbit/s", "gbps": "Gbit/s",
    "gigawatts": "GW", "gw": "GW", "watts": "W", "w": "W", "gigatonnes": "gigametric_ton",
    "gigatonne": "gigametric_ton", "mpa": "MPa", "gpa": "GPa", "ksi": "ksi", "rpm": "rpm", "mpg": "mpg",
    "ppm": "ppm", "parts per million": "ppm", "ppb": "ppb", "parts per billion": "ppb",
    "pound-feet": "lbf*ft", "lb-ft": "lbf*ft",
}
# Normalise to these units per dimension.
TARGET = {"[length]": "km", "[length] ** 2": "km**2", "[mass]": "metric_ton", "[length] ** 3": "liter",
          "[time]": "day", "[power]": "MW", "[length] / [time]": "km/h", "[temperature]": "degC"}
RATES = {"a day": "day", "per day": "day", "a week": "week", "per week": "week", "a month": "month",
         "per month": "month", "a year": "year", "per year": "year", "annually": "year", "an hour": "hour",
         "per hour": "hour", "each day": "day", "each week": "week", "daily": "day", "weekly": "week",
         "a minute": "minute", "per minute": "minute", "per second": "second", "a second": "second",
         "per century": "century", "per game": "game", "a game": "game", "an ounce": "ounce", "per ounce": "ounce",
         **{f"{per} {thing}": thing for per in ("per", "a") for thing in
            ("barrel", "gallon", "litre", "liter", "share", "tonne", "ton", "gram", "kilogram", "ounce", "square foot",
             "square metre", "square meter", "sq m", "sq ft", "head", "person", "night", "mmbtu")}}
BOUNDS = [("more than", "at_least"), ("over", "at_least"), ("at least", "at_least"), ("upwards of", "at_least"),
          ("in excess of", "at_least"), ("no fewer than", "at_least"), ("as many as", "at_most"),
          ("as much as", "at_most"), ("up to", "at_most"), ("at most", "at_most"), ("less than", "at_most"),
          ("fewer than", "at_most"), ("under", "at_most"), ("nearly", "about"), ("almost", "about"),
          ("about", "about"), ("around", "about"), ("roughly", "about"), ("approximately", "about"),
          ("some", "about"), ("an estimated", "about"), ("estimated", "about"), ("close to", "about"),
          ("just over", "about"), ("just under", "about"), ("about", "about")]

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\d.])\.\d+"
_WORDNUM = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_UNITW = "|".join(UNIT_WORDS)
# "twenty-five", "four hundred", "three hundred and twenty": built up in _to_number.
_COMPOUND = (rf"(?:(?:{'|'.join(TENS_WORDS)})[\s-](?:{_UNITW})|(?:{_UNITW}|{'|'.join(TEEN_WORDS)})\s+hundred"
             rf"(?:\s+(?:and\s+)?(?:{'|'.join(TENS_WORDS)}|{'|'.join(TEEN_WORDS)}|{_UNITW})(?:[\s-](?:{_UNITW}))?)?)")
_VAGUE = "|".join(sorted((re.escape(w) for w in VAGUE), key=len, reverse=True))
_SCALE = (r"(?:(?<=\d)\s(?:hundred\s)?(?:thousand|million|billion|trillion)\b|(?<=\d)\shundred\b"
          r"|\s?(?:thousand|million|billion|trillion|mn|bn|tn)\b|(?<=\d)(?:k|m|mil|bn|b)\b)")
_CUR = (r"(?:\b(?-i:(?:US|AU|HK|NZ|C|S)\s?\$|A\$)|\$(?-i:US|A)(?=\d)|\$|€|£|¥|₹|"
        r"\b(?:USD|EUR|GBP|AUD|CAD|INR|CNY|CHF|JPY|HKD|NZD|SGD)\s?|\b(?-i:RM|Rs\.?|Y=)\s?)")
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_PCT = r"\s?(?:%|per ?cent\b|percent\b|(?<=\d)pc\b)"
# A range joiner: "300-350", "300 - 350", "4,000 to 6,000"; "50 -1.3%" is a number and a signed one.
# "and" joins a range only after "between": "about 2,500 and 168" is two figures.
_TO = r"(?:\s?(?:–|to|(?(between)and|(?!)))\s?|-\s?|\s[-–]\s)"
_CURWORD = "|".join(sorted((re.escape(u) for u in CURRENCY_WORDS if u != "€"), key=len, reverse=True))
_BOUND = "|".join(sorted((re.escape(b) for b, _ in BOUNDS), key=len, reverse=True))
# "a day" is also written "a-day" ("a 52,000 barrel-a-day refinery").
_RATE = "|".join(sorted((re.escape(r).replace(r"\ ", r"[\s-]") for r in RATES), key=len, reverse=True))

QUANTITY = re.compile(
    rf"(?P<by>(?<=\bby\s))?(?P<bound>\b(?:{_BOUND})\s+)?"
    rf"(?P<between>between\s+)?"
    rf"(?P<sign>(?<![\w.-])minus[\s-]?|(?<![\w.,-])[-−](?=[\d$€£.]))?"
    rf"(?P<cur>{_CUR})?(?(cur)(?P<sign2>-(?=\d))?)(?P<num>{_NUM}|\b(?:{_COMPOUND}|{_WORDNUM})\b)"
    rf"(?P<exp>\s?[×x]\s?10\s?(?:\^|\*\*)?\s?[−-]?\s?\d{{1,3}}(?![\d,]))?(?P<scale>{_SCALE})?"
    # "5% to 7%" is a range, "rose 6.5% to 164p" is not.
    rf"(?P<pct1>{_PCT}(?={_TO}[\d.,]+{_PCT}))?"
    # After "by", a first end written in full (its own scale or currency) is a change, and the
    # second a level: "increased by $43.6 billion to $419.2 billion"; "fell by 1 to 1.5 degrees" is a range.
    rf"(?:(?(by)(?(scale)(?!)|(?(cur)(?!)))){_TO}(?P<cur2>{_CUR})?(?P<num2>{_NUM}|\b(?:{_WORDNUM})\b)(?P<scale2>{_SCALE})?)?"
    rf"(?P<pct>{_PCT})?"
    rf"(?:[\s-]?(?P<unit>(?:{_UNIT}))(?!\w))?"
    rf"(?:\s?(?P<cursym>€)|\s(?P<curword>{_CURWORD})\b|\s?(?P<pence>(?-i:p))(?!\w|\.\w))?"
    rf"(?:[\s-](?P<rate>{_RATE})\b(?!\s+(?:earlier|ago|before|later|after)\b)"
    # A conversion in brackets may stand between an amount and its rate: "C $6 (US $4.46) per share".
    rf"|(?=\s\([^()]{{1,40}}\)[\s-](?P<rate_p>{_RATE})\b)|(?=\)[\s-](?P<rate_c>{_RATE})\b))?"
    rf"|(?P<bound_v>\b(?:{_BOUND})\s+)?\b(?P<vague>{_VAGUE})\b",
    re.IGNORECASE)

_CLOCK_AFTER = re.compile(r"\s?(?:BST|GMT|UTC|EST|EDT|CET|CEST|ET|PT|am|pm|a\.m\.|p\.m\.|hrs|h)\b")
PEOPLE = {"people", "person", "persons", "resident", "residents", "civilians", "civilian", "individuals", "villagers"}
DEATH = re.compile(r"\b(kill|killed|killing|dead|death|deaths|die|died|toll|lives)\b", re.I)
IRREGULAR = {"leave": "left", "flee": "fled", "hit": "hit", "take": "taken", "give": "given", "send": "sent",
             "bring": "brought", "find": "found", "hold": "held", "build": "built", "lose": "lost", "keep": "kept",
             "sell": "sold", "buy": "bought", "make": "made", "put": "put", "cut": "cut", "shoot": "shot"}


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float | None
    value_max: float | None
    unit: str | None  # as written ("miles", "USD", "%")
    bound: str
    normalized: Normalized
    rate: str | None = None
    subject: str | None = None
    counted: tuple[int, int] | None = None  # character span of the noun phrase counted ("best wireless speakers")


VIDEO_LINES = {144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320}  # "1080p" is a video format


def _word_number(words: str) -> float | None:
    """ "twenty-five" -> 25, "four hundred and twenty" -> 420."""
    total = 0.0
    for word in re.split(r"[\s-]+", words):
        if word == "and":
            continue
        if word == "hundred":
            total = (total or 1) * 100
        elif word in UNIT_WORDS or word in TEEN_WORDS or word in TENS_WORDS:
            total += {**UNIT_WORDS, **TEEN_WORDS, **TENS_WORDS}[word]
        else:
            return None
    return total


MAX_FIGURE_DIGITS = 30  # a figure longer than this is no claim (and 5,000 digits pass Python's int limit)
MAX_FIGURE = 1e100  # nor one above this (the Sun weighs 1.99×10^30 kg): its conversions stay finite


def _sane_figure(num: str | float | None, num2: str | None = None, exp: str | None = None) -> bool:
    """Bounds at the parse point (issue 21): the digit counts of a figure and of its range end,
    its exponent ("2×10^400") at most 99, and a parsed value finite and at most MAX_FIGURE."""
    if isinstance(num, float):
        return math.isfinite(num) and abs(num) <= MAX_FIGURE
    if any(part and sum(ch.isdigit() for ch in part) > MAX_FIGURE_DIGITS for part in (num, num2)):
        return False
    if exp:
        digits = re.sub(r"[^\d]", "", exp.split("10", 1)[-1])
        return len(digits) <= 3 and int(digits or 0) <= 99
    return True


def _to_number(num: str, scale: str | None) -> float | None:
    num = re.sub(r"\s+", " ", num.strip().lower())
    if num in NUMBER_WORDS:
        value = float(NUMBER_WORDS[num])
    elif re.search(r"[a-z]", num):
        value = _word_number(num)
        if value is None:
            return None
    else:
        try:
            value = float(num.replace(",", ""))
        except ValueError:
            return None
    for word in (scale or "").lower().split():  # "hundred million" multiplies twice
        value *= SCALES[word]
    return value


@lru_cache(maxsize=1)
def _ureg():
    import pint

    return pint.UnitRegistry()


def normalise(value: float | None, value_max: float | None, unit: str | None, rate: str | None) -> Normalized:
    """Convert to the dimension's reference unit with pint; counts and money keep theirs."""
    if unit is None or value is None or unit in ("%",) or unit.isupper():
        norm_unit = unit
        if rate and unit:
            norm_unit = f"{unit}/{rate}"
        elif rate:
            norm_unit = f"1/{rate}"
        return Normalized(value, value_max, norm_unit)
    ureg = _ureg()
    pint_unit = UNITS.get(unit.lower())
    if pint_unit is None:
        return Normalized(value, value_max, unit)
    try:
        quantity = ureg.Quantity(value, pint_unit)
        target = TARGET.get(str(quantity.dimensionality))
        if target is None:
            return Normalized(value, value_max, pint_unit)
        label = target.replace("**2", "²").replace("metric_ton", "t")
        if rate:
            label = f"{label}/{rate}"

        def convert(v: float) -> float:  # value by value: a Fahrenheit degree has an offset, not only a factor
            return round(ureg.Quantity(v, pint_unit).to(target).magnitude, 6)
        return Normalized(convert(value), convert(value_max) if value_max is not None else None, label)
    except Exception:  # pint raises several types for odd units; keep the value as written
        return Normalized(value, value_max, unit)


def extract_quantities(text: str, doc=None) -> list[Quantity]:
    """Quantities of a raw text. ``doc`` (spaCy's parse of it) removes dates and finds subjects."""
    skip: list[tuple[int, int]] = []
    if doc is not None:
        skip = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME", "ORDINAL")]
    out = []
    for m in QUANTITY.finditer(text):
        start, end = m.start(), m.end()
        surface = m.group(0)
        # Trailing spaces or joiners caught by optional groups are not part of the quantity.
        stripped = surface.rstrip(" -–")
        end = start + len(stripped)
        if not stripped.strip():
            continue
        if m.group("vague"):
            low, high = VAGUE[m.group("vague").lower()]
            bound = dict(BOUNDS).get((m.group("bound_v") or "").strip().lower(), "range")
            q = Quantity(start, end, text[start:end], float(low), float(high), None, "range" if bound == "about" else bound,
                         Normalized(float(low), float(high), None))
            out.append(q)
            continue
        num = m.group("num")
        if not _sane_figure(num, m.group("num2"), m.group("exp")):
            continue
        if _is_not_a_claim(text, m, skip) or (doc is not None and _is_a_name(doc, m)):
            continue
        # "10 to 15 billion": the scale written once applies to both ends.
        value: float | None = _to_number(num, m.group("scale"))
        if m.group("num2") and m.group("scale2") and not m.group("scale"):
            # "10 to 15 billion": a scale written once applies to both ends; not to "$800,000 to $1.3 million".
            low, high = _to_number(num, None), _to_number(m.group("num2"), None)
            if low is not None and high is not None and low < high:
                value = _to_number(num, m.group("scale2"))
        value_max = _to_number(m.group("num2"), m.group("scale2") or m.group("scale")) if m.group("num2") else None
        if value is None:
            continue
        if m.group("exp"):  # "2.998×10−8": scientific notation
            exponent = int(re.sub(r"[^\d]", "", m.group("exp").split("10", 1)[1]))
            value *= 10.0 ** (-exponent if re.search(r"[−-]", m.group("exp").split("10", 1)[1]) else exponent)
        if not _sane_figure(value):
            continue
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
            if unit.lower() in ("m", "t", "l", "g", "b", "k", "w") and not m.group("num").replace(",", "").replace(".", "").isdigit():
                unit = None
            elif unit == "G" and m.end("num") == m.start("unit") and 1 <= value <= 6:
                unit = "generation"  # "5G", "4G": a mobile network generation, not grams
        elif m.group("pence"):
            if _to_number(num, None) in VIDEO_LINES:
                continue  # "1080p" is a video format
            unit = "GBX"  # "shares fell to 164p": pence
        elif (m.group("scale") or "").lower() == "m" and re.match(
                r"\s*(?:\([^()]{1,20}\))?[\s-]+(deep|long|high|wide|tall|away|below|above)\b", text[m.end():m.end() + 32]):
            # "5m deep" is metres, not millions.
            value = _to_number(num, None)
            unit = "m"
        bound = dict(BOUNDS).get((m.group("bound") or "").strip().lower(), "exact")
        if value_max is not None:
            bound = "range"
        written_rate = m.group("rate") or m.group("rate_p") or m.group("rate_c")
        rate = RATES.get(re.sub(r"[\s-]+", " ", written_rate.lower())) if written_rate else None
        if value_max is not None and value > value_max:
            # "revised the toll from 176 to 101": a change from one figure to another, not a range
            # (as a range it would be empty, and conflict with every other figure).
            first_end = m.end("scale") if m.group("scale") else m.end("pct1") if m.group("pct1") else m.end("num")
            second_start = m.start("cur2") if m.group("cur2") else m.start("num2")
            first_bound = dict(BOUNDS).get((m.group("bound") or "").strip().lower(), "exact")
            out.append(Quantity(start, first_end, text[start:first_end], value, None, unit, first_bound,
                                normalise(value, None, unit, rate), rate))
            out.append(Quantity(second_start, end, text[second_start:end], value_max, None, unit, "exact",
                                normalise(value_max, None, unit, rate), rate))
            continue
        out.append(Quantity(start, end, text[start:end], value, value_max, unit, bound,
                            normalise(value, value_max, unit, rate), rate))
    if doc is not None:
        for q in out:
            q.subject = _subject(doc, q)
        _ages_and_carried_units(text, doc, out)
    return out


# What may join a figure to the level it reached: "rose 64.06 points to 4,577.10".
_TO_LEVEL = re.compile(r"^[\s,]*(?:to|at)(?:\s+(?:a\s+)?(?:close|end)\s+(?:of|at))?\s*$")


# What may join a count to a second figure of the same thing: "435 homes by open sale and 187 by
# tender", "3.9 million headsets, up from 2.4 million"; no figure may come between.
_ELLIPSIS = re.compile(r"^[^\d.;:]{0,40}?\b(?:and|or|including|up from|down from|from|compared with|versus|vs\.?)\s*$")
# What may join a measured figure to a second one whose unit is left out: "84.75 cents, while the lowest is 74.07".
_UNIT_ELLIPSIS = re.compile(r"^[^\d;:]{0,40}?\b(?:and|or|but|while|whereas|versus|vs\.?|compared with)\b[^\d;:]{0,30}$")
_PERSON_PRONOUNS = {"he", "she", "who", "i", "you", "we", "they"}


def _ages_and_carried_units(text: str, doc, quantities: list[Quantity]) -> None:
    """Units the words around a bare figure give it:
    - a figure a change leads to carries the change's unit or counted noun ("rose 64.06 points to 4,577.10");
    - a second figure of a count carries its counted noun ("435 homes by open sale and 187 by tender");
    - a figure after a person's name, or what a person "is", is an age ("Maddon, 66, said", "he will be 35");
    - an index level quoted to two decimals beside a move in points is in points."""
    for q, following in zip(quantities, quantities[1:]):
        # "about 8 or $9": a currency written on the second of two alternatives applies to both.
        if (q.unit is None and q.counted is None and following.unit is not None and following.unit.isupper()
                and re.fullmatch(r"\s+(?:or|to|and)\s+", text[q.end:following.start])):
            q.unit = following.unit
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
    previous: Quantity | None = None
    for q in quantities:
        plain = q.unit is None and q.counted is None and q.value_max is None and q.value is not None
        bare = plain and q.text.replace(",", "").replace(".", "").isdigit()
        gap = text[max(previous.end, (previous.counted or (0, 0))[1]):q.start] if previous is not None else None
        if bare and gap is not None and (previous.unit not in (None, "%") or previous.counted) and _TO_LEVEL.match(gap):
            q.unit, q.counted, q.rate = previous.unit, previous.counted, previous.rate
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
        elif plain and gap is not None and previous.unit is None and previous.counted and _ELLIPSIS.match(gap) \
                and _plural_at(doc, previous.counted[1]):
            q.counted = previous.counted
            q.subject = q.subject or previous.subject
        elif (plain and gap is not None and previous.unit is not None and _UNIT_ELLIPSIS.match(gap)
              and not text[:previous.start].rstrip().endswith("(")  # a conversion in brackets is not the unit meant
              and re.match(r"\s*(?:[.,;)]|$)", text[q.end:q.end + 2])):
            q.unit, q.rate = previous.unit, previous.rate  # "rose by 2 percent but the Nasdaq fell by 1."
            q.normalized = normalise(q.value, q.value_max, q.unit, q.rate)
        elif bare and q.value == int(q.value) and 1 <= q.value <= 120 and _is_an_age(doc, q):
            q.unit = "years old"
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


def _is_an_age(doc, q: Quantity) -> bool:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.text == "," and span.start > 1:
        before = doc[span.start - 2]
    after = doc[span.end] if span.end < len(doc) else None
    if before.ent_type_ == "PERSON" and after is not None and (after.text == "," or after.pos_ in ("AUX", "VERB")):
        return True
    # "Maddon, 66, has ...": a name, then the figure between commas.
    if (before.pos_ == "PROPN" and before.text[:1].isupper() and doc[span.start - 1].text == ","
            and after is not None and after.text == ","):
        return True
    num = span[-1]
    if num.dep_ in ("attr", "acomp") and num.head.lemma_ == "be":
        subjects = [c for c in num.head.children if c.dep_ == "nsubj"]
        return any(c.lower_ in _PERSON_PRONOUNS or c.ent_type_ == "PERSON" for c in subjects)
    return False


def _is_not_a_claim(text: str, m: re.Match, skip: list[tuple[int, int]]) -> bool:
    num_start, num_end = m.start("num"), m.end("num")
    num = m.group("num")
    before, after = text[max(0, num_start - 1):num_start], text[num_end:num_end + 1]
    # Part of a word or code ("COVID-19", "A320", "G7"), a time ("11:30"), or an ordinal.
    if (re.match(r"[A-Za-z]", before) and not m.group("cur")) or (after and re.match(r"[A-Za-z]", after) and not m.group("unit")
                                         and not m.group("scale") and not m.group("pct")
                                         and not m.group("pence")):
        return True
    if re.match(r"[:/⁄]", after) or re.match(r"[:/⁄]", before):
        return True
    if (re.fullmatch(r"[A-Za-z]-", text[max(0, num_start - 2):num_start]) and not m.group("sign")
            and not re.search(r"\bsub-$", text[max(0, num_start - 5):num_start], re.I)):  # "COVID-19", "F-16"
        return True
    if _CLOCK_AFTER.match(text, m.end("num")):  # "11.25 BST", "9.30pm": a time of day
        return True
    has_unit = any(m.group(g) for g in ("cur", "curword", "cursym", "pence", "pct", "pct1", "unit", "scale", "scale2"))
    # spaCy's small model often calls a bare figure a DATE ("sales of 5835 units", "fell to 13176");
    # only a number that could be a year or a day is one.
    could_be_date = not re.search(r"[,.]", num) and (not num.isdigit() or int(num) <= 31 or 1000 <= int(num) <= 2200)
    for a, b in skip:
        if a <= num_start < b and not has_unit and could_be_date:
            return True
    # A bare year is a date, not a quantity.
    if not has_unit and re.fullmatch(r"(1[89]|20)\d\d", num) and not m.group("bound"):
        return True
    return False


# Index and list names whose number is part of the name ("S&P 500", "FTSE 100", "Fortune 500").
INDEX_NAME = re.compile(r"(?:(?i:S\s?&?\s?P)|FTSE|Fortune|Russell|Nasdaq|Stoxx|DAX|CAC|Nikkei|Euro Stoxx|TSX|ASX|Hang Seng)\s$")


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _is_a_name(doc, m: re.Match) -> bool:
    """A bare number that is part of a name ("iPhone 11", "Game 2", "S&P 500", "787 Dreamliner",
    "575 Wilbraham Road"), a day of a month the parser missed ("1 September"), "one" used as a
    pronoun ("each one", "the same one") or "half" in "half-staff" or "the second half" is not a quantity."""
    if m.group("num2") and not any(m.group(g) for g in ("cur", "cur2", "pct", "unit", "scale", "scale2", "curword")):
        low, high = _to_number(m.group("num"), None), _to_number(m.group("num2"), None)
        joiner = doc.text[m.end("num"):m.start("num2")].strip()
        # "won 2-1", "tied at 89-89", "ISO 3888-2": a score or a code, not a range.
        return joiner == "-" and low is not None and high is not None and low >= high
    if any(m.group(g) for g in ("cur", "curword", "cursym", "pence", "pct", "pct1", "unit", "scale", "num2", "bound",
                                "sign")):
        return False
    text = doc.text
    if INDEX_NAME.search(text[max(0, m.start("num") - 12):m.start("num")]):
        return True
    span = doc.char_span(m.start("num"), m.end("num"), alignment_mode="expand")
    if span is None:
        return False
    first, last = span[0], span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    if m.group("num").lower() == "one":
        # "the same one", "each one they lose": a pronoun; "one died", "killed one and injured three": a count.
        if prev is not None and (prev.pos_ in ("DET", "ADJ") or prev.lower_ in ("each", "any", "another", "every")):
            return not (nxt is not None and (nxt.pos_ in ("NOUN", "ADJ", "PROPN") or nxt.lower_ == "of"))
        return not (nxt is not None and (nxt.pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "AUX", "CCONJ") or nxt.lower_ == "of"))
    if m.group("num").lower() == "half":
        return (nxt is not None and nxt.text == "-") or (prev is not None and prev.lower_ in ("first", "second", "the"))
    if nxt is not None and nxt.lower_ in MONTHS and m.group("num").isdigit() and int(m.group("num")) <= 31:
        return True
    after = doc[last.i + 2] if last.i + 2 < len(doc) else None
    if (m.group("num").isdigit() and nxt is not None and nxt.tag_ == "NNP" and nxt.text[:1].isupper()
            and nxt.ent_type_ not in ("NORP", "GPE") and (after is None or after.pos_ not in ("NOUN", "NUM"))):
        return True  # "787 Dreamliner starting", "575 Wilbraham Road": a model or an address
    # "iPhone 11 Pro", "Apple Watch 5", "Game 2": a capitalised name right before, not at a sentence start.
    return (m.group("num").isdigit() and prev is not None and prev.pos_ == "PROPN" and not prev.text.islower()
            and not prev.is_sent_start and prev.ent_type_ not in ("DATE", "PERSON")
            and (nxt is None or nxt.is_punct or nxt.pos_ in ("PROPN", "NOUN", "CCONJ", "ADP", "PART", "AUX", "VERB")))


# What happened to the people a figure counts, most specific first: a part ("seriously injured")
# is not its total ("injured"), and an injury is not a death.
OUTCOMES = [
    ("seriously injured", re.compile(r"\b(?:seriously|critically|severely|badly|gravely)\s+(?:injur\w*|wounded|hurt|burn\w*)"
                                     r"|\bin (?:a )?(?:serious|critical|grave) condition|\bserious(?:ly)? injur\w*", re.I)),
    ("injured", re.compile(r"\b(?:injur\w*|wounded|wounding|hurt|hospitali[sz]ed)\b", re.I)),
    ("killed", re.compile(r"\b(?:kill\w*|dead|died|dies|die|deaths?|fatalit\w*|lives|bodies|death toll|toll|perished|"
                          r"drowned)\b", re.I)),
    ("missing", re.compile(r"\b(?:missing|unaccounted)\b", re.I)),
    ("evacuated", re.compile(r"\bevacuat\w*", re.I)),
    ("displaced", re.compile(r"\b(?:displaced|homeless|fled|left homeless)\b", re.I)),
    ("arrested", re.compile(r"\b(?:arrest\w*|detained)\b", re.I)),
    ("rescued", re.compile(r"\brescued\b", re.I)),
    ("infected", re.compile(r"\b(?:infect\w*|(?:confirmed |suspected )?cases)\b", re.I)),
]
# "30 injured, 5 of them seriously": a part told after its total.
_PART_AFTER = re.compile(r"^\s*(?:of (?:them|whom|those)\s+)?(?:seriously|critically|severely|badly|gravely)\b", re.I)
COUNTED_PRONOUNS = {"them", "others", "whom", "those", "more", "other"}
OUTCOME_WORDS = {"dead", "injured", "wounded", "missing", "killed", "hurt", "evacuated", "displaced", "homeless"}


def local_outcome(text: str, start: int, end: int, sentence_start: int = 0) -> str | None:
    """What happened to the people a figure at [start, end) counts, read from the words right after
    it ("40 were injured", "300 still missing") or, failing that, right before it ("injuring 30",
    "the death toll rose to 1,100"); None when the words next to the figure do not say."""
    after = re.split(r"[.,;:()]|\d|\b(?:and|but|while|including|whereas|with)\b", text[end:end + 80], maxsplit=1)[0]
    after = " ".join(after.split()[:5])
    if _PART_AFTER.match(text[end:end + 40]):
        return "seriously injured"
    found = [(m.start(), name) for name, rx in OUTCOMES for m in [rx.search(after)] if m]
    if found:
        first = min(p for p, _ in found)
        return next(name for p, name in found if p == first)  # most specific of those at the first place
    before = text[max(sentence_start, start - 60):start]
    before = re.split(r"[.;:()]|\d", before)[-1]
    words = before.split()
    near = " ".join(words[-4:])
    found = [(m.end(), name) for name, rx in OUTCOMES for m in rx.finditer(near)]
    if found:
        last = max(p for p, _ in found)
        return next(name for p, name in found if p == last)
    return None


def _participle(lemma: str) -> str:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _subject(doc, q: Quantity) -> str | None:
    """The thing counted: the noun the number modifies (plus "of X"), and its verb."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    num = next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), span[-1])
    noun = None
    if num.dep_ in ("nummod", "quantmod", "compound") and num.head.pos_ in ("NOUN", "PROPN") and num.head.i >= span.end - 1:
        noun = num.head
    if noun is None:
        nxt = span.end
        if nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "PROPN", "ADJ"):
            noun = doc[nxt]
            while noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "NOUN" and doc[noun.i + 1].dep_ != "nsubj":
                noun = doc[noun.i + 1]
    words: list[str] = []
    head = noun
    if noun is not None and noun.i >= span.end:
        words = [t.text for t in doc[span.end:noun.i + 1]]
        q.counted = (doc[span.end].idx, noun.idx + len(noun.text))
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of and list(of[0].children):
            pobj = [c for c in of[0].children if c.dep_ == "pobj"]
            if pobj:
                words += ["of", pobj[0].text]
    elif span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].lower_ == "of":
        pobj = [c for c in doc[span[-1].i + 1].children if c.dep_ == "pobj"]
        if pobj:
            words = [t.text for t in doc[span[-1].i + 1: pobj[0].i + 1]]
            head = pobj[0]
            # "one of [the proudest moments in his life]": the noun with what qualifies it, not a relative clause.
            last = pobj[0]
            if q.text.lower() == "one":  # only "one of" names one member of the whole described set
                for t in doc[pobj[0].i + 1:max(x.i for x in pobj[0].subtree) + 1]:
                    if t.is_punct or t.lower_ in ("with", "that", "which", "who", "whom", "whose") or t.dep_ == "relcl":
                        break
                    last = t
            q.counted = (doc[span[-1].i + 2].idx, last.idx + len(last.text))
    anchor = head if head is not None else num
    # The verb the quantity hangs from, through prepositions: "moved 4,000 tonnes of food".
    verb = None
    for ancestor in list(num.ancestors)[:4]:
        if ancestor.pos_ == "VERB":
            verb = ancestor
            break
    sentence = anchor.sent.text
    lowered = [w.lower() for w in words]
    # What happened to the people counted, read next to the figure: "5 dead and 40 injured" counts
    # 40 injured, not killed; "8 seriously injured" is a part of the injured, kept apart.
    plain = PEOPLE | COUNTED_PRONOUNS | OUTCOME_WORDS
    if not lowered or lowered[-1] in plain or lowered[0] == "of":
        outcome = local_outcome(doc.text, q.start, q.end, sentence_start=anchor.sent.start_char)
        if outcome is not None:
            counted = lowered[-1] if lowered and lowered[-1] not in plain and lowered[0] != "of" else "people"
            return f"{counted} {outcome}"
    if (not lowered or lowered[-1] in PEOPLE) and DEATH.search(sentence) and (
            verb is not None and DEATH.search(verb.text)):
        return "people killed"
    if not words:
        if "toll" in sentence.lower() and DEATH.search(sentence):
            return "people killed"
        return None
    if words[0].lower() == "of":  # "30 sq km of low-lying districts": the thing measured
        words = [w for w in words[1:] if w.lower() not in ("the", "a", "an", "its", "their")]
    subject = re.sub(r"\s*-\s*", "-", " ".join(words))
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_ not in ("be", "have", "say"):
        subject += " " + _participle(verb.lemma_)
    return subject.lower()


def extract_claims(documents: list[Document]) -> list[Claim]:
    from . import nlp

    parsed = nlp.parse(documents)
    claims: list[Claim] = []
    for d in documents:
        sentences = d.sentences
        for n, q in enumerate(extract_quantities(d.text, parsed.get(d.id))):
            sentence = next((s.text for s in sentences if s.start <= q.start < s.end), "")
            claims.append(Claim(id=f"{d.id}:c{n}", document=d.id, text=q.text, sentence=sentence, value=q.value,
                                value_max=q.value_max, unit=q.unit if not q.rate else f"{q.unit or ''}/{q.rate}".lstrip("/") if q.unit else f"per {q.rate}",
                                normalized=q.normalized, subject=q.subject, bound=q.bound, start=q.start, end=q.end))
    return claims
