"""Real stories end to end, key dates (issue 20 item 6, seventh session): a report of the next day whose headline
or undated lead retells the happening earlier reports dated does not make its own day key, and a lead telling
something new after it ("rescue operations ... after a 6.1 magnitude earthquake hit Aceh") still does.

Before (main 051e0d6): ECB+ 4 (Esther Williams) showed 2013-06-07, the day of "Hollywood's mermaid Esther Williams
dies", beside her death on 2013-06-06 (1 wrong of 2). After: 1 right of 1; ECB+ 37 (Aceh) keeps both its days
(the quake 2013-07-02, the rescue 2013-07-03). Floors: no wrong key date, every gold key date of the two found.
"""

import pytest

pytestmark = pytest.mark.gate

STORIES = ("ecb-4plus-esther-williams-death", "ecb-37plus-aceh-quake")


@pytest.fixture(scope="module")
def scores(real_stories):
    return real_stories(STORIES, needs=("ecb_plus",))


def test_a_follow_up_day_is_no_key_date_and_a_new_one_is(scores):
    from evaluation.real_stories.score import summarize

    t = summarize(scores)["key_date"]
    assert t.n_pred == t.ok_pred and t.ok_gold == t.n_gold == 3, (t.ok_pred, t.n_pred, t.ok_gold, t.n_gold)
