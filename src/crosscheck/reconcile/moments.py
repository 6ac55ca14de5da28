"""Reconcile, the time a figure is told of: past years, weekdays and days of month its sentence names, an earlier
month or week, a window of time ("since October"), and how many days apart two reports were published."""

from __future__ import annotations

import functools
import re

from ..records import Claim
from .memo import per_figure
from .scope import _clause


# A figure told of an earlier moment than the story's ("nine carries against Oakland one week earlier", "last
# season") or of the moment it is told ("there are now 50 tanks around the town"): for a conflict, both figures are
# of the same moment (issue 20, round 6).
_EARLIER = re.compile(r"\b(?:last|previous|prior)\s+(?:week|weekend|month|season|game|match)\b|\b(?:a|one|two|three|four|"
                      r"several|\d+)\s+(?:weeks?|months?|days?|seasons?)\s+(?:ago|earlier|before|after)\b", re.I)
_PRESENT = re.compile(r"\b(?:now|currently|at present|at the moment)\b", re.I)


def same_moment(a: Claim, b: Claim, published: dict[str, str | None]) -> bool:
    """Both figures told of one moment: neither, or both, of an earlier week or season; and a figure told as it
    stands "now" faces only figures told the same day."""
    ca, cb = _clause(a).replace(a.text, " "), _clause(b).replace(b.text, " ")
    if bool(_EARLIER.search(ca)) != bool(_EARLIER.search(cb)):
        return False
    if _to_come(a) != _to_come(b):
        return False  # "will miss the team's final two games" is not the "missed four games" of the season so far
    if (_past_month(a, published) != _past_month(b, published)
            and not (_when(a, published)[0] or _when(b, published)[0])):  # (a past year's month: the years decide)
        # "In June, a strike killed nine" in an August report is another month's happening, not this week's (issue 20,
        # sixteenth session, read on the fresh fdev stories: as ``find_updates`` leaves such a figure out)
        return False
    gap = _days_apart(published.get(a.document), published.get(b.document))
    return not (gap and (_PRESENT.search(ca) or _PRESENT.search(cb)))


# A figure told of what is to come, in its own clause before it: "will miss the final two games", "he'll serve", "is
# set to receive" (issue 20, ninth session). Told against a figure of what happened, it is another moment.
# "was/were expected to" is a forecast told after it was made ("winds were expected to reach 90 mph"), not a reading.
_FUTURE = re.compile(r"\b(?:will|shall|won't|would|(?:is|are|was|were)\s+(?:set|going|due|expected|forecast)\s+to)\b"
                     r"|\w'll\b", re.I)


# A clause that carries on the one before it ("..., with winds of 110 mph by Wednesday", "..., reaching 90 mph"): what
# it tells is of the time the clause before tells (issue 20, sixteenth session, read on the fresh fdev stories; in other
# words: "the cyclone is forecast to turn into a typhoon on Monday, with winds of 150-170 km/h by Tuesday evening"
# against the cyclone's winds of that morning).
_CARRIED_ON = re.compile(r"^\W*(?:with|reaching|bringing|packing|carrying|peaking\s+at|at)\b", re.I)
# How far back in the sentence a forecast carried on is looked for (characters before the figure's clause).
CARRIED_WINDOW = 120


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def _to_come(c: Claim) -> bool:
    clause = _clause(c)
    at = clause.find(c.text)
    if _FUTURE.search(clause[:at] if at >= 0 else clause) is not None:
        return True
    start = c.sentence.find(clause)
    if start <= 0 or not _CARRIED_ON.match(clause):
        return False
    return _FUTURE.search(c.sentence[max(0, start - CARRIED_WINDOW):start]) is not None


# A count over a window of time ("arrested three times since October") is another measure than the count
# with no window ("arrested four times") or over another window: for conflicts, the windows must match
# (issue 20, round 4; "when unsure, differs, not comparable").
_SINCE = re.compile(r"\bsince\s+(?:the\s+|last\s+|early\s+|late\s+|mid-?)?([a-z]+|\d{4})", re.I)


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def _window(c: Claim) -> str | None:
    """Where the window of time the figure's clause counts over starts ("since October" -> "october")."""
    at = max(0, c.sentence.find(c.text))
    m = _SINCE.search(c.sentence, at)  # the window told after the figure, in its clause
    if m is None or re.search(r"[;.!?]", c.sentence[at:m.start()]):
        return None
    return m.group(1).lower()


