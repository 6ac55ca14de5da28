"""Throughput and memory of `crosscheck stories` over a synthetic stream, 10k to 100k reports.

Same JSON-lines file for both runs, each in a fresh process (clean peak memory):
- baseline: read and clean every report (``read_inputs`` + ``clean_without_sentences``),
  what any tool must do before it can look at a report;
- crosscheck: ``pipeline.find_stories``: the same reading and cleaning, plus storing
  every report in SQLite (with its FTS5 index), the streaming copy scan, story
  clustering in time order (reports read back from the store), and storing the stories.
The ratio says what story finding costs beside reading the stream.

    python bench/bench_stories.py --reports 10000 30000 100000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import in_child, peak_mb  # noqa: E402
from synthetic import story_stream, write_jsonl  # noqa: E402

REPORTS_PER_STORY = 25  # planted stories: one per 25 reports, each alive 3 to 30 days within a year


def run_baseline(path: str, queue) -> None:
    from crosscheck.clean import clean_without_sentences
    from crosscheck.ingest import read_inputs

    started = time.perf_counter()
    n = sum(1 for raw in read_inputs([path]) if clean_without_sentences(raw).text)
    queue.put({"seconds": time.perf_counter() - started, "documents": n, "peak_mb": peak_mb()})


def run_stories(path: str, workdir: str, queue) -> None:
    from crosscheck.pipeline import find_stories
    from crosscheck.store import Store

    started = time.perf_counter()
    with Store(Path(workdir) / "stream.sqlite") as store:
        summary = find_stories([path], store, Path(workdir) / "work")
        seconds = time.perf_counter() - started
        peak = peak_mb()
        # Which planted report (line of the file) each story holds, for B-cubed against the plan.
        rows = {}
        for found in summary.stories:
            for first in range(0, len(found.documents), 1000):
                for d in store.load_documents_by_id(found.documents[first:first + 1000]):
                    rows[int(d.source.rsplit("#", 1)[1])] = found.id
    queue.put({"seconds": seconds, "documents": summary.documents, "stories": len(summary.stories),
               "copy_groups": summary.copy_groups, "peak_mb": peak, "rows": rows})


def _b_cubed(planted: list[str], found: dict[int, str]) -> float:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from evaluation.stories import b_cubed

    base = min(found) if found else 0  # record numbers may count from 0 or 1
    predicted = [found.get(i + base, f"missing-{i}") for i in range(len(planted))]
    return b_cubed(planted, predicted)[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = parser.parse_args()
    print(f"{'reports':>8} {'run':10} {'seconds':>8} {'docs/s':>8} {'peak MB':>8}  notes")
    first = None
    for n in args.reports:
        with tempfile.TemporaryDirectory() as tmp:
            reports = story_stream(n, max(1, n // REPORTS_PER_STORY))
            planted = [r["story"] for r in reports]
            path = write_jsonl(Path(tmp) / "stream.jsonl", reports)
            del reports
            base = in_child(run_baseline, str(path))
            ours = in_child(run_stories, str(path), tmp)
        quality = _b_cubed(planted, ours.pop("rows"))
        for name, r in (("read+clean", base), ("stories", ours)):
            notes = (f"{r['stories']:,} stories ({len(set(planted)):,} planted; B-cubed F1 {quality:.1f}), "
                     f"{r['copy_groups']:,} copy groups") if name == "stories" else ""
            print(f"{n:>8,} {name:10} {r['seconds']:8.1f} {r['documents'] / r['seconds']:8.0f} {r['peak_mb']:8.0f}  {notes}")
        print(f"{'':>8} {'ratio':10} {ours['seconds'] / base['seconds']:8.2f}x (stories / read+clean, same run)")
        if first is None:
            first = (n, ours["seconds"])
        else:
            print(f"{'':>8} {'growth':10} time x{ours['seconds'] / first[1]:.2f} for reports x{n / first[0]:.1f} "
                  f"(from {first[0]:,})")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
