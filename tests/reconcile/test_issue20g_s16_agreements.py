"""Issue 20g, sixteenth session: agreements listed on the fresh fdev stories that a reader judged false (texts made up
for these tests, of the same construction)."""

from tests.claims.one_sentence import reconcile_pair

SAME_DAY = {"a": "2016-02-17", "b": "2016-02-17"}


def test_margins_of_error_of_two_polls_do_not_agree():
    # Bug: two outlets citing two different polls agreed on "plus or minus 3 percentage points": a poll's margin of
    # error (and its sample) is a fact of that poll, never a second witness of another's.
    agreements, _ = reconcile_pair(
        "The canal poll of 900 likely voters, fielded Friday to Monday, carries an error margin of plus or minus 3 "
        "percentage points.",
        "Pollsters reached 1,050 registered voters by phone from March 3-5, with sampling error at plus or minus three "
        "percentage points.", SAME_DAY)
    assert agreements == []


def test_the_finding_of_one_poll_told_by_two_outlets_still_agrees():
    agreements, _ = reconcile_pair("The Harbor Institute poll found 41 percent of voters back the canal tax.",
                                   "Some 41 percent of voters back the canal tax, the Harbor Institute poll found.",
                                   SAME_DAY)
    assert len(agreements) == 1


def test_two_spans_alike_only_in_their_own_words_do_not_agree():
    # Bug: "over the past two years" and "in the past two years" shared "past", "two", "years" and one more word,
    # which made two unrelated sentences alike: support that fell for two years, and spills seen in two years.
    agreements, _ = reconcile_pair(
        "Backing for the river cleanup, which had fallen over the past two years as the spill faded, rose again.",
        "In the past two years, fishermen in the delta have seen ten spill warnings and no payment.", SAME_DAY)
    assert agreements == []
    agreements, _ = reconcile_pair("The governor extended a freeze on new quarry digging for six months.",
                                   "The firm had been digging at the pit for six months, twice as long as planned.",
                                   SAME_DAY)
    assert agreements == []


def test_two_spans_told_in_alike_sentences_still_agree():
    agreements, _ = reconcile_pair(
        "The port authority said it had spent $40 million on the harbour cleanup over the past three days.",
        "Officials at the port said the harbour cleanup had cost $40 million in the past three days, a record pace.",
        SAME_DAY)
    assert any("three days" in a.explanation for a in agreements)
