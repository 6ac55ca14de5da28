"""Recall of the needs-the-parser rule of ``bench_components.py`` on real reports (issue 18, item 2).

Runs ``crosscheck``'s whole pipeline (full parse everywhere) on ``--reports`` reports of a real
corpus, then asks, for each claim, quote and time expression it found: do all the pieces
(``sentcache.pieces``) its span touches match the rule? Recall = records whose pieces all match /
records. A record on a piece the rule lets skip the parser is one a lighter pipeline could lose.

    nice -n 10 python bench/component_rule_recall.py --corpus mix --reports 40
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    import real_corpus
    from bench_components import _NEEDS, _with_cues
    from crosscheck.pipeline import Settings, run
    from crosscheck.sentcache import pieces
    from crosscheck.store import Store

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=("mix", "syndicated"), default="mix")
    ap.add_argument("--reports", type=int, default=40)
    ap.add_argument("--rule", choices=("short", "cues"), default="cues")
    args = ap.parse_args()
    rule = _with_cues(_NEEDS) if args.rule == "cues" else _NEEDS
    with tempfile.TemporaryDirectory() as tmp:
        path = real_corpus.write(getattr(real_corpus, args.corpus)(args.reports), Path(tmp) / "in.jsonl")
        with Store(Path(tmp) / "s.sqlite") as store:
            run([str(path)], store, "r", Settings(processes=1))
            docs = {d.id: d.text for d in store.load_documents("r")}
            kinds = {"claims": store.load_claims("r"), "quotes": store.load_quotes("r"),
                     "timexes": store.load_timexes("r")}
    cut = {i: pieces(t) for i, t in docs.items()}
    for kind, records in kinds.items():
        hit = missed = 0
        for r in records:
            text = docs.get(r.document)
            if text is None or r.end <= r.start:
                continue
            touched = [text[a:b] for a, b in cut[r.document] if a < r.end and b > r.start]
            if touched and all(rule.search(p) for p in touched):
                hit += 1
            else:
                missed += 1
                print(f"  missed {kind}: {text[r.start:r.end][:80]!r}")
        print(f"{kind}: {hit} / {hit + missed} on pieces the rule keeps for the full parse "
              f"(recall {100 * hit / max(1, hit + missed):.1f}%)", flush=True)


if __name__ == "__main__":
    main()
