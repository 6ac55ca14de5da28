"""Time expressions resolved against a publication date (Saturday 14 March 2026)."""

from datetime import date

import pytest

from crosscheck.records import CopyGroup, Document, PublishedDate, Sources
from crosscheck.time import build_timeline, date_undated, find_timexes, normalise, resolve_times

SAT = date(2026, 3, 14)


@pytest.mark.parametrize("text,value,granularity", [
    ("on Friday", "2026-03-13", "day"),
    ("Saturday", "2026-03-14", "day"),
    ("last Saturday", "2026-03-07", "day"),
    ("last month", "2026-02", "month"),
    ("this year", "2026", "year"),
    ("last year", "2025", "year"),
    ("in March", "2026-03", "month"),
    ("in April", "2025-04", "month"),  # a bare month is the most recent one not after publication
    ("Jan 12", "2026-01-12", "day"),
    ("the week ending March 3", "2026-W09", "week"),
    ("a year earlier", "2025", "year"),
    ("the past four months", "P4M", "month"),
    ("in 2009 and 2010", "2009", "year"),
    ("by October 2012", "2012-10", "month"),
    ("yesterday", "2026-03-13", "day"),
    ("two days ago", "2026-03-12", "day"),
    ("last week", "2026-W10", "week"),
    ("this summer", "2026-SU", "season"),
    ("the 1990s", "199", "decade"),
    ("March 5, 2021", "2021-03-05", "day"),
    ("5 March 2021", "2021-03-05", "day"),
    ("late on Friday", "2026-03-13", "day"),
    ("now", "PRESENT_REF", ""),
    ("several days", "PXD", "day"),
    ("four-week", "P4W", "week"),
])
def test_normalise(text, value, granularity):
    v = normalise(text, SAT)
    assert (v.value, v.granularity) == (value, granularity)


def test_future_text_looks_forward():
    assert normalise("in April", SAT, future=True).value == "2026-04"
    assert normalise("on Friday", SAT, future=True).value == "2026-03-20"
    assert normalise("on Saturday", SAT, future=True).value == "2026-03-14"


def test_counts_are_not_years():
    from crosscheck.nlp import load_pipeline

    text = "The plant hired 2,000 workers in 2019 and 1999 soldiers were sent."
    found = find_timexes(text, SAT, load_pipeline()(text))
    assert [t.text for t in found] == ["2019"]


def _doc(i, text, date_=None, latest=None):
    from crosscheck.clean import sentences_from_parse
    from crosscheck.nlp import load_pipeline

    published = PublishedDate(date_, date_, date_, "metadata") if date_ else PublishedDate(latest=latest)
    d = Document(f"d{i}", f"d{i}", str(i) * 64, "txt", text, text, published=published)
    d.sentences = sentences_from_parse(text, load_pipeline()(text))
    return d


def test_undated_report_gets_interval_from_content_and_copy_gets_date():
    dated = _doc(1, "The storm hit the port on Friday, officials said.", "2026-03-14")
    undated = _doc(2, "The storm that hit on March 13, 2026 closed the port. Ships waited on March 10, 2026.")
    copy = _doc(3, "The storm hit the port on Friday, officials said.")
    timexes = resolve_times([dated, undated, copy])
    group = CopyGroup("g", ["d1", "d3"], "d1", 1.0)
    out = {d.id: d.published for d in date_undated([dated, undated, copy], timexes, [group])}
    assert out["d2"].date is None and out["d2"].earliest == "2026-03-13" and out["d2"].basis == "content"
    # A reprint is never earlier than its original: the original's day is its lower bound.
    assert out["d3"].date is None and out["d3"].earliest == "2026-03-14" and out["d3"].basis == "copy"
    assert out["d1"].basis == "metadata"


def test_timeline_merges_and_finds_date_conflicts():
    a = _doc(1, "A storm surge flooded the port of Hodeidah on Friday, killing 14 people.", "2026-03-14")
    b = _doc(2, "The storm surge flooded the port of Hodeidah on Thursday, officials said.", "2026-03-14")
    c = _doc(3, "A storm surge flooded the port of Hodeidah on Friday and killed 14 people.", "2026-03-14")
    docs = [a, b, c]
    events, conflicts = build_timeline(docs, resolve_times(docs), [], Sources())
    friday = [e for e in events if e.date == "2026-03-13"]
    assert friday and sorted(friday[0].documents) == ["d1", "d3"] and friday[0].independent_sources == 2
    assert len(conflicts) == 1 and conflicts[0].kind == "date"
    assert {i.text for i in conflicts[0].items} == {"2026-03-12", "2026-03-13"}
    # The same two reports as copies of each other are one source: no conflict within a source.
    _, none = build_timeline([a, b], resolve_times([a, b]), [], Sources([CopyGroup("g", ["d1", "d2"], "d1", 0.9)]))
    assert none == []


@pytest.mark.parametrize("text,value", [
    ("later today", "2026-03-14"),
    ("earlier this morning", "2026-03-14"),
    ("October 29 last year", "2025-10-29"),
    ("3 March next year", "2027-03-03"),
    ("Christmas", "2025-12-25"),  # the most recent one before a March publication
    ("Christmas Day 2004", "2004-12-25"),
    ("New Year's Eve", "2025-12-31"),
])
def test_normalise_days_found_in_timeline17(text, value):
    assert normalise(text, SAT).value == value


def test_a_date_range_is_two_expressions():
    from crosscheck.nlp import load_pipeline

    text = "The survey ran between November 15 and January 3 across 21 nations."
    found = find_timexes(text, SAT, load_pipeline()(text))
    assert [(t.text, t.value) for t in found] == [("November 15", "2025-11-15"), ("January 3", "2026-01-03")]


def test_a_span_without_two_dates_is_not_split():
    from crosscheck.time.timex import _split_range

    text = "for the sixth and fifth centuries"
    assert _split_range(text, (4, len(text), "DATE")) == [(4, len(text), "DATE")]
