"""Shared fixtures: the repository root, the example corpus, the shared data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "hodeidah-storm"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is not here")
    return SHARED_DATA
