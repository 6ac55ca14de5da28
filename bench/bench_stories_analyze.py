"""Throughput and memory of `crosscheck stories --analyze 1`: every report of a synthetic
stream split into stories, then every story analysed and its report written.

This is what the stream path does end to end: ``find_stories`` (read, clean, store,
copy scan, clustering), the runner's ``analyze_stories`` (parse, then copies,
entities, time, claims, quotes, reconcile and brief of each story) and
``write_all(build_story(...))`` for each story, as the command line calls them.
It runs in a fresh process; this process samples the resident memory of that
process and of every process it starts (spaCy's parse workers, Dask's workers)
twice a second and reports the peak of their sum (an upper bound: forked workers
share the model's pages with their parent).

Baseline, in the same run, on the first reports of the same stream: read, clean
and parse them with spaCy's ``nlp.pipe`` on as many processes as ``analyze``
uses (2 here), the floor of any tool that parses every report once. Figures to
read: docs/s against the baseline's docs/s, and growth from the smallest size.

    python bench/bench_stories_analyze.py --reports 10000 100000
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_stories import REPORTS_PER_STORY  # noqa: E402
from synthetic import story_stream, write_jsonl  # noqa: E402


def run_baseline(path: str, limit: int, processes: int, queue) -> None:
    import itertools

    from crosscheck import nlp
    from crosscheck.clean import clean_without_sentences
    from crosscheck.ingest import read_inputs

    model = nlp.load_pipeline()
    started = time.perf_counter()
    texts = (clean_without_sentences(raw).text for raw in itertools.islice(read_inputs([path]), limit))
    n = sum(1 for _ in model.pipe(texts, batch_size=32, n_process=processes))
    queue.put({"seconds": time.perf_counter() - started, "documents": n})


def run_stories_analyze(path: str, workdir: str, runner: str, workers: int, queue) -> None:
    from crosscheck.pipeline import Settings, find_stories
    from crosscheck.report import build_story, write_all
    from crosscheck.runners import make_runner
    from crosscheck.store import Store

    marks = {"start": time.perf_counter()}
    with Store(Path(workdir) / "stream.sqlite") as store:
        summary = find_stories([path], store, Path(workdir) / "work")
        marks["stories"] = time.perf_counter()
        names = [summary.names[s.id] for s in summary.stories]
        with make_runner(runner, workers) as engine:
            engine.analyze_stories(store, names, Settings())
        marks["analyze"] = time.perf_counter()
        for name in names:
            write_all(build_story(store, name), Path(workdir) / "out" / name)
        marks["reports"] = time.perf_counter()
        counts = dict(store.db.execute("SELECT kind, COUNT(*) FROM stage_records GROUP BY kind").fetchall())
    queue.put({"documents": summary.documents, "stories": len(names), "marks": marks, "counts": counts})


def measured(target, *args) -> tuple[dict, float]:
    """Run ``target(*args, queue)`` in a fresh process; its result and the peak summed
    resident memory (MB) of it and its descendants."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    root = psutil.Process(proc.pid)
    peak = 0.0
    result = None
    while result is None:
        try:
            result = queue.get(timeout=0.5)
        except Exception:  # queue.Empty: still running
            if not proc.is_alive():
                raise SystemExit(f"benchmark process died (exit {proc.exitcode})")
        try:
            family = [root, *root.children(recursive=True)]
            total = 0
            for p in family:
                try:
                    total += p.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
            peak = max(peak, total / 2**20)
        except psutil.NoSuchProcess:
            pass
    proc.join()
    return result, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--words", type=int, default=400, help="Words a report (default 400).")
    parser.add_argument("--baseline-reports", type=int, default=2_000,
                        help="Reports the spaCy baseline parses (the start of each stream).")
    parser.add_argument("--runner", default="local", help="local or dask.")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    processes = 2
    print(f"{'reports':>8} {'run':18} {'seconds':>8} {'docs/s':>7} {'peak MB':>8}  notes", flush=True)
    first = None
    for n in args.reports:
        with tempfile.TemporaryDirectory() as tmp:
            path = write_jsonl(Path(tmp) / "stream.jsonl",
                               story_stream(n, max(1, n // REPORTS_PER_STORY), words=args.words))
            base, base_peak = measured(run_baseline, str(path), min(n, args.baseline_reports), processes)
            ours, peak = measured(run_stories_analyze, str(path), tmp, args.runner, args.workers)
        m = ours["marks"]
        seconds = m["reports"] - m["start"]
        base_rate = base["documents"] / base["seconds"]
        print(f"{n:>8,} {'spaCy parse':18} {base['seconds']:8.1f} {base_rate:7.1f} {base_peak:8.0f}  "
              f"first {base['documents']:,} reports, read+clean+nlp.pipe on {processes} processes", flush=True)
        print(f"{n:>8,} {'stories --analyze':18} {seconds:8.1f} {ours['documents'] / seconds:7.1f} {peak:8.0f}  "
              f"{args.runner} runner; {ours['stories']:,} stories; stories {m['stories'] - m['start']:.0f} s, "
              f"analyze {m['analyze'] - m['stories']:.0f} s, reports {m['reports'] - m['analyze']:.0f} s "
              f"{', '.join(f'{k} {v:,}' for k, v in sorted(ours['counts'].items()))}", flush=True)
        print(f"{'':>8} {'ratio':18} {base_rate / (ours['documents'] / seconds):8.2f}x "
              f"(seconds a report: stories --analyze / spaCy parse, same run)", flush=True)
        if first is None:
            first = (n, seconds)
        else:
            print(f"{'':>8} {'growth':18} time x{seconds / first[1]:.2f} for reports x{n / first[0]:.1f} "
                  f"(from {first[0]:,})", flush=True)


if __name__ == "__main__":
    main()
