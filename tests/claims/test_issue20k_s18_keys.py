"""Issue 20k, eighteenth session: wrong or missing keys of the thing a figure counts (gold conflicts missed as "no key"
or keyed apart by a key no reader would write).

- a model's code counted ("Seven AK-47s", "seven AK-47 assault rifles", "12 AK 47 guns"): one thing, the model's
  weapons; the parser hung "seven" on the code, and the code's digits were lost ("ak s", "ak");
- a noun that says what happened ("12 deaths") took the verb of another clause ("worst hit ... with 12 deaths":
  "killed hit");
- an amount followed by a time ("worth some $50m last spring") was keyed by the time; what a noun is worth is the
  noun's ("a three-year contract worth some $50m" -> "contract");
- the month "May" was read as the modal "may", a possibility, so the figure after it had no key.
The sentences are made up for the tests."""

import pytest

from crosscheck.reconcile.basis import basis_key
from tests.claims.one_sentence import claim_of, reconcile_pair

SAME_DAY = {"a": "2014-03-02", "b": "2014-03-02"}


@pytest.mark.parametrize("text,figure", [
    ("Seven AK-47s, two pistols and 20 magazines were found on the trawler.", "Seven"),
    ("The marines seized seven AK-47 assault rifles, two pistols and 20 magazines.", "seven"),
    ("The commandos also recovered 12 AK 47 guns and two grenades.", "12"),
    ("During the search, six AK-47 rifles and about 200 rounds were found.", "six"),
])
def test_a_model_code_counted_is_keyed_by_the_model(text, figure):
    assert basis_key(claim_of(text, figure)) == ("count", None, "ak-47s")


@pytest.mark.parametrize("text,figure,key", [
    ("Police found 40 AK-47 magazines in the van.", "40", "ak magazines"),  # another thing of the model
    ("Two F-15s and four F-16 fighter jets flew over the coast.", "four", "f-16s"),  # models of one letter apart
    ("Cells are 8-by-12 feet, with concrete walls.", "8", "by s feet"),  # a measure, no model
])
def test_a_model_code_keeps_what_else_is_counted(text, figure, key):
    assert basis_key(claim_of(text, figure))[2] == key


def test_model_code_counts_told_two_ways_meet():
    seven = claim_of("Navy commandos seized seven AK-47 assault rifles and a grenade launcher.", "seven")
    twelve = claim_of("Navy commandos seized 12 AK 47 guns and a grenade launcher.", "12")
    assert basis_key(seven) == basis_key(twelve)


def test_a_deal_worth_an_amount_conflicts_with_the_deal_told_with_its_amount():
    _, conflicts = reconcile_pair(
        "The Hawks signed Dane Marlow to a five-year deal worth nearly $60 million last summer.",
        "The Hawks had signed Dane Marlow to a $66 million deal last summer.", SAME_DAY)
    assert any("deal" in f.explanation for f in conflicts)


def test_deaths_take_no_verb_of_another_clause():
    claim = claim_of("Officials listed Norland, where the fever struck worst, with 300 cases and 12 deaths.", "12")
    assert basis_key(claim) == ("count", None, "people killed")


def test_deaths_keep_a_verb_of_how_sure():
    claim = claim_of("The ministry has confirmed 25 deaths in Norland.", "25")
    assert basis_key(claim) != ("count", None, "people killed confirmed hit")
    assert "hit" not in basis_key(claim)[2]


@pytest.mark.parametrize("text,figure,key", [
    ("The Owls gave Marlow a three-year contract worth some $50m last spring.", "some $50m",
     ("money", "USD", "contract")),
    ("Thieves took gems worth 40 million euros from the shop.", "40 million euros", ("money", "EUR", "gems")),
])
def test_an_amount_is_keyed_by_what_it_is_worth_not_by_a_time(text, figure, key):
    assert basis_key(claim_of(text, figure)) == key


def test_an_amount_followed_by_a_time_is_not_keyed_by_the_time():
    key = basis_key(claim_of("Copper fetched $9,000 a tonne against roughly $7,000 last year.", "roughly $7,000"))
    assert key is None or "year" not in key[2]


def test_the_month_may_is_no_possibility():
    claim = claim_of("The board drafted the plan in May and has had some 4,000 comments since.", "some 4,000")
    assert basis_key(claim) == ("count", None, "comments")
    assert basis_key(claim_of("The storm may have killed 40 people.", "40")) is None  # the modal still is
