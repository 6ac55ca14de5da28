"""A normalised figure as a reader would write it (issue 20, seventh session: a new user read "13-inch
(0.00033 km)", "15-year-old -> 5,479 day", "1.8e-05 km"). Display only: the values compared are unchanged.

- ``plain_number``: at most four significant digits, thousands separated, never scientific notation.
- ``readable_quantity``: a value in the claims stage's normalised unit (km, metric_ton, km**2, day, ...)
  told in the unit a reader uses for its size: cm or m for a small length, kg for a weight under a tonne,
  hours for a part of a day, months or years for a long span of time.
"""

from __future__ import annotations

import math

__all__ = ["plain_number", "readable_quantity", "human_scale"]


def plain_number(x: float, digits: int = 4) -> str:
    """"17,170", "193.1", "0.018", "33"; never "1.717e+04" or "1.8e-05" (``digits`` significant below 1,000)."""
    if x == 0 or not math.isfinite(x):
        return "0" if x == 0 else str(x)
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(x))))
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# (normalised unit) -> ladder of (smallest value in that unit, factor to multiply by, unit shown), largest first.
_LADDERS: dict[str, list[tuple[float, float, str]]] = {
    "km": [(1.0, 1.0, "km"), (0.001, 1000.0, "m"), (0.00001, 100_000.0, "cm"), (0.0, 1_000_000.0, "mm")],
    "t": [(1.0, 1.0, "tonnes"), (0.001, 1000.0, "kg"), (0.0, 1_000_000.0, "g")],
    "km²": [(0.01, 1.0, "km²"), (0.0, 1_000_000.0, "m²")],
    "liter": [(1.0, 1.0, "litres"), (0.0, 1000.0, "ml")],
}
# The claims stage's labels (claims/units.py: "t", "km²") and pint's names for them.
_LADDERS["metric_ton"], _LADDERS["km**2"] = _LADDERS["t"], _LADDERS["km²"]
_NAMES = {"metric_ton": "tonnes", "km**2": "km²", "liter": "litres", "gigametric_ton": "gigatonnes", "degC": "°C"}

_DAYS_A_YEAR, _DAYS_A_MONTH = 365.25, 30.4375


def _count(x: float, one: str) -> str:
    shown = plain_number(x, 3)
    return f"{shown} {one}" if shown == "1" else f"{shown} {one}s"


def _near_whole(x: float, tolerance: float) -> bool:
    return round(x) >= 1 and abs(x - round(x)) <= tolerance * round(x)


def _span(days: float) -> str:
    """A span of time in days, in the unit a reader uses for it: "77 minutes", "5 hours", "28 days",
    "6 months", "15 years"."""
    d = abs(days)
    if d < 2 / 24:
        return _count(days * 1440, "minute")
    if d < 1:
        return _count(days * 24, "hour")
    years = d / _DAYS_A_YEAR
    if d >= 730 or (d >= 360 and _near_whole(years, 0.01)):
        return _count(math.copysign(round(years) if _near_whole(years, 0.01) else round(years, 1), days), "year")
    months = d / _DAYS_A_MONTH
    if d >= 28 and not float(d).is_integer() and _near_whole(months, 0.015):
        return _count(math.copysign(round(months), days), "month")
    if d >= 60:
        return _count(math.copysign(round(months, 1), days), "month")
    if 14 <= d < 60 and float(d).is_integer() and d % 7 == 0:
        return _count(days / 7, "week")  # "four weeks" -> "4 weeks", not "28 days"
    return _count(days, "day")


def human_scale(value: float, unit: str | None) -> tuple[float, str | None]:
    """(value, unit) moved to the unit a reader uses for that magnitude (km -> m/cm/mm, tonnes -> kg/g);
    other units as they are."""
    ladder = _LADDERS.get(unit or "")
    if ladder is None:
        return value, _NAMES.get(unit or "", unit)
    for smallest, factor, shown in ladder:
        if abs(value) >= smallest:
            return value * factor, shown
    return value, unit


def ordinal_suffix(n: int) -> str:
    """The English ordinal's ending of ``n``: "st", "nd", "rd" or "th" (11th-13th)."""
    return "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def readable_quantity(value: float | None, value_max: float | None, unit: str | None) -> str:
    """The normalised value (or range) as a reader writes it: "33 cm", "15 years", "5 hours", "1.8 cm",
    "100–1,199 USD", "20.6%"."""
    if value is None:
        return ""
    if unit == "day":
        shown = _span(value)
        return shown if value_max is None else f"{shown} – {_span(value_max)}"
    if unit == "ordinal":  # "the eighth day of protests" (claims.ordinals): "8th"
        return f"{int(value)}{ordinal_suffix(int(value))}"
    if unit == "%":
        return plain_number(value) + ("–" + plain_number(value_max) if value_max is not None else "") + "%"
    low, shown_unit = human_scale(value, unit)
    text = plain_number(low)
    if value_max is not None:
        if unit in _LADDERS:  # the range in the unit of its larger end
            high, shown_unit = human_scale(value_max, unit)
            factor = high / value_max if value_max else 1.0
            text = f"{plain_number(value * factor)}–{plain_number(high)}"
        else:
            text += "–" + plain_number(value_max)
    return f"{text} {shown_unit}" if shown_unit else text
