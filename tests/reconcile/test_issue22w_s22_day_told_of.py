"""Issue 22w, twenty-second session (branch issue-22w-s22): the days-apart wall of conflicts.

Read on main's conflict misses traced "days apart": two reports published on different days told a figure of the same
day, one of them naming it (a count the monitors "said Monday", in Tuesday's report, against Monday's own count), or
of the same past year (a past disaster's toll told "in 1998" in two reports days apart). A figure is now told of the day its sentence names (``moments.told_day``), its report's day otherwise.
The sentences below are made up for the tests."""

import re
from datetime import date

from crosscheck.claims import extract_claims
from crosscheck.records import Document, Sentence, Sources
from crosscheck.reconcile import reconcile_claims, story_aliases
from crosscheck.reconcile.moments import _told_day

TWO_OUTLETS = Sources(documents=[("a", "one.example"), ("b", "two.example")])


def _doc(doc_id: str, text: str) -> Document:
    sentences = [Sentence(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.]", text)]
    sentences = [Sentence(s.text.lstrip(), s.start + len(s.text) - len(s.text.lstrip()), s.end) for s in sentences]
    return Document(doc_id, doc_id, doc_id, "txt", text, text, sentences)


def _conflicts(text_a: str, text_b: str, day_a: str, day_b: str):
    a, b = _doc("a", text_a), _doc("b", text_b)
    claims = extract_claims([a, b])
    return reconcile_claims(claims, TWO_OUTLETS, published={"a": day_a, "b": day_b}, entities=[],
                            aliases=story_aliases([], [a, b]))[1]


def _day(sentence: str, published: str) -> str | None:
    told = _told_day(sentence, published)
    return None if told is None else date.fromordinal(told).isoformat()


def test_the_day_a_figure_is_told_of():
    tuesday = "2026-03-10"
    assert _day("Monitors said Monday that 233 people had been killed.", tuesday) == "2026-03-09"
    assert _day("Monitors said 223 people had been killed.", tuesday) == tuesday
    assert _day("Monitors said yesterday that 233 people had been killed.", tuesday) == "2026-03-09"
    assert _day("Monitors told reporters on Sunday that 233 people had been killed.", tuesday) == "2026-03-08"
    assert _day("The clinic treated 40 people on Tuesday.", tuesday) == tuesday  # the report's own weekday
    # the day of the happening is not the day its count was known: a later count of the same day
    assert _day("Rioting after Monday's match left at least 32 people dead.", tuesday) == tuesday
    assert _day("At least 32 people were killed yesterday, monitors said.", tuesday) == tuesday
    # two days named, or what is to come: the report's day
    assert _day("Ten were hurt on Sunday and three more on Monday.", tuesday) == tuesday
    assert _day("The court will hear 12 witnesses on Friday.", tuesday) == tuesday
    # a past year's happening: no day of the report's; a window from a past year is a count of today
    assert _day("In 2004 a flood killed 900 people in nine provinces.", tuesday) is None
    assert _day("The toll of 31 is the highest since 2004.", tuesday) == tuesday
    assert _day("Monitors said Monday that 233 people had been killed.", "") is None


MONDAY_COUNT = "A doctor at the main hospital said 50 people were killed in the clashes in Tarnia."


def test_a_count_said_on_the_day_of_the_other_report_conflicts():
    conflicts = _conflicts(MONDAY_COUNT, "A doctor at the main hospital said Monday that 25 people were killed in the "
                           "clashes in Tarnia.", "2026-03-09", "2026-03-10")
    assert [sorted(i.text for i in f.items) for f in conflicts] == [["25", "50"]]


def test_a_count_of_the_next_day_is_no_conflict():
    # no day named: Tuesday's count is told of Tuesday, a day after Monday's (an update, not a disagreement)
    assert _conflicts(MONDAY_COUNT, "A doctor at the main hospital said that 25 people were killed in the clashes in "
                      "Tarnia.", "2026-03-09", "2026-03-10") == []
    # nor is a count said on the Sunday before
    assert _conflicts(MONDAY_COUNT, "A doctor at the main hospital said Sunday that 25 people were killed in the "
                      "clashes in Tarnia.", "2026-03-09", "2026-03-10") == []


def test_a_count_of_the_day_before_told_the_next_day_is_no_conflict():
    # Tuesday's report counts Monday's dead: later than Monday's own count (an update), not a disagreement with it
    assert _conflicts(MONDAY_COUNT, "A doctor at the main hospital said 25 people were killed in the clashes in Tarnia "
                      "on Monday.", "2026-03-09", "2026-03-10") == []


def test_figures_of_one_past_year_told_days_apart_conflict():
    conflicts = _conflicts("A cyclone off Varna killed 4,100 people in 1998.", "In 1998, a cyclone off Varna killed "
                           "2,100 people.", "2026-03-09", "2026-03-12")
    assert [sorted(i.text for i in f.items) for f in conflicts] == [["2,100", "4,100"]]
    # one of 1998, one of no year named: two moments
    assert _conflicts("A cyclone off Varna killed 4,100 people.", "In 1998, a cyclone off Varna killed 2,100 people.",
                      "2026-03-09", "2026-03-12") == []
