"""python -m evaluation.real_stories --split dev|test|test2|test3|test5|all|every [--story NAME] [--errors] [--no-cache] [--json FILE]
[--list] [--groups set|split|story] [--baseline FILE] [--replay]"""

from __future__ import annotations

import argparse
import json
import sys

from evaluation.real_stories.data import SEALED_SPLITS, available, gold, split, story_names
from evaluation.real_stories.score import MEASURES, doc_meta, error_kinds, measure_groups, score_story, summarize

TARGETS = {"conflict": "P>=0.90 at R>=0.60", "agreement": "P>=0.90", "update": "P>=0.85",
           "key_date": "P>=0.80", "published": "acc>=0.95", "outlet": "acc>=0.95"}


def _fmt(x) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def table(tallies, title: str) -> str:
    lines = [f"{title}", f"{'measure':<16} {'P':>5} {'R':>5}  {'ok/pred':>9} {'found/gold':>10}  target"]
    for m in MEASURES:
        t = tallies[m]
        lines.append(f"{m:<16} {_fmt(t.precision)} {_fmt(t.recall)}  {t.ok_pred:>4}/{t.n_pred:<4} {t.ok_gold:>5}/{t.n_gold:<4}  "
                     f"{TARGETS.get(m, '(given as metadata: not a measurement)' if m.endswith('_given') else '')}")
    return "\n".join(lines)


def evaluate(names: list[str], use_cache: bool = True, progress=None, replay: bool = False):
    from evaluation.real_stories.replay import replay_story
    from evaluation.real_stories.run import run_story

    scores = []
    for name in names:
        g = gold(name)
        report, sources, seconds = replay_story(g) if replay else run_story(g, use_cache=use_cache)
        s = score_story(g, report, sources, doc_meta(g))
        s.seconds = seconds
        s.n_docs = len(g["docs"])
        s.n_mapped = len({doc for doc in sources.values() if doc})  # gold reports found in the story report
        s.split = split().get(name)
        scores.append(s)
        if progress:
            progress(s)
    return scores


GROUPINGS = ("set", "split", "story")
GROUP_MEASURES = ("conflict", "agreement", "update", "key_date", "published", "outlet")


def group_of(story: str, grouping: str) -> str:
    if grouping == "story":
        return story
    if grouping == "split":
        return split().get(story, "?")
    return gold(story)["set"]


