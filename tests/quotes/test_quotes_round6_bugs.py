"""Regression tests for quotes the quotes stage mis-read in the provenance split test4 (round 6, 2026-11-30, dev
since): two apostrophes that close a double mark, a quote going on over paragraphs with no opening mark, a
reported clause whose subject starts with "That".

Each test is named after the bug; the texts are made up, in the shape of the dev texts.
"""

from __future__ import annotations

from crosscheck.quotes.direct import find_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.text, f.speaker_text) for f in find_quotes(text)]


def test_two_apostrophes_close_a_double_quote():
    got = _quotes("She fired at a worker who had yelled, \"Hide, she's got a gun! '' Vanore said.\n\n"
                  "\"This is a sad day for our family, '' the company said in a statement.\n")
    assert ("direct", "Hide, she's got a gun!", "Vanore") in got
    assert ("direct", "This is a sad day for our family", "the company") in got


def test_a_quote_going_on_in_a_paragraph_with_no_opening_mark_is_closed_by_its_one_mark():
    got = _quotes("One of the mothers testified at the trial.\n\n\"I saw her fall back...\n\n"
                  "I saw blood coming from her, \"said Unique Armstead, who is seen in the video.\n")
    assert got[0] == ("direct", "I saw her fall back...\nI saw blood coming from her", "Unique Armstead")


def test_a_colon_quote_over_paragraphs_without_marks_is_one_quote():
    text = ("Police commissioner Charles Ramsey says she was outside for nine minutes before coming back:\n\n"
            "\" She drove her car through a barrier.\n\nShe had a gun.\n\nTwo, she shot and killed there.\n\n"
            "A third was also shot. \"\n\nThe third victim was rushed to hospital.\n")
    direct = [f for f in find_quotes(text) if f.kind == "direct"]
    assert len(direct) == 1 and "Two, she shot" in direct[0].text and direct[0].speaker_text.endswith("Ramsey")
    assert "third victim" not in direct[0].text


def test_a_paragraph_with_no_mark_after_an_unclosed_quote_is_not_quoted_when_nothing_closes_it():
    text = "He said: \"We will win\n\nThe vote is on Monday.\n\nShe said \"no\" to it.\n"
    assert not any("The vote" in f.text for f in find_quotes(text) if f.kind == "direct")


def test_a_reported_clause_opening_with_that_keeps_it():
    got = _quotes("That apartment building is said to be where the gang got its name, the Post reported in 2011.\n")
    assert ("reported", "That apartment building is said to be where the gang got its name", "the Post") in got
    got = _quotes("The mayor said that the budget would be cut.\n")
    assert ("reported", "the budget would be cut", "The mayor") in got


def test_a_reported_clause_holding_a_quoted_phrase_is_kept_besides_the_phrase():
    got = _quotes("A trade ministry spokeswoman, Ilse Vand, said Oslo was open to \"talks and mediation\" "
                  "to settle the fishing quarrel.\n")
    assert ("direct", "talks and mediation", "A trade ministry spokeswoman, Ilse Vand") in got
    assert ("reported", "Oslo was open to \"talks and mediation\" to settle the fishing quarrel",
            "A trade ministry spokeswoman, Ilse Vand") in got
    got = _quotes("But the distributor's president said there was no record to support claims of \"racial bias.\"\n")
    assert any(k == "reported" and t.startswith("there was no record") for k, t, _ in got)


def test_a_clause_around_a_quote_hides_no_other_attribution():
    found = find_quotes("U.S. Defense Secretary Mark Doyle talked by phone Tuesday with Kariuki, a Doyle spokesman "
                        "said, adding that the secretary called for \"calm\" in handling the marches.\n")
    reported = [(f.text[:22], f.speaker_text) for f in found if f.kind == "reported"]
    assert ("U.S. Defense Secretary", "a Doyle spokesman") in reported


def test_according_to_after_a_scare_quote_is_still_reported_speech():
    got = _quotes("Officers responded to 911 calls, arriving with teams trained in an \"active shooter\" situation, "
                  "according to Commissioner Ramsey.\n")
    assert any(k == "reported" and t.startswith("Officers responded") and s == "Commissioner Ramsey" for k, t, s in got)


def test_a_quote_a_clause_runs_into_is_no_clause_around_a_quote():
    got = _quotes("He said \"we will win the war\" and left.\n")
    assert not any(k == "reported" for k, _, _ in got)
