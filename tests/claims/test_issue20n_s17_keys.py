"""Issue 20n, seventeenth session: figures that had no basis key because of how they are written, so that a second
report telling the same measure differently was never compared with them (gold conflicts missed for "no key").

- a distance written after a word that names ranks ("the coastal route 40 km north of X"): a number with a unit of
  length is a distance, not the road's number;
- a figure told as an estimate of a noun before it ("deaths, estimated by observers at some 300", "losses, estimated
  at $40m"): the noun is what is counted (a passive or a participle after a comma only, not whoever estimated);
- money told in rounds or tranches of a thing ("$35m in two rounds of funding"): the thing.
The sentences are made up for the tests."""

import pytest

from crosscheck.reconcile.basis import basis_key
from tests.claims.one_sentence import claim_of, reconcile_pair

SAME_DAY = {"a": "2013-05-02", "b": "2013-05-02"}


@pytest.mark.parametrize("text,figure,key", [
    ("Rebels held Portvale, a fishing town on the coastal route 40 km ( 25 miles ) north of Marlton, for a week.",
     "40 km", ("measurement", "km", "distance from marlton")),
    ("The ferry stops at a pier 3 miles north of Castleford.", "3 miles", ("measurement", "km", "distance from castleford")),
    ("The council may act over deaths, estimated by observers at some 300, in the northern valleys.", "some 300",
     ("count", None, "people killed")),
    ("The council may act over deaths in Norland, estimated by envoys at some 2,500, since the revolt began.",
     "some 2,500", ("count", None, "people killed")),  # the place named after the noun is not what is counted
    ("Its losses, estimated by analysts at $40m, were covered by the insurers.", "$40m", ("money", "USD", "losses")),
    ("Damage to the old mill was estimated at $2 million, the fire chief said.", "$2 million", ("money", "USD", "damage")),
    ("The maker, which raised $35m in two rounds of funding, was sold on Monday.", "$35m", ("money", "USD", "funding")),
    ("The lender paid $4bn in three tranches of aid to the island.", "$4bn", ("money", "USD", "aid")),
])
def test_a_figure_is_keyed_by_its_construction(text, figure, key):
    assert basis_key(claim_of(text, figure)) == key


@pytest.mark.parametrize("text,figure", [
    ("Cars were stuck on highway 50 for three hours.", "50"),  # a road's number, no unit: a name
    ("Workers on floor 12 of the tower were sent home.", "12"),
    ("The startup raised $25m in two rounds.", "$25m"),  # "in two rounds" names nothing paid
])
def test_a_rank_or_a_bare_round_gives_no_key(text, figure):
    assert basis_key(claim_of(text, figure)) is None


@pytest.mark.parametrize("text,figure,not_key", [
    # the estimator is not the thing counted: an active "estimated" has its estimator before it
    ("The mayor spoke to a crowd that the organisers estimated at 3,000 people.", "3,000", "organisers"),
    ("By Tuesday the watchdog had estimated at least 120 villagers were dead in the valley.", "at least 120",
     "watchdog"),
    # the noun before "estimated" inside a longer phrase: which noun is estimated is unsure, so none
    ("They spoke of deaths in the crackdown on marchers in the capital, estimated by envoys at some 2,500.",
     "some 2,500", "capital"),
    ("The repair bill, nearly twice that of the spring storm, estimated at $9 billion, fell to the city.", "$9 billion",
     "storm"),
])
def test_whoever_estimated_is_not_what_is_counted(text, figure, not_key):
    key = basis_key(claim_of(text, figure))
    assert key is None or not_key not in key[2]


def test_a_distance_after_a_road_word_meets_the_same_distance_told_plainly():
    _, conflicts = reconcile_pair(
        "Fighting raged in Portvale, a town on the coastal route 40 km ( 25 miles ) north of Marlton, on Friday.",
        "Portvale, some 80 kilometers ( 50 miles ) north of Marlton, saw fighting on Friday.", SAME_DAY)
    assert len(conflicts) == 1 and "disagree on distance from marlton:" in conflicts[0].explanation
