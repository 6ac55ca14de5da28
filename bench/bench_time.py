"""Speed of the time stage on synthetic reports, beside spaCy's parse and dateparser in the same run.

    python bench/bench_time.py --reports 1000 [--dateparser-reports 100]

The time stage is what the pipeline runs for it: ``resolve_times`` (every time
expression resolved against its report's publication date), ``date_undated`` and
``build_timeline`` (events merged across reports, date conflicts). It reads the
shared spaCy parse (crosscheck.nlp), so the first baseline is that parse of the
same texts (paid once by every stage that reads it). The second is what one
would write without crosscheck: ``dateparser.search_dates`` over each text with
the publication date as the relative base; it is slow, so it runs on the first
``--dateparser-reports`` reports and its rate is compared per report.

``--undated-every N`` (issue 22w, twenty-second session): every Nth report has no publication day, and the stage runs
as the pipeline runs it (``resolve_times``, ``date_undated``, ``resolve_found_days``, ``weekdays_by_happening``,
``build_timeline``); the weekday step is timed apart. 0 (the default): every report dated, the figures of
bench/results/time.md.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import synthetic_setup  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    run = synthetic_setup(__doc__.split("\n")[0], argv, dated=True,
                          extra={"dateparser-reports": 100, "undated-every": 0})
    args, reports, documents, groups, parse_seconds = run.args, run.reports, run.documents, run.groups, run.parse_seconds

    from crosscheck import time as time_stage
    from crosscheck.records import PublishedDate, Sources

    sources = Sources(groups)
    if args.undated_every:
        for d in documents[::args.undated_every]:
            d.published = PublishedDate()

    start = time.perf_counter()
    unread: dict | None = {}
    try:
        timexes = time_stage.resolve_times(documents, unread)
    except TypeError:  # (a version before 22w: the weekday step finds the undated reports' expressions itself)
        unread = None
        timexes = time_stage.resolve_times(documents)
    resolve_seconds = time.perf_counter() - start
    dated = time_stage.date_undated(documents, timexes, groups)
    weekday_seconds = 0.0
    if args.undated_every:
        timexes = time_stage.resolve_found_days(documents, dated, timexes)
        weekdays = time.perf_counter()
        timexes = (time_stage.weekdays_by_happening(dated, timexes) if unread is None
                   else time_stage.weekdays_by_happening(dated, timexes, unread))
        weekday_seconds = time.perf_counter() - weekdays
    events, conflicts = time_stage.build_timeline(dated, timexes, [], sources)
    stage_seconds = time.perf_counter() - start

    import dateparser.search

    sample = reports[: args.dateparser_reports]
    start = time.perf_counter()
    found = 0
    for r in sample:
        base = datetime.fromisoformat(r["published"])
        found += len(dateparser.search.search_dates(
            r["text"], languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or [])
    dateparser_seconds = time.perf_counter() - start

    words = sum(len(d.text.split()) for d in documents)
    n = len(documents)
    print(f"{n} reports, {words:,} words; {len(timexes):,} time expressions, {len(events):,} events, "
          f"{len(conflicts)} date conflicts")
    print(f"{'':58} {'seconds':>8} {'reports/s':>10}")
    print(f"{'baseline: spaCy parse of the same texts (1 process)':58} {parse_seconds:8.2f} {n / parse_seconds:10.1f}")
    print(f"{'time stage on the cached parse':58} {stage_seconds:8.2f} {n / stage_seconds:10.1f}")
    print(f"{'  of which resolve_times':58} {resolve_seconds:8.2f} {n / resolve_seconds:10.1f}")
    if args.undated_every:
        print(f"{f'  of which weekdays_by_happening (1 in {args.undated_every} undated)':58} {weekday_seconds:8.2f}")
    rate = len(sample) / dateparser_seconds if dateparser_seconds else float("inf")
    print(f"{f'baseline: dateparser.search_dates, first {len(sample)} reports':58} {dateparser_seconds:8.2f} "
          f"{rate:10.1f}   ({found:,} dates found)")
    print(f"ratio time stage / parse: {stage_seconds / parse_seconds:.2f}; "
          f"time stage per report vs dateparser per report: {(stage_seconds / n) / (dateparser_seconds / len(sample)):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
