"""crosscheck.analyze: typed records and tables, the same data as story.json (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.records import Claim, Document, Entity, Event, Finding, Quote
from crosscheck.report import validate_story
from crosscheck.store import StoreError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "s.sqlite"
    return crosscheck.analyze([EXAMPLE / "red-sea-wire-storm.txt", EXAMPLE / "coastal-times.txt",
                               "Published: March 15, 2026\n\nAt least 23 people were killed in Hodeidah, "
                               "Dr. Ines Kovac of the health ministry said on Saturday."], story="s", db=db)


def test_typed_records_are_the_story_json_data(story):
    validate_story(story.data)
    assert isinstance(story.reports[0], Document) and isinstance(story.claims[0], Claim)
    assert all(isinstance(e, Entity) for e in story.entities) and all(isinstance(q, Quote) for q in story.quotes)
    assert all(isinstance(e, Event) for e in story.timeline) and all(isinstance(f, Finding) for f in story.conflicts)
    assert [d.id for d in story.reports] == [d["id"] for d in story.data["documents"]]
    assert [c.id for c in story.claims] == [c["id"] for c in story.data["claims"]]
    assert [e.id for e in story.timeline] == [e["id"] for e in story.data["timeline"]]
    assert len(story.reports) == 3 and story.reports[2].source == "text 1"


def test_tables_cite_reports_by_short_label(story):
    rows = story.table("claims")
    assert rows and {"claim", "report", "source", "quantity", "normalized_value"} <= set(rows[0])
    assert {r["source"] for r in rows} >= {"text 1, 2026-03-15"}
    for name in crosscheck.api.TABLES:
        assert isinstance(story.table(name), list)
    with pytest.raises(ValueError):
        story.table("nope")


def test_to_pandas_has_every_table_even_empty(story):
    pytest.importorskip("pandas")
    for name in crosscheck.api.TABLES:
        frame = story.to_pandas(name)
        assert list(frame.columns) == crosscheck.api._COLUMNS[name]
        assert len(frame) == len(story.table(name))


def test_load_reads_a_kept_store_back(story):
    again = crosscheck.load(story.db, "s")
    assert again.data["claims"] == story.data["claims"]
    with pytest.raises(StoreError):
        crosscheck.load(story.db, "missing")


def test_the_attributions_who_said_what_hides_are_in_the_api_too(tmp_path):
    """Review s11: story.json and the store keep the attributions 'who said what' hides, the API did not."""
    story = crosscheck.analyze(["Published: March 15, 2026\n\nThe port reopened on Friday. The mayor did not say how "
                                "many homes were lost. Residents wanted the council to act faster."], story="t",
                               db=tmp_path / "t.sqlite")
    assert {(q.text, q.hidden) for q in story.attributions} == {("how many homes were lost", "negated"),
                                                                  ("the council to act faster", "wish")}
    assert [q.id for q in story.attributions] == [q["id"] for q in story.data["attributions"]]
    assert {r["hidden"] for r in story.table("attributions")} == {"negated", "wish"}
