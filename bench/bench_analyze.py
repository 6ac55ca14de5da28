"""Time and peak memory of `crosscheck analyze` on synthetic reports.

Baseline, in the same run and on the same texts: spaCy's own ``nlp.pipe`` with
the same model, the cost floor of any pipeline that parses every report once.
The figure to watch is the ratio (analyze / baseline), since machines differ.

    python bench/bench_analyze.py --reports 1000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import in_child, peak_mb  # noqa: E402
from synthetic import corpus, write_jsonl  # noqa: E402


def _run_analyze(path: str, workdir: str, queue) -> None:
    from crosscheck.pipeline import run
    from crosscheck.report import build_story, write_all
    from crosscheck.store import Store

    import threading

    import psutil

    start = time.perf_counter()
    marks: dict[str, float] = {}
    # Resident memory of this process, sampled 5 times a second, peak by stage: where a large
    # story's memory goes (the parse workers of the ingest are not counted).
    memory: dict[str, float] = {}
    current = ["ingest"]
    done = threading.Event()

    def sample() -> None:
        me = psutil.Process()
        while not done.wait(0.2):
            memory[current[0]] = max(memory.get(current[0], 0.0), me.memory_info().rss / 2**20)

    threading.Thread(target=sample, daemon=True).start()

    def progress(stage: str, done: int, total: int) -> None:
        marks.setdefault(stage, time.perf_counter())
        if stage != "ingest":
            current[0] = stage

    with Store(Path(workdir) / "bench.sqlite") as store:
        summary = run([path], store, "bench", progress=progress)
        marks["report"] = time.perf_counter()
        current[0] = "report"
        write_all(build_story(store, "bench"), Path(workdir) / "out")
    end = time.perf_counter()
    done.set()
    names = list(marks)
    stages = {name: (marks[names[i + 1]] if i + 1 < len(names) else end) - marks[name] for i, name in enumerate(names)}
    stages["ingest"] = marks.get("copies", end) - start
    queue.put({"seconds": end - start, "peak_mb": peak_mb(), "documents": summary.documents, "stages": stages,
               "memory": memory})


def _run_baseline(path: str, queue) -> None:
    from crosscheck.nlp import load_pipeline

    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    start = time.perf_counter()
    nlp = load_pipeline()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    queue.put({"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "documents": len(texts)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(Path(tmp) / "reports.jsonl", corpus(args.reports, words=args.words))
        words = sum(len(json.loads(line)["text"].split()) for line in open(path))
        base = in_child(_run_baseline, str(path))
        full = in_child(_run_analyze, str(path), tmp)
    print(f"reports: {args.reports:,} ({words / args.reports:.0f} words each on average)")
    print(f"{'':24}{'seconds':>10}{'docs/s':>10}{'peak MB':>10}")
    for name, r in (("spaCy nlp.pipe baseline", base), ("crosscheck analyze", full)):
        print(f"{name:24}{r['seconds']:>10.1f}{r['documents'] / r['seconds']:>10.1f}{r['peak_mb']:>10.0f}")
    print(f"ratio analyze / baseline: time {full['seconds'] / base['seconds']:.2f}x, "
          f"peak memory {full['peak_mb'] / base['peak_mb']:.2f}x")
    print("analyze by stage (s): " + ", ".join(f"{k} {v:.1f}" for k, v in full["stages"].items()))
    print("peak MB by stage: " + ", ".join(f"{k} {v:.0f}" for k, v in full["memory"].items()))


if __name__ == "__main__":
    main()
