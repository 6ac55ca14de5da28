"""Regression tests for issue 19, sixteenth session (branch issue-19-s16): relays and sources read on the provenance split
test20, dev since this session (``python -m evaluation.provenance --split all --errors``; every rule below was found
while reading test20's errors, and checked on the other dev splits):

- a journal named before relays what the papers' authors say in a later sentence that refers back to "one of the
  papers" or "another of the new papers" ("X and colleagues report in one of the studies"; "..., conclude X, of the
  lab, and colleagues in another of the studies"), and "X and colleagues report in ..." and inverted "conclude X"
  attribute at all;
- "That is the conclusion of work set out in two studies published ... in <journal>": the sentence before is those
  studies' finding, relayed by the journal; "two new studies, published in <journal>, show that ...";
- "told UK magazine <Name>": the magazine is named by its name, not "UK magazine";
- 'he said on "<Programme Name>" that ...': the programme relays it (not a host told on a programme, which may be the
  report's own house's: 'told Jo Park on "Late Desk"'; not a one-word title that names no outlet);
- "Though X, a former judge, helped write the memo, he said ...": "he" is X, the opening clause's subject, not a
  person named sentences before.

Each test is named after the bug; the sentences are made up.
"""

from __future__ import annotations

import pytest

TEXTS = {
    "papers": "Ice cores tell of a lake.\n\nIce cores hint that the lake froze over by 7,000 years ago. That is the "
              "conclusion of work set out in two studies published online June 4 in Nature.\n\nAt about 7,000 years "
              "old, the deepest ice layers are the first of their type, glaciologist Mia Tran and colleagues report in "
              "one of the studies.\n\nCold and warm spells kept reshaping the shore near 7,000 years ago, conclude "
              "Tran, of the Polar Lab in Oslo, and colleagues in another of the new studies.\n",
    "show": "Ice cores tell of a lake.\n\nNow, two new studies, published in Nature, show that the lake froze 3,000 "
            "years sooner than thought.\n",
    "magazine": "A letter for the star.\n\n\"He wrote her a long letter,\" a friend told UK magazine Sunrise.\n",
    "programme": "Board vote on the memo.\n\nRep. Tom Reyes wrote most of the memo, aides said.\n\nThe memo draws on a "
                 "file compiled by former agent Carl Lund that described secret ties between the mayor and a builder. "
                 "Lund compiled the file in 2019 on behalf of the research firm Gray Owl, which was paid by the mayor's "
                 "rival.\n\nThe Daily Planet reported Monday that the memo also shows that a deputy approved a request "
                 "to extend the watch on a former aide.\n\nThough Reyes, a former judge, helped write the memo and has "
                 "pushed for its release, he said on \"Weekend Talk\" that he believed the board should see it first.\n",
    "host": "Talks on the port.\n\n\"They will sign by May,\" Ron Lee told Bret Cole on \"Late Desk.\"\n",
    "one-word": "Talks on the port.\n\nThe mayor said on \"Portgate\" that 40 jobs were at stake.\n",
}


@pytest.fixture(scope="module")
def story() -> dict:
    import crosscheck

    keys = list(TEXTS)
    data = crosscheck.analyze([TEXTS[k] for k in keys], story="s16-provenance").data
    data["_keys"] = {d["id"]: keys[n] for n, d in enumerate(data["documents"])}
    return data


def _chains(story: dict, key: str, words: str, section: str | None = None, nth: int = 0) -> list[dict]:
    """The chains of the items of one report whose span holds the ``nth`` occurrence of ``words``."""
    doc = next(d for d, k in story["_keys"].items() if k == key)
    text = next(d["text"] for d in story["documents"] if d["id"] == doc)
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    items = {x["id"] for s in ([section] if section else ["claims", "quotes", "attributions"])
             for x in story.get(s) or []}
    return [c for p in story["provenance"] if p["item"] in items for c in p["chains"]
            if c["document"] == doc and c.get("start") is not None and c["start"] <= at < c["end"]]


def _primary(chain: dict) -> str:
    return chain["primary_name"] or chain["primary"]


def _relays(chain: dict) -> list[str]:
    return [link["source"] for link in chain["links"] if link["role"] == "relay"]


@pytest.mark.parametrize("words, nth", [("7,000 years", 1), ("7,000 years", 2)])
def test_a_journal_named_before_relays_one_of_the_papers_and_its_authors_speak(story, words, nth):
    chains = _chains(story, "papers", words, "claims", nth)
    assert chains
    for c in chains:
        assert "Tran" in _primary(c)
        assert "Nature" in _relays(c)


def test_the_implication_of_papers_attributes_the_sentence_before(story):
    chains = _chains(story, "papers", "7,000 years", "claims", 0)
    assert chains and all("studies" in _primary(c) and "Nature" in _relays(c) for c in chains)


def test_papers_published_in_a_journal_show(story):
    chains = _chains(story, "show", "3,000", "claims")
    assert chains and all("studies" in _primary(c) and "Nature" in _relays(c) for c in chains)


def test_a_magazine_after_its_country_is_named_by_its_name(story):
    chains = _chains(story, "magazine", "long letter", "quotes")
    assert chains and all(any("Sunrise" in r for r in _relays(c)) for c in chains)


def test_a_programme_a_statement_was_made_on_relays_it_and_though_x_he_is_x(story):
    chains = _chains(story, "programme", "board should see it", "quotes")
    assert chains
    for c in chains:
        assert "Weekend Talk" in _relays(c)
        assert "Reyes" in _primary(c)


@pytest.mark.parametrize("key, words", [("host", "sign by May"), ("one-word", "40 jobs")])
def test_a_host_told_on_a_programme_or_a_one_word_title_is_no_relay(story, key, words):
    chains = _chains(story, key, words)
    assert chains and not any(r in ("Late Desk", "Portgate") for c in chains for r in _relays(c))
