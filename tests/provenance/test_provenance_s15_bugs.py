"""Regression tests for issue 19, fifteenth session (branch issue-19-s15): research verbs and teams, and relays read on
the provenance dev stories (``python -m evaluation.provenance --split all --errors``; the rules found while reading
those dev errors say so below):

- research verbs attribute: "archaeologists suggest", "the authors contend", "X proposed" (not "It suggests that ...",
  a fact the writer reads); what researchers "found" is their finding, as a study's;
- "X and colleagues", "X and his team", "X's team" are X, one source with X's own words;
- an outlet's report the quotes stage gives as the speaker ("According to the Ma'an report, the ministry estimated")
  relays whom the text names inside (dev: a live blog's "According to the <agency> report" sentence);
- a statement or an interview given to an outlet ("released a statement to KXYZ saying", "gave a telephone interview
  to state television in which she said") relays it (dev: a station told a transport agency's statement);
- "told the AP" in a report that writes "The Associated Press" in full is that outlet's relay (dev: an AP story);
- a reporter of one outlet who told another ("X of the Daily Planet told the BBC from the city") is a witness there,
  not his own outlet reporting (dev: a BBC live page);
- "X said, citing Y": Y is where it starts (dev: a witness account citing aid workers);
- "with the Red Cross putting the toll at 1,200"; "Group issues statement on ..., calling for ..." (dev);
- the age of whoever speaks, after the name ('"...," said Ann Lee, 39, a waitress'; "Eva Ruiz, a 22-year-old resident
  of the village, said") is the writer's description, unattributed; a named person's age in what a source says
  ("police identified her as Ann Lee, 47") stays the source's (dev).

Each test is named after the bug; the sentences are made up.
"""

from __future__ import annotations

import pytest

SENTENCES = {
    "suggest": "Farmers reached the high valley some 3,000 years before anyone had thought, archaeologists suggest.",
    "it-suggests": "The storm left most towns dry. It suggests that 40 percent of the wells were never connected.",
    "contend": "The authors contend that 30 percent of the old reefs are already lost for good.",
    "found": "A study of sleep in ten schools came out in March. The researchers found that 40 percent of the "
             "pupils slept less than seven hours.",
    "colleagues": "Bee numbers fell by 28 percent in five years, Dr. Rosa Lind and colleagues wrote.",
    "her-team": "Bee numbers fell by 28 percent in five years, said Rosa Lind and her team at the college.",
    "team-of": "Bee numbers fell by 28 percent in five years, Lind's team reported.",
    "report-of": "The Tide Post news agency covered the talks. According to the Tide Post report, the city's Works "
                 "Ministry estimated the damage at $9 million.",
    "statement-to": "The state canal board, which runs the locks, released a statement to KXYZ saying \"the repairs "
                    "were planned for May.\"",
    "interview-to": "A farmer jailed for smuggling gave a telephone interview to the state-run television channel "
                    "on Sunday in which she said she had been beaten.",
    "ap": "The letters were shown to The Associated Press by two aides. \"We would have filed the forms,\" Ms. Cole "
          "told the AP in an email.",
    "reporter-told": "Tom Reed of the Daily Planet newspaper told the BBC by phone that two roads into the port were "
                     "shut. Rebels had taken three posts near the docks, he says.",
    "reporter-own": "Tom Reed of the Daily Planet reported that 30 players were cut on Monday.",
    "citing": "A shell hit a market where about 200 people were shopping, but it did not go off, Dorsey said, "
              "citing traders at the market.",
    "putting": "Hundreds died in the floods, with the Red Cross putting the toll at 1,200.",
    "statement-saying": "After reaching the port, Mara had made public statements saying the council was lying about "
                        "the 12 missing boats.",
    "speaker-age": "\"This is a quiet town!\" said Donna Reyes, 39, a cook at the Blue Gull diner.",
    "speaker-a-age": "\"Roofs fell on people,\" Eva Ruiz, a 22-year-old teacher in the hill village, said.",
    "named-age": "Police identified the drivers as Tanya Moss, 47, and Brad Dane, 39, both of Elm City.",
}


@pytest.fixture(scope="module")
def story() -> dict:
    import crosscheck

    keys = list(SENTENCES)
    data = crosscheck.analyze(["Headline.\n\n" + SENTENCES[k] + "\n" for k in keys], story="s15-provenance").data
    data["_keys"] = {d["id"]: keys[n] for n, d in enumerate(data["documents"])}
    return data


