"""The store opens in Datasette and sqlite-utils as it is, with readable views (issue 17)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from crosscheck.pipeline import Settings, run
from crosscheck.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"
VIEWS = ("reports", "claims", "findings", "conflicts", "agreements", "quotes", "entities", "timeline", "key_dates", "changes")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "crosscheck.sqlite"
    with Store(path) as store:
        run([str(EXAMPLE)], store, "hodeidah", Settings(processes=1))
    return path


def test_the_store_opens_in_datasette(db):
    datasette = pytest.importorskip("datasette.app")

    async def fetch():
        ds = datasette.Datasette([str(db)])
        await ds.invoke_startup()
        name = db.stem
        out = {}
        for view in VIEWS:
            response = await ds.client.get(f"/{name}/{view}.json?_shape=array&_size=max")
            assert response.status_code == 200, (view, response.text[:300])
            out[view] = response.json()
        return out

    rows = asyncio.run(fetch())
    assert len(rows["reports"]) == 7 and {"report", "outlet", "published", "title"} <= set(rows["reports"][0])
    conflicts = [r["explanation"] for r in rows["conflicts"]]
    assert any("disagree" in c for c in conflicts)  # the death toll: 14+, 23, 41
    assert {"claim", "report", "quantity", "normalized_value", "subject"} <= set(rows["claims"][0])
    assert any(r["speaker"] == "Maria Keller" for r in rows["quotes"])
    assert any(r["name"] == "United Nations" for r in rows["entities"])
    assert rows["timeline"] and all(r["date"] for r in rows["timeline"])


def test_the_views_read_in_sqlite_utils(db):
    sqlite_utils = pytest.importorskip("sqlite_utils")
    database = sqlite_utils.Database(db)
    assert set(VIEWS) <= set(database.view_names())
    claims = list(database["claims"].rows)
    assert claims and all(not k.startswith("json_") and "$" not in k for k in claims[0])
    places = [r for r in database["entities"].rows if r["latitude"] is not None]
    assert any(r["name"] == "Yemen" for r in places)  # the places, with plain latitude and longitude
