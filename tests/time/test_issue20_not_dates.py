"""Issue 20: time expressions that are not dates stay out of the timeline; clock times and deadlines resolve right."""

from datetime import date

from crosscheck.time import find_timexes, normalise

ANCHOR = date(2026, 10, 20)


def test_age_is_not_a_date():
    assert normalise("31", ANCHOR) is None  # "Ortiz, 31, said": spaCy may call the age a DATE


def test_hours_are_a_duration_not_a_year():
    v = normalise("72-hour", ANCHOR)
    assert v.type == "DURATION" and v.value == "PT72H"


def test_clock_time_resolves_in_the_reports_own_day():
    v = normalise("3pm", ANCHOR)
    assert v.type == "TIME" and v.value == "2026-10-20T15:00"
    assert normalise("15:30", ANCHOR).value == "2026-10-20T15:30"
    assert normalise("3.30 p.m.", ANCHOR).value == "2026-10-20T15:30"


def test_until_a_day_resolves_forward():
    from crosscheck import nlp
    from crosscheck.records import Document, Sentence
    from crosscheck.time.timex import is_forward

    text = "The curfew runs until November 3."
    d = Document("d", "d", "h", "txt", text, text, [Sentence(text, 0, len(text))])
    [t] = [t for t in find_timexes(text, ANCHOR, nlp.parse([d])["d"], "d") if "November" in t.text]
    assert t.value == "2026-11-03"  # not 2025-11-03, "the most recent November 3"

    assert is_forward(text, text.index("November"))
    assert not is_forward("The storm hit on November 3.", len("The storm hit on "))


def test_next_week_resolves_forward():
    assert normalise("next week", ANCHOR).value == "2026-W44"


def test_one_source_a_day_off_against_one_is_no_date_conflict():
    from crosscheck.records import Sources
    from crosscheck.time import build_timeline, resolve_times
    from tests.time.test_timex import _doc

    a = _doc(1, "A storm surge flooded the port of Hodeidah on Friday, killing 14 people.", "2026-03-14")
    b = _doc(2, "The storm surge flooded the port of Hodeidah on Thursday, officials said.", "2026-03-14")
    c = _doc(3, "A storm surge flooded the port of Hodeidah on Friday and killed 14 people.", "2026-03-14")
    _, conflicts = build_timeline([a, b], resolve_times([a, b]), [], Sources())
    assert conflicts == []
    _, conflicts = build_timeline([a, b, c], resolve_times([a, b, c]), [], Sources())
    assert len(conflicts) == 1


def test_a_sidebar_day_and_a_forecast_are_not_key_dates():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_summary import _doc, select

    from crosscheck.records import Event
    from crosscheck.time import key_dates

    docs, timexes = [], []
    for doc_id, published in (("a", "2026-03-14"), ("b", "2026-03-14"), ("c", "2026-03-15")):
        d, t = _doc(doc_id, published, [
            f"The storm made landfall at Hodeidah on March 13, report {doc_id} said.",
            f"A storm in the same port killed hundreds on January 5, 2005, report {doc_id} recalled.",
            f"Forecasters said a second storm would arrive on March 20, report {doc_id} added."],
            [["2026-03-13"], ["2005-01-05"], ["2026-03-20"]])
        docs.append(d)
        timexes.extend(t)
    events = [Event(f"e{n}", day, "x", ["a"], 1) for n, day in enumerate(("2026-03-13", "2005-01-05", "2026-03-20"))]
    days = [e.date for e in key_dates(docs, timexes, events, select)]
    assert "2026-03-13" in days and "2005-01-05" not in days and "2026-03-20" not in days


def test_a_name_is_no_happening_for_a_date_conflict():
    from crosscheck.time.date_conflicts import _is_name, _names_part
    assert _is_name(("lacalamita", "iii"), "The accused is Anthony LaCalamita III, a 38-year-old resident.")
    assert _names_part(("camp", "south"), "A refugee camp in South Sudan's Unity state was bombed Thursday.")
    assert not _names_part(("storm", "surge"), "The storm surge hit the coast on Friday.")


def test_the_day_someone_condemned_a_bombing_is_not_the_bombing_day():
    from crosscheck.time.date_conflicts import _told_on
    from crosscheck.time.events import _Candidate
    s = "The UN refugee agency on Friday strongly condemned the aerial bombing of a refugee camp in the south."
    c = _Candidate.__new__(_Candidate)
    c.sentence, c.day_marks = s, [(s.find("Friday"), "2011-11-11")]
    assert _told_on(c, "refugee camp")
    s2 = "A refugee camp was bombed on Thursday, officials said."
    c.sentence, c.day_marks = s2, [(s2.find("Thursday"), "2011-11-10")]
    assert not _told_on(c, "refugee camp")


def test_thirty_seconds_of_tremor_is_a_duration_not_the_day_before():
    from datetime import date

    from crosscheck.time.timex import normalise
    for text in ("30 seconds", "around 30 seconds", "15 seconds"):
        v = normalise(text, date(2005, 11, 27))
        assert v is not None and v.type == "DURATION", text


def test_a_forecast_or_a_deadline_does_not_make_a_key_date():
    from crosscheck.time.summary import _not_happened
    assert _not_happened("At the same briefing, a ranger said the ash cloud was expected to drift inland on Friday.")
    assert _not_happened("African finance ministers are to gather on Thursday to weigh the bailout.")
    assert _not_happened("Those initial exemptions were set to expire Tuesday.")
    assert not _not_happened("The quake struck on Sunday, killing ten people in seven villages.")


def test_an_undated_wire_report_takes_its_datelines_day():
    from datetime import date

    from crosscheck.time import _dateline_day
    text = "Trump postpones tariffs\n\nThe tariffs increased frictions.\n\nWASHINGTON, April 30 (Reuters) - Trump has"
    assert _dateline_day(text, date(2018, 4, 30), None) == date(2018, 4, 30)
    assert _dateline_day("Members of the caravan\n\nApril 29 (UPI) \u2014\n\nA caravan", date(2018, 5, 2), None) == \
        date(2018, 4, 29)
    # A dateline deep in the text (a quoted older story) or with no year to read is not the report's day.
    assert _dateline_day("x " * 500 + "\nWASHINGTON, April 30 (Reuters) - Trump", date(2018, 4, 30), None) is None
    assert _dateline_day(text, None, None) is None


def test_a_day_still_to_come_when_reported_is_not_a_key_date():
    # ECB+ topic 33, run as a new user: "the trial is scheduled to resume Monday" and "postponing the
    # man's testimony until Monday", told by two outlets on Friday, made that Monday a key date.
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_summary import _doc, select

    from crosscheck.records import Event
    from crosscheck.time import key_dates

    docs, timexes = [], []
    for doc_id in ("a", "b"):
        d, t = _doc(doc_id, "2026-03-13", [
            f"The jury watched the video of the shooting on March 12, report {doc_id} said.",
            f"The judge postponed the witness's testimony until March 16, report {doc_id} added."],
            [["2026-03-12"], ["2026-03-16"]])
        docs.append(d)
        timexes.extend(t)
    d, t = _doc("c", "2026-03-18", ["The jury had watched the video of the shooting on March 12, report c said."],
                [["2026-03-12"]])  # a later report: the Monday lies inside the story's days
    docs.append(d)
    timexes.extend(t)
    events = [Event(f"e{n}", day, "x", ["a"], 1) for n, day in enumerate(("2026-03-12", "2026-03-16"))]
    days = [e.date for e in key_dates(docs, timexes, events, select)]
    assert "2026-03-12" in days and "2026-03-16" not in days
