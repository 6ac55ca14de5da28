"""crosscheck.time.summarize_timeline: the most reported days, each with cited sentences."""

from __future__ import annotations

from datetime import date

from crosscheck.brief import select
from crosscheck.records import Document, PublishedDate, Sentence, Timex
from crosscheck.time import DatedEntry, sentence_days, summarize_timeline


def _doc(doc_id: str, published: str | None, sentences: list[str], days: list[list[str]]):
    """A document of the given sentences and the day-level expressions each names."""
    text, spans, timexes = "", [], []
    for s, named in zip(sentences, days):
        start = len(text)
        spans.append(Sentence(s, start, start + len(s)))
        for day in named:
            timexes.append(Timex(doc_id, start, start + 5, s[:5], "DATE", day, "day"))
        text += s + " "
    p = PublishedDate(published, published, published, "metadata") if published else PublishedDate()
    return Document(doc_id, f"in/{doc_id}.txt", "", "txt", text, text, spans, published=p), timexes


def _story():
    docs, timexes = [], []
    for doc_id, published, sentences, days in [
        ("a", "2024-03-12", ["The dam at Kessel burst on March 10, flooding the lower valley towns.",
                             "Rescue teams from three provinces searched the flooded valley for survivors."],
         [["2024-03-10"], []]),
        ("b", "2024-03-12", ["Engineers said the Kessel dam burst on March 10 after days of heavy rain.",
                             "Officials ordered the evacuation of two more villages on March 11."],
         [["2024-03-10"], ["2024-03-11"]]),
        ("c", "2024-03-13", ["The Kessel dam collapse of March 10 left thousands of people homeless.",
                             "The regional governor visited the shelters in the valley town of Orno."],
         [["2024-03-10"], []]),
        ("d", "2024-03-20", ["An inquiry into the dam failure will open on April 2, the ministry said."],
         [["2024-04-02"]]),
    ]:
        d, t = _doc(doc_id, published, sentences, days)
        docs.append(d)
        timexes.extend(t)
    return docs, timexes


def test_picks_the_most_mentioned_dates_first():
    docs, timexes = _story()
    entries = summarize_timeline(docs, timexes, select, n_dates=2, n_sentences=1)
    # 10 March: named by three reports (score 3). 11 March and 2 April: named by one (1.0);
    # 12 March: two reports published on it (2 x 0.5 = 1.0). Ties go to the day more sentences
    # name (12 March: none), then to the earlier day: 11 March before 2 April.
    assert [e.date for e in entries] == ["2024-03-10", "2024-03-11"]
    assert all(isinstance(e, DatedEntry) and len(e.sentences) == 1 for e in entries)
    assert "March 10" in entries[0].sentences[0]
    ranked = [e.date for e in summarize_timeline(docs, timexes, select, n_dates=4)]
    assert ranked == ["2024-03-10", "2024-03-11", "2024-04-02", "2024-03-12"]


def test_cites_the_documents_its_sentences_come_from():
    docs, timexes = _story()
    entries = summarize_timeline(docs, timexes, select, n_dates=10, n_sentences=2)
    texts = {d.id: [s.text for s in d.sentences] for d in docs}
    for e in entries:
        assert 1 <= len(e.sentences) <= 2 and e.documents
        for s in e.sentences:  # every sentence is held by a cited report, word for word
            assert any(s in texts[i] for i in e.documents)
        for i in e.documents:  # every cited report holds one of the sentences
            assert any(s in texts[i] for s in e.sentences)
    by_date = {e.date: e for e in entries}
    assert by_date["2024-04-02"].documents == ["d"]
    assert set(by_date["2024-03-10"].documents) <= {"a", "b", "c"}


def test_window_keeps_reports_published_in_it_and_days_in_it():
    docs, timexes = _story()
    entries = summarize_timeline(docs, timexes, select, n_dates=10, n_sentences=1,
                                 start=date(2024, 3, 12), end=date(2024, 3, 13))
    # Report d (published 20 March) is out; 10 and 11 March lie before the window.
    assert {e.date for e in entries} <= {"2024-03-12", "2024-03-13"}
    assert all("d" not in e.documents for e in entries)


