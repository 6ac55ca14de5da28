"""Which way a day points (issue 20, sixteenth session; read on the dev errors of the real stories: a Capaldi story's
"the next Doctor ... suspended on Friday" and a bpoil story's explosion "on April 22" in a sentence with "will").
Invented sentences of the same constructions.

- A day of a clause told in the past tense stays past, even when "will" occurs elsewhere in the sentence.
- "next" before a capitalised noun (a title, a name) is no "next <thing> on <day>" awaited.
"""

from datetime import date

import pytest

from crosscheck.nlp import load_pipeline
from crosscheck.time import find_timexes

PUBLISHED = date(2013, 4, 24)  # a Wednesday


def values(text):
    return {t.text: t.value for t in find_timexes(text, PUBLISHED, load_pipeline()(text))}


@pytest.mark.parametrize("text,day,expected", [
    # the bug: a past clause's day sent forward by a "will" elsewhere in the sentence
    ("Claimants who take a payment from the fund will give up their right to sue over the spill that lasted "
     "more than 80 days after a blast on the drilling platform on March 9.", "March 9", "2013-03-09"),
    ("The storm, which hit the coast on Monday, will move north.", "on Monday", "2013-04-22"),
    ("The firm, which was bought by rivals on Monday, will close two plants.", "on Monday", "2013-04-22"),
    ("Police arrested him on Monday and he will appear in court on Friday.", "on Monday", "2013-04-22"),
])
def test_past_clause_day_stays_past_despite_will(text, day, expected):
    assert values(text)[day] == expected


@pytest.mark.parametrize("text,day,expected", [
    # the limits: a coming day stays forward
    ("Police arrested him on Monday and he will appear in court on Friday.", "on Friday", "2013-04-26"),
    ("The vote, which was moved to Friday, will decide the matter.", "Friday", "2013-04-26"),
    ("He will be sentenced on Friday.", "on Friday", "2013-04-26"),
    ("Pending his next court hearing on Friday, he will stay in jail.", "on Friday", "2013-04-26"),
])
def test_coming_day_stays_forward(text, day, expected):
    assert values(text)[day] == expected


def test_next_before_a_title_is_no_day_awaited():
    text = ("He had been tipped for days to take the part, with betting on him becoming the next Presenter "
            "suspended on Friday.")
    assert values(text)["on Friday"] == "2013-04-19"


def test_next_common_noun_still_awaited():
    assert values("He was held until his next appearance on Friday.")["on Friday"] == "2013-04-26"
