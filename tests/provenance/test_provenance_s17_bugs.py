"""Regression tests for issue 19, seventeenth session (branch issue-19-s17), found while reading the all-dev errors
(``python -m evaluation.provenance --split all --errors``):

- "it said" after "The dockers ... say ..." and "The International Maritime Council has condemned the closure." is that council:
  "it" is not a plural ("The dockers"), and a sentence with no one said to speak that opens with a body as its subject
  gives who "it" is;
- a person named only as the object of a verb ("The panel is asking Dunn to hand over what she told the court") is not
  marked a woman by the "she" of that sentence, which speaks of someone else: a later "..., he said" is Dunn's.

Each test is named after the bug; the sentences are made up.
"""

from __future__ import annotations

import pytest
from tests.provenance.story_chains import analysed, chains_at

TEXTS = {
    "object": "Panel presses the inspector.\n\nTwo senators, Ann Vale and Rita Moss, sent the request on Monday. "
              "Governor Lisa Harper told the panel that she never signed the waiver. Chief Inspector Carl Dunn said "
              "that account was wrong at a hearing last week. The waiver did carry her initials, he said. The panel "
              "is also asking Dunn to hand over the full file, which would let members compare what she told the "
              "inspectors with what she told the panel.\n",
    "it": "Strike at the port.\n\nThe dockers said the harbour was closed. The dockers, who walked out on Monday, say "
          "the company owes them wages.\n\nThe International Maritime Council has condemned the closure.\n\nIn a "
          "statement, it said it was watching events with \"deep alarm\".\n",
}


@pytest.fixture(scope="module")
def story() -> dict:
    return analysed(TEXTS, "s17-provenance")


def _chains(story: dict, key: str, words: str) -> list[dict]:
    return chains_at(story, key, words)


def test_a_man_named_as_an_object_beside_she_is_not_marked_a_woman(story):
    chains = _chains(story, "object", "waiver did carry")
    assert chains
    assert all("Dunn" in (c["primary_name"] or c["primary"]) for c in chains)


def test_it_after_a_body_subject_is_that_body_not_a_plural_said_to_speak_before(story):
    chains = _chains(story, "it", "was watching")
    assert chains
    assert all("Maritime Council" in (c["primary_name"] or c["primary"]) for c in chains)
