"""Time expressions: find them, and normalise them to TIMEX3 values against an anchor.

Finding: spaCy's DATE and TIME entities (the shared parse), widened by rules
for what the model misses ("the week ending March 3", "a year earlier") and
narrowed where it over-reaches (counts such as "2,000 workers" are not years).

Normalising: our own rules for the news cases whose reading is a convention
(a bare weekday is the most recent one on or before the publication date; a
bare month or day is the most recent one not after it; "last month", "this
year", "N days ago", weeks, seasons, decades, durations), then dateparser for
the absolute dates it parses well. Each value keeps the anchor and the rule
that produced it, so a reader can check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H", "minute": "MIN"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "couple": 2}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_NUM_RE = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple of)"


@dataclass
class Value:
    type: str  # DATE, TIME, DURATION, SET
    value: str
    granularity: str
    rule: str


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".")[:3]]


def _num(word: str) -> int | str:
    """A count as written; "several" and "few" stay unspecified (TimeML's X)."""
    word = word.lower().replace("couple of", "couple")
    if word in ("several", "few"):
        return "X"
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


def _month_back(anchor: date, months: int) -> tuple[int, int]:
    total = anchor.year * 12 + anchor.month - 1 - months
    return total // 12, total % 12 + 1


def _recent_day(anchor: date, month: int, day: int, future: bool) -> date | None:
    """The most recent month/day not after the anchor (or the next one, in future text)."""
    for year in ((anchor.year, anchor.year + 1) if future else (anchor.year, anchor.year - 1)):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate >= anchor) if future else (candidate <= anchor):
            return candidate
    return None


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _sane_year(value: str) -> bool:
    """A value's four-digit year, if it has one, is in 1000-2999 (the stages after this one
    add and subtract days and weeks around it, which must stay inside the calendar), and a
    day or month value is a real one ("1900-02-29", "2026-02-30", "1000-13" are not)."""
    if not re.match(r"\d{4}", value):
        return True
    if not 1000 <= int(value[:4]) <= 2999:
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
    month = re.match(r"\d{4}-(\d{2})(?:-|$)", value)
    return month is None or 1 <= int(month[1]) <= 12


def _bounded(normalise_fn):
    """Bounds at the parse point (issue 21): a date past the calendar ("February 30",
    "99999999 days ago", year 0, a weekday before 0001-01-01 or after 9999-12-31) or a count
    past Python's digit limit is no value, never an exception; nor is a year outside 1000-2999."""
    import functools

    @functools.wraps(normalise_fn)
    def bounded(text: str, *args, **kwargs):
        if len(re.sub(r"\D", "", text)) > 40:
            return None
        try:
            value = normalise_fn(text, *args, **kwargs)
        except (ValueError, OverflowError, ArithmeticError):
            return None
        if value is not None and (re.match(r"-|\d{5}", value.value) or not _sane_year(value.value)):
            return None
        return value
    return bounded


