"""Publication dates of 1,000 real pages (htmldate's own benchmark), scored as htmldate scores them.

Data: ``../shared/data/htmldate_eval`` (see its SOURCE.md): ``{url: {"file", "date"}}`` in
``eval_default.json`` and ``eval_mediacloud_2020.json``; each page in ``test_set/``, ``cache/`` or
``eval/`` (that lookup order, as upstream ``tests/evaluation.py``).

Scoring is htmldate's ``tests/evaluation.py`` / ``comparison.py``: a page is a true positive when the
day found equals the gold day, a false positive when another day is found, a false negative when none
is; precision = tp/(tp+fp), recall = tp/(tp+fn), accuracy = (tp+tn)/all (a missing date counts as
wrong; every page here has a gold day, so tn = 0), F-score = 2tp/(2tp+fp+fn).

Systems, each given the page's markup only (as upstream runs them; ``--with-url`` gives every
system the page URL too):
- ``crosscheck``: ``crosscheck.ingest.dates.page_date`` (the date ``ingest`` keeps);
- ``htmldate-extensive`` / ``htmldate-fast``: ``find_date(html, original_date=True,
  extensive_search=True|False)``, upstream's own calls.

Split: pages are ordered by URL; the even positions are ``dev`` (rules were tuned on them), the odd
positions ``test`` (held out). ``--split all`` scores all 1,000.

    python -m evaluation.htmldate_eval --split dev
    python -m evaluation.htmldate_eval --split test --errors 20
    python -m evaluation.htmldate_eval --outlets        # outlets of 77 labelled news pages (now dev)
    python -m evaluation.htmldate_eval --outlets --heldout  # outlets of 180 pages labelled before round 2
    python -m evaluation.htmldate_eval --outlets --fresh    # outlets of 185 pages labelled before round 3

Outlets: ``evaluation/data/outlets_htmldate_eval.tsv`` (page file, outlet), labelled by reading after
the outlet rules were fixed on article_extraction; each page read as a saved file (no URL given:
crosscheck finds the address in the page's canonical link, if any), ``outlets.same_outlet`` to score.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from evaluation.common import SHARED_DATA

DATA = SHARED_DATA / "htmldate_eval"


def pages(split: str = "all") -> list[tuple[str, str, Path]]:
    """(url, gold day, page path) of the split, in URL order."""
    gold: dict[str, dict] = {}
    for name in ("eval_mediacloud_2020.json", "eval_default.json"):
        gold.update(json.loads((DATA / name).read_text(encoding="utf-8")))
    out = []
    for i, url in enumerate(sorted(gold)):
        if split in ("hdev", "htest"):
            # Round 4: halves by a fixed hash of the URL (SHA-1, last bit), not by position.
            if (int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16) % 2) != (split == "htest"):
                continue
        elif split == "dev" and i % 2:
            continue
        if split == "test" and not i % 2:
            continue
        name = gold[url]["file"]
        path = next((DATA / d / name for d in ("test_set", "cache", "eval") if (DATA / d / name).is_file()), None)
        if path is not None:
            out.append((url, gold[url]["date"], path))
    return out


def load(path: Path) -> str:
    from crosscheck.ingest.common import InputError, decode

    data = path.read_bytes()
    try:
        return decode(data)[0]
    except InputError:
        return data.decode("utf-8", errors="replace")


def run_crosscheck(markup: str, url: str | None) -> str | None:
    from crosscheck.ingest.dates import page_date

    return page_date(markup, url).date


def run_htmldate(extensive: bool):
    from htmldate import find_date

    def run(markup: str, url: str | None) -> str | None:
        try:
            return find_date(markup, original_date=True, extensive_search=extensive, url=url)
        except Exception:  # noqa: BLE001 - upstream's harness counts a crash as no date too
            return None
    return run


SYSTEMS = {
    "crosscheck": run_crosscheck,
    "htmldate-extensive": run_htmldate(True),
    "htmldate-fast": run_htmldate(False),
}


def scores(results: list[tuple[str | None, str]]) -> dict[str, float]:
    """htmldate's ``evaluate_result`` and ``calculate_scores`` over (found, gold) pairs."""
    tp = fp = tn = fn = 0
    for found, gold in results:
        if found is None:
            if gold is None:
                tn += 1
            else:
                fn += 1
        elif found == gold:
            tp += 1
        else:
            fp += 1
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / (tp + tn + fp + fn) if results else 0.0,
        "fscore": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
        "tp": tp, "fp": fp, "fn": fn, "n": len(results),
    }


def evaluate(split: str = "all", systems: list[str] | None = None, with_url: bool = False,
             limit: int | None = None) -> dict[str, dict]:
    chosen = systems or list(SYSTEMS)
    items = pages(split)[:limit] if limit else pages(split)
    found: dict[str, list] = {s: [] for s in chosen}
    seconds = {s: 0.0 for s in chosen}
    for url, gold, path in items:
        markup = load(path)
        for name in chosen:
            start = time.perf_counter()
            result = SYSTEMS[name](markup, url if with_url else None)
            seconds[name] += time.perf_counter() - start
            found[name].append((result, gold, url))
    out = {}
    for name in chosen:
        out[name] = scores([(f, g) for f, g, _ in found[name]])
        out[name]["seconds"] = seconds[name]
        out[name]["errors"] = [(u, f, g) for f, g, u in found[name] if f != g]
    return out


