"""A calendar day from a metadata or header string ("2024-03-04", "Mon Mar 4, 2024 11:52pm GMT", "4 March 2024"):
what the reading of a report (ingest's notes, clean's publication day) agrees on as a date that exists."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

ISO_DATE = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}T)?\b", re.I)


def parse_date(value: str | None) -> date | None:
    """A calendar day from a metadata or header string, or None.

    Only full dates count: a bare month or year is not a publication day.
    """
    if not value:
        return None
    value = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = ISO_DATE.search(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    return dateparser_day(TIME_OF_DAY.sub(" ", value)[:80])


@lru_cache(maxsize=4096)
def dateparser_day(value: str) -> date | None:
    import dateparser

    if not re.search(r"\d", value):
        return None
    try:
        parsed = dateparser.parse(
            value,
            languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                      "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY" if re.match(r"^\d{1,2}[/.]", value) else "MDY"},
        )
    except (ValueError, OverflowError, TypeError):
        return None
    if isinstance(parsed, datetime) and 1900 <= parsed.year <= 2100:
        return parsed.date()
    return None
