"""Gate: no text of ../shared/data copied into the repository's string literals or comments.

Repository rule: quality is measured on the real public data in ../shared/data, used by path; its text is never
copied into the repo or the package. evaluation.shared_text_copies finds runs of words of a shared file inside a
string literal or comment block of src/, tests/ or evaluation/ (8-word windows; see its docstring); this takes
~20 s of CPU (~60 s on the loaded 2-core machine of session 12).

The rule, set on the data of session 12: of 563 runs of >= 8 words on main 8410a32, the 8- and 9-word ones were
read too and are nearly all copies as well (a figure with its unit and context, a named person's words), not
chance; but 10+ words (3 consecutive windows) is where a copy is certain, so a run of >= 10 words fails outright
and the shorter ones may only become fewer (SHORT_RUNS_CEILING).

A test text must be a new text with the same construction (cue verb, clause shape, quote marks, numbers' form),
with other names, places and wording; a comment paraphrases. BOILERPLATE names, by a fingerprint of its words,
the few runs that are not reporting (markup, a month list, page furniture a cleaner must recognise, a paper's
title cited as a reference); it is never for an article's sentence. KNOWN_REMAINING lists the files still
holding copies when the gate landed, with their count of 10+ runs: it may only shrink (a count that drops must be
lowered here; a file that is clean must leave the list).
"""

from __future__ import annotations

import pytest

from evaluation.common import ROOT, SHARED_DATA

pytestmark = pytest.mark.gate

LONG = 10  # 3 consecutive 8-word windows

# fingerprint (evaluation.shared_text_copies.Run.key) -> why the run is not reporting
BOILERPLATE = {}

# file -> runs of >= LONG words it still holds (the next session rewrites them; the list only shrinks)
KNOWN_REMAINING = {}

SHORT_RUNS_CEILING = 0  # runs of 8-9 words, outside BOILERPLATE: may only go down


@pytest.fixture(scope="module")
def runs():
    if not SHARED_DATA.exists():
        pytest.skip(f"{SHARED_DATA} is absent: nothing to compare the repository's texts with")
    from evaluation.shared_text_copies import find_runs

    return find_runs(ROOT, SHARED_DATA)


def _reporting(runs):
    return [r for r in runs if r.key not in BOILERPLATE]


def _by_file(runs):
    out: dict[str, int] = {}
    for r in runs:
        if r.words >= LONG:
            name = str(r.path.relative_to(ROOT))
            out[name] = out.get(name, 0) + 1
    return out


def test_no_new_long_copied_run(runs):
    """A run of >= 10 copied words outside the known files (or more of them in a known file) fails."""
    runs = _reporting(runs)
    found = _by_file(runs)
    new = {f: n for f, n in found.items() if n > KNOWN_REMAINING.get(f, 0)}
    places = [
        f"{r.where()} ({r.words} words, {r.dataset})"
        for r in runs
        if r.words >= LONG and str(r.path.relative_to(ROOT)) in new
    ]
    assert not new, "text copied from ../shared/data; write a new text with the same construction:\n" + "\n".join(places)


def test_known_remaining_only_shrinks(runs):
    """A file rewritten since leaves KNOWN_REMAINING (or its count goes down), so the list never hides a new copy."""
    found = _by_file(_reporting(runs))
    stale = {f: (n, found.get(f, 0)) for f, n in KNOWN_REMAINING.items() if found.get(f, 0) < n}
    assert not stale, f"lower these KNOWN_REMAINING counts (listed, found): {stale}"


def test_short_runs_only_shrink(runs):
    short = [r for r in _reporting(runs) if r.words < LONG]
    assert len(short) <= SHORT_RUNS_CEILING, f"{len(short)} runs of 8-9 copied words, ceiling {SHORT_RUNS_CEILING}"


def test_boilerplate_entries_still_match(runs):
    """An allowlist entry whose text is gone is removed, so the list stays the few that are really there."""
    keys = {r.key for r in runs}
    assert not set(BOILERPLATE) - keys, set(BOILERPLATE) - keys
