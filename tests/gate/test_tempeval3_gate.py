"""Evaluation gate: TIMEX3 value F1 on TempEval-3 platinum must not slip below its floor.

Measured 79.2 value F1 / 89.2 relaxed extraction F1 on all 20 documents
(python -m evaluation.tempeval3); floors sit a little below.
"""

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate


def test_tempeval3_floor():
    from evaluation.tempeval3 import GOLD, score

    files = sorted(GOLD.glob("*.tml")) if GOLD.is_dir() else []
    if not files:
        pytest.skip(f"{SHARED_DATA} is not here")
    result = score(files)
    assert result["value"][2] >= 77.0
    assert result["relaxed"][2] >= 87.0
