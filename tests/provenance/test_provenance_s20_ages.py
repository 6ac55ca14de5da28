"""Regression tests for issue 19p, twentieth session (branch issue-19p-s20), found on the all-dev wrong primary sources:

- a person's age set after the name is the writer's description, not what the sentence's source says, when the
  source's cue comes after the age ("Voss, 51, who ..., sent ..., the Ledger reported") or "now" stands before it
  ("when Pratt, now 59, first wrote"); a cue before the age ("police said Ann Lee, 47, ...") keeps the source's, and
  so does the police's account after it ("Ray Kidd, 33, was charged ..., police said");
- "the hospital said", "the private college announced", "the pilot told ... that": a body or a person by a noun
  the cue lists lacked is a source (main gave these statements no source at all). Found on the all-dev wrong primary sources
(``python -m evaluation.provenance --split all --errors``). The sentences are made up.
"""

from __future__ import annotations

import pytest

from crosscheck.provenance.unnamed import writers_age
from tests.provenance.story_chains import analysed, chains_at

TEXTS = {
    "trail": "Trouble for the mayor.\n\nDale Voss, 51, who is married to a city judge, sent 40 messages to a rival's "
             "aide last spring, the Ledger reported on Monday.\n\nPolice said Ann Lee, 47, and two others were held "
             "for 12 hours.\n\nRay Kidd, 33, was charged with theft on Monday, police said.\n",
    "nouns": "Clinic gets the drug.\n\nThe girl's nurses at the Riverside Children's Hospital in Dorley had asked "
             "the maker for days.\n\nIn a note on Wednesday, the hospital said it hoped to get the medicine within "
             "48 hours.\n\nThe private college announced on Friday that it has agreed to hand $1.2 million to "
             "the league.\n\nMinutes before the radio went quiet, the pilot told the tower that he was steering "
             "around 2 storms.\n",
}


def _age(text: str, words: str, cues: list[str]) -> bool:
    start = text.index(words)
    return writers_age(text, start, start + len(words.split(",")[0]),
                       [(text.index(c) - 7, text.index(c) - 1, c, text.index(c), False) for c in cues])


def test_an_age_after_the_name_with_the_cue_after_it_is_the_writers():
    text = "Dale Voss, 51, who is married to a judge, sent the texts, the Ledger reported."
    assert _age(text, "51,", ["reported"])


def test_an_age_after_now_is_the_writers_whoever_speaks():
    text = "Tom Reyes says he was 14 when Gil Pratt, now 59, first wrote to him."
    assert _age(text, "59,", ["says"])


def test_an_age_after_the_cue_keeps_the_source():
    text = "Police said Ann Lee, 47, and two others were held."
    assert not _age(text, "47,", ["said"])
    assert not _age("The Ledger reported that Voss, 51, sent texts.", "51,", ["reported"])


@pytest.fixture(scope="module")
def story() -> dict:
    return analysed(TEXTS, "s20-provenance-ages")


def _claim_chains(story: dict, words: str, key: str = "trail") -> list[dict]:
    """The chains of the claim that holds ``words`` (the shortest item; not the reported clause around it)."""
    chains = chains_at(story, key, words)
    shortest = min((c["end"] - c["start"] for c in chains), default=0)
    return [c for c in chains if c["end"] - c["start"] == shortest and shortest < 20]


def test_the_age_of_the_sentences_subject_is_not_the_outlets(story):
    chains = _claim_chains(story, "51, who")
    assert chains
    assert all(c["primary"] == "unattributed" for c in chains)
    told = _claim_chains(story, "40 messages")
    assert told and all("ledger" in c["primary"] for c in told)
    police = _claim_chains(story, "47, and")
    assert police and all("police" in c["primary"] for c in police)
    held = _claim_chains(story, "33, was")
    assert held and all("police" in c["primary"] for c in held)


@pytest.mark.parametrize("words, source", [("48 hours", "hospital"), ("1.2 million", "college"), ("2 storms", "pilot")])
def test_a_body_or_person_by_a_plain_noun_is_a_source(story, words, source):
    chains = _claim_chains(story, words, "nouns")
    assert chains
    assert all(source in c["primary"] for c in chains)
    # "the private college" is no other body the report names (the hospital): a hospital, a school is one named so
    assert all("hospital" not in c["primary"] for c in chains) or source == "hospital"
