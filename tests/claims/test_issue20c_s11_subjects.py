"""Issue 20, eleventh session (branch issue-20c): figures with no thing counted given one from their clause, crowds,
estimates told as revised, and a source's statement of a figure that another source tells alike.

- "turnout reached 93.87 percent" and "turnout was almost 90%" had no key (no subject from the claims stage), so the
  figures were never compared (ECB+ Turkmenistan election, dev); a company's quarterly profit in
  billions likewise (Timeline17 BP third quarter, dev).
- "20,000 people marched through the city center" was "people", too vague a subject, while "the crowd at 70" was keyed.
- An estimate told as revised ("raised the leak estimate to 5,000 barrels a day") against the value it replaced is an
  update, not a conflict.
The sentences are made up for the tests."""

import pytest

from crosscheck.claims import extract_claims
from crosscheck.records import Document, Sentence
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.basis import basis_key
from tests.claims.one_sentence import TWO_OUTLETS, claim_of as _claim, one_sentence_doc as _doc, reconcile_pair

SAME_DAY = {"a": "2008-12-15", "b": "2008-12-15"}


def _judge(text_a: str, text_b: str):
    return reconcile_pair(text_a, text_b, SAME_DAY)


@pytest.mark.parametrize("text,figure,key", [
    ("Authorities said turnout reached 93.87 percent in the election.", "93.87 percent", "turnout"),
    ("The Central Election Commission said that turnout was almost 90%.", "almost 90%", "turnout"),
    ("The group said its replacement cost profit for the three months was $2.41 bn.", "$2.41 bn", "profit"),
    ("The unemployment rate was 9.5 percent.", "9.5 percent", "unemployment rate"),
])
def test_a_share_or_money_with_no_subject_is_told_of_the_noun_before_it(text, figure, key):
    assert basis_key(_claim(text, figure))[2] == key


@pytest.mark.parametrize("text,figure", [("It was $5 billion.", "$5 billion"), ("That is 40 percent.", "40 percent"),
                                         ("Exxon Mobil was $5 billion.", "$5 billion")])
def test_a_pronoun_or_a_name_names_nothing(text, figure):
    assert basis_key(_claim(text, figure)) is None


def test_turnout_told_twice_conflicts():
    _, conflicts = _judge("Authorities said turnout reached 93.87 percent in the parliamentary election.",
                          "The Central Election Commission said that turnout in the parliamentary election was 88 "
                          "percent.")
    assert len(conflicts) == 1 and "turnout" in conflicts[0].explanation


@pytest.mark.parametrize("text,figure", [
    ("Police said as many as 20,000 people took to the streets of Athens as rallies kicked off.", "as many as 20,000"),
    ("In Salonika approximately 50,000 people marched through the city centre in protest.", "approximately 50,000"),
])
def test_people_who_march_are_a_crowd(text, figure):
    assert basis_key(_claim(text, figure)) == ("count", None, "crowd")


def test_people_who_join_no_gathering_are_no_crowd():
    assert basis_key(_claim("About 100 people joined the lawsuit on Monday.", "About 100")) is None


@pytest.mark.parametrize("opening,conflict", [("Officials said", True), ("By a revised estimate,", False)])
def test_a_revised_estimate_is_no_conflict_with_the_one_it_replaced(opening, conflict):
    _, conflicts = _judge("Only the loss of an estimated eight million barrels of oil from a grounded tanker in "
                          "1979 was larger, officials said.",
                          f"{opening} the largest ever was the 11m barrels of oil lost from a grounded tanker in "
                          "1979.")
    assert bool(conflicts) is conflict


def test_a_sources_later_statement_told_alike_by_another_outlet_is_a_witness():
    """The first statement of a source (that no decision on the next phase had yet been taken) is not told alike by the
    other; its later one is: the agreement is found on it (before: none)."""
    first = "No decision had been taken by the WHO in Geneva on moving to phase six."
    later = "Moving to pandemic phase six does not imply that the disease is spreading faster."
    text = first + " " + later
    a = Document("a", "a", "a", "txt", text, text, [Sentence(first, 0, len(first)),
                                                     Sentence(later, len(first) + 1, len(text))])
    claims = extract_claims([a, _doc("b", "The move to phase 6 shows that the disease is spreading.")])
    agreements, _ = reconcile_claims(claims, TWO_OUTLETS, published={"a": "2009-06-11", "b": "2009-06-11"})
    assert [sorted(i.text for i in f.items) for f in agreements] == [["6", "six"]]


def test_almost_ninety_is_just_under_ninety():
    """"turnout was almost 90%" agreed with "turnout reached 93.87 percent" (read as about 90, either side of it)."""
    from crosscheck.reconcile.compare import interval

    low, high = interval(_claim("The commission said that turnout was almost 90%.", "almost 90%"))
    assert high == 90.0 and low < 90.0
    agreements, conflicts = _judge("Authorities said turnout reached 93.87 percent in the parliamentary election.",
                                   "The Central Election Commission said that turnout in the parliamentary election was "
                                   "almost 90%.")
    assert not agreements and len(conflicts) == 1


@pytest.mark.parametrize("text,figure", [("Row 1 also leaves through door 1, while Row 2 waits at door 2.", "2"),
                                         ("The phone supports 4G LTE speeds on the network.", "4G")])
def test_a_label_or_a_network_generation_is_no_figure(text, figure):
    from crosscheck.reconcile.basis import unkeyed_basis

    claim = _claim(text, figure)
    assert basis_key(claim) is None and unkeyed_basis(claim) is None


def test_a_toll_free_prefix_is_no_figure():
    from crosscheck.reconcile.basis import unkeyed_basis

    claim = _claim("Anyone with information is asked to call the hotline at 1-800 number.", "1-800")
    assert basis_key(claim) is None and unkeyed_basis(claim) is None


@pytest.mark.parametrize("age,agree", [("72", True), ("73", False)])
def test_two_ages_a_year_apart_do_not_agree(age, agree):
    """"72-year-old" and "73-year-old" were within 2% and agreed as an age told in like words (Multi-News Durst)."""
    agreements, _ = _judge("The 72-year-old heir was sentenced on Wednesday in a federal court in New Orleans on a gun "
                           "charge.",
                           f"A federal judge in New Orleans on Wednesday sentenced the {age}-year-old heir on a gun charge.")
    assert bool(agreements) is agree
