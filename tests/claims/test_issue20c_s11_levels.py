"""Issue 20, eleventh session (branch issue-20c): a level on a scale is not a count.

A new user saw "phase five alert" agreed as a count of "alert". A phase, level or category number is a level on a
scale: it agrees with the same level told by another outlet, two levels told on two days are a progression (an update),
and two levels of one day are never a conflict (the day of a raise tells both). The sentences are made up for the
tests."""

import pytest

from crosscheck.claims import extract_claims
from crosscheck.reconcile import find_updates, reconcile_claims
from crosscheck.reconcile.basis import LEVEL, basis_key, unkeyed_basis
from tests.claims.one_sentence import TWO_OUTLETS, claim_of as _claim, one_sentence_doc as _doc


def _run(day_a: str, day_b: str, text_a: str, text_b: str):
    claims = extract_claims([_doc("a", text_a), _doc("b", text_b)])
    published = {"a": day_a, "b": day_b}
    agreements, conflicts = reconcile_claims(claims, TWO_OUTLETS, published=published)
    return agreements, conflicts, find_updates(claims, TWO_OUTLETS, published=published)


@pytest.mark.parametrize("text,figure,scale", [
    ("The WHO raised its pandemic alert to phase five on Wednesday.", "five", "alert level"),
    ("The WHO raised the alert level to five.", "five", "alert level"),
    ("The WHO's alert stood at five.", "five", "alert level"),
    ("The virus alert was raised to five.", "five", "alert level"),
    ("It moved to a phase 6 pandemic alert.", "6", "alert level"),
    ("The storm was upgraded to a category four hurricane.", "four", "category"),
])
def test_phase_five_alert_is_a_level_not_a_count_of_alert(text, figure, scale):
    assert basis_key(_claim(text, figure)) == (LEVEL, None, scale)


def test_the_level_left_is_no_value():
    """"from phase four to phase five": four is the level left, told beside the new one."""
    text = "The WHO raised its alert from phase four to phase five."
    assert basis_key(_claim(text, "four")) is None
    assert basis_key(_claim(text, "five")) == (LEVEL, None, "alert level")
    moved = _claim("The WHO raised its pandemic alert level from 4 to 5.", "4 to 5")
    assert basis_key(moved) is None and unkeyed_basis(moved) is None


def test_a_count_is_still_a_count():
    assert basis_key(_claim("Five people were killed in the blast.", "Five")) == ("count", None, "people killed")


def test_one_level_told_by_two_outlets_agrees():
    agreements, conflicts, _ = _run("2009-04-29", "2009-04-29",
                                    "The World Health Organization raised its pandemic alert to phase five on "
                                    "Wednesday, officials in Geneva said.",
                                    "The WHO raised its global pandemic alert to phase 5 on Wednesday in Geneva.")
    assert len(agreements) == 1 and "a level of alert level" in agreements[0].explanation and not conflicts


def test_two_levels_on_two_days_are_an_update_not_a_conflict():
    agreements, conflicts, updates = _run("2009-04-27", "2009-04-29",
                                          "The World Health Organization raised its pandemic alert to phase four, "
                                          "officials in Geneva said.",
                                          "The World Health Organization raised its pandemic alert to phase five, "
                                          "officials in Geneva said.")
    assert not conflicts and not agreements
    assert [(p.published, p.text) for u in updates for p in u.points] == [("2009-04-27", "four"), ("2009-04-29", "five")]


def test_two_levels_of_one_day_are_no_conflict():
    _, conflicts, _ = _run("2009-04-29", "2009-04-29",
                           "The World Health Organization raised its pandemic alert to phase four, officials said.",
                           "The World Health Organization raised its pandemic alert to phase five, officials said.")
    assert not conflicts


@pytest.mark.parametrize("text,figure", [
    ("But forecasters expect it to ease to Category 2 once it has battered the Georgia coast.", "2"),
    ("A Category 2 hurricane brings sustained winds of 96 mph or more.", "2"),
    ("Here are the phases: a full-blown pandemic, level 6, denotes sustained spread.", "6"),
])
def test_a_level_foreseen_or_defined_is_none_told(text, figure):
    assert basis_key(_claim(text, figure)) is None


def test_a_storm_weakened_to_a_category_is_its_level():
    assert basis_key(_claim("Meanwhile, Lorna eased slightly to a Category 2 storm as it neared the Gulf shore.",
                            "2")) == (LEVEL, None, "category")


@pytest.mark.parametrize("later,moved", [("Doctors said 200 people were injured in the clashes in Tripoli.", False),
                                         ("Doctors said 200 people have now been injured in the clashes in Tripoli.", True),
                                         ("Doctors said 120 people were injured in the clashes in Tripoli.", True)])
def test_a_much_larger_toll_joins_a_progression_only_when_told_as_moved(later, moved):
    """Libya (Timeline17, dev): 33 injured in one clash, then 200, then about 1,000 in the city, were one progression.
    A value more than five times the last joins it only when its words say it moved ("now", "rose to")."""
    _, _, updates = _run("2011-08-18", "2011-08-21", "Doctors said 33 people were injured in the clashes in Tripoli.",
                         later)
    assert bool(updates) is moved
