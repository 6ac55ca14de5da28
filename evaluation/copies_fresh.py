"""A fresh held-out set of report pairs for copy detection (issue 14, round 2): draw and reading view.

The 377 pairs of copies_gold2.tsv were read while the rule was designed, and four were relabelled after
their features were printed, so they are no longer a clean test. This draws NEW pairs (none of the 377)
by the same plain rule as the first draw (exact word 5-gram overlap within each set's own grouping),
stratified by containment of the smaller report, with a different seed; the pairs were then labelled by
reading the view ``--show`` prints (both openings and endings, word counts, every shared run of >= 8
words with its place in both texts), before the copy stage was ever run on them.

    python -m evaluation.copies_fresh --draw            # writes the candidate list (ids only) to stdout
    python -m evaluation.copies_fresh --show a b        # the reading view of one pair
    python -m evaluation.copies_fresh [--pairs PATH] [--passages PATH] [--halves]
        # score the copy stage on a pair file (default copies_fresh.tsv: P/R/F1, recall per copy kind,
        # flag rate per trap kind, errors) and the shared passages on a passage file (default
        # passages_fresh.tsv: P/R). Either file may be any file of the same columns (a sealed set).
        # --halves: the pairs split in two halves (alternating within label and kind in hash order), each scored.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

import numpy as np

FRESH = Path(__file__).with_name("data") / "copies_fresh.tsv"
OLD = Path(__file__).with_name("data") / "copies_gold2.tsv"
_WORD = re.compile(r"\w+(?:[.,]\d+)*")


def _grams(text: str, n: int = 5) -> set[int]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {hash(tuple(words[i:i + n])) for i in range(len(words) - n + 1)}


def _old_pairs() -> set[frozenset]:
    with open(OLD, encoding="utf-8") as handle:
        rows = csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t")
        return {frozenset((r["a"], r["b"])) for r in rows}


def stratum(containment: float, shared: int) -> str:
    if containment >= 0.5:
        return "A"
    if containment >= 0.2:
        return "B"
    if containment >= 0.05:
        return "C"
    return "D" if shared >= 5 else "E"


def candidate_pairs(prefix: str, across_groups: bool = False):
    """(a, b, containment, shared, smaller size, source) for pairs of one group sharing >= 5 5-grams."""
    from evaluation.copies_sets import reports

    reps = reports(prefix)
    grams = {k: _grams(r.text) for k, r in reps.items()}
    index: dict[int, list[str]] = {}
    for k, g in grams.items():
        for h in g:
            index.setdefault(h, []).append(k)
    shared: dict[tuple[str, str], int] = {}
    for keys in index.values():
        if len(keys) > 50:  # stock line: no pair is drawn for it alone
            continue
        for i in range(len(keys)):
            for j in range(i + 1, len(keys)):
                a, b = sorted((keys[i], keys[j]))
                shared[(a, b)] = shared.get((a, b), 0) + 1
    group = {k: r.group for k, r in reps.items()}
    if prefix == "t17":
        group = {k: k.split(":")[1].rsplit("_", 1)[0] for k in reps}  # topic, across outlets too
    for (a, b), n in shared.items():
        if group[a] != group[b] or n < 5:
            continue
        small = min(len(grams[a]), len(grams[b]))
        src = prefix
        if prefix == "t17":
            src = "t17-within" if a.split(":")[1] == b.split(":")[1] else "t17-across"
        yield a, b, n / max(small, 1), n, small, src


def draw(seed: int = 20261130) -> list[tuple]:
    rng = random.Random(seed)
    old = _old_pairs()
    quota = {  # per source, per stratum: more of the rare high-containment strata
        "t17-within": {"A": 24, "B": 18, "C": 8, "D": 4},
        "t17-across": {"C": 8, "D": 4},
        "ecb": {"A": 16, "B": 10, "C": 6, "D": 3},
        "mn": {"B": 2, "C": 7, "D": 3},
        "pn": {"C": 3, "D": 4},
        "wcl": {"C": 4, "D": 3},
    }
    out = []
    for prefix in ("t17", "ecb", "mn", "pn", "wcl"):
        by = {}
        for a, b, c, n, small, src in candidate_pairs(prefix):
            if frozenset((a, b)) in old:
                continue
            by.setdefault((src, stratum(c, n)), []).append((a, b, c, n, small, src))
        for (src, st), rows in sorted(by.items()):
            rows.sort()
            rng.shuffle(rows)
            want = quota.get(src, {}).get(st, 0)
            # targeted: short smaller reports first in half the draw (lede-only, first paragraph + boilerplate)
            short = [r for r in rows if r[4] <= 260][: want // 2] if st in "AB" else []
            rest = [r for r in rows if r not in short][: want - len(short)]
            for r in short + rest:
                out.append((r[0], r[1], src, st, round(r[2], 3), r[3], r[4]))
    return out


def runs(a: str, b: str, min_words: int = 8) -> list[tuple[int, int, int, str]]:
    """Shared word runs of >= min_words: (start word in a, start word in b, length, text of a)."""
    wa = [w.casefold() for w in _WORD.findall(a)]
    wb = [w.casefold() for w in _WORD.findall(b)]
    at: dict[tuple, list[int]] = {}
    for j in range(len(wb) - 4):
        at.setdefault(tuple(wb[j:j + 5]), []).append(j)
    seen = set()
    out = []
    for i in range(len(wa) - 4):
        for j in at.get(tuple(wa[i:i + 5]), []):
            if (i - 1, j - 1) in seen:
                seen.add((i, j))
                continue
            seen.add((i, j))
            k = 5
            while i + k < len(wa) and j + k < len(wb) and wa[i + k] == wb[j + k]:
                k += 1
            if k >= min_words:
                out.append((i, j, k, " ".join(wa[i:i + k])))
    return out


def show(a: str, b: str, width: int = 60) -> str:
    from evaluation.copies_sets import report

    ra, rb = report(a), report(b)
    ta, tb = ra.text, rb.text
    na, nb = len(_WORD.findall(ta)), len(_WORD.findall(tb))
    ga, gb = _grams(ta), _grams(tb)
    shared = len(ga & gb)
    lines = [f"== {a} [{ra.outlet}] {na}w  ||  {b} [{rb.outlet}] {nb}w  shared5={shared} "
             f"cont={shared / max(min(len(ga), len(gb)), 1):.2f} jac={shared / max(len(ga | gb), 1):.2f}"]

    def ends(t: str) -> str:
        w = t.split()
        return " ".join(w[:width]) + ("  ...  " + " ".join(w[-30:]) if len(w) > width + 30 else " " + " ".join(w[width:]))

    lines.append("A: " + ends(ta))
    lines.append("B: " + ends(tb))
    found = runs(ta, tb)
    for i, j, k, text in found[:14]:
        lines.append(f"  run a@{i} b@{j} {k}w: {text[:160]}")
    if len(found) > 14:
        lines.append(f"  ... {len(found) - 14} more runs, {sum(r[2] for r in found[14:])} words")
    return "\n".join(lines)


def draw_short(seed: int = 20261131, want: int = 16, taken: set | None = None) -> list[tuple]:
    """Targeted draw for lede-only / first-paragraph pages: the smaller report <= 150 shingles and
    containment >= 0.3 (any source), none of the old 377 nor of ``taken``."""
    rng = random.Random(seed)
    skip = _old_pairs() | (taken or set())
    rows = []
    for prefix in ("t17", "ecb", "mn", "pn", "wcl"):
        for a, b, c, n, small, src in candidate_pairs(prefix):
            if frozenset((a, b)) not in skip and small <= 150 and c >= 0.3:
                rows.append((a, b, src, "S", round(c, 3), n, small))
    rows.sort()
    rng.shuffle(rows)
    return rows[:want]


PASSAGES = Path(__file__).with_name("data") / "passages_fresh.tsv"


def halves(rows: list[dict]) -> dict[str, list[dict]]:
    """Two halves of a pair file: alternating within each (label, kind) in the order of a hash of the pair,
    so both halves hold about half of every kind (the split copies_gold2.tsv has in its own column)."""
    import hashlib

    out: dict[str, list[dict]] = {"A": [], "B": []}
    by: dict[tuple, list[dict]] = {}
    for r in rows:
        by.setdefault((r["label"], r["kind"]), []).append(r)
    for group in by.values():
        group.sort(key=lambda r: hashlib.sha1(f"{r['a']}\t{r['b']}".encode()).hexdigest())
        for i, r in enumerate(group):
            out["A" if i % 2 == 0 else "B"].append(r)
    return out


def score_main(argv: list[str]) -> None:
    """Score the copy stage on a pair file and the shared passages on a passage file (same code for any set)."""
    import argparse

    from evaluation.copies_gold import load_pairs2, report_score, score_passages, score_rows

    parser = argparse.ArgumentParser(prog="python -m evaluation.copies_fresh")
    parser.add_argument("--pairs", type=Path, default=FRESH, help="pair file (columns a, b, label, kind)")
    parser.add_argument("--passages", type=Path, default=PASSAGES, help="passage file (columns a, b, a_start, a_end)")
    parser.add_argument("--halves", action="store_true", help="also score each half of the pairs")
    parser.add_argument("--no-passages", action="store_true")
    args = parser.parse_args(argv)
    for path in [args.pairs] + ([] if args.no_passages else [args.passages]):
        if not path.is_file():
            sys.exit(f"no such file: {path}")
    rows = load_pairs2(path=args.pairs)
    print(report_score(f"{args.pairs.name}", score_rows(rows)))
    if args.halves:
        for name, part in halves(rows).items():
            print(report_score(f"{args.pairs.name} half {name}", score_rows(part)))
    if not args.no_passages:
        p = score_passages(gold_path=args.passages)
        print(f"passages {args.passages.name}: {p['pairs']} pairs, {p['gold']} gold, {p['found']} found, "
              f"P {p['precision']:.3f} R {p['recall']:.3f} (right {p['right']}, gold found {p['gold_found']})")


if __name__ == "__main__":
    if "--draw" in sys.argv:
        first = draw()
        for row in first + draw_short(taken={frozenset(r[:2]) for r in first}):
            print("\t".join(map(str, row)))
    elif "--show" in sys.argv:
        k = sys.argv.index("--show")
        print(show(sys.argv[k + 1], sys.argv[k + 2]))
    else:
        score_main(sys.argv[1:])
