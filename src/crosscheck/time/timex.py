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
            # "Five days later, on April 20, the well blew out": counted from a happening the report tells,
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
        return Value("DATE", f"{year}-{month:02d}", "month", "month, most recent")

    if re.search(r"\b(quarter|q[1-4])\b", s):
        m = re.search(r"\b(first|second|third|fourth|q1|q2|q3|q4)\b.*?(\d{4})?$", s)
        if m:
            q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m[1], None) or int(m[1][1])
            return Value("DATE", f"{m[2] or anchor.year}-Q{q}", "quarter", "quarter")
    # A stretch of a day ("five seconds", "four minutes", "a few hours") is how long, never a date: dateparser
    # reads it as that long before the anchor's midnight, so the day before (issue 20).
    if re.search(r"\b(?:seconds?|minutes?|hours?)\b", s) and not re.search(r"\bago\b", s):
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


# "until November 3", "ahead of Friday": a deadline, resolved forward from the publication day.
_FORWARD_BEFORE = re.compile(r"\b(?:until|till|'til|ahead of|in time for|no later than|deadline of|due on|due by|"
                             r"starting|from next)\s+(?:the\s+|next\s+)?$", re.I)


# "activists have called for mass protests across the country after Friday prayers": what is called
# for (a protest, a strike, a vote) is still to come, so its day is the next one (issue 20: the
# Friday before became a key date).
_CALLED_FOR_BEFORE = re.compile(r"\bcall(?:ed|s|ing)? for\b[^.;:!?\n]{0,100}$", re.I)


# "pending his next court hearing April 19", "held until his next appearance on Friday", "the next meeting,
# March 3": a day awaited or the next of its kind is still to come (issue 20: 2006-04-19 in a report of 2007-04-11).
# Not "the next morning, Tuesday" (a narrative's next day), nor "pending an inquiry into Friday's shooting".
_AWAITED_BEFORE = re.compile(r"(?:\b(?:pending|awaiting)\s+(?:[\w'-]+\s+){0,4}|\bnext\s+(?!(?:day|morning|afternoon|"
                             r"evening|night|week|weekend|month|year|time)\b)(?:[a-z-]+\s+){1,3})(?:(?:on|is|was|set for|"
                             r"scheduled for|for)\s+)?$", re.I)
# "by Friday", "by April 30": a deadline, unless the sentence tells what had happened by then ("by Monday, 50 had
# died"), or the day is a happening's ("killed by Sunday's blast").
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_HAD = re.compile(r"\bhad\b", re.I)
_DEADLINE_AFTER = re.compile(r"(?:'s|’s)?\s+deadline\b", re.I)


def is_forward(text: str, start: int, end: int | None = None) -> bool:
    """Does the text just before a time expression make it a deadline, a day awaited or a day called for,
    resolved forward?"""
    if _FORWARD_BEFORE.search(text[max(0, start - 24):start]) or _CALLED_FOR_BEFORE.search(text[max(0, start - 110):start]):
        return True
    if end is not None and _DEADLINE_AFTER.match(text, end):
        return True  # "the May 12 deadline", "a June 1 deadline for the exemptions"
    if end is not None and text[end:end + 2] in ("'s", "’s"):
        return False  # "pending an inquiry into Friday's shooting", "killed by Sunday's blast": a happening's day
    if _AWAITED_BEFORE.search(text[max(0, start - 70):start]):
        return True
    if _BY_BEFORE.search(text[max(0, start - 8):start]):
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        return _HAD.search(text, sentence_start, start) is None and _HAD.search(
            text[start:start + 80].split(". ")[0]) is None
    return False


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
_FUTURE = re.compile(r"\b(will|shall|is due|are due|plans? to|upcoming|scheduled|is set to|are set to)\b", re.I)


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


def names_known_day(t) -> bool:
    """Is the expression's value a day (or month...) the report lets a reader know? Not a relative
    expression of a report whose day is known only as an interval ("Saturday" in a report that names
    March 11, 2005 and no later day: any Saturday after it): its value is one end of what it may be.
    Such an expression neither makes a key date nor dates an event (issue 20: an obituary's
    "Thursday" was read against the birth date it names, and became a key date in 1923)."""
    return t.earliest is None or t.earliest == t.latest


def is_future_context(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


_PAST_AUX = {"have", "had", "did", "was", "were"}
# A plan, hope or expectation told in the past tense still points forward from when it was told: "the groupings
# hoped to get supplies into Haiti by Thursday", "he planned to go to Haiti on Thursday" (a Haiti story's timeline put
# both on the Thursday before the report).
_INTENT_VERBS = {"hope", "plan", "expect", "intend", "aim", "want", "promise", "vow", "pledge", "prepare", "schedule"}
# "He said he would meet them on Saturday": "would" under a verb of saying is the future of that saying.
_SAY_VERBS = {"say", "tell", "announce", "add", "state", "confirm", "report", "indicate", "suggest", "insist"}


def _negated(verb) -> bool:
    """Does the verb carry a negation ("could not say", "would not meet")?"""
    return any(t.dep_ == "neg" for t in verb.children)


def is_present_tense_clause(doc, start: int, end: int) -> bool:
    """Is the time expression at ``start:end`` attached to a clause in the present tense or with
    "will": news writes coming events that way ("when he's sentenced May 7", "the trial resumes
    Friday", "the vote is on Tuesday"), and past ones in the past tense, so a year-less day or a
    weekday there is the next one, not the last (ECB+ topic 33: a sentencing hearing went to the
    year before). Only a verb the expression attaches to directly, or through its preposition,
    counts: in "charged with a murder on May 7" the day belongs to the murder. A line without a
    final full stop (a headline, "Quake hits Aceh on Tuesday") keeps the past reading."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span.sent.text.rstrip().endswith((".", "!", "?", '"', "”")):
        return False
    head = span.root.head
    if head.pos_ == "ADP" or head.dep_ == "prep":
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head
    while True:
        auxes = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
        if verb.tag_ in ("VBD",) or any(t.tag_ == "VBD" or t.lemma_ == "have" for t in auxes):
            return False
        if any(t.tag_ == "MD" and t.lemma_ in ("will", "shall", "'ll") for t in auxes):
            return True
        # "crews could resume work Thursday morning", "oil may reach the coast Friday night": a
        # possibility is a coming event (issue 20); a negated one ("could not say Friday") is a report.
        # Not in a relative clause ("a box that would hold a shotgun"), nor "would" (a past habit).
        if verb.tag_ == "VB" and verb.dep_ != "relcl" and any(
                t.tag_ == "MD" and t.lemma_ in ("could", "may", "might", "should") for t in auxes) \
                and not _negated(verb):
            return True
        if verb.tag_ in ("VBZ", "VBP") or any(t.tag_ in ("VBZ", "VBP") for t in auxes):
            return True
        if verb.tag_ == "VB" and verb.dep_ == "ccomp" and verb.head.lemma_ in _SAY_VERBS and any(
                t.tag_ == "MD" and t.lemma_ == "would" for t in auxes) and not _negated(verb):
            return True
        # "is expected to be sentenced May 7": an infinitive takes its governing verb's tense.
        if any(t.tag_ == "TO" for t in auxes) and verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
            if verb.head.lemma_ in _INTENT_VERBS and not _negated(verb.head):
                return True
            verb = verb.head
            continue
        return False
