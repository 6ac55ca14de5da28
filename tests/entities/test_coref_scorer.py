"""The coreference scorer against figures worked out by hand and published with the reference scorer.

Sources of the expected figures:
- Pradhan et al. 2014 (ACL, "Scoring Coreference Partitions of Predicted Mentions"),
  the paper's worked example: MUC 40/40, B3 R 41.67 P 50, CEAF-e R 65 P 43.33.
- The reference scorer's own test cases (conll/reference-coreference-scorers,
  test/TestCases.README and CorefMetricTestConfig.pm), key TC-A = {a} {bc} {def}.
- Luo 2005 (CEAF), the key {1..5} {6,7} {8..C} and its four responses, worked by hand here.
"""

from fractions import Fraction as Fr

import pytest

from evaluation.coref_scorer import Score, b_cubed, ceaf_e, conll_f1, muc, normalise, scores


def close(score: Score, recall, precision, f1=None):
    assert score.recall == pytest.approx(float(recall), abs=1e-9)
    assert score.precision == pytest.approx(float(precision), abs=1e-9)
    if f1 is not None:
        assert score.f1 == pytest.approx(float(f1), abs=1e-9)


def f(r, p):
    return 2 * r * p / (r + p)


# --- Pradhan et al. 2014, the worked example of the paper --------------------------------------

PRADHAN_KEY = [["a", "b", "c"], ["d", "e", "f", "g"]]
PRADHAN_RESPONSE = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]]


def test_pradhan_2014_example():
    close(muc(PRADHAN_KEY, PRADHAN_RESPONSE), Fr(2, 5), Fr(2, 5))
    close(b_cubed(PRADHAN_KEY, PRADHAN_RESPONSE), Fr(35, 84), Fr(1, 2))  # (4/3+1/3+1/4+1)/7, (2+1/2+1/2+1)/8
    close(ceaf_e(PRADHAN_KEY, PRADHAN_RESPONSE), Fr(13, 20), Fr(13, 30))  # 1.3/2, 1.3/3
    expected = (0.4 + f(35 / 84, 0.5) + f(0.65, 1.3 / 3)) / 3 * 100
    assert conll_f1(PRADHAN_KEY, PRADHAN_RESPONSE) == pytest.approx(expected)
    assert round(conll_f1(PRADHAN_KEY, PRADHAN_RESPONSE), 2) == 45.82


# --- The reference scorer's test cases on key TC-A ---------------------------------------------

TC_A_KEY = [["a"], ["b", "c"], ["d", "e", "f"]]


def test_a1_perfect_response():
    for s in scores(TC_A_KEY, TC_A_KEY).values():
        close(s, 1, 1, 1)


def test_a2_missing_mentions_and_entities():
    response = [["a"], ["d", "e"]]
    close(muc(TC_A_KEY, response), Fr(1, 3), 1, 0.5)
    close(b_cubed(TC_A_KEY, response), Fr(7, 18), 1, Fr(14, 25))
    close(ceaf_e(TC_A_KEY, response), 0.6, 0.9, 0.72)


def test_a3_false_alarm_mentions_and_entities():
    response = [["a"], ["b", "c", "x"], ["d", "e", "f", "y"], ["z"]]
    close(muc(TC_A_KEY, response), 1, Fr(3, 5), 0.75)
    close(b_cubed(TC_A_KEY, response), 1, (4 + Fr(7, 12)) / 9, Fr(110, 163))
    common = 1 + Fr(4, 5) + Fr(6, 7)
    close(ceaf_e(TC_A_KEY, response), common / 3, common / 4)


def test_a4_missing_and_false_alarm():
    response = [["a"], ["b", "c", "x"], ["d", "y"], ["z"]]
    close(muc(TC_A_KEY, response), Fr(1, 3), Fr(1, 3), Fr(1, 3))
    close(b_cubed(TC_A_KEY, response), (3 + Fr(1, 3)) / 6, (1 + Fr(4, 3) + Fr(1, 2)) / 7)
    common = 1 + Fr(4, 5) + Fr(2, 5)
    close(ceaf_e(TC_A_KEY, response), common / 3, common / 4)


def test_a5_overlapping_mention_in_the_aligned_entity():
    response = [["a"], ["b", "c", "x", "B"], ["d", "y"], ["z"]]  # B: another mention overlapping b
    close(muc(TC_A_KEY, response), Fr(1, 3), Fr(1, 4), Fr(2, 7))
    close(b_cubed(TC_A_KEY, response), (3 + Fr(1, 3)) / 6, Fr(5, 2) / 8)
    common = 1 + Fr(4, 6) + Fr(2, 5)
    close(ceaf_e(TC_A_KEY, response), common / 3, common / 4)


