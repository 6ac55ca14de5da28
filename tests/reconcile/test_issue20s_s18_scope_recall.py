"""Issue 20, eighteenth session (helper 20s): gold conflicts lost in reconcile's "alike sentences" test, where two
reports tell one toll in their own words and share the place it is of, but few common words.

Read on the dev misses of ``evaluation.real_stories.conflict_misses``; the sentences below are made up for the tests."""

from crosscheck.records import Claim, Entity, Normalized, Sources
from crosscheck.reconcile import reconcile_claims

PUBLISHED = {"a": "2031-04-02", "b": "2031-04-02"}
VELMORA = Entity("gpe:velmora", "Velmora", "GPE")


def _claim(doc, text, value, subject, sentence, bound="exact"):
    start = sentence.find(text)
    return Claim(f"{doc}:c", doc, text, sentence, value, None, None, Normalized(value, None, None), subject, bound,
                 start, start + len(text))


def _toll_pair():
    bodies = _claim("a", "40", 40, "people killed",
                    "Dr Anselm Rusk, who runs the clinic in Velmora, said the bodies of 40 people had been brought in overnight.")
    dead = _claim("b", "25", 25, "people killed",
                  "The unrest left 25 dead by morning, a nurse at Velmora's main clinic said.")
    return bodies, dead


def test_a_toll_of_one_named_place_told_in_other_words_is_a_conflict():
    # Shared words: the clinic and the deaths only; the place both name says what the toll is of.
    _, conflicts = reconcile_claims(list(_toll_pair()), Sources(), published=PUBLISHED, entities=[VELMORA])
    assert len(conflicts) == 1
    assert {i.text for i in conflicts[0].items} == {"40", "25"}


def test_without_the_place_known_to_the_story_the_toll_pair_stays_apart():
    # No entity for the place: nothing but one common word joins the two sentences (the guard as before).
    _, conflicts = reconcile_claims(list(_toll_pair()), Sources(), published=PUBLISHED)
    assert conflicts == []


def test_bodies_tell_the_outcome_of_a_toll():
    from crosscheck.reconcile.likeness import _OUTCOME

    assert _OUTCOME.search("said the bodies of 40 people")
    assert _OUTCOME.search("one body was found")


def test_a_crowd_in_sentences_naming_one_city_still_needs_alike_words():
    # A crowd is no developing count: the city both sentences name is not enough to make two crowds one.
    march = _claim("a", "20,000", 20000, "crowd",
                   "Police said 20,000 people filled the streets of Velmora at noon.")
    side = _claim("b", "20,000", 20000, "crowd",
                  "The organisers of Velmora's dockers' rally counted 20,000 (the figure broadcasters gave) in the afternoon.")
    agreements, conflicts = reconcile_claims([march, side], Sources(), published=PUBLISHED, entities=[VELMORA])
    assert agreements == [] and conflicts == []
