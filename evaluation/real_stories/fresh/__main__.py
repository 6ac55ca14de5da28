"""Precision of the conflicts, updates and agreements the story report LISTS, on fresh stories nobody tuned on (issue 20).

    python -m evaluation.real_stories.fresh                    # precision per split (fdev, ftest) + unjudged counts
    python -m evaluation.real_stories.fresh --split fdev --items     # + every listed item with its judgement
    python -m evaluation.real_stories.fresh --show STORY       # print a story's listed items with their sentences
                                                               # (to the terminal only: for judging by reading)
    options: --story NAME (repeatable)  --no-cache  --replay (reconcile-only rerun, development)  --json FILE
             --no-agreements (conflicts and updates only, the fifteenth session's output)
             --judgements FILE (more judgements, JSON lines of the same fields as judgements.json items; repeatable)

The stories (``stories.json``, ids only) are made by ``select.py``; there is no gold of what SHOULD be found,
only judgements of what the report lists (``judgements.json``): so this measures precision, not recall.
Each listed conflict, update and agreement (kind ``agreement``, since the sixteenth session) is keyed by its evidence, a set of (gold doc id, start) pairs; a judgement
matches a listed item when they share at least two evidence keys in two different reports (or, for an
item of one report, all of its keys), the best overlap winning. A listed item no judgement matches is
counted ``unjudged`` (a code change may list new items: judge them by reading, ``--show``, and add them).

Judgement labels: ``real`` or ``false``; a false one carries a ``class`` (why it is no conflict / no update / no
agreement)
and every one a short ``reason`` written in the judge's words (no article text).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES_FILE = HERE / "stories.json"
JUDGEMENTS_FILE = HERE / "judgements.json"
SPLITS = ("fdev", "ftest")
KINDS = ("conflict", "update", "agreement")


def stories() -> list[dict]:
    return json.loads(STORIES_FILE.read_text(encoding="utf-8"))["stories"]


def judgements(extra: list[str] | None = None) -> dict:
    """judgements.json, plus the items of each JSON lines file in ``extra`` (a helper's judgements not merged yet)."""
    out = json.loads(JUDGEMENTS_FILE.read_text(encoding="utf-8")) if JUDGEMENTS_FILE.exists() else {"items": []}
    for path in extra or ():
        out["items"] = out["items"] + [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
                                       if line.strip()]
    return out


def _evidence(items: list[dict], sources: dict[str, str]) -> list[dict]:
    return [{"doc": sources.get(e["document"]) or e["document"], "start": e.get("start"), "end": e.get("end"),
             "value": e.get("text", ""), "sentence": e.get("sentence", "")} for e in items]


def listed(report: dict, sources: dict[str, str], agreements: bool = True) -> list[dict]:
    """Every conflict and update (and agreement) the report lists, with its evidence keyed by gold doc id and offset."""
    out = []
    for n, c in enumerate(report.get("conflicts", []), 1):
        out.append({"kind": "conflict", "n": n, "what": c.get("kind", ""), "explanation": c.get("explanation", ""),
                    "evidence": _evidence(c["items"], sources)})
    for n, u in enumerate(report.get("updates", []), 1):
        items = [dict(p, document=p["document"]) for p in u["points"]]
        out.append({"kind": "update", "n": n, "what": u.get("quantity", ""), "explanation": u.get("basis", ""),
                    "evidence": _evidence(items, sources)})
    for n, a in enumerate(report.get("agreements", []) if agreements else [], 1):
        out.append({"kind": "agreement", "n": n, "what": a.get("kind", ""), "explanation": a.get("explanation", ""),
                    "evidence": _evidence(a["items"], sources)})
    return out


def keys(evidence: list[dict]) -> set[tuple[str, int | None]]:
    return {(e["doc"], e["start"]) for e in evidence}


def match(item: dict, judged: list[dict]) -> dict | None:
    """The judgement of ``item`` (same story and kind), or None. Of judgements sharing as many keys, one of exactly the
    item's evidence wins (issue 20u, nineteenth session: an agreement of three sides judged false for its third side,
    listed again with the two sides that agree and judged so, was still found as the judgement of three)."""
    mine = keys(item["evidence"])
    best, best_rank = None, (0, False)
    for j in judged:
        if j["kind"] != item["kind"]:
            continue
        theirs = {(k[0], k[1]) for k in j["keys"]}
        shared = mine & theirs
        docs = {d for d, _ in shared}
        ok = (len(shared) >= 2 and len(docs) >= 2) or (shared and shared == mine == theirs)
        if ok and (len(shared), theirs == mine) > best_rank:
            best, best_rank = j, (len(shared), theirs == mine)
    return best


def run_all(names: set[str] | None, use_cache: bool, replay: bool,
            agreements: bool = True) -> list[tuple[dict, list[dict]]]:
    from evaluation.real_stories.replay import replay_story
    from evaluation.real_stories.run import run_story

    out = []
    for s in stories():
        if names and s["story"] not in names:
            continue
        report, sources, _ = replay_story(s) if replay else run_story(s, use_cache=use_cache)
        out.append((s, listed(report, sources, agreements)))
    return out


def score(runs, judged_items: list[dict]) -> dict:
    by_story: dict[str, list[dict]] = {}
    for j in judged_items:
        by_story.setdefault(j["story"], []).append(j)
    table: dict[tuple[str, str], Counter] = {}
    classes: dict[str, Counter] = {sp: Counter() for sp in SPLITS}
    update_classes: dict[str, Counter] = {sp: Counter() for sp in SPLITS}
    agreement_classes: dict[str, Counter] = {sp: Counter() for sp in SPLITS}
    by_kind = {"conflict": classes, "update": update_classes, "agreement": agreement_classes}
    rows = []
    for s, items in runs:
        for item in items:
            j = match(item, by_story.get(s["story"], []))
            label = j["label"] if j else "unjudged"
            table.setdefault((s["split"], item["kind"]), Counter())[label] += 1
            if j and label == "false":
                by_kind[item["kind"]][s["split"]][j.get("class", "?")] += 1
            rows.append((s, item, j))
    return {"table": table, "classes": classes, "update_classes": update_classes,
            "agreement_classes": agreement_classes, "rows": rows}


def _precision(c: Counter) -> str:
    judged = c["real"] + c["false"]
    p = f"{c['real'] / judged:.2f}" if judged else "  - "
    return f"P {p} ({c['real']}/{judged})  unjudged {c['unjudged']}"


def show(story_name: str, use_cache: bool, replay: bool, blind: bool = False, only: set[str] | None = None,
         extra: list[str] | None = None, sentences: bool = False) -> None:
    """Print each listed item with the sentence of every side (terminal only); ``sentences``: only the items'
    own sentences (for ftest agreements, which are judged from those alone)."""
    from evaluation.real_stories.data import report_text

    runs = run_all({story_name}, use_cache, replay)
    if not runs:
        sys.exit(f"no fresh story {story_name}")
    s, items = runs[0]
    refs = dict(s["docs"])
    judged = [j for j in judgements(extra)["items"] if j["story"] == story_name]
    for item in items:
        if only and f"{item['kind'][0]}{item['n']}" not in only:
            continue
        j = match(item, judged)
        print(f"\n=== {item['kind']} {item['n']} [{item['what']}] {item['explanation']}")
        if not blind:
            print(f"    judged: {j['label'] + ' ' + j.get('class', '') if j else 'UNJUDGED'}")
        for e in item["evidence"]:
            if sentences:
                print(f"  - {e['doc']} ({refs.get(e['doc'])}) {e['start']}-{e['end']} '{e['value']}': {e.get('sentence', '')}")
                continue
            text = report_text(s["set"], refs[e["doc"]]) if e["doc"] in refs else ""
            a, b = e["start"] or 0, e["end"] or 0
            if e["value"] and text[a:b] != e["value"]:  # offsets into another text form (a title before it): nearest copy
                hits = [i for i in range(len(text)) if text.startswith(e["value"], i)]
                if hits:
                    a = min(hits, key=lambda i: abs(i - a))
                    b = a + len(e["value"])
            lo, hi = max(0, a - 300), min(len(text), b + 200)
            ctx = text[lo:a] + "[[" + text[a:b] + "]]" + text[b:hi]
            print(f"  - {e['doc']} ({refs.get(e['doc'])}) {e['start']}-{e['end']} '{e['value']}':\n      "
                  + " ".join(ctx.split()))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS + ("both",), default="both")
    ap.add_argument("--items", action="store_true", help="print every listed item with its judgement")
    ap.add_argument("--show", metavar="STORY")
    ap.add_argument("--blind", action="store_true", help="with --show: hide the judgements (for the second check)")
    ap.add_argument("--only", help="with --show: these items only, e.g. c1,u2,a3")
    ap.add_argument("--sentences", action="store_true", help="with --show: the items' own sentences only")
    ap.add_argument("--no-agreements", action="store_true", help="list conflicts and updates only (as before s16)")
    ap.add_argument("--judgements", action="append", metavar="FILE",
                    help="more judgements: a JSON lines file of judgements.json items (repeatable)")
    ap.add_argument("--story", action="append", metavar="NAME", help="these fresh stories only (repeatable)")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--replay", action="store_true")
    ap.add_argument("--json", metavar="FILE", help="write the listed items (ids, offsets, short values) to FILE")
    args = ap.parse_args(argv)
    if args.show:
        show(args.show, not args.no_cache, args.replay, args.blind, set(args.only.split(",")) if args.only else None,
             args.judgements, args.sentences)
        return
    names = {s["story"] for s in stories() if args.split in ("both", s["split"])
             and (not args.story or s["story"] in args.story)}
    runs = run_all(names, not args.no_cache, args.replay, not args.no_agreements)
    result = score(runs, judgements(args.judgements)["items"])
    print(f"fresh stories: {len(runs)} ({', '.join(f'{k} {v}' for k, v in sorted(Counter(s['split'] for s, _ in runs).items()))})")
    for sp in SPLITS:
        for kind in KINDS[:2] if args.no_agreements else KINDS:
            c = result["table"].get((sp, kind), Counter())
            if sp in {s["split"] for s, _ in runs}:
                print(f"{sp:<6} {kind + 's':<10} listed {sum(c.values()):>3}  {_precision(c)}")
    if args.split != "ftest" and result["classes"]["fdev"]:
        print("\nfdev false conflicts by class:")
        for cls, n in result["classes"]["fdev"].most_common():
            print(f"  {n:>3}  {cls}")
    if args.split != "ftest" and result["update_classes"]["fdev"]:
        print("\nfdev false updates by class:")
        for cls, n in result["update_classes"]["fdev"].most_common():
            print(f"  {n:>3}  {cls}")
    if args.split != "ftest" and result["agreement_classes"]["fdev"]:
        print("\nfdev false agreements by class:")
        for cls, n in result["agreement_classes"]["fdev"].most_common():
            print(f"  {n:>3}  {cls}")
    if args.items:
        for s, item, j in result["rows"]:
            ev = "; ".join(f"{e['doc']}@{e['start']} {e['value']}" for e in item["evidence"])
            verdict = f"{j['label']}{' / ' + j['class'] if j.get('class') and s['split'] == 'fdev' else ''}" if j else "UNJUDGED"
            print(f"{s['story']:<36} {item['kind'][0]}{item['n']:<3} {verdict:<32} {ev}")
    if args.json:
        Path(args.json).write_text(json.dumps([{"story": s["story"], "split": s["split"], **item,  # no sentences
                                                "evidence": [{k: v for k, v in e.items() if k != "sentence"}
                                                             for e in item["evidence"]]}
                                               for s, items in runs for item in items], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
