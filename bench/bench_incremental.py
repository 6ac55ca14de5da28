"""Cost of adding a few reports to a large story against analysing it again from scratch (issue 17).

Three measurements, each in a fresh process (so nothing is cached in memory between them):

- setup (not a figure): ``run`` over the first N reports into a store;
- update: the N-report store (copied) gets the last K reports: read, cleaned, parsed, the
  stages rerun with every old report's parse and per-report outputs taken from the store,
  the digest of what changed worked out (``changes.update``, what ``crosscheck watch`` does);
- warm update: the same update in a process that has already updated another story (libraries
  loaded: spaCy, the unit registry, dateparser), as in a running ``crosscheck watch``; the fresh
  process above is a ``crosscheck watch --once`` from cron;
- scratch: ``run`` over all N + K reports into an empty store, as ``crosscheck analyze``.

Neither writes the report files (the same cost for both). The figure is update / scratch.

    python bench/bench_incremental.py --reports 1000 --new 10
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import cpu_seconds, in_child, peak_mb  # noqa: E402
from synthetic import corpus, write_jsonl  # noqa: E402


def _stage_clock():
    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        marks.setdefault(stage, time.perf_counter())

    return marks, progress


def _stages(start: float, marks: dict[str, float], end: float) -> dict[str, float]:
    names = list(marks)
    out = {name: (marks[names[i + 1]] if i + 1 < len(names) else end) - marks[name] for i, name in enumerate(names)}
    out["ingest"] = marks.get("copies", end) - start
    return out


def _code(src: str | None) -> str:
    """Import crosscheck from ``src`` (a checkout's ``src``, ``--baseline``) or as installed; its package's folder."""
    if src:
        sys.path.insert(0, src)
    import crosscheck

    return str(Path(crosscheck.__file__).parent)


def _run_scratch(paths: list[str], db: str, queue, src: str | None = None) -> None:
    code = _code(src)
    from crosscheck.pipeline import run
    from crosscheck.store import Store

    marks, progress = _stage_clock()
    start, cpu0 = time.perf_counter(), cpu_seconds()
    with Store(db) as store:
        summary = run(paths, store, "bench", progress=progress)
    end = time.perf_counter()
    queue.put({"seconds": end - start, "cpu": cpu_seconds() - cpu0, "documents": summary.documents, "peak_mb": peak_mb(),
               "stages": _stages(start, marks, end), "code": code})


def _run_update(path: str, db: str, warm_with: str | None, queue, src: str | None = None) -> None:
    code = _code(src)
    from crosscheck import changes, nlp
    from crosscheck.ingest import read_inputs
    from crosscheck.pipeline import Settings
    from crosscheck.store import Store

    if warm_with:
        # A watcher that has run before: its libraries loaded (spaCy, the unit registry, dateparser) by an
        # update of another story, in a store of its own; nothing of it is kept for this one (parse cache cleared).
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "warm.sqlite") as store:
            changes.update(store, "warm", read_inputs([warm_with]), Settings())
        nlp.clear_cache()
    marks, progress = _stage_clock()
    start, cpu0 = time.perf_counter(), cpu_seconds()
    with Store(db) as store:
        digest = changes.update(store, "bench", read_inputs([path]), Settings(), progress=progress)
    end = time.perf_counter()
    queue.put({"seconds": end - start, "cpu": cpu_seconds() - cpu0, "documents": len(digest["reports"]), "peak_mb": peak_mb(),
               "stages": _stages(start, marks, end), "code": code})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--new", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the fresh update and the scratch run this many times each, alternating; "
                             "medians are shown (the warm update runs once)")
    parser.add_argument("--compare", action="store_true",
                        help="after the runs, compare the last update's store with the last scratch run's, row for "
                             "row (every stage's records: story, stage, kind, seq, document, data)")
    parser.add_argument("--keep", metavar="DIR", help="keep the setup store in DIR and take it from there next "
                        "time (a store of the same code, --reports and --new)")
    parser.add_argument("--baseline", metavar="SRC",
                        help="another checkout's src folder (e.g. /work/main/src): its update runs too, right after "
                             "this tree's in each repeat, from a setup store made by its own code (kept in --keep DIR "
                             "as baseline-N-K.sqlite); both ratios are over this tree's scratch runs (the scratch "
                             "differs between the two only by what this tree changed in a scratch run)")
    args = parser.parse_args()
    if args.repeat > 1 or args.keep or args.compare or args.baseline:
        return _repeated(args)
    with tempfile.TemporaryDirectory() as tmp:
        reports = corpus(args.reports + args.new)
        old = str(write_jsonl(Path(tmp) / "old.jsonl", reports[:args.reports]))
        new = str(write_jsonl(Path(tmp) / "new.jsonl", reports[args.reports:]))
        base = Path(tmp) / "base.sqlite"
        setup = in_child(_run_scratch, [old], str(base))
        shutil.copy(base, Path(tmp) / "update.sqlite")
        shutil.copy(base, Path(tmp) / "warm.sqlite")
        # Two reports that are not in the story (another draw of the generator), for the warm run's first update.
        other = str(write_jsonl(Path(tmp) / "other.jsonl", [dict(r, id=f"other-{r['id']}") for r in corpus(2, seed=99)]))
        update = in_child(_run_update, new, str(Path(tmp) / "update.sqlite"), None)
        warm = in_child(_run_update, new, str(Path(tmp) / "warm.sqlite"), other)
        scratch = in_child(_run_scratch, [old, new], str(Path(tmp) / "scratch.sqlite"))
    print(f"story of {args.reports:,} reports, {args.new} new (setup of the old story: {setup['seconds']:.1f} s)")
    print(f"{'':44}{'seconds':>10}{'CPU s':>10}{'peak MB':>10}")
    rows = ((f"update: {args.new} new reports, fresh process", update),
            (f"update: {args.new} new, process warm", warm), (f"scratch: all {args.reports + args.new:,}", scratch))
    for name, r in rows:
        print(f"{name:44}{r['seconds']:>10.1f}{r['cpu']:>10.1f}{r['peak_mb']:>10.0f}")
    for name, r in (("update (fresh process)", update), ("update (warm process, as a running watch)", warm)):
        print(f"ratio {name} / scratch: {r['seconds'] / scratch['seconds']:.3f} "
              f"({100 * r['seconds'] / scratch['seconds']:.1f}%) wall time; "
              f"{r['cpu'] / scratch['cpu']:.3f} ({100 * r['cpu'] / scratch['cpu']:.1f}%) CPU time "
              "(the process and its parse workers)")
    for name, r in (("update", update), ("warm update", warm), ("scratch", scratch)):
        print(f"{name} by stage (s): " + ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items()))


def _setup(args, tmp: Path, src: str | None = None, name: str = "base") -> tuple[str, str, Path, dict | None]:
    """The old and new reports as files, and the store of the old story (made, or taken from ``--keep``), by the code
    of ``src`` (None: this tree's)."""
    reports = corpus(args.reports + args.new)
    old = str(write_jsonl(tmp / "old.jsonl", reports[:args.reports]))
    new = str(write_jsonl(tmp / "new.jsonl", reports[args.reports:]))
    kept = Path(args.keep) / f"{name}-{args.reports}-{args.new}.sqlite" if args.keep else None
    if kept is not None and kept.exists():
        return old, new, kept, None
    base = tmp / f"{name}.sqlite"
    setup = in_child(_run_scratch, [old], str(base), src=src)
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(base, kept)
    return old, new, base, setup


def _repeated(args) -> None:
    """``--repeat N``: N fresh-process updates and N scratch runs, alternating (so that a change of the
    machine's load falls on both sides alike); each row, then the medians and their ratio. With ``--baseline``,
    each repeat runs the baseline's update right after this tree's (from its own setup store); both sides' ratios
    are over this tree's scratch runs."""
    import statistics

    codes = [("this", None)] + ([("baseline", str(Path(args.baseline).resolve()))] if args.baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        stores, setups = {}, {}
        for side, src in codes:
            old, new, stores[side], setups[side] = _setup(args, Path(tmp), src, "base" if src is None else "baseline")
        runs: dict[str, dict[str, list]] = {side: {"update": [], "scratch": []} for side, _ in codes}
        for n in range(args.repeat):
            for step in ("update", "scratch"):
                # (--baseline: the baseline's update only; both ratios are over this tree's scratch runs)
                for side, src in codes if step == "update" else codes[:1]:
                    db = Path(tmp) / f"{step}-{side}.sqlite"
                    db.unlink(missing_ok=True)
                    if step == "update":
                        shutil.copy(stores[side], db)
                        r = in_child(_run_update, new, str(db), None, src=src)
                    else:
                        r = in_child(_run_scratch, [old, new], str(db), src=src)
                    runs[side][step].append(r)
                    label = f"{side} {step}" if args.baseline else step
                    print(f"run {n + 1} {label:17}{r['seconds']:>9.1f} s{r['cpu']:>9.1f} CPU s{r['peak_mb']:>7.0f} MB  "
                          + ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items()), flush=True)
        if args.compare:
            for side, _ in codes:
                print((f"{side}: " if args.baseline else "")
                      + _compare_rows(Path(tmp) / f"update-{side}.sqlite", Path(tmp) / "scratch-this.sqlite"),
                      flush=True)
    for side, _ in codes:
        r = runs[side]["update"][0]
        if args.baseline:
            print(f"{side}: crosscheck from {r['code']}")
        if setups[side]:
            print(f"{side} setup of the old story ({args.reports:,} reports): {setups[side]['seconds']:.1f} s, "
                  f"{setups[side]['cpu']:.1f} CPU s")
        med = {step: {k: statistics.median(r[k] for r in runs[side if step == "update" else "this"][step])
                      for k in ("seconds", "cpu")} for step in ("update", "scratch")}
        ratios = [u["cpu"] / s["cpu"] for u, s in zip(runs[side]["update"], runs["this"]["scratch"])]
        print(f"{side + ': ' if args.baseline else ''}median of {args.repeat}: "
              f"update {med['update']['seconds']:.1f} s, "
              f"{med['update']['cpu']:.1f} CPU s; scratch {med['scratch']['seconds']:.1f} s, "
              f"{med['scratch']['cpu']:.1f} CPU s")
        print(f"{side + ': ' if args.baseline else ''}ratio update / scratch (medians): "
              f"{med['update']['cpu'] / med['scratch']['cpu']:.3f} CPU time, "
              f"{med['update']['seconds'] / med['scratch']['seconds']:.3f} wall time; "
              f"each run's CPU ratio: {', '.join(f'{x:.3f}' for x in ratios)}")


def _compare_rows(updated: Path, scratch: Path) -> str:
    """The stage records of a story built by an update and of the same story analysed from scratch, row for row."""
    import hashlib
    import sqlite3

    digests, counts, kinds = [], [], []
    for path in (updated, scratch):
        db = sqlite3.connect(path)
        rows = db.execute("SELECT story, stage, kind, seq, document, data FROM stage_records "
                          "ORDER BY story, stage, kind, seq").fetchall()
        db.close()
        digest = hashlib.sha256()
        by_kind: dict[tuple[str, str], str] = {}
        for row in rows:
            digest.update(repr(row).encode())
            by_kind[(row[1], row[2])] = hashlib.sha256((by_kind.get((row[1], row[2]), "") + repr(row)).encode()).hexdigest()
        digests.append(digest.hexdigest())
        counts.append(len(rows))
        kinds.append(by_kind)
    if digests[0] == digests[1]:
        return f"row-for-row: the updated store equals the scratch store ({counts[0]:,} stage rows, SHA-256 {digests[0][:16]})"
    differ = sorted(k for k in set(kinds[0]) | set(kinds[1]) if kinds[0].get(k) != kinds[1].get(k))
    return (f"row-for-row: the stores DIFFER ({counts[0]:,} rows updated, {counts[1]:,} scratch); "
            f"kinds that differ: {', '.join('/'.join(k) for k in differ)}")


if __name__ == "__main__":
    main()
