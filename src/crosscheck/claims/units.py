"""Claims, units and normalisation: currencies, unit words, rates, and converting a figure to
its dimension's reference unit with pint."""

from __future__ import annotations

from functools import lru_cache

from ..records import Normalized

CURRENCY_PREFIX = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
                   "¥": "JPY", "₹": "INR", "a$": "AUD", "au$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD",
                   "s$": "SGD", "rm": "MYR", "$us": "USD", "$a": "AUD", "y=": "JPY",
                   **{code: code.upper() for code in ("aud", "cad", "inr", "cny", "chf", "jpy", "hkd", "nzd", "sgd")}, "rs": "INR", "rs.": "INR",
                   "euro": "EUR", "r": "ZAR", "e": "EUR"}  # AP's "euro30 billion"; "R26 million" (rand, only with a scale); "e85 million" (a
# euro sign written as a plain "e", only with a scale: issue 20x, twenty-first session)
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
    "pounds": "lb", "pound": "lb", "lb": "lb", "lbs": "lb", "litres": "liter", "liters": "liter", "liter": "liter", "litre": "liter", "l": "liter",
    "gallons": "gallon", "us gallons": "gallon", "u.s. gallons": "gallon", "barrels": "oil_barrel", "barrel": "oil_barrel",
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
    # "5,500 degrees C", "10,000 degrees F": the scale's letter after "degrees" (issue 20x, twenty-first session: read as
    # degrees of an angle); "6,000C", "86F" glued to the figure are read in ``find.QUANTITY`` (capital letter only).
    "degrees c": "degC", "degree c": "degC", "degrees f": "degF", "degree f": "degF",
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
    # Issue 20: a pressure is not a mass ("6,700 pounds per square inch"), and a speed written out is the
    # speed its abbreviation is ("115 miles per hour" = "115 mph": see ``normalise``).
    "psi": "psi", "pounds per square inch": "psi", "pound per square inch": "psi", "lb per square inch": "psi",
    "lbs per square inch": "psi",
    # Issue 20, round 6: "an 86-yd run"; "12,000-19,000 bpd" is barrels a day (the rate is set where it is read).
    "yd": "yard", "yds": "yard", "bpd": "oil_barrel", "b/d": "oil_barrel",
}
# Normalise to these units per dimension.
TARGET = {"[length]": "km", "[length] ** 2": "km**2", "[mass]": "metric_ton", "[length] ** 3": "liter",
          "[time]": "day", "[power]": "MW", "[length] / [time]": "km/h", "[temperature]": "degC"}
RATES = {"a day": "day", "per day": "day", "a week": "week", "per week": "week", "a month": "month",
         "per month": "month", "a year": "year", "per year": "year", "annually": "year", "an hour": "hour",
         "per hour": "hour", "each day": "day", "each week": "week", "daily": "day", "weekly": "week",
         "a minute": "minute", "per minute": "minute", "per second": "second", "a second": "second",
         "per century": "century", "per quarter": "quarter", "a quarter": "quarter", "per game": "game", "a game": "game", "an ounce": "ounce", "per ounce": "ounce",
         **{f"{per} {thing}": thing for per in ("per", "a") for thing in
            ("barrel", "gallon", "litre", "liter", "share", "tonne", "ton", "gram", "kilogram", "ounce", "square foot",
             "square metre", "square meter", "sq m", "sq ft", "head", "person", "night", "mmbtu")}}


@lru_cache(maxsize=1)
def _ureg():
    import pint

    return pint.UnitRegistry()


# Issue 20, seventh round: units written in capitals that are no currency ("16GB" of storage, a "500 MW" plant).
# Their normalised label is written out in words: an upper-case label is read downstream as a currency code.
DATA_SIZES = {"MB": 0.001, "GB": 1.0, "TB": 1000.0}
POWERS = {"W": 1e-6, "kW": 0.001, "MW": 1.0, "GW": 1000.0}


def _not_money(value: float, value_max: float | None, unit: str, rate: str | None) -> Normalized | None:
    """A data size in gigabytes, a power in megawatts, labelled in words (not a currency code)."""
    pint_unit = UNITS.get(unit.lower())
    table, label = ((DATA_SIZES, "gigabytes") if pint_unit in DATA_SIZES else
                    (POWERS, "megawatts") if pint_unit in POWERS else (None, None))
    if table is None or pint_unit is None:
        return None
    factor = table[pint_unit]
    return Normalized(round(value * factor, 6), round(value_max * factor, 6) if value_max is not None else None,
                      f"{label}/{rate}" if rate else label)


def normalise(value: float | None, value_max: float | None, unit: str | None, rate: str | None) -> Normalized:
    """Convert to the dimension's reference unit with pint; counts and money keep theirs."""
    if unit is not None and value is not None and unit != "%":
        not_money = _not_money(value, value_max, unit, rate)
        if not_money is not None:
            return not_money
    # "°C" is no currency code: "30°C" and "86°F" are converted as "30 degrees Celsius" is (issue 20x, twenty-first session)
    if unit is None or value is None or unit in ("%",) or (unit.isupper() and not unit.startswith("°")):
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
        if rate == "hour" and label == "km":
            label = "km/h"  # "115 miles per hour" is the speed "115 mph" is (issue 20), not another unit
        elif rate:
            label = f"{label}/{rate}"

        def convert(v: float) -> float:  # value by value: a Fahrenheit degree has an offset, not only a factor
            return round(ureg.Quantity(v, pint_unit).to(target).magnitude, 6)
        return Normalized(convert(value), convert(value_max) if value_max is not None else None, label)
    except Exception:  # pint raises several types for odd units; keep the value as written
        return Normalized(value, value_max, unit)
