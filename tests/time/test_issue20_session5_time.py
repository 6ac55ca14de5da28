"""Issue 20, fifth session: the key-date and time-expression errors of real-story split test7, by class.

A relative day of a report known only from below; a background date of a story with no dated report; the
day before from "just five seconds", "20:58 hours" and a page's "Tuesday 14 September 2010"; the 24-hour
clock of navies; a story's origin day named by most of its sources; the day a HuffPost address's id gives.
"""

from __future__ import annotations

from datetime import date

from crosscheck.brief import select
from crosscheck.records import Document, Event, PublishedDate, Sentence, Timex
from crosscheck.time import find_timexes, key_dates, names_known_day, normalise, resolve_times

ANCHOR = date(2010, 9, 8)


def _document(doc_id: str, text: str, published: PublishedDate | None = None) -> Document:
    sentences, start = [], 0
    for part in text.split(". "):
        part = part if part.endswith(".") else part + "."
        sentences.append(Sentence(part, start, start + len(part)))
        start += len(part) + 1
    return Document(doc_id, f"in/{doc_id}.txt", doc_id, "txt", text, text, sentences,
                    published=published or PublishedDate())


def test_relative_day_of_an_undated_report_is_not_read_against_a_birth_date():
    # ECB 4 (Bettie Page): "died Thursday" in a report whose only full date is her birth (April 22, 1923)
    # was resolved against that day, to 1923-04-19, and made a key date.
    text = ("Pin-up queen Bettie Page died on Thursday at a Los Angeles hospital, her agent said. "
            "Page was born in Nashville on April 22, 1923.")
    timexes = resolve_times([_document("a", text)])
    thursday = next(t for t in timexes if "Thursday" in t.text)
    assert not names_known_day(thursday)
    born = next(t for t in timexes if "1923" in t.text)
    assert born.value == "1923-04-22" and names_known_day(born)


def test_relative_day_of_a_report_bounded_to_one_day_names_its_day():
    # Known to be published on March 4, 2010 (named in the text, crawled that day): "Thursday" is March 4.
    text = "The ship was seized on Thursday. It had sailed from the port on March 4, 2010."
    doc = _document("a", text, PublishedDate(None, None, "2010-03-04", "unknown"))
    thursday = next(t for t in resolve_times([doc]) if "Thursday" in t.text)
    assert names_known_day(thursday) and thursday.value == "2010-03-04"
    # Known only to lie between March 2 and March 6: that Thursday may be February 25 or March 4.
    doc = _document("b", text.replace("March 4", "March 2"), PublishedDate(None, None, "2010-03-06", "unknown"))
    assert not names_known_day(next(t for t in resolve_times([doc]) if "Thursday" in t.text))


def _undated_story(birth_sources: int) -> tuple[list[Document], list[Timex], list[Event]]:
    docs, timexes = [], []
    for i in range(4):
        text = "Pin-up queen Bettie Page was born in Nashville on April 22, 1923, and posed for the camera."
        # one report names nothing later than the birth date itself, so it is only known to follow it
        earliest = {0: "2003-12-01", 1: "1923-04-22"}.get(i, "1955-01-01")
        d = _document(f"r{i}", text, PublishedDate(None, earliest, None, "content"))
        d.source = f"outlet{i}"
        docs.append(d)
        if i < birth_sources:
            timexes.append(Timex(d.id, text.index("April"), text.index("April") + 14, "April 22, 1923", "DATE",
                                 "1923-04-22", "day", None, "full date"))
    return docs, timexes, [Event("e1", "1923-04-22", "born", ["r0"], 1)]


def test_birth_date_in_an_undated_obituary_is_not_a_key_date():
    # With no report of a known day, the story is no earlier than the latest day any report is known to
    # follow (here December 2003): a birth date two of four sources name is background.
    docs, timexes, events = _undated_story(birth_sources=2)
    assert key_dates(docs, timexes, events, select) == []


