"""Regression tests for quotes the quotes stage missed in the provenance split test8 (fifth session, 2026-11-30: dev
since; NOTES/issue-19-prov-errors.md): quotes marked as a tokeniser writes them ("``...''", the original ECB files), a
text of one paragraph with one mark lost or left open (every later quote read inside out), "X quoted Y as saying".

Each test is named after the bug; the texts are made up, in the shape of the dev texts.
"""

from __future__ import annotations

from crosscheck.quotes.direct import _paired_marks_as_double, _quote_spans, find_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.text, f.speaker_text) for f in find_quotes(text)]


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in _quote_spans(text)]


def test_backquote_marks_of_a_tokenised_text_are_quote_marks():
    text = ("Mr Smith criticised the attack on the school.\n"
            "``Of course it's appalling, '' he told ABC Television from Jerusalem.\n"
            "``This fighting has to stop. ''\n")
    assert len(_paired_marks_as_double(text)) == len(text)
    got = _quotes(text)
    assert ("direct", "Of course it's appalling", "he") in got
    # the quote paragraph after it goes on with the same speaker
    assert ("direct", "This fighting has to stop.", "he") in got
    # no reported "quote" made of the marks themselves
    assert not any(k == "reported" and t.startswith("`") for k, t, _ in got)


def test_a_text_without_backquotes_keeps_its_two_apostrophes():
    text = "\"Hide, she's got a gun! '' Vanore said."
    assert _paired_marks_as_double(text) is text


def test_a_plain_opening_mark_ends_a_quote_left_open():
    text = ('The council said in a statement. "I plan to meet key people on Monday. Weapons hurting kids '
            '"Opening an office is an important signal of our support," Jane Roe said. "It is words into action." '
            'Roe told reporters she has met leaders. "I come with three messages," she said.')
    spans = _spans(text)
    assert "Opening an office is an important signal of our support," in spans
    assert "It is words into action." in spans
    assert "I come with three messages," in spans


def test_a_closing_mark_whose_opening_was_lost_takes_its_sentence():
    text = ('The opposition wants help in the north. Send help to us," read one banner at a protest on Friday. '
            'Any move could shake the region. "Any bad development will affect the whole region," Mr Doe said.')
    spans = _spans(text)
    assert "Send help to us," in spans
    assert "Any bad development will affect the whole region," in spans


def test_a_closing_mark_glued_to_the_next_word_closes_the_quote():
    # tokenised corpora write '..., "she said': the mark after a comma and a space closes, though a word follows it
    text = ('Hiller admitted killing two coworkers.\n"I don\'t feel anything, "she said, according to the detective.\n'
            '"But then I started to think about the 15 years, "she said in her statement.\n')
    spans = _spans(text)
    assert "I don't feel anything, " in spans
    assert "But then I started to think about the 15 years, " in spans


def test_quoted_x_as_saying_is_x_speaking():
    text = ("AFP news agency quoted the Karst Monitor for Civil Liberties as saying one person was killed in the "
            "raid. Regional television stations quoted Moldovan officials as denying that the women were in the country.")
    got = [(t, s) for k, t, s in _quotes(text) if k == "reported"]
    assert any(t == "one person was killed in the raid" and s.startswith("the Karst Monitor") for t, s in got)
    assert any(t.startswith("the women were in the country") and s == "Moldovan officials" for t, s in got)
