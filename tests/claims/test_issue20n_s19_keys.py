"""Issue 20n, nineteenth session: lengths that had no basis key because of how they are written, so that a second
report telling the same measure was never compared with them (gold conflicts and agreements missed for "no key").

- a dimension told as an adjective after its figure ("three miles wide", "10 miles ( 16km ) long", "4 inches in
  diameter", "a 40-foot-tall dome") is that dimension, as "137 metres deep" was already a depth; never a person's
  height ("5 feet 10 inches tall");
- "a mile wide", "an inch thick": one unit told with "a"/"an" before a dimension word is a figure;
- a fall told by a verb far from its subject ("Rait died after slipping and falling 60m", "the 36-year-old slipped and
  fell 200 metres") is a fall, as "he fell 200m" was.
The sentences are made up for the tests."""

import pytest

from crosscheck.claims import extract_claims
from crosscheck.reconcile.basis import basis_key
from tests.claims.one_sentence import claim_of, one_sentence_doc, reconcile_pair

SAME_DAY = {"a": "2014-03-02", "b": "2014-03-02"}


@pytest.mark.parametrize("text,figure,key", [
    ("The new dam at Corrow is 120 metres high, engineers said.", "120 metres", ("measurement", "km", "height")),
    ("The largest slick seen so far was 20 metres thick, four miles wide and 12 miles long.", "four miles",
     ("measurement", "km", "width")),
    ("The largest slick seen so far was 20 metres thick, four miles wide and 12 miles long.", "12 miles",
     ("measurement", "km", "length")),
    ("The largest slick seen so far was 20 metres thick, four miles wide and 12 miles long.", "20 metres",
     ("measurement", "km", "thickness")),
    ("Divers found a crack, one 8 miles ( 13km ) long, near the reef.", "8 miles", ("measurement", "km", "length")),
    ("Workers saw a pit about three metres (9.8 feet) wide beside the road.", "about three metres",
     ("measurement", "km", "width")),
    ("The hose, 6 inches in diameter, was pushed into the drain.", "6 inches", ("measurement", "km", "width")),
    ("On Monday a six-inch-wide hose was pushed into the drain.", "six-inch", ("measurement", "km", "width")),
    ("Later the 30-foot-tall steel hood will be lowered onto the leak.", "30-foot", ("measurement", "km", "height")),
])
def test_a_dimension_after_its_figure_is_keyed(text, figure, key):
    assert basis_key(claim_of(text, figure)) == key


def test_a_mile_wide_is_a_figure_of_one_mile():
    claims = extract_claims([one_sentence_doc("x", "Crews mapped two slicks, one 9 miles long and a mile wide.")])
    one = next(c for c in claims if c.text == "a mile")
    assert one.value == 1.0 and basis_key(one) == ("measurement", "km", "width")
    assert basis_key(next(c for c in claims if c.text == "9 miles")) == ("measurement", "km", "length")


@pytest.mark.parametrize("text", [
    "The ridge path is half a mile wide at its top.",  # half a mile, not "a mile"
    "The wait felt a mile long before the doors opened.",  # "long before": not a length
])
def test_a_mile_wide_only_where_one_unit_is_told(text):
    claims = extract_claims([one_sentence_doc("x", text)])
    assert not any(c.text == "a mile" for c in claims)


@pytest.mark.parametrize("text,figure", [
    # one length since issue 22c (twenty-second session; before, "5 feet" and "4 inches", neither keyed)
    ("Ms Doyle is 5 feet 4 inches tall and has red hair.", "5 feet 4 inches"),
    ("He is about six feet tall, police said.", "about six feet"),
    ("Corbin, a burly man who was about six feet tall, left the bar.", "about six feet"),
])
def test_a_persons_height_gives_no_key(text, figure):
    assert basis_key(claim_of(text, figure)) is None


@pytest.mark.parametrize("text,figure", [
    ("On Sunday, 41-year-old Ewan Gask died after slipping and falling about 80m from a ledge near the hut.",
     "about 80m"),
    ("The 41-year-old, who had come from Perth, slipped and fell about 90 metres down an icy chute, police said.",
     "about 90 metres"),
    ('"One of the group has slipped on the snow and has fallen some 300 metres," the ranger said.', "some 300 metres"),
])
def test_a_fall_told_far_from_its_subject_is_a_fall(text, figure):
    assert basis_key(claim_of(text, figure)) == ("measurement", "km", "fall")


def test_a_level_that_fell_is_no_fall():
    # the chain of verbs read up to its subject, a level, which does not move
    assert basis_key(claim_of("The water level rose after the storm and then slowly fell 2 metres by noon.",
                              "2 metres")) != ("measurement", "km", "fall")


def test_two_widths_told_as_adjectives_conflict():
    _, conflicts = reconcile_pair("Geologists said the sinkhole in Varley is about 30 metres wide and still growing.",
                                  "Geologists said the sinkhole in Varley is 45 metres wide and still growing.", SAME_DAY)
    assert len(conflicts) == 1 and "disagree on width:" in conflicts[0].explanation


@pytest.mark.parametrize("figure,key", [("40 miles", ("measurement", "km", "width")),
                                        ("95 miles", ("measurement", "km", "length"))])
def test_an_area_told_as_two_lengths_is_its_width_and_length(figure, key):
    text = "The algae bloom off Dunmore is 40 miles by 95 miles and drifting north."
    assert basis_key(claim_of(text, figure)) == key


def test_a_bound_before_an_inch_is_kept():
    claims = extract_claims([one_sentence_doc("x", "At less than an inch thick, the new tablet comes in two colours.")])
    inch = next(c for c in claims if c.text == "less than an inch")
    assert inch.value == 1.0 and inch.bound != "exact" and basis_key(inch) == ("measurement", "km", "thickness")
