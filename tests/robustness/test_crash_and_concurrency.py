"""Crash safety and concurrent use of one store (issue: hostile input, crashes, concurrency).

`analyze` is killed with SIGKILL at several points of a run over a few hundred
reports; a rerun must complete with every report stored exactly once and every
stage's output whole. A reader reads the store while `analyze` writes it, and
a second `analyze` on the same store is refused with a clear message.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from synthetic import corpus, write_jsonl  # noqa: E402

from crosscheck.report import validate_story  # noqa: E402
from crosscheck.store import STAGE_VERSIONS, Store  # noqa: E402

N_REPORTS = 240
ROWS = corpus(N_REPORTS, words=120, seed=11)
# An exact reprint is stored once only when the same outlet (and URL) publishes it again; the same
# text from two outlets stays two reports (issue 21: the second outlet used to vanish).
N_DISTINCT = len({(r["text"], (r.get("outlet") or "").strip().lower(), (r.get("url") or "").strip()) for r in ROWS})


def _analyze(inputs, out, **kw):
    return subprocess.Popen([sys.executable, "-m", "crosscheck", "analyze", *map(str, inputs), "--out", str(out),
                             "--story", "crash", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    # Several files, so that ingestion commits in several batches.
    for i in range(0, N_REPORTS, 60):
        write_jsonl(folder / f"part{i // 60}.jsonl", ROWS[i:i + 60])
    return folder


def _check_store(db: Path) -> None:
    with Store(db) as store:
        ids = store.document_ids("crash")
        assert len(ids) == len(set(ids)) == N_DISTINCT
        hashes = [r[0] for r in store.db.execute("SELECT content_hash FROM documents")]
        assert len(hashes) == len(set(hashes)) == N_DISTINCT
        assert all(store.stage_is_current("crash", s) for s in STAGE_VERSIONS)
        # Every stage's rows form a whole: sequence numbers run 0..n-1 with no gap.
        for kind, count, top in store.db.execute(
                "SELECT kind, count(*), max(seq) FROM stage_records WHERE story = 'crash' GROUP BY kind"):
            assert count == top + 1, kind
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_kill_at_random_points_then_rerun(reports, tmp_path):
    out = tmp_path / "out"
    # Kill early (ingest), in the middle, and late (stages); the store must stay consistent each time.
    for delay in (2.0, 6.0, 12.0, 20.0):
        proc = _analyze([reports], out)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        db = out / "crosscheck.sqlite"
        if db.exists():
            con = sqlite3.connect(db)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            n = con.execute("SELECT count(*) FROM story_documents").fetchone()[0]
            assert n == con.execute("SELECT count(DISTINCT document) FROM story_documents").fetchone()[0]
            con.close()
    final = _analyze([reports], out)
    _, err = final.communicate(timeout=900)
    assert final.returncode == 0, err
    _check_store(out / "crosscheck.sqlite")
    validate_story(json.loads((out / "story.json").read_text()))
    # No parse worker of a killed run is left behind.
    time.sleep(1)
    leftovers = subprocess.run(["pgrep", "-f", str(out)], capture_output=True, text=True).stdout.split()
    assert leftovers == []


def test_reader_while_writing_and_second_writer_refused(reports, tmp_path):
    out = tmp_path / "out"
    writer = _analyze([reports], out)
    db = out / "crosscheck.sqlite"
    deadline = time.time() + 120
    while not db.exists() and time.time() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)
    second = _analyze([reports], out)
    _, second_err = second.communicate(timeout=120)
    reads = 0
    while writer.poll() is None:
        try:
            with Store(db, readonly=True) as reader:  # never blocked by the writer (WAL)
                reader.stories()
                reader.search("officials")
                reads += 1
        except Exception as error:  # pragma: no cover - the assertion below reports it
            pytest.fail(f"reader failed while analyze was writing: {error}")
        time.sleep(0.2)
    assert writer.returncode == 0, writer.stderr.read()
    assert reads > 3
    # The second run started while the first held the store: refused, not corrupting.
    assert second.returncode == 4 and "another crosscheck run is writing" in second_err
    _check_store(db)
