"""Regression tests for the provenance errors read on the provenance split test12 (seventh session, 2026-11-30: test12 is
dev since; bench/results/issue-19-s7.md): a live blog's agency credits at the end of an entry, its time stamps read into
a source, an outlet's acronym ("THR"), "told the paper", '"...," THR reported.', "the WHO said", "a spokeswoman who asked
not to be named said", a name ending in "al-Khalid".

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.provenance import is_outlet, may_be_source, trace_provenance
from crosscheck.provenance.kinds import named_outlets
from crosscheck.provenance.liveblog import entry_credits, live_house
from crosscheck.records import Quote, Sources

from tests.provenance.test_provenance_ecb_bugs import _chain, _lines, _primary, _relays
from tests.provenance.test_provenance_round8_bugs import _found, _told

_BLOG = [
    "SUBSCRIBE TO THE DAILY HERALD AND GET FULL COVERAGE",
    "Latest updates:",
    "1:18 A.M. The minister says 3 crossings will open on Friday.",
    "\"We are ready,\" the minister told reporters. (Reuters, DPA)",
    "1:15 A.M. Rocket sirens sound in 4 towns. (Jane Doe)",
    "12:55 A.M. Hamas says it will abide by the 72-hour truce.",
    "A man walks past a ruined house in Gaza City. July 31, 2014 (AFP)",
    "The truce begins at 0600 GMT, Abu Zuhri said. (AP)",
    "12:40 A.M. The violence has killed 1400 people. (AP)",
    "12:30 A.M. Officials in Ramallah say 5 talks failed, the Daily Herald has learned. (Daily Herald)",
]


def _blog():
    return _lines("a", _BLOG)


def test_a_live_blog_entry_credited_to_agencies_is_relayed_by_each_of_them():
    chain = _chain(_blog(), "3")
    assert _primary(chain) == "The minister"
    assert _relays(chain) == ["Reuters", "DPA"]


def test_a_live_blog_credit_relays_the_entry_from_its_time_stamp_not_past_a_caption_credit():
    d = _blog()
    # the entry "12:55 A.M. ... (AP)": its first paragraph too, and the caption's "(AFP)" relays none of it
    assert _relays(_chain(d, "72")) == ["AP"]
    assert _relays(_chain(d, "0600")) == ["AP"]
    # a reporter's credit relays nothing
    assert _relays(_chain(d, "4")) == []


def test_a_live_blog_own_credit_and_its_self_name_relay_nothing():
    d = _blog()
    assert live_house(d.text, is_outlet) == "THE DAILY HERALD"
    chain = _chain(d, "5")
    assert "Daily Herald" not in " ".join(_relays(chain))


def test_an_item_a_live_blog_entry_asserts_on_its_own_is_the_credited_agency_s():
    chain = _chain(_blog(), "1400")
    assert chain.primary != "unattributed" and _primary(chain) == "AP" and _relays(chain) == []


def test_time_stamps_are_no_live_blog_unless_there_are_three():
    d = _lines("a", ["1:18 A.M. The minister says 3 crossings will open.", "It was quiet. (Reuters)"])
    assert entry_credits(d.text, is_outlet, lambda name: False) == []


def test_a_time_stamp_is_no_part_of_the_source_after_it():
    assert _found("12:55 A.M. Hamas says it will abide by the truce.") == [("Hamas", "says")]
    d = _lines("a", ["9:42 P.M. U.S. Secretary of State Ellen Park says there is \"no promise\" of a truce."])
    a = d.text.index("no promise")
    q = Quote("q1", d.id, "no promise", "9:42 P.M. U.S. Secretary of State Ellen Park", None, "direct", a, a + 10,
              speaker_text="9:42 P.M. U.S. Secretary of State Ellen Park", documents=[d.id])
    records, _ = trace_provenance([d], [], [], [q], [], [], [], [], Sources())
    assert "P.M." not in _primary(records[0].chains[0])


def test_an_outlet_s_acronym_is_that_outlet():
    text = ("The Hollywood Reporter posted a story on Monday. The young actress told THR she had hired a lawyer. "
            "Lund's University Magazine ran it too; she told LUM it was 2 weeks.")
    outlets = named_outlets([text], [])
    assert "thr" in outlets and "lum" in outlets
    assert _told("The young actress told THR she had hired 2 lawyers.", outlets) == ["THR"]
    # an acronym of no outlet is none: the World Health Organization's
    assert "who" not in named_outlets(["The World Health Organization (WHO) said 2 died."], [])


def test_told_the_paper_relays_the_paper_the_report_named():
    assert _told("Adamson told the paper that 2 crew members saw it.") == ["the paper"]
    assert _told("Adamson told the agency that 2 crew members saw it.") == []
    d = _lines("a", ["The Boston Globe reported the crash on Monday.", "Adamson told the paper that 2 crew members saw it."])
    assert _relays(_chain(d, "2")) == ["The Boston Globe"]


def test_an_outlet_closing_a_quote_paragraph_speaks_not_the_person_quoted_before():
    d = _lines("a", ["The actress told The Times she had hired a lawyer.",
                     "\"This is when he touched her 2 times,\" The Times reported."])
    chain = _chain(d, "2")
    assert _primary(chain) == "The Times"


def test_the_who_said_is_the_world_health_organization():
    assert _found("The airport was closed for 2 days, the WHO said.") == [("the WHO", "said")]
    assert may_be_source("the WHO") and not may_be_source("who")


def test_a_source_who_asked_not_to_be_named_is_the_source():
    sentence = "The cuts hit 3 lines, a France Telecom spokeswoman who asked not to be named said."
    assert _found(sentence) == [("a France Telecom spokeswoman", "said")]
    assert ("officials", "said") in _found("The plan was dropped after 2 days, officials, who asked not to be "
                                           "named, said.")


def test_a_name_ending_in_a_particle_and_a_capital_is_a_name():
    assert may_be_source("Abu Arif al-Khalid")
    assert not may_be_source("the al-Qaeda-linked")
    sentence = "\"A woman and her 2 children were killed, added Abu Arif al-Khalid,\" Sana reported."
    assert ("Abu Arif al-Khalid", "added") in _found(sentence)


def test_according_to_an_outlet_s_report_the_outlet_relays_the_source_inside():
    outlets = named_outlets(["According to the Palestinian news agency Ma'an, dozens of people died."], [])
    assert "ma'an" in outlets
    sentence = "According to the Ma'an report, the Housing Ministry estimated the damage at 4 billion dollars."
    assert ("Ma'an", "according to") in _found(sentence, outlets)
    d = _lines("a", ["According to the Palestinian news agency Ma'an, dozens of people died.", sentence])
    chain = _chain(d, "4")
    assert _primary(chain) == "the Housing Ministry" and _relays(chain) == ["Ma'an"]


def test_speaking_on_a_channel_the_channel_relays_what_is_said():
    assert is_outlet("Israel's Channel 2") and is_outlet("Channel 10")
    assert _told("Speaking on Israel's Channel 2, Gunness said the round was fired from 2 miles away.") == ["Israel's Channel 2"]


def test_an_outlet_reporting_at_the_end_of_a_statement_relays_it():
    d = _lines("a", ["Canadian Prime Minister Ann Leduc said Hamas alone bears the blame for the 2 deaths, The "
                     "Canadian Press reports."])
    a = d.text.index("Hamas alone")
    q = Quote("q1", d.id, d.text[a:], "Ann Leduc", None, "reported", a, len(d.text),
              speaker_text="Canadian Prime Minister Ann Leduc", documents=[d.id])
    records, _ = trace_provenance([d], [], [], [q], [], [], [], [], Sources())
    assert _relays(records[0].chains[0]) == ["The Canadian Press"]


def test_a_ministry_placing_the_toll_is_its_source():
    assert _found("The Gaza Health Ministry places the number of dead at 1364.") == [("The Gaza Health Ministry", "places")]
    assert _found("Police placed 2 men under arrest.") == []


def test_a_body_ending_a_title_before_a_name_is_the_title_s():
    from tests.provenance.test_provenance_round8_bugs import _entity

    d = _lines("a", ["The truce starts at 8, Secretary of State John Kerry and Ban Ki-moon said."])
    ents = [_entity("org:state", "State", "ORG", d, "State"), _entity("person:kerry", "John Kerry", "PERSON", d,
                                                                     "John Kerry")]
    assert _primary(_chain(d, "8", ents)) == "John Kerry"


def test_they_said_is_the_group_that_spoke_last_not_the_nearest_name():
    d = _lines("a", ["Israel and Hamas agreed to a truce, Kerry and Ban said on Thursday.",
                     "The truce will take effect at 8 a.m. (0500 GMT) on Sunday, they said in a joint statement."])
    from tests.provenance.test_provenance_round8_bugs import _entity

    ents = [_entity("org:gmt", "GMT", "ORG", d, "GMT")]
    assert _primary(_chain(d, "8", ents)) == "Kerry and Ban"


def test_was_quoted_as_saying_is_relayed_by_the_outlet_that_reported_just_before():
    d = _lines("a", ["Harper said Hamas is responsible, The Canadian Press reports.",
                     "\"We hold Hamas responsible for 2 attacks,\" Harper was quoted as saying."])
    a = d.text.index("We hold")
    b = d.text.index(",\" Harper")
    q = Quote("q1", d.id, d.text[a:b], "Harper", None, "direct", a, b, speaker_text="Harper", documents=[d.id])
    records, _ = trace_provenance([d], [], [], [q], [], [], [], [], Sources())
    assert _relays(records[0].chains[0]) == ["The Canadian Press"]


def test_a_quote_opened_with_two_backquotes_is_attributed_where_it_closes():
    d = _lines("a", ["France Telecom is not sure what caused the cut, a spokeswoman said.",
                     "``We have 2 assumptions.",
                     "The first is that it could be an earthquake, '' she said."])
    assert _primary(_chain(d, "2")) != "unattributed"
