"""Issue 20, fifteenth session (branch issue-20c-s15): conflicts and updates a fact-checker can believe.

Read on the dev errors of every real story (169): a world figure against one country's figure was a conflict (the
country named in the other clause of its sentence), tolls of two happenings told plainly on two days, with nothing in
their sentences tying them, were one progression, a chain joined one country's count to the world's through a value
that named no place, and "EU states" were counted with US states. The sentences below are made up for the tests."""

from crosscheck.claims import extract_claims
from crosscheck.records import Claim, Entity, Normalized, Sources
from crosscheck.reconcile import find_updates, reconcile_claims
from crosscheck.reconcile.basis import basis_key
from crosscheck.reconcile.updates import progression_key
from tests.claims.one_sentence import TWO_OUTLETS, one_sentence_doc

PLACES = [Entity("gpe:peru", "Peru", "GPE"), Entity("gpe:chile", "Chile", "GPE"),
          Entity("gpe:bolivia", "Bolivia", "GPE")]
SAME_DAY = {"a": "2010-05-05", "b": "2010-05-05"}


def _pair(text_a: str, text_b: str, entities=PLACES):
    claims = extract_claims([one_sentence_doc("a", text_a), one_sentence_doc("b", text_b)])
    return reconcile_claims(claims, TWO_OUTLETS, published=SAME_DAY, entities=entities)


def test_world_figure_against_a_country_named_in_another_clause_is_no_conflict():
    # The country is named in the other clause of the sentence, not beside the figure: still that country's count.
    _, conflicts = _pair("The fever has caused 26 deaths in Peru and 640 people have been infected, the minister said.",
                         "The fever has spread to 18 countries and infected more than 1,000 people worldwide, "
                         "the agency said.")
    assert conflicts == []


def test_world_figures_still_conflict_with_each_other():
    _, conflicts = _pair("Health officials said the fever had infected 640 people worldwide by Monday.",
                         "The fever has spread to 18 countries and infected more than 1,000 people worldwide, "
                         "the agency said.")
    assert len(conflicts) == 1


def test_a_country_figure_still_conflicts_with_the_same_country():
    _, conflicts = _pair("The fever has caused 26 deaths in Peru and 640 people have been infected, the minister said.",
                         "In Peru, 900 people have been infected by the fever so far, health officials reported on Monday.")
    assert len(conflicts) == 1


def test_a_count_of_countries_agrees_whatever_country_its_sentence_names():
    agreements, _ = _pair("More than 1,000 cases of the fever have now been confirmed in 18 countries, officials said.",
                          "The fever has killed 26 people in Peru, and health officials have now confirmed cases in 18 "
                          "countries.")
    assert any("18" in f.explanation for f in agreements)


def _claim(doc: str, text: str, value: float, sentence: str, bound: str = "exact", subject: str = "people killed"):
    start = sentence.find(text)
    return Claim(f"{doc}-{start}", doc, text, sentence, value, None, None, Normalized(value, None, None),
                 subject, bound, start, start + len(text))


def _updates(claims: list[Claim], published: dict[str, str]):
    sources = Sources(documents=[(d, f"{d}.example") for d in published])
    return find_updates(claims, sources, published, PLACES)


def test_two_happenings_tolls_told_plainly_are_no_update():
    # One raid's toll, then another's told plainly the next day: nothing but the toll's own words ties the two.
    claims = [_claim("a", "at least seven", 7, "Rebels said the raid on the river port killed at least seven people on "
                     "Tuesday.", "at_least"),
              _claim("b", "at least 12", 12, "A district officer said at least 12 people were dead and 20 hurt.",
                     "at_least")]
    assert _updates(claims, {"a": "2011-11-10", "b": "2011-11-11"}) == []


def test_a_toll_told_as_moved_is_still_an_update():
    claims = [_claim("a", "seven", 7, "The president said the raid on the river port on Tuesday killed seven people."),
              _claim("b", "12", 12, "The official said the toll of people killed has now reached 12.")]
    [update] = _updates(claims, {"a": "2011-11-10", "b": "2011-11-11"})
    assert [p.value for p in update.points] == [7, 12]


def test_a_toll_sharing_a_word_of_its_happening_is_still_an_update():
    # No word of motion, but both sentences tell of the market raid: one toll that grew.
    claims = [_claim("a", "28", 28, "Soldiers shot dead 28 people during the market raid at dawn, monitors said."),
              _claim("b", "at least 32", 32, "Monitors said the market raid at dawn left at least 32 people dead.",
                     "at_least")]
    [update] = _updates(claims, {"a": "2011-06-10", "b": "2011-06-11"})
    assert [p.value for p in update.points] == [28, 32]


def test_a_toll_sharing_a_place_is_still_an_update():
    claims = [_claim("a", "five", 5, "Five people were killed in Peru, officials said."),
              _claim("b", "nine", 9, "Nine people have been killed in Peru, officials said.")]
    [update] = _updates(claims, {"a": "2011-06-10", "b": "2011-06-11"})
    assert [p.value for p in update.points] == [5, 9]


def test_a_country_count_and_the_world_count_are_no_one_progression():
    # One count that names no place joined Peru's count, and the world's count joined it: the chain mixed both.
    claims = [_claim("a", "54", 54, "By Sunday there had been 54 known cases of the fever, four of them caught locally.",
                     subject="cases"),
              _claim("b", "403", 403, "There are 403 known cases of the fever in Peru, and so far one death.",
                     subject="cases"),
              _claim("c", "1,124", 1124, "By the newest count, the fever has reached 1,124 cases worldwide.",
                     subject="cases")]
    updates = _updates(claims, {"a": "2009-05-04", "b": "2009-05-05", "c": "2009-05-05"})
    assert not any({p.value for p in u.points} >= {403, 1124} for u in updates)


def test_eu_states_and_states_are_two_counts():
    assert progression_key("eu states") == "eu states"
    assert progression_key("us states") == "us states"  # was "us", read as a plural noun
    assert progression_key("syrian refugees") == "refugees"


def test_a_part_of_a_total_told_after_it_is_no_conflict_with_the_total():
    # "5 of the 9 appeals": a part of the 9, not a second count of the appeals.
    _, conflicts = _pair("The firm won 5 of the 9 appeals it lodged with the tribunal this year, its lawyer said.",
                         "The firm won 9 appeals it lodged with the tribunal this year, its lawyer said.")
    assert conflicts == []


def test_a_toll_told_against_another_total_stays_a_toll():
    # "killed 310 of the 4,100 patients it reached": the killed are no part of a total of killed.
    claims = extract_claims([one_sentence_doc("a", "The fever killed 310 of the 4,100 patients it reached.")])
    assert {c.text: basis_key(c) for c in claims}["310"][2] == "people killed"
    claims = extract_claims([one_sentence_doc("a", "The firm won 5 of the 9 appeals it lodged.")])
    assert {c.text: basis_key(c) for c in claims}["5"][2] == "part: appeals"
