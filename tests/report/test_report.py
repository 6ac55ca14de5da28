import csv
import re
import io
import json

import jsonschema
import pytest

from crosscheck.records import (
    BriefSentence, Claim, CopyGroup, CopyMember, DiffOp, Document, Entity, Evidence, Event, Finding, Mention,
    Normalized, Place, PublishedDate, Quote, Sentence, Skipped, Timex,
)
from crosscheck.report import build_story, to_csv, to_html, to_markdown, validate_story, write_all
from crosscheck.report.exports import csv_cell, md_escape
from crosscheck.store import Store

EVIL = '<script>alert("x")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">click</a>'


def _doc(i, text, date="2026-03-14"):
    sentences, start = [], 0
    for part in text.split(". "):
        part = part if part.endswith(".") else part + "."
        s = text.index(part.rstrip("."), start)
        e = min(s + len(part), len(text))
        sentences.append(Sentence(text[s:e], s, e))
        start = e
    return Document(id=f"d{i}", source=f"in/r{i}.txt", content_hash=f"{i:064d}", format="txt", original=text, text=text,
                    sentences=sentences, published=PublishedDate(date, date, date, "metadata") if date else PublishedDate(),
                    title=f"Report {i} {EVIL}", outlet=f"Outlet {i}")


@pytest.fixture
def story_store(tmp_path):
    d1 = _doc(1, f"Keller said 12 miles of road closed. The UN opened shelters. {EVIL}.")
    d2 = _doc(2, "Keller said 19 km of road closed. The UN opened shelters.")
    d3 = _doc(3, "The storm killed 41 people on Friday. =HYPERLINK(\"http://x\") was typed.", date=None)
    store = Store(tmp_path / "s.sqlite")
    store.add_documents("storm", [d1, d2, d3])
    store.add_skipped("storm", Skipped("in/bad.bin", "binary file (PNG image), not a report"))
    store.save_stage("storm", "copies", copy_groups=[CopyGroup("g-d1", ["d1", "d2"], "d1", 0.7, [
        CopyMember("d2", 0.7, 0.9, [DiffOp("replace", "12 miles", "19 km", ["12 miles -> 19 km"], []),
                                    DiffOp("delete", EVIL, "")])])])
    store.save_stage("storm", "entities", entities=[
        Entity("person:keller", "Maria Keller", "PERSON", ["Keller", EVIL], [Mention("d1", 0, 6, "Keller", "PERSON"),
                                                                           Mention("d2", 0, 6, "Keller", "PERSON")], None, 1),
        Entity("gpe:hodeidah", f"Hodeidah {EVIL}", "GPE", [], [Mention("d3", 4, 9, "storm", "GPE")],
               Place(14.8, 42.95, "YE", 79415, "city"), 1)])
    store.save_stage("storm", "time", events=[
        Event("ev1", "2026-03-13", f"The storm killed 41 people {EVIL}", ["d3"], 1, [Evidence("d3", "The storm killed 41 people on Friday.")])],
        date_conflicts=[])
    store.save_stage("storm", "claims", claims=[
        Claim("d1:c0", "d1", "12 miles", "Keller said 12 miles of road closed.", 12.0, None, "mile",
              Normalized(19.312, None, "km"), "=road", "exact", 12, 20),
        Claim("d3:c0", "d3", "41 people", "The storm killed 41 people on Friday.", 41.0, None, None,
              Normalized(41.0, None, None), "people killed", "exact", 17, 26)])
    store.save_stage("storm", "quotes", quotes=[Quote("q1", "d1", EVIL, "Maria Keller", "person:keller", "direct", 0, 6,
                                                      documents=["d1", "d2"], independent_sources=1)])
    store.save_stage("storm", "reconcile", agreements=[], conflicts=[
        Finding("quantity", [Evidence("d1", "14 people", EVIL), Evidence("d3", "41 people", "The storm killed 41 people")],
                ["d1", "d3"], f"14 vs 41 {EVIL}", 2)])
    store.save_stage("storm", "brief", brief=[BriefSentence(f"The storm killed people. {EVIL}", ["d1", "d3"], 2)])
    yield store
    store.close()


