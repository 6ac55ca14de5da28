"""The README's notebook example runs as written (issue 17)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _notebook_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### In a notebook", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_notebook_example_runs(capsys):
    pytest.importorskip("pandas")
    namespace: dict = {}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(_notebook_block(), "README.md (In a notebook)", "exec"), namespace)
    finally:
        os.chdir(cwd)
    story, claims = namespace["story"], namespace["claims"]
    printed = capsys.readouterr().out
    assert printed.startswith("<StoryAnalysis 'hodeidah': 7 reports, 5 independent sources")
    assert "quantity |" in printed and "date |" in printed  # the death toll and the day of the surge
    assert len(claims) == len(story.claims) == len(story.data["claims"])
    assert "/" not in " ".join(claims["source"].astype(str))  # short labels, not paths
