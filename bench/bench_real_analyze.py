"""`crosscheck analyze` end to end beside spaCy's own `nlp.pipe`, on real reports (issue 18).

Two corpora built at run time from ``../shared/data`` (``bench/real_corpus.py``): ``mix``, 1,000
real reports of mixed outlets and sets, and ``syndicated``, one Timeline17 topic across its outlets
with 30% copies and shared wire passages. The baseline is ``nlp.pipe`` with the same model on the
same texts, with the same number of processes; each measurement runs in a fresh process, baseline
and analyze back to back, ``--repeat`` times, so the ratio is read within one run.

    python bench/bench_real_analyze.py --corpus mix --reports 1000 --processes 1 --repeat 2
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import in_child, peak_mb, write_story_report  # noqa: E402


def _run_analyze(path: str, workdir: str, processes: int, queue, src: str | None = None) -> None:
    if src:  # another version of crosscheck (``--before``), in this fresh process only
        sys.path.insert(0, src)
    from crosscheck import nlp
    from crosscheck.pipeline import Settings, run
    from crosscheck.store import Store

    start = time.perf_counter()
    cpu = _cpu()
    marks: dict[str, float] = {}
    cpu_marks: dict[str, float] = {}  # CPU seconds (this process and its finished workers) at each stage's start

    def progress(stage: str, done: int, total: int) -> None:
        marks.setdefault(stage, time.perf_counter())
        cpu_marks.setdefault(stage, _cpu())

    with Store(Path(workdir) / "bench.sqlite") as store:
        summary = run([path], store, "bench", Settings(processes=processes), progress=progress)
        marks["report"] = time.perf_counter()
        cpu_marks["report"] = _cpu()
        write_story_report(store, "bench", Path(workdir) / "out")
    end = time.perf_counter()
    cpu_end = _cpu()
    seconds = end - start
    names = [n for n in marks if n != "ingest"]
    stages = {"ingest+parse": marks.get(names[0], end) - start if names else seconds}
    stages.update({n: (marks[names[i + 1]] if i + 1 < len(names) else end) - marks[n] for i, n in enumerate(names)})
    stage_cpu = {"ingest+parse": cpu_marks.get(names[0], cpu_end) - cpu if names else cpu_end - cpu}
    stage_cpu.update({n: (cpu_marks[names[i + 1]] if i + 1 < len(names) else cpu_end) - cpu_marks[n]
                      for i, n in enumerate(names)})
    stats = getattr(nlp, "parse_statistics", dict)()
    queue.put({"seconds": seconds, "peak_mb": peak_mb(), "documents": summary.documents, "stats": stats,
               "stages": stages, "stage_cpu": stage_cpu, "cpu": cpu_end - cpu, "child_peak_mb": _child_peak_mb()})


def _run_baseline(path: str, processes: int, queue) -> None:
    from crosscheck.nlp import load_pipeline

    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    start = time.perf_counter()
    cpu = _cpu()
    nlp = load_pipeline()
    for _ in nlp.pipe(texts, batch_size=32, n_process=processes):
        pass
    queue.put({"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "documents": len(texts),
               "cpu": _cpu() - cpu})


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its finished workers: on a machine shared
    with other jobs, the measure the load moves least (wall seconds are printed too)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _child_peak_mb() -> float:
    """Peak resident memory of the largest finished worker of this process (parse or per-report
    workers), in MB: the parent's ``peak_mb`` does not see them (forked pages shared, so not summed)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _print_round(label: str, base: dict, run: dict) -> None:
    """One row of the table (wall seconds, ratio, peak MB), then CPU seconds and time by stage when known."""
    print(f"{label:<7}{base['seconds']:>12.1f}{run['seconds']:>12.1f}{run['seconds'] / base['seconds']:>7.2f}x"
          f"{base['peak_mb']:>9.0f}{run['peak_mb']:>12.0f}", flush=True)
    if "cpu" in run and "cpu" in base:
        print(f"   CPU s: nlp.pipe {base['cpu']:.1f}, analyze {run['cpu']:.1f}, "
              f"ratio {run['cpu'] / base['cpu']:.2f}x", flush=True)
    if "child_peak_mb" in run:
        print(f"   analyze peak MB: main {run['peak_mb']:.0f}, largest worker {run['child_peak_mb']:.0f}", flush=True)
    if run.get("stages"):
        print("   analyze by stage (s): " + ", ".join(f"{k} {v:.1f}" for k, v in run["stages"].items()), flush=True)
    if run.get("stage_cpu"):
        print("   analyze by stage (CPU s): " + ", ".join(f"{k} {v:.1f}" for k, v in run["stage_cpu"].items()), flush=True)

def main() -> None:
    import real_corpus

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=("mix", "syndicated"), default="mix")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--before", help="the src folder of another crosscheck (e.g. `git archive` of the base): "
                        "its analyze is run too, in the same round, on the same texts")
    args = parser.parse_args()
    reports = getattr(real_corpus, args.corpus)(args.reports)
    words = sum(len(r["text"].split()) for r in reports)
    print(f"corpus {args.corpus}: {len(reports):,} reports, {words / len(reports):.0f} words each on average; "
          f"{args.processes} process(es) on both sides", flush=True)
    print(f"{'round':<7}{'nlp.pipe s':>12}{'analyze s':>12}{'ratio':>8}{'pipe MB':>9}{'analyze MB':>12}", flush=True)
    ratios = []
    for k in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            path = real_corpus.write(reports, Path(tmp) / "reports.jsonl")
            base = in_child(_run_baseline, str(path), args.processes)
            if args.before:
                Path(tmp, "before").mkdir()
                old = in_child(_run_analyze, str(path), str(Path(tmp, "before")), args.processes,
                               src=str(Path(args.before).resolve()))
                _print_round("before", base, old)
            full = in_child(_run_analyze, str(path), tmp, args.processes)
        ratios.append(full["seconds"] / base["seconds"])
        _print_round(str(k + 1), base, full)
        if full.get("stats"):
            print("   parse: " + ", ".join(f"{k} {v:,}" for k, v in full["stats"].items()), flush=True)
    print(f"ratio analyze / nlp.pipe: {', '.join(f'{r:.2f}x' for r in ratios)}")


if __name__ == "__main__":
    main()
