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


class _OpenQuote:
    """The rule, plus every piece that follows, in the same paragraph, a piece leaving a double quote
    open (a quote running over several sentences: its middle sentences carry no mark). Stateful:
    ``reset()`` at each report, then ``search`` its pieces in order."""

    def __init__(self, rule):
        self.rule = rule
        self.open = False

    def reset(self) -> None:
        self.open = False

    def search(self, piece: str):
        inside = self.open
        marks = piece.count('"') + piece.count("\u201c") + piece.count("\u201d")
        self.open = (inside + marks) % 2 == 1
        return True if inside else self.rule.search(piece)


def main() -> None:
    import real_corpus
    from bench_components import _NEEDS, _with_cues
    from crosscheck.pipeline import Settings, run
    from crosscheck.sentcache import pieces
    from crosscheck.store import Store

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=("mix", "syndicated"), default="mix")
    ap.add_argument("--reports", type=int, default=40)
    ap.add_argument("--rule", choices=("short", "cues", "cues+open"), default="cues")
    args = ap.parse_args()
    rule = _with_cues(_NEEDS) if args.rule.startswith("cues") else _NEEDS
    if args.rule == "cues+open":
        rule = _OpenQuote(rule)
    with tempfile.TemporaryDirectory() as tmp:
        path = real_corpus.write(getattr(real_corpus, args.corpus)(args.reports), Path(tmp) / "in.jsonl")
        with Store(Path(tmp) / "s.sqlite") as store:
            run([str(path)], store, "r", Settings(processes=1))
            loaded = store.load_documents("r")
            docs = {d.id: d.text for d in loaded}
            sentences = {d.id: [(x.start, x.end) for x in d.sentences] for d in loaded}
            kinds = {"claims": store.load_claims("r"), "quotes": store.load_quotes("r"),
                     "timexes": store.load_timexes("r")}
    cut = {i: pieces(t) for i, t in docs.items()}
    # What the rule lets skip the parser, and whether the parser's sentence ends there are the pieces'.
    n_pieces = n_skip = chars = chars_skip = split = 0
    for i, text in docs.items():
        if hasattr(rule, "reset"):
            rule.reset()
        bounds = set(sentences[i])
        for a, b in cut[i]:
            n_pieces += 1
            chars += b - a
            if rule.search(text[a:b]):
                continue
            n_skip += 1
            chars_skip += b - a
            if (a, b) not in bounds:  # the parser cut this piece (or ran it into another): no piece-wide sentence
                split += 1
    print(f"pieces the rule lets skip the parser: {n_skip:,} / {n_pieces:,} ({100 * n_skip / max(1, n_pieces):.1f}%), "
          f"characters {chars_skip:,} / {chars:,} ({100 * chars_skip / max(1, chars):.1f}%); "
          f"of them not one whole sentence of the parse: {split:,}", flush=True)
    for kind, records in kinds.items():
        hit = missed = 0
        for r in records:
            text = docs.get(r.document)
            if text is None or r.end <= r.start:
                continue
            if hasattr(rule, "reset"):  # the open-quote state runs over the report's pieces in order
                rule.reset()
                keep = {(a, b) for a, b in cut[r.document] if rule.search(text[a:b])}
            else:
                keep = {(a, b) for a, b in cut[r.document] if rule.search(text[a:b])}
            touched = [(a, b) for a, b in cut[r.document] if a < r.end and b > r.start]
            if touched and all(p in keep for p in touched):
                hit += 1
            else:
                missed += 1
                print(f"  missed {kind}: {text[r.start:r.end][:80]!r}")
        print(f"{kind}: {hit} / {hit + missed} on pieces the rule keeps for the full parse "
              f"(recall {100 * hit / max(1, hit + missed):.1f}%)", flush=True)


if __name__ == "__main__":
    main()
