"""Evaluation gate: the brief's selection on the first 25 Multi-News clusters.

On these 25 (python -m evaluation.multinews --limit 25) crosscheck measured
R-1 45.50 / R-2 15.01 (LexRank on the same sentences: 44.66 / 14.18); the floors
sit a little below, and crosscheck must stay ahead of LexRank in the same run.
(The weights were tuned on clusters 1-100; on the held-out 101-200: 45.20 / 15.77.)
"""

import pytest

pytestmark = pytest.mark.gate


def test_multinews_floor():
    from evaluation.multinews import DATA, load, score

    if not DATA.exists():
        pytest.skip(f"{DATA} is not here")
    result = score(load(25))
    ours, lexrank = result["crosscheck"], result["LexRank"]
    assert ours["R-1"] >= 44.5 and ours["R-2"] >= 14.5
    assert ours["R-1"] >= lexrank["R-1"] and ours["R-2"] >= lexrank["R-2"]