@_bounded
def normalise(text: str, anchor: date | None, future: bool = False) -> Value | None:
    """TIMEX3 value of a time expression as written, resolved against ``anchor``.

    Without an anchor only absolute expressions get a value.
    """
    s = re.sub(r"\s+", " ", text.lower().strip(" .,;:()'\"")).replace("’", "'")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^(on|in|at|by|since|until|from|during|of|for|the)\s+", "", s)
    s = re.sub(r"^(on|in|at|by|the)\s+", "", s)
    s = re.sub(r"^(early|late|earlier|later|mid)\s+(on|in|at)\s+", "", s)
    s = re.sub(r"^(almost|nearly|about|around|roughly|just over|just under|more than|less than|over|some|"
               r"a mere|at least|at most|up to|only|just|barely|exactly|precisely)\s+", "", s)
    # "Tuesday 14 September 2010", "Thursday, December 11": the weekday only names the date's day of the week.
    s = re.sub(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?=\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]|"
               r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)", "", s)
    s = re.sub(r"^(early|late|mid-|mid)\s*(?=(last|this|next|\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", "", s)
    s = re.sub(r"\bfiscal\s+", "", s)

    # Deictic references TimeML writes as tokens, not dates.
    if s in ("now", "currently", "at present", "present", "right now", "nowadays", "these days"):
        return Value("DATE", "PRESENT_REF", "", "present reference")
    if s in ("past", "at the time", "formerly", "previously", "once", "then"):
        return Value("DATE", "PAST_REF", "", "past reference")
    if s in ("future", "in the future", "someday"):
        return Value("DATE", "FUTURE_REF", "", "future reference")
    # Unspecified durations: "recent weeks", "several days", "years".
    m = re.fullmatch(r"(?:recent |past |the past |several |few |a few |many |the last few |last few |next few |"
                     r"the next few |coming )?(minute|hour|day|week|month|year|decade)s", s)
    if m:
        unit = m.group(1)
        return Value("DURATION", (f"PTX{UNITS[unit][0]}" if unit in ("hour", "minute") else f"PX{UNITS[unit]}"),
                     unit, "unspecified duration")
    # Not dates (issue 20): a bare small number ("Ortiz, 31,") is an age or a count; "72-hour" is a
    # duration; a clock time ("3pm", "15:30") is a time of the anchor's own day.
    if re.fullmatch(r"\d{1,3}", s):
        return None
    # "a 20-13 loss", "a 10-5 record", "a 7-2 vote": a score, never a day (issue 20: dateparser gave 1913-12-20).
    if re.fullmatch(r"\d{1,3}\s*[-–]\s*\d{1,3}", s):
        return None
    m = re.fullmatch(rf"{_NUM_RE}[- ](hour|minute|second)(?:-long| long)?", s)
    if m:
        return Value("DURATION", f"PT{_num(m.group(1))}{ {'hour': 'H', 'minute': 'M', 'second': 'S'}[m.group(2)] }",
                     m.group(2), "adjectival duration")
    clock = _clock(s)
    if clock is not None:
        if anchor is None:
            return None
        return Value("TIME", f"{anchor.isoformat()}T{clock}", "time", "clock time, the report's own day")
    # Adjectival durations: "four-week", "three-month", "10-year".
    m = re.fullmatch(rf"{_NUM_RE}[- ](day|week|month|year)(?:-long| long)?", s)
    if m:
        return Value("DURATION", f"P{_num(m.group(1))}{UNITS[m.group(2)]}", m.group(2), "adjectival duration")
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) century", s)
    if m:
        return Value("DATE", f"{int(m.group(1)) - 1:02d}", "century", "century")
    m = re.fullmatch(r"(\d{4})\s*[-–/]\s*(\d{2}|\d{4})", s)
    if m:
        return Value("DATE", m.group(1), "year", "first year of a span")

    # "30 seconds" (how long a tremor lasted) is a duration, never a date (issue 20: dateparser read
    # it as 30 seconds before the report's midnight, so on the day before).
    m = re.fullmatch(rf"{_NUM_RE} seconds?", s)
    if m:
        return Value("DURATION", f"PT{_num(m.group(1))}S", "second", "duration")
    # "1,100 hours", "2.5 days", "10,000 years": a number with thousands or decimals and a unit is how long
    # (issue 20: dateparser read "1,100 hours" as a day the week before the report).
    m = re.fullmatch(r"(?:the )?(?:past |last |next |first )?(\d{1,3}(?:,\d{3})+|\d+\.\d+) "
                     r"(second|minute|hour|day|week|month|year)s?(?: long)?", s)
    if m:
        n, unit = m[1].replace(",", ""), m[2]
        code = {"second": "S", "minute": "M", "hour": "H"}.get(unit)
        return Value("DURATION", f"PT{n}{code}" if code else f"P{n}{UNITS[unit]}", unit, "duration")
    # Durations first: "the past four months", "two weeks", "for 3 years".
    m = re.fullmatch(rf"(?:the )?(?:past|last|previous|next|coming|first)?\s*{_NUM_RE} (day|week|month|year|decade|hour|minute)s?(?: long)?", s)
    if m and not re.search(r"\bago\b", s):
        n, unit = _num(m.group(1)), m.group(2)
        if unit == "decade" and n != "X":
            n, unit_code = n * 10, "Y"
        else:
            unit_code = UNITS[unit]
        value = f"PT{n}{unit_code[0]}" if unit in ("hour", "minute") else f"P{n}{unit_code}"
        return Value("DURATION", value, unit, "duration")

    # "a century", "centuries", "half a century": how long, never a year (issue 20: dateparser read
    # "a century" as the year a hundred years before the report).
    if re.fullmatch(rf"(?:half )?(?:{_NUM_RE} )?centur(?:y|ies)(?: long)?", s):
        return Value("DURATION", "P100Y", "century", "duration")
    # "the end of July", "the beginning of next month", "the end of this year": the part of a month,
    # year or week is dated as that month, year or week (issue 20: they had no value).
    m = re.fullmatch(r"(?:the )?(?:very )?(?:end|beginning|start|middle|close) of (?:the )?(.+)", s)
    if m:
        whole = normalise(m[1], anchor, future=future)
        if whole is not None and whole.type == "DATE" and whole.granularity in (
                "month", "year", "week", "quarter", "season"):
            return Value("DATE", whole.value, whole.granularity, f"part of a {whole.granularity}: {whole.rule}")
        return None

    # ISO and numeric dates.
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:t.*)?", s)
    if m:
        return Value("DATE", f"{m[1]}-{m[2]}-{m[3]}", "day", "iso")
    m = re.fullmatch(r"(\d{4})-(\d{2})", s)
    if m:
        return Value("DATE", f"{m[1]}-{m[2]}", "month", "iso")
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        first, second = int(m[1]), int(m[2])
        month, day = (first, second) if first <= 12 else (second, first)
        try:
            return Value("DATE", date(int(m[3]), month, day).isoformat(), "day", "numeric date")
        except ValueError:
            return None

    # Decades and centuries.
    m = re.fullmatch(r"(?:the )?(?:early |mid-|mid |late )?(\d{3})0'?s", s)
    if m:
        return Value("DATE", m[1], "decade", "decade")

    # Years, alone or with "in"/"fiscal".
    m = re.fullmatch(r"(?:fiscal (?:year )?|fy ?)?(\d{4})", s)
    if m and 1800 <= int(m[1]) <= 2100:
        return Value("DATE", m[1], "year", "year")
    m = re.fullmatch(r"(\d{4}) and (\d{4})", s)
    if m:
        return Value("DATE", m[1], "year", "first of two years")

    # Month day, year / day month year.
    m = _month_day(s, r"(\d{4})")
    if m:
        month, day, year = m
        try:
            return Value("DATE", date(int(year), month, day).isoformat(), "day", "full date")
        except ValueError:
            return None
    m = re.fullmatch(rf"{_MONTH_RE},? (\d{{4}})", s)
    if m:
        return Value("DATE", f"{m[2]}-{_month(m[1]):02d}", "month", "month and year")

    # "the week ending March 3" / "the week of March 3".
    m = re.fullmatch(rf"week (ending|of|starting|beginning) {_MONTH_RE} (\d{{1,2}})(?:,? (\d{{4}}))?", s)
    if m:
        month, day = _month(m[2]), int(m[3])
        if m[4]:
            day_date = date(int(m[4]), month, day)
        elif anchor:
            day_date = _recent_day(anchor, month, day, future)
        else:
            return None
        if day_date is None:
            return None
        start = day_date - timedelta(days=6) if m[1] == "ending" else day_date
        return Value("DATE", _week(start), "week", f"week {m[1]}")

    # Seasons: "this summer", "last winter", "summer 2025".
    m = re.fullmatch(r"(this|last|next|early|late)? ?(spring|summer|autumn|fall|winter)(?: of)? ?(\d{4})?", s)
    if m and (m[3] or anchor):
        year = int(m[3]) if m[3] else anchor.year + {"last": -1, "next": 1}.get(m[1] or "", 0)
        return Value("DATE", f"{year}-{SEASONS[m[2]]}", "season", "season")

    if anchor is None:
        return _dateparser_absolute(s)

    # Deictic days; "later today" and "earlier this morning" are still today.
    s = re.sub(r"^(?:later|earlier|early|late) (?=today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow)",
               "", s)
    if s in ("today", "this morning", "this afternoon", "this evening", "tonight", "now"):
        return Value("DATE", anchor.isoformat(), "day", "today")
    # "yesterday morning", "tomorrow night": the part of a day is that day.
    s = re.sub(r"^(yesterday|today|tomorrow) (?:morning|afternoon|evening|night)$", r"\1", s)
    if s in ("yesterday", "last night"):
        return Value("DATE", (anchor - timedelta(days=1)).isoformat(), "day", "yesterday")
    if s == "tomorrow":
        return Value("DATE", (anchor + timedelta(days=1)).isoformat(), "day", "tomorrow")

    # "last week", "this month", "next year", "a year earlier", "earlier this year".
    m = re.fullmatch(r"(?:earlier |later )?(this|last|next|past|previous|coming) (week|month|year|decade)", s)
    if m:
        offset = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[m[1]]
        return _offset_unit(anchor, m[2], offset, f"{m[1]} {m[2]}")
    # "three hours ago", "minutes ago": within the report's own day (dateparser put "hours ago" on the day
    # before, counting back from the anchor's midnight; issue 20).
    if re.fullmatch(rf"(?:{_NUM_RE} |a few |several )?(second|minute|hour)s? ago", s):
        return Value("DATE", anchor.isoformat(), "day", "hours ago: the report's own day")
    m = re.fullmatch(rf"{_NUM_RE} (day|week|month|year)s? (ago|earlier|before|later|after)", s)
    if m:
        if m[3] in ("later", "after"):
            # "Three days later, on June 9, the dam gave way": counted from a happening the report tells,
            # not forward from the report's own day (issue 20: it gave days after the report).
            return None
        count = _num(m[1])
        n = (3 if count == "X" else count) * -1
        return _offset_unit(anchor, m[2], n, f"{m[2]}s {m[3]}")

    # "the weekend", "this weekend", "last weekend": the weekend of an ISO week (TIMEX3 "2010-W17-WE"),
    # the coming one in a future context, else the most recent one (issue 20: it had no value).
    m = re.fullmatch(r"(?:(this|last|past|previous|next|coming) )?weekend", s)
    if m:
        weekend_started = anchor.weekday() >= 5
        if m[1] in ("last", "past", "previous"):
            week_day = anchor - timedelta(days=7)
        elif m[1] == "this":
            week_day = anchor
        elif m[1] in ("next", "coming") or future:
            week_day = anchor if not (m[1] == "next" and weekend_started) else anchor + timedelta(days=7)
        else:
            week_day = anchor if weekend_started else anchor - timedelta(days=7)
        return Value("DATE", f"{_week(week_day)}-WE", "week", "weekend")

    # Weekdays: the most recent one on or before the anchor (past-tense news), or the next one.
    m = re.fullmatch(r"(?:last |this |next |early |late )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"(?: (?:morning|afternoon|evening|night))?", s)
    if m:
        target = WEEKDAYS[m[1]]
        if s.startswith("next "):
            delta = (target - anchor.weekday()) % 7 or 7
            day = anchor + timedelta(days=delta)
        elif future:
            delta = (target - anchor.weekday()) % 7  # today's weekday is today
            day = anchor + timedelta(days=delta)
        else:
            delta = (anchor.weekday() - target) % 7
            if s.startswith("last ") and delta == 0:
                delta = 7
            day = anchor - timedelta(days=delta)
        return Value("DATE", day.isoformat(), "day", "weekday before publication" if not future else "weekday after")

    # Month day of a year named by its distance: "October 29 last year", "March 3 next year".
    m = _month_day(s, r"(last|this|next) year")
    if m:
        month, day, distance = m
        try:
            found = date(anchor.year + {"last": -1, "this": 0, "next": 1}[distance], month, day)
        except ValueError:
            return None
        return Value("DATE", found.isoformat(), "day", "month day, year by distance")

    # Fixed-date holidays: the most recent one (the next one in future text).
    m = re.fullmatch(r"(christmas(?: day)?|christmas eve|new year's day|new year's eve|boxing day)(?:,? (\d{4}))?", s)
    if m:
        month, day = _HOLIDAYS[m[1]]
        found = date(int(m[2]), month, day) if m[2] else _recent_day(anchor, month, day, future)
        return Value("DATE", found.isoformat(), "day", "holiday") if found else None

    # A span of days in one month, "April 21 - 22", "April 21-22": its first day, as a range's ends are
    # annotated (issue 20: dateparser read "April 21 - 22" as April 21, 1922).
    m = re.fullmatch(rf"{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?", s)
    if m:
        found = _recent_day(anchor, _month(m[1]), int(m[2]), future)
        return Value("DATE", found.isoformat(), "day", "first day of a span") if found else None

    # Bare month day: "March 13", "13 March", "Jan. 12".
    m = re.fullmatch(rf"{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?", s) or \
        re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH_RE}", s)
    if m:
        g = m.groups()
        month, day = (_month(g[0]), int(g[1])) if not g[0].isdigit() else (_month(g[1]), int(g[0]))
        found = _recent_day(anchor, month, day, future)
        # A coming day ("when he's sentenced May 7") is no bound on when an undated report was written.
        rule = "month day, next" if future else "month day, most recent"
        return Value("DATE", found.isoformat(), "day", rule) if found else None

    # Bare month: "March", "early March", "last March".
    m = re.fullmatch(rf"(?:early |mid-|mid |late |last |this |next )?{_MONTH_RE}", s)
    if m:
        month = _month(m[1])
        if s.startswith("next ") or future:
            year = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            year = anchor.year if month <= anchor.month else anchor.year - 1
            if s.startswith("last ") and month == anchor.month:
                year -= 1
        return Value("DATE", f"{year}-{month:02d}", "month", "month, next" if s.startswith("next ") or future
                     else "month, most recent")

    if re.search(r"\b(quarter|q[1-4])\b", s):
        m = re.search(r"\b(first|second|third|fourth|q1|q2|q3|q4)\b.*?(\d{4})?$", s)
        if m:
            q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m[1], None) or int(m[1][1])
            return Value("DATE", f"{m[2] or anchor.year}-Q{q}", "quarter", "quarter")
    # A stretch of a day ("five seconds", "four minutes", "a few hours") is how long, never a date: dateparser
    # reads it as that long before the anchor's midnight, so the day before (issue 20).
    if re.search(r"\b(?:seconds?|minutes?|hours?)\b", s) and not re.search(r"\bago\b", s):
        return None
    # Nor is a count of days, weeks, months or years with nothing that places it ("Thirteen months passed before a
    # judge ordered ...": dateparser read it as thirteen months before the report, and the timeline showed a month of
    # the year before; a fresh PolNeAR pile, twenty-second session). "Two years ago", "last two weeks" keep their reading.
    # (A count in digits or up to twelve is a duration above; these are the larger counts in words.)
    if re.fullmatch(r"(?:about |nearly |almost |some |over |more than |fewer than |less than |at least |roughly )?"
                    r"(?:[a-z]+teen|[a-z]+ty(?:-[a-z]+)?|a few|many) (?:days?|weeks?|months?|years?)(?: later)?", s):
        return None
    # Nor are these dates (issue 20): "the 30s and 40s", "in their 60s" (a decade with no century, or an age);
    # "two decades later" (counted from a happening the text tells, not from the report: dateparser gave
    # 2030); "on the 12th" (a day with no month: dateparser gave December).
    if re.fullmatch(r"(?:the |their |his |her |early |mid-|late )*\d0'?s(?: and (?:early |late )?\d0'?s)?", s) \
            or re.search(r"\bdecades?\b", s) and not re.search(r"\bago\b", s) \
            or re.fullmatch(r"(?:the )?\d{1,2}(?:st|nd|rd|th)", s):
        return None
    return _dateparser_relative(s, anchor)


