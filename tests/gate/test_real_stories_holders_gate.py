"""Two holders' figures are no conflict (issue 20, eighth session, branch issue-20c; bench/results/issue-20-s8-reconcile.md).

Three stories whose false conflicts compared figures of different holders under one noun: two players' touchdowns
(Colts-Jaguars, test13: Manning's three against another receiver's five; Pierre Thomas, test11: "he had six" against
"the undrafted rookie ... five") and two laptop models' battery life (WWDC, test11). On main 6d74980 they gave 0 right
conflicts of 4 (and no gold conflict of theirs was found); now none is listed. Floors: no wrong conflict, and no
agreement lost (15 + 5 + 11 right, as on main)."""

import pytest

pytestmark = pytest.mark.gate

STORIES = ("ecb-29ecb-colts-jaguars-playoff-berth", "ecb-25plus-pierre-thomas-injured-reserve",
           "ecb-40plus-wwdc-2012-macbooks")


@pytest.fixture(scope="module")
def scores(real_stories):
    return real_stories(STORIES, needs=("ecb_plus",), splits=("test11", "test13"))


def test_figures_of_two_holders_are_not_a_conflict(scores):
    from evaluation.real_stories.score import summarize

    t = summarize(scores)["conflict"]
    assert t.n_pred - t.ok_pred == 0, [e for s in scores for e in s.errors if e.startswith("conflict FP")]


def test_holders_keep_the_agreements(scores):
    from evaluation.real_stories.score import summarize

    t = summarize(scores)["agreement"]
    assert t.ok_pred >= 31, (t.ok_pred, t.n_pred)
