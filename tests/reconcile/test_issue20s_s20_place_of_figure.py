"""Issue 20s, twentieth session (branch issue-20s-s20): the place a figure is of.

Read on the fresh fdev stories' judged false items: a roundup's paragraph on another country (its figure, named in the
paragraph's first sentence, not its own) compared with the story's figure of another; a figure of one town agreed with
one of another town far off. The place of a figure is its sentence's, else the nearest earlier sentence's of its
paragraph; two figures of places neither inside the other (by the gazetteer's countries, first-level divisions and
points) are two scopes. The sentences and reports below are made up for the tests."""

import re

from crosscheck.claims import extract_claims
from crosscheck.records import Claim, Document, Entity, Normalized, Place, Sentence, Sources
from crosscheck.reconcile import reconcile_claims, story_aliases
from crosscheck.reconcile.scope import _figure_places, places_apart


def _place(entity_id, name, country, feature, lat, lon, admin1=None, type_="GPE"):
    return Entity(entity_id, name, type_, place=Place(lat, lon, country=country, feature=feature, name=name,
                                                      admin1=admin1, geonames_id=abs(hash(entity_id)) % 10**7))


PLACES = [_place("gpe:libya", "Libya", "LY", "country", 25.0, 17.0),
          _place("gpe:benghazi", "Benghazi", "LY", "city", 32.1, 20.1, admin1="Banghazi"),
          _place("gpe:tripoli", "Tripoli", "LY", "city", 32.9, 13.2, admin1="Tripoli"),
          _place("gpe:tajura", "Tajura", "LY", "city", 32.88, 13.35, admin1="Tripoli"),
          _place("gpe:cyrenaica", "Cyrenaica", "LY", "admin1", 31.0, 22.0),
          _place("gpe:banghazi-province", "Banghazi province", "LY", "admin1", 32.0, 20.5),
          _place("gpe:yemen", "Yemen", "YE", "country", 15.5, 47.5),
          _place("gpe:sanaa", "Sanaa", "YE", "city", 15.35, 44.2),
          _place("loc:middle-east", "the Middle East", None, "region", 29.0, 41.0, type_="LOC")]
_BY_ID = {e.id: e for e in PLACES}


