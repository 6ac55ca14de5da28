"""Issue 21k, twenty-first session: figures whose thing counted is told in the sentence but had no key (gold conflicts
missed as "no key").

- money a business "earned" is its profit, money it "spent" its costs (a person's earnings or spending stay unkeyed);
- an amount told "compared with" another is the same thing as the one it is compared with;
- a measure told right after its noun with an approximator ("temperatures close to 900 degrees") is of that noun;
- a tally's level told as an aside ("the number of infections -- at 40, by the agency's count --") is that tally.
The sentences are made up for the tests."""

import pytest

from crosscheck.reconcile.basis import basis_key
from crosscheck.reconcile.meet import conflict_key
from tests.claims.one_sentence import claim_of, reconcile_pair

SAME_DAY = {"a": "2031-05-06", "b": "2031-05-06"}


@pytest.mark.parametrize("text,figure,key", [
    ("The Oslo-based company earned $3.4 billion in the spring, its board said.", "$3.4 billion",
     ("money", "USD", "profit")),
    ("Vantor Bank earned $40 million in the second quarter.", "$40 million", ("money", "USD", "profit")),
    ("Kestrel Corp. earned $12 million on the year.", "$12 million", ("money", "USD", "profit")),
    ("The firm has spent $6.1 billion so far on repairs to the dam, it said.", "$6.1 billion",
     ("money", "USD", "costs")),
])
def test_money_a_business_earned_or_spent_is_its_profit_or_costs(text, figure, key):
    assert basis_key(claim_of(text, figure)) == key


@pytest.mark.parametrize("text,figure", [
    ("Marta Quell earned $2 million from her films last year.", "$2 million"),  # a person's pay: no profit
    ("Alice earned $2 million from her films last year.", "$2 million"),  # a lone given name the parser calls an ORG
    ("He spent $2,000 on tickets for the final.", "$2,000"),  # a person's spending: no costs
])
def test_money_a_person_earned_or_spent_has_no_business_key(text, figure):
    assert basis_key(claim_of(text, figure)) is None


def test_an_amount_compared_with_another_is_the_same_thing():
    text = "The company earned $3.4 billion from April through June, compared with $4.1 billion a year earlier."
    assert basis_key(claim_of(text, "$4.1 billion")) == ("money", "USD", "profit")
    level = "Sales at the chain rose to $800 million, compared with $650 million a year ago."
    assert basis_key(claim_of(level, "$650 million")) == basis_key(claim_of(level, "$800 million"))


def test_a_temperature_told_close_to_its_noun_is_a_temperature():
    near = claim_of("Near the vent, its casing must bear temperatures close to 900 degrees Celsius.",
                    "close to 900 degrees Celsius")
    upto = claim_of("A thick shield will guard the drill from temperatures up to 950 degrees Celsius.",
                    "up to 950 degrees Celsius")
    assert basis_key(near) == basis_key(upto) == ("temperature", "degC", "temperature")


def test_a_tally_told_as_an_aside_is_that_tally():
    text = ("On Monday, an agency spokesman said the high number of infections in Norland of what locals call marsh "
            "fever -- at 40, according to the agency's tally -- seemed to be mostly cases brought in by travellers.")
    key = basis_key(claim_of(text, "40"))
    assert key is not None and conflict_key(key[2]) == conflict_key("reported cases") == "case"


def test_an_aside_at_a_figure_after_another_noun_is_no_tally():
    # "at 40" after a noun that is no tally is mostly an age
    assert claim_of("The singer, at 40, left the choir of Velmar.", "40").subject != "number of singer"
    assert basis_key(claim_of("The singer, at 40, left the choir of Velmar.", "40")) != ("count", None, "singer")


def test_a_profit_earned_and_a_profit_told_disagree():
    _, conflicts = reconcile_pair("The Velmar Oil Company said on Tuesday that its profit was $2.45 bn.",
                                  "The Velmar Oil Company earned $2.31 billion, it said on Tuesday.", SAME_DAY)
    assert len(conflicts) == 1 and "disagree on profit:" in conflicts[0].explanation
