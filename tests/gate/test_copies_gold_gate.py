"""Evaluation gate: copy detection on hand-labelled pairs.

- 55 Timeline17 pairs (evaluation/data/copies_gold.tsv), scored by the stage's own decision
  (candidates, the outlet's template removed, verification): P 80.6 / R 100.0 / F1 89.3
  (python -m evaluation.copies_gold). Before issue 14: P 86.7 / R 87.9 / F1 87.3. The precision floor
  moved from 85 to 78 with the threshold (containment 0.5 -> 0.3, chosen on the dev half of the second
  set): the pairs it now also flags share a few passages of a running story, which that set's reading
  calls "not"; recall, the error a cross-checker cannot afford, went to 100.
- 377 pairs from five sets (evaluation/data/copies_gold2.tsv), held-out test half:
  P 0.842 / R 0.960 / F1 0.897, recall >= 0.889 on every kind of copy
  (python -m evaluation.copies_gold --set2 --split test). Before issue 14: P 0.920 / R 0.460 / F1 0.613.
"""

import pytest

pytestmark = pytest.mark.gate


def test_copies_gold_floor():
    from evaluation.copies_gold import ROOT, score

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    result = score()
    assert result["precision"] >= 78.0 and result["recall"] >= 95.0


def test_copies_gold2_floor():
    from evaluation.copies_gold import ROOT, score2

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    result = score2("test")
    overall = result["overall"]
    assert overall["f1"] >= 0.87 and overall["recall"] >= 0.93 and overall["precision"] >= 0.80
    for kind in ("reprint", "lede", "embedded", "wireedit", "update"):
        assert result["kinds"][kind]["recall"] >= 0.85, kind
    for trap in ("template", "quote", "event"):
        assert result["kinds"][trap]["false_positive_rate"] <= 0.10, trap
