"""Provenance through the report layer and the web app, on a store of the example corpus."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from crosscheck.pipeline import run
from crosscheck.report import build_story, to_csv, to_html, to_markdown
from crosscheck.report.story import validate_story
from crosscheck.store import Store
from crosscheck.web import create_app


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from tests.conftest import EXAMPLES

    db = tmp_path_factory.mktemp("prov") / "s.sqlite"
    with Store(db) as store:
        run([str(EXAMPLES)], store, "hodeidah-storm")
        story = build_story(store, "hodeidah-storm")
    return db, story


def test_story_json_carries_chains_and_primary_sources(stored):
    _, story = stored
    validate_story(story)
    keller = next(s for s in story["primary_sources"] if s["name"] == "Maria Keller")
    assert keller["kind"] == "person" and len(keller["documents"]) >= 2 and {"Keller", "She"} <= set(keller["aliases"])
    kinds = {p["kind"] for p in story["provenance"]}
    assert {"claim", "quote", "agreement", "conflict", "brief"} <= kinds


def test_the_death_toll_conflict_says_its_values_come_from_different_sources(stored):
    _, story = stored
    n = next(i for i, f in enumerate(story["conflicts"]) if "killed" in f["explanation"])
    record = next(p for p in story["provenance"] if p["item"] == f"conflict-{n}")
    assert record["basis"] == "different primary sources" and record["primary_count"] >= 2


def test_every_export_shows_provenance(stored):
    _, story = stored
    markdown = to_markdown(story)
    assert "## Provenance" in markdown and "primary source" in markdown and "source (chain)" in markdown
    html = to_html(story)
    assert 'id="provenance"' in html and "Maria Keller" in html
    rows = list(csv.DictReader(io.StringIO(to_csv(story, "claims"))))
    assert {"primary_source", "chain", "reports", "outlets", "primary_sources"} <= set(rows[0])
    assert any(r["primary_source"] == "Maria Keller" for r in rows)


def test_web_app_provenance_view(stored):
    db, _ = stored
    client = TestClient(create_app(db))
    page = client.get("/story/hodeidah-storm/provenance")
    assert page.status_code == 200 and "Maria Keller" in page.text and "relayed by" in page.text
    assert client.get("/story/no-such-story/provenance").status_code == 404
