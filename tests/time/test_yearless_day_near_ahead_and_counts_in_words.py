"""A year-less month or day with no past verb over it, read as the one of the year before although the coming one is
days away (twenty-second session, a new user's fresh PolNeAR pile of February: "March 1 Southeastern states ... could
play a far-larger role" and "the primary calendar in March" stood in the background as 2015); and a count of months
in words read as a date ("Thirteen months passed before ..." became January of the year before). Invented text."""

from datetime import date

import pytest

from crosscheck.nlp import load_pipeline
from crosscheck.time import find_timexes

PUBLISHED = date(2016, 2, 17)


def values(text):
    return [(v.text, v.value) for v in find_timexes(text, PUBLISHED, load_pipeline()(text))]


@pytest.mark.parametrize("text,expected", [
    ("The port vote and March 1 harbour ballots could decide the fate of the ferry line.", ("March 1", "2016-03-01")),
    ("Ostrava and Brno, the two largest prizes on the league calendar in March, are not waiting for spring.",
     ("March", "2016-03")),
    ("The March 8 council ballot in the harbour district is the first test of the new rules.", ("March 8", "2016-03-08")),
])
def test_a_yearless_day_near_ahead_with_no_past_verb_is_the_coming_one(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize("text,expected", [
    ("The ferry company opened its second terminal in March and hired two hundred workers.", ("March", "2015-03")),
    ("Fares have risen since March, the harbour office said.", ("March", "2015-03")),
    ("The mayor promised last March to rebuild the quay within a year.", ("last March", "2015-03")),
])
def test_a_yearless_day_under_a_past_verb_or_since_stays_behind(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize("text,count", [
    ("Thirteen months passed before the court ordered the harbour office to release the files.", "Thirteen months"),
    ("Twenty years later the quay was rebuilt with money from the port.", "Twenty years later"),
])
def test_a_count_of_months_or_years_in_words_is_no_date(text, count):
    assert count not in [t for t, _ in values(text)]
