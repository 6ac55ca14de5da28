"""Issue 20, eleventh session (branch issue-20t): the false conflicts of test17's third sealed read, by class.

test17 is dev since this session; these rules were written reading its errors. On it the story report listed five
conflicts and none was real: a place left out ("outside Mexico") set against a count of no place, the period of a
likeness ("an Exxon Valdez every five days"), two figures sharing nothing but their unit (barrels collected, barrels
flowed), one place's figure of a sentence that breaks the total down by place, and two tellers' earlier values ("up
from 148"). The sentences are made up for the tests; each pair is paired with one that still conflicts."""

from crosscheck.claims import extract_claims
from crosscheck.records import Document, Entity, Sentence
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.likeness import broken_down, rate_period, sure_pair
from crosscheck.reconcile.scope import _local_scope
from tests.claims.one_sentence import TWO_OUTLETS, claim_of, reconcile_pair

DAY = {"a": "2009-04-29", "b": "2009-04-29"}


def test_a_place_left_out_is_a_scope():
    assert _local_scope(claim_of("Officials have confirmed about 100 cases outside Mexico.", "about 100"))[0] == \
        frozenset({"outside mexico"})
    _, conflicts = reconcile_pair("Health officials confirmed about 100 cases outside Mexico of the virus on Tuesday.",
                                  "Health officials confirmed 78 cases of the virus on Tuesday.", DAY)
    assert not conflicts


def test_the_same_place_left_out_still_conflicts():
    _, conflicts = reconcile_pair("Health officials confirmed 100 cases outside Mexico of the virus on Tuesday.",
                                  "Health officials confirmed 78 cases outside Mexico of the virus on Tuesday.", DAY)
    assert len(conflicts) == 1


def test_the_period_after_every_is_no_measure():
    assert rate_period(claim_of("The well spills one tanker load every 6.4 days.", "6.4 days"))
    assert not rate_period(claim_of("The well spilled oil for 6.4 days.", "6.4 days"))
    _, conflicts = reconcile_pair("The broken well spills the equivalent of one Exxon Valdez tanker every 6.4 days.",
                                  "At the higher estimates the broken well spills an Exxon Valdez every five days.", DAY)
    assert not conflicts


def test_a_sentence_that_tells_both_numbers_breaks_the_figure_down():
    a = claim_of("The alliance said air strikes destroyed 11 tanks near the port and 14 near the airport on Sunday.", "11")
    b = claim_of("A witness said air strikes destroyed 14 tanks near the port on Sunday.", "14")
    assert broken_down(a, b) and broken_down(b, a)
    _, conflicts = reconcile_pair(a.sentence, b.sentence, DAY)
    assert not conflicts


def test_a_day_of_a_month_is_no_figure_of_a_breakdown():
    a = claim_of("Jets destroyed 11 tanks near the port on June 14, the alliance said.", "11")
    b = claim_of("Air strikes destroyed 14 tanks near the port, a witness said.", "14")
    assert not broken_down(a, b)


def test_a_figure_alone_still_conflicts():
    _, conflicts = reconcile_pair("The alliance said air strikes destroyed 11 tanks near the port on Sunday.",
                                  "A witness said air strikes destroyed 14 tanks near the port on Sunday.", DAY)
    assert len(conflicts) == 1


def test_barrels_alone_do_not_make_two_figures_alike():
    a = claim_of("The company said the cap collected 15,800 barrels of oil on Wednesday.", "15,800 barrels")
    b = claim_of("Scientists said on Thursday that 30,000 barrels of oil flowed from the well.", "30,000 barrels")
    assert not sure_pair(a, b, "oil", {})


# The story's names, as the entities stage gives them: a body, a person, a country.
STORY = [Entity("org:who", "World Health Organisation", "ORG"), Entity("person:smith", "John Smith", "PERSON", ["Smith"]),
         Entity("org:cdc", "CDC", "ORG"), Entity("gpe:us", "US", "GPE")]


def test_two_tellers_earlier_values_are_no_conflict():
    one = "The World Health Organisation says its tally now stands at 236 cases, up from 148 yesterday."
    two = "Acting CDC Director John Smith said the agency now counts 109 cases nationwide, up from 91 yesterday."
    text = f"{one} {two}"
    doc = Document("a", "a", "a", "txt", text, text, [Sentence(one, 0, len(one)), Sentence(two, len(one) + 1, len(text))])
    _, conflicts = reconcile_claims(extract_claims([doc]), TWO_OUTLETS, published={"a": "2009-04-30"}, entities=STORY)
    assert not [c for c in conflicts if any(e.text in ("148", "91") for e in c.items)]


def test_another_measure_of_the_sentence_is_no_breakdown():
    """"18 people had been injured in the violence and 12 arrested": 12 is who was arrested, not injured people of a
    part (the Athens riots' right conflict, 12 against 18 injured, dev story ecb-8plus-athens-bank-fire)."""
    a = claim_of("Police said 12 people were injured in the riots.", "12")
    b = claim_of("Police said 18 people had been injured in the violence and 12 arrested for carrying weapons.", "18")
    assert not broken_down(a, b) and not broken_down(b, a)


def test_a_months_old_child_is_an_age_not_a_span():
    """"a 23-month-old child" was agreed as "how long the child lasted" (test17's h1n1 story, dev since this session)."""
    from crosscheck.reconcile.spans import span_key
    assert span_key(claim_of("A 23-month-old child died of the flu in Texas.", "23-month")) is None
    assert span_key(claim_of("The six-month-old war has killed thousands.", "six-month")) is not None
