"""A coming day read as the one before (issue 20, twentieth session, a new user's run on a fresh oil-spill pile):
"is due to give evidence to a U.S. House panel on Thursday" (the full stop of "U.S." cut the sentence, and its
"is due to" was not read), "ahead of their pay talks with the operator on Thursday" (a prospective
frame whose noun carries the day); and a weekday that is a given name ("says Saturday Pirri") was read as a day."""

from datetime import date

import pytest

from crosscheck.nlp import load_pipeline
from crosscheck.time import find_timexes

PUBLISHED = date(2013, 4, 24)  # a Wednesday


def values(text):
    return [v.value for v in find_timexes(text, PUBLISHED, load_pipeline()(text))]


@pytest.mark.parametrize("text,day", [
    ("The harbour master, who led the inquiry for two years, is due to appear before a U.S. Senate panel on Friday.",
     "2013-04-26"),
    ("Gov. Mara Lindqvist is expected to sign the measure on Friday.", "2013-04-26"),
    ("Greenfield and Olsen made their case in a memo to Mara Lindqvist, ahead of their budget hearing with the "
     "port director on Thursday.", "2013-04-25"),
    ("The union wrote to the board, ahead of its pay talks with the rail operator on Thursday.", "2013-04-25"),
    ("The port's director, who herself faces a council inquiry on Thursday, has received a letter from two unions.",
     "2013-04-25"),
])
def test_coming_day_past_an_abbreviation_or_a_noun_resolves_forward(text, day):
    days = [v for v in values(text) if v.startswith("2013-")]
    assert days == [day]


@pytest.mark.parametrize("text", [
    "The ferry sank near the U.S. coast on Friday.",
    "Ahead of the vote that was held on Friday, the party split in two.",
    "Shares fell on Friday ahead of the results.",
    "The ferry captain, who faced a hearing on Friday, resigned.",
])
def test_past_day_stays_past(text):
    assert values(text) == ["2013-04-19"]


def test_weekday_that_is_a_given_name_is_no_day():
    assert values('"The water burns our hands," says Saturday Okonjo, a rice farmer in the delta.') == []


def test_weekday_before_a_name_that_is_a_day_stays():
    assert values("On Monday Okonjo said the water was clean.") == ["2013-04-22"]
