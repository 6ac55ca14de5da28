"""Regression tests for issue 21p, twenty-first session (branch issue-21p-s21): one sentence holding two
attributions ("X said ... “a chronic problem,” while Y accused ... of “blackmail”") was read as one quote of X's,
its two quoted parts joined, so provenance gave the second part the first speaker (the "later source in the same
sentence" errors of the all-dev provenance listing). The sentences are made up.
"""

from __future__ import annotations

from crosscheck.quotes.direct import find_quotes


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker_text) for f in find_quotes(text) if f.kind == "direct"]


def test_a_while_clause_of_saying_with_its_own_subject_is_its_own_quote():
    text = ('Trade chief Jane Roe said the tariffs were a response to "a chronic problem," while the Chinese '
            'envoy accused the U.S. of "blackmail" at the talks.')
    got = _direct(text)
    assert ("a chronic problem", "Trade chief Jane Roe") in got
    assert ("blackmail", "the Chinese envoy") in got
    assert not any("…" in t for t, _ in got)


def test_a_but_clause_of_saying_keeps_its_own_speaker():
    text = 'Mayor Bob Lane said the plan was "dead on arrival," but council member Ann Fox called it "a bold start."'
    got = _direct(text)
    assert ("dead on arrival", "Mayor Bob Lane") in got
    assert ("a bold start.", "council member Ann Fox") in got


def test_one_speakers_two_quoted_bits_stay_one_quote():
    # "adding that ...": a second verb of saying with no subject of its own is the same speaker's
    text = 'Ann Lee called the deal "a disgrace," adding that it was "a gift to banks."'
    assert _direct(text) == [("a disgrace … a gift to banks.", "Ann Lee")]
