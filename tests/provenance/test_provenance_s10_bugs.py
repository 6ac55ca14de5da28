"""Regression tests for the provenance errors read on test16 (dev since the ninth session) in the tenth session
(2026-12-01): a "he" given to a woman the sentence before names with her title ("Mrs. Clinton") and a man named with a
capitalised title ("President Obama backed her up ...") passed over; a speaker's apposition with a relative clause
after it ("Marcos, a staff sergeant in the Army reserve, who served ..., says") read as the body the apposition
names.

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

import pytest

from tests.provenance.test_provenance_round8_bugs import _found


def _quote_chain(text: str, words: str) -> dict:
    """The chain of the quote that holds ``words``, in a report of this text alone."""
    at = text.index(words)
    import crosscheck

    story = crosscheck.analyze([text], story="s10")
    for p in story.data["provenance"]:
        for c in p["chains"]:
            if p["item"].startswith("quote") and c.get("start") is not None and c["start"] <= at < c["end"]:
                return c
    raise AssertionError(f"no quote holds {words!r}")


def _quote_primary(text: str, words: str) -> str:
    chain = _quote_chain(text, words)
    return chain["primary_name"] or chain["primary"]


@pytest.mark.parametrize("between, man", [
    # a capitalised title opens the sentence before: the man it names, not the woman named with her title before him
    ("President Lee defended her in a radio interview last spring.", "Lee"),
    # an object "her" in the man's only sentence does not make him a woman
    ("Mr. Lee's aide Tom Lee spoke first. President Obama stood by her in a talk on a programme.", "Obama"),
])
def test_he_is_not_a_woman_named_with_her_title_but_the_man_named_after_her(between, man):
    text = ("Server questions.\n\nMrs. Roe herself, like her staff, has long insisted that the archive was "
            f"safe. {between} \"I doubt it did any harm,\" he said.\n\nBut the inspector told another "
            "story.\n")
    assert _quote_primary(text, "I doubt it") == man


def test_she_after_a_woman_named_with_her_title_is_her():
    text = ("Server questions.\n\nMrs. Roe herself has long insisted that the archive was safe. \"I doubt it "
            "did any harm,\" she said.\n")
    assert _quote_primary(text, "I doubt it") == "Mrs. Roe"


def test_an_apposition_with_a_relative_clause_after_it_is_the_name_before_it():
    sentence = ("Marcos, a staff sergeant in the Army reserve, who served with the 10th mountain division, says his "
                "brother learned Braille at college.")
    assert _found(sentence) == [("Marcos", "says")]
    # a relative clause right after the name keeps the name
    assert _found("Officials, who asked not to be named, said it was fine.") == [("Officials", "said")]
    assert _found("Marcos, a staff sergeant in the Army reserve, says it is fine.") == [("Marcos", "says")]


def test_he_after_a_speaker_with_an_apposition_and_a_relative_clause_is_the_speaker():
    text = ("Recovery.\n\nMarcos Vega, a staff sergeant in the Army reserve, who served with the 10th mountain "
            "division, says his brother learned Braille at college. He says his brother is doing well.\n\n"
            "\"The doctors say it's too early,\" he says.\n")
    assert _quote_primary(text, "The doctors say") == "Marcos Vega"


def _quote_relays(text: str, words: str) -> list[str]:
    return [link["source"] for link in _quote_chain(text, words)["links"] if link["role"] == "relay"]


RUN = ("Warning.\n\nIn an opinion piece appearing in the Daily Planet, Roe wrote that voters are ripe for the message.\n\n"
       "\"Could this happen here? You bet it could,\" wrote Roe, runner-up to Ann Lee.\n\n"
       "\"The notion should sound an alarm for the party,\" Roe wrote.\n\n"
       "\"Millions of voters are angry,\" he continued.\n\n"
       "The party's chairman said on Friday that \"it is a great day.\"\n\n"
       "\"We will win,\" Roe said.\n")


def test_the_paper_a_speaker_wrote_in_relays_the_speakers_run_of_quotes_after_it():
    for words in ("Could this happen", "The notion should", "Millions of voters"):
        assert _quote_relays(RUN, words) == ["Daily Planet"], words


def test_a_run_of_quotes_ends_where_another_speaker_comes_between():
    assert _quote_relays(RUN, "We will win") == []


def test_an_outlet_a_speaker_told_does_not_relay_the_quotes_after_that_sentence():
    text = RUN.replace("In an opinion piece appearing in the Daily Planet, Roe wrote that",
                       "Roe told the Daily Planet that")
    assert _quote_relays(text, "The notion should") == []


def test_an_outlet_told_under_its_old_name_in_its_own_report_relays_nothing():
    from crosscheck.provenance.kinds import is_house

    assert is_house("The Huffington Post", ("HuffPost",))
    assert is_house("HuffPost", ("The Huffington Post",))
    assert not is_house("The Washington Post", ("HuffPost",))
