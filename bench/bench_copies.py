"""Copy detection at scale: crosscheck's streaming scan against datasketch's plain MinHashLSH recipe.

Same synthetic corpus for both (~600-word reports, 5% planted copies: exact,
re-headlined, truncated to two thirds, word-edited, boilerplate added), each
system in its own fresh process for a clean peak-memory figure.
- crosscheck: ``copies.scan`` (rensa signatures to disk, LSH one band at a time,
  exact containment verification);
- baseline: datasketch ``MinHash`` (128 permutations) over the same word
  5-grams, ``MinHashLSH(threshold=0.5)``, insert every report then query each.
Precision and recall are over the planted (copy, original) pairs: a planted pair
is found when both land in one group (crosscheck) or one returns the other
(baseline); a reported pair is right when it links a copy to its original or to
another copy of the same original.

    python bench/bench_copies.py --reports 10000 30000 100000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import in_child, peak_mb  # noqa: E402
from synthetic import corpus, write_jsonl  # noqa: E402


def _rows(path: str):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            yield r["id"], r["text"], r["published"]


def run_crosscheck(path: str, queue) -> None:
    from crosscheck.copies import scan

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as work:
        result = scan(_rows(path), work)
    pairs = {(a, b) for g in result.groups for a in g.documents for b in g.documents if a < b}
    queue.put({"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "pairs": sorted(pairs),
               "candidates": result.candidates})


def run_baseline(path: str, queue) -> None:
    from datasketch import MinHash, MinHashLSH

    from crosscheck.copies import _QUOTES, _TOKEN  # the same 5-gram shingles as crosscheck

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    hashes = {}
    for doc_id, text, _ in _rows(path):
        words = _TOKEN.findall(text.translate(_QUOTES).casefold())
        grams = {" ".join(words[i:i + 5]).encode() for i in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=128)
        m.update_batch(list(grams))
        lsh.insert(doc_id, m)
        hashes[doc_id] = m
    pairs = set()
    for doc_id, m in hashes.items():
        for other in lsh.query(m):
            if other != doc_id:
                pairs.add((min(doc_id, other), max(doc_id, other)))
    queue.put({"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "pairs": sorted(pairs)})


def quality(pairs: list, rows: list[dict]) -> tuple[float, float]:
    origin = {r["id"]: r.get("copy_of", r["id"]) for r in rows}
    truth = {tuple(sorted((r["id"], r["copy_of"]))) for r in rows if "copy_of" in r}
    found = {tuple(p) for p in pairs}
    recall = len(truth & found) / len(truth) if truth else 1.0
    right = sum(1 for a, b in found if origin[a] == origin[b])
    precision = right / len(found) if found else 1.0
    return precision, recall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, nargs="+", default=[10_000])
    parser.add_argument("--words", type=int, default=600)
    args = parser.parse_args()
    print(f"{'reports':>8} {'system':<22}{'seconds':>9}{'docs/s':>9}{'peak MB':>9}{'precision':>10}{'recall':>8}")
    for n in args.reports:
        rows = corpus(n, words=args.words, seed=5)
        with tempfile.TemporaryDirectory() as tmp:
            path = str(write_jsonl(Path(tmp) / "reports.jsonl", rows))
            ours = in_child(run_crosscheck, path)
            base = in_child(run_baseline, path)
        for name, r in (("crosscheck scan", ours), ("datasketch MinHashLSH", base)):
            p, rec = quality(r["pairs"], rows)
            print(f"{n:>8} {name:<22}{r['seconds']:>9.1f}{n / r['seconds']:>9.0f}{r['peak_mb']:>9.0f}{p:>10.3f}{rec:>8.3f}")
        print(f"{n:>8} throughput ratio crosscheck / baseline: {base['seconds'] / ours['seconds']:.2f}x "
              f"({ours['candidates']:,} candidate pairs verified)")


if __name__ == "__main__":
    main()
