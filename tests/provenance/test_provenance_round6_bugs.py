"""Regression tests for the provenance errors read on the provenance split test4 (round 6, 2026-11-30: test4 is dev
since test6 was labelled): anonymous sources "familiar with" a matter, the accused who does not speak, testimony,
outlets named through "reports by", the report's own house read from its domain or its opening agency, an
agency's statement carried by another agency, "said he had access to newspapers".

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.provenance import read_sentence, trace_provenance
from crosscheck.provenance.kinds import is_house
from crosscheck.records import Entity, Mention, Quote, Sources

from tests.provenance.test_provenance_ecb_bugs import _chain, _lines, _primary, _relays


def _quote_chain(d, first: str, after: str, speaker: str, speaker_text: str, kind: str = "direct", entities=()):
    """The chain of a quote from ``first`` up to ``after`` in report ``d``, its speaker as the quotes stage gives it."""
    a, b = d.text.index(first), d.text.index(after)
    q = Quote("q1", d.id, d.text[a:b], speaker, None, kind, a, b, speaker_text=speaker_text, documents=[d.id])
    records, _ = trace_provenance([d], list(entities), [], [q], [], [], [], [], Sources())
    return records[0].chains[0]


def _found(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b, *_ in read_sentence(sentence, 0).found]


def test_a_person_familiar_with_the_deliberations_is_a_source():
    assert _found("One person familiar with the internal talks said the U.S. wants 4 concessions.") == [
        "One person familiar with the internal talks"]
    d = _lines("a", ["The two sides are trying to restart 3 rounds of talks, according to people familiar with the effort."])
    assert _primary(_chain(d, "3")) == "people familiar with the effort"


def test_the_woman_accused_of_killing_is_no_source():
    assert _found("The woman accused of killing two co-workers had worked there 15 years.") == []
    assert _found("The man accused had just been escorted out 10 minutes earlier.") == []
    assert _found("Her lawyer accused the police of 3 lies.") == ["Her lawyer"]


def test_an_officer_who_testified_is_the_source_of_what_he_testified():
    d = _lines("a", ["But Officer Mark Lee, from the Seventh District, testified that she fired at him and 2 other officers."])
    assert _primary(_chain(d, "2")) == "Officer Mark Lee"


def test_police_who_identified_the_victims_are_their_source():
    d = _lines("a", ["Police identified the victims as Jane Roe, 47, and John Doe, 36."])
    assert _primary(_chain(d, "47")) == "Police"
    assert _primary(_chain(_lines("b", ["The victim, identified as John Doe, was 36."]), "36")) == "unattributed"


def test_the_gunman_said_is_a_source():
    d = _lines("a", ["The gunman said the shooting had stemmed from a feud between 2 gangs."])
    assert _primary(_chain(d, "2")) == "The gunman"


def test_according_to_initial_reports_by_a_newspaper_is_the_newspaper():
    d = _lines("a", ["Lopez, who was 18 at the time, confessed according to initial reports by the New York Daily News."])
    assert _primary(_chain(d, "18")) == "the New York Daily News"


def test_said_he_had_access_to_newspapers_relays_nothing():
    d = _lines("a", ["His lawyer said he had access to newspapers and radio and saw her for 2 hours."])
    assert _relays(_chain(d, "2")) == []
    d = _lines("b", ["He confirmed the 8-year offer to the Los Angeles Times."])
    assert _relays(_chain(d, "8")) == ["the Los Angeles Times"]


def test_a_station_told_on_its_own_site_relays_nothing():
    assert is_house("NBC Philadelphia", ("nbcphiladelphia.com",))
    assert is_house("NBC10", ("nbcphiladelphia.com",))
    assert is_house("FoxNews.com", ("Fox News",))
    assert not is_house("The Associated Press", ("nbcphiladelphia.com",))
    assert not is_house("NBC Philadelphia", ("philly.com",))
    d = _lines("a", ["One witness told NBC Philadelphia that she had 3 run-ins with co-workers."], outlet="nbcphiladelphia.com")
    assert _relays(_chain(d, "3")) == []


def test_a_report_opening_with_its_agency_is_that_agency_s_own():
    d = _lines("a", ["(CNN) The administration plans tariffs on 200 goods, a source familiar with discussions confirmed to CNN."])
    chain = _chain(d, "200")
    assert _relays(chain) == [] and _primary(chain) == "a source familiar with discussions"


def test_an_agency_said_according_to_another_agency_is_the_first_relayed_by_the_second():
    d = _lines("a", ["The Korean Central News Agency said the country would suspend 2 kinds of drills, according to "
                     "The Associated Press."])
    chain = _quote_chain(d, "The Korean", ", according", "The Associated Press", "The Associated Press", "reported")
    assert _primary(chain) == "The Korean Central News Agency" and _relays(chain) == ["The Associated Press"]


def test_a_statement_published_by_a_state_agency_is_relayed_by_it():
    d = _lines("a", ["In remarks published by the state - run Korean Central News Agency, Kim vowed to \"never "
                     "fire missiles\" again."])
    chain = _quote_chain(d, "never", "\" again", "Kim", "Kim")
    assert _relays(chain) == ["the state - run Korean Central News Agency"]


def test_cops_say_is_the_police():
    d = _lines("a", ["Seven employees were trapped, but cops say they freed all 7 of them."])
    assert _primary(_chain(d, "7")) == "police"


def test_the_statement_is_whoever_issued_it():
    d = _lines("a", ["Kraft Foods issued a statement early this morning announcing that the plant is closed.",
                     "The statement said 2 employees had died and offered condolences to their families."])
    assert _primary(_chain(d, "2")) == "Kraft Foods"


def test_she_in_a_run_of_she_is_the_woman_named_before_the_run():
    d = _lines("a", ["Hiller was escorted from the property.",
                     "She told detectives that she planned on going home.",
                     "\"But then I started to think,\" she said in her statement.",
                     "She returned with a Magnum that she kept in her car.",
                     "She pointed the gun at two guards.",
                     "She said she sought out the 3 coworkers from her shift."])
    hiller = Entity("e1", "Yvonne Hiller", "PERSON", [], [Mention("a", 0, 6, "Hiller")])
    magnum = Entity("e2", "Magnum", "PERSON", [], [Mention("a", d.text.index("Magnum"), d.text.index("Magnum") + 6,
                                                           "Magnum")])
    assert _primary(_chain(d, "3", entities=[hiller, magnum])) != "Magnum"


def test_he_after_a_run_of_she_is_not_the_woman():
    d = _lines("a", ["Ashton said she was taken by helicopter.", "She told reporters that she did not know.",
                     "Charges could carry 1 death penalty.",
                     "After her meeting with Morsi, Ashton met Tuesday with the vice president, Mohamed ElBaradei.",
                     "He said that Morsi had failed in 2 ways."])
    at = d.text.index("Ashton met")
    ashton = Entity("e1", "Catherine Ashton", "PERSON", [], [Mention("a", 0, 6, "Ashton"),
                                                             Mention("a", at, at + 6, "Ashton")])
    at = d.text.index("Mohamed")
    elbaradei = Entity("e2", "Mohamed ElBaradei", "PERSON", [], [Mention("a", at, at + 17, "Mohamed ElBaradei")])
    assert _primary(_chain(d, "2", entities=[ashton, elbaradei])) == "Mohamed ElBaradei"


def test_a_dash_written_with_hyphens_ends_the_source():
    assert _found("Hiller, 43, then shot 3 victims, according to police - - the women were shot upstairs.") == ["police"]
    assert _found("He said -- in a statement -- that 3 died.") == ["He"]


def test_prosecutors_who_showed_the_footage_say_nothing():
    assert _found("Prosecutors showed the tragic footage at the trial of the 2 youths.") == []
    assert _found("Gray's autopsy showed he was shot 7 times.") == ["Gray's autopsy"]


def test_a_co_worker_who_yelled_is_a_source():
    assert _found("Then a co-worker yelled that 2 men were shooting.") == ["a co-worker"]


def test_following_a_report_the_report_says_what_follows():
    d = _lines("a", ["China warned it will retaliate, following a report the administration will propose tariffs on "
                     "200 billion dollars of imports."])
    assert _primary(_chain(d, "200")) == "a report"


def test_a_comma_opening_another_phrase_is_no_comma_before_the_source():
    d = _lines("a", ["Talks broke off after tariffs on 34 billion dollars of imports, a move the Chinese said would void "
                     "any promises."])
    assert _primary(_chain(d, "34")) == "unattributed"
    d = _lines("b", ["Talks broke off after tariffs on 34 billion dollars of imports, the Chinese said."])
    assert _primary(_chain(d, "34")) == "the Chinese"


def test_a_speaker_given_as_a_title_is_the_name_after_it():
    d = _lines("a", ["NAIROBI (Reuters) - African Union peace envoy Marta Silva said on Tuesday she found "
                     "Okello was well after 2 hours."])
    at = d.text.index("Marta")
    title = "NAIROBI (Reuters) - African Union peace envoy"
    for kind in ("PERSON", "ORG"):  # ORG: the entities typed the name a body
        silva = Entity("e1", "Marta Silva", kind, [], [Mention("a", at, at + 11, "Marta Silva")])
        chain = _quote_chain(d, "she found", " after 2", "Nairobi", title, "reported", [silva])
        assert chain.primary_name == "Marta Silva"


def test_an_outlet_reporting_where_a_long_quote_closes_relays_it():
    d = _lines("a", ["NYPD Commissioner Raymond Kelly said: \"We're certainly pleased.",
                     "He's made statements and apparently made a full confession,\" the Daily News reported."])
    chain = _quote_chain(d, "We're", ",\" the Daily", "Raymond Kelly", "NYPD Commissioner Raymond Kelly")
    assert chain.primary_name == "Raymond Kelly" and _relays(chain) == ["the Daily News"]


def test_which_reports_have_indicated_is_the_reports():
    assert _found("They agreed to a broadcast, which reports have indicated would focus on 2 issues.") == ["reports"]
    assert _found("Reuters reports 5 people died.") == ["Reuters"]