def test_story_matches_schema(story_store):
    story = build_story(story_store, "storm")
    validate_story(story)
    assert story["independent_sources"] == 2  # d1 and d2 are one source
    assert story["skipped"] == [{"source": "in/bad.bin", "reason": "binary file (PNG image), not a report", "ignored": False}]
    keller = story["entities"][0]
    assert keller["mention_count"] == 2 and [s["document"] for s in keller["sentences"]] == ["d1", "d2"]
    assert story["places"]["features"][0]["geometry"]["coordinates"] == [42.95, 14.8]


def test_schema_rejects_a_broken_story(story_store):
    story = build_story(story_store, "storm")
    del story["claims"]
    with pytest.raises(jsonschema.ValidationError):
        validate_story(story)
    story = build_story(story_store, "storm")
    story["documents"][0]["published"]["basis"] = "guessed"
    with pytest.raises(jsonschema.ValidationError):
        validate_story(story)


def test_empty_story_keeps_every_section(tmp_path):
    with Store(tmp_path / "e.sqlite") as store:
        store.add_documents("empty", [_doc(1, "Nothing happened.")])
        story = build_story(store, "empty")
    validate_story(story)
    for key in ("copies", "entities", "key_dates", "timeline", "claims", "agreements", "conflicts", "quotes", "skipped",
                "brief"):
        assert story[key] == []


def test_html_escapes_article_content(story_store):
    page = to_html(build_story(story_store, "storm"))
    assert "<script>alert" not in page and "onerror=\"alert" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;" in page
    assert not re.search(r'(src|href)="(https?:)?//', page) and "<link" not in page  # no external asset
    assert 'id="d-d1-s0"' in page and 'href="#d-d1-s0"' in page  # a claim links to its sentence
    assert "19 km" in page and "built-in method" not in page  # both sides of the copy diff are shown


def test_markdown_escapes_article_content():
    assert md_escape("<b>[x](javascript:y)</b>") == "&lt;b>\\[x\\](javascript:y)&lt;/b>"  # no tag, no link


def test_markdown_has_sections(story_store):
    md = to_markdown(build_story(story_store, "storm"))
    for heading in ("## Brief", "## Timeline", "## Conflicts", "## Who and what", "## Who said what", "## Numbers",
                    "## Copies", "## Reports", "## Skipped inputs"):
        assert heading in md
    assert "<script>" not in md


@pytest.mark.parametrize("value,expected", [("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"),
                                            ("@cmd", "'@cmd"), ("plain", "plain"), (-5.0, -5.0)])
def test_csv_formula_injection(value, expected):
    assert csv_cell(value) == expected


def test_csv_tables(story_store):
    story = build_story(story_store, "storm")
    rows = list(csv.DictReader(io.StringIO(to_csv(story, "claims"))))
    assert rows[0]["subject"] == "'=road" and rows[0]["normalized_unit"] == "km"
    for table in ("quotes", "entities", "timeline"):
        assert to_csv(story, table).count("\n") >= 2
    with pytest.raises(ValueError):
        to_csv(story, "secrets")


def test_write_all(story_store, tmp_path):
    paths = write_all(build_story(story_store, "storm"), tmp_path / "out")
    names = sorted(p.name for p in paths)
    assert names == ["claims.csv", "entities.csv", "quotes.csv", "story.html", "story.json", "story.md", "timeline.csv",
                     "updates.csv"]  # issue 20: updates.csv
    validate_story(json.loads((tmp_path / "out" / "story.json").read_text()))
    assert not list((tmp_path / "out").glob("*.tmp"))


