"""Issue 20u, nineteenth session: false items of the fresh fdev stories, by class.

- Two incidents in two places the sentences name, one of them typed a person by the parser: the injured of a shelling
  in one refugee camp against the injured at a school in another camp (a name before "refugee camp", "village",
  "district"... or after a compass word is a place, ``scope._told_places``).
- A toll broken down by who the dead were ("seven children, three women and two men"): each count is a part, never
  a toll of its own to agree with another incident's (``nonfigure._in_breakdown``).
The sentences below are made up for the tests."""

from crosscheck.claims import extract_claims
from crosscheck.records import Entity, Place
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.nonfigure import _in_breakdown
from crosscheck.reconcile.scope import _names, _told_places
from tests.claims.one_sentence import TWO_OUTLETS, one_sentence_doc
from tests.reconcile.test_issue20i_s16_precision import _claim

SAME_DAY = {"a": "2011-08-11", "b": "2011-08-11"}
# The parser's types as they came out on the fresh story: a camp's name typed a person, the other a place.
ENTITIES = [Entity("person:zorvat", "Zorvat", "PERSON"), Entity("loc:plimaya", "Plimaya", "LOC",
                                                                  place=Place(0.0, 0.0, country="ZZ"))]


def _pair(text_a: str, text_b: str, entities=ENTITIES):
    claims = extract_claims([one_sentence_doc("a", text_a), one_sentence_doc("b", text_b)])
    return reconcile_claims(claims, TWO_OUTLETS, published=SAME_DAY, entities=entities)


def test_injured_in_two_refugee_camps_are_no_conflict():
    _, conflicts = _pair("Shelling of houses in the Zorvat refugee camp left at least five dead and 16 injured.",
                         "Some 30 people were killed and 55 others injured when shells landed at a school in the "
                         "Plimaya refugee camp.")
    assert conflicts == []


def test_a_name_before_a_place_noun_or_after_a_compass_word_is_a_place():
    assert _told_places("Shelling in the Zorvat refugee camp left five dead.", set()) == {"loc:zorvat"}
    assert _told_places("Forty were killed in a part of northern Zorvat.", set()) == {"loc:zorvat"}
    assert _told_places("He spoke at the Zorvat town hall.", set()) == set()
    # a place entity the sentence names already keeps its id
    assert _told_places("Shells hit the Plimaya refugee camp.", {"loc:plimaya"}) == set()
    assert _names("Shells hit the Zorvat refugee camp.", [("Zorvat", "person:zorvat")]) == {"loc:zorvat"}


def test_one_camp_named_two_ways_is_still_one_scope():
    # "the Plimaya refugee camp" and "in Plimaya": one place, so the injured still conflict
    _, conflicts = _pair("Shelling of houses in the Plimaya refugee camp left 16 injured, medics said.",
                         "Shelling of houses in Plimaya left 25 injured, medics said.")
    assert len(conflicts) == 1


def test_a_count_in_a_breakdown_of_the_dead_is_a_part():
    sentence = "At least 12 of one family, seven children, three women and two men, were killed in a strike."
    assert _in_breakdown(_claim("a", "three", 3, sentence, subject="women killed"), sentence.find("three"))
    assert _in_breakdown(_claim("a", "two", 2, sentence, subject="men killed"), sentence.find("two men"))
    assert not _in_breakdown(_claim("a", "three", 3, "Three women were killed in a strike on their house.",
                                    subject="women killed"), 0)


def test_a_breakdown_count_does_not_agree_with_another_incidents_toll():
    text_a = ("At least 12 of one family, seven children, three women and two men, were killed in an air strike on "
              "their house in the city.")
    agreements, _ = _pair(text_a, "Three people were killed in an air strike on a school in the city.")
    assert not any({i.text.lower() for i in f.items} == {"three"} for f in agreements)


def test_the_same_toll_told_alone_still_agrees():
    agreements, _ = _pair("Three women were killed in an air strike on their house in the city, medics said.",
                          "An air strike on a family house in the city killed three women, officials said.")
    assert any({i.text.lower() for i in f.items} == {"three"} for f in agreements)
