"""Regression tests for issue 19g, nineteenth session (branch issue-19g-s19): provenance with the shared gender guess
(``crosscheck.genders``), found on the all-dev wrong primary sources (``python -m evaluation.provenance --split all
--errors``):

- '"... ? Voss is already making our town less safe," he said': a name opening the pronoun's own sentence inside the
  quotation is the quoted speaker's words, not who "he" is (a guard: main's code got it right by another route, the
  quotes stage giving "he" to a woman that provenance then moved; the branch's quotes stage gives it no one);
- "the vice president said" is the one titled "Vice President", not "President ..." named later before it, and
  "... in the state of Ohio, the vice president said" names no place as him ("Vice" as an outlet made it no person).

Each test is named after the bug; the sentences are made up.
"""

from __future__ import annotations

import pytest

from tests.provenance.story_chains import analysed, chains_at

TEXTS = {
    "inside": "Rally in the old mill town.\n\nTom Voss's claim had put the troops at risk, Dale Brant said.\n\n\"If my "
              "son were still serving, the threat to him has gone up,\" he said.\n\n\"Friends, does he have any idea "
              "of what these words do to our allies? Voss is already making our town less safe,\" he said.\n",
    "vice": "Rally in the old mill town.\n\nVice President Dale Brant on Monday joined the race in the state. President "
            "Tom Reyes stayed in the capital. In the mill town where Brant grew up in the state of Ohio, the vice "
            "president said the mill would reopen by 2030.\n",
}


@pytest.fixture(scope="module")
def story() -> dict:
    return analysed(TEXTS, "s19-provenance-genders")


def test_he_is_not_a_name_opening_his_own_sentence_inside_the_quotation(story):
    chains = chains_at(story, "inside", "Friends, does he")
    assert chains
    assert all("Brant" in (c["primary_name"] or c["primary"]) for c in chains)


def test_the_vice_president_is_the_one_titled_so_and_no_place_before_him(story):
    chains = [c for p in story["provenance"] for c in p["chains"]
              if any(link["source"] == "the vice president" for link in c["links"])]
    assert chains
    assert all("Brant" in (c["primary_name"] or c["primary"]) for c in chains)
