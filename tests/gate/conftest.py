"""Shared by the real-stories gates: run a few dev stories end to end with a cache of their own.

Each real-stories gate (test_real_stories_*.py) runs its stories through the whole pipeline; they used to
repeat the same fixture body (skip without the shared data, a fresh cache so no other run's report is
read, never a sealed split). It lives here once.
"""

from __future__ import annotations

import os
from contextlib import contextmanager

import pytest

from evaluation.common import SHARED_DATA


@contextmanager
def _own_cache(tmp_path_factory):
    """The real-stories evaluation's cache pointed at a fresh folder for the duration (never another run's)."""
    os.environ["CROSSCHECK_REAL_STORIES_CACHE"] = str(tmp_path_factory.mktemp("real-stories-cache"))
    try:
        yield
    finally:
        os.environ.pop("CROSSCHECK_REAL_STORIES_CACHE", None)


def _check_stories(names, needs, splits):
    """Skip when a shared set is absent; fail when a story is sealed (or, if ``splits`` is given, outside it)."""
    missing = [n for n in needs if not (SHARED_DATA / n).exists()]
    if missing:
        pytest.skip(f"{SHARED_DATA} has no {', '.join(missing)}")
    from evaluation.real_stories.data import SEALED_SPLITS, split

    recorded = split()
    assert all(recorded[name] not in SEALED_SPLITS for name in names)  # a gate never reads a sealed split
    if splits:
        assert all(recorded[name] in splits for name in names), {n: recorded[n] for n in names}


@pytest.fixture(scope="module")
def real_stories(tmp_path_factory):
    """``real_stories(names, needs=(...), splits=None)``: each story's score (evaluation.real_stories.evaluate),
    run fresh. ``needs`` names the folders of ../shared/data the stories read."""

    def run(names, needs=(), splits=None):
        _check_stories(names, needs, splits)
        from evaluation.real_stories.__main__ import evaluate

        with _own_cache(tmp_path_factory):
            return evaluate(list(names), use_cache=False)

    return run


@pytest.fixture(scope="module")
def real_story_runs(tmp_path_factory):
    """``real_story_runs(names, needs=(...))``: (gold, report, sources) per story, run fresh, for gates that
    score a part of the report themselves."""

    def run(names, needs=(), splits=None):
        _check_stories(names, needs, splits)
        from evaluation.real_stories.data import gold
        from evaluation.real_stories.run import run_story

        with _own_cache(tmp_path_factory):
            out = []
            for name in names:
                g = gold(name)
                report, sources, _ = run_story(g, use_cache=False)
                out.append((g, report, sources))
            return out

    return run
