"""A caption run into a lead that opens on a count in words (twenty-first session, a new user's flu pile: the story's
title was "<caption> School Four children and one adult ... have been diagnosed ..."). A number word inside a name
stays (lead_of audit over the dev and fdev sentences: "BBC Two", "Group of Eight", "Gang of Eight", "Year Seven" were
cut before the guard). Invented text."""

import pytest

from crosscheck.furniture import lead_of


def test_caption_run_into_a_count_in_words_is_cut_off():
    text = ("Vaccines have been handed to staff at Hollins Academy Three teachers and two pupils, all from the same "
            "class, have tested positive for the virus, the county's health office said.")
    assert lead_of(text, first=True) == ("Three teachers and two pupils, all from the same class, have tested positive "
                                         "for the virus, the county's health office said.")


@pytest.mark.parametrize("text", [
    "The ministers gathered on the last day of a Group of Eight meeting held in a port city up north on Friday.",
    "The host fronted two seasons of a BBC Two quiz show and then moved over to a rival network in the spring.",
    "The Formula One teams met in the capital on Monday and agreed to cut their budgets by a third next season.",
    "Other cases included five Year Seven pupils at the academy who were off sick with a fever on Friday.",
])
def test_a_number_word_inside_a_name_is_no_seam(text):
    assert lead_of(text, first=True) == text
