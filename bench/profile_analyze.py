"""cProfile of one `crosscheck analyze` (ingest, parse, every stage, the story report) on real
reports (issue 18): where the CPU goes after the parse.

    nice -n 10 python bench/profile_analyze.py --corpus mix --reports 300 --out /tmp/analyze.prof

Prints the top functions by own time and by cumulative time; ``--out`` keeps the raw profile
(``python -m pstats``). Profiling slows Python code more than spaCy's compiled parts: read ranks.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    import real_corpus
    from common import cpu_seconds, write_story_report
    from crosscheck import nlp
    from crosscheck.pipeline import Settings, run
    from crosscheck.store import Store

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=("mix", "syndicated"), default="mix")
    ap.add_argument("--reports", type=int, default=300)
    ap.add_argument("--out", default=None)
    ap.add_argument("--top", type=int, default=45)
    ap.add_argument("--stages", action="store_true", help="profile only what follows the parse (the stages "
                    "and the report); CPU time (process_time) as the profiler's clock")
    args = ap.parse_args()
    reports = getattr(real_corpus, args.corpus)(args.reports)
    nlp.load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        path = real_corpus.write(reports, Path(tmp) / "in.jsonl")
        prof = cProfile.Profile(time.process_time) if args.stages else cProfile.Profile()
        cpu, wall = cpu_seconds(), time.perf_counter()
        with Store(Path(tmp) / "s.sqlite") as store:
            if args.stages:
                from crosscheck import pipeline

                inner = pipeline._analyze_story

                def profiled(*a, **k):
                    prof.enable()
                    return inner(*a, **k)

                pipeline._analyze_story = profiled
            else:
                prof.enable()
            run([str(path)], store, "p", Settings(processes=1))
            write_story_report(store, "p", Path(tmp) / "out")
            prof.disable()
    print(f"{len(reports)} reports: CPU {cpu_seconds() - cpu:.1f} s (profiled), wall {time.perf_counter() - wall:.1f} s")
    if args.out:
        prof.dump_stats(args.out)
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top * 2)


if __name__ == "__main__":
    main()
