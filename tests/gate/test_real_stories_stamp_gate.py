"""Real stories end to end, key dates (issue 20 item 6, eighth session, test13 read as dev): a morning paper's own day,
named only by the page's timestamp glued before its lead (the paper's name, weekday, date and time, then a lead on
soldiers to be tried that the attorney general announced "last night"), is no key date; the day the lead tells is.

Before (main f2dcbc8): Timeline17 Iraq war soldiers showed 2005-07-20 beside 2005-07-19, Robin Cook's death
2005-08-08 beside 2005-08-06 (2 wrong of 4). After: 2 right of 2. Floors: no wrong key date, both days found.
"""

import pytest

pytestmark = pytest.mark.gate

STORIES = ("t17-iraqwar-soldiers-war-crimes-charges-jul-2005", "t17-iraqwar-robin-cook-death-aug-2005")


@pytest.fixture(scope="module")
def scores(real_stories):
    return real_stories(STORIES, needs=("timeline17_tlsrl",))


def test_a_papers_timestamp_makes_no_key_date(scores):
    from evaluation.real_stories.score import summarize

    t = summarize(scores)["key_date"]
    assert t.n_pred == t.ok_pred and t.ok_gold >= 2, (t.ok_pred, t.n_pred, t.ok_gold, t.n_gold)
