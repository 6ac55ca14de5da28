"""Issue 22x, twenty-second session: a figure's bound read wrong under a denial, and a title defence told "for the Nth
time" (each read on a dev conflict miss). Invented sentences only."""

from crosscheck.claims import extract_claims
from crosscheck.reconcile.basis import basis_key

from tests.claims.one_sentence import one_sentence_doc


def _bounds(text):
    return [(c.text, c.value, c.bound) for c in extract_claims([one_sentence_doc("x", text)])]


# A bound denied ("no more than", "no offer was more than"): at most, where "more than" alone is at least.

def test_no_more_than_is_a_ceiling_and_no_less_than_a_floor():
    assert _bounds("The zorb plan runs no more than 8 years.") == [("no more than 8 years", 8.0, "at_most")]
    assert _bounds("The quark fee was not more than $5 million.") == [("not more than $5 million", 5e6, "at_most")]
    assert _bounds("There were no less than 40 plim boats.") == [("no less than 40", 40.0, "at_least")]


def test_more_than_in_a_denied_clause_is_at_most():
    assert _bounds("However, no rival bid (including from the Plims and Zorbs hoping to lure him) was thought "
                   "to be more than seven years.") == [("more than seven years", 7.0, "at_most")]
    assert _bounds("None of the other clubs -- the Plims, Zorbs and Quarks -- has been reported to have offered "
                   "more than eight years.") == [("more than eight years", 8.0, "at_most")]
    assert _bounds("Dorrin did not score more than 20 points.") == [("more than 20", 20.0, "at_most")]


def test_a_denial_of_another_clause_or_a_gap_leaves_the_bound():
    assert _bounds("It has not rained on Plimtown in more than 100 days.") == [("more than 100 days", 100.0, "at_least")]
    assert ("more than 30", 30.0, "at_least") in _bounds("Officials said no one was hurt and more than 30 huts burned.")
    assert _bounds("No one knows whether more than 40 zorbs died.") == [("more than 40", 40.0, "at_least")]
    assert _bounds("The firm, which has not paid a dividend, earned more than $5 million.") == [
        ("more than $5 million", 5e6, "at_least")]
    assert _bounds("No harm came to the plim village, less than 30 km from the river.") == [
        ("less than 30 km", 30.0, "at_most")]
    assert ("more than 300", 300.0, "at_least") in _bounds("No injuries were reported among the more than 300 "
                                                           "passengers.")


# A title kept "for the Nth time" is its Nth defence, keyed as "his sixth defence of the belt" is.

def test_a_title_kept_for_the_fifth_time_is_its_fifth_defence():
    claims = extract_claims([one_sentence_doc("x", "Zorbin (40-2) retained his Plim Federation title for the fifth "
                                                   "time in the process.")])
    fifth = next(c for c in claims if c.text == "fifth time")
    assert (fifth.value, fifth.unit, fifth.subject) == (5.0, "ordinal", "which defence")
    assert extract_claims([one_sentence_doc("y", "Zorbin won for the third time.")]) == []


def test_an_ordinal_of_the_title_it_defends_is_no_part():
    claims = extract_claims([one_sentence_doc("x", "The stoppage was Zorbin's sixth defense of the Plim belt.")])
    sixth = next(c for c in claims if c.text == "sixth defense")
    assert basis_key(sixth) == ("measurement", "ordinal", "which defence")
