"""A year-less day or a weekday in a present-tense or "will" clause is the next one (ECB+ topic
33, run as a new user: "when he's sentenced May 7" went to the year before and became a key
date); an indefinite weekday ("on a Friday afternoon") is no date at all."""

from datetime import date

import pytest

from crosscheck.nlp import load_pipeline
from crosscheck.time import find_timexes

PUBLISHED = date(2013, 4, 24)  # a Wednesday


def values(text):
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, load_pipeline()(text))]


@pytest.mark.parametrize("text,expected", [
    ("He faces up to 75 years in prison when he's sentenced May 7.", "2013-05-07"),
    ("He will be sentenced on May 7.", "2013-05-07"),
    ("The trial resumes Friday.", "2013-04-26"),
    ("The storm is expected to make landfall on Friday.", "2013-04-26"),
    # a plan or a "would" told in the past tense is still to come (a Haiti story's timeline put both in the week before)
    ("The prime minister said he planned to go to Haiti on Friday.", "2013-04-26"),
    ("The president said he would meet former presidents on Saturday.", "2013-04-27"),
])
def test_coming_day_resolves_forward(text, expected):
    assert expected in [v for _, v in values(text)]


@pytest.mark.parametrize("text,expected", [
    ("He was sentenced May 7.", "2012-05-07"),
    ("He has been sentenced on May 7.", "2012-05-07"),
    ("He is charged with a murder on May 7.", "2012-05-07"),
    ("Police say the attack happened on Friday.", "2013-04-19"),
    ("Quake hits Aceh on Friday", "2013-04-19"),  # a headline's present tense is the past
    ("He said he would not meet them on Friday.", "2013-04-19"),
    ("He said the ship arrived on Friday.", "2013-04-19"),
])
def test_past_day_stays_past(text, expected):
    assert expected in [v for _, v in values(text)]


def test_a_friday_afternoon_is_not_a_date():
    text = "Lopez is accused of spraying 13 shots on a Friday afternoon, just as schools were being let out."
    assert values(text) == []


def test_a_day_in_advance_of_which_is_still_to_come():
    """Review s9 (DATE): "in advance of a 29 November hearing" in a report of 23 November 2011 went to 2010-11-29
    (the sentence here is written for the test)."""
    text = "Lawyers filed a short letter to the court in advance of a 29 November hearing, a spokesman said."
    found = [t.value for t in find_timexes(text, date(2011, 11, 23), load_pipeline()(text))]
    assert "2011-11-29" in found and "2010-11-29" not in found
    text = "The fund was set up ahead of the Friday meeting."
    assert "2013-04-26" in [v for _, v in values(text)]
