"""Regression tests for issue 19, twelfth session: a journal a study was published in is a relay, and attributions that
name no one ("reportedly", "it was reported that", "is said to have") are found and traced.

- the held-out provenance split's summary (its texts not read) named relays missed on every item of one kind, "a study
  published in <journal>", "researchers wrote in <journal>": no relay was given, or the journal became the source;
- "reportedly", "X is said to have ...", "fighting has been reported around ..." were no item at all (the dev stories
  label about 35 of them "reports" or unattributed).

Each test is named after the bug; the sentences are made up.
"""

from __future__ import annotations

import pytest

from crosscheck.provenance import read_sentence
from crosscheck.provenance.journals import publication_at, speaker_published

# one report a sentence: each item's chain is read in its own report
SENTENCES = {
    "according": "About 12 percent of the geese carried the virus, according to a study published Wednesday in the "
                 "journal Nature.",
    "wrote": "The marsh lost 40 percent of its frogs in ten years, researchers wrote in the journal Science.",
    "long-name": "Pupils who slept less than six hours were 30 percent more likely to fail, the researchers reported in "
                 "the New England Journal of Medicine.",
    "subject": "A study published in JAMA Pediatrics found that 45 percent of teenagers skipped breakfast.",
    "apposed": "The study, published in the journal PLOS One, found that 18 percent of the bats were infected.",
    "opening": "In a paper published Monday in the Proceedings of the Royal Society B, the team said the "
               "lake had warmed by 2 degrees.",
    "papers": "The bones are 40,000 years old, scientists said in two papers published in Science on Thursday.",
    "reportedly": "The singer has reportedly suffered from a long illness brought on by fasting.",
    "it-was": "In March, it was reported that the governor had asked the mayor to step down.",
    "said-to": "The old priest, who is in his 70s, is said to have been beaten up by the guards.",
    "been-reported": "Fresh fighting has been reported around the capital, Lusaka, and in the north.",
    "agency": "The boat was reportedly carrying some 600 migrants to the island, the APN news agency reported.",
    "no-damage": "No damage was reported in the town after the tremor.",
    "about-paper": 'Professor Lee said the paper, published yesterday in Nature, "changed the field for good," and '
                   "added that 30 sites were known.",
    "clause": "The trial resumes Monday with testimony from a man who claims the brother threatened to kill him; he is "
              "reportedly scared to take the stand.",
}


@pytest.fixture(scope="module")
def story() -> dict:
    import crosscheck

    keys = list(SENTENCES)
    data = crosscheck.analyze(["Headline.\n\n" + SENTENCES[k] + "\n" for k in keys], story="s12-publications").data
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


def _relays(chain: dict) -> list[str]:
    return [link["source"] for link in chain["links"] if link["role"] == "relay"]


@pytest.mark.parametrize("key, words, source, journal", [
    ("according", "12 percent", "study", "Nature"),
    ("wrote", "40 percent", "researchers", "Science"),
    ("long-name", "30 percent", "researchers", "New England Journal of Medicine"),
    ("subject", "45 percent", "study", "JAMA Pediatrics"),
    ("apposed", "18 percent", "study", "PLOS One"),
    ("opening", "2 degrees", "team", "Proceedings of the Royal Society B"),
    ("papers", "40,000", "scientists", "Science"),
])
def test_a_journal_a_study_was_published_in_relays_the_study_and_is_not_its_source(story, key, words, source, journal):
    chains = _chains(story, key, words)
    assert chains
    for chain in chains:
        assert source in (chain["primary_name"] or "").lower()
        assert _relays(chain) == [journal]


def test_a_quote_speaker_read_with_where_it_was_published_is_the_study():
    assert speaker_published("a study published Wednesday in the journal Nature") == ("a study", "Nature")
    assert speaker_published("a study of 400 schools") is None
    assert speaker_published("the report published in March") is None  # a month, no publication


def test_published_in_a_month_or_said_in_a_city_names_no_publication():
    for sentence in ("A study published in March found that 40 percent of the wells were dry.",
                     "The mayor said in Geneva that 40 percent of the wells were dry."):
        assert read_sentence(sentence, 0).relays == []
    low = "the journal nature".split()
    assert publication_at([(w, 0, 0) for w in "the journal Nature".split()], low, 0, False) == (2, 3)


@pytest.mark.parametrize("key, words, primary", [
    ("reportedly", "long illness", "unnamed reports"),
    ("it-was", "asked the mayor", "unnamed reports"),
    ("said-to", "beaten up", "unattributed"),
    ("been-reported", "Fresh fighting", "unnamed reports"),
])
def test_an_attribution_that_names_no_one_is_an_item_traced_to_unnamed_reports(story, key, words, primary):
    chains = _chains(story, key, words, "attributions")
    assert chains, "not found"
    assert all((c["primary_name"] or c["primary"]) == primary for c in chains)
    hidden = {a["id"]: a["hidden"] for a in story["attributions"]}
    assert "agentless" in hidden.values()


def test_reportedly_with_the_agency_named_in_its_sentence_is_the_agencys(story):
    assert not _chains(story, "agency", "600 migrants", "attributions")  # the agency's reported clause holds it
    assert all("APN" in (c["primary_name"] or "") for c in _chains(story, "agency", "600 migrants", "quotes"))


def test_no_damage_was_reported_is_no_attribution(story):
    assert not _chains(story, "no-damage", "No damage", "attributions")


def test_an_attribution_that_names_no_one_is_not_shown_as_a_quote(story):
    assert not _chains(story, "reportedly", "long illness", "quotes")


def test_a_paper_a_speaker_talks_about_is_no_relay_of_the_speaker(story):
    # "X said the paper, published yesterday in Nature, ...": what is said is about the paper; X speaks on his own
    chains = _chains(story, "about-paper", "30 sites")
    assert chains and all(_relays(c) == [] and "Lee" in (c["primary_name"] or "") for c in chains)


def test_an_attribution_that_names_no_one_holds_its_own_clause_only(story):
    # "a man who claims ...; he is reportedly scared": the part before the semicolon is the man's claim
    chains = _chains(story, "clause", "reportedly scared", "attributions")
    semicolon = len("Headline.\n\n") + SENTENCES["clause"].index(";")
    assert chains and all(c["start"] > semicolon for c in chains)
    assert not _chains(story, "clause", "threatened to kill", "attributions")


@pytest.mark.parametrize("sentence, outlet", [
    ('"We think it happened here first," Hamm told Nicola Davis at The Guardian.', "The Guardian"),
    ("His cousin, Tam, told Denver NBC station KDVR that the van had skidded four times.", "KDVR"),
    ("Felt admitted in a 2005 Vanity Fair article that he was the paper's source.", "Vanity Fair"),
])
def test_an_outlet_told_through_its_reporter_its_description_or_a_dated_article_relays_the_speaker(sentence, outlet):
    assert outlet in [sentence[a:b] for a, b, *_ in read_sentence(sentence, 0).relays]


@pytest.mark.parametrize("sentence", [
    "The mayor told Ann Roe of the plan to close 12 schools.",
    "The mayor told John Smith of Boston that 12 people died.",
    "Adamson told the paper Monday that 12 people died.",
    "Ray Hill wrote in his Monday column the offer was expected to be about $145 million.",
])
def test_a_person_told_of_a_plan_or_from_a_town_is_no_outlet(sentence):
    assert read_sentence(sentence, 0).relays == []
