"""What the evaluation scripts share: where the public data lives, and P/R/F1."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


def prf(matched_pred: int, n_pred: int, matched_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = matched_pred / n_pred if n_pred else 0.0
    r = matched_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f
