"""Real stories end to end (issue 20): the story report scored against gold made by reading.

Three small DEV stories of evaluation/real_stories (Timeline17 Deepwater Horizon first week,
ECB+ Qeshm quake, NewsWCL50 migrant caravan: 25 reports) run through the whole pipeline and
are scored with the evaluation's own matching rules. Floors pinned at the levels measured on
main @14a198a (before the issue-20 fixes): conflicts 2 right of 4, agreements 2 of 5, key
dates 8 of 15 (8 of 9 gold found), no update shown as a conflict. Raise them as the report
improves; the full figures are `python -m evaluation.real_stories --split dev`.
"""

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate

STORIES = ("t17-bpoil-first-week", "ecb-20plus-qeshm-quake", "wcl-6-migrant-caravan")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    if not (SHARED_DATA / "timeline17_tlsrl").exists() or not (SHARED_DATA / "ecb_plus").exists():
        pytest.skip(f"{SHARED_DATA} is not here")
    import os

    os.environ["CROSSCHECK_REAL_STORIES_CACHE"] = str(tmp_path_factory.mktemp("real-stories-cache"))
    try:
        from evaluation.real_stories.__main__ import evaluate
        from evaluation.real_stories.data import split

        assert all(split()[name] == "dev" for name in STORIES)  # the gate never reads the test split
        yield evaluate(list(STORIES), use_cache=False)
    finally:
        os.environ.pop("CROSSCHECK_REAL_STORIES_CACHE", None)


def _total(scores, measure):
    from evaluation.real_stories.score import summarize

    return summarize(scores)[measure]


def test_every_report_of_the_real_stories_is_in_the_story_report(scores):
    for s in scores:
        assert s.n_mapped == s.n_docs, s.story


def test_real_story_conflicts_are_mostly_real(scores):
    t = _total(scores, "conflict")
    assert t.ok_pred >= 2 and t.n_pred - t.ok_pred <= 2, (t.ok_pred, t.n_pred)
    assert sum(s.updates_as_conflicts for s in scores) == 0


def test_real_story_agreements_are_independent(scores):
    t = _total(scores, "agreement")
    assert t.ok_pred >= 2 and t.precision >= 0.40, (t.ok_pred, t.n_pred)


def test_real_story_key_dates_are_story_days(scores):
    t = _total(scores, "key_date")
    assert t.precision >= 0.50 and t.ok_gold >= 8, (t.ok_pred, t.n_pred, t.ok_gold, t.n_gold)
