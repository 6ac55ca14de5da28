"""Alias rules and false-merge guards, on sentences written for these tests."""

import pytest

from crosscheck.clean import sentences_from_parse
from crosscheck.entities import extract_entities
from crosscheck.nlp import load_pipeline
from crosscheck.records import Document, PublishedDate, Sources


def docs(*texts):
    out = []
    for i, text in enumerate(texts):
        d = Document(f"d{i}", f"d{i}", str(i) * 64, "txt", text, text, published=PublishedDate("2026-03-14"))
        d.sentences = sentences_from_parse(text, load_pipeline()(text))
        out.append(d)
    return out


def entity_of(entities, surface):
    found = [e for e in entities if surface in e.aliases or e.name == surface]
    assert found, f"no entity for {surface!r}: {[(e.name, e.aliases) for e in entities]}"
    return found[0]


def test_titles_and_surname_merge_to_one_person():
    ents = extract_entities(docs("Lt. Gen. Maria Keller said the port was safe.",
                                 "General Keller toured the harbour on Friday.",
                                 "Keller said food stocks were moved."), Sources())
    keller = entity_of(ents, "Maria Keller")
    assert keller.type == "PERSON" and keller.name == "Maria Keller"
    assert {m.document for m in keller.mentions} == {"d0", "d1", "d2"}
    assert "Lt. Gen. Maria Keller" in keller.aliases


def test_two_people_sharing_a_surname_stay_apart_and_surname_alone_is_not_merged():
    ents = extract_entities(docs("John Smith, the mayor, met Jane Smith, the governor, on Monday.",
                                 "Smith said the bridge would reopen."), Sources())
    people = [e for e in ents if e.type == "PERSON"]
    assert len({e.id for e in people if "Smith" in e.name}) >= 2
    assert not any({"John Smith", "Jane Smith"} <= ({e.name} | set(e.aliases)) for e in people)


def test_acronym_in_parentheses_and_initials():
    ents = extract_entities(docs("The World Health Organization (WHO) warned of cholera.",
                                 "The WHO sent 20 tonnes of supplies.",
                                 "The United Nations opened shelters, and the UN asked for trucks."), Sources())
    who = entity_of(ents, "WHO")
    assert who.name == "World Health Organization"
    un = entity_of(ents, "UN")
    assert un.name == "United Nations"


def test_curated_aliases_and_gazetteer_spellings():
    ents = extract_entities(docs("Hezbollah fighters crossed the border near Tyre.",
                                 "Hizballah denied the report.",
                                 "Shelling hit Kharkiv overnight.", "Residents of Kharkov fled west."), Sources())
    assert {m.text for m in entity_of(ents, "Hizballah").mentions} >= {"Hezbollah", "Hizballah"}
    kharkiv = entity_of(ents, "Kharkov")
    assert kharkiv.place is not None and kharkiv.place.country == "UA"


@pytest.mark.parametrize("first,second", [("Lebanon", "the Lebanese Armed Forces"), ("Yemen", "the Yemeni Coast Guard")])
def test_country_and_its_forces_or_demonym_stay_apart(first, second):
    ents = extract_entities(docs(f"{first} said the talks would resume on Monday.",
                                 f"A spokesman for {second} said the talks would resume."), Sources())
    country = entity_of(ents, first)
    assert not any("Lebanese" in a or "Yemeni" in a for a in [country.name] + country.aliases)


def test_places_geocoded_with_homonyms_resolved_by_the_story():
    ents = extract_entities(docs("Floods hit Hodeidah in Yemen on Friday.", "Aid reached Aden and Hodeidah."), Sources())
    hodeidah = entity_of(ents, "Hodeidah")
    assert hodeidah.place.country == "YE" and 14 < hodeidah.place.latitude < 16


def test_independent_sources_count_copies_once():
    from crosscheck.records import CopyGroup

    ds = docs("Maria Keller visited the port.", "Maria Keller visited the port.", "Maria Keller spoke.")
    keller = entity_of(extract_entities(ds, Sources([CopyGroup("g", ["d0", "d1"], "d0", 1.0)])), "Maria Keller")
    assert keller.independent_sources == 2 and len(keller.mentions) == 3


def test_a_state_abbreviation_is_not_an_organisations_initials():
    # twenty-second session, a fresh PolNeAR pile: "S.C." joined South Carolina and the Supreme Court into one entity
    ents = extract_entities(docs("The governor of South Carolina spoke in Columbia, S.C., on Monday.",
                                 "The Supreme Court will hear the case in the spring.",
                                 "Voters in Greenville, S.C., lined up early."), Sources())
    court = entity_of(ents, "Supreme Court")
    state = entity_of(ents, "South Carolina")
    assert court is not state
    assert "S.C." not in court.aliases


def test_a_group_run_into_a_name_and_a_closing_quote_are_no_part_of_it():
    # twenty-second session, a fresh PolNeAR pile: entities named "Floridians Jeb Bush" and "George W. Bush ''"
    # (the model takes both into the name in these sentences)
    ents = extract_entities(docs("Floridians Jed Bosh and Mario Rubin are racing to bank early ballots.",
                                 "Jed Bosh spoke in Tampa on Monday, and Mario Rubin spoke in Miami.",
                                 "The campaign brought President Ada W. Pell '' to vouch for his brother.",
                                 "Ada W. Pell spoke for twenty minutes."), Sources())
    bosh, pell = entity_of(ents, "Jed Bosh"), entity_of(ents, "Ada W. Pell")
    assert (bosh.name, pell.name) == ("Jed Bosh", "Ada W. Pell")
    assert not any("Floridians" in a or "''" in a for a in [*bosh.aliases, *pell.aliases])
