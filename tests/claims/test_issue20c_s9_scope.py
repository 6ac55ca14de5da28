"""Issue 20, ninth session (branch issue-20c): the scope tests compare places, not totals or happenings.

Two scope tests dropped real conflicts on the 139 dev stories (bench/results/issue-20c-s9.md): a figure told as a
whole ("worldwide", "overall") was never compared with one that names no part ("killing 140" against "141 deaths
globally", one WHO tally; "the overall number of confirmed infections" in Australia against "infections in Australia"),
and a phrase after "in" that names the happening ("injured in the riots", "in the violence") was read as a place. The
sentences below are made up for the tests."""

from crosscheck.reconcile.scope import _local_scope
from crosscheck.reconcile.spans import same_relation
from tests.claims.one_sentence import claim_of as _claim, reconcile_pair

SAME_DAY = {"a": "2010-05-05", "b": "2010-05-05"}


def _judge(text_a: str, text_b: str):
    return reconcile_pair(text_a, text_b, SAME_DAY)


def test_injured_in_the_riots_is_a_happening_not_a_place():
    assert _local_scope(_claim("Police said 12 people were injured in the riots.", "12")) is None
    assert _local_scope(_claim("Police said 18 people were injured in the violence.", "18")) is None
    assert _local_scope(_claim("Police said 18 people were injured in Thessaloniki.", "18")) is not None
    assert _local_scope(_claim("Police said 18 people were injured in the Athens riots.", "18")) is not None


def test_riots_and_violence_injured_on_one_day_are_a_conflict():
    _, conflicts = _judge("Police said 12 people were injured in the riots in the capital on Wednesday.",
                          "Police said 18 people had been injured in the violence in the capital on Wednesday.")
    assert len(conflicts) == 1
    assert "injured" in conflicts[0].explanation and "Basis:" in conflicts[0].explanation


def test_injured_in_two_cities_is_no_conflict():
    _, conflicts = _judge("Police said 12 people were injured in Athens on Wednesday.",
                          "Police said 18 people had been injured in Thessaloniki on Wednesday.")
    assert conflicts == []


def test_an_overall_number_of_a_place_faces_that_place_figure():
    _, conflicts = _judge("Portugal now has six confirmed flu cases overall, the ministry said on Wednesday.",
                          "Portugal now has eight confirmed flu cases, the ministry said on Wednesday.")
    assert len(conflicts) == 1


def test_a_worldwide_figure_and_a_country_figure_stay_apart():
    _, conflicts = _judge("The virus has killed 141 people worldwide, the health agency said.",
                          "The virus has killed 40 people in Portugal, the health agency said.")
    assert conflicts == []


def test_a_length_of_days_and_days_since_a_killing_do_not_agree():
    length = _claim("The capital was calm on Sunday after eight days of clashes.", "eight days")
    since = _claim("The teenager was killed by police in the capital eight days ago.", "eight days")
    assert not same_relation(length, since)
    assert same_relation(length, _claim("The capital was calm on Monday after six days of riots.", "six days"))
    agreements, _ = _judge("The capital was calm on Sunday after eight days of clashes, police said.",
                           "The teenager was killed by police in the capital eight days ago, triggering clashes, police said.")
    assert not any("eight days" in f.explanation.lower() for f in agreements)
