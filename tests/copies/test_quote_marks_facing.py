"""Issue 14, tenth session: straight quotation marks are paired by the way each faces, not in turn. A tokeniser that
merges one quotation's closing mark with the next one's opening mark ('... number 12. "I can't wait ...', ECB+ topics 18
and 39) left an odd mark, and pairing in turn then read every later quotation of the report inside out: its
narration as quoted, its quotes as narration. Two reports sharing only quotes of one speaker were joined as copies."""

from dataclasses import replace

import numpy as np

from crosscheck.copies import CopySettings, find_copies, quoted_shingles, shingles
from crosscheck.copies.overlap import quote_spans

from .test_containment_and_sources import doc, prose


def _quotes(seed: int) -> list[str]:
    return prose(seed, 3)


def _merged_marks(quotes: list[str], narration: str) -> str:
    # the first quotation's closing mark is lost: '"Q1 "Q2" narration. He added: "Q3"'
    return f'Officials said: "{quotes[0]} "{quotes[1]}" {narration} He added: "{quotes[2]}"'


def test_a_lost_closing_mark_leaves_the_later_quotes_quoted_and_the_narration_not():
    quotes = _quotes(5100)
    narration = prose(5110, 1)[0]
    quoted = quoted_shingles(_merged_marks(quotes, narration))
    for q in quotes:
        assert np.isin(shingles(q), quoted).all(), q
    assert not np.isin(shingles(narration), quoted).any()


def test_marks_facing_each_way_pair_as_before():
    text = 'He said: "One two three four five six." Then "seven eight nine ten eleven", she wrote.\n"Twelve thirteen'
    spans = quote_spans(text)
    assert [text[a:b] for a, b in spans] == ['"One two three four five six."', '"seven eight nine ten eleven"',
                                             '"Twelve thirteen']  # the last: an unclosed quoted paragraph
    assert quote_spans('a closing mark alone" here') == []
    assert quote_spans('“curly ones” and «angle ones»') == [(0, 12), (17, 29)]


def test_quotes_of_one_speaker_with_a_lost_mark_are_not_a_copy():
    quotes = _quotes(5200)
    small = doc(1, [_merged_marks(quotes, prose(5210, 1)[0]), " ".join(prose(5220, 3))], "Herald")
    large = doc(2, [" ".join(prose(5300 + k, 3)) for k in range(4)]
                + [f'The minister said: "{quotes[0]}" Later: "{quotes[1]}" And: "{quotes[2]}"',
                   " ".join(prose(5400, 3))], "Courier")
    assert find_copies([small, large], CopySettings()) == []
    assert find_copies([small, large], replace(CopySettings(), quoted_below=0.0))  # the quotes rule decides


def test_a_closing_mark_before_a_dash_or_hyphen_still_closes():
    """Review s11: a closing straight mark followed by a dash, a hyphen or an apostrophe was read as an opening one, so
    the narration after it counted as quoted (web text; tokenised text puts a space after every mark)."""
    for text, want in (
            ('He called it "a disaster"—and then left early. Later she said "no comment" to us.',
             ['"a disaster"', '"no comment"']),
            ('the "comeback kid"-style campaign went on for weeks. He said "x y" at the end',
             ['"comeback kid"', '"x y"']),
            ('the "kid"\'s tour went on. He said:"We will win" and left', ['"kid"', '"We will win"'])):
        assert [text[a:b] for a, b in quote_spans(text)] == want, text
