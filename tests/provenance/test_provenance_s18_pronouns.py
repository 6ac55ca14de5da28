"""Regression tests for issue 19, eighteenth session (branch issue-19-s18): who "he" and "she" are, found while reading
the all-dev wrong primary sources (``python -m evaluation.provenance --split all --errors``), pronoun class:

- a person the report names in full but whose gender it never marks ("Helen Marsh", "Allison Ford") is of the
  gender of the given name (``given_names``, nomquamgender's table): "he says" is not hers, though she opens the
  sentence before as its bare subject ("Marsh also signed ...");
- "she told state TV" that the quotes stage gave to no person ("government"): the last woman named before it;
- '"...," he said' after "Repeating from his speech ..., Brant rubbished Voss's claim ...": the subject of the main
  clause after an opening phrase, not the last man named; but not a name opening a sentence inside a quotation
  ('"... . First of all, Voss was raised in the city. ..." He argued ...');
- '"...," she said' that the quotes stage gave to a man whose gender the report does not tell, when the sentence before
  names after him one woman ("Kolb held a rally while Marsh hosted a breakfast, during which she ...").

Each test is named after the bug; the sentences are made up.
"""

from __future__ import annotations

import pytest

from crosscheck.given_names import full_name_gender, given_name_gender
from crosscheck.provenance.genders import _NAME_TITLES
from tests.provenance.story_chains import analysed, chains_at

TEXTS = {
    "bare": "Tools from the old lake bed.\n\nSome of the blades were fixed to handles, a team led by archaeologist "
            "Helen Marsh of Lakeview University writes in a new study. Marsh also signed the two companion "
            "studies. Trade between far groups best explains the black glass at the site, contends Paul Reid, who "
            "led the dig. \"Sharing over long distances kept these bands alive through the dry ages,\" he says.\n",
    "opening": "Rally in the mill town.\n\nGovernor Nora Lind spoke first. Repeating lines from his speech at the fair "
               "last week, Dale Brant rubbished Tom Voss's claim to understand farmers. \"To say it again, it is all "
               "hot air,\" he said.\n",
    "marked": "Vote in the small state.\n\nThe state holds its primary on Tuesday. Bernard Kolb held a rally on "
              "Saturday while Helen Marsh hosted a breakfast on Monday, during which she thanked Governor Paul Reid "
              "and his late brother Ted Reid. \"I want to thank someone who is not here tonight,\" she said.\n",
    "quoted": "Farm plan under fire.\n\n\"Voss knows nothing at all of how a farm is run,\" said Paul Reid, "
              "who headed the farm office for three years. \"He is plainly out of his depth. First of all, Voss was raised "
              "in the city. There is no sign that he ever worked a field.\" He argued the plan is \"bound to fail "
              "within a year.\"\n",
}


@pytest.fixture(scope="module")
def story() -> dict:
    return analysed(TEXTS, "s18-provenance")


def _chains(story: dict, key: str, words: str) -> list[dict]:
    return chains_at(story, key, words)


def test_a_given_name_borne_by_women_or_by_men_tells_the_gender():
    assert given_name_gender("Allison") == "f"
    assert given_name_gender("Bernard") == "m"
    assert given_name_gender("José") == "m"  # accents folded as the table's keys are
    assert given_name_gender("Kim") == ""  # borne by both
    assert given_name_gender("Xqzv") is None  # not in the table


def test_the_gender_of_a_full_name_skips_titles_initials_and_lone_surnames():
    assert full_name_gender("Allison Brooks", _NAME_TITLES) == "f"
    assert full_name_gender("Judge Helen Marsh", _NAME_TITLES) == "f"  # "Judge" is a name in the table too
    assert full_name_gender("Sen. Paul Reid", _NAME_TITLES) == "m"
    assert full_name_gender("H. Ross Perot", _NAME_TITLES) == "m"
    assert full_name_gender("Kim Jong Un", _NAME_TITLES) is None  # the first name the table knows decides: both
    assert full_name_gender("Brooks", _NAME_TITLES) is None


def test_he_says_is_not_a_woman_by_her_given_name_opening_the_sentence_before(story):
    chains = _chains(story, "bare", "Sharing over long")
    assert chains
    assert all("Reid" in (c["primary_name"] or c["primary"]) for c in chains)


def test_he_said_after_an_opening_phrase_is_the_main_clause_subject_not_the_last_man_named(story):
    chains = _chains(story, "opening", "To say it again")
    assert chains
    assert all("Brant" in (c["primary_name"] or c["primary"]) for c in chains)


def test_she_said_given_to_a_man_of_untold_gender_is_the_woman_named_after_him(story):
    chains = _chains(story, "marked", "I want to thank")
    assert chains
    assert all("Marsh" in (c["primary_name"] or c["primary"]) for c in chains)


def test_a_name_inside_a_quotation_does_not_open_a_sentence_for_he(story):
    chains = _chains(story, "quoted", "bound to fail")
    assert chains
    assert all("Reid" in (c["primary_name"] or c["primary"]) for c in chains)