def _clock(s: str) -> str | None:
    """ "3pm", "3.30 p.m.", "15:30", "noon", "1100 hours" -> "15:00", "15:30", "12:00", "11:00"; else None."""
    s = re.sub(r"\s*(?:local time|gmt|bst|utc|et|est|edt|cet|cest)$", "", s).strip()
    if s in ("noon", "midday"):
        return "12:00"
    if s == "midnight":
        return "00:00"
    # The 24-hour clock of navies, armies and police ("at 1100 hours", "1230 hrs"): a time, not 1,100 hours
    # (issue 20: "put out a message at 1100 hours" was read as a duration of 1,100 hours).
    m = re.fullmatch(r"([01]?\d|2[0-3])[:.]?([0-5]\d) ?(?:hours|hrs)", s)
    if m:
        return f"{int(m[1]):02d}:{m[2]}"
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m|p\.m|a\.m\.|p\.m\.)?(?: (?:on )?(?:today|tonight|this (?:morning|afternoon|evening)))?", s)
    if not m or (m[2] is None and m[3] is None):
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3] and m[3].startswith("p") and hour < 12:
        hour += 12
    elif m[3] and m[3].startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _month_day(s: str, tail: str) -> tuple[int, int, str] | None:
    """(month, day, what ``tail``'s group matched) of "March 3<tail>" or "3 (of) March<tail>"
    ("March 3rd, 2024", "3 March 2024", "October 29 last year"), else None."""
    m = re.fullmatch(rf"{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?,? {tail}", s) or \
        re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH_RE},? {tail}", s)
    if not m:
        return None
    g = m.groups()
    month, day = (_month(g[0]), int(g[1])) if not g[0].isdigit() else (_month(g[1]), int(g[0]))
    return month, day, g[2]


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
             "new year's day": (1, 1), "new year's eve": (12, 31)}