def _origin_story(naming: int, n: int = 6) -> list[str]:
    docs, timexes = [], []
    for i in range(n):
        sentences = ["BP released its internal report on the blowout on Wednesday in London."]
        days = [["2010-09-08"]]
        if i < naming:
            sentences.append("The Coral Ridge rig exploded on April 20, and eleven workers on board were killed.")
            days.append(["2010-04-20"])
        text, spans, found = "", [], []
        for s, named in zip(sentences, days):
            spans.append(Sentence(s, len(text), len(text) + len(s)))
            found += [Timex(f"r{i}", len(text), len(text) + 5, s[:5], "DATE", day, "day") for day in named]
            text += s + " "
        docs.append(Document(f"r{i}", f"outlet{i}", f"h{i}", "txt", text, text, spans,
                             published=PublishedDate("2010-09-08", "2010-09-08", "2010-09-08", "metadata")))
        timexes += found
    events = [Event("e1", "2010-09-08", "report", ["r0"], 1), Event("e2", "2010-04-20", "blowout", ["r0"], 1)]
    return [k.date for k in key_dates(docs, timexes, events, select)]


def test_origin_day_most_sources_name_is_key_however_far_back():
    # Timeline17 bpoil, September: 7 of 10 sources go back to the April 20 blowout, 141 days before.
    assert "2010-04-20" in _origin_story(naming=4)
    assert "2010-04-20" not in _origin_story(naming=2)  # a third, 141 days back: not the story's centre


def test_seconds_and_minutes_are_not_the_day_before():
    # A blackout said to have "lasted just five seconds": dateparser put it on the day before.
    for text in ("just five seconds", "just four minutes", "a few hours", "1,100 hours"):
        value = normalise(text, ANCHOR)
        assert value is None or value.type == "DURATION", text


def test_navy_clock_time_is_a_time_of_the_reports_day():
    # ECB 12 (INS Mysore): "put out a message at 1100 hours" was a duration of 1,100 hours.
    assert normalise("1100 hours", ANCHOR).value == "2010-09-08T11:00"
    assert normalise("20:58 hours", ANCHOR).value == "2010-09-08T20:58"
    assert normalise("1,100 hours", ANCHOR).type == "DURATION"


def test_hours_ago_is_the_reports_own_day():
    assert normalise("three hours ago", ANCHOR).value == "2010-09-08"


def test_weekday_before_a_full_date_is_that_date():
    # A Guardian page's "A version appeared ... on Tuesday 14 September 2010": "on Tuesday" (a rule) and
    # "Tuesday 14 September 2010" (the model) overlapped, and the Tuesday before the report was kept.
    from crosscheck import nlp

    text = "This article ran on page 9 of the news section of the Observer on Tuesday 14 September 2010."
    doc = _document("g", text)
    found = find_timexes(text, ANCHOR, nlp.parse([doc])["g"], "g")
    assert [t.value for t in found] == ["2010-09-14"]
    assert normalise("Thursday, December 11, 2008", ANCHOR).value == "2008-12-11"


def test_huffpost_object_id_gives_the_publication_day():
    from crosscheck.ingest.address import url_published

    # NewsWCL50: HuffPost addresses carry no date, but end in a MongoDB ObjectId (Unix time in its first 4 bytes).
    got = url_published("https://www.huffingtonpost.com/entry/senate-budget-vote-delayed_us_5ae2497ae4b04aa23f214fcb")
    assert got is not None and got.date == "2018-04-26" and got.basis == "url"
    assert url_published("https://example.com/entry/story_us_0000000ae4b04aa23f214fcb") is None  # 1970: no id
    assert url_published("https://example.com/a/5ae2497ae4b04aa23f214fcb1234") is None  # not 24 digits


def test_day_span_in_one_month_is_its_first_day_not_a_year():
    # BBC's timeline entry "April 21 - 22 - <what happened>" was April 21, 1922.
    assert normalise("April 21 - 22", ANCHOR).value == "2010-04-21"


def test_decades_without_century_ages_and_bare_ordinals_are_not_dates():
    # "pulp fiction characters of the 30s and 40s", "people in their 60s", "two decades later",
    # "what we will decide on the 12th": a day, a year in the future, a December.
    for text in ("the 30s and 40s", "their 60s", "almost two decades later", "the 12th"):
        assert normalise(text, ANCHOR) is None, text
    assert normalise("the 1990s", ANCHOR).value == "199"


