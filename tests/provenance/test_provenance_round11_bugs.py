"""Regression tests for the provenance errors read on the provenance split test14 (eighth session, 2026-11-30: test14 is
dev since; bench/results/issue-19-s8.md): outlets written as brands that someone "told" ("told TODAY", "told ET",
"confirmed to eWEEK"), "he said, according to CNN", "told X on Sunday on CNN's ...", "the firm said", a company with its
ticker in brackets, "HP values ... at", a name "No. 117", one body written "H-P" and "Hewlett-Packard", the speaker's age
in an apposition, a definite description with a proper modifier, "he" after an unnamed person a sentence introduces, an
agency tag closing a report's first line.

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.provenance import is_outlet, may_be_source, trace_provenance
from crosscheck.records import Quote, Sources

from tests.provenance.test_provenance_ecb_bugs import _chain, _lines, _primary, _relays
from tests.provenance.test_provenance_round8_bugs import _entity, _found, _told


def test_a_listener_written_as_a_brand_is_an_outlet_that_relays():
    assert _told('"We were late," Mary Cole, now 50, told TODAY.') == ["TODAY"]
    assert _told("The plant's director Ravi Rao told ET that the deal would help.") == ["ET"]
    assert _told("Trade sources have confirmed to eZINE that the firm will be sold.") == ["eZINE"]
    assert _told("He told KXYZ Monday that he was fine.") == ["KXYZ"]


def test_a_body_or_a_longer_name_told_something_is_no_outlet():
    assert _told("He told LA Superior Court Judge Ann Lee he was sorry.") == []
    assert _told("The envoy told the UN that the vote was unfair.") == []
    assert _told("She told Congress that the money was spent.") == []


def test_according_to_an_outlet_after_a_verb_of_saying_relays_the_speaker():
    sentence = '"They tried hard," he said, according to WNN.'
    assert _told(sentence, frozenset({"wnn"})) == ["WNN"]
    assert _told("The mayor said Monday, according to the Daily Planet, that 3 roads were shut.") == ["the Daily Planet"]
    # an "according to" with no verb of saying before it is the source, as before
    assert _told("Three roads were shut, according to the Daily Planet.") == []


def test_an_outlet_a_statement_was_made_on_after_its_listener_and_day_relays_it():
    sentence = '"This is our plan," Lew told Ann Crow on Sunday on WNN\'s "Morning Show."'
    assert _told(sentence, frozenset({"wnn"})) == ["WNN's"]
    assert _told('"It is fine," the senator said Sunday on WNN\'s "Morning Show."', frozenset({"wnn"})) == ["WNN's"]
    # not an outlet that is no part of the saying ("the attack on WNN's offices")
    assert _told("He said the attack on WNN's offices was planned.", frozenset({"wnn"})) == []


def test_a_body_by_its_kind_is_a_source():
    assert _found("It has a battery that the firm said will last 8 hours.")[-1] == ("the firm", "said")
    assert _found("The city has said it needs 2 weeks.") == [("The city", "said")]
    assert may_be_source("the society")


def test_a_company_with_its_ticker_in_brackets_is_the_subject():
    sentence = "The Cupertino, Calif.-based company (NASDAQ: ACME) said songs will cost 69 cents."
    assert _found(sentence) == [("Calif.-based company", "said")]


def test_a_name_with_its_number_in_a_court_list_is_a_source():
    assert _found("John Doe No. 117 says he was 14 at the time.") == [("John Doe No. 117", "says")]


def test_a_firm_that_values_a_deal_at_a_sum_is_its_source():
    assert _found("Including its debt, Acme values the deal at $13.9 billion.") == [("Acme", "values")]
    assert _found("She values her privacy above 2 things.") == []


def test_one_body_written_by_its_initials_is_that_body():
    d = _lines("a", ["Hewlett-Packard makes printers.", "H-P announced that it will pay $13.9 billion."])
    hp = _entity("org:hewlett-packard", "Hewlett-Packard", "ORG", d, "Hewlett-Packard")
    chain = _chain(d, "13.9", entities=[hp])
    assert chain.primary == "entity:org:hewlett-packard"


def test_the_speaker_s_age_in_an_apposition_is_the_writer_s():
    d = _lines("a", ['"It was hard," Mary Cole, 68, said.', '"He had outbursts," Linda, now 68, told WNN.'])
    assert _primary(_chain(d, "68")) == "unattributed"
    # an age inside what a source says keeps the source
    d = _lines("b", ["Police said Ann Roe, 32, and Joe Poe, 27, face charges."])
    assert _primary(_chain(d, "32")) != "unattributed"


def test_a_description_with_a_proper_modifier_is_the_person_last_said_to_speak():
    d = _lines("a", ["Ron Paul counts himself among the baffled.",
                     '"I guess he will have to tell us 2 things," the Texas congressman and party contender said.'])
    paul = _entity("person:ron-paul", "Ron Paul", "PERSON", d, "Ron Paul")
    chain = _chain(d, "2", entities=[paul])
    assert chain.primary == "entity:person:ron-paul"


def test_he_after_an_unnamed_person_a_sentence_introduces_is_that_person():
    d = _lines("a", ["Phil Shaw said the battery would last 5 years.",
                     "However, one Mac customer from the show floor was sceptical of the claims.",
                     "``It might only be 2 or 3, '' he said."])
    shaw = _entity("person:phil-shaw", "Phil Shaw", "PERSON", d, "Phil Shaw")
    mac = _entity("org:mac", "Mac", "ORG", d, "Mac")
    chain = _chain(d, "2", entities=[shaw, mac])
    assert chain.primary != "entity:person:phil-shaw"
    assert "customer" in _primary(chain)


def test_an_agency_tag_closing_the_first_line_is_the_report_s_own_house():
    d = _lines("a", ["Paris, Jul 13, 2009/02:00 pm (AFP)", "The mayor told AFP that 7 roads were shut."],
               outlet="france24.com")
    assert _relays(_chain(d, "7")) == []
    d = _lines("b", ["Paris, Jul 13, 2009/02:00 pm", "The mayor told AFP that 7 roads were shut."], outlet="france24.com")
    assert _relays(_chain(d, "7")) == ["AFP"]


def test_an_outlet_s_reporter_is_the_outlet():
    assert is_outlet("Israel Radio's military affairs correspondent")
    assert is_outlet("AFP news agency reporter at the scene")
    assert not is_outlet("the Ministry's spokesman")
    assert not is_outlet("John Smith's reporter")


def test_told_a_network_s_programme_relays_the_network():
    assert _told("``I am proud, '' Felt, 92, told WNN's Larry King Live in 2006.", frozenset({"wnn"})) == ["WNN's"]


def test_quoted_as_saying_by_an_outlet_after_a_long_apposition_relays_the_quote():
    d = _lines("a", ["``I am sure 2 of them will come.",
                     "We take it seriously, '' Gabriela Shalev, Israel's ambassador to the UN, was quoted as saying by "
                     "Reuters."])
    a = d.text.index("I am")
    b = d.text.index(", ''")
    q = Quote("q1", d.id, d.text[a:b], "Gabriela Shalev", None, "direct", a, b,
              speaker_text="Gabriela Shalev, Israel's ambassador to the UN", documents=[d.id])
    records, _ = trace_provenance([d], [], [], [q], [], [], [], [], Sources())
    assert _relays(records[0].chains[0]) == ["Reuters"]


def test_a_report_ending_with_its_reporter_s_address_is_that_site_s_own():
    d = _lines("a", ['"It is 2 times worse," lawyer Jeff Hale told the Daily Planet after a news conference.',
                     "jdoe@nydailyplanet.com"])
    assert _relays(_chain(d, "2")) == []
    # another outlet told something there still relays
    d = _lines("b", ['"It is 2 times worse," lawyer Jeff Hale told the Morning Star.', "jdoe@nydailyplanet.com"])
    assert _relays(_chain(d, "2")) == ["the Morning Star"]
