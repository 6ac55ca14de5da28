"""Copy detection on hand-labelled Timeline17 pairs (evaluation/data/copies_gold.tsv).

No public syndication gold set could be had, so 55 pairs were labelled by reading
them (see the file's header): 30 sampled from the pairs the copy stage flags and
25 from the LSH candidates it rejects, so both precision and the misses near the
threshold are measured. Each labelled pair is decided by the copy stage's own
verification rule (``copies.measure`` with ``CopySettings``); the flagged and
rejected strata are reweighted by their sizes (173 and 74 pairs) to estimate
precision and recall over all candidates.

    python -m evaluation.copies_gold
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from evaluation.common import SHARED_DATA  # noqa: E402

ROOT = SHARED_DATA / "timeline17_tlsrl"
GOLD = Path(__file__).with_name("data") / "copies_gold.tsv"
STRATA = {"flagged": 173, "rejected": 74}  # candidate pairs in each stratum when the sample was drawn
PEERS = "text-dedup on NEWS-COPY (Silcock et al. 2022): MinHash ARI 0.73, neural re-ranking 0.94 (a different measure and set)"


def detokenize(text: str) -> str:
    text = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("`` ", '"').replace(" ''", '"')
    return re.sub(r" ([.,;:!?%'])", r"\1", text)


def load_pairs() -> list[dict]:
    with open(GOLD, encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t")]
    return rows


def score() -> dict[str, float]:
    from crosscheck.copies import CopySettings, measure, shingles

    settings = CopySettings()
    texts: dict[tuple[str, str], str] = {}
    for folder in {r["folder_a"] for r in load_pairs()} | {r["folder_b"] for r in load_pairs()}:
        for a in json.loads((ROOT / folder / "articles.json").read_text(encoding="utf-8")):
            texts[(folder, a["uid"])] = detokenize(a["text"])
    counts = {s: {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "n": 0} for s in STRATA}
    for r in load_pairs():
        a = shingles(texts[(r["folder_a"], r["uid_a"])], settings.shingle_words)
        b = shingles(texts[(r["folder_b"], r["uid_b"])], settings.shingle_words)
        _, containment, shared = measure(a, b)
        predicted = containment >= settings.min_containment and shared >= min(settings.min_shared_shingles, len(a), len(b))
        stratum = "flagged" if containment >= 0.5 else "rejected"
        gold = r["label"] == "copy"
        key = ("tp" if gold else "fp") if predicted else ("fn" if gold else "tn")
        counts[stratum][key] += 1
        counts[stratum]["n"] += 1
    # Reweight each stratum's sample to its population.
    est = {k: sum(STRATA[s] * counts[s][k] / max(counts[s]["n"], 1) for s in STRATA) for k in ("tp", "fp", "fn", "tn")}
    precision = est["tp"] / (est["tp"] + est["fp"]) if est["tp"] + est["fp"] else 0.0
    recall = est["tp"] / (est["tp"] + est["fn"]) if est["tp"] + est["fn"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    raw = {k: sum(counts[s][k] for s in STRATA) for k in ("tp", "fp", "fn", "tn")}
    return {"precision": 100 * precision, "recall": 100 * recall, "f1": 100 * f1, **{f"pairs_{k}": v for k, v in raw.items()}}


def main() -> None:
    if not ROOT.is_dir():
        sys.exit(f"{ROOT} is not here")
    r = score()
    print(f"Timeline17 hand-labelled copy pairs: {sum(r[k] for k in r if k.startswith('pairs_'))} pairs read "
          f"(tp {r['pairs_tp']}, fp {r['pairs_fp']}, fn {r['pairs_fn']}, tn {r['pairs_tn']})")
    print(f"  estimated over all candidates: P {r['precision']:.1f}  R {r['recall']:.1f}  F1 {r['f1']:.1f}")
    print(f"  for scale: {PEERS}")


if __name__ == "__main__":
    main()
