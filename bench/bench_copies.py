"""Copy detection at scale: crosscheck's streaming scan against datasketch's plain MinHashLSH recipe.

Same synthetic corpus for both (~600-word reports, 5% planted copies: exact,
re-headlined, truncated to two thirds, word-edited, boilerplate added), each
system in its own fresh process for a clean peak-memory figure.
- crosscheck: ``copies.scan`` (rensa signatures to disk, LSH one band at a time,
  exact containment verification);
- baseline: datasketch ``MinHash`` (128 permutations) over the same word
  5-grams, ``MinHashLSH(threshold=0.5)``, insert every report then query each.
Issue 14 adds planted excerpts (10-30% of an original) and embeddings (an
original whole inside a longer roundup), 3% of the corpus each, and prints
recall by kind. Precision and recall are over the planted (copy, original) pairs: a planted pair
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


def cpu_seconds() -> float:
    """User + system CPU seconds of this process: less sensitive than wall time to other jobs on a shared machine."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _rows(path: str):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            yield r["id"], r["text"], r["published"]


def run_crosscheck(path: str, queue) -> None:
    from crosscheck.copies import scan

    start, cpu = time.perf_counter(), cpu_seconds()
    with tempfile.TemporaryDirectory() as work:
        result = scan(_rows(path), work)
    pairs = {(a, b) for g in result.groups for a in g.documents for b in g.documents if a < b}
    queue.put({"seconds": time.perf_counter() - start, "cpu": cpu_seconds() - cpu, "peak_mb": peak_mb(),
               "pairs": sorted(pairs), "candidates": result.candidates})


def run_baseline(path: str, queue) -> None:
    from datasketch import MinHash, MinHashLSH

    from crosscheck.copies import _QUOTES, _TOKEN  # the same 5-gram shingles as crosscheck

    start, cpu = time.perf_counter(), cpu_seconds()
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
    queue.put({"seconds": time.perf_counter() - start, "cpu": cpu_seconds() - cpu, "peak_mb": peak_mb(),
               "pairs": sorted(pairs)})


def plant_containment(rows: list[dict], share: float = 0.03, seed: int = 14) -> list[dict]:
    """Add the two kinds MinHash LSH on Jaccard misses (issue 14), each ``share`` of the corpus:

    - an **excerpt**: 10-30% of an earlier report's words, a run of its paragraphs, under a new headline;
    - an **embedding**: an earlier report whole, inside a longer report (a roundup) of new prose around it.
    Each carries ``copy_of`` (the original) and ``planted`` (its kind)."""
    import random

    from synthetic import _prose

    rng = random.Random(seed)
    out = list(rows)
    originals = [r for r in rows if "copy_of" not in r]
    index = len(rows)
    for _ in range(int(len(rows) * share)):
        original = rng.choice(originals)
        paragraphs = original["text"].split("\n\n")
        words = sum(len(p.split()) for p in paragraphs)
        target = words * rng.uniform(0.10, 0.30)
        start = rng.randrange(len(paragraphs))
        taken: list[str] = []
        while start < len(paragraphs) and sum(len(p.split()) for p in taken) < target:
            taken.append(paragraphs[start])
            start += 1
        if sum(len(p.split()) for p in taken) < 0.08 * words:  # ran off the end: take the top instead
            taken = paragraphs[:max(1, len(paragraphs) // 5)]
        out.append({**original, "id": f"r{index:06d}", "title": "In brief: " + original["title"],
                    "outlet": f"Outlet {rng.randrange(80, 120)}", "text": "\n\n".join(taken),
                    "copy_of": original["id"], "planted": "excerpt"})
        index += 1
    for _ in range(int(len(rows) * share)):
        original = rng.choice(originals)
        before = [_prose(rng, rng.randrange(60, 120)) for _ in range(rng.randrange(2, 6))]
        after = [_prose(rng, rng.randrange(60, 120)) for _ in range(rng.randrange(2, 6))]
        out.append({**original, "id": f"r{index:06d}", "title": "Roundup: " + original["title"],
                    "outlet": f"Outlet {rng.randrange(80, 120)}",
                    "text": "\n\n".join(before + [original["text"]] + after),
                    "copy_of": original["id"], "planted": "embedding"})
        index += 1
    return out


def recall_by_kind(pairs: list, rows: list[dict]) -> dict[str, float]:
    """Recall of the planted (copy, original) pairs, by kind: reprint (the corpus's own), excerpt, embedding."""
    found = {tuple(p) for p in pairs}
    by_kind: dict[str, list[bool]] = {}
    for r in rows:
        if "copy_of" in r:
            pair = tuple(sorted((r["id"], r["copy_of"])))
            by_kind.setdefault(r.get("planted", "reprint"), []).append(pair in found)
    return {k: sum(v) / len(v) for k, v in sorted(by_kind.items())}


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
    parser.add_argument("--only", choices=["crosscheck", "baseline"], help="run one system (e.g. the 100k scan alone)")
    args = parser.parse_args()
    print(f"{'reports':>8} {'system':<22}{'seconds':>9}{'docs/s':>9}{'peak MB':>9}{'precision':>10}{'recall':>8}")
    for n in args.reports:
        rows = plant_containment(corpus(n, words=args.words, seed=5))
        with tempfile.TemporaryDirectory() as tmp:
            path = str(write_jsonl(Path(tmp) / "reports.jsonl", rows))
            ours = in_child(run_crosscheck, path) if args.only != "baseline" else None
            base = in_child(run_baseline, path) if args.only != "crosscheck" else None
        for name, r in (("crosscheck scan", ours), ("datasketch MinHashLSH", base)):
            if r is None:
                continue
            p, rec = quality(r["pairs"], rows)
            kinds = "  ".join(f"{k} {v:.3f}" for k, v in recall_by_kind(r["pairs"], rows).items())
            print(f"{len(rows):>8} {name:<22}{r['seconds']:>9.1f}{len(rows) / r['seconds']:>9.0f}{r['peak_mb']:>9.0f}"
                  f"{p:>10.3f}{rec:>8.3f}   recall by kind: {kinds}   cpu {r['cpu']:.1f} s", flush=True)
        if ours and base:
            print(f"{n:>8} throughput ratio crosscheck / baseline: {base['seconds'] / ours['seconds']:.2f}x wall, "
                  f"{base['cpu'] / ours['cpu']:.2f}x cpu ({ours['candidates']:,} candidate pairs verified)", flush=True)


if __name__ == "__main__":
    main()
