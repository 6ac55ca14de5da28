"""Twentieth session (issue 20h, bench/results/issue-20h-s20.md): two gold conflicts the final "same thing?" check
used to call unsure are found, with no false one: the Indian navy's seized ammunition told in two reports' own words
(ECB+ sub-topic 12, Sukanya: conflicts 4 right of 4, was 3 of 3) and how far one climber fell, told of one man by his
age (sub-topic 23, Mount Cook: 2 right of 2, was 1 of 1). Both stories are dev (unsealed splits test2 and test3)."""

import pytest

pytestmark = pytest.mark.gate

STORIES = ("ecb-12plus-ins-sukanya-pirates", "ecb-23plus-mount-cook-climbers")


@pytest.fixture(scope="module")
def scores(real_stories):
    return {s.story: s for s in real_stories(STORIES, needs=("ecb_plus",), splits=("test2", "test3"))}


@pytest.mark.parametrize("story, right", [("ecb-12plus-ins-sukanya-pirates", 4), ("ecb-23plus-mount-cook-climbers", 2)])
def test_conflicts_found_at_the_final_likeness_check(scores, story, right):
    conflict = scores[story].tallies["conflict"]
    assert conflict.ok_pred >= right and conflict.n_pred == conflict.ok_pred, (conflict.ok_pred, conflict.n_pred)
