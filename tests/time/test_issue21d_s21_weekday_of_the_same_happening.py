"""Issue 21d, twenty-first session: a bare weekday of a report with no day of its own ("checked into a clinic on
Friday", and nothing that anchors its week) read no day, so the date conflicts of such reports were lost ("day not
read"). It is now the weekday nearest the day another report gives the same happening (a thing done told alike), noted
as a guess that makes no key date, and a date conflict pairs the two. Invented sentences.
"""

from datetime import date

from crosscheck.records import Document, PublishedDate, Sentence, Sources
from crosscheck.time import events, resolve_times, weekdays_by_happening
from crosscheck.time.date_conflicts import date_conflicts
from crosscheck.time.direction import WEEKDAY_NOTE, day_guessed
from crosscheck.time.weekdays import nearest_weekday


def _doc(i, text, date_=None):
    published = PublishedDate(date_, date_, date_, "metadata") if date_ else PublishedDate()
    d = Document(f"d{i}", f"d{i}", str(i) * 64, "txt", "x", text, published=published)
    d.sentences, at = [], 0
    for part in text.split("\n"):
        d.sentences.append(Sentence(part, at, at + len(part)))
        at += len(part) + 1
    return d


def _read(docs):
    unread = {}
    return weekdays_by_happening(docs, resolve_times(docs, unread), unread)


def _values(timexes, doc, text):
    return [t.value for t in timexes if t.document == doc and t.text.endswith(text)]


def test_nearest_weekday_is_within_three_days():
    tuesday = date(2026, 3, 10)
    assert nearest_weekday(4, tuesday) == date(2026, 3, 13)  # Friday: three days after
    assert nearest_weekday(6, tuesday) == date(2026, 3, 8)  # Sunday: two days before
    assert nearest_weekday(1, tuesday) == tuesday


def test_weekday_of_an_undated_report_takes_the_day_of_the_same_happening():
    docs = [_doc(1, "The singer checked herself in on Tuesday, March 10, 2026."),
            _doc(2, "The folk singer Mara Vell checked into a desert clinic on Friday for an unnamed illness.")]
    timexes = _read(docs)
    assert _values(timexes, "d2", "Friday") == ["2026-03-13"]
    read = [t for t in timexes if t.document == "d2" and t.text.endswith("Friday")][0]
    assert read.rule.endswith(WEEKDAY_NOTE) and day_guessed(read)


def test_weekday_told_of_another_happening_reads_no_day():
    # the shared words are the background of another happening, after "after": no day read
    docs = [_doc(1, "The miner was killed in the tunnel collapse on 6 March 2026, the union said."),
            _doc(2, "Union members announced a new strike on Sunday after the miner was killed in the tunnel.")]
    assert _values(_read(docs), "d2", "Sunday") == []


def test_weekday_sharing_only_a_name_reads_no_day():
    docs = [_doc(1, "Mara Vell checked herself in on Tuesday, March 10, 2026."),
            _doc(2, "Mara Vell sang at the Harbour Hall on Friday to a full house.")]
    assert _values(_read(docs), "d2", "Friday") == []


def test_two_days_of_the_same_happening_read_no_weekday():
    docs = [_doc(1, "The ferry capsized off the cape on March 2, 2026, in a gale."),
            _doc(2, "Divers said the ferry capsized off the cape on March 12 in the gale."),
            _doc(3, "The old ferry capsized off the cape on Friday in a gale.")]
    assert _values(_read(docs), "d3", "Friday") == []
    assert _values(_read([docs[0], docs[2]]), "d3", "Friday") == ["2026-02-27"]  # one day: read


def test_dated_report_keeps_its_weekday():
    docs = [_doc(1, "The singer checked herself in on Tuesday, March 10, 2026."),
            _doc(2, "The folk singer checked into a desert clinic on Friday for an unnamed illness.", "2026-03-09")]
    assert _values(_read(docs), "d2", "Friday") == ["2026-03-06"]


def test_weekday_read_so_is_a_date_conflict_with_the_other_day():
    docs = [_doc(1, "The singer Mara Vell checked herself in on Tuesday, March 10, 2026."),
            _doc(2, "The folk singer Mara Vell checked into a desert clinic on Friday for an unnamed illness.")]
    timexes = _read(docs)
    cands = events.candidates(docs, timexes, [])
    found = date_conflicts(cands, Sources())
    assert [(f.items[0].text, f.items[1].text) for f in found] == [("2026-03-10", "2026-03-13")]


def test_same_weekday_on_both_sides_is_no_conflict():
    docs = [_doc(1, "The singer Mara Vell checked herself in on Tuesday, March 10, 2026."),
            _doc(2, "The folk singer Mara Vell checked into a desert clinic on Tuesday for an unnamed illness.")]
    timexes = _read(docs)
    assert _values(timexes, "d2", "Tuesday") == ["2026-03-10"]
    assert date_conflicts(events.candidates(docs, timexes, []), Sources()) == []


def test_day_of_another_happening_in_a_sentence_of_two_days_reads_no_weekday():
    # the dated sentence tells the sentencing on a weekday and the crimes on their day: the crimes' day is not the
    # sentencing's; nor does a day written into a noun ("the June 3, 2025, blaze") date what was done
    docs = [_doc(1, "The arsonist was sentenced Saturday morning for the fires he set on June 3, 2025, in the hills."),
            _doc(2, "A judge sentenced the arsonist to life for the June 3, 2025, blaze that gutted the hill farms."),
            _doc(3, "The arsonist who set the hill fires was sentenced on Saturday to life in prison.")]
    timexes = _read(docs)
    assert _values(timexes, "d3", "Saturday") == []
    assert date_conflicts(events.candidates(docs, timexes, []), Sources()) == []