def grouped(scores, grouping: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for s in scores:
        out.setdefault(group_of(s.story, grouping), []).append(s)
    return dict(sorted(out.items()))


def _pr(ok_pred, n_pred, ok_gold, n_gold) -> str:
    p = f"{ok_pred / n_pred:.2f}" if n_pred else "  - "
    r = f"{ok_gold / n_gold:.2f}" if n_gold else "  - "
    return f"P {p} ({ok_pred}/{n_pred}) R {r} ({ok_gold}/{n_gold})"


def group_tables(scores, grouping: str, baseline: dict | None = None) -> str:
    """Leave-one-group-out view: each measure for each group of stories separately (and, with a
    baseline --json of an earlier run of the same stories, before -> now), so that a rule written
    while reading one group's errors is kept only if it helps, or does no harm, on the others."""
    lines = [f"\n== by {grouping} (each group held out in turn: judge a rule on the groups it was not written on)"]
    for group, members in grouped(scores, grouping).items():
        now = summarize(members)
        lines.append(f"-- {group}: {len(members)} stories ({', '.join(s.story for s in members)})")
        for m in GROUP_MEASURES:
            t = now[m]
            row = f"   {m:<10} now    {_pr(t.ok_pred, t.n_pred, t.ok_gold, t.n_gold)}"
            if baseline is not None:
                b = [baseline[s.story][m] for s in members if s.story in baseline]
                if len(b) == len(members):
                    before = _pr(sum(x["ok_pred"] for x in b), sum(x["pred"] for x in b),
                                 sum(x["found"] for x in b), sum(x["gold"] for x in b))
                    row += f"   before {before}"
                else:
                    row += "   before (not in the baseline)"
            lines.append(row)
    return "\n".join(lines)


def list_stories(names: list[str]) -> int:
    """Check that each story's inputs load (the texts are built, then dropped) and count its gold: no run, no scores."""
    import tempfile
    from pathlib import Path

    from evaluation.real_stories.data import write_inputs

    for name in names:
        g = gold(name)
        with tempfile.TemporaryDirectory() as tmp:
            paths, sources = write_inputs(g, Path(tmp))
            size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
        counts = "  ".join(f"{k}={len(g.get(k, []))}" for k in ("conflicts", "agreements", "updates", "key_dates"))
        print(f"{name:<40} {split().get(name, '?'):<5} set={g['set']:<4} docs={len(g['docs']):<3} "
              f"inputs={len(sources)} ({size} bytes)  {counts}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.real_stories", description=__doc__)
    ap.add_argument("--split", default="dev", choices=("dev", "test", "test2", "test3", "test5", "test7", "test9", "test11", "test13", "test15", "test17", "test19", "test21", "all", "every"),
                    help="all = every = every split but the sealed ones (data.SEALED_SPLITS): dev, test, test2, test3, "
                         "test5, test7, test9, test11, test13, test15, test17 and test19 are dev now (test19 since the "
                         "twelfth session of 2026-12-01); "
                         "a sealed split is read only by the lead for the final measure, never part of these "
                         "(data.SEALED_SPLITS): "
                         "test21 sealed (labelled blind in the twelfth session, 2026-12-01)")
    ap.add_argument("--groups", choices=GROUPINGS,
                    help="leave-one-group-out view: every measure for each group of stories (public set, "
                         "split or story) separately, so a rule written on one group is judged on the others")
    ap.add_argument("--baseline", help="a --json file of an earlier run: each group's figures shown as before -> now")
    ap.add_argument("--replay", action="store_true",
                    help="development aid: rerun only reconcile and the stages after it on a kept store "
                         "(right only while the earlier stages' code is unchanged; report full runs)")
    ap.add_argument("--story", action="append", help="only this story (repeatable)")
    ap.add_argument("--errors", action="store_true", help="list every error, per story")
    ap.add_argument("--no-cache", action="store_true", help="rerun the pipeline even when a cached report exists")
    ap.add_argument("--per-story", action="store_true", help="a table per story too")
    ap.add_argument("--json", help="write the scores as JSON here")
    ap.add_argument("--list", action="store_true",
                    help="only load the stories' inputs and gold and list them (no pipeline run, no scores)")
    args = ap.parse_args(argv)
    if not available():
        print("the shared data (../shared/data) is not here", file=sys.stderr)
        return 2
    names = args.story or story_names("all" if args.split == "every" else args.split)
    if args.list:
        return list_stories(names)
    if args.split == "test" and not args.story:
        print("NOTE: scoring the TEST split (read it rarely, and say so)", file=sys.stderr)
    for sealed in SEALED_SPLITS:
        if args.split == sealed or any(split().get(n) == sealed for n in names):
            print(f"NOTE: scoring the sealed {sealed.upper()} split: it is read only by the lead, once, for the final measure "
                  "(never for tuning; say so when you report it)", file=sys.stderr)

    def progress(s):
        t = s.tallies
        print(f"{s.story:<34} {s.split:<4} docs={s.n_docs:<3} {s.seconds:6.1f}s  conflicts {t['conflict'].ok_pred}/{t['conflict'].n_pred}"
              f" (gold {t['conflict'].ok_gold}/{t['conflict'].n_gold})  agreements {t['agreement'].ok_pred}/{t['agreement'].n_pred}"
              f" (gold {t['agreement'].ok_gold}/{t['agreement'].n_gold})  updates {t['update'].ok_pred}/{t['update'].n_pred}"
              f" (gold {t['update'].n_gold})  key dates {t['key_date'].ok_pred}/{t['key_date'].n_pred}"
              f"  updates-as-conflicts {s.updates_as_conflicts}", file=sys.stderr, flush=True)

    scores = evaluate(names, use_cache=not args.no_cache, progress=progress, replay=args.replay)
    by_split = {}
    for s in scores:
        by_split.setdefault(s.split, []).append(s)
    out = {}
    for sp, group in sorted(by_split.items()):
        total = summarize(group)
        print(table(total, f"\n== {sp} split: {len(group)} stories, {sum(s.n_docs for s in group)} reports; "
                           f"updates shown as conflicts: {sum(s.updates_as_conflicts for s in group)}"))
        out[sp] = measure_groups(total)
    if len(by_split) > 1:
        total = summarize(scores)
        print(table(total, f"\n== overall: {len(scores)} stories"))
        out["overall"] = measure_groups(total)
    if args.groups:
        baseline = None
        if args.baseline:
            with open(args.baseline, encoding="utf-8") as f:
                baseline = json.load(f).get("stories", {})
        print(group_tables(scores, args.groups, baseline))
        out["groups"] = {k: measure_groups(summarize(v)) for k, v in grouped(scores, args.groups).items()}
    if args.per_story:
        for s in scores:
            print(table(s.tallies, f"\n-- {s.story} ({s.split})"))
    if args.errors:
        for sp, group in sorted(by_split.items()):
            print(f"\n== {sp} split: errors by kind")
            for kind, n in error_kinds([e for s in group for e in s.errors]).items():
                print(f"  {n:4d}  {kind}")
        for s in scores:
            print(f"\n## {s.story} ({s.split}): {len(s.errors)} errors")
            for e in s.errors:
                print("  " + e)
    if args.json:
        out["stories"] = {s.story: measure_groups(s.tallies) | {"updates_as_conflicts": s.updates_as_conflicts,
                                                                 "errors": s.errors} for s in scores}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
