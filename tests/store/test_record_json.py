"""Issue 17: the store writes each stage record through ``record_json``, which must give the text
``json.dumps(to_dict(record), ensure_ascii=False)`` gives (rows are compared with the stored ones as text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.pipeline import Settings, run
from crosscheck.records import Evidence, Mention, PublishedDate, to_dict
from crosscheck.store import KINDS, Store, record_json

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


def _old(record):
    return json.dumps(to_dict(record), ensure_ascii=False)


def test_record_json_is_the_text_of_to_dict_for_every_kind_of_a_story(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        run([str(EXAMPLE)], store, "storm", Settings(processes=1))
        seen = 0
        for kind in KINDS:
            if kind in ("shared_passages", "published"):
                continue
            for record in store.load("storm", kind):
                assert record_json(record) == _old(record), kind
                seen += 1
    assert seen > 200


def test_record_json_of_nested_records_tuples_non_ascii_and_none():
    values = [Mention("d1", 0, 5, "Sana’a", "GPE"), Evidence("d2", "“41 killed” — ünïcode", "s", 3, 9),
              PublishedDate(date="2026-03-14", latest=None), ("a", 1, 2.5, None, True)]
    for value in values:
        assert record_json(value) == json.dumps(to_dict(value), ensure_ascii=False)


def test_record_json_refuses_what_is_not_a_record():
    with pytest.raises(TypeError):
        record_json({"x": {1, 2}})


def test_report_rows_are_the_reports_view_read_once(tmp_path):
    # Issue 17: the digest's snapshot reads (report, source, outlet, published) without the view's join, which
    # scanned every 'published' record for each report; the same rows, refined days (the undated Aid Watch
    # post dated from its content) included.
    with Store(tmp_path / "s.sqlite") as store:
        run([str(EXAMPLE)], store, "storm", Settings(processes=1))
        view = [tuple(r) for r in store.db.execute(
            "SELECT report, source, outlet, published FROM reports WHERE story = ? ORDER BY number", ("storm",))]
        refined = store.db.execute("SELECT count(*) FROM stage_records WHERE story = 'storm' AND kind = 'published' "
                                   "AND json_extract(data, '$.date') IS NOT NULL").fetchone()[0]
        assert store.report_rows("storm") == view
        assert len(view) == 7 and refined and store.report_rows("other") == []
