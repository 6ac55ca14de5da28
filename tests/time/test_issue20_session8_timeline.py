"""Issue 20, eighth session: timeline events a reader can read alone, background apart, key dates of the main day.

A reader of the story report found timeline events that do not stand alone ("Today, it finally got it.", a sentence
opening on "But" or a pronoun whose subject is in the sentence before), events about years before the story listed
among its happenings, and stories whose main day was no key date because each report named it once. Shapes as seen,
words invented.
"""

from __future__ import annotations

from crosscheck.brief import select
from crosscheck.furniture import stands_alone
from crosscheck.records import DatedEntry, Event, PublishedDate, Sources, Timex
from crosscheck.time import key_dates
from crosscheck.time.events import SentenceReading, timeline
from crosscheck.time.summary import _key_sentence
from tests.time.test_summary import _doc


def _timeline(reports):
    """Events of reports given as (id, published, [sentences], [[days named] per sentence]); every sentence read as
    having a verb (no parse)."""
    docs, timexes = [], []
    for doc_id, published, sentences, days in reports:
        d, t = _doc(doc_id, published, sentences, days)
        docs.append(d)
        timexes.extend(t)
    readings = {d.id: SentenceReading(d.id, []) for d in docs}
    events, _, _ = timeline(docs, timexes, [], Sources(documents=docs), readings, agreements=False)
    return events


def test_today_it_finally_got_it_is_no_timeline_event():
    events = _timeline([("a", "2026-06-11", ["Today, it finally got it.",
                                             "Apple unveiled a new harbour-class laptop at its Kessel event today."],
                         [["2026-06-11"], ["2026-06-11"]])])
    assert [e.text for e in events] == ["Apple unveiled a new harbour-class laptop at its Kessel event today."]


def test_an_event_is_told_by_its_sentence_that_stands_alone():
    # Two reports tell one happening; the one whose sentence opens on "But" does not lead the event.
    events = _timeline([("a", "2026-03-12", ["But the Kessel dam burst on Sunday, flooding the valley towns of Orno."],
                         [["2026-03-08"]]),
                        ("b", "2026-03-12", ["The Kessel dam burst on Sunday, flooding the valley towns of Orno, engineers said."],
                         [["2026-03-08"]])])
    assert len(events) == 1 and events[0].text.startswith("The Kessel dam burst")
    assert events[0].documents == ["a", "b"]


def test_sentences_that_point_back_do_not_stand_alone():
    for text in ["But King never said a word about whether the teenager was carrying a gun.",
                 "This isn't the revolutionary laptop the rumour mill suggested.",
                 "All of them are shipping today from the Kessel factory.",
                 "At that point, the director indicated that he may have gone from ally to enemy.",
                 "More than two months later, on March 30, the director wrote that the mayor had called him.",
                 "Today, it finally got it."]:
        assert not stands_alone(text), text
    for text in ["So far, 20 people have died in the floods in Orno.", "This year's festival drew 30,000 visitors.",
                 "Then-President Keller signed the decree on Friday.",
                 "It was the worst storm to hit the coast in decades, officials said on Friday."]:
        assert stands_alone(text), text


def test_background_year_event_is_flagged_background():
    # "He joined the gang unit in 2001" in a report of 2013: the story's background, listed apart.
    year = Timex("a", 57, 61, "2001", "DATE", "2001", "year")
    d, t = _doc("a", "2013-03-12", ["Deputy Orno joined the gang unit of the Kessel police in 2001.",
                                    "Deputy Orno was shot dead outside a house in Kessel on Sunday."],
                [[], ["2013-03-10"]])
    events, _, _ = timeline([d], t + [year], [], Sources(documents=[d]), {"a": SentenceReading("a", [])},
                            agreements=False)
    assert {e.date: e.background for e in events} == {"2001": True, "2013-03-10": False}


def test_key_date_of_the_main_day_named_by_one_report_is_not_missed():
    # Multi-News 184: three undated reports, dated by what they say ("not before" a day they name); one dates the
    # sentencing ("on Wednesday, April 27, 2016"), the others other days. No day had two sources, so the story had
    # no key date at all.
    docs, timexes = [], []
    for doc_id, earliest, sentences, days in [
            ("a", "2016-04-27", ["A judge in Kessel on Wednesday, April 27, 2016, sentenced the developer to seven years.",
                                 "The developer's lawyers had asked for a shorter sentence for the gun charge."],
             [["2016-04-27"], []]),
            ("b", "2015-03-14", ["The developer was arrested in a Kessel hotel on March 14, 2015, the police said."],
             [["2015-03-14"]]),
            ("c", "2015-03-01", ["Prosecutors said the developer had carried a revolver when he was arrested."], [[]])]:
        d, t = _doc(doc_id, None, sentences, days)
        d.published = PublishedDate(None, earliest, None, "content")
        docs.append(d)
        timexes.extend(t)
    events = [Event("e1", "2016-04-27", "sentenced", ["a"], 1), Event("e2", "2015-03-14", "arrested", ["b"], 1)]
    assert [k.date for k in key_dates(docs, timexes, events, select)] == ["2016-04-27"]


