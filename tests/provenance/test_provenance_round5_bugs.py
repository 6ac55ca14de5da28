"""Regression tests for the provenance errors read on all the labelled stories (round 5, 2026-11-30: the
Multi-News and NewsWCL50 stories that were the third fresh test, read once at 02:57 UTC, are dev since):
stations known by their channel, outlets a report refers back to by a description ("the newspaper",
"the news stations"), a person a name owns ("X's defense attorney") and outlets told where a quote closes.

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.provenance import is_outlet, trace_provenance
from crosscheck.records import Entity, Mention, Quote, Sources

from tests.provenance.test_provenance_ecb_bugs import _chain, _lines, _primary, _relays


def test_a_station_known_by_its_channel_is_an_outlet():
    for name in ("ABC7", "ABC7.", "CBS2", "KCTV5", "the news stations", "the TV station", "ABC 7 Chicago and CBS Chicago"):
        assert is_outlet(name), name
    for name in ("Area51", "the police station", "police and prosecutors", "Route66"):
        assert not is_outlet(name), name


def test_the_news_stations_said_is_the_outlets_the_report_named():
    d = _lines("a", ["Video showed the woman hurting five toddlers, according to ABC 7 Chicago and CBS Chicago.",
                     "Her assistant, 27, can be seen laughing nearby, the news stations said."])
    assert _primary(_chain(d, "27")) == "ABC 7 Chicago and CBS Chicago"


def test_the_newspaper_said_relays_the_newspaper_the_report_named():
    d = _lines("a", ["But Al-Watan, a state-run newspaper, said on Thursday that the city was calm.",
                     "The newspaper said authorities had told 300 demonstrators to clear the streets."])
    chain = _chain(d, "300")
    assert _primary(chain) == "authorities" and _relays(chain) == ["Al-Watan"]


def test_a_defense_attorney_a_name_owns_is_the_attorney_not_the_name():
    d = _lines("a", ["During the hearing, Cosme's defense attorney said her 12 years of work showed no malice, "
                     "according to ABC7."])
    cosme = Entity("e1", "Cosme", "ORG", [], [Mention("a", 20, 25, "Cosme")])
    chain = _chain(d, "12", entities=[cosme])
    assert _primary(chain) == "Cosme's defense attorney" and _relays(chain) == ["ABC7"]


def test_an_outlet_told_where_a_quote_the_splitter_cut_closes_relays_the_quote():
    d = _lines("a", ["However, army spokesman Khalid Omar denied any links to the raid.",
                     "\"This information is completely false.",
                     "We did not bomb 2 camps,\" he told the AFP news agency."])
    a = d.text.index("This information")
    b = d.text.index(" he told")
    q = Quote("q1", "a", d.text[a:b], "Khalid Omar", None, "direct", a, b, speaker_text="he", documents=["a"])
    records, _ = trace_provenance([d], [], [], [q], [], [], [], [], Sources())
    assert [link.source for link in records[0].chains[0].links if link.role == "relay"] == ["the AFP"]
