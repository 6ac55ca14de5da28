"""The web app's "since you last looked" view (issue 17)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from crosscheck import changes
from crosscheck.ingest import read_inputs
from crosscheck.pipeline import Settings
from crosscheck.store import Store
from crosscheck.web import create_app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


def test_since_you_last_looked_lists_only_the_updates_after_your_last_visit(tmp_path):
    files = sorted(str(p) for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".html"))
    db = tmp_path / "s.sqlite"
    with Store(db) as store:
        changes.update(store, "storm", read_inputs(files[:3]), Settings(processes=1))
    client = TestClient(create_app(db))
    first = client.get("/story/storm/since")
    assert first.status_code == 200 and "3 new reports" in first.text
    assert "Nothing new since you last looked" in client.get("/story/storm/since").text  # the cookie remembers
    with Store(db) as store:
        changes.update(store, "storm", read_inputs(files[3:]), Settings(processes=1))
    later = client.get("/story/storm/since").text
    assert f"{len(files) - 3} new reports" in later and "3 new reports" not in later
    assert "Red Sea Wire, 2026-03-14" in client.get("/story/storm/since?all=1").text
    assert "/since" in client.get("/story/storm").text  # reached from the story page
    assert client.get("/story/storm/since?t=not-a-time").status_code == 400
    assert client.get("/story/nope/since").status_code == 404
