"""Issue 20, eighteenth session: a story none of whose reports is dated (a set's bare texts) still writes its year in one
report ("Saturday March 14 2026"); the year-less days of the others ("the March 7 blast", "on 9 March") take that year
(read on dev stories: such days were read by no report, and with them went the story's key dates and date conflicts).
The written day is no publication day: a year-less day takes the year that puts it nearest, so "Dec. 30" read by a
story that writes "January 3 2027" is of 2026; and only a day within two weeks of it takes its year (the written day is
often an aside, a birth date or an old case). Invented sentences.
"""

from crosscheck.records import Document, PublishedDate
from crosscheck.time import resolve_times


def _doc(i, text, date_=None):
    published = PublishedDate(date_, date_, date_, "metadata") if date_ else PublishedDate()
    return Document(f"d{i}", f"d{i}", str(i) * 64, "txt", "x", text, published=published)


def _values(timexes, doc, text):
    return [t.value for t in timexes if t.document == doc and t.text == text]


def test_year_less_day_of_an_undated_story_takes_the_year_another_report_writes():
    docs = [_doc(1, "Crowds marched again on Saturday March 14 2026 in the port city."),
            _doc(2, "The March 7 blast at the grain depot killed two workers."),
            _doc(3, "Police said the depot blast of 7 March was no accident.")]
    timexes = resolve_times(docs)
    assert _values(timexes, "d2", "March 7") == ["2026-03-07"]
    assert _values(timexes, "d3", "7 March") == ["2026-03-07"]


def test_year_less_day_takes_the_nearest_year_of_the_written_day():
    docs = [_doc(1, "The ferry was towed back to port on January 3 2027 after the storm."),
            _doc(2, "The ferry lost power on Dec. 30 off the northern cape.")]
    assert _values(resolve_times(docs), "d2", "Dec. 30") == ["2026-12-30"]


def test_year_less_day_far_from_the_written_day_reads_no_year():
    # the day written with its year is an aside (a birth date): a day months from it is of another year
    docs = [_doc(1, "The singer, born April 22, 1931, began on the radio."),
            _doc(2, "She suffered a stroke on Dec. 2 and died in hospital.")]
    assert _values(resolve_times(docs), "d2", "Dec. 2") == []


def test_undated_story_that_writes_no_year_reads_no_year_less_day():
    docs = [_doc(1, "The March 7 blast at the grain depot killed two workers."),
            _doc(2, "Police said the depot blast of 7 March was no accident.")]
    assert _values(resolve_times(docs), "d1", "March 7") == []


def test_dated_story_still_reads_year_less_days_before_its_latest_report():
    # a story with a dated report keeps the most recent year not after that report (the day is its publication day)
    docs = [_doc(1, "Crowds marched again in the port city on Friday.", "2027-01-03"),
            _doc(2, "The ferry lost power on Dec. 30 off the northern cape.")]
    assert _values(resolve_times(docs), "d2", "Dec. 30") == ["2026-12-30"]


def test_guessed_year_is_noted_and_makes_no_key_date():
    from crosscheck.brief import select
    from crosscheck.records import Event, Sentence
    from crosscheck.time import key_dates
    from crosscheck.time.direction import year_guessed

    texts = ["Crowds marched again on Saturday March 14 2026 in the port city.",
             "The March 7 blast at the grain depot killed two workers, the fire chief said.",
             "Rescuers searched the ruins of the depot after the March 7 blast for a second night."]
    docs = [_doc(i, t) for i, t in enumerate(texts)]
    for d in docs:
        d.sentences = [Sentence(d.text, 0, len(d.text))]
    timexes = resolve_times(docs)
    guessed = [t for t in timexes if year_guessed(t)]
    assert sorted(t.value for t in guessed) == ["2026-03-07", "2026-03-07"]
    assert not any(year_guessed(t) for t in timexes if t.text.endswith("2026"))
    events = [Event("e1", "2026-03-07", "blast", ["d1", "d2"], 2)]
    assert key_dates(docs, timexes, events, select) == []