def _chains(story: dict, key: str, words: str, section: str | None = None) -> list[dict]:
    """The chains of the items of one report whose span holds ``words``."""
    doc = next(d for d, k in story["_keys"].items() if k == key)
    text = next(d["text"] for d in story["documents"] if d["id"] == doc)
    at = text.index(words)
    items = {x["id"] for s in ([section] if section else ["claims", "quotes", "attributions"])
             for x in story.get(s) or []}
    return [c for p in story["provenance"] if p["item"] in items for c in p["chains"]
            if c["document"] == doc and c.get("start") is not None and c["start"] <= at < c["end"]]


def _primary(chain: dict) -> str:
    return chain["primary_name"] or chain["primary"]


def _relays(chain: dict) -> list[str]:
    return [link["source"] for link in chain["links"] if link["role"] == "relay"]


@pytest.mark.parametrize("key, words, source", [
    ("suggest", "3,000", "archaeologists"),
    ("contend", "30 percent", "authors"),
    ("found", "40 percent", "researchers"),
])
def test_a_research_verb_attributes_the_finding_to_its_subject(story, key, words, source):
    chains = _chains(story, key, words, "claims")
    assert chains and all(source in _primary(c).lower() for c in chains)


def test_it_suggests_is_no_one_speaking(story):
    chains = _chains(story, "it-suggests", "40 percent")
    assert chains and all(c["primary"] == "unattributed" for c in chains)


@pytest.mark.parametrize("key", ["colleagues", "her-team", "team-of"])
def test_a_named_researcher_with_colleagues_or_a_team_is_that_researcher(story, key):
    chains = _chains(story, key, "28 percent")
    assert chains and all("Lind" in _primary(c) and "team" not in _primary(c) and "colleagues" not in _primary(c)
                          for c in chains)


def test_an_outlets_report_given_as_the_speaker_relays_the_source_named_inside(story):
    chains = _chains(story, "report-of", "$9 million")
    assert chains
    for c in chains:
        assert "Works Ministry" in _primary(c)
        assert any("Tide Post" in r for r in _relays(c))


def test_a_statement_released_to_a_station_is_relayed_by_it(story):
    chains = _chains(story, "statement-to", "repairs were planned", "quotes")
    assert chains
    assert all("canal board" in _primary(c) and "KXYZ" in _relays(c) for c in chains)


def test_an_interview_given_to_an_outlet_relays_what_is_said_in_it(story):
    chains = _chains(story, "interview-to", "had been beaten")
    assert chains and all(any("television" in r for r in _relays(c)) for c in chains)


def test_the_ap_is_named_as_the_report_writes_it_in_full(story):
    chains = _chains(story, "ap", "would have filed", "quotes")
    assert chains and all("Associated Press" in _relays(c) for c in chains)


def test_a_reporter_who_told_another_outlet_is_a_witness_not_his_outlet(story):
    chains = _chains(story, "reporter-told", "three posts")
    assert chains and all("Tom Reed" in _primary(c) for c in chains)
    # (his own outlet reporting stays that outlet)
    own = _chains(story, "reporter-own", "30 players", "claims")
    assert own and all("Daily Planet" in _primary(c) for c in own)


def test_said_citing_someone_makes_the_cited_the_source(story):
    for section in ("claims", "quotes"):
        chains = _chains(story, "citing", "about 200", section)
        assert chains and all("traders" in _primary(c) for c in chains)


def test_putting_the_toll_at_attributes_the_toll(story):
    chains = _chains(story, "putting", "1,200", "claims")
    assert chains and all("Red Cross" in _primary(c) for c in chains)


def test_who_made_statements_saying_speaks_what_follows(story):
    chains = _chains(story, "statement-saying", "12 missing", "claims")
    assert chains and all("Mara" in _primary(c) for c in chains)


@pytest.mark.parametrize("key, words", [("speaker-age", "39"), ("speaker-a-age", "22-year-old")])
def test_the_age_of_whoever_speaks_is_the_writers_description(story, key, words):
    chains = _chains(story, key, words, "claims")
    assert chains and all(c["primary"] == "unattributed" for c in chains)


def test_a_named_persons_age_in_what_a_source_says_stays_the_sources(story):
    chains = _chains(story, "named-age", "47", "claims")
    assert chains and all("Police" in _primary(c) for c in chains)


def test_an_outlet_the_report_names_with_an_apostrophe_is_an_outlet():
    from crosscheck.provenance import is_outlet, normal

    assert is_outlet("Tide's Post", frozenset({normal("Tide's Post")}))
    assert is_outlet("Ma'ariv", frozenset({normal("Ma'ariv")}))