# Not a year: a number with a unit of its own ("fell around 2000ft (609 metres)", "a 2000-metre drop"; issue 20,
# nineteenth session, helper 20p: the height of a fall was read as told of the year 2000 and kept apart from the same
# fall).
_YEAR = re.compile(r"(?<![\d,.$£€])(?:19|20)\d{2}(?!\d|,\d|\s*(?:%|per|people|cases|km|miles|tons|tonnes)|"
                   r"-?\s?(?:ft|feet|foot|m|metres?|meters?|kms?|kilometres?|kilometers?|yards?|yds?|kg|lbs?|mph|km/h)\b)")


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


_TOLD_BEFORE = re.compile(r"\b(?:said|says|told|given|announced|reported|stated|added|confirmed|according to)\b"
                          r"(?:\s+\w+){0,3}\s+(?:on\s+)?$", re.I)


_LAST_YEAR = re.compile(r"\blast year\b|\ba year ago\b", re.I)


def _when(c: Claim, published: dict[str, str | None]) -> tuple[frozenset[str], frozenset[str]]:
    """The years (other than the report's own) and the weekdays a figure's sentence names: the time
    it is told about. "In 2004 a tsunami killed 170,000" is about 2004; "on Tuesday" about a Tuesday."""
    return _when_told(c.sentence, (published.get(c.document) or "")[:4])


@functools.lru_cache(maxsize=65536)  # issue 17: asked for each pair compared; once a sentence and year
def _when_told(sentence: str, day: str) -> tuple[frozenset[str], frozenset[str]]:
    years = {y for y in _YEAR.findall(sentence) if y != day}
    if _LAST_YEAR.search(sentence):
        years.add(str(int(day) - 1) if day.isdigit() else "last year")
    return frozenset(years), frozenset(_weekdays_named(sentence))


def _weekdays_named(sentence: str) -> list[str]:
    """The weekdays a sentence names ("mon", "tues", ...), but the day something was told ("the figure given by
    officials on Saturday", "said on Monday"): not the time a figure is about."""
    return [m[1].lower() for m in _WEEKDAY.finditer(sentence)
            if not _TOLD_BEFORE.search(sentence[max(0, m.start() - 30):m.start()])]


def _same_time(a: Claim, b: Claim, published: dict[str, str | None]) -> bool:
    """Told about the same time: the same past years named (or none), and, when both name weekdays,
    one in common ("Thursday's bombing" killed 12, the one "on Tuesday" seven: two bombings)."""
    return same_time_told(time_told(a, published), time_told(b, published))


def time_told(c: Claim, published: dict[str, str | None]) -> tuple:
    """What ``_same_time`` reads of one figure: (past years, weekdays, past days of month or None when it names a
    past year). Worked out once a figure by a caller that compares it with many (issue 17: ``find_updates`` asked it
    of each point against every point of each chain)."""
    years, days = _when(c, published)
    return years, days, (None if years else _past_days(c, published))


def same_time_told(a: tuple, b: tuple) -> bool:
    """``_same_time`` of two figures from their ``time_told``."""
    (ya, da, pa), (yb, db, pb) = a, b
    if ya != yb:
        return False
    if not ya and pa != pb:
        return False  # "On April 20, a quake caused no casualties" in a July report is another quake's figure
    return not (da and db and not da & db)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_OF_MONTH = re.compile(r"\b(?:(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})"
                           r"(?:st|nd|rd|th)?\b(?!,?\s*\d{4})|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>jan|feb|mar|apr|may|"
                           r"jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!,?\s*\d{4}))", re.I)
_MONTH_ALONE = re.compile(r"\b(?:in|during|by|last)\s+(?P<m>january|february|march|april|may|june|july|august|september|"
                          r"october|november|december)\b(?!\s+\d)", re.I)


