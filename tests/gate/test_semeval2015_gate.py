"""Evaluation gate: SemEval-2015 Task 4 track A timelines must not slip below their floor.

Measured on corpus 1 (airbus, 30 documents): temporal awareness F1 29.50 with anchors,
9.82 ordering only (python -m evaluation.semeval2015 --corpora 1); floors sit a little below.
Our implementation of the task's measure, not the official script (see evaluation/semeval2015.py).
"""

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate


def test_semeval2015_corpus1_floor():
    from evaluation.semeval2015 import DATA, evaluate

    if not (DATA / "corpus_1").is_dir():
        pytest.skip(f"{SHARED_DATA} is not here")
    scores = evaluate([1])
    assert scores["corpus_1"][2] >= 27.0
    assert scores["corpus_1 ordering only"][2] >= 8.5