def test_day_of_a_saying_is_past_in_a_sentence_about_the_future():
    # Washington Post, 2010-08-02: a future told in a quoted phrase, then "Allen said Thursday", was the Thursday after.
    from crosscheck import nlp

    text = 'The boats will remain, and crews will see "a gradual drawdown," Allen said Thursday.'
    found = find_timexes(text, date(2010, 8, 2), nlp.parse([_document("w", text)])["w"], "w")
    assert [t.value for t in found] == ["2010-07-29"]
    text = "Ministers will meet on Thursday."
    found = find_timexes(text, date(2010, 8, 2), nlp.parse([_document("m", text)])["m"], "m")
    assert [t.value for t in found] == ["2010-08-05"]


def test_days_later_counts_from_a_told_happening_not_from_the_report():
    # Washington Post, 2010-09-09: "Five days later, on <a day of April>, <a happening>" gave 2010-09-14.
    assert normalise("five days later", date(2010, 9, 9)) is None
    assert normalise("two years later", date(2010, 9, 9)) is None
    assert normalise("five days ago", date(2010, 9, 9)).value == "2010-09-04"


def test_relative_day_of_a_report_dated_by_its_wire_dateline_names_its_day():
    # A report with no date but a dateline "WASHINGTON, Aug 3 (Reuters) -" gets its day from the dateline in
    # date_undated; its "Thursday" is then read against that day, not against an open interval.
    from crosscheck.time import date_undated, resolve_found_days

    dated_text = "The cap held on Monday, officials said on August 2, 2010 in Houston."
    other = _document("o", dated_text, PublishedDate("2010-08-03", "2010-08-03", "2010-08-03", "metadata"))
    text = ("WASHINGTON, Aug 3 (Reuters) - Allen told reporters on Thursday that the well, capped on July 15, "
            "2010, was nearly dead.")
    undated = _document("u", text)
    timexes = resolve_times([other, undated])
    assert not names_known_day(next(t for t in timexes if t.document == "u" and "Thursday" in t.text))
    dated = date_undated([other, undated], timexes, [])
    assert next(d for d in dated if d.id == "u").published.date == "2010-08-03"
    again = resolve_found_days([other, undated], dated, timexes)
    thursday = next(t for t in again if t.document == "u" and "Thursday" in t.text)
    assert names_known_day(thursday) and thursday.value == "2010-07-29"


def test_day_a_teller_spoke_is_not_a_key_date():
    # Timeline17 bpoil, August: a quoted future phrase, then "Allen said Thursday", and a Reuters
    # "told reporters ... on Thursday" made the Thursday of two briefings a key date; Reuters' "North Sudan
    # has halted an oil shipment ..., it said on Friday" made a Libya story's Friday one.
    docs, timexes = [], []
    for i in range(3):
        sentences = ["Engineers pumped mud into the ruptured well on Tuesday in the static kill procedure.",
                     "The skimming fleet will be cut back in the coming weeks, the admiral said on Thursday."]
        text = " ".join(sentences)
        d = _document(f"r{i}", text, PublishedDate("2010-08-04", "2010-08-04", "2010-08-04", "metadata"))
        d.sentences = [Sentence(sentences[0], 0, len(sentences[0])),
                       Sentence(sentences[1], len(sentences[0]) + 1, len(text))]
        d.source = f"outlet{i}"
        docs.append(d)
        tue, thu = text.index("on Tuesday"), text.index("on Thursday")
        timexes += [Timex(d.id, tue, tue + 10, "on Tuesday", "DATE", "2010-08-03", "day"),
                    Timex(d.id, thu, thu + 11, "on Thursday", "DATE", "2010-07-29", "day")]
    events = [Event("e1", "2010-08-03", "kill", ["r0"], 1), Event("e2", "2010-07-29", "said", ["r0"], 1)]
    assert [k.date for k in key_dates(docs, timexes, events, select)] == ["2010-08-03"]