def _past_month(c: Claim, published: dict[str, str | None]) -> bool:
    """Does the figure's clause, or the sentence's opening, tell of an earlier month of the report's year ("In
    February, a gunman killed five people" in an April report)? Not "since March", where a running count starts (issue 20, round 5)."""
    day = (published.get(c.document) or "")[5:7]
    if not day.isdigit():
        return False
    clause = _clause(c)
    for m in _MONTH_ALONE.finditer(c.sentence):
        if m["m"].lower() == "may" and not m["m"][0].isupper():
            continue
        if m.start() > 2 and m.group(0) not in clause:
            continue  # told in another clause ("first emerged in April and has since spread to 74 countries")
        if re.search(r"\bsince\b", c.sentence[max(0, m.start() - 60):m.start()], re.I):
            continue
        if _MONTHS.index(m["m"].lower()[:3]) + 1 < int(day):
            return True
    return False


# A day named this many days or more before the report's own is the time of another happening (a past quake).
PAST_DAYS = 8


def _past_days(c: Claim, published: dict[str, str | None]) -> frozenset[str]:
    """The days of month the sentence names ("On April 20") that fall well before the report's own day (issue
    20, round 5): a figure told of such a day is another happening's; a day to come ("set for October 28")
    or of the last week is not counted."""
    return _past_days_told(c.sentence, (published.get(c.document) or "")[:10])


@functools.lru_cache(maxsize=65536)  # issue 17: asked for each pair compared; once a sentence and day
def _past_days_told(sentence: str, day: str) -> frozenset[str]:
    from datetime import date

    try:
        today = date.fromisoformat(day)
    except ValueError:
        return frozenset()
    found = set()
    for m in _DAY_OF_MONTH.finditer(sentence):
        name, number = (m["m1"] or m["m2"]).lower()[:3], int(m["d1"] or m["d2"])
        if name == "may" and not (m.group(0)[0].isupper() or m.group(0)[-1].isupper()):
            continue  # "may 20" is a verb and a number, not a day
        if re.search(r"\bsince\b", sentence[max(0, m.start() - 60):m.start()], re.I):
            continue  # "killed since protests erupted on March 18": where a running count starts, not its time
        try:
            told = date(today.year, _MONTHS.index(name) + 1, number)
        except ValueError:
            continue
        if told > today:
            continue  # a day to come, or of last year: not read
        if (today - told).days >= PAST_DAYS:
            found.add(told.isoformat())
    return frozenset(found)


@functools.lru_cache(maxsize=65536)  # asked for each pair of claims compared; few distinct days (issue 17)
def _days_apart(da: str | None, db: str | None) -> int | None:
    if not (da and db):
        return None
    from datetime import date

    try:
        return abs((date.fromisoformat(da[:10]) - date.fromisoformat(db[:10])).days)
    except ValueError:
        return None


def apart_beyond(day_a: int | None, day_b: int | None, max_days: int) -> bool:
    """Told more than ``max_days`` publication days apart (day numbers of ``_day_number``; an unknown day is never
    apart). The one date-gap test of reconcile: ``compare._comparable_claims`` asks it of two figures, and the loops
    over many pairs (``_comparable_parts``, ``find_differences``) ask it of day numbers worked out once a figure."""
    return day_a is not None and day_b is not None and abs(day_a - day_b) > max_days


