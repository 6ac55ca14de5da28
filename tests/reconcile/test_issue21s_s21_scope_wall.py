"""Issue 21s, twenty-first session (branch issue-21s-s21): the scope wall.

Read on the dev conflict misses stopped at "scope": the names a figure's sentence was said to be told of were often no
place: a person's surname inside a hyphened name, a possessive of the very place the other side names, a weapon's make
joined to its number, a "-man" noun, a nationality, a word opening a phrase after a dash or a quote, the rest of a name
the sentence opens on; and "in 106 games" was read as a place phrase. The sentences below are made up for the tests."""

import re

from crosscheck.claims import extract_claims
from crosscheck.records import Claim, Document, Entity, Normalized, Place, Sentence, Sources
from crosscheck.reconcile import reconcile_claims, story_aliases
from crosscheck.reconcile.scope import _local_scope, _names, _same_local_scope, _same_scope

PLACES = [Entity("gpe:ardmore", "Ardmore", "GPE", place=Place(51.9, -7.7, country="IE", feature="city", name="Ardmore")),
          Entity("gpe:kelso", "Kelso", "GPE", place=Place(55.6, -2.4, country="GB", feature="city", name="Kelso")),
          Entity("gpe:ruritania", "Ruritania", "GPE", place=Place(50.0, 10.0, country="RU", feature="country",
                                                                     name="Ruritania")),
          Entity("gpe:north-ruritania", "North Ruritania", "GPE"),
          Entity("loc:north", "North", "LOC"),
          Entity("person:dara-al-maghribi", "Dara al-Maghribi", "PERSON"),
          Entity("org:harbour-trust", "Harbour Trust", "ORG", aliases=("the Trust",))]
ALIASES = story_aliases(PLACES)


def names(sentence: str) -> set[str]:
    return ALIASES.names(sentence)


def _doc(doc_id: str, text: str) -> Document:
    sentences = [Sentence(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.]", text)]
    sentences = [Sentence(s.text.lstrip(), s.start + len(s.text) - len(s.text.lstrip()), s.end) for s in sentences]
    return Document(doc_id, doc_id, doc_id, "txt", text, text, sentences)


def _claim(sentence: str, text: str, value: float, subject: str = "people killed", doc_id: str = "a") -> Claim:
    start = sentence.find(text)
    return Claim(f"{doc_id}-{start}", doc_id, text, sentence, value, None, None, Normalized(value, None, None),
                 subject, "exact", start, start + len(text))


# --- names that are no place ---------------------------------------------------------------------------------------

def test_a_possessive_of_a_place_is_that_place():
    assert names("A nurse at Ardmore's main clinic said the count was final.") == {"gpe:ardmore"}
    assert names("The only cases are in Kelso and Ardmore' the nurse said.") == {"gpe:ardmore", "gpe:kelso"}


def test_a_surname_inside_a_hyphened_name_is_no_scope():
    assert names("Dara al-Maghribi, head of the ward in Ardmore, said 40 were treated.") == {"gpe:ardmore"}


def test_a_make_joined_to_its_number_is_no_scope():
    assert names("The crew found seven ZX-9 rifles and two Q7 launchers on the boat.") == set()


def test_a_man_noun_is_no_scope():
    assert names("On Sunday the 40-year-old Welshman fell 300 metres, the Congressman said.") == set()


def test_a_nationality_is_no_place():
    assert names("Four people are held, including one North Ruritanian and two Ruritanians.") == set()
    # the place itself still is one
    assert names("Four people are held in North Ruritania.") == {"gpe:north-ruritania", "gpe:ruritania", "loc:north"}


def test_a_word_opening_a_phrase_is_no_scope():
    assert names("May 3 - Engineers put the leak at 400 barrels a day.") == set()
    assert names('"Forty people are in custody," the officer said.') == set()
    assert names("Human Welfare groups say 300 people have died.") == set()


def test_an_unknown_name_in_the_sentence_is_still_a_scope():
    # (a place the entities stage missed: the sentence names it, not at its start)
    assert names("The officer said 300 people have died in Tarvello.") == {"Tarvello"}


# --- the scope wall, pair by pair ----------------------------------------------------------------------------------

def test_a_surname_against_a_possessive_of_a_place_is_no_scope_apart():
    a = _claim("Dara al-Maghribi, head of the clinic, said 50 bodies were brought to the clinic on Sunday.",
               "50", 50, doc_id="a")
    b = _claim("A doctor at Ardmore's clinic said 25 bodies were brought to the clinic on Sunday.", "25", 25,
               doc_id="b")
    assert _same_scope(a, b, ALIASES)


def test_two_places_are_still_two_scopes():
    a = _claim("A doctor said 50 bodies were brought to the clinic in Ardmore on Sunday.", "50", 50, doc_id="a")
    b = _claim("A doctor said 25 bodies were brought to the clinic in Kelso on Sunday.", "25", 25, doc_id="b")
    assert not _same_scope(a, b, ALIASES)


# --- "in 106 games": a count, not a place --------------------------------------------------------------------------

def test_a_count_after_in_is_no_place_phrase():
    assert _local_scope(_claim("Lowe now has 2,029 points in 106 games for the club.", "2,029", 2029, "points")) is None


def test_a_count_of_places_or_of_time_after_in_is_still_a_scope():
    assert _local_scope(_claim("The virus has killed 140 people in 13 countries so far.", "140", 140)) is not None
    assert _local_scope(_claim("The storms have killed 140 people in three days.", "140", 140)) is not None


def test_career_points_told_with_and_without_the_games_are_compared():
    a = _claim("Lowe ended the game with 2,129 points.", "2,129", 2129, "points", doc_id="a")
    b = _claim("Lowe now has 2,029 points in 106 games for the club.", "2,029", 2029, "points", doc_id="b")
    assert _same_local_scope(a, b)


# --- through reconcile ---------------------------------------------------------------------------------------------

TWO_OUTLETS = Sources(documents=[("a", "one.example"), ("b", "two.example")])
SAME_DAY = {"a": "2011-03-18", "b": "2011-03-18"}


def _conflicts(text_a: str, text_b: str):
    a, b = _doc("a", text_a), _doc("b", text_b)
    claims = extract_claims([a, b])
    return reconcile_claims(claims, TWO_OUTLETS, published=SAME_DAY, entities=PLACES,
                            aliases=story_aliases(PLACES, [a, b]))[1]


def test_a_hospital_count_told_of_one_city_in_two_ways_conflicts():
    conflicts = _conflicts(
        "Dara al-Maghribi, head of the main hospital, said 50 people were killed in the clashes on Sunday.",
        "A doctor at Ardmore's main hospital said 25 people were killed in the clashes on Sunday.")
    assert len(conflicts) == 1


def test_a_hospital_count_of_two_cities_is_no_conflict():
    conflicts = _conflicts(
        "A doctor at the main hospital in Kelso said 50 people were killed in the clashes on Sunday.",
        "A doctor at Ardmore's main hospital said 25 people were killed in the clashes on Sunday.")
    assert conflicts == []


def test_a_name_after_the_or_after_a_closing_quote_is_still_read():
    # ("The" opens the sentence but is no name: the name after it is still read; a quote closing a quotation opens
    # nothing)
    assert names("The Tarvello side has lost 12 games this season.") == {"Tarvello"}
    assert names('"We have seen no deaths," Tarvello officials said.') == {"Tarvello"}