def test_a6_overlapping_mention_in_an_unaligned_entity():
    response = [["a"], ["b", "c", "x"], ["d", "y"], ["B", "z"]]
    close(muc(TC_A_KEY, response), Fr(1, 3), Fr(1, 4), Fr(2, 7))
    close(b_cubed(TC_A_KEY, response), Fr(10, 3) / 6, (1 + Fr(4, 3) + Fr(1, 2)) / 8)
    common = 1 + Fr(4, 5) + Fr(2, 5)
    close(ceaf_e(TC_A_KEY, response), common / 3, common / 4)


@pytest.mark.parametrize("response", [
    [["a"], ["b", "c", "x", "b"], ["d", "y"], ["z"]],  # A7: b written twice in one entity
    [["a"], ["b", "c", "x"], ["d", "y"], ["b", "z"]],  # A8: b written again in another entity
    [["a"], ["b", "c", "x"], ["d", "y"], ["b"] * 10 + ["z"]],  # A9: b ten times cannot buy precision
])
def test_a7_to_a9_duplicate_mentions_are_counted_once(response):
    close(muc(TC_A_KEY, response), Fr(1, 3), Fr(1, 3), Fr(1, 3))
    close(b_cubed(TC_A_KEY, response), Fr(10, 3) / 6, (1 + Fr(4, 3) + Fr(1, 2)) / 7)
    close(ceaf_e(TC_A_KEY, response), Fr(11, 15), Fr(11, 20))


def test_a10_all_singletons():
    response = [[m] for m in "abcdef"]
    close(muc(TC_A_KEY, response), 0, 0, 0)
    close(b_cubed(TC_A_KEY, response), Fr(3, 6), 1, Fr(2, 3))


def test_a11_one_entity():
    response = [list("abcdef")]
    close(muc(TC_A_KEY, response), 1, Fr(3, 5), Fr(6, 8))
    close(b_cubed(TC_A_KEY, response), 1, (Fr(1, 6) + 2 * Fr(2, 6) + 3 * Fr(3, 6)) / 6, Fr(14, 25))


# --- Luo 2005: key {1..5} {6,7} {8..C} -----------------------------------------------------------

LUO_KEY = [list("12345"), list("67"), list("89ABC")]


@pytest.mark.parametrize("response,common", [
    # (a) the two smaller entities merged: K1<->R1 (1) + K3<->R2 (2*5/12)
    ([list("12345"), list("6789ABC")], 1 + Fr(10, 12)),
    # (b) the two large ones merged: K2<->R2 (1) + K1 or K3 <->R1 (2*5/15)
    ([list("123458") + list("9ABC"), list("67")], 1 + Fr(10, 15)),
    # (c) everything one entity: the best key entity is a 5-mention one, 2*5/17
    ([list("123456789ABC")], Fr(10, 17)),
    # (d) every mention alone: three singletons align, 2/6 + 2/3 + 2/6
    ([[m] for m in "123456789ABC"], Fr(2, 6) + Fr(2, 3) + Fr(2, 6)),
])
def test_luo_2005_ceaf_e(response, common):
    n_response = len(response)
    close(ceaf_e(LUO_KEY, response), common / 3, common / n_response)


def test_luo_2005_muc_cannot_tell_merges_apart_but_ceaf_can():
    # Luo's motivating point: MUC gives (a) and (b) the same figures, CEAF-e does not.
    a = [list("12345"), list("6789ABC")]
    b = [list("1234589ABC"), list("67")]
    assert muc(LUO_KEY, a).f1 == pytest.approx(muc(LUO_KEY, b).f1)
    assert ceaf_e(LUO_KEY, a).f1 > ceaf_e(LUO_KEY, b).f1


# --- edge cases ----------------------------------------------------------------------------------

def test_empty_sides_score_zero_without_dividing_by_zero():
    for s in scores([], []).values():
        assert (s.recall, s.precision, s.f1) == (0.0, 0.0, 0.0)
    for s in scores(TC_A_KEY, []).values():
        assert s.recall == 0.0 and s.precision == 0.0


def test_scores_add_up_like_the_reference_scorer_over_documents():
    one = muc(PRADHAN_KEY, PRADHAN_RESPONSE)
    two = muc(TC_A_KEY, [list("abcdef")])
    total = sum([one, two])
    assert total.recall == pytest.approx((2 + 3) / (5 + 3))
    assert total.precision == pytest.approx((2 + 3) / (5 + 5))


def test_normalise_keeps_a_repeated_mention_in_its_first_cluster():
    assert normalise([["a", "b"], ["b", "c"], ["b"]]) == [frozenset("ab"), frozenset("c")]
