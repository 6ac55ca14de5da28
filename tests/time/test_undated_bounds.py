"""Undated reports: month-level latest dates and copies' inherited bounds (issue 15)."""

from crosscheck.records import CopyGroup, Document, PublishedDate, Timex
from crosscheck.time import date_undated


def _doc(i, date_=None, latest=None):
    published = PublishedDate(date_, date_, date_, "metadata") if date_ else PublishedDate(latest=latest)
    return Document(f"d{i}", f"d{i}", str(i) * 64, "txt", "x", "x", published=published)


def _timex(doc, value, granularity):
    return Timex(doc, 0, 1, value, "DATE", value, granularity, None, "month and year")


def test_month_and_year_only_gives_a_month_level_bound():
    undated = _doc(1)
    out = date_undated([undated], [_timex("d1", "2026-03", "month")], [])[0].published
    assert out.date is None and out.earliest == "2026-03-01" and out.basis == "content"


def test_a_later_day_outranks_an_earlier_month():
    undated = _doc(1)
    timexes = [_timex("d1", "2026-02", "month"), _timex("d1", "2026-03-13", "day")]
    assert date_undated([undated], timexes, [])[0].published.earliest == "2026-03-13"


def test_a_later_month_outranks_an_earlier_day():
    undated = _doc(1)
    timexes = [_timex("d1", "2026-04", "month"), _timex("d1", "2026-03-13", "day")]
    assert date_undated([undated], timexes, [])[0].published.earliest == "2026-04-01"


def test_month_bound_never_passes_the_crawl_date():
    undated = _doc(1, latest="2026-02-20")
    out = date_undated([undated], [_timex("d1", "2026-03", "month")], [])[0].published
    assert out.earliest == "2026-02-20" and out.latest == "2026-02-20"


def test_undated_copy_of_a_dated_original_is_not_before_it():
    original, copy = _doc(1, "2026-03-14"), _doc(2, latest="2026-03-20")
    out = {d.id: d.published for d in date_undated([original, copy], [], [CopyGroup("g", ["d1", "d2"], "d1", 0.9)])}
    assert out["d2"] == PublishedDate(None, "2026-03-14", "2026-03-20", "copy")
    assert out["d1"].date == "2026-03-14"


def test_undated_copy_of_an_undated_original_takes_its_inferred_bound():
    original, copy = _doc(1), _doc(2)
    timexes = [_timex("d1", "2026-03-13", "day")]
    out = {d.id: d.published for d in date_undated([original, copy], timexes, [CopyGroup("g", ["d1", "d2"], "d1", 0.9)])}
    assert out["d1"].earliest == "2026-03-13" and out["d1"].basis == "content"
    assert out["d2"].earliest == "2026-03-13" and out["d2"].basis == "copy"


def test_undated_report_without_evidence_stays_undated():
    undated = _doc(1)
    assert date_undated([undated], [], [])[0].published == PublishedDate()
