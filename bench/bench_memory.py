"""Peak memory of `crosscheck analyze` on one story as the story grows (issue 18).

Each size runs in a fresh process: the whole run (ingest, parse, every stage, the report files) on
synthetic reports (``bench/synthetic.py``), default settings (parsing on every core). Printed: the
peak resident memory of the run's own process (getrusage), the peak of that process plus its parse
workers (sampled 5 times a second; forked workers share pages, so this sum over-counts), and the
peak of the run's process by stage.

    python bench/bench_memory.py --reports 2000 10000 --words 150
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import in_child, peak_mb, write_story_report  # noqa: E402
from synthetic import corpus, write_jsonl  # noqa: E402


def _run(path: str, workdir: str, processes: int, queue) -> None:
    import psutil

    from crosscheck.pipeline import Settings, run
    from crosscheck.store import Store

    me = psutil.Process()
    peaks = {"with workers": 0.0}
    by_stage: dict[str, float] = {}
    current = ["ingest"]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            try:
                own = me.memory_info().rss / 2**20
                kids = sum(c.memory_info().rss for c in me.children(recursive=True)) / 2**20
            except psutil.Error:
                continue
            peaks["with workers"] = max(peaks["with workers"], own + kids)
            by_stage[current[0]] = max(by_stage.get(current[0], 0.0), own)

    threading.Thread(target=sample, daemon=True).start()

    entry: dict[str, float] = {}
    began: dict[str, float] = {}

    def progress(stage: str, done_: int, total: int) -> None:
        if stage not in entry:  # the stage's first call: its resident memory and clock on entry
            entry[stage] = me.memory_info().rss / 2**20
            began[stage] = time.perf_counter()
        current[0] = stage

    start = time.perf_counter()
    settings = Settings() if processes <= 0 else Settings(processes=processes)
    with Store(Path(workdir) / "bench.sqlite") as store:
        summary = run([path], store, "bench", settings, progress=progress)
        progress("report", 0, 0)
        write_story_report(store, "bench", Path(workdir) / "out")
    done.set()
    queue.put({"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "documents": summary.documents,
               "with_workers": peaks["with workers"], "by_stage": by_stage, "processes": settings.processes,
               "entry": entry, "began": {k: v - start for k, v in began.items()}})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, nargs="+", default=[2000, 10000, 50000])
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--processes", type=int, default=0, help="0: the default (every core)")
    parser.add_argument("--detail", action="store_true",
                        help="per stage: resident memory on entry, peak while it runs, growth, start time")
    args = parser.parse_args()
    print(f"{'reports':>8}{'seconds':>10}{'peak MB':>10}{'+workers MB':>13}  peak MB by stage", flush=True)
    for n in args.reports:
        with tempfile.TemporaryDirectory() as tmp:
            path = write_jsonl(Path(tmp) / "reports.jsonl", corpus(n, words=args.words))
            r = in_child(_run, str(path), tmp, args.processes)
        stages = ", ".join(f"{k} {v:.0f}" for k, v in r["by_stage"].items())
        print(f"{n:>8,}{r['seconds']:>10.0f}{r['peak_mb']:>10.0f}{r['with_workers']:>13.0f}  {stages} "
              f"({r['processes']} processes)", flush=True)
        if args.detail:  # per stage: RSS on entry, peak while current, growth, start (s into the run)
            for k, v in r["by_stage"].items():
                e = r["entry"].get(k, 0.0)
                print(f"    {k:<12} entry {e:7.0f}  peak {v:7.0f}  growth {v - e:+7.0f} MB"
                      f"  from {r['began'].get(k, 0.0):7.0f} s", flush=True)


if __name__ == "__main__":
    main()
