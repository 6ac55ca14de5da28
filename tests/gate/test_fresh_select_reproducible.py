"""Gate: the fresh stories are rebuilt exactly by select.py at the commit that drew the last batch.

Regression: at later commits select.py leaves out every report the repository has named since (notes, tests), so a
plain rerun no longer gave the committed stories.json (seen in the eighteenth session's review). ``--check`` rebuilds
at ``DRAWN_AT`` in a temporary worktree and compares ids and splits.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from evaluation.common import SHARED_DATA
from evaluation.real_stories.fresh.select import DRAWN_AT

pytestmark = pytest.mark.gate

ROOT = Path(__file__).resolve().parents[2]


def test_fresh_stories_rebuild_equal_at_the_commit_that_drew_them():
    if not SHARED_DATA.exists():
        pytest.skip(f"no public data at {SHARED_DATA}")
    known = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{DRAWN_AT}^{{commit}}"], capture_output=True)
    if known.returncode != 0:
        pytest.skip(f"commit {DRAWN_AT[:8]} not in this clone (shallow?)")
    done = subprocess.run([sys.executable, "-m", "evaluation.real_stories.fresh.select", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rebuilt equal" in done.stdout
