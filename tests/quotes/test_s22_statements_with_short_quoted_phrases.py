"""Issue 22q (issue 19, provenance dev items never found): a reported statement that holds a short quoted phrase is a
statement, whatever opens it and wherever its cue stands. Before, a clause holding a quote mark was a statement only
when it followed its cue and opened with three unquoted words; else only the quoted phrase was found, and the
statement around it (the provenance gold's item) was no item at all. The texts are made up."""

from __future__ import annotations

from crosscheck.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.speaker_text) for f in find_quotes(text) if f.kind == "reported"]


def test_a_statement_opening_on_a_word_before_a_short_quoted_phrase_is_reported():
    text = ("The strike drew blame from the Foreign Office, which said the \"reckless and needless\" raids raise the risk "
            "of a wider war.")
    found = _reported(text)
    assert len(found) == 1 and found[0][0].startswith('the "reckless and needless" raids raise the risk'), found


def test_a_statement_before_its_cue_holding_a_short_quoted_phrase_is_reported():
    text = "Soldiers shot \"several\" gunmen and hurt many others, state radio reported."
    assert _reported(text) == [('Soldiers shot "several" gunmen and hurt many others', "state radio")]
    text = "The mayor's team did not include any city \"minders,\" Holt said, adding that the guards let him through."
    assert ("Holt" in [s for _, s in _reported(text)] and
            any(t.startswith("The mayor's team did not include any city") for t, _ in _reported(text)))


def test_a_quote_the_clause_runs_into_stays_a_direct_quote_only():
    for text in ('"We will win this fight," Holt said on Monday.',
                 'He said "we will win this fight and we will win it soon" on Monday.',
                 'She said "a slow, costly and needless detour for every single family" was all it was.'):
        assert not any("win" in t or "detour" in t for t, _ in _reported(text)), (text, _reported(text))
        assert any(f.kind == "direct" for f in find_quotes(text))