def test_empty_in_empty_out():
    assert summarize_timeline([], [], select) == []
    docs, timexes = _story()
    assert summarize_timeline(docs, timexes, select, n_dates=0) == []
    undated, _ = _doc("u", None, ["Nothing in this report names a day at all, nor was it dated."], [[]])
    assert summarize_timeline([undated], [], select) == []


def test_sentence_days_reads_day_level_dates_only():
    d, timexes = _doc("x", "2024-03-12", ["It began on March 10.", "By March it had spread."],
                      [["2024-03-10"], []])
    timexes.append(Timex("x", 25, 30, "March", "DATE", "2024-03", "month"))
    timexes.append(Timex("other", 0, 5, "It be", "DATE", "2024-01-01", "day"))
    assert sentence_days(d, timexes) == [[date(2024, 3, 10)], []]


def test_key_dates_read_one_report_per_source_and_cite_the_copies():
    from crosscheck.records import CopyGroup, CopyMember, Event, Sources
    from crosscheck.time import key_dates

    docs, timexes = _story()
    # A day told as past (a forecast's day, "will open on April 2", is never key: issue 20).
    docs[3], _ = _doc("d", "2024-03-20", ["An inquiry into the dam failure opened on April 2, the ministry said."],
                      [["2024-04-02"]])
    # Three reprints of d's report: as four reports, 2 April would outrank 11 March (named once).
    for n in range(3):
        # Published after the day they name: as four sources the day is told, not forecast (issue 20).
        copy, t = _doc(f"d{n}", "2024-04-03", [docs[3].sentences[0].text], [["2024-04-02"]])
        docs.append(copy)
        timexes.extend(t)
    events = [Event("e1", "2024-03-10", "dam burst", ["a"], 1), Event("e2", "2024-03-11", "evacuation", ["b"], 1)]
    flooded = key_dates(docs, timexes, events, select, at_most=10)
    assert "2024-04-02" in [e.date for e in flooded]  # counted four times without copy groups
    group = CopyGroup("g", ["d", "d0", "d1", "d2"], "d", 1.0, [CopyMember(f"d{n}", 1.0, 1.0) for n in range(3)])
    entries = key_dates(docs, timexes, events, select, at_most=10, sources=Sources([group]))
    # Two timeline dates, copies not counted. 11 March is named by one source only (b): a report's day
    # before is no longer support for a day it does not name (issue 20); nor is 12 March key, the day
    # a and b were published: their leads tell of 10 March, not of their own day (issue 20, "time":
    # a sentence with no date stood for a report's publication day).
    assert [e.date for e in entries] == ["2024-03-10"]
    entries = key_dates(docs, timexes, events + [Event("e3", "2024-04-02", "inquiry", ["d"], 1)], select,
                        sources=Sources([group]))
    # One source (a report and its reprints) is not enough to make a day key (issue 20).
    assert "2024-04-02" not in [e.date for e in entries]
    flooded = key_dates(docs, timexes, events + [Event("e3", "2024-04-02", "inquiry", ["d"], 1)], select)
    inquiry = next(e for e in flooded if e.date == "2024-04-02")
    assert inquiry.documents == ["d", "d0", "d1", "d2"]  # the sentence's every holder is cited, copies too


