"""TIMEX3 extraction and normalisation on the TempEval-3 platinum test set.

Measures as TempEval-3 defines them for time expressions (UzZaman et al. 2013):
- strict extraction: a system span equal to a gold span;
- relaxed extraction: a system span overlapping a gold span (each matched once);
- value F1: relaxed matches whose normalised value equals the gold value,
  over all system (precision) and all gold (recall) expressions.
The document creation time (the DCT TIMEX3) is the anchor, not a target.

    python -m evaluation.tempeval3 [--limit N]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from evaluation.common import SHARED_DATA, prf  # noqa: E402

GOLD = SHARED_DATA / "tempeval3_platinum" / "te3-platinum"
PEERS = {"HeidelTime": 77.61, "SUTime": 67.38}


@dataclass
class GoldTimex:
    start: int
    end: int
    value: str
    type: str


def read_tml(path: Path) -> tuple[str, date, list[GoldTimex]]:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})', raw) or \
        re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    text, timexes, pos = [], [], 0
    open_timex = None
    for m in re.finditer(r"<(/?)(\w+)([^>]*)>|([^<]+)", body):
        if m.group(4) is not None:
            chunk = _unescape(m.group(4))
            text.append(chunk)
            pos += len(chunk)
        elif m.group(2) == "TIMEX3":
            if m.group(1):
                if open_timex:
                    open_timex.end = pos
                    timexes.append(open_timex)
                open_timex = None
            else:
                attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(3)))
                open_timex = GoldTimex(pos, pos, attrs.get("value", ""), attrs.get("type", ""))
    return "".join(text), date.fromisoformat(dct.group(1)), timexes


def _unescape(s: str) -> str:
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def score(files: list[Path]) -> dict[str, tuple[float, float, float]]:
    from crosscheck.nlp import load_pipeline
    from crosscheck.time import find_timexes

    nlp = load_pipeline()
    n_gold = n_pred = strict = relaxed_p = relaxed_g = value_ok = 0
    for path in files:
        text, dct, gold = read_tml(path)
        pred = find_timexes(text, dct, nlp(text))
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for p in pred:
            if any(g.start == p.start and g.end == p.end for g in gold):
                strict += 1
            match = next((i for i, g in enumerate(gold) if i not in used and p.start < g.end and g.start < p.end), None)
            if match is not None:
                used.add(match)
                relaxed_p += 1
                if _same_value(p.value, gold[match].value):
                    value_ok += 1
        relaxed_g += len(used)
    return {
        "strict": prf(strict, n_pred, strict, n_gold),
        "relaxed": prf(relaxed_p, n_pred, relaxed_g, n_gold),
        "value": prf(value_ok, n_pred, value_ok, n_gold),
        "counts": (n_pred, n_gold, 0),
    }


def _same_value(system: str, gold: str) -> bool:
    return system == gold or (system.startswith("P") and gold.startswith("P") and system.rstrip("0") == gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    args = parser.parse_args()
    files = sorted(GOLD.glob("*.tml"))[: args.limit]
    result = score(files)
    print(f"TempEval-3 platinum, {len(files)} documents, {result['counts'][1]} gold / {result['counts'][0]} system TIMEX3")
    for name in ("strict", "relaxed", "value"):
        p, r, f = result[name]
        print(f"  {name:8} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}")
    print("  peers (value F1): " + ", ".join(f"{k} {v}" for k, v in PEERS.items()))


if __name__ == "__main__":
    main()
