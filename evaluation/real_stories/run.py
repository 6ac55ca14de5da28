"""Run the whole crosscheck pipeline on one real story; cache its story.json.

The cache key is a hash of the story's input files exactly as fed plus a hash of every
source file of the ``crosscheck`` package (so a code change reruns the story, and two
worktrees never share a stale report). Cache folder: ``$CROSSCHECK_REAL_STORIES_CACHE`` or
``~/.cache/crosscheck/real_stories``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from functools import lru_cache
from pathlib import Path

from evaluation.real_stories.data import doc_of_source, write_inputs


def cache_dir() -> Path:
    return Path(os.environ.get("CROSSCHECK_REAL_STORIES_CACHE")
                or Path.home() / ".cache" / "crosscheck" / "real_stories")


@lru_cache(maxsize=1)
def code_hash() -> str:
    import crosscheck

    root = Path(crosscheck.__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".txt", ".tsv", ".csv"):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run_story(story: dict, use_cache: bool = True) -> tuple[dict, dict[str, str], float]:
    """The story report of ``story`` (a gold dict), its source -> doc id map, and seconds taken."""
    with tempfile.TemporaryDirectory(prefix="real-story-") as tmp:
        paths, sources_by_tail = write_inputs(story, Path(tmp) / story["story"])
        digest = hashlib.sha1(code_hash().encode())
        for path in sorted((Path(tmp) / story["story"]).iterdir()):
            digest.update(path.name.encode() + path.read_bytes())  # the inputs exactly as fed
        cached = cache_dir() / f"{story['story']}-{digest.hexdigest()[:16]}.json"
        if use_cache and cached.exists():
            blob = json.loads(cached.read_text(encoding="utf-8"))
            return blob["report"], blob["sources"], blob["seconds"]
        from crosscheck.pipeline import run
        from crosscheck.report import build_story
        from crosscheck.store import Store

        started = time.perf_counter()
        with Store(Path(tmp) / "store.sqlite") as store:
            run(paths, store, story["story"])
            report = build_story(store, story["story"])
    seconds = time.perf_counter() - started
    sources = {d["id"]: doc_of_source(d["source"], sources_by_tail) for d in report["documents"]}
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps({"report": report, "sources": sources, "seconds": seconds}), encoding="utf-8")
    return report, sources, seconds
