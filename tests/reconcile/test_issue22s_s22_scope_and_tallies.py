"""Issue 22s, twenty-second session (branch issue-22s-s22): conflicts at the scope and like-words walls, and one false
conflict: two running tallies of one count told on one day (a figure "confirmed so far, by the agency's newest
count" against another outlet's "reached 70 nations, with over 26,000 infected") are two cut-offs of the count, an update
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


# --- the scope and like-words walls --------------------------------------------------------------------------------

from crosscheck.records import Claim, Normalized  # noqa: E402
from crosscheck.reconcile.scope import _local_scope, _same_scope  # noqa: E402

TOWNS = [Entity("gpe:kelso", "Kelso", "GPE", place=Place(55.6, -2.4, country="GB", feature="city", name="Kelso")),
         Entity("gpe:ardmore", "Ardmore", "GPE", place=Place(51.9, -7.7, country="IE", feature="city", name="Ardmore"))]
TOWN_ALIASES = story_aliases(TOWNS)


def _claim(sentence: str, text: str, value: float, subject: str = "people killed", doc_id: str = "a") -> Claim:
    start = sentence.find(text)
    return Claim(f"{doc_id}-{start}", doc_id, text, sentence, value, None, None, Normalized(value, None, None),
                 subject, "exact", start, start + len(text))


def test_a_dimension_after_in_is_no_place_phrase():
    assert _local_scope(_claim("The pipe, 4 inches in diameter, was pushed into the riser.", "4 inches", 4, "width")) \
        is None
    assert _local_scope(_claim("The cull of 9,000 goats was in fact a cleaning drive.", "9,000", 9000, "goats")) is None
    # (a place after "in" is still one)
    assert _local_scope(_claim("The storm killed 12 people in Kelso.", "12", 12)) is not None


def test_a_place_both_sentences_name_in_two_ways_is_a_shared_word():
    a = _claim("Ann Reid, who runs the intensive care unit at the main infirmary in Kelso, said the bodies of 50 "
               "people, mostly shot, had been taken there on Sunday afternoon.", "50", 50, doc_id="a")
    b = _claim("The march came after fresh clashes that left 25 dead earlier, a nurse at Kelso's infirmary said.", "25",
               25, doc_id="b")
    assert _same_scope(a, b, TOWN_ALIASES)


def test_two_places_named_apart_share_no_place():
    a = _claim("Ann Reid, who runs the intensive care unit at the main infirmary in Kelso, said the bodies of 50 "
               "people, mostly shot, had been taken there on Sunday afternoon.", "50", 50, doc_id="a")
    b = _claim("The march came after fresh clashes that left 25 dead earlier, a nurse at Ardmore's infirmary said.", "25",
               25, doc_id="b")
    assert not _same_scope(a, b, TOWN_ALIASES)


def test_a_year_both_sentences_tell_is_a_shared_word():
    a = _claim("The agency began tracking the syndrome in 2014, when 121 cases were confirmed.", "121", 121,
               "cases confirmed", doc_id="a")
    b = _claim("Numbers peaked in 2014, with 120 cases reported among young children.", "120", 120, "cases confirmed",
               doc_id="b")
    assert _same_scope(a, b, TOWN_ALIASES)
    c = _claim("Numbers peaked in 2016, with 120 cases reported among young children.", "120", 120, "cases confirmed",
               doc_id="c")
    assert not _same_scope(a, c, TOWN_ALIASES)


def test_infections_and_cases_are_one_word():
    a = _claim("Kelso today sets the tally of infections inside the town at 840.", "840", 840, "number infected",
               doc_id="a")
    b = _claim("The worst hit are: Kelso, 590 confirmed cases.", "590", 590, "number infected", doc_id="b")
    assert _same_scope(a, b, TOWN_ALIASES)


def test_a_sentence_telling_of_the_thing_before_is_read_with_it():
    conflicts = _conflicts(
        "Nine years ago came the marsh fever epidemic of the lowland valleys. That too was centred on the coast but "
        "caused more than 800 deaths.",
        "An outbreak of marsh fever struck the lowland valleys in spring. It lasted six months and killed 650 of the "
        "8,000 people it infected.")
    assert len(conflicts) == 1


def test_a_sentence_before_sharing_only_its_noise_is_not_read():
    # (the guard: "It" opens the sentence, but the sentences before share no word of a thing)
    conflicts = _conflicts(
        "Nine years ago came the marsh fever epidemic, which the doctors feared. That too was centred on the coast "
        "but caused more than 800 deaths.",
        "Traders said there would be losses, which they feared. It lasted six months and killed 650 of the "
        "8,000 people it infected.")
    assert conflicts == []


def test_a_pronoun_that_tells_does_not_read_the_sentence_before():
    # ("It said" is the agency telling, not the thing of the sentence before: five of eight soldiers killed on one day
    # against eight people killed the next, read by a news agency both times)
    conflicts = _conflicts(
        "The official wire service cited an aide who said eight troops were killed in the hills on Tuesday. It said "
        "five of the troops were killed as a patrol came under fire.",
        "Power lines were down, he said. Residents afterwards told a wire service at least eight people were killed.")
    assert conflicts == []