@pytest.fixture
def dated_store(tmp_path):
    """Three reports that name 10 March (one of them 11 March too), with the time stage's records."""
    texts = {1: "The dam at Kessel burst on March 10, flooding the valley. Rescue teams searched the valley.",
             2: "Engineers said the Kessel dam burst on March 10 after rain. Villages were evacuated on March 11.",
             3: "The Kessel dam collapse of March 10 left thousands homeless. The governor visited the shelters."}
    docs = [_doc(i, t, date="2024-03-12") for i, t in texts.items()]
    timexes = []
    for d in docs:
        for surface, value in (("March 10", "2024-03-10"), ("March 11", "2024-03-11")):
            at = d.text.find(surface)
            if at >= 0:
                timexes.append(Timex(d.id, at, at + len(surface), surface, "DATE", value, "day", "2024-03-12"))
    events = [Event("ev1", "2024-03-10", "The dam at Kessel burst", ["d1", "d2", "d3"], 3),
              Event("ev2", "2024-03-11", "Villages were evacuated", ["d2"], 1)]
    store = Store(tmp_path / "k.sqlite")
    store.add_documents("dam", docs)
    store.save_stage("dam", "time", timexes=timexes, events=events, date_conflicts=[])
    from crosscheck.brief import select
    from crosscheck.time import key_dates

    # Key dates are stored by the brief stage (pipeline.analyze_story), computed as here.
    store.save_stage("dam", "brief", brief=[], key_dates=key_dates(docs, timexes, events, select))
    yield store
    store.close()


def test_key_dates_are_present_and_valid(dated_store):
    story = build_story(dated_store, "dam")
    validate_story(story)
    key_dates = story["key_dates"]
    # Two timeline dates, so at most two key dates, in date order: 10 March (named by three reports).
    # 12 March, the day three reports were published, is not key: their leads tell of 10 March, not of
    # their own day (issue 20, time side); 11 March is named once.
    assert [k["date"] for k in key_dates] == ["2024-03-10"]
    assert "March 10" in key_dates[0]["sentences"][0]
    texts = {d["id"]: [s["text"] for s in d["sentences"]] for d in story["documents"]}
    for k in key_dates:
        assert len(k["sentences"]) == 1 and k["documents"]
        assert all(any(s in texts[i] for s in k["sentences"]) for i in k["documents"])
    assert "Key dates" in to_html(story) and "## Key dates" in to_markdown(story)
    html = to_html(story)
    assert html.index('id="key-dates"') < html.index('id="timeline"')


def test_key_dates_schema_rejects_a_broken_entry(dated_store):
    story = build_story(dated_store, "dam")
    story["key_dates"][0]["date"] = "PRESENT_REF"
    with pytest.raises(jsonschema.ValidationError):
        validate_story(story)
    story = build_story(dated_store, "dam")
    del story["key_dates"][0]["documents"]
    with pytest.raises(jsonschema.ValidationError):
        validate_story(story)
    story = build_story(dated_store, "dam")
    del story["key_dates"]
    with pytest.raises(jsonschema.ValidationError):
        validate_story(story)


def test_key_dates_empty_without_a_timeline(story_store, tmp_path):
    with Store(tmp_path / "e.sqlite") as store:
        store.add_documents("empty", [_doc(1, "Nothing happened.")])
        assert build_story(store, "empty")["key_dates"] == []
    story = build_story(story_store, "storm")  # one dated event: one key date at most
    assert len(story["key_dates"]) <= 1


def test_no_key_dates_beside_a_dated_timeline_does_not_say_nothing_was_dated(story_store, tmp_path):
    # A new user's story of 7 undated BBC pages: a timeline of dated events, no key date (no day told by two
    # independent sources), and the report said "the time stage found no dated event".
    html = to_html(build_story(story_store, "storm"))
    assert "no day of the timeline is told by two or more independent sources" in html
    assert "found no dated event" not in html
    with Store(tmp_path / "e.sqlite") as store:
        store.add_documents("empty", [_doc(1, "Nothing happened.")])
        assert "the time stage found no dated event" in to_html(build_story(store, "empty"))
