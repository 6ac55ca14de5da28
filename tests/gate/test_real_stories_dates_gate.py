"""Real stories end to end: dates as agreements (issue 20, sixth session; bench/results/issue-20t-s6.md).

The day of one happening written alike by independent sources is an agreement of the story report (the
time stage's ``date_agreements``). Three small NewsWCL50 stories (dev): the day the Comey memos' dossier
conversation took place (2017-02-08), the day of Trump's UK visit (2018-07-13), the new deadline of the steel
tariff exemptions (2018-06-01). Before (main 10fb09e): none of the three was found. After: 3 of 3, none wrong.
Floors: every date agreement the report shows matches a gold agreement, and at least 3 are found.
"""

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate

STORIES = ("wcl-1-comey-memos", "wcl-5-trump-uk-visit", "wcl-7-steel-tariffs")


@pytest.fixture(scope="module")
def tally(tmp_path_factory):
    if not (SHARED_DATA / "newswcl50").exists():
        pytest.skip(f"{SHARED_DATA} is not here")
    import os

    os.environ["CROSSCHECK_REAL_STORIES_CACHE"] = str(tmp_path_factory.mktemp("real-stories-cache"))
    try:
        from evaluation.real_stories.data import SEALED_SPLITS, gold, split
        from evaluation.real_stories.run import run_story
        from evaluation.real_stories.score import Tally, doc_meta, score_story

        total = Tally()
        for name in STORIES:
            assert split()[name] not in SEALED_SPLITS  # never a sealed split
            g = gold(name)
            report, sources, _ = run_story(g, use_cache=False)
            dates_only = dict(report, agreements=[a for a in report["agreements"] if a["kind"] == "date"])
            total.add(score_story(g, dates_only, sources, doc_meta(g)).tallies["agreement"])
        yield total
    finally:
        os.environ.pop("CROSSCHECK_REAL_STORIES_CACHE", None)


def test_date_agreements_are_right(tally):
    assert tally.n_pred >= 3 and tally.ok_pred == tally.n_pred


def test_date_agreements_are_found(tally):
    assert tally.ok_gold >= 3
