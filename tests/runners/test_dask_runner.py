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

from crosscheck import copies, pipeline  # noqa: E402
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
    # One stored report by content and outlet (issue 21: the same text from two outlets is two reports).
    exact_reprints = SYNTHETIC_REPORTS - len({(r["text"], r.get("outlet"), r.get("url")) for r in _reports()})
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


def test_stored_stories_same_as_local(cluster, synthetic_path, tmp_path):
    """Stories found by `crosscheck stories` (stored unparsed), analysed one task a story."""
    stored = {}
    for name, runner in (("local", LocalRunner()), ("dask", cluster)):
        with Store(tmp_path / f"{name}.sqlite") as store:
            found = pipeline.find_stories([str(synthetic_path)], store, tmp_path / f"work-{name}")
            names = [found.names[s.id] for s in found.stories if len(s.documents) >= 3]
            ran = runner.analyze_stories(store, names)
            stored[name] = ({story: story_records(store, story) for story in names}, ran)
    (local, local_ran), (distributed, dask_ran) = stored["local"], stored["dask"]
    assert len(local) >= 3
    assert list(distributed) == list(local)
    for story in local:
        assert all(d["sentences"] for d in local[story]["documents"])  # split by analyze_story
        _assert_same(local[story], distributed[story])
    assert dask_ran == local_ran


def test_hub_page_teaser_found_across_partitions(cluster):
    """Issue 14 session 5: the cluster finds a page carrying another report's opening (a teaser on a hub page, ~5% of
    either report) as ``copies.find_copies`` does, the two reports in different partitions."""
    sys.path.insert(0, str(ROOT / "tests" / "copies"))
    from test_containment_and_sources import doc, prose

    def story(seed: int, paragraphs: int) -> list[str]:
        return [" ".join(prose(seed + k, 3)) for k in range(paragraphs)]

    original = story(100, 20)
    others = [doc(10 + k, story(3000 + 40 * k, 6), f"Outlet {k}") for k in range(38)]
    hub = doc(2, story(300, 6) + [original[0]] + story(400, 6), "Wire Blogs", date="2026-03-15")
    documents = [doc(1, original, "Wire")] + others + [hub]
    expected = copies.find_copies(documents)
    assert [sorted(g.documents) for g in expected] == [["d1", "d2"]]
    assert cluster.find_copies(documents) == expected


def test_band_shuffled_copies_equal_find_copies_on_republished_versions(cluster):
    """Issue 14, tenth session: versions of a timeline the outlet republishes, put under the containment rule only by
    its template, are copies (``copies.republished``) in the band-shuffled detection as in ``find_copies``."""
    from ..copies.test_republished_versions import _outlet

    documents = _outlet(6, 20, 2)
    expected = copies.find_copies(documents)
    assert expected  # the rescue joins the versions
    assert cluster.find_copies(documents) == expected


def test_short_excerpt_found_across_partitions_as_find_copies_does(cluster):
    """Issue 14, fifteenth session: a report too short to sample (``copies.SHORT_REPORT``) is looked up whole by the
    cluster too. The Dask path had no such lookup, so a 140-word excerpt whose shared paragraph keeps one sampled
    shingle was a copy locally and no candidate on the cluster (and its shared passages differed)."""
    from ..copies.test_short_excerpt_candidate import _pair
    from ..copies.test_containment_and_sources import doc, prose

    original, excerpt = _pair()
    others = [doc(10 + k, [" ".join(prose(7000 + 40 * k + p, 3)) for p in range(6)], f"Outlet {k}") for k in range(38)]
    documents = [original] + others + [excerpt]  # first and last: two partitions of 32
    expected = copies.find_copies_and_passages(documents)
    assert [sorted(g.documents) for g in expected[0]] == [["d1", "d2"]]
    assert cluster.find_copies_and_passages(documents) == expected
