"""Issue 14, nineteenth session: a second, blind reading of every copy pair its first reader labelled "uncertain".

    python -m evaluation.copies_adjudicate --list                 # every uncertain pair, ids only, in reading order
    python -m evaluation.copies_adjudicate --show 12 [13 ...]     # the reading view of pairs by place in that order
    python -m evaluation.copies_adjudicate --show 12 --full       # both whole texts
    python -m evaluation.copies_adjudicate --recheck 20             # 20 pairs in a new order, for self-agreement
    python -m evaluation.copies_adjudicate --merge SECOND.tsv     # write copies_adjudicated_s19.tsv (first + second)

The pairs are those of every labelled pair file the copies scorer reads (copies_gold2.tsv, copies_fresh.tsv ..
copies_fresh5.tsv: ``copies_features.dev_halves6(fresh5=True)``, both halves) whose note holds "uncertain". The
reading order is one ``random.Random(SEED)`` shuffle of them, so halves A and B are mixed. The views print the two
texts as the scorer reads them (``copies_sets.report`` after ``use_cleaned_texts``, as ``copies_features --clean``;
``--raw`` for the texts before cleaning) and plain word-run measures (shared runs of >= 8 words, as
``copies_fresh2.runs``), never the first label, its kind or note, the pair's file or half, nor any output of the
copies stage.

The second reader writes SECOND.tsv (columns a, b, label, sure, kind, reason; label copy/not, sure sure/unsure);
``--merge`` joins it with the first labels into ``evaluation/data/copies_adjudicated_s19.tsv``.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

import numpy as np

SEED = 1914
DATA = Path(__file__).with_name("data")
ADJUDICATED = DATA / "copies_adjudicated_s19.tsv"
LABELS = ("copy", "not")
SURE = ("sure", "unsure")


def first_rows() -> list[dict]:
    """Every labelled pair the scorer reads (both halves), with its first label, kind and note."""
    from evaluation.copies_features import dev_halves6

    parts = dev_halves6(fresh5=True)
    return parts["A"] + parts["B"]


def is_uncertain(row: dict) -> bool:
    return "uncertain" in (row.get("note") or "").lower()


def reading_order(seed: int = SEED) -> list[tuple[str, str]]:
    """The uncertain pairs (a, b), ids only, in one seeded shuffle over both halves."""
    pairs = sorted({(r["a"], r["b"]) for r in first_rows() if is_uncertain(r)})
    random.Random(seed).shuffle(pairs)
    return pairs


def _words(text: str) -> list[str]:
    from evaluation.copies_fresh2 import words

    return [w for w, _, _ in words(text)]


def cover(ta: str, tb: str, min_words: int = 8) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, int]]]:
    """Which words of each text lie in a shared run of >= min_words, and the runs (word in a, word in b, length)."""
    from evaluation.copies_fresh import runs

    found = [(i, j, k) for i, j, k, _ in runs(ta, tb, min_words)]
    ca, cb = np.zeros(len(_words(ta)), bool), np.zeros(len(_words(tb)), bool)
    for i, j, k in found:
        ca[i:i + k] = True
        cb[j:j + k] = True
    return ca, cb, found


def _longest_first(found: list[tuple[int, int, int]], limit: int) -> list[tuple[int, int, int]]:
    """The ``limit`` longest runs, none inside a longer one already kept, in order of a."""
    kept: list[tuple[int, int, int]] = []
    for i, j, k in sorted(found, key=lambda r: -r[2]):
        if any(i >= i2 and i + k <= i2 + k2 for i2, _, k2 in kept):
            continue
        kept.append((i, j, k))
        if len(kept) == limit:
            break
    return sorted(kept)


def view(a: str, b: str, head: int = 55, tail: int = 15, limit: int = 10, full: bool = False) -> str:
    """One pair as its reader sees it: sizes, the share of each text in shared runs, openings and endings (or the
    whole texts), and the longest shared runs with their word places in both."""
    from evaluation.copies_sets import report

    ta, tb = report(a).text, report(b).text
    wa, wb = ta.split(), tb.split()
    ca, cb, found = cover(ta, tb)
    lines = [f"X = {a} ({len(wa)}w, {ca.mean() if len(ca) else 0:.0%} in shared runs)   "
             f"Y = {b} ({len(wb)}w, {cb.mean() if len(cb) else 0:.0%} in shared runs)   runs>=8w: {len(found)}"]

    def ends(words: list[str]) -> str:
        if full or len(words) <= head + tail:
            return " ".join(words)
        return " ".join(words[:head]) + "  [...]  " + " ".join(words[-tail:])

    lines += ["X: " + ends(wa), "Y: " + ends(wb)]
    xw = _words(ta)
    for i, j, k in _longest_first(found, limit):
        shown = " ".join(xw[i:i + k])
        lines.append(f"  run X@{i} Y@{j} {k}w: {shown[:110]}{'...' if len(shown) > 110 else ''}")
    if len(found) > limit:
        lines.append(f"  ({len(found)} runs in all)")
    return "\n".join(lines)


def recheck_sample(k: int, n: int, seed: int = SEED + 1) -> list[int]:
    """Places (in the reading order) of the ``k`` pairs re-read at the end for the reader's self-agreement, drawn and
    ordered by a second seed so the re-reading meets them in another order."""
    return random.Random(seed).sample(range(n), k)


def merge(second_path: Path, out: Path = ADJUDICATED) -> dict[str, int]:
    """Join the second reading (a, b, label, sure, kind, reason) with the first labels and write ``out``."""
    first = {(r["a"], r["b"]): r for r in first_rows()}
    with open(second_path, encoding="utf-8") as handle:
        second = list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))
    for s in second:
        if (s["a"], s["b"]) not in first:
            raise SystemExit(f"{second_path}: pair {s['a']} {s['b']} is in no labelled pair file")
        if s["label"] not in LABELS or s["sure"] not in SURE:
            raise SystemExit(f"{second_path}: pair {s['a']} {s['b']}: label must be one of {LABELS} and sure one "
                             f"of {SURE}, not {s['label']!r} / {s['sure']!r}")
    order = {p: n for n, p in enumerate(reading_order())}
    counts = {"read": len(second), "gold": 0, "uncertain": 0, "agree": 0}
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.write("a\tb\tfirst\tsecond\tsure\tstatus\tsecond_kind\torder\treason\n")
        for s in second:
            f = first[(s["a"], s["b"])]
            agree = f["label"] == s["label"]
            status = "gold" if agree and s["sure"] == "sure" else "uncertain"
            counts["agree"] += agree
            counts[status] += 1
            handle.write("\t".join([s["a"], s["b"], f["label"], s["label"], s["sure"], status, s.get("kind") or "",
                                    str(order.get((s["a"], s["b"]), "")), s["reason"]]) + "\n")
    return counts


HEADER = """\
# Second, blind reading of the copy pairs the first readers labelled "uncertain" (issue 14, nineteenth session):
# ids and labels only, no text (evaluation/copies_sets.py rebuilds the texts from ../shared/data).
# Pairs: every pair of copies_gold2.tsv and copies_fresh.tsv .. copies_fresh5.tsv (the pairs
# `python -m evaluation.copies_features --six --fresh5` scores, halves A and B) whose note holds "uncertain".
# Read in the order `python -m evaluation.copies_adjudicate --list` gives (one seeded shuffle over BOTH halves; column
# order), each in the view `--show N` prints (texts as cleaned for the scorer; sizes, the share of each text in shared
# word runs of >= 8 words, openings and endings, the longest shared runs; the whole texts with --full where that was
# not enough), WITHOUT the first label, its kind, its note, the pair's file or half, or any output of crosscheck.
# Guide (copies_gold2.tsv, evaluation/data/COPIES_FRESH2.md .. COPIES_FRESH4.md): copy = one text is, wholly or in
# large part, a reprint / edit / excerpt / update / embedding of the other's text (about half or more of the shorter
# report's body in the other, in order; a page carrying another report's opening paragraphs as an excerpt or teaser
# is a copy); not = independent reports, or sharing only one outlet's template, a stock box, quotes of one speech or
# statement, or a few passages (a third or less with its own lede); an agency story rewritten with well under half
# verbatim is not.
# Columns: first = the first reader's label; second = this reading's label; sure = the second reader's confidence;
# second_kind = the kind this reading saw (information only: the scores keep the first kind); reason = one line.
# RULE: a pair both readings label the same, with the second reading "sure", is gold with that label (status gold);
# a pair the two readings label differently, or the second reader marks unsure, stays "uncertain" (status
# uncertain): it keeps its first label in the main scores and is reported apart
# (`python -m evaluation.copies_features --load T.pkl --kinds --adjudicated`).
# The second reader is one reader in one session (the helper 14a of the nineteenth session), not one of the first
# readers, but the first readers were of the same kind: the readings are independent in what was shown, not in who.
# One pair was not blind (its reason says so; marked unsure, so it stays uncertain). Self-agreement: the 20 pairs of
# `--recheck 20` re-read at the end in another order without the second labels shown: 19/20 same label, 18/20 same
# label and sure/unsure (same reader, same session). Notes: bench/results/issue-14a-s19.md.
"""


def adjudicated(path: Path = ADJUDICATED) -> dict[tuple[str, str], dict]:
    """The adjudicated pairs by (a, b): first, second, sure, status."""
    if not path.is_file():
        raise SystemExit(f"{path} does not exist: run the second reading and `--merge` first")
    with open(path, encoding="utf-8") as handle:
        return {(r["a"], r["b"]): r for r in
                csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t")}


def main(argv: list[str]) -> None:
    if "--raw" not in argv:
        from evaluation.copies_sets import use_cleaned_texts

        use_cleaned_texts()
    order = reading_order()
    if "--list" in argv:
        for n, (a, b) in enumerate(order):
            print(f"{n}\t{a}\t{b}")
    elif "--show" in argv:
        places = [x for x in argv[argv.index("--show") + 1:] if not x.startswith("--")]
        if not places:
            raise SystemExit("--show needs places in the reading order (numbers from --list)")
        for place in places:
            if not place.isdigit() or int(place) >= len(order):
                raise SystemExit(f"--show: {place!r} is not a place in the reading order (0 .. {len(order) - 1})")
            a, b = order[int(place)]
            print(f"#{place}\n" + view(a, b, full="--full" in argv) + "\n")
    elif "--recheck" in argv:  # the self-agreement sample: K pairs in a new seeded order, shown as in --show
        k = int(argv[argv.index("--recheck") + 1])
        for n, place in enumerate(recheck_sample(k, len(order))):
            a, b = order[place]
            print(f"R{n}\n" + view(a, b, full="--full" in argv) + "\n")
    elif "--merge" in argv:
        print(merge(Path(argv[argv.index("--merge") + 1])))
    else:
        print(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
