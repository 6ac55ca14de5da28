"""Evaluation gate: time expressions on real news (evaluation/real_timex) must not slip below their floor.

The gold's dev half (127 expressions read in 14 real stories; python -m evaluation.real_timex):
type accuracy 0.858 and value accuracy 0.839 before issue 20's time fixes, 0.929 / 0.927 after;
the gate reads the first 40 reports of the dev half (60 expressions; about 10 s of CPU): 0.883 / 0.914
there after the fixes; the floors sit a little below.
"""

import pytest

pytestmark = pytest.mark.gate


def test_real_timex_floor():
    from evaluation.real_stories import data

    if not data.available():
        pytest.skip("../shared is not here")
    from evaluation.real_timex.score import score

    result = score("dev", max_reports=40)
    assert result["n"] >= 55
    assert result["type"] >= 0.86
    assert result["value"] >= 0.89
