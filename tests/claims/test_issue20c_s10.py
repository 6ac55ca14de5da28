"""Issue 20, tenth session (branch issue-20c): a count written in words with a scale is a figure.

A spill of 1991 told as "an estimated eight million barrels of oil" was read as
"millions", no figure, like "thousands": so it never faced another report's "11m barrels" of the same spill
(Timeline17, BP oil spill, static kill of August 2010), nor "five million gallons" any figure in gallons.
The sentences below are made up for the tests."""

import pytest

from crosscheck.reconcile.basis import basis_key
from crosscheck.reconcile.nonfigure import _vague
from tests.claims.one_sentence import claim_of as _claim, reconcile_pair

SAME_DAY = {"a": "2010-08-04", "b": "2010-08-04"}


def _judge(text_a: str, text_b: str):
    """(agreements, conflicts) of two reports of one day by two outlets."""
    return reconcile_pair(text_a, text_b, SAME_DAY)


@pytest.mark.parametrize("text", ["an estimated eight million barrels", "five million gallons", "a million",
                                  "about one million", "Thirty-three million"])
def test_a_count_in_words_with_a_scale_is_a_figure(text):
    assert not _vague(text)


@pytest.mark.parametrize("text", ["thousands", "tens of thousands", "hundreds of millions", "several hundred",
                                  "a few dozen", "scores", "about a dozen", "Dozens", "Two hundred", "a thousand"])
def test_a_number_told_without_a_figure_is_vague(text):
    assert _vague(text)


def test_eight_million_barrels_is_compared_with_11m_barrels():
    eight = _claim("Only the loss of an estimated eight million barrels of oil from a grounded tanker in 1979 was larger.",
                   "an estimated eight million barrels")
    assert basis_key(eight) == ("measurement", "liter", "oil")  # before: None, as "millions"
    _, conflicts = _judge("Only the loss of an estimated eight million barrels of oil from a grounded tanker in "
                          "1979 was larger, officials said.",
                          "The largest ever was the 11m barrels of oil lost from a grounded tanker in 1979, "
                          "officials said.")
    assert len(conflicts) == 1 and "Basis:" in conflicts[0].explanation


def test_thousands_is_still_no_figure():
    assert basis_key(_claim("Thousands of people marched in the capital on Sunday.", "Thousands")) is None


# Issue 20, tenth session: "He scored six touchdowns on offense" against "four touchdowns receiving" (Reggie Bush,
# ECB+ 25, a dev story) was shown as a conflict: a count of one kind of play is a part of the other's total.

@pytest.mark.parametrize("kind, conflicts", [("on offense", 0), ("receiving", 1)])
def test_touchdowns_of_another_kind_of_play_are_no_conflict(kind, conflicts):
    found = _judge(f"Bush scored six touchdowns {kind} this season, the team said.",
                   "Bush had four touchdowns receiving this season, the team said.")[1]
    assert len(found) == conflicts


# Issue 20, tenth session: "Hansbrough, who now has 2,302 points" against "edging J.J. Redick for the all-time ACC
# scoring record (2,769 points)" (ECB+ 31, a dev story) was shown as a conflict: a record is the record's value.

def test_a_record_is_not_the_count_of_the_one_chasing_it():
    from crosscheck.reconcile.compare import story_aliases
    from crosscheck.reconcile.likeness import sure_pair, told_as_record

    now = _claim("Officials stopped the game when Hansbrough, who now has 2,302 points, made the record-setting basket.",
                 "2,302")
    record = _claim("Hansbrough, who has an outside shot at edging Duke great J.J. Redick for the all-time ACC scoring "
                    "record (2,769 points), has done just about everything.", "2,769")
    held = _claim("Former Duke star J.J. Redick holds that mark with 2,769 points.", "2,769")
    assert told_as_record(record) and told_as_record(held) and not told_as_record(now)
    aliases = story_aliases([])
    assert not sure_pair(now, record, "points", SAME_DAY, aliases)  # before: sure, and shown as a conflict
    assert sure_pair(record, held, "points", SAME_DAY, aliases)  # two tellings of the record still compare


# Issue 20, tenth session: once "about one million" was a figure, "That pandemic killed about one million people"
# faced a yearly toll of ordinary flu "up to" a figure (Timeline17 H1N1, June 2009, dev) as a conflict: a count
# told per year, with its period before it, is a rate.

def test_a_period_told_before_the_figure_makes_a_rate():
    yearly = _claim("Each year, ordinary influenza kills up to 500,000 people and sickens millions.", "up to 500,000")
    assert basis_key(yearly) == ("rate", "count/year", "people killed")
    once = _claim("That pandemic killed about one million people.", "about one million")
    assert basis_key(once) == ("count", None, "people killed")
    _, conflicts = _judge("That pandemic killed about one million people, the agency said.",
                          "Each year, ordinary influenza kills up to 500,000 people, the agency said.")
    assert conflicts == []


# Issue 20, tenth session: "times" alone names nothing counted, so "shot eleven times" and "married three times" had no
# basis and were compared only as "a count told in like words"; the act is the thing counted.

def test_how_often_an_act_is_keyed_by_the_act():
    assert basis_key(_claim("Gray was shot eleven times by police on Saturday.", "eleven")) == ("count", None, "times shot")
    married = _claim("Page was married three times but had no children.", "three")
    assert basis_key(married) == ("count", None, "times married")
    agreements, _ = _judge("Page was married three times, her agent said.",
                           "Page was arrested three times, her agent said.")
    assert agreements == []
