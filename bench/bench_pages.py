"""Speed of reading real web pages: crosscheck's ingest and clean beside trafilatura alone, same pages, same run.

    python bench/bench_pages.py [--pages 1000]

Pages: the 1,000 of ``../shared/data/htmldate_eval`` (real pages, most German; see its SOURCE.md),
decoded once before timing. crosscheck: ``ingest.html.html_to_raw`` (trafilatura's extraction, the
page's date from structured metadata and htmldate, its outlet and agency) and
``clean.clean_without_sentences`` (the text's boilerplate rules; the sentence split is the shared
spaCy parse, paid once by every later stage, and is left out of both sides). Baseline:
``trafilatura.bare_extraction(html, with_metadata=True)``, what a user would call to get the text,
title, date and site name of a page. Each side runs the pages once, in this process, one after the
other; the ratio is crosscheck's time over trafilatura's.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--interleave", action="store_true",
                    help="time both sides page by page, alternating (fairer on a machine whose load changes)")
    ap.add_argument("--cpu", action="store_true",
                    help="CPU time of this process (time.process_time) instead of wall time: the load of others aside")
    ap.add_argument("--progress", type=int, default=0, help="with --interleave: the running ratio every N pages")
    args = ap.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter

    import trafilatura

    from crosscheck.clean import clean_without_sentences
    from crosscheck.ingest.common import InputError, Limits
    from crosscheck.ingest.html import html_to_raw
    from evaluation.htmldate_eval import load, pages

    items = pages("all")[: args.pages]
    if not items:
        print("../shared/data/htmldate_eval is not here")
        return 1
    markups = [load(path) for _url, _gold, path in items]
    limits = Limits(seconds_per_document=0)

    kept = skipped = 0

    def crosscheck_page(i: int, markup: str) -> None:
        nonlocal kept, skipped
        try:
            clean_without_sentences(html_to_raw(markup, f"{i}.html", limits))
            kept += 1
        except InputError:
            skipped += 1

    if args.interleave:
        baseline = ours = 0.0
        for i, markup in enumerate(markups):
            start = clock()
            trafilatura.bare_extraction(markup, with_metadata=True)
            baseline += clock() - start
            start = clock()
            crosscheck_page(i, markup)
            ours += clock() - start
            if args.progress and (i + 1) % args.progress == 0:
                print(f"  {i + 1} pages: trafilatura {baseline:.1f} s, crosscheck {ours:.1f} s, "
                      f"ratio {ours / baseline:.2f}x", flush=True)
    else:
        start = clock()
        for markup in markups:
            trafilatura.bare_extraction(markup, with_metadata=True)
        baseline = clock() - start

        start = clock()
        for i, markup in enumerate(markups):
            crosscheck_page(i, markup)
        ours = clock() - start

    print(f"{len(markups)} pages ({kept} read, {skipped} skipped as no article text); "
          f"{'CPU' if args.cpu else 'wall'} time{', interleaved' if args.interleave else ''}")
    print(f"trafilatura.bare_extraction alone: {baseline:.1f} s ({1000 * baseline / len(markups):.1f} ms a page)")
    print(f"crosscheck ingest + clean:         {ours:.1f} s ({1000 * ours / len(markups):.1f} ms a page)")
    print(f"ratio: {ours / baseline:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
