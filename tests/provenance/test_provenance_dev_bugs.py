"""Regression tests for the provenance errors read on the dev stories (Timeline17, 2026-11-30).

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.provenance import read_sentence, trace_provenance
from crosscheck.records import Entity, Mention, Sources

from tests.provenance.test_provenance import _claim, _doc, _sources_of


def _primary(d, number, entities=()):
    records, _ = trace_provenance([d], list(entities), [_claim(d, number)], [], [], [], [], [], Sources())
    chain = records[0].chains[0]
    return chain.primary_name if chain.primary != "unattributed" else "unattributed"


def test_a_professor_at_a_university_is_the_source_not_the_university():
    text = "Tension will grow, a political science professor at a Lebanese university said."
    assert [s for s, *_ in _sources_of(read_sentence(text, 0), text)] == [
        "a political science professor at a Lebanese university"]


def test_said_another_commentator_names_the_source():
    d = _doc("a", "The unrest will spread within 2 years, said another political commentator.")
    assert _primary(d, "2") == "another political commentator"


def test_an_apposition_before_said_names_the_source_and_covers_no_number_inside_it():
    text = "Afterwards, one of his sisters, Maria, said the family was relieved."
    assert [s for s, *_ in _sources_of(read_sentence(text, 0), text)] == ["one of his sisters, Maria"]
    d = _doc("a", "Afterwards, one of his 3 sisters, Maria, said the family was relieved.")
    assert _primary(d, "3") == "unattributed"


def test_a_dash_closes_an_inverted_attribution():
    d = _doc("a", "The bank froze 30 billion in assets, a Treasury official announced Monday -- one of many steps "
                  "taken by leaders around the world to raise the pressure on the government.")
    assert _primary(d, "30") == "a Treasury official"


def test_a_quote_paragraph_keeps_the_speaker_before_it():
    d = _doc("a", "\"The camp is full,\" Etyemezian said. \"Now 12000 people cross every day.")
    assert _primary(d, "12000") == "Etyemezian"


def test_a_statement_then_its_quote_paragraph_keep_the_statement_source():
    d = _doc("a", "In a statement the Council said the school would close. \"Drugs were issued to 7 pupils today.")
    assert _primary(d, "7") == "the Council"


def test_a_quote_closed_later_takes_its_closing_attribution():
    d = _doc("a", "Other analysts disagree. \"The next 3 weeks are critical. They will decide it all,\" Khouri said.")
    assert _primary(d, "3") == "Khouri"


def test_a_closing_mark_left_at_a_sentence_start_opens_no_quote():
    d = _doc("a", "\"Help is late,\" Etyemezian said. \" On the border 500 tents stand.")
    assert _primary(d, "500") == "unattributed"


def test_she_is_the_last_speaker_not_the_nearest_name():
    text = "Clinton warned of war if Gaddafi stays. \"Libya could face 2 paths,\" she told lawmakers."
    d = _doc("a", text)
    people = [Entity("e1", "Hillary Clinton", "PERSON", [], [Mention("a", 0, 7, "Clinton")]),
              Entity("e2", "Muammar Gaddafi", "PERSON", [], [Mention("a", 25, 32, "Gaddafi")])]
    assert _primary(d, "2", people) == "Hillary Clinton"


def test_he_is_not_a_body_or_an_estimate_said_before():
    text = "New estimates from a panel of scientists put the flow at 19000 barrels. He said 2 ships were sent."
    d = _doc("a", text)
    obama = Entity("e1", "Barack Obama", "PERSON", [], [Mention("a", 0, 0, "")])
    assert _primary(d, "2", [obama]) != "New estimates from a panel of scientists"


def test_a_quote_paragraph_keeps_the_outlet_its_speaker_told():
    d = _doc("a", "\"It is hard,\" a local teacher told The Guardian. \"They arrested 4 of us.")
    records, _ = trace_provenance([d], [], [_claim(d, "4")], [], [], [], [], [], Sources())
    chain = records[0].chains[0]
    assert chain.primary_name == "a local teacher"
    assert [link.source for link in chain.links if link.role == "relay"] == ["The Guardian"]


def test_he_after_a_spokesman_of_a_company_is_the_spokesman():
    text = "A Acme spokesman previously told the Journal the firm knew. \"We counted 3 fakes,\" he said."
    d = _doc("a", text)
    people = [Entity("e1", "Acme", "ORG", [], [Mention("a", 2, 6, "Acme")]),
              Entity("e2", "Terry Smith", "PERSON", [], [Mention("a", 0, 0, "")])]
    assert _primary(d, "3", people) == "Acme"


def test_a_place_given_as_a_quote_speaker_gives_way_to_the_person_the_sentence_names():
    from crosscheck.records import Quote

    text = "\"We see 2 outcomes,\" said Beirut-based analyst Rami Khouri."
    d = _doc("a", text)
    ents = [Entity("e1", "Beirut", "GPE", [], [Mention("a", 26, 32, "Beirut")]),
            Entity("e2", "Rami Khouri", "PERSON", [], [Mention("a", 47, 58, "Rami Khouri")])]
    q = Quote("q1", "a", "We see 2 outcomes,", "Beirut", "e1", "direct", 1, 19, speaker_text="Beirut",
              documents=["a"])
    records, _ = trace_provenance([d], ents, [], [q], [], [], [], [], Sources())
    assert records[0].chains[0].primary_name == "Rami Khouri"


def test_she_after_a_title_naming_an_organisation_is_the_person_not_the_organisation():
    from crosscheck.records import Quote

    text = "Secretary of State Jane Roe said options remain. \"They must answer for 3 crimes,\" she said."
    d = _doc("a", text)
    ents = [Entity("e1", "State", "ORG", [], [Mention("a", 13, 18, "State")]),
            Entity("e2", "Jane Roe", "PERSON", [], [Mention("a", 19, 27, "Jane Roe")])]
    a = text.index("They")
    q = Quote("q1", "a", "They must answer for 3 crimes,", "State", "e1", "direct", a, a + 30, speaker_text="she",
              documents=["a"])
    records, _ = trace_provenance([d], ents, [], [q], [], [], [], [], Sources())
    assert records[0].chains[0].primary_name == "Jane Roe"
