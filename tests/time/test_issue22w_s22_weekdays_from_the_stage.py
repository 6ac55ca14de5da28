"""Issue 22w, twenty-second session (the review of the twenty-first): ``weekdays_by_happening`` parsed the undated
reports again and found their time expressions a second time, against a stand-in day, although the time stage had
just found them. The stage now keeps what it could not read for want of a day (``resolve_times``' ``unread``) and hands
it in; a report's sentence is looked up by a binary search (``Document.sentence_at``), shared with the quotes stage.
Invented sentences.
"""

from crosscheck import nlp, time as time_stage
from crosscheck.quotes.found import _sentence_of
from crosscheck.records import Document, PublishedDate, Sentence
from crosscheck.time import find_timexes, resolve_times, weekdays_by_happening


def _doc(i, text, date_=None):
    published = PublishedDate(date_, date_, date_, "metadata") if date_ else PublishedDate()
    d = Document(f"d{i}", f"d{i}", str(i) * 64, "txt", "x", text, published=published)
    d.sentences, at = [], 0
    for part in text.split("\n"):
        d.sentences.append(Sentence(part, at, at + len(part)))
        at += len(part) + 2  # (a gap between sentences: no sentence holds it)
    return d


def test_undated_report_keeps_the_expressions_it_could_not_read():
    unread = []
    text = "The ferry sank on Friday near the Tollan reef, three days after the storm of March 3, 2026."
    doc = nlp.parse([_doc(1, text)])["d1"]
    read = find_timexes(text, None, doc, "d1", unread)
    assert "March 3, 2026" in [t.text for t in read] and not any(t.text.endswith("Friday") for t in read)
    friday = [t for t in unread if t.text.endswith("Friday")]
    assert len(friday) == 1 and friday[0].type == "DATE" and friday[0].granularity == "day"
    assert friday[0].value == "" and friday[0].anchor is None  # no day is read for it
    # with an anchor, nothing is left unread
    later = []
    find_timexes(text, time_stage._day("2026-03-07"), doc, "d1", later)
    assert later == []


def test_weekday_read_with_no_second_parse_or_search(monkeypatch):
    docs = [_doc(1, "The singer checked herself in on Tuesday, March 10, 2026."),
            _doc(2, "The folk singer Mara Vell checked into a desert clinic on Friday for an unnamed illness.")]
    unread = {}
    timexes = resolve_times(docs, unread)

    def no_more(*args, **kwargs):
        raise AssertionError("the undated reports were read a second time")

    monkeypatch.setattr(nlp, "parse", no_more)
    monkeypatch.setattr(time_stage, "find_timexes", no_more)
    out = weekdays_by_happening(docs, timexes, unread)
    assert [t.value for t in out if t.document == "d2" and t.text.endswith("Friday")] == ["2026-03-13"]


def test_sentence_at_finds_the_sentence_holding_an_offset_and_none_between():
    d = _doc(1, "First one here.\nSecond one.\nThird.")
    starts = [s.start for s in d.sentences]
    assert d.sentence_at(0) is d.sentences[0]
    assert d.sentence_at(starts[1] + 3) is d.sentences[1]
    assert d.sentence_at(starts[2]) is d.sentences[2]
    assert d.sentence_at(d.sentences[0].end) is None  # the gap after the first sentence
    assert d.sentence_at(10_000) is None and d.sentence_at(-1) is None
    assert _sentence_of(d, starts[1] + 1) == (d.sentences[1].start, d.sentences[1].end)
    assert _sentence_of(d, d.sentences[0].end) == (d.sentences[0].end, d.sentences[0].end)
