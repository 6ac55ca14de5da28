"""The Dask runner on a local cluster (2 worker processes) gives the local runner's results.

Same copy groups, entities, claims, quotes, timeline, findings and brief, record for
record, on the example corpus and on a few hundred synthetic reports with planted
copies; and the band-shuffled copy detection equals ``copies.find_copies``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="dask[distributed] is not installed (the optional 'cluster' extra)")

from crosscheck import copies  # noqa: E402
from crosscheck.clean import clean_without_sentences  # noqa: E402
from crosscheck.ingest import read_inputs  # noqa: E402
from crosscheck.runners import LocalRunner  # noqa: E402
from crosscheck.runners.common import story_records  # noqa: E402
from crosscheck.runners.dask_runner import DaskRunner  # noqa: E402
from crosscheck.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from synthetic import corpus, write_jsonl  # noqa: E402

SYNTHETIC_REPORTS = 200  # = pipeline.PARALLEL_PARSE_FROM: the local runner parses on 2 processes too


@pytest.fixture(scope="module")
def cluster():
    with DaskRunner(workers=2, partition_size=32) as runner:
        yield runner


def _reports() -> list[dict]:
    # Short reports with a large share of planted copies, so groups of every kind occur.
    return corpus(SYNTHETIC_REPORTS, copy_share=0.2, seed=11, words=120)


@pytest.fixture(scope="module")
def synthetic_path(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("synthetic") / "reports.jsonl", _reports())


def _both(paths: list[str], cluster: DaskRunner, tmp_path: Path):
    with Store(tmp_path / "local.sqlite") as store:
        local_summary = LocalRunner().run(paths, store, "story")
        local = story_records(store, "story")
    with Store(tmp_path / "dask.sqlite") as store:
        dask_summary = cluster.run(paths, store, "story")
        distributed = story_records(store, "story")
    return local_summary, local, dask_summary, distributed


def _assert_same(local: dict, distributed: dict) -> None:
    assert set(local) == set(distributed)
    for kind in local:  # one kind at a time, so a failure names what differs
        assert distributed[kind] == local[kind], kind


def test_example_corpus_same_as_local(cluster, examples_dir, tmp_path):
    local_summary, local, dask_summary, distributed = _both([str(examples_dir)], cluster, tmp_path)
    assert local["copy_groups"] and local["claims"] and local["quotes"] and local["entities"]
    _assert_same(local, distributed)
    assert dask_summary.stages == local_summary.stages
    assert (dask_summary.documents, dask_summary.new_documents) == (local_summary.documents,
                                                                    local_summary.new_documents)


def test_synthetic_reports_same_as_local(cluster, synthetic_path, tmp_path):
    local_summary, local, dask_summary, distributed = _both([str(synthetic_path)], cluster, tmp_path)
    exact_reprints = SYNTHETIC_REPORTS - len({r["text"] for r in _reports()})  # one stored report, by content
    assert len(local["documents"]) == SYNTHETIC_REPORTS - exact_reprints
    assert len(local["copy_groups"]) >= 10
    _assert_same(local, distributed)


def test_rerun_adds_nothing_and_runs_no_stage(cluster, examples_dir, tmp_path):
    with Store(tmp_path / "dask.sqlite") as store:
        cluster.run([str(examples_dir)], store, "story")
        before = story_records(store, "story")
        again = cluster.run([str(examples_dir)], store, "story")
        assert again.new_documents == 0 and again.stages == []
        assert story_records(store, "story") == before


def test_band_shuffled_copies_equal_find_copies(cluster, synthetic_path):
    documents = [clean_without_sentences(raw) for raw in read_inputs([str(synthetic_path)])]
    expected = copies.find_copies(documents)
    assert len(expected) >= 10
    # More band tasks than workers and partitions of a few reports: pairs cross partitions.
    cluster.band_tasks = 5
    try:
        assert cluster.find_copies(documents) == expected
    finally:
        cluster.band_tasks = 2 * cluster.workers


def test_stories_same_as_local(cluster, synthetic_path, tmp_path):
    def by_place(documents):  # a stand-in assignment: reports grouped by the place they open with
        return {d.id: d.text.split(",", 1)[0].title() for d in documents}

    paths = [str(synthetic_path)]
    with Store(tmp_path / "local.sqlite") as store:
        local_summary = LocalRunner().run_stories(paths, store, by_place)
        local = {s.story: story_records(store, s.story) for s in local_summary.stories}
    with Store(tmp_path / "dask.sqlite") as store:
        dask_summary = cluster.run_stories(paths, store, by_place)
        distributed = {s.story: story_records(store, s.story) for s in dask_summary.stories}
    assert len(local) >= 5
    assert list(distributed) == list(local)
    for story in local:
        _assert_same(local[story], distributed[story])
    assert [s.stages for s in dask_summary.stories] == [s.stages for s in local_summary.stories]