def test_key_date_told_by_a_sentence_that_names_it_when_its_best_sentences_are_deadlines():
    # NewsWCL50 7: the day tariff exemptions were extended was named by 13 sentences, but its two best-ranked ones
    # told of the deadline ("were set to expire"), and the day was dropped before the sentences naming it were read.
    entry = DatedEntry("2026-04-30", ["Exemptions from the Kessel steel tariffs were set to expire on Monday at midnight.",
                                      "The steel tariff exemptions for Orno were due to expire Monday, April 30."])
    naming = ["The steel tariff exemptions for Orno were due to expire Monday, April 30.",
              "The White House on Monday extended the steel tariff exemptions for Orno by a month."]
    assert _key_sentence(entry, naming, set()) == naming[1]
    assert _key_sentence(entry, naming[:1], set()) is None  # a deadline's day alone is no key date


def test_key_date_told_by_a_sentence_that_stands_alone():
    # Timeline17 H1N1: a fact box glued to the next sentence told the day the pandemic was declared.
    entry = DatedEntry("2026-06-11", ["But the agency said on Thursday that the strain was spreading in Orno.",
                                      "The Kessel health agency declared a pandemic on Thursday after an emergency meeting."])
    assert _key_sentence(entry, [], set()) == entry.sentences[1]


def test_a_day_years_before_the_story_named_once_is_no_key_date():
    # Multi-News 132: an undated obituary of 2015 names one wartime day (1944); its events run to 2012. The rule that
    # keeps the main day told by one report must not make that day key.
    docs, timexes = [], []
    for doc_id, earliest, sentences, days in [
            ("a", "1944-08-12", ["The unit deserted its post on August 12, 1944, according to war records read in court.",
                                 "The former soldier lived in Orno for sixty years before his death."], [["1944-08-12"], []]),
            ("b", None, ["The government of Orno declined to revoke the man's citizenship in 2007."], [[]])]:
        d, t = _doc(doc_id, None, sentences, days)
        d.published = PublishedDate(None, earliest, None, "content" if earliest else "unknown")
        docs.append(d)
        timexes.extend(t)
    events = [Event("e1", "1944-08-12", "deserted", ["a"], 1)] + [
        Event(f"e{y}", str(y), "later", ["b"], 1) for y in (1999, 2005, 2007, 2012)]
    assert key_dates(docs, timexes, events, select) == []


def test_a_page_header_glued_to_the_lead_does_not_make_its_day_key():
    # Timeline17 Iraq war (test13): a Guardian page header (the paper, weekday, date and time) glued to a lead on
    # soldiers to be tried, told by the attorney general "last night". Two such morning papers made their own day key beside the day
    # the charges were announced.
    docs, timexes = [], []
    for doc_id, lead in [("a", "The Herald Wednesday 20 July 2026 09.33 BST Three Orno soldiers will face a court martial "
                               "over war crimes, the attorney general said last night."),
                         ("b", "The Courier Wednesday 20 July 2026 02.08 BST The decision to prosecute three Orno "
                               "soldiers, announced by the attorney general late last night, angered the army.")]:
        d, t = _doc(doc_id, "2026-07-20", [lead, f"Army chiefs in Orno met the defence secretary to protest ({doc_id})."],
                    [[], []])
        stamp = lead.index("Wednesday")
        night = lead.index("last night")
        t = [Timex(doc_id, stamp, stamp + 22, "Wednesday 20 July 2026", "DATE", "2026-07-20", "day"),
             Timex(doc_id, night, night + 10, "last night", "DATE", "2026-07-19", "day")]
        docs.append(d)
        timexes.extend(t)
    text = "Three Orno soldiers were charged with war crimes on Tuesday, the attorney general's office announced."
    d, t = _doc("c", "2026-07-20", [text], [["2026-07-19"]])
    docs.append(d)
    timexes.extend(t)
    events = [Event("e1", "2026-07-19", "charges", ["a", "b", "c"], 3), Event("e2", "2026-07-20", "x", ["a"], 1)]
    assert [k.date for k in key_dates(docs, timexes, events, select)] == ["2026-07-19"]