def _offset_unit(anchor: date, unit: str, offset: int, rule: str) -> Value:
    if unit == "day":
        return Value("DATE", (anchor + timedelta(days=offset)).isoformat(), "day", rule)
    if unit == "week":
        return Value("DATE", _week(anchor + timedelta(weeks=offset)), "week", rule)
    if unit == "month":
        y, mth = _month_back(anchor, -offset)
        return Value("DATE", f"{y}-{mth:02d}", "month", rule)
    if unit == "decade":
        return Value("DATE", str(anchor.year // 10 + offset), "decade", rule)
    return Value("DATE", str(anchor.year + offset), "year", rule)


@lru_cache(maxsize=8192)
def _dateparser_absolute(s: str) -> Value | None:
    if not re.search(r"\d{4}", s):
        return None
    return _dateparser(s, None)


@lru_cache(maxsize=8192)
def _dateparser_relative(s: str, anchor: date) -> Value | None:
    return _dateparser(s, anchor)


@lru_cache(maxsize=256)
def _parser(anchor: date | None):
    """One dateparser parser per anchor: building one costs far more than parsing."""
    from datetime import datetime

    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(s: str, anchor: date | None) -> Value | None:
    try:
        data = _parser(anchor).get_date_data(s)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    if data is None or data.date_obj is None or not 1800 <= data.date_obj.year <= 2100:
        return None
    d, period = data.date_obj.date(), data.period
    if period == "year":
        return Value("DATE", str(d.year), "year", "dateparser")
    if period == "month":
        return Value("DATE", f"{d.year}-{d.month:02d}", "month", "dateparser")
    if period == "week":
        return Value("DATE", _week(d), "week", "dateparser")
    return Value("DATE", d.isoformat(), "day", "dateparser")
