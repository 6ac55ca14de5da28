"""Issue 20k, twentieth session: figures whose key named nothing or the wrong verb (gold conflicts missed as "no key"
or keyed apart).

- a span after "in" that is the length of what "of" names ("lost in nine weeks of fighting") was read as a
  deadline ("in two weeks") and had no span key, so it never met "the eight-month-old uprising";
- the noun a span qualifies was lost when four lower-case words followed it ("his 41-year rule struck the capital":
  the noun phrase was taken as four words long, so named nothing);
- a count "known / said to have died / been killed / been infected" was keyed by the verb of belief, so it never met
  the same count told with "killed".
The sentences are made up for the tests."""

import pytest

from crosscheck.reconcile.basis import basis_key
from crosscheck.reconcile.spans import _span_words, span_key
from tests.claims.one_sentence import claim_of, reconcile_pair

SAME_DAY = {"a": "2014-03-02", "b": "2014-03-02"}


@pytest.mark.parametrize("text,figure,thing", [
    ("Some 900 farms were lost in nine weeks of fighting, the agency says.", "nine weeks", "span of conflict"),
    ("The two sides agreed in three weeks of talks to open the border.", "three weeks", "span of talk"),
])
def test_a_span_in_months_of_a_happening_is_its_length(text, figure, thing):
    assert span_key(claim_of(text, figure)) == thing


@pytest.mark.parametrize("text,figure", [
    ("The ministry promised a decision in two weeks.", "two weeks"),  # a deadline
    ("The plant must close within three years of the vote.", "three years"),  # a limit
])
def test_a_span_after_in_or_within_with_no_happening_stays_a_deadline(text, figure):
    assert span_key(claim_of(text, figure)) is None


def test_the_noun_a_span_qualifies_ends_before_a_determiner():
    sentence = "Marches against his 23-year rule reached the port city of Velmar on Friday."
    assert _span_words(sentence, "23-year") == ("span of", "rule")


def test_a_noun_phrase_of_three_words_is_still_read_whole():
    # no determiner: the old reading, the last of up to three words
    assert _span_words("The 7-hour battery charge was praised.", "7-hour") == ("span of", "charge")


def test_two_tellings_of_a_rule_s_length_name_one_span():
    short = claim_of("Marches against his 23-year rule reached the port city of Velmar on Friday.", "23-year")
    long = claim_of("Velmar has been quiet through most of his 24 years of rule.", "24 years")
    assert span_key(short) == span_key(long) == "span of ruled"


@pytest.mark.parametrize("text,figure,key", [
    ("By Sunday, twelve villagers were known to have died of the fever in Norland.", "twelve", "people killed"),
    ("Across the delta, over 300 herders were said to have been killed by the floods.", "over 300",
     "herders killed"),
    ("Doctors in Velmar say 14 nurses are now known to have been infected by the ward's patients.", "14", "nurses infected"),
])
def test_a_count_known_or_reported_to_have_died_is_keyed_by_what_happened(text, figure, key):
    assert basis_key(claim_of(text, figure)) == ("count", None, key)


def test_a_count_thought_to_be_somewhere_tells_no_happening():
    # "to be" is no perfect infinitive: the key is not of what happened to them
    key = basis_key(claim_of("Some 8,000 Norlanders were thought to be staying in Velmar.", "Some 8,000"))
    assert key is not None and "killed" not in key[2]


def test_a_count_feared_to_have_died_stays_a_possibility():
    key = basis_key(claim_of("Five miners are feared to have died in the collapse.", "Five"))
    assert key == ("count", None, "possibly miners killed")


def test_a_toll_known_to_have_died_agrees_with_the_toll_told_plainly():
    agreements, _ = reconcile_pair("Three people are known to have died when the barn collapsed in the storm.",
                                   "The storm killed 3 people when a barn collapsed.", SAME_DAY)
    assert len(agreements) == 1
