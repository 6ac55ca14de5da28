"""Quantities and their reconciliation on sentences written for these tests."""

import pytest

from crosscheck.claims import extract_quantities
from crosscheck.nlp import load_pipeline
from crosscheck.records import Claim, CopyGroup, Normalized, Sources
from crosscheck.reconcile import reconcile_claims


def q(text):
    return extract_quantities(text, load_pipeline()(text))


@pytest.mark.parametrize("text,value,value_max,unit,bound", [
    ("Officials said 4,000 to 6,000 people fled.", 4000, 6000, None, "range"),
    ("Between 300-350 troops were deployed.", 300, 350, None, "range"),
    ("More than 500 homes were destroyed.", 500, None, None, "at_least"),
    ("Nearly 12,000 people were evacuated.", 12000, None, None, "about"),
    ("Up to 40 flights were cancelled.", 40, None, None, "at_most"),
    ("At least 12 people died.", 12, None, None, "at_least"),
    ("The project costs EUR 2m a year.", 2_000_000, None, "EUR", "exact"),
    ("It flooded about 30 sq km of farmland.", 30, None, "sq km", "about"),
    ("The pipeline is 250-kilometre long.", 250, None, "kilometre", "exact"),
    ("Unemployment rose to 7.5% in May.", 7.5, None, "%", "exact"),
    ("Two dozen workers were hired.", 24, None, None, "exact"),
    ("The fund raised $25 million.", 25_000_000, None, "USD", "exact"),
])
def test_quantity_forms(text, value, value_max, unit, bound):
    [found] = [x for x in q(text)]
    assert (found.value, found.value_max, found.unit, found.bound) == (value, value_max, unit, bound)


def test_units_normalised_with_pint():
    [miles] = q("A 12 miles stretch of road was closed.")
    assert miles.normalized.unit == "km" and abs(miles.normalized.value - 19.312) < 0.01
    [area] = q("About 12 square miles of the city flooded.")
    assert area.normalized.unit == "km²" and abs(area.normalized.value - 31.08) < 0.01
    [deep] = q("The trench was 5m deep.")
    assert deep.unit == "m" and deep.value == 5


def test_dates_and_codes_are_not_claims():
    assert [x.text for x in q("In 2019 the A320 flew on March 3 at 11:30 with COVID-19 rules.")] == []
    assert [x.text for x in q("The 2,000 workers went on strike.")] == ["2,000"]


def test_subjects():
    [killed] = q("The storm killed 41 people on Friday.")
    assert killed.subject == "people killed"
    [food] = q("The mission moved 4,000 tonnes of food to higher ground.")
    assert food.subject == "food moved"


def _claim(doc, text, value, unit=None, bound="exact", subject="people killed", norm=None, sentence=None):
    sentence = sentence or f"The storm surge killed {text} people in the port city, officials said."
    return Claim(f"{doc}:c", doc, text, sentence, value, None, unit, Normalized(norm or value, None, unit), subject, bound)


def test_agreement_within_bounds_and_rounding():
    flooded = "The surge flooded {} of low-lying districts of the city."
    a = _claim("a", "about 30 sq km", 30, "km²", "about", "area", sentence=flooded.format("about 30 sq km"))
    b = _claim("b", "about 12 square miles", 12, "km²", "about", "area", norm=31.08,
               sentence=flooded.format("about 12 square miles"))
    # Compatible within their bounds and rounding: never a conflict. Since reconcile 25 (issue 20a, twelfth session) not
    # an agreement either: two numbers that are not equal once in one unit are two figures, not one told twice.
    agreements, conflicts = reconcile_claims([a, b], Sources())
    assert not agreements and not conflicts
    pipeline = "The new gas pipeline will run {} from the coast to the capital."
    c = _claim("c", "800 km", 800, "km", subject="pipeline", sentence=pipeline.format("800 km"))
    d = _claim("d", "815 km", 815, "km", subject="pipeline", sentence=pipeline.format("815 km"))
    agreements, conflicts = reconcile_claims([c, d], Sources())
    assert not agreements and not conflicts  # (the same figure in two units still agrees: test_issue20a_s12_precision)


def test_conflict_explained_and_bounds_respected():
    claims = [_claim("a", "23", 23), _claim("b", "41", 41), _claim("c", "at least 14", 14, bound="at_least")]
    agreements, conflicts = reconcile_claims(claims, Sources(), {"a": "Coastal Times", "b": "Sanaa Monitor"})
    assert not agreements and len(conflicts) == 1
    assert "Coastal Times" in conflicts[0].explanation and "Sanaa Monitor" in conflicts[0].explanation
    # "at least 14" fits both 23 and 41: it takes no side (issue 20), so the conflict is between two sources.
    assert conflicts[0].independent_sources == 2 and "at least 14" not in conflicts[0].explanation


def test_copies_never_agree_or_conflict_with_their_original():
    claims = [_claim("a", "23", 23), _claim("b", "41", 41)]
    agreements, conflicts = reconcile_claims(claims, Sources([CopyGroup("g", ["a", "b"], "a", 0.9)]))
    assert agreements == [] and conflicts == []


def test_figures_from_different_days_are_updates_not_conflicts():
    # A toll is a developing count: told a day later it is an update (issue 20), even a day apart.
    claims = [_claim("a", "23", 23), _claim("b", "41", 41)]
    _, conflicts = reconcile_claims(claims, Sources(), published={"a": "2026-03-14", "b": "2026-03-15"})
    assert conflicts == []
    _, conflicts = reconcile_claims(claims, Sources(), published={"a": "2026-03-14", "b": "2026-03-14"})
    assert len(conflicts) == 1
    # A figure that does not develop (a length) still conflicts a day apart, not weeks apart.
    pipeline = "The new gas pipeline will run {} from the coast to the capital."
    c = _claim("c", "800 km", 800, "km", subject="pipeline", sentence=pipeline.format("800 km"))
    d = _claim("d", "950 km", 950, "km", subject="pipeline", sentence=pipeline.format("950 km"))
    _, conflicts = reconcile_claims([c, d], Sources(), published={"c": "2026-03-14", "d": "2026-03-15"})
    assert len(conflicts) == 1
    _, conflicts = reconcile_claims([c, d], Sources(), published={"c": "2026-03-14", "d": "2026-04-20"})
    assert conflicts == []


def test_same_subject_in_unrelated_sentences_is_not_compared():
    a = _claim("a", "23", 23, sentence="The storm surge killed 23 people in the port city.")
    b = _claim("b", "41", 41, sentence="Last year's earthquake in the mountains left 41 dead, the ministry recalled.")
    assert reconcile_claims([a, b], Sources()) == ([], [])


def test_generic_subjects_are_not_reconciled():
    a = _claim("a", "99%", 99, "%", subject="people")
    b = _claim("b", "75%", 75, "%", subject="people")
    assert reconcile_claims([a, b], Sources()) == ([], [])


def test_scope_uses_entity_aliases():
    from crosscheck.records import Entity

    a = _claim("a", "three", 3, subject="shelters opened",
               sentence="Keller said the UN had opened three shelters in schools near the port.")
    b = _claim("b", "three", 3, subject="shelters opened",
               sentence="The United Nations said three shelters had opened in schools near the port.")
    un = Entity("org:un", "United Nations", "ORG", ["UN"])
    keller = Entity("person:keller", "Maria Keller", "PERSON", ["Keller"])
    assert reconcile_claims([a, b], Sources()) == ([], [])  # no shared name: scopes unknown to match
    agreements, _ = reconcile_claims([a, b], Sources(), entities=[un, keller])
    assert len(agreements) == 1
