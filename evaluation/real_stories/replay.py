"""Rerun only the stages after claims (reconcile, brief, provenance) on a story's kept store.

A full run of the 21 real stories takes minutes; tuning the reconcile rules needs many runs.
``replay_story`` keeps, per story and per input, the store of one full run (made with the code
of that moment) and reruns on a copy of it only the stages that read the claims: reconcile and
what is built after it. It is right only while the code BEFORE reconcile (clean, copies,
entities, time, claims, quotes) is unchanged since the kept store was made: so ``--replay`` is a
development aid, and every figure reported is from full runs (``run.run_story``). The kept store
is remade when the code of the earlier stages changes (its key holds their hash).

Folder: ``$CROSSCHECK_REAL_STORIES_CACHE``/replay (or ``~/.cache/crosscheck/real_stories/replay``).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from evaluation.real_stories.data import doc_of_source, write_inputs
from evaluation.real_stories.run import cache_dir

AFTER_CLAIMS = ("reconcile", "brief", "provenance")


@lru_cache(maxsize=1)
def early_code_hash() -> str:
    """A hash of the package without the reconcile stage: what the kept store depends on."""
    import crosscheck

    root = Path(crosscheck.__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and path.suffix in (".py", ".json", ".txt", ".tsv", ".csv") and rel.parts[0] != "reconcile":
            digest.update(str(rel).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def kept_store(name: str, folder: Path) -> Path:
    """Where the kept store of a story's inputs (as written in ``folder``) lies: keyed by the code before reconcile
    and the inputs exactly as fed."""
    digest = hashlib.sha1(early_code_hash().encode())
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    return cache_dir() / "replay" / f"{name}-{digest.hexdigest()[:16]}.sqlite"


def replay_story(story: dict) -> tuple[dict, dict[str, str], float]:
    """As ``run.run_story``, but reusing the kept store of the stages before reconcile."""
    import time

    from crosscheck.pipeline import Settings, analyze_story, run
    from crosscheck.report import build_story
    from crosscheck.store import Store

    name = story["story"]
    with tempfile.TemporaryDirectory(prefix="real-story-") as tmp:
        folder = Path(tmp) / name
        paths, sources_by_tail = write_inputs(story, folder)
        kept = kept_store(name, folder)
        started = time.perf_counter()
        if not kept.exists():
            kept.parent.mkdir(parents=True, exist_ok=True)
            with Store(Path(tmp) / "full.sqlite") as store:
                run(paths, store, name)
            shutil.copyfile(Path(tmp) / "full.sqlite", kept)
        work = Path(tmp) / "store.sqlite"
        shutil.copyfile(kept, work)
        db = sqlite3.connect(work)
        db.executemany("DELETE FROM stage_runs WHERE story = ? AND stage = ?", [(name, s) for s in AFTER_CLAIMS])
        db.commit()
        db.close()
        with Store(work) as store:
            analyze_story(store, name, Settings(processes=1))
            report = build_story(store, name)
    seconds = time.perf_counter() - started
    sources = {d["id"]: doc_of_source(d["source"], sources_by_tail) for d in report["documents"]}
    return json.loads(json.dumps(report)), sources, seconds
