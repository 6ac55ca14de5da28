"""Issue 17: full collections of the garbage collector are rarer while the stages run, and the thresholds
are put back after (an error included)."""

from __future__ import annotations

import gc

import pytest

from crosscheck import pipeline


def test_full_collections_rarer_while_the_stages_run_and_thresholds_put_back():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with pipeline.fewer_full_collections():
            assert gc.get_threshold() == (700, 10, pipeline.FULL_COLLECTION_EVERY)
            with pipeline.fewer_full_collections():  # nested (ingest inside an update): the same, put back once
                assert gc.get_threshold() == (700, 10, pipeline.FULL_COLLECTION_EVERY)
            assert gc.get_threshold() == (700, 10, pipeline.FULL_COLLECTION_EVERY)
        assert gc.get_threshold() == (700, 10, 10)
        with pytest.raises(RuntimeError), pipeline.fewer_full_collections():
            raise RuntimeError("a stage failed")
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(500, 5, 5000)  # a caller's own higher threshold is never lowered
        with pipeline.fewer_full_collections():
            assert gc.get_threshold() == (500, 5, 5000)
    finally:
        gc.set_threshold(*before)


def test_analyze_story_runs_with_rarer_full_collections(tmp_path, monkeypatch):
    from crosscheck.store import Store

    seen = []
    monkeypatch.setattr(pipeline, "_analyze_story", lambda *a, **k: seen.append(gc.get_threshold()[2]) or [])
    with Store(tmp_path / "s.sqlite") as store:
        pipeline.analyze_story(store, "s", pipeline.Settings())
    assert seen == [max(pipeline.FULL_COLLECTION_EVERY, gc.get_threshold()[2])]