def _doc(doc_id: str, text: str) -> Document:
    sentences = [Sentence(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.]", text)]
    sentences = [Sentence(s.text.lstrip(), s.start + len(s.text) - len(s.text.lstrip()), s.end) for s in sentences]
    return Document(doc_id, doc_id, doc_id, "txt", text, text, sentences)


def _claim(doc: Document, text: str, value: float, subject: str = "people killed") -> Claim:
    start = doc.text.find(text)
    sentence = next(s for s in doc.sentences if s.start <= start < s.end)
    return Claim(f"{doc.id}-{start}", doc.id, text, sentence.text, value, None, None, Normalized(value, None, None),
                 subject, "at_least", start, start + len(text))


def _aliases(*docs: Document):
    return story_aliases(PLACES, list(docs))


# --- the place of a figure ----------------------------------------------------------------------------------------

def test_a_figure_naming_no_place_is_of_its_paragraphs_place():
    doc = _doc("a", "Crowds gathered in Tripoli on Friday.\n\nIn Sanaa, troops fired on the marchers. At least 20 "
                    "people were killed, a doctor said.")
    assert _figure_places(_claim(doc, "At least 20", 20), _aliases(doc)) == {"gpe:sanaa"}


def test_a_figure_does_not_inherit_a_place_from_another_paragraph():
    doc = _doc("a", "Crowds gathered in Sanaa on Friday.\n\nAt least 20 people were killed, a doctor said.")
    assert _figure_places(_claim(doc, "At least 20", 20), _aliases(doc)) == frozenset()


def test_a_figures_own_place_comes_before_its_paragraphs():
    doc = _doc("a", "In Sanaa, troops fired on the marchers. At least 20 people were killed in Benghazi, a doctor said.")
    assert _figure_places(_claim(doc, "At least 20", 20), _aliases(doc)) == {"gpe:benghazi"}


def test_a_figure_with_no_text_of_its_report_is_of_no_place():
    doc = _doc("a", "In Sanaa, troops fired on the marchers. At least 20 people were killed, a doctor said.")
    assert _figure_places(_claim(doc, "At least 20", 20), story_aliases(PLACES)) == frozenset()


# --- places apart, places inside one another ---------------------------------------------------------------------

def _apart(sentence_a: str, figure_a: str, sentence_b: str, figure_b: str) -> bool:
    a, b = _doc("a", sentence_a), _doc("b", sentence_b)
    return places_apart(_claim(a, figure_a, 20), _claim(b, figure_b, 20), _aliases(a, b))


def test_a_city_and_its_country_are_one_scope():
    assert not _apart("Officials said 20 people died in Benghazi.", "20",
                      "Officials said 20 people died in Libya.", "20")


def test_two_countries_are_two_scopes():
    assert _apart("Officials said 20 people died in Sanaa.", "20", "Officials said 20 people died in Libya.", "20")


def test_two_towns_of_one_country_are_one_scope():
    # (towns of one country set apart by their points were measured on the dev stories and dropped)
    assert not _apart("Officials said 20 people died in Benghazi.", "20",
                      "Officials said 20 people died in Tripoli.", "20")


def test_a_paragraph_sets_its_place_only_from_a_sentence_opening_on_it():
    doc = _doc("a", "The company, based in Sanaa, gave its figures. At least 20 people were killed, a doctor said.")
    assert _figure_places(_claim(doc, "At least 20", 20), _aliases(doc)) == frozenset()
    doc = _doc("a", "Elsewhere, in Sanaa, troops fired on the marchers. At least 20 people were killed, a doctor said.")
    assert _figure_places(_claim(doc, "At least 20", 20), _aliases(doc)) == {"gpe:sanaa"}


def test_a_region_of_no_one_country_may_hold_either():
    assert not _apart("Officials said 20 people died in Sanaa.", "20",
                      "Officials said 20 people died across the Middle East.", "20")


def test_a_figure_of_no_known_place_is_never_set_apart():
    assert not _apart("Officials said 20 people died.", "20", "Officials said 20 people died in Libya.", "20")


def test_a_sentence_naming_both_places_shares_one():
    assert not _apart("Troops from Tripoli attacked Benghazi, where 20 people died.", "20",
                      "Officials said 20 people died in Benghazi.", "20")


# --- through reconcile: a roundup's paragraph on another country -------------------------------------------------

TWO_OUTLETS = Sources(documents=[("a", "one.example"), ("b", "two.example")])
SAME_DAY = {"a": "2011-03-18", "b": "2011-03-18"}


def _reconciled(text_a: str, text_b: str):
    a, b = _doc("a", text_a), _doc("b", text_b)
    claims = extract_claims([a, b])
    return reconcile_claims(claims, TWO_OUTLETS, published=SAME_DAY, entities=PLACES, aliases=_aliases(a, b))


def test_a_roundups_paragraph_on_another_country_is_no_conflict():
    _, conflicts = _reconciled(
        "Protests swept the region on Friday.\n\nIn Yemen, security forces fired on protesters in the capital. Police "
        "said 20 protesters were killed when security forces fired on the crowd, witnesses said.",
        "Police said 35 protesters were killed when security forces fired on the crowd in Benghazi, witnesses said.")
    assert conflicts == []


def test_the_same_paragraph_on_the_same_country_still_conflicts():
    _, conflicts = _reconciled(
        "Protests swept the region on Friday.\n\nIn Libya, security forces fired on protesters in the east. Police "
        "said 20 protesters were killed when security forces fired on the crowd, witnesses said.",
        "Police said 35 protesters were killed when security forces fired on the crowd in Benghazi, witnesses said.")
    assert len(conflicts) == 1
