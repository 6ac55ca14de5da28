"""Regression tests for quotes written with two apostrophes as both marks ("''...''", the New York Times' archive
text as PolNeAR carries it): the quotes stage read them as reported speech only, so a quote paragraph after its
speaker ("... said X. ''Trump, Sanders and ...''") and a quote inside a sentence were lost (provenance test16, ninth
session, 2026-11-30; rule written on test16's errors, checked on PolNeAR dev).

The texts are made up, in the shape of the dev texts.
"""

from __future__ import annotations

from crosscheck.quotes.direct import _apostrophe_pairs_as_double, _paired_marks_as_double, find_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.text, f.speaker_text) for f in find_quotes(text)]


def test_two_apostrophes_open_and_close_a_quote():
    text = ("Voters are angry.\n\n''It is a cautionary tale for the campaign,'' said Ann Roe, a professor at the "
            "university. ''Those who ran the campaign are tapping into an anger that is festering.''\n\n"
            "Her use of ''a personal email domain was known by a large number of people.'' The president backed her "
            "on a network's ''Sunday Desk.'' ''I doubt it did any harm,'' he said.\n")
    assert len(_paired_marks_as_double(text)) == len(text)
    got = _quotes(text)
    direct = [(t, s) for k, t, s in got if k == "direct"]
    assert any(t.startswith("It is a cautionary tale") and "tapping into an anger" in t and s == "Ann Roe"
               for t, s in direct)
    assert ("I doubt it did any harm", "he") in direct
    assert any(t.startswith("a personal email domain") for t, _ in direct)


def test_two_apostrophes_beside_double_marks_only_close():
    # a text with double marks keeps its "''" as a closing mark only ('"Hide, she's got a gun! '' Vanore said.')
    text = "\"Hide, she's got a gun! '' Vanore said. He said ''no'' twice."
    assert _apostrophe_pairs_as_double(text) is text


def test_apostrophes_of_possessives_are_no_quote_marks():
    text = "The Joneses' house burned. The boys' ''escape'' was narrow, said the chief.\n"
    converted = _apostrophe_pairs_as_double(text)
    assert converted[:26] == text[:26]  # the plural possessive keeps its apostrophe
