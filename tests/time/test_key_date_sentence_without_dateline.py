"""Regression (Timeline17, thirteenth session's list): a key date's sentence was shown with the page's timestamp and
the agency's tokenised dateline glued before it ("Wed Aug 4, 2010 9:10 pm EDT HOUSTON ( Reuters ) - Engineers
..."), where the brief and the timeline show the lead alone."""

from __future__ import annotations

from crosscheck.brief import select
from crosscheck.records import Document, Event, PublishedDate, Sentence, Timex
from crosscheck.time import key_dates


def _story(first: str) -> tuple[list[Document], list[Timex], list[Event]]:
    docs, timexes = [], []
    for i in range(3):
        text = first + " Crews watched the pressure readings through the night, an official said."
        d = Document(f"r{i}", f"in/r{i}.txt", f"r{i}", "txt", text, text,
                     [Sentence(first, 0, len(first)), Sentence(text[len(first) + 1:], len(first) + 1, len(text))],
                     published=PublishedDate("2010-08-04", "2010-08-04", "2010-08-04", "metadata"))
        d.source = f"outlet{i}"
        docs.append(d)
        at = text.index("on Tuesday")
        timexes.append(Timex(d.id, at, at + 10, "on Tuesday", "DATE", "2010-08-03", "day"))
    return docs, timexes, [Event("e1", "2010-08-03", "pumped", ["r0"], 1)]


def test_key_date_sentence_drops_a_glued_timestamp_and_agency_dateline():
    lead = "Engineers pumped heavy drilling mud into the ruptured well on Tuesday in the static kill procedure."
    docs, timexes, events = _story("Wed Aug 4, 2010 9:10 pm EDT HOUSTON ( Reuters ) - " + lead)
    (key,) = key_dates(docs, timexes, events, select)
    assert key.date == "2010-08-03" and key.sentences == [lead]
    assert sorted(key.documents) == ["r0", "r1", "r2"]  # its sources still found through the sentence as written


def test_key_date_sentence_without_furniture_is_unchanged():
    lead = "Engineers pumped heavy drilling mud into the ruptured well on Tuesday in the static kill procedure."
    docs, timexes, events = _story(lead)
    (key,) = key_dates(docs, timexes, events, select)
    assert key.sentences == [lead]


def test_key_date_sentence_too_short_for_a_lead_still_loses_its_timestamp():
    # Review finding: when what follows the stamp is too short to be a lead ("Crews capped the well on Tuesday."),
    # the whole sentence was shown, timestamp and dateline included.
    short = "Crews capped the well on Tuesday."
    docs, timexes, events = _story("Wed Aug 4, 2010 9:10 pm EDT HOUSTON ( Reuters ) - " + short)
    keys = key_dates(docs, timexes, events, select)
    assert keys and all("Reuters" not in s and "EDT" not in s for k in keys for s in k.sentences)


def test_clock_time_inside_a_key_date_sentence_is_not_cut_as_a_page_stamp():
    # Review finding: "at 2:25 p.m. EDT Tuesday" inside a sentence was read as a page's timestamp, and the key date
    # was shown as its last words ("Tuesday, the company said.").
    whole = "Engineers sealed the well on Tuesday at 2:25 p.m. EDT Houston time, officials said."
    docs, timexes, events = _story(whole)
    keys = key_dates(docs, timexes, events, select)
    assert keys and all(s == whole for k in keys for s in k.sentences)
