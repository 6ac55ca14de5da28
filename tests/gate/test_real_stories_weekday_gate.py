"""Twenty-first session (issues 21d and 21x, bench/results/issue-21d-s21.md, issue-21x-s21.md): gold conflicts found
with no false one in two undated ECB stories: the day an actress checked into a clinic (one report writes the full
date, another only "on Friday": the weekday is read against the day the first gives the same happening; sub-topic 1,
1 right of 1, was 0 of 0), and in the Greek riots sub-topic 19 the day of the fatal shooting ("on Sunday" in a bare
text against "December 6") and which day of protests a Saturday was ("eighth" vs "seventh", counting ordinals):
3 right of 3, was 1 of 1. Both stories are dev (the unsealed split test11)."""

import pytest

pytestmark = pytest.mark.gate

STORIES = ("ecb-1ecb-tara-reid-rehab", "ecb-19ecb-greek-riots")


@pytest.fixture(scope="module")
def scores(real_stories):
    return {s.story: s for s in real_stories(STORIES, needs=("ecb_plus",), splits=("test11",))}


@pytest.mark.parametrize("story, right", [("ecb-1ecb-tara-reid-rehab", 1), ("ecb-19ecb-greek-riots", 3)])
def test_conflicts_found_by_a_weekday_or_a_counting_ordinal(scores, story, right):
    conflict = scores[story].tallies["conflict"]
    assert conflict.ok_pred >= right and conflict.n_pred == conflict.ok_pred, (conflict.ok_pred, conflict.n_pred)
