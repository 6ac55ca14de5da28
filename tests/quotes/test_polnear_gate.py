"""Evaluation gate: quotations and speakers on PolNeAR dev must not slip below their floors.

The full dev split (84 articles) runs in about 20-40 s here, parse included.
Measured with ``python -m evaluation.polnear --split dev``: direct quote
overlap F1 94.0, direct speaker overlap F1 86.5, speaker accuracy on matched
direct quotes 90.1; reported quote overlap F1 67.6, reported speaker overlap
F1 63.4 (34.8 and 35.4 before reported speech was read from every cue verb).
Floors sit a little below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.gate

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "polnear"


def test_polnear_dev_floor():
    if not (DATA / "dev").is_dir():
        pytest.skip(f"{DATA} is not here")
    from evaluation.polnear import load, score

    result = score(load("dev"))
    direct, reported = result["direct"], result["reported"]
    assert direct["quote overlap"][2] >= 92.0
    assert direct["speaker overlap"][2] >= 84.5
    assert direct["speaker accuracy on matched"][0] >= 88.0
    assert reported["quote overlap"][2] >= 65.0
    assert reported["speaker overlap"][2] >= 61.0
