"""Real stories end to end, tallies (issue 20, sixth session, branch issue-20c): win-loss records, scores and a fighter's
knockouts told as "N-M" are claims of their own and compared tally with tally.

Two sports stories, dev since this session (ECB topic 7, Klitschko v Rahman, from test9; ECB+ topic 29, Colts v
Chiefs, from test5), run through the whole pipeline and scored with the evaluation's own rules. Before the tallies
(main 10fb09e): Klitschko conflicts 0 of 4 gold found, agreements 2 right of 3; Colts conflicts 0 of 5 found,
agreements 10 right of 11. After: Klitschko conflicts 3 right of 3 (52-3 vs 53-3, 46 vs 47 KOs, Bowe 43-1 vs 45-1),
agreements 6 right of 7; Colts conflicts 2 right of 2 (10-5 vs 9-5), agreements 16 right of 19. Floors pinned there
(bench/results/issue-20c-s6.md); the full figures are `python -m evaluation.real_stories --split every`.
"""

import pytest


pytestmark = pytest.mark.gate

STORIES = ("ecb-7ecb-klitschko-rahman", "ecb-29plus-colts-chiefs-playoff-berth")


@pytest.fixture(scope="module")
def scores(real_stories):
    return {s.story: s for s in real_stories(STORIES, needs=("ecb_plus",))}


def test_boxers_records_and_knockouts_conflict(scores):
    t = scores["ecb-7ecb-klitschko-rahman"].tallies["conflict"]
    assert t.ok_pred >= 3 and t.ok_pred == t.n_pred and t.ok_gold >= 3, (t.ok_pred, t.n_pred, t.ok_gold)


def test_team_record_conflicts_and_tallies_agree(scores):
    c = scores["ecb-29plus-colts-chiefs-playoff-berth"].tallies["conflict"]
    assert c.ok_pred >= 2 and c.ok_pred == c.n_pred, (c.ok_pred, c.n_pred)
    a = scores["ecb-29plus-colts-chiefs-playoff-berth"].tallies["agreement"]
    assert a.ok_pred >= 16 and a.ok_gold >= 13, (a.ok_pred, a.n_pred, a.ok_gold)
    k = scores["ecb-7ecb-klitschko-rahman"].tallies["agreement"]
    assert k.ok_pred >= 6 and k.precision >= 0.85, (k.ok_pred, k.n_pred)
