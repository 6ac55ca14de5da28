"""Issue 22s, twenty-second session (branch issue-22s-s22): conflicts at the scope and like-words walls, and one false
conflict: two running tallies of one count told on one day ("28,774 confirmed to date, according to the agency's
latest tally" against "has spread to 74 countries, infecting more than 27,700") are two cut-offs of the count, an update
or nothing, not a disagreement. The sentences below are made up for the tests."""

import re

from crosscheck.claims import extract_claims
from crosscheck.records import Document, Entity, Place, Sentence, Sources
from crosscheck.reconcile import reconcile_claims, story_aliases

PLACES = [Entity("gpe:ruritania", "Ruritania", "GPE", place=Place(50.0, 10.0, country="RU", feature="country",
                                                                    name="Ruritania"))]
TWO_OUTLETS = Sources(documents=[("a", "one.example"), ("b", "two.example")])
SAME_DAY = {"a": "2011-03-18", "b": "2011-03-18"}


def _doc(doc_id: str, text: str) -> Document:
    sentences = [Sentence(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.]", text)]
    sentences = [Sentence(s.text.lstrip(), s.start + len(s.text) - len(s.text.lstrip()), s.end) for s in sentences]
    return Document(doc_id, doc_id, doc_id, "txt", text, text, sentences)


def _conflicts(text_a: str, text_b: str):
    a, b = _doc("a", text_a), _doc("b", text_b)
    claims = extract_claims([a, b])
    return reconcile_claims(claims, TWO_OUTLETS, published=SAME_DAY, entities=PLACES,
                            aliases=story_aliases(PLACES, [a, b]))[1]


# --- two cut-offs of one running tally -----------------------------------------------------------------------------

def test_a_tally_told_to_date_against_another_of_the_same_day_is_no_conflict():
    conflicts = _conflicts("There have been 5,210 infections confirmed in 40 countries to date.",
                           "There have been 4,300 infections confirmed in 40 countries.")
    assert conflicts == []


def test_a_latest_tally_against_another_of_the_same_day_is_no_conflict():
    conflicts = _conflicts("There have been 5,210 infections confirmed in 40 countries, by the agency's latest tally.",
                           "There have been 4,300 infections confirmed in 40 countries.")
    assert conflicts == []


def test_two_tallies_of_one_day_with_no_cut_off_word_still_conflict():
    # (the guard: the rule reads the words of a running tally, not any two counts of one day)
    conflicts = _conflicts("There have been 5,210 infections confirmed in 40 countries.",
                           "There have been 4,300 infections confirmed in 40 countries.")
    assert len(conflicts) == 1


def test_a_latest_figure_of_a_thing_that_does_not_move_is_still_compared():
    # ("latest" with no tally, count or toll after it says nothing of a cut-off)
    conflicts = _conflicts("There have been 5,210 infections confirmed in 40 countries, the latest report says.",
                           "There have been 4,300 infections confirmed in 40 countries.")
    assert len(conflicts) == 1
