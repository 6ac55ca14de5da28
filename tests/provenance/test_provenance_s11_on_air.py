"""Regression tests for relays given by where a statement went out on air, read on the provenance dev stories in the
eleventh session (Multi-News and PolNeAR dev stories; read as dev):

- in the sentence of saying: 'X told Y on Sunday on CNN's "State of the Union"', 'he said on MSNBC's "Morning Joe"',
  "X, while being interviewed on Fox News Monday morning, said ...";
- carried by the sentence before, which has no verb of saying: "President X defended her in an interview last spring
  on NBC's ''Meet the Press.'' ''...,'' he said.", "Following Y on MSNBC, X seemed to implore ... . '...,' she said."

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

import pytest

from tests.provenance.test_provenance_s10_bugs import _quote_chain


def _relays(text: str, words: str) -> list[str]:
    return [link["source"] for link in _quote_chain(text, words)["links"] if link["role"] == "relay"]


@pytest.mark.parametrize("sentence, outlet", [
    ('"We will not change the rules for anyone this year," Tan told Ann Wells on Sunday on CNN\'s "State of the '
     'Union."', "CNN"),
    ('The budget is balanced, he said on MSNBC\'s "Morning Joe."', "MSNBC"),
    ("Senator Ruth Kahn, while being interviewed on Fox News Monday morning, said again that the budget is balanced.",
     "Fox News"),
])
def test_a_statement_made_on_a_broadcaster_in_its_sentence_is_relayed_by_it(sentence, outlet):
    text = "Budget.\n\n" + sentence + "\n"
    words = "rules for anyone" if "rules" in sentence else "budget is balanced"
    assert any(outlet in r for r in _relays(text, words))


def test_said_on_a_day_is_no_relay():
    text = "Budget.\n\nThe senator said on Monday that the budget is balanced.\n"
    assert _relays(text, "budget is balanced") == []


@pytest.mark.parametrize("before, pronoun", [
    ("President Dan Ortiz defended her in an interview last spring on NBC's \"Meet the Press.\"", "he"),
    ("Following Dan Ortiz on MSNBC, Maria Lopez seemed to implore Ortiz to let up on his critiques.", "she"),
])
def test_an_appearance_on_air_the_sentence_before_relays_the_quote_after_it(before, pronoun):
    text = ("Server.\n\nMaria Lopez has always maintained that the server was secure. " + before +
            f' "I do not think it posed any problem for the country at all," {pronoun} said.\n')
    relays = _relays(text, "posed any problem")
    assert any(o in r for r in relays for o in ("NBC", "MSNBC"))


def test_a_sentence_naming_another_person_on_air_relays_nothing():
    text = ("Server.\n\nMaria Lopez has always maintained that the server was secure. Tom Reyes appeared in an "
            "interview last week on CBS. Dan Ortiz spoke next. \"I do not think it posed any problem for the country "
            "at all,\" he said.\n")
    assert _relays(text, "posed any problem") == []
