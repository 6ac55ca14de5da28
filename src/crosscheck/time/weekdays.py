"""A weekday of a report that has no day of its own, read against the day other reports give the same happening.

An undated report (a set's bare text, a passage) writes "checked into a clinic on Friday" and nothing that anchors
its week: no publication day, no day written whole that bounds it, so its "Friday" was no day at all (issue 20,
twenty-first session: of the dev stories' missed date conflicts, eight had a side whose day no expression of its
report read). Another report of the story may date the same happening ("checked herself in on Tuesday, December 9,
2026"): the reports of one story tell it within days of each other, so the weekday is the one nearest that day
(within three days before or after it). The reading is a guess, noted on the expression (``WEEKDAY_NOTE``): it may be
compared between reports (a date conflict, a date agreement), but it makes no key date (``direction.day_guessed``).

The same happening: the two sentences share content words (``events._content_words``, three tenths of the shorter's,
two at least), and a thing done, written alike in lower case in both ("checked", "killed"; no verb of telling), with no
word of time order ("after", "since") between it and the day in either: not only a name, or a happening told as
the background of another ("announced new rallies on Sunday after the teenager was killed"). The dated sentence names one day only, the weekday's sentence one weekday only and no day
written whole; the day is one whose report lets a reader know it (``names_known_day``), and not itself a day read so.
Every dated sentence of the same happening must give the weekday one day: two readings, none. Neither sentence may hold
another day, read or not ("was sentenced Saturday for the crimes he committed on March 11, 2005": the crimes' day is
not the sentencing's), nor is a day written into a noun ("the March 11 incident") the day of what was done.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from datetime import date, timedelta

from ..records import Document, Timex
from .direction import WEEKDAY_NOTE, names_known_day
from .date_conflicts import _DONE_FORM, _NOT_DONE, _TIME_ORDER
from .events import _content_words, _overlap
from .normalise import WEEKDAYS

# How much of the shorter sentence's content words the two must share, and how many at least.
SAME_HAPPENING_OVERLAP = 0.3
SAME_HAPPENING_WORDS = 2

# A bare weekday, with its part of the day: "on Friday", "Saturday night" ("last Friday", "next Friday" and "every
# Friday" are not bare: their week is told; "Friday's vote" is matched here and left by ``sole_day``: a noun's day).
_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:['’]s)?"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)
_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_WEEK_TOLD = re.compile(r"\b(?:last|next|this|coming|following|previous|every|each|a|an|one)\s+$", re.I)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def nearest_weekday(weekday: int, day: date) -> date:
    """The day of ``weekday`` (0 Monday) nearest ``day``: from three days before it to three days after."""
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead if ahead <= 3 else ahead - 7)


# Other words of a day: a sentence that holds one besides the day read is a sentence of two days.
_OTHER_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\b", re.I)
# A day written into a noun ("the March 11, 2005, incident", "Saturday's vote") dates the noun, not what the sentence
# tells was done.
_NOUN_DAY_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", re.I)
_NOUN_DAY_AFTER = re.compile(r"['’]s\b")


def sole_day(sentence: str, start: int, end: int) -> bool:
    """Is the day at ``start:end`` of the sentence its only day (no other weekday, "yesterday" or "today" in it, read or
    not: "was sentenced Saturday morning for the crimes he committed on March 11, 2005" tells two days), and one that
    dates what was done, not a noun it is written into?"""
    if any(not (start <= m.start() < end) for m in _OTHER_DAY.finditer(sentence)):
        return False
    return not (_NOUN_DAY_BEFORE.search(sentence[max(0, start - 8):start]) or _NOUN_DAY_AFTER.match(sentence, end)
                or _NOUN_DAY_BEFORE.search(sentence[start:start + 6].split(" ", 1)[0] + " "))


def same_happening(a: str, words_a: set[str], at_a: int, b: str, words_b: set[str], at_b: int) -> frozenset[str]:
    """The things done (past forms) two sentences tell alike of the days at ``at_a`` and ``at_b`` when they tell one
    happening (module docstring: shared content words ``words_a``/``words_b``, a thing done alike); else empty."""
    shared = words_a & words_b
    if len(shared) < SAME_HAPPENING_WORDS or _overlap(words_a, words_b) < SAME_HAPPENING_OVERLAP:
        return frozenset()
    return _done(a, at_a) & _done(b, at_b)


@functools.lru_cache(maxsize=65536)  # a dated sentence is asked against every weekday of the undated reports
def _done(sentence: str, at: int) -> frozenset[str]:
    """The past forms of what was done ("checked", "killed") the sentence writes in lower case (``date_conflicts``'
    ``_DONE_FORM``, less its verbs of telling), each with no word of time order between it and the day at ``at``:
    "announced new rallies on Sunday after the teenager was killed" tells the killing of another day."""
    out = set()
    for m in re.finditer(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])", sentence):
        word = m.group()
        if not _DONE_FORM.fullmatch(word) or word in _NOT_DONE:
            continue
        between = sentence[min(at, m.end()):max(at, m.start())]
        if _TIME_ORDER.search(between) is None:
            out.add(word)
    return frozenset(out)


def _bare_weekdays(document: Document, timexes: list[Timex], read: dict[tuple[int, int], Timex]) -> list[Timex]:
    """The report's expressions that are a bare weekday and name no day the reader knows (``read``: the report's
    expressions as the time stage read them, by span)."""
    out = []
    for t in timexes:
        m = _BARE_WEEKDAY.fullmatch(t.text.strip())
        if m is None or t.type != "DATE":
            continue
        before = read.get((t.start, t.end))
        if before is not None and names_known_day(before):
            continue
        if _WEEK_TOLD.search(document.text, max(0, t.start - 12), t.start):
            continue
        out.append(t)
    return out


def weekdays_by_happening(documents: list[Document], timexes: list[Timex],
                          unread: dict[str, list[Timex]]) -> list[Timex]:
    """``timexes`` with the bare weekdays of the reports that have no day of their own read against the day other
    reports give the same happening (module docstring). ``unread``: each undated report's expressions the time stage
    found but could not read for want of a day (``resolve_times``' ``unread``: their spans, surfaces and kinds); with
    the report's expressions it read, they are all its expressions."""
    undated = [d for d in documents if not d.published.date]
    if not undated:
        return timexes
    # The dated sentences of the story: (report, sentence text, content words, the one day it names).
    known: list[tuple[str, str, set[str], date, int]] = []
    by_doc: dict[str, list[Timex]] = {}
    for t in timexes:
        by_doc.setdefault(t.document, []).append(t)
    for d in documents:
        days: dict[int, list[Timex]] = {}
        for t in by_doc.get(d.id, ()):
            if t.type == "DATE" and t.granularity == "day" and _ISO_DAY.fullmatch(t.value or "") \
                    and names_known_day(t) and not t.rule.endswith(WEEKDAY_NOTE):
                s = d.sentence_at(t.start)
                if s is not None:
                    days.setdefault(s.start, []).append(t)
        for s in d.sentences:
            inside = days.get(s.start)
            if not inside or len({t.value for t in inside}) != 1:
                continue
            if not sole_day(s.text, inside[0].start - s.start, inside[0].end - s.start):
                continue
            words = _content_words(s.text) - set().union(*(_content_words(t.text) for t in inside))
            known.append((d.id, s.text, words, date.fromisoformat(inside[0].value), inside[0].start - s.start))
    if not known:
        return timexes
    replaced: dict[tuple[str, int, int], Timex] = {}
    for d in undated:
        if not _WEEKDAY_WORD.search(d.text):
            continue
        spans = _all_expressions(by_doc.get(d.id, ()), unread.get(d.id, ()))
        for t in _bare_weekdays(d, spans, {(o.start, o.end): o for o in by_doc.get(d.id, ())}):
            s = d.sentence_at(t.start)
            if s is None or not sole_day(s.text, t.start - s.start, t.end - s.start):
                continue  # two days (which is the happening's is not read here), or a noun's day
            if any(o.granularity == "day" and re.search(r"\d", o.text) and s.start <= o.start < s.end
                   for o in spans if (o.start, o.end) != (t.start, t.end)):
                continue  # a day written with its number beside it: the sentence's own
            words = _content_words(s.text) - _content_words(t.text)
            weekday = WEEKDAYS[_BARE_WEEKDAY.fullmatch(t.text.strip())["day"].lower()]
            read: dict[date, date] = {}
            for doc_id, text, other, day, at in known:
                if doc_id == d.id:
                    continue
                if not same_happening(s.text, words, t.start - s.start, text, other, at):
                    continue
                read.setdefault(nearest_weekday(weekday, day), day)
            if len(read) != 1:
                continue
            (value, against), = read.items()
            replaced[(d.id, t.start, t.end)] = dataclasses.replace(
                t, value=value.isoformat(), granularity="day", rule=t.rule.split(" (")[0] + WEEKDAY_NOTE,
                anchor=against.isoformat(), earliest=value.isoformat(), latest=value.isoformat())
    if not replaced:
        return timexes
    out = [replaced.pop((t.document, t.start, t.end), t) for t in timexes]
    return out + list(replaced.values())


def _all_expressions(read: Iterable[Timex], unread: Iterable[Timex]) -> list[Timex]:
    """A report's expressions, those read and those not (a span in both: the unread one, of the kind its surface
    tells), in the text's order."""
    by_span = {(t.start, t.end): t for t in read}
    by_span.update({(t.start, t.end): t for t in unread})
    return sorted(by_span.values(), key=lambda t: (t.start, t.end))
