"""Regression tests for the provenance errors read on the second fresh test set (ECB+ topics 41, 37, 1; read
once at 02:17 UTC on 2026-11-30 and dev since, round 4): descriptions and untyped names not joined to the
person a report introduced, title phrases in lowercase before a name, two-level chains, and relays through
"quoted in <agency>".

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.provenance import is_outlet, read_sentence

from tests.provenance.test_provenance_ecb_bugs import _chain, _lines, _primary, _relays


def test_said_a_lowercase_title_before_a_name_is_an_inverted_attribution():
    d = _lines("a", ["Around 40 houses were damaged, said disaster agency official Kamal."])
    assert _primary(_chain(d, "40")) == "Kamal"  # one source with "Kamal" elsewhere


def test_said_a_name_of_the_agency_covers_the_sentence_before_it():
    d = _lines("a", ["Twelve people died and 70 others were hurt in the district, said Budi Santoso of the "
                     "National Disaster Mitigation Agency."])
    assert _primary(_chain(d, "70")).startswith("Budi Santoso")


def test_the_doctor_is_the_person_the_report_introduced_as_a_doctor():
    d = _lines("a", ["One victim was a boy, Rina Dewi, a doctor at a clinic in the town, told AFP.",
                     "\"We have received 50 injured people,\" added the doctor."])
    assert _primary(_chain(d, "50")) == "Rina Dewi"


def test_he_after_the_official_who_uses_one_name_is_that_official_not_a_village():
    d = _lines("a", ["Five people died, Kamal, an official from the local agency, told AFP.",
                     "In Suka Jaya village a landslide killed one man, said the official who uses one name.",
                     "4 other people died in hospitals, he said."])
    assert _primary(_chain(d, "4")) == "Kamal"


def test_he_after_a_name_no_entity_types_is_that_name():
    d = _lines("a", ["\"Dozens were hurt,\" said Kamal, who like many people uses a single name.",
                     "He said at least 22 houses were damaged."])
    assert _primary(_chain(d, "22")) == "Kamal"


def test_new_estimates_is_not_a_person_who_speaks():
    d = _lines("a", ["New estimates from a panel of scientists said 12,000 barrels leak a day.",
                     "\"It is a disaster,\" he said of the 11 dead."])
    assert _primary(_chain(d, "11")) != "New"


def test_all_of_whom_said_names_the_aid_workers_the_speaker_talked_to():
    d = _lines("a", ["Ryan Boyle, a former aid worker who lives in the country who now leads a team of 15 "
                     "reporters, said he talked to 6 aid workers in the camp, all of whom said that 4 bombs "
                     "were dropped."])
    assert _primary(_chain(d, "4")) == "6 aid workers in the camp"
    assert _primary(_chain(d, "6")) == "Ryan Boyle" and _primary(_chain(d, "15")) != "6 aid workers in the camp"


def test_aid_workers_inside_the_camp_said_is_a_second_level_source():
    d = _lines("a", ["Jon Hart, a spokesman for the group, said aid workers inside the refugee camp said at "
                     "least 1 bomb landed in the camp."])
    assert _primary(_chain(d, "1")) == "aid workers inside the refugee camp"


def test_quoted_in_the_official_news_agency_relays_the_spokesman():
    d = _lines("a", ["Army spokesman Khalid Omar, quoted in the official news agency SUNA, said 3 attacks were "
                     "repelled."])
    chain = _chain(d, "3")
    assert _primary(chain) == "Army spokesman Khalid Omar" and _relays(chain) == ["the official news agency SUNA"]


def test_a_news_agency_named_after_its_noun_is_an_outlet():
    assert is_outlet("the official news agency SUNA") and is_outlet("the state-run newspaper Al-Watan")
    assert not is_outlet("the news about Reuters staff") and not is_outlet("the WHO")


def test_the_refugees_said_is_a_source():
    text = "The refugees said the plane had circled before 2 raids."
    assert [text[a:b] for a, b, *_ in read_sentence(text, 0).found] == ["The refugees"]


def test_a_quote_added_by_the_doctor_is_the_doctor_the_report_introduced():
    from crosscheck.records import Entity, Mention, Quote, Sources
    from crosscheck.provenance import trace_provenance

    d = _lines("a", ["One victim was a boy, Rina Dewi, a doctor at a clinic in the town, told AFP.",
                     "\"We have received many injured people,\" added the doctor."])
    ents = [Entity("e1", "Rina Dewi", "PERSON", [], [Mention("a", 22, 31, "Rina Dewi")])]
    a = d.text.index("We have")
    q = Quote("q1", "a", "We have received many injured people,", "the doctor", None, "direct", a, a + 37,
              speaker_text="the doctor", documents=["a"])
    records, _ = trace_provenance([d], ents, [], [q], [], [], [], [], Sources())
    assert records[0].chains[0].primary == "entity:e1"


def test_he_after_a_person_the_entities_typed_a_place_is_that_person():
    from crosscheck.records import Entity, Mention

    d = _lines("a", ["At least 5 people died, said Kamal, an official of the local agency.",
                     "He said at least 22 houses were damaged."])
    a = d.text.index("Kamal")
    ents = [Entity("g1", "Kamal", "GPE", [], [Mention("a", a, a + 5, "Kamal")])]
    assert _chain(d, "22", ents).primary == "entity:g1"


def test_according_to_an_outlet_after_told_a_judge_relays_the_lawyer():
    from crosscheck.records import Quote, Sources
    from crosscheck.provenance import trace_provenance

    d = _lines("a", ["Attorney Mark Hale told Judge Ann Dole that Lohan had checked into a clinic, according to the "
                     "Associated Press."])
    end = d.text.index(", according")
    q = Quote("q1", "a", d.text[:end], "Associated Press", None, "reported", 0, end,
              speaker_text="the Associated Press", documents=["a"])
    records, _ = trace_provenance([d], [], [], [q], [], [], [], [], Sources())
    chain = records[0].chains[0]
    assert _primary(chain) == "Attorney Mark Hale" and _relays(chain) == ["the Associated Press"]
