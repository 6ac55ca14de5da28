"""Evaluation gate: the brief's selection on the first 25 Multi-News clusters.

On these 25 (python -m evaluation.multinews --limit 25) crosscheck measured the
figures in bench/RESULTS.md; the floors sit a little below, and crosscheck must
stay at least level with LexRank run on the same sentences in the same run.
"""

import pytest

pytestmark = pytest.mark.gate


def test_multinews_floor():
    from evaluation.multinews import DATA, load, score

    if not DATA.exists():
        pytest.skip(f"{DATA} is not here")
    result = score(load(25))
    ours, lexrank = result["crosscheck"], result["LexRank"]
    assert ours["R-1"] >= 43.5 and ours["R-2"] >= 14.0
    assert ours["R-1"] >= lexrank["R-1"] - 0.5
