"""Real stories end to end: dates as agreements (issue 20, sixth session; bench/results/issue-20t-s6.md).

The day of one happening written alike by independent sources is an agreement of the story report (the
time stage's ``date_agreements``). Three small NewsWCL50 stories (dev): the day the Comey memos' dossier
conversation took place (2017-02-08), the day of Trump's UK visit (2018-07-13), the new deadline of the steel
tariff exemptions (2018-06-01). Before (main 10fb09e): none of the three was found. After: 3 of 3, none wrong.
Floors: every date agreement the report shows matches a gold agreement, and at least 3 are found.
"""

import pytest


pytestmark = pytest.mark.gate

STORIES = ("wcl-1-comey-memos", "wcl-5-trump-uk-visit", "wcl-7-steel-tariffs")


@pytest.fixture(scope="module")
def tally(real_story_runs):
    from evaluation.real_stories.score import Tally, doc_meta, score_story

    total = Tally()
    for g, report, sources in real_story_runs(STORIES, needs=("newswcl50",)):
        dates_only = dict(report, agreements=[a for a in report["agreements"] if a["kind"] == "date"])
        total.add(score_story(g, dates_only, sources, doc_meta(g)).tallies["agreement"])
    return total


def test_date_agreements_are_right(tally):
    assert tally.n_pred >= 3 and tally.ok_pred == tally.n_pred


def test_date_agreements_are_found(tally):
    assert tally.ok_gold >= 3
