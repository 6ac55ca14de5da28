"""Issue 20, seventh session: which way a day points, and which days are key.

A day an expected or possible event is put on ("expected to announce as early as Wednesday", "could vote as
soon as Friday") or a scheduled one ("a status hearing was set for Friday") is still to come; a report's
headline is no lead; a follow-up report whose undated lead retells what earlier reports dated does not make
its own day key; a date agreement is filed under its date.
"""

from __future__ import annotations

from crosscheck.brief import select
from crosscheck.records import Document, Event, PublishedDate, Sentence
from crosscheck.time import key_dates, resolve_times
from tests.time.test_summary import _doc

WEDNESDAY = "2026-11-25"


def _report(text: str, day: str) -> Document:
    sentences = [Sentence(text, 0, len(text))]
    return Document("a", "in/a.txt", "a", "txt", text, text, sentences, published=PublishedDate(day, day, day, "header"))


def _value(text: str, surface: str, day: str = WEDNESDAY) -> str:
    return next(t for t in resolve_times([_report(text, day)]) if surface in t.text).value


def test_expected_to_announce_as_early_as_a_weekday_is_forward():
    text = "The company is expected to announce the deal as early as Friday, people familiar with the matter said."
    assert _value(text, "Friday") == "2026-11-27"


def test_could_vote_as_soon_as_a_weekday_is_forward():
    assert _value("The Senate could vote on the bill as soon as Friday.", "Friday") == "2026-11-27"


def test_status_hearing_set_for_a_weekday_is_forward():
    assert _value("A status hearing in the case was set for Friday.", "Friday") == "2026-11-27"
    assert _value("The hearing has been scheduled for Monday.", "Monday") == "2026-11-30"


def test_a_past_happening_stays_back():
    assert _value("Ortiz, 31, was killed on Saturday near his home.", "Saturday") == "2026-11-21"
    assert _value("The board set the budget on Friday, officials said.", "Friday") == "2026-11-20"


def _key_days(leads_of_the_13th: list[str], second: str = "The regional governor visited the shelters in the valley.",
              second_days: list[str] | None = None) -> list[str]:
    docs, timexes = [], []
    stories = [("a", "2024-03-12", ["The dam at Kessel burst on Sunday, flooding the lower valley towns of Orno.",
                                    "Rescue teams from three provinces searched the valley."], [["2024-03-10"], []]),
               ("b", "2024-03-12", ["Engineers said the Kessel dam burst on Sunday after days of heavy rain in Orno.",
                                    "Officials ordered the evacuation of two more villages."], [["2024-03-10"], []])]
    for n, lead in enumerate(leads_of_the_13th):
        stories.append((f"c{n}", "2024-03-13", [lead, second], [[], second_days or []]))
    for doc_id, published, sentences, days in stories:
        d, t = _doc(doc_id, published, sentences, days)
        docs.append(d)
        timexes.extend(t)
    events = [Event("e1", "2024-03-10", "dam burst", ["a", "b"], 2), Event("e2", "2024-03-13", "more", ["c0"], 1)]
    return [e.date for e in key_dates(docs, timexes, events, select)]


def test_a_follow_up_lead_does_not_make_its_day_key():
    # ECB+ 28 (LaRue's death), 12 (INS Sukanya): the next day's reports led with the happening the first reports
    # dated, naming no day; their own day became a key date.
    retold = ["The Kessel dam burst and flooded the lower valley towns of Orno, engineers said.",
              "Heavy rain made the Kessel dam burst, flooding Orno and the lower valley towns."]
    assert _key_days(retold) == ["2024-03-10"]
    new = ["Rescuers pulled twelve survivors from a collapsed school in the town of Brill overnight.",
           "The government announced an emergency fund for families who lost their homes."]
    assert _key_days(new) == ["2024-03-10", "2024-03-13"]
    # ECB+ 37: "Soldiers and police are leading rescue operations ... after a 6.1 magnitude earthquake hit Aceh"
    # tells the rescue, the day after; the quake is its background.
    background = ["Rescue teams are searching for survivors in the mud after the Kessel dam burst in the lower valley.",
                  "Soldiers are clearing roads and handing out water following the Kessel dam burst in Orno."]
    assert _key_days(background) == ["2024-03-10", "2024-03-13"]


def test_a_headline_is_no_lead():
    # ECB+ 4 (Esther Williams): "Hollywood's mermaid Esther Williams dies", the headline of the next day's
    # reports, made that day key.
    headlines = ["Hollywood mermaid and swimming star Esther Williams dies",
                 "\"Million Dollar Mermaid\" Swimmer And Actress Dies Aged 91."]
    told = "The dam at Kessel burst late on Sunday, the regional governor said."
    assert _key_days(headlines, told, ["2024-03-10"]) == ["2024-03-10"]


def test_date_agreement_is_filed_under_its_date():
    from crosscheck.changes import finding_key

    explanation = ("3 independent sources agree on the day of “dam, burst”: a writes “Sunday”; b writes “March 10” "
                   "— the same day, 2024-03-10. Basis: the day of “dam, burst”, written as a date in each report.")
    assert finding_key(explanation) == "date: the day of dam, burst"
    assert finding_key("3 independent sources agree on people killed: a says “12”") == "quantity: people killed"


def test_heading_into_a_weekday_is_forward():
    # ECB+ 31: "McDermott now has 2,129 points heading into Saturday's semifinals" went to the Saturday before.
    text = "McDermott now has 2,129 points heading into Saturday ' s semifinals against Evansville."
    assert _value(text, "Saturday") == "2026-11-28"


def test_agreements_view_holds_date_agreements(tmp_path):
    # The SQL views "findings" and "agreements" left out the date agreements (store schema 9).
    import sqlite3

    from crosscheck.records import Evidence, Finding
    from crosscheck.store import Store

    day = Finding("date", [Evidence("a", "2024-03-10", "The dam burst on Sunday.", 0, 5)], ["a", "b"],
                  "2 independent sources agree on the day of “dam, burst”: ...", 2)
    figure = Finding("quantity", [Evidence("a", "12", "12 died.", 0, 2)], ["a", "b"],
                     "2 independent sources agree on people killed: ...", 2)
    with Store(tmp_path / "s.sqlite") as store:
        store.save_stage("st", "time", date_agreements=[day])
        store.save_stage("st", "reconcile", agreements=[figure])
    db = sqlite3.connect(tmp_path / "s.sqlite")
    rows = db.execute("SELECT kind, explanation FROM agreements WHERE story = 'st' ORDER BY number").fetchall()
    assert [r[0] for r in rows] == ["quantity", "date"]
    assert db.execute("SELECT count(*) FROM findings WHERE story = 'st'").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM conflicts WHERE story = 'st'").fetchone()[0] == 0