def test_no_sentence_stands_for_two_key_dates():
    from crosscheck.records import Event
    from crosscheck.time import key_dates

    # Undated lead sentences count for their publication day and the day before, so the
    # evaluated system gives 14 and 15 May the same first sentence; key dates do not.
    docs, timexes = [], []
    for doc_id, sentences, days in [
        ("r0", ["Crews cleared debris from the harbour road in Brill on Tuesday, the mayor said.",
                "The port of Brill reopened to fishing boats after the storm, officials said."], [["2024-05-14"], []]),
        ("r1", ["Crews cleared debris from the harbour road in Brill, the port authority said.",
                "Fishing boats returned to the port of Brill after the storm passed."], [[], []]),
        ("r2", ["The harbour road in Brill was cleared of debris by crews overnight.",
                "Brill's fishing port reopened to boats after the storm, officials said."], [[], []]),
    ]:
        d, t = _doc(doc_id, "2024-05-15", sentences, days)
        docs.append(d)
        timexes.extend(t)
    plain = summarize_timeline(docs, timexes, select, n_dates=2, n_sentences=1)
    assert len({e.sentences[0] for e in plain}) == 1  # the repeat this rule is for
    events = [Event("e1", "2024-05-14", "debris", ["r0"], 1), Event("e2", "2024-05-15", "reopened", ["r1"], 1)]
    # 14 May is named by r0 alone: a key date needs two sources, and a report's day before no longer
    # counts for a day it does not name (issue 20); a second report naming Tuesday makes it key.
    second = docs[1].sentences[1]  # (in its second sentence: a lead naming Tuesday would tell of Tuesday)
    timexes.append(Timex("r1", second.start, second.start + 5, second.text[:5], "DATE", "2024-05-14", "day"))
    entries = key_dates(docs, timexes, events, select)
    assert [e.date for e in entries] == ["2024-05-14", "2024-05-15"]
    assert len({e.sentences[0] for e in entries}) == 2
    assert entries[1].sentences == plain[0].sentences  # the more reported day (15 May) keeps its best


def test_report_published_the_day_after_does_not_make_its_own_day_key():
    from crosscheck.records import Event
    from crosscheck.time import key_dates

    # ecb+ 12: reports published on 12 November lead with "on Thursday" (10 November) and carry a date
    # line; a body sentence with no date stood for 12 November as a key date.
    docs, timexes = [], []
    for doc_id, published, sentences, days in [
        ("a", "2011-11-11", ["An Indian warship on Thursday foiled a pirate attack in the Gulf of Aden.",
                             "The navy seized rifles and ammunition from three boats, an official said."],
         [["2011-11-10"], []]),
        ("b", "2011-11-12", ["Sat Nov 12 2011, 01:19 hrs", "Warship INS Sukanya on Thursday foiled a piracy attempt.",
                             "The ship was escorting five merchant vessels through the transit corridor."],
         [["2011-11-12"], ["2011-11-10"], []]),
        ("c", "2011-11-12", ["An Indian warship on Thursday intercepted three boats with 26 Somali pirates.",
                             "INS Sukanya detected five suspicious boats approaching the merchant vessels."],
         [["2011-11-10"], []]),
    ]:
        d, t = _doc(doc_id, published, sentences, days)
        docs.append(d)
        timexes.extend(t)
    events = [Event("e1", "2011-11-10", "attack", ["a"], 1), Event("e2", "2011-11-12", "report", ["b"], 1)]
    assert [e.date for e in key_dates(docs, timexes, events, select)] == ["2011-11-10"]



def test_a_day_named_only_in_quotes_is_not_a_key_date():
    from crosscheck.records import Event
    from crosscheck.time import key_dates

    # ecb+ 32: "She came up for the weekend on Friday." (a friend's aside, in two reports) became a key date.
    docs, timexes = [], []
    for doc_id in ("a", "b"):
        d, t = _doc(doc_id, "2013-06-10", [
            "The bodies of a mother and her daughter were found at their house in Millom on Saturday.",
            "\"She came up for the weekend on Friday and was so looking forward to it.\""],
            [["2013-06-08"], ["2013-06-07"]])
        docs.append(d)
        timexes.extend(t)
    events = [Event("e1", "2013-06-08", "found", ["a"], 1), Event("e2", "2013-06-07", "came", ["a"], 1)]
    assert "2013-06-07" not in [e.date for e in key_dates(docs, timexes, events, select)]


