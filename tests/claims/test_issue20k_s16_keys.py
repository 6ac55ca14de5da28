"""Issue 20k, sixteenth session: figures with no thing counted given the thing their construction names, so that two
reports telling them differently are compared (a gold conflict was missed because one side had no basis key).

- a measure told as the value of a noun ("a depth of 9 miles"), right after its noun ("temperatures up to 1,900
  degrees"), a weight told of a thing ("the 75-ton crate", "the crate, weighing 60 tonnes"), a million barrels and more told
  alone (of oil);
- money told "in" a bare noun ("$40 million in funding", "$8.5 bn in total costs");
- people held ("four people are in custody", "has three people in custody");
- the people who live in a community (its population);
- a ratio told "N times closer" (was "times come", as if how often).
The sentences are made up for the tests."""

import pytest

from crosscheck.reconcile.basis import basis_key
from tests.claims.one_sentence import claim_of, reconcile_pair

SAME_DAY = {"a": "2011-03-02", "b": "2011-03-02"}


@pytest.mark.parametrize("text,figure,key", [
    ("The quake had a depth of 9 miles.", "9 miles", ("measurement", "km", "depth")),
    ("The storm brought waves of up to 10 metres to the coast.", "up to 10 metres", ("measurement", "km", "wave")),
    ("A thick shield will protect the craft from temperatures up to 1,900 degrees Fahrenheit.",
     "up to 1,900 degrees Fahrenheit", ("temperature", "degC", "temperature")),
    ("The 75-ton crate that engineers hope will cap the leak reached the rig.", "75-ton", ("measurement", "t", "crate")),
    ("The device is a 60-tonne, 30-foot steel crate that looks like a silo.", "60-tonne", ("measurement", "t", "crate")),
    ("The crate, weighing 60 tonnes, will be placed over the leak.", "60 tonnes", ("measurement", "t", "crate")),
    ("The old tanker, which gushed almost 2 million barrels, was broken up.", "almost 2 million barrels",
     ("measurement", "liter", "oil")),
    ("The startup is backed with $40 million in funding by three venture firms.", "$40 million",
     ("money", "USD", "funding")),
    ("So far, the company has paid $8.5 bn in total costs since the flood.", "$8.5 bn", ("money", "USD", "costs")),
    ("Five people are in custody, including two women.", "Five", ("count", None, "people in custody")),
    ("The city has two people in custody in connection with the attack.", "two", ("count", None, "people in custody")),
    ("About 600 people live in the community in the hills.", "About 600", ("count", None, "population")),
    ("Early Mars had a global layer of water at least 120 meters deep.", "at least 120 meters",
     ("measurement", "km", "depth")),  # as "a depth of 120 m" tells it
    # a speed keeps reconcile's own key, not the noun it is "of" ("winds of 115 mph" was keyed "wind" on the first try)
    ("The storm had winds of 115 miles per hour as it crossed the islands.", "115 miles per hour",
     ("rate", "km/h", "wind speed")),
    ("The craft will come about nine times closer than any other probe has been before.", "about nine",
     ("count", None, "times closer")),
])
def test_a_figure_with_no_thing_counted_is_keyed_by_its_construction(text, figure, key):
    assert basis_key(claim_of(text, figure)) == key


@pytest.mark.parametrize("text,figure", [
    ("The firm made $2 billion in the first quarter.", "$2 billion"),  # a time, not a thing paid
    ("The firm paid $5 million in cash for the plant.", "$5 million"),  # the form of payment
    ("The startup raised $25m in two rounds.", "$25m"),
    ("The port town about 45 kilometers ( about 28 miles ) east of Lyon was quiet.", "about 28 miles"),
    ("The crane can lift loads over a distance of 40 metres.", "40 metres"),  # "distance" names no thing
    # thousands of barrels told alone are mostly a day's flow told with its period elsewhere: not keyed as oil
    ("The cap has been collecting roughly 14,000 barrels every 24 hours, the firm says.", "roughly 14,000 barrels"),
    # a record is read as a win-loss tally: left to the agreements of figures told in like words
    ("He broke the rookie passing record of 4,100 yards set by Smith.", "4,100 yards"),
])
def test_a_construction_that_names_no_thing_gives_no_key(text, figure):
    assert basis_key(claim_of(text, figure)) is None


def test_a_length_told_after_a_place_noun_is_not_the_place_s():
    key = basis_key(claim_of("The port town about 45 kilometers ( about 28 miles ) east of Lyon was quiet.",
                             "about 45 kilometers"))
    assert key is None or key[2] != "port town"


@pytest.mark.parametrize("text_a,text_b,thing", [
    ("The quake had a depth of 9 miles.", "The quake had a depth of 6 miles.", "depth"),
    ("The record is held by the 1983 blowout in the Persian Gulf, which leaked 2.6 million barrels of oil.",
     "The record is held by the 1983 blowout in the Persian Gulf, which gushed almost 2 million barrels.", "oil"),
    ("The startup, founded in 2009, is backed with $40 million in funding from venture firms.",
     "The startup, founded in 2009, is backed with $25 million in funding from venture firms.", "funding"),
    ("Five people are in custody over the killing of the diplomat, police said.",
     "Police have three people in custody over the killing of the diplomat.", "people in custody"),
    ("The 75-ton steel crate that engineers hope will cap the leak reached the rig on Thursday.",
     "The 60-tonne steel crate that engineers hope will cap the leak reached the rig on Thursday.", "crate"),
    ("About 600 people live in the community in the hills, where the sect practises its faith.",
     "The community in the hills, where the sect practises its faith, has a population of about 900.", "population"),
])
def test_two_reports_telling_the_figure_differently_conflict(text_a, text_b, thing):
    _, conflicts = reconcile_pair(text_a, text_b, SAME_DAY)
    assert len(conflicts) == 1 and f"disagree on {thing}:" in conflicts[0].explanation
