"""A sentence split at the full stop of a rank, a title or "vs." ("..., said Coast Guard Rear Adm." + the name in the
next "sentence") is a cut sentence, never a brief line (review of the twentieth session: one list of the words whose
full stop ends no sentence, crosscheck.abbreviations, read by furniture and the time stage; 45 such cut leads in the
dev and fdev reports were kept before). Invented text."""

import pytest

from crosscheck.abbreviations import NO_END_WORDS
from crosscheck.furniture import lead_of


@pytest.mark.parametrize("tail", ["said the harbour's duty officer, Rear Adm.", "said the navy's spokesman Cmdr.",
                                  "in a letter sent on Monday to Pres.", "the home side's record at the ground vs."])
def test_lead_ending_on_a_rank_title_or_vs_is_cut(tail):
    assert lead_of("The tanker will be towed to the northern harbour before the weekend, " + tail) is None


def test_a_full_sentence_ending_on_a_company_suffix_stays():
    text = "The tanker will be towed to the northern harbour before the weekend, said a spokesman for Harbour Tugs Inc."
    assert "Inc" not in NO_END_WORDS
    assert lead_of(text) == text
