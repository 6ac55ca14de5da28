"""Evaluation gate: quantity extraction on NewsQuant (all 590 sentences, ~15 s).

Measured value F1 83.3, value+unit F1 58.0 (python -m evaluation.newsquant).
"""

import pytest

pytestmark = pytest.mark.gate


def test_newsquant_floor():
    from evaluation.newsquant import DATA, load, score

    if not DATA.exists():
        pytest.skip(f"{DATA} is not here")
    result = score(load())
    assert result["value"][2] >= 81.0
    assert result["value+unit"][2] >= 55.0
