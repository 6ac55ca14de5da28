"""Issue 18, session 5: CPU taken out of the steps after the parse, output unchanged."""

from __future__ import annotations

import random
import re

import pytest

from crosscheck import sentcache

_OLD_WORD_BEFORE = re.compile(r"(\S+)$")


def _old_ends_sentence(body: str, stop: int) -> bool:
    """sentcache._ends_sentence as it was (the word before the stop found by a regex search from 0)."""
    if body[stop - 1] != ".":
        return True
    m = _OLD_WORD_BEFORE.search(body, 0, stop - 1)
    word = m.group(1) if m else ""
    word = word.lstrip("\"'“‘([")
    if not word or word.casefold() in sentcache._ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():
        return False
    return "." not in word


def test_word_before_a_stop_is_the_regex_search_one():
    """The word before a full stop is now found walking back from the stop (the search from the line's
    start was quadratic in a long paragraph): the same decision at every stop, unicode spaces included."""
    rng = random.Random(18)
    alphabet = list("ab A.B. Mr. U.S. x.\t\u00a0\u2009\u3000\"'“)].!?1 9 Dr. jan. e.g.")
    bodies = ["Mr. Smith met Dr. Jones.", "John F. Kennedy spoke. Then he left.", ".", " .", "a\u00a0b. C",
              "He said \"(Sen. Brown.\" Yes.", "\u2009x. Y"]
    bodies += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 50))) for _ in range(3000)]
    checked = 0
    for body in bodies:
        for stop in range(1, len(body) + 1):
            if body[stop - 1] in ".!?":
                assert sentcache._ends_sentence(body, stop) == _old_ends_sentence(body, stop), (body, stop)
                checked += 1
    assert checked > 1000


def test_long_paragraph_cut_the_same():
    text = " ".join(f"Mr. Smith said item {i} was fine. It cost {i} dollars." for i in range(300))
    spans = sentcache.pieces(text)
    assert len(spans) == 600
    assert text[spans[0][0]:spans[0][1]] == "Mr. Smith said item 0 was fine."


@pytest.fixture(scope="module")
def nlp():
    from crosscheck.nlp import load_pipeline

    return load_pipeline()


def test_doc_text_follows_the_doc(nlp):
    from crosscheck.nlp import doc_text

    a, b = nlp.make_doc("First report, 3 dead."), nlp.make_doc("Second  report:\n12 injured.")
    for _ in range(2):
        assert doc_text(a) == a.text == "First report, 3 dead."
        assert doc_text(a) is doc_text(a)
        assert doc_text(b) == b.text
    assert doc_text(nlp.make_doc("First report, 3 dead.")) == "First report, 3 dead."
