"""Evaluation gate: provenance must not slip below its floors.

- Attribution sources on the first 40 PolNeAR dev articles (``python -m evaluation.polnear
  --split dev --sources --limit 40``): source F1 of every attribution 60.6 strict, of the relayed
  ones ("according to", "reported", "citing", "told <outlet>") 69.7 strict; speaker F1 on
  PolNeAR's DIRECT quotes 85.7 by overlap. About 15 s of CPU.
- Primary sources on two dev stories labelled by reading (``evaluation/data/provenance``):
  0.94 of 83 items right. About 10 s of CPU.

Floors sit a little below.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.gate

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def test_polnear_attribution_sources_floor():
    if not (SHARED / "polnear" / "dev").is_dir():
        pytest.skip("PolNeAR is not here")
    from evaluation.polnear import load, score_sources

    result = score_sources(load("dev", 40))
    assert result["all attributions"]["strict"][2] >= 58.0
    assert result["relayed attributions"]["strict"][2] >= 66.0
    assert result["DIRECT (corpus category)"]["lenient (overlap)"][2] >= 83.0


def test_primary_source_accuracy_floor():
    if not (SHARED / "timeline17_tlsrl").is_dir():
        pytest.skip("Timeline17 is not here")
    from evaluation.provenance import score

    with tempfile.TemporaryDirectory() as tmp:
        result = score(["bpoil-2010-05-27", "egypt-2011-01-28"], Path(tmp))
    assert result["items"] == 83
    assert result["primary-source accuracy"] >= 0.90
