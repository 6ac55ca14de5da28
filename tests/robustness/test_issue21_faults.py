"""Issue 21, processes: any signal to any process of a run, a full disk or a dying parse
worker ends the run within seconds, the store intact, no temp file left, no trace shown."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from synthetic import corpus, write_jsonl  # noqa: E402

from crosscheck.cli import app  # noqa: E402

N_REPORTS = 320  # above PARALLEL_PARSE_FROM: the parse runs on worker processes


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    path = tmp_path_factory.mktemp("many") / "many.jsonl"
    write_jsonl(path, corpus(N_REPORTS, words=150, seed=5))
    return path


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split()[2] != "Z"
    except OSError:
        return False


def _signal_during_parse(many: Path, out: Path, target: str, sig: int) -> tuple[int, float, str, list[int]]:
    proc = subprocess.Popen([sys.executable, "-m", "crosscheck", "analyze", str(many), "--out", str(out), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    start = time.time()
    workers: list[int] = []
    while time.time() - start < 120 and not workers:
        workers = _children(proc.pid)
        time.sleep(0.1)
    assert workers, "the parse workers never started"
    time.sleep(1.5)
    os.kill(proc.pid if target == "main" else workers[0], sig)
    signalled = time.time()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"the run did not end within 30 s of {signal.Signals(sig).name} to the {target}")
    return proc.returncode, time.time() - signalled, proc.stderr.read(), workers


def _store_intact(db: Path) -> None:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = con.execute("SELECT count(*) FROM story_documents").fetchone()[0]
    assert n == con.execute("SELECT count(DISTINCT document) FROM story_documents").fetchone()[0]
    con.close()


@pytest.mark.parametrize("target,sig,code", [
    ("main", signal.SIGINT, 130),
    ("main", signal.SIGTERM, 143),
    ("worker", signal.SIGKILL, 5),
    ("worker", signal.SIGINT, 5),
])
def test_signal_while_parse_workers_run_ends_the_run(many, tmp_path, target, sig, code):
    out = tmp_path / "out"
    returncode, took, stderr, workers = _signal_during_parse(many, out, target, sig)
    assert returncode == code, stderr
    assert took < 15, took
    assert "Traceback" not in stderr and "Warning" not in stderr, stderr
    assert stderr.strip().startswith("error:") and len(stderr.strip().splitlines()) == 1, stderr
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)]
    assert not list(out.glob("*.tmp"))
    _store_intact(out / "crosscheck.sqlite")
    if target != "main" or sig != signal.SIGINT:
        return
    # And a rerun completes (once: each costs a full parse).
    rerun = subprocess.run([sys.executable, "-m", "crosscheck", "analyze", str(many), "--out", str(out), "-q"],
                           capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr


def test_full_disk_while_writing_exports_leaves_no_temp_file(tmp_path, monkeypatch):
    from crosscheck.report import exports

    (tmp_path / "r.txt").write_text("The storm hit the port of Hodeidah on Friday, officials said.")
    real = exports._atomic_write
    calls = []

    def full(path, write):
        calls.append(path)
        if len(calls) == 2:  # story.md: the disk fills halfway through it
            def half(handle):
                handle.write("# partial")
                raise OSError(errno.ENOSPC, "No space left on device", str(path) + ".tmp")
            return real(path, half)
        return real(path, write)

    monkeypatch.setattr(exports, "_atomic_write", full)
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 5 and "disk full" in result.output and "Traceback" not in result.output
    assert not list((tmp_path / "out").glob("*.tmp"))
    _store_intact(tmp_path / "out" / "crosscheck.sqlite")


@pytest.mark.skipif(os.geteuid() != 0, reason="needs a small tmpfs (root)")
def test_full_disk_while_parse_workers_run_ends_the_run(many, tmp_path):
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(small)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        start = time.time()
        proc = subprocess.run([sys.executable, "-m", "crosscheck", "analyze", str(many), "--out", str(small / "o"),
                               "-q"], capture_output=True, text=True, timeout=300)
        assert proc.returncode == 5 and "disk full" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert time.time() - start < 120
        assert not list((small / "o").glob("*.tmp"))
        _store_intact(small / "o" / "crosscheck.sqlite")
    finally:
        subprocess.run(["umount", "-l", str(small)])
