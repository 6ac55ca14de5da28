"""Regression tests for quotes the quotes stage missed in the provenance split test6 (round 7, 2026-11-30, dev since):
a page that marks its quotes with single marks only (as the Daily Mail writes them).

Each test is named after the bug; the texts are made up, in the shape of the dev texts.
"""

from __future__ import annotations

from crosscheck.quotes.direct import _single_marks_as_double, find_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.text, f.speaker_text) for f in find_quotes(text)]


def test_single_mark_quotes_are_quotes_in_a_page_with_no_double_mark():
    text = ("The verdict came on Thursday.\n\n'I'm glad it's over,' said her father, John Roe.\n\n"
            "'We showed you this was investigated thoroughly,' the prosecutor told the jury.\n")
    got = _quotes(text)
    assert any(k == "direct" and t == "I'm glad it's over" for k, t, _ in got)
    assert any(k == "direct" and t.startswith("We showed you") for k, t, _ in got)


def test_apostrophes_and_a_plural_possessive_are_no_quote_marks():
    text = "The Joneses' house is 'big,' she said. It's 'too clean' and 'the perfect murder.'"
    assert _single_marks_as_double(text) == \
        "The Joneses' house is \"big,\" she said. It's \"too clean\" and \"the perfect murder.\""


def test_a_single_mark_quote_over_paragraphs_is_closed_in_the_last():
    text = "Told her father: 'I'm glad it's over.\n\nI'm glad we got it.\n\nShe deserved it.'\n\nHe said 'no more,' then left."
    assert _single_marks_as_double(text) == (
        "Told her father: \"I'm glad it's over.\n\nI'm glad we got it.\n\nShe deserved it.\"\n\nHe said \"no more,\" then left.")


def test_a_page_with_double_marks_keeps_its_single_marks():
    text = "\"He said, 'Stop!' and ran,\" she said. 'Not this,' he said."
    assert _single_marks_as_double(text) == text


def test_a_page_marking_quotes_with_two_apostrophes_keeps_its_single_marks():
    text = "He said, and ''I had to think, 'This is their lives.'.''\n\n'Not this,' he said, 'nor that.'"
    assert _single_marks_as_double(text) == text
