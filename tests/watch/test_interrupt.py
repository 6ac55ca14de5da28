"""Ctrl-C stops crosscheck watch cleanly, with nothing half-written (issue 17)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"
SRC = Path(__file__).resolve().parents[2] / "src"


def _watch(folder: Path, db: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    return subprocess.Popen([sys.executable, "-m", "crosscheck", "watch", str(folder), "--db", str(db),
                             "--story", "storm", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def test_ctrl_c_mid_update_leaves_a_whole_store_that_the_next_run_completes(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE, folder)
    db = tmp_path / "s.sqlite"
    proc = _watch(folder, db)
    # Once it watches (its libraries loaded: a loaded machine takes long to import them, and a Ctrl-C then
    # stops Python before crosscheck runs), give it a moment: reading, parsing or running the stages,
    # wherever it is, Ctrl-C.
    assert "watching" in proc.stderr.readline()
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    out, errors = proc.communicate(timeout=120)
    assert proc.returncode in (0, 130) and "Traceback" not in errors, errors
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The next pass finishes the job: every report in the story, its stages done, one digest listing them.
    again = _watch(folder, db, "--once")
    out, errors = again.communicate(timeout=900)
    assert again.returncode == 0, errors
    with sqlite3.connect(db) as con:
        reports = con.execute("SELECT count(*) FROM reports WHERE story = 'storm'").fetchone()[0]
        stages = con.execute("SELECT count(*) FROM stage_runs WHERE story = 'storm'").fetchone()[0]
        listed = sum(len(__import__("json").loads(d)["reports"]) for (d,) in con.execute(
            "SELECT data FROM digests WHERE story = 'storm'"))
    from crosscheck.pipeline import STAGES

    assert reports == 7 and stages == len(STAGES) and listed == 7


def test_reports_of_an_update_stopped_before_its_digest_are_listed_by_the_next(tmp_path):
    import pytest

    from crosscheck import changes, pipeline
    from crosscheck.ingest import read_inputs
    from crosscheck.store import Store

    files = sorted(str(p) for p in EXAMPLE.iterdir() if p.suffix == ".txt")

    def stop_at_entities(stage, done, total):  # Ctrl-C once the copies stage is saved
        if stage == "entities":
            raise KeyboardInterrupt

    with Store(tmp_path / "s.sqlite") as store:
        with pytest.raises(KeyboardInterrupt):
            changes.update(store, "s", read_inputs(files[:2]), pipeline.Settings(processes=1), stop_at_entities)
        assert store.finished_stages("s") == ["copies"] and not store.digests("s")
        digest = changes.update(store, "s", read_inputs(files), pipeline.Settings(processes=1))
        assert len(digest["reports"]) == len(files) and store.digests("s")[-1]["reports"] == digest["reports"]
