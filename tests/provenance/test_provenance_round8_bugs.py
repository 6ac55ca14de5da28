"""Regression tests for the provenance errors read on the provenance split test8 (fifth session, 2026-11-30: test8 is
dev since; NOTES/issue-19-prov-errors.md): outlets the story itself names as such ("Al-Arabiya television", "the TAP
news agency") and by a hyphenated form, "told <name> news agency", "in remarks to <outlets>", a person "from" or "of" a
body, a name before its acronym or link in brackets, reporting verbs of counts ("listed", "tallied"), "news wires
report", a sentence in capitals, "the league".

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.provenance import is_outlet, read_sentence, trace_provenance
from crosscheck.provenance.kinds import named_outlets
from crosscheck.records import Entity, Mention, Sources

from tests.provenance.test_provenance_ecb_bugs import _chain, _claim, _lines, _primary, _relays


def _found(sentence: str, outlets=frozenset()) -> list[tuple[str, str]]:
    return [(sentence[a:b], cue) for a, b, cue, *_ in read_sentence(sentence, 0, outlets).found]


def _told(sentence: str, outlets=frozenset()) -> list[str]:
    return [sentence[a:b] for a, b, *_ in read_sentence(sentence, 0, outlets).relays]


def _entity(eid: str, name: str, kind: str, doc, *written: str) -> Entity:
    spans = [(doc.text.index(w), doc.text.index(w) + len(w), w) for w in written]
    return Entity(eid, name, kind, [], [Mention(doc.id, a, b, w, kind) for a, b, w in spans])


def test_an_outlet_named_with_a_hyphen_is_the_outlet_the_list_knows():
    assert is_outlet("Al-Arabiya")
    assert is_outlet("Al Arabiya TV")
    assert not is_outlet("Al-Qaeda")


def test_a_name_the_story_writes_as_an_outlet_is_an_outlet_where_it_is_named_alone():
    text = ("Dozens are unaccounted for, according to Egypt's state-run MENA news agency. "
            "The rebel chief told Ajdabiya television in an interview. Syrian television showed the square.")
    syrian = text.index("Syrian")
    outlets = named_outlets([text], [(0, syrian, syrian + 6, "NORP")])
    assert {"mena", "ajdabiya"} <= outlets
    assert "syrian" not in outlets  # a country's broadcaster, named by the country: "Syrian officials" are no outlet
    d = _lines("a", ["Dozens are unaccounted for, according to Egypt's state-run MENA news agency.",
                     "Some 577 people were pulled from the sea, the coast guard official told MENA Monday."])
    chain = _chain(d, "577")
    assert _primary(chain) == "the coast guard official"
    assert _relays(chain) == ["MENA"]


def test_told_a_name_with_news_agency_after_it_relays_the_speaker():
    assert _told("He told Anatolia news agency that it was over.") == ["Anatolia news agency"]


def test_in_remarks_to_two_outlets_relays_the_statement_through_both():
    sentence = ("The Foreign Ministry denied that any of the ex-minister's relatives had entered the capital in "
                "remarks to Al Jazeera and Al Arabiya TV.")
    assert _told(sentence) == ["Al Jazeera", "Al Arabiya TV"]
    d = _lines("a", ["The ministry said 3 members of the family had left, in an interview with Al Jazeera."])
    assert _relays(_chain(d, "3")) == ["Al Jazeera"]


def test_a_person_from_a_body_is_the_source_not_the_body():
    d = _lines("a", ["Christopher Gunness from the UN Relief and Works Agency said he was 99.9 per cent sure."])
    people = _entity("p1", "Christopher Gunness", "PERSON", d, "Christopher Gunness")
    agency = _entity("o1", "UN Relief and Works Agency", "ORG", d, "UN Relief and Works Agency")
    assert _primary(_chain(d, "99.9", [people, agency])) == "Christopher Gunness"


def test_a_name_before_its_acronym_in_brackets_says_what_follows():
    sentence = "Christopher Gunness of the UN Relief and Works Agency (UNRWA) said the school held 1000 people."
    assert _found(sentence) == [("Christopher Gunness of the UN Relief and Works Agency", "said")]
    sentence = "The girl had no heart problems, the Honolulu Star-Advertiser (http://ow.ly/x1 ) reported Friday."
    assert ("the Honolulu Star-Advertiser", "reported") in _found(sentence)
    assert is_outlet("the Honolulu Star-Advertiser")


def test_a_report_listing_and_a_group_tallying_are_sources():
    assert _found("The US Geological Survey report listed the depth as 2.7 miles.") == [
        ("The US Geological Survey report", "listed")]
    assert _found("Since March, the Committee to Protect Journalists has tallied at least 65 assaults.") == [
        ("the Committee to Protect Journalists", "tallied")]
    assert _found("An eyewitness says the stove had been on for 2 days.") == [("An eyewitness", "says")]


def test_news_wires_report_is_an_outlet_source_but_a_report_is_no_cue():
    got = read_sentence("Leaders of 2 factions will meet in Cairo, news wires report.", 0).found
    assert [(x[2], x[4]) for x in got] == [("report", True)]
    assert _found("A UN report says 40 died.") == [("A UN report", "says")]


def test_a_sentence_in_capitals_is_read_for_its_cues():
    sentence = "A TODDLER IS NOW IN FOSTER CARE AFTER OVIEDO POLICE SAY JANE ROWE LEFT HIM ALONE IN A CAR."
    assert _found(sentence) == [("OVIEDO POLICE", "say")]


def test_the_league_is_the_league_the_report_names():
    d = _lines("a", ["Arab League Secretary General Karim Haddad is due to travel to Yemen.",
                     "The league said 22 ministers had met in Cairo."])
    league = _entity("o1", "Arab League", "ORG", d, "Arab League")
    records, _ = trace_provenance([d], [league], [_claim(d, "22")], [], [], [], [], [], Sources())
    assert _primary(records[0].chains[0]) == "Arab League"


def test_told_a_country_s_state_news_agency_relays_the_speaker():
    assert _told("He told Libyan state television that 5 had died.") == ["Libyan state television"]
    assert _told("A navy officer tells Greece's state news agency 26 bodies were found.") == [
        "Greece's state news agency"]


def test_teaser_lines_run_together_end_an_attribution():
    d = _lines("a", ["26 bodies are recovered, a navy officer tells Greece's state news agency About 800 "
                     "migrants were bound for Crete Between 200 and 270 people are missing"])
    assert _primary(_chain(d, "26")) == "a navy officer"
    assert _relays(_chain(d, "26")) == ["Greece's state news agency"]
    assert _primary(_chain(d, "800")) == "unattributed"
    d = _lines("b", ["26 bodies are recovered, a navy officer tells the agency About 800 migrants were on it"])
    start = d.text.index("About")
    from crosscheck.records import Claim, Normalized
    claim = Claim("b:c1", "b", "About 800", d.text, 800.0, None, None, Normalized(800.0, None, None), "people",
                  start=start, end=start + 9)
    records, _ = trace_provenance([d], [], [claim], [], [], [], [], [], Sources())
    assert _primary(records[0].chains[0]) == "unattributed"


def test_a_quoted_speaker_is_the_source_and_the_outlet_that_quoted_relays():
    assert _found("AFP news agency quoted the Paris-based Karst Monitor for Civil Liberties as saying 1 died.") == [
        ("the Paris-based Karst Monitor for Civil Liberties", "quoted"), ("AFP news agency", "reported")]
    sentence = "It is sending 1 envoy, Chinese UN ambassador Li Wen was quoted by Xinhua news agency as saying."
    assert _found(sentence) == [("Chinese UN ambassador Li Wen", "quoted")]
    assert _told(sentence) == ["Xinhua news agency"]
    sentence = "\"It will be considered, \" Gabriela Shalev, Israel's ambassador, was quoted as saying by Reuters."
    assert _told(sentence) == ["Reuters"]
    assert _found("He was quoted as saying 5 died.") == [("He", "quoted")]


def test_a_note_says_and_the_agency_reports_it():
    d = _lines("a", ['The memo says the decree is "a plain breach of 2 treaties," the AFP reports.'])
    chain = _chain(d, "2")
    assert _primary(chain) == "The memo"
    assert _relays(chain) == ["the AFP"]


def test_an_indefinite_title_in_the_opening_is_the_person_titled_so_further_on():
    d = _lines("a", ["4 journalists are free, a Libyan government spokesman said Wednesday.",
                     "Libyan government spokesman Musa Ibrahim said a judge released them."])
    musa = _entity("p1", "Musa Ibrahim", "PERSON", d, "Musa Ibrahim")
    assert _primary(_chain(d, "4", [musa])) == "Musa Ibrahim"


def test_an_outlet_written_long_and_short_is_one_source():
    d = _lines("a", ["As many as 270 refugees were missing, according to the Tunisian state-run TAP news agency.",
                     "The ship was taking some 800 refugees to Lampedusa, TAP reported."])
    first, second = _chain(d, "270"), _chain(d, "800")
    assert first.primary == second.primary == "text:tap"


def test_a_statement_made_on_an_outlet_is_relayed_by_it_but_not_attacks_on_the_media():
    sentence = "Ann Pryor condemned the NATO bombing on Libyan state television, saying it must end."
    assert _told(sentence) == ["Libyan state television"]
    assert _told("He said on Fox News that 5 died.") == ["Fox News"]
    assert _told("The group has counted more than 65 assaults on reporters and other news media staff.") == []
    assert _told("A retired senator slams NATO strikes on Libyan state TV Tripoli") == []


def test_a_statement_between_ends_the_quote_paragraphs_an_outlet_was_told():
    from crosscheck.records import Quote

    d = _lines("a", ['"These policies are not what we stand for," she told state TV.',
                     "The former representative also said the government no longer listens.",
                     '"Those with the least are paying the most.',
                     'And 2 of them are here," she said.'])
    a = d.text.index("Those with")
    b = d.text.index('," she said')
    q = Quote("q1", "a", d.text[a:b], "she", None, "direct", a, b, speaker_text="she", documents=["a"])
    records, _ = trace_provenance([d], [], [], [q], [], [], [], [], Sources())
    assert _relays(records[0].chains[0]) == []
