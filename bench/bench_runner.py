"""The local runner against the Dask runner with 1 and 2 workers, on the same synthetic reports.

Each run is `analyze` over one JSON lines file into a fresh store, in a fresh process
(bench/common.py). The cluster's start-up (workers spawned, spaCy model loaded once per
worker) is timed apart from the run. Afterwards every store is read back and compared
with the local runner's, record for record (documents, copy groups, entities, timeline,
claims, quotes, findings, brief).

    python bench/bench_runner.py --reports 2000
    python bench/bench_runner.py --reports 2000 --stories   # a stream of many small stories

With ``--stories`` the input is a stream of stories (``synthetic.story_stream``, one
story per 25 reports): each run finds the stories (``find_stories``, on this machine)
and then times the runner's ``analyze_stories`` over all of them, as
``crosscheck stories --analyze 1 --runner ...`` does: one task per story on Dask.

The figure to watch is the speed-up of 2 workers over 1 (same runner, same data);
the local runner already parses on 2 processes (`Settings.processes`), so it is the
single-machine reference rather than a 1-core baseline.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import in_child, peak_mb  # noqa: E402
from synthetic import corpus, story_stream, write_jsonl  # noqa: E402

STORY = "bench"


def _snapshot_code(folder: Path) -> Path:
    """Copy the crosscheck package as it is now, and make every process of this benchmark
    (runs, cluster workers) import that copy: other people edit the working tree, and the
    three runs must measure, and compare, the same code."""
    package = Path(importlib.util.find_spec("crosscheck").origin).parent
    shutil.copytree(package, folder / "crosscheck", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(folder))
    os.environ["PYTHONPATH"] = os.pathsep.join([str(folder)] + [p for p in [os.environ.get("PYTHONPATH")] if p])
    return folder


def _run(runner_name: str, workers: int, path: str, db: str, queue) -> None:
    import crosscheck
    from crosscheck.runners import make_runner
    from crosscheck.store import Store

    assert os.environ["PYTHONPATH"].split(os.pathsep)[0] in crosscheck.__file__, "not the snapshot"

    start = time.perf_counter()
    runner = make_runner(runner_name, workers=workers)
    started = time.perf_counter()
    with runner, Store(db) as store:
        summary = runner.run([path], store, STORY)
    end = time.perf_counter()
    # CPU seconds of this process and its (joined) worker processes, start-up included: on a
    # machine shared with other jobs the wall clock alone does not say what the run cost.
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    queue.put({"startup": started - start, "seconds": end - started, "documents": summary.documents,
               "peak_mb": peak_mb(), "cpu": cpu, "load": os.getloadavg()[0]})


def _run_stories(runner_name: str, workers: int, path: str, db: str, queue) -> None:
    import crosscheck
    from crosscheck.pipeline import Settings, find_stories
    from crosscheck.runners import make_runner
    from crosscheck.store import Store

    assert os.environ["PYTHONPATH"].split(os.pathsep)[0] in crosscheck.__file__, "not the snapshot"

    with Store(db) as store:
        summary = find_stories([path], store, Path(db).with_suffix(".work"))
        names = [summary.names[s.id] for s in summary.stories]
        start = time.perf_counter()
        runner = make_runner(runner_name, workers=workers)
        started = time.perf_counter()
        with runner:
            runner.analyze_stories(store, names, Settings())
        end = time.perf_counter()
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    queue.put({"startup": started - start, "seconds": end - started, "documents": summary.documents,
               "peak_mb": peak_mb(), "cpu": cpu, "load": os.getloadavg()[0], "stories": len(names)})


def _records(db: str) -> dict:
    from crosscheck.runners.common import story_records
    from crosscheck.store import Store

    with Store(db) as store:
        names = [r["name"] for r in store.db.execute("SELECT name FROM stories ORDER BY name")]
        if names == [STORY]:
            return story_records(store, STORY)
        return {f"{name}/{kind}": records for name in names for kind, records in story_records(store, name).items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--stories", action="store_true", help="A stream of many stories, analysed story by story.")
    args = parser.parse_args()
    runs = [("local", "local", 1), ("dask, 1 worker", "dask", 1), ("dask, 2 workers", "dask", 2)]
    with tempfile.TemporaryDirectory() as tmp:
        _snapshot_code(Path(tmp) / "code")
        reports = (story_stream(args.reports, max(1, args.reports // 25), words=args.words) if args.stories
                   else corpus(args.reports, words=args.words))
        path = write_jsonl(Path(tmp) / "reports.jsonl", reports)
        results = {}
        for label, name, workers in runs:
            db = str(Path(tmp) / f"{name}-{workers}.sqlite")
            results[label] = in_child(_run_stories if args.stories else _run, name, workers, str(path), db)
            results[label]["records"] = _records(db)
    reference = results["local"]["records"]
    print(f"reports: {args.reports:,} ({args.words} words each), stored: {results['local']['documents']:,}"
          + (f", in {results['local']['stories']:,} stories (run s: analyze_stories only)" if args.stories else ""))
    print(f"{'':18}{'start-up s':>11}{'run s':>9}{'docs/s':>9}{'CPU s':>8}{'peak MB':>9}{'load':>6}"
          "  same records as local")
    for label, _, _ in runs:
        r = results[label]
        same = "yes" if r["records"] == reference else "NO: " + ", ".join(
            k for k in reference if r["records"].get(k) != reference[k])
        print(f"{label:18}{r['startup']:>11.1f}{r['seconds']:>9.1f}{r['documents'] / r['seconds']:>9.1f}"
              f"{r['cpu']:>8.0f}{r['peak_mb']:>9.0f}{r['load']:>6.1f}  {same}")
    one, two = results["dask, 1 worker"]["seconds"], results["dask, 2 workers"]["seconds"]
    print(f"speed-up, 2 workers over 1: {one / two:.2f}x; 2 workers over local: "
          f"{results['local']['seconds'] / two:.2f}x")
    print(f"machine: {os.cpu_count()} cores; load = 1-minute load average at the end of each run "
          "(above the core count, other jobs were sharing the cores)")
    totals: dict[str, int] = {}
    for key, records in reference.items():
        kind = key.rsplit("/", 1)[-1]
        totals[kind] = totals.get(kind, 0) + len(records)
    print("records compared: " + ", ".join(f"{k} {v:,}" for k, v in totals.items()))


if __name__ == "__main__":
    main()
