"""What a report's web address says about it, for inputs that carry only the address: a plain
text saved with its URL as its first line, a JSON line with a ``url`` and no outlet or date.

- the outlet: the address's domain, named by :func:`..outlets.host_outlet` (a known outlet's
  name, else the domain itself);
- the publication day: a full date in the path (``/2007/04/10/``, ``/2005/nov/28/``,
  ``/2007-04-09-slug``), basis ``url``; else the day of a closing MongoDB ObjectId (its first 4
  bytes are a Unix time); else the path's month (``/2021/03/``) as bounds.
A date the report itself states (metadata, a date line) always goes before the address's.
"""

from __future__ import annotations

import re
from datetime import date

from ..outlets import host_outlet, registered_host
from ..records import PublishedDate
from .dates import _URL_DAY, EARLIEST_YEAR, url_month

_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                         "nov", "dec"), start=1)}
_URL_NAMED_DAY = re.compile(r"/((?:19|20)\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/"
                            r"(0?[1-9]|[12]\d|3[01])(?:/|$)", re.I)
# A full date inside a file name, its parts joined by underscores or dashes: "story_web_2013_09_14_q.html",
# "report-2013-09-14.html" (two-digit month and day, so "2013-9-1" in an id is not read).
_URL_SLUG_DAY = re.compile(r"[_-]((?:19|20)\d{2})([_-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[_./-]|$)")
# A MongoDB ObjectId closing an address ("/entry/trump-may-kill-iran-deal_us_5ae2497ae4b04aa23f214fcb", HuffPost's
# and other sites' article ids): 12 bytes in hex whose first 4 are the second it was made (Unix time, UTC).
_OBJECT_ID = re.compile(r"[/_-]([0-9a-f]{8})[0-9a-f]{16}/?$")
OBJECT_ID_EARLIEST_YEAR = 2009  # MongoDB's first release: an older "time" is not an ObjectId's
# A line that is only a web address (the first line of a page saved as text).
_ADDRESS_LINE = re.compile(r"(?:https?://|www\.)[^\s/$.?#][^\s]*", re.I)


def leading_url(text: str) -> str | None:
    """The web address a plain text starts with, when its first non-empty line is only that."""
    for line in text[:4000].split("\n"):
        line = line.strip()
        if line:
            return line if _ADDRESS_LINE.fullmatch(line) and len(line) <= 2000 else None
    return None


def url_outlet(url: str | None) -> str | None:
    """The outlet an address names (its domain, through the outlet module), or None."""
    return host_outlet(registered_host(url))


def url_published(url: str | None, today: date | None = None) -> PublishedDate | None:
    """The publication day (or month, as bounds) an address's path carries, basis ``url``."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.I)
    slug = _URL_SLUG_DAY.search(path.split("?")[0].rsplit("/", 1)[-1])
    for m in (_URL_DAY.search(path), _URL_NAMED_DAY.search(path), slug):
        if not m:
            continue
        month = int(m[2]) if m[2].isdigit() else _MONTHS[m[2][:3].lower()] if m[2][:1].isalpha() else int(m[3])
        try:
            day = date(int(m[1]), month, int(m[4] if m is slug else m[3]))
        except ValueError:
            continue
        if EARLIEST_YEAR <= day.year and day <= (today or date.today()):
            iso = day.isoformat()
            return PublishedDate(iso, iso, iso, "url")
    day = object_id_day(path.split("?")[0].split("#")[0], today)
    if day is not None:
        return PublishedDate(day, day, day, "url")
    month_only = url_month(url, today)
    if month_only is None:
        return None
    return PublishedDate(None, month_only.earliest, month_only.latest, "url")


def object_id_day(path: str, today: date | None = None) -> str | None:
    """The UTC day an address's closing ObjectId was made (issue 20: HuffPost's addresses carry no date in
    their path, only this id; the day it gives was a day the gold allows for all 7 such reports of the real
    stories). None when the path ends otherwise or the time is before 2009 or after ``today``."""
    from datetime import datetime, timezone

    m = _OBJECT_ID.search(path)
    if m is None:
        return None
    made = datetime.fromtimestamp(int(m[1], 16), tz=timezone.utc).date()
    if not OBJECT_ID_EARLIEST_YEAR <= made.year or made > (today or date.today()):
        return None
    return made.isoformat()