OUTLET_GOLD = Path(__file__).resolve().parent / "data" / "outlets_htmldate_eval.tsv"
# 181 further pages labelled before the second round of outlet rules (issue 15): the clean held-out set.
OUTLET_HELDOUT = Path(__file__).resolve().parent / "data" / "outlets_htmldate_eval_heldout.tsv"
# 185 eval_default pages labelled before the third round of outlet rules (issue 15): scored once at its end.
# 93 eval_default pages labelled the same way as the dev set of the third round (read and tuned on).
OUTLET_DEV3 = Path(__file__).resolve().parent / "data" / "outlets_htmldate_eval_dev3.tsv"
OUTLET_FRESH = Path(__file__).resolve().parent / "data" / "outlets_htmldate_eval_fresh.tsv"
# 183 eval_default pages labelled before the fourth round (issue 15): read once, at its end.
OUTLET_HELDOUT2 = Path(__file__).resolve().parent / "data" / "outlets_heldout2.tsv"
# 229 pages (all htmldate_eval pages in no other set) labelled before the fifth round (issue 15): read once, at its end.
OUTLET_HELDOUT3 = Path(__file__).resolve().parent / "data" / "outlets_heldout3.tsv"


def outlet_accuracy(gold: Path = OUTLET_GOLD, every: int = 1) -> tuple[float, int, list[tuple[str, str | None, str]]]:
    """Outlet accuracy on the labelled pages of ``gold`` (``every``: only every n-th labelled page)."""
    from crosscheck.clean import clean_without_sentences
    from crosscheck.ingest.common import InputError, Limits
    from crosscheck.ingest.html import html_to_raw
    from crosscheck.outlets import same_outlet

    lines = [line.split("\t", 1) for line in gold.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    labels = dict(lines[::every])
    wrong, n = [], 0
    for _url, _gold, path in pages("all"):
        name = labels.get(path.name)
        if name is None:
            continue
        n += 1
        try:
            outlet = clean_without_sentences(html_to_raw(load(path), path.name, Limits())).outlet
        except InputError:
            outlet = None
        if not same_outlet(outlet, name.strip()):
            wrong.append((path.name, outlet, name.strip()))
    return (n - len(wrong)) / n if n else 0.0, n, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all", "hdev", "htest"], default="dev",
                        help="dev/test: even/odd positions in URL order; hdev/htest: by a hash of the URL (round 4)")
    parser.add_argument("--systems", nargs="*", choices=list(SYSTEMS))
    parser.add_argument("--with-url", action="store_true", help="give every system the page URL too")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", type=int, default=0, help="list this many of crosscheck's errors")
    parser.add_argument("--outlets", action="store_true", help="outlet accuracy on the labelled news pages")
    parser.add_argument("--heldout", action="store_true", help="with --outlets: the 181 held-out pages instead")
    parser.add_argument("--dev3", action="store_true", help="with --outlets: the 93 dev pages of round 3 instead")
    parser.add_argument("--fresh", action="store_true", help="with --outlets: the 185 pages of round 3 instead")
    parser.add_argument("--heldout2", action="store_true", help="with --outlets: the 183 pages of round 4 (dev since)")
    parser.add_argument("--heldout3", action="store_true", help="with --outlets: the 229 held-out pages of round 5")
    args = parser.parse_args()
    if args.outlets:
        accuracy, n, wrong = outlet_accuracy(
            OUTLET_HELDOUT3 if args.heldout3 else OUTLET_HELDOUT2 if args.heldout2 else OUTLET_FRESH if args.fresh else OUTLET_DEV3 if args.dev3 else OUTLET_HELDOUT if args.heldout else OUTLET_GOLD)
        print(f"outlet accuracy {accuracy:.3f} on {n} labelled pages ({len(wrong)} wrong)")
        for item in wrong:
            print("  ", *item)
        return
    result = evaluate(args.split, args.systems, args.with_url, args.limit)
    n = next(iter(result.values()))["n"]
    print(f"split {args.split}: {n} pages{' (with URL)' if args.with_url else ''}")
    print(f"{'system':<20} {'precision':>9} {'recall':>7} {'accuracy':>8} {'F-score':>7} {'seconds':>8}")
    for name, r in result.items():
        print(f"{name:<20} {r['precision']:9.3f} {r['recall']:7.3f} {r['accuracy']:8.3f} {r['fscore']:7.3f} "
              f"{r['seconds']:8.1f}")
    for name, r in result.items():
        if args.errors and name == "crosscheck":
            for url, f, g in r["errors"][: args.errors]:
                print(f"  {name}: found {f} gold {g}  {url}")


if __name__ == "__main__":
    main()
