"""Regression tests for issue 19p, twentieth session (branch issue-19p-s20): a person's age set after the name is the
writer's description, not what the sentence's source says, when the source's cue comes after the age ("Voss, 51,
who ..., sent ..., the Ledger reported") or "now" stands before it ("when Pratt, now 59, first wrote"); a cue before
the age ("police said Ann Lee, 47, ...") keeps the source's. Found on the all-dev wrong primary sources
(``python -m evaluation.provenance --split all --errors``). The sentences are made up.
"""

from __future__ import annotations

import pytest

from crosscheck.provenance.unnamed import writers_age
from tests.provenance.story_chains import analysed, chains_at

TEXTS = {
    "trail": "Trouble for the mayor.\n\nDale Voss, 51, who is married to a city judge, sent 40 messages to a rival's "
             "aide last spring, the Ledger reported on Monday.\n\nPolice said Ann Lee, 47, and two others were held "
             "for 12 hours.\n",
}


def _age(text: str, words: str, cues: list[str]) -> bool:
    start = text.index(words)
    return writers_age(text, start, start + len(words.split(",")[0]), [text.index(c) for c in cues])


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


def _claim_chains(story: dict, words: str) -> list[dict]:
    """The chains of the claim that starts at ``words`` (not the reported clause around it)."""
    doc = next(d for d, k in story["_keys"].items() if k == "trail")
    at = next(d["text"] for d in story["documents"] if d["id"] == doc).index(words)
    return [c for c in chains_at(story, "trail", words) if c["start"] == at]


def test_the_age_of_the_sentences_subject_is_not_the_outlets(story):
    chains = _claim_chains(story, "51, who")
    assert chains
    assert all(c["primary"] == "unattributed" for c in chains)
    told = _claim_chains(story, "40 messages")
    assert told and all("ledger" in c["primary"] for c in told)
    police = _claim_chains(story, "47, and")
    assert police and all("police" in c["primary"] for c in police)