def test_announcement_of_a_deal_still_to_close_is_a_key_date():
    from crosscheck.records import Event
    from crosscheck.time import key_dates

    # ecb+ 43: every sentence naming the announcement day also said what "will" follow ("today announced
    # ... of which $281 million will be paid in cash"), so the day of the announcement was not key.
    docs, timexes = [], []
    for doc_id, published, sentence in [
        ("a", "2024-05-09", "Norvex on Wednesday announced it will acquire the chip maker Lumo for $300 million."),
        ("b", "2024-05-09", "Norvex said on Wednesday it will buy Lumo, a maker of low-power chips, for $300 million."),
        ("c", "2024-05-09", "Norvex announced on Wednesday a deal under which Lumo will join its server unit."),
    ]:
        d, t = _doc(doc_id, published, [sentence, "Lumo employs about 200 engineers in two countries."],
                    [["2024-05-08"], []])
        docs.append(d)
        timexes.extend(t)
    events = [Event("e1", "2024-05-08", "deal", ["a"], 1)]
    assert [e.date for e in key_dates(docs, timexes, events, select)] == ["2024-05-08"]


def test_forecast_said_by_officials_is_still_not_a_key_date():
    from crosscheck.time.summary import _not_happened

    assert _not_happened("Officials said the slick was expected to wash ashore on Friday.")
    assert _not_happened("Ministers are to meet on Thursday, the spokesman said.")
    assert not _not_happened("The company said on Wednesday it will cut 500 jobs.")
    assert not _not_happened("The queen will host the president in July, the palace confirmed Thursday.")
    assert _not_happened("The summit will open on May 4, which the president is expected to attend.")


def test_early_day_the_coverage_centres_on_is_a_key_date_but_not_a_sidebars_day():
    from crosscheck.records import Event
    from crosscheck.time import key_dates

    # Timeline17 bpoil, June reports: most outlets go back to the April 20 blast; one sidebar names a 2001 day.
    docs, timexes = [], []
    for i, published in enumerate(["2024-06-15", "2024-06-16", "2024-06-16", "2024-06-17"]):
        sentences = [f"The fund for the spill was agreed at the meeting of ministers number {i} on Wednesday.",
                     "The leak began when the platform exploded on April 20, killing eleven workers on board."]
        days = [["2024-06-16"], ["2024-04-20"]]
        if i == 0:
            sentences.append("The fund is modelled on the one set up after the attacks of September 11, 2001.")
            days.append(["2001-09-11"])
        d, t = _doc(f"r{i}", published, sentences, days)
        d.source = f"outlet{i}"
        docs.append(d)
        timexes.extend(t)
    events = [Event("e1", "2024-06-16", "fund", ["r0"], 1), Event("e2", "2024-04-20", "blast", ["r1"], 1),
              Event("e3", "2001-09-11", "attacks", ["r0"], 1)]
    days = [e.date for e in key_dates(docs, timexes, events, select)]
    assert "2024-04-20" in days and "2001-09-11" not in days


def test_clock_time_alone_does_not_make_the_reports_day_key():
    from crosscheck.records import Event
    from crosscheck.time import key_dates

    # ECB+ 16: "Ortiz followed Orozco to an apartment ... at about 3:30 p.m." (the 2005 killing, in a 2007
    # report) was read as the report's own day, and stood for it as a key date with another report's.
    docs, timexes = [], []
    for doc_id in ("a", "b"):
        d, t = _doc(doc_id, "2024-06-04", [
            "A jury on Monday sentenced the man who shot a deputy outside a house on Elm Street.",
            "The deputy followed the man to a house on Elm Street at about 3:30 p.m. that day."],
            [["2024-06-03"], []])
        t.append(Timex(doc_id, d.sentences[1].start + 55, d.sentences[1].start + 67, "about 3:30", "TIME",
                       "2024-06-04T15:30", "minute", "2024-06-04", "clock time, the report's own day"))
        d.source = f"outlet-{doc_id}"
        docs.append(d)
        timexes.extend(t)
    events = [Event("e1", "2024-06-03", "sentenced", ["a"], 1), Event("e2", "2024-06-04", "followed", ["a"], 1)]
    assert [e.date for e in key_dates(docs, timexes, events, select)] == ["2024-06-03"]
    # a clock time with its own date ("at 9:45 p.m. on April 20") still names the day
    for t in timexes:
        if t.type == "TIME":
            t.rule = "full date and time"
    assert [e.date for e in key_dates(docs, timexes, events, select)] == ["2024-06-03", "2024-06-04"]