def _near_pairs(days: list[int | None], max_days: int) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of figures not told more than ``max_days`` apart (``apart_beyond`` false: an unknown
    day is near every day), found through the figures sorted by day rather than by asking every pair (issue 17).
    The same pairs as the double loop over i < j; a union-find over them gives the same parts in any order."""
    dated = sorted((d, i) for i, d in enumerate(days) if d is not None)
    undated = [i for i, d in enumerate(days) if d is None]
    pairs = [(min(i, j), max(i, j)) for i in undated for j in range(len(days)) if j != i and (days[j] is not None or j > i)]
    for p, (day, i) in enumerate(dated):
        for q in range(p + 1, len(dated)):
            if dated[q][0] - day > max_days:
                break
            j = dated[q][1]
            pairs.append((min(i, j), max(i, j)))
    return pairs


@functools.lru_cache(maxsize=65536)  # issue 17: asked for both figures of each pair compared; few distinct days
def _day_number(day: str | None) -> int | None:
    """A publication day as a number of days, where ``moments._days_apart`` reads one (None where it reads none)."""
    if not day:
        return None
    from datetime import date

    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_TODAY = re.compile(r"\b(?:today|tonight|this morning|this afternoon|this evening)\b", re.I)
_YESTERDAY = re.compile(r"\b(?:yesterday|last night|overnight)\b", re.I)


# The days (ISO) a sentence tells a figure of: each weekday it names (not the day a figure was told: "said on Monday"),
# read as the last such day on or before the report's day, and "today", "yesterday" (issue 20, sixteenth session;
# ``updates._days_of_figure`` reads them up to the end of the figure's clause). Empty when the sentence names no day or
# the report has none.
@functools.lru_cache(maxsize=65536)  # asked for each pair of points; once a sentence and day
def days_of_sentence(sentence: str, day: str) -> frozenset[str]:
    from datetime import date, timedelta

    try:
        today = date.fromisoformat(day)
    except ValueError:
        return frozenset()
    found = set()
    for weekday in _weekdays_named(sentence):
        back = (today.weekday() - _WEEKDAYS.index(weekday)) % 7
        found.add((today - timedelta(days=back)).isoformat())
    if _TODAY.search(sentence):
        found.add(today.isoformat())
    if _YESTERDAY.search(sentence):
        found.add((today - timedelta(days=1)).isoformat())
    return frozenset(found)


# The day a figure is told of (issue 20, twenty-second session, helper 22w: of main's conflict misses traced "days
# apart", the figures were told of one day in reports published on different days). A report tells a figure of its own
# day, unless its sentence names another: the weekday on which it was said ("the monitors said Monday that 40 had
# died", in a Tuesday report: Monday's count, the count another report gave on Monday; the last such weekday on or
# before the report's day), "said yesterday" (the day before), or a past year ("a flood drowned 900 people in nine
# provinces in 1998": of that year's happening, no day of the report's; ``_same_time`` asks that both name the same
# years). The day a count's happening took place is not the day it was known: "the march on Friday left 40 dead", in
# Saturday's report, is Saturday's count of Friday's dead, later than Friday's own count (an update, read on the dev
# run of this rule's first version). A sentence that names more than one such day, or tells of what is to come, is of
# its report's day.
# Two figures are apart when both their reports' days and the days they are told of are (``told_apart``).
# A window that starts in a past year ("the most since 2004", "killed since 2011") is a running count of today, not a
# count of that year.
_SINCE_YEAR = re.compile(r"\b(?:since|from)\s+(?:the\s+(?:start|end|beginning)\s+of\s+)?(?:early\s+|late\s+)?"
                         r"(?:19|20)\d{2}\b", re.I)


def told_day(c: Claim, published: dict[str, str | None]) -> int | None:
    """The day number (``_day_number``) of the day the figure is told of (above); None: no day of its report's (an
    undated report, a past year's happening)."""
    return _told_day(c.sentence, published.get(c.document) or "")


@functools.lru_cache(maxsize=65536)  # asked for each figure of each group compared; once a sentence and day
def _told_day(sentence: str, day: str) -> int | None:
    own = _day_number(day)
    if own is None:
        return None
    years, _ = _when_told(sentence, day[:4])
    if years and not _SINCE_YEAR.search(sentence):
        return None
    if _FUTURE.search(sentence):
        return own
    from datetime import date

    weekday = date.fromordinal(own).weekday()
    named = {own - (weekday - _WEEKDAYS.index(m[1].lower())) % 7 if _said_on(sentence, m.start()) else None
             for m in _WEEKDAY.finditer(sentence)}
    if _TODAY.search(sentence):
        named.add(own)
    named |= {own - 1 if _said_on(sentence, m.start()) else None for m in _YESTERDAY.finditer(sentence)}
    return named.pop() if len(named) == 1 and None not in named else own


def _said_on(sentence: str, at: int) -> bool:
    """Does the day named at ``at`` date a telling ("said Monday", "told reporters on Monday")?"""
    return _TOLD_BEFORE.search(sentence[max(0, at - 30):at]) is not None


def told_apart(a: Claim, b: Claim, published: dict[str, str | None], max_days: int) -> bool:
    """Two figures published and told of days more than ``max_days`` apart (``told_day``; an unknown day is never
    apart): the conflicts' date-gap test, where ``apart_beyond`` of the publication days is the agreements' and
    updates'. A day named moves a figure near the other's day, never away from it: a report's day is no sure day of
    a figure it tells with none ("the ministry said on Tuesday that 165 were ill" in Wednesday's report still faces
    that report's own "120 cases")."""
    return (apart_beyond(_day_number(published.get(a.document)), _day_number(published.get(b.document)), max_days)
            and apart_beyond(told_day(a, published), told_day(b, published), max_days))
