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
import functools
import inspect
import json
import re
import sys
from pathlib import Path

import numpy as np

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
    # The stage's decision (candidates, the outlet's template removed, verification), as on the second set.
    keyed = [{"a": f"t17:{r['folder_a']}:{r['uid_a']}", "b": f"t17:{r['folder_b']}:{r['uid_b']}"} for r in load_pairs()]
    decisions = decide(keyed, settings)
    for r, predicted in zip(load_pairs(), decisions):
        a = shingles(texts[(r["folder_a"], r["uid_a"])], settings.shingle_words)
        b = shingles(texts[(r["folder_b"], r["uid_b"])], settings.shingle_words)
        _, containment, shared = measure(a, b)
        stratum = "flagged" if containment >= 0.5 else "rejected"  # as the sample was drawn
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




# ---------------------------------------------------------------- issue 14: the larger, varied set

GOLD2 = Path(__file__).with_name("data") / "copies_gold2.tsv"
COPY_KINDS = ("reprint", "lede", "parabp", "embedded", "wireedit", "update")
TRAP_KINDS = ("template", "boiler", "quote", "partial", "event")


FRESH = Path(__file__).with_name("data") / "copies_fresh.tsv"  # round 2's fresh held-out set (copies_fresh.py)


def load_pairs2(split: str | None = None, path: Path | None = None) -> list[dict]:
    """Pairs of copies_gold2.tsv (one split, or all), or of another file of the same columns (``path``)."""
    if path is not None:
        with open(path, encoding="utf-8") as handle:
            return list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))
    with open(GOLD2, encoding="utf-8") as handle:
        rows = list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))
    return [r for r in rows if split in (None, "all") or r["split"] == split]


# Timeline17 folders sealed for code helpers (HELPERS.md, seventh session): crosscheck never runs on their reports
# except those a labelled pair or passage file already names, so their template is computed over those reports only.
# Eighth session: MJ_bbc and Finan_washingtonpost sealed too (HELPERS.md; test15 part B); 42 MJ_bbc reports are in
# labelled copy pairs from earlier sessions, none of Finan_washingtonpost.
SEALED_T17_FOLDERS = ("IraqWar_guardian", "MJ_bbc", "Finan_washingtonpost")


@functools.lru_cache(maxsize=1)
def _labelled_keys() -> frozenset[str]:
    """Every report key a labelled copies or passages file in evaluation/data names."""
    keys: set[str] = set()
    for path in sorted(GOLD2.parent.glob("copies_*.tsv")) + sorted(GOLD2.parent.glob("passages_*.tsv")):
        with open(path, encoding="utf-8") as handle:
            for r in csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"):
                keys.update(k for k in (r.get("a"), r.get("b")) if k)
    return frozenset(keys)


def _outlet_corpus(key: str) -> tuple[str, list[str]]:
    """The outlet of a report, and the keys of that outlet's reports in its set (for its template)."""
    from evaluation.copies_sets import reports

    prefix = key.split(":", 1)[0]
    r = reports(prefix)[key]
    if prefix == "t17":  # one folder = one outlet on one topic
        folder = key.split(":")[1]
        members = [k for k in reports(prefix) if k.split(":")[1] == folder]
        if folder in SEALED_T17_FOLDERS:  # a sealed pool: only the reports the labelled files already use
            labelled = _labelled_keys()
            members = [k for k in members if k in labelled]
        return r.outlet, members
    if prefix == "pn":
        return r.outlet, [k for k, x in reports(prefix).items() if x.outlet == r.outlet]
    return r.outlet, [key]  # Multi-News, ECB+, NewsWCL50: no outlet name to group by


def decide(pairs: list[dict], settings=None, old: bool = False) -> list[bool]:
    """The copy stage's decision on each labelled pair: a candidate (either index) that verification keeps.

    ``old=True``: the stage before issue 14 (MinHash LSH only, no template removal, its own thresholds).
    """
    import numpy as np

    from crosscheck import copies
    from crosscheck.copies import CopySettings
    from evaluation.copies_sets import report

    settings = settings or CopySettings()
    if old:  # the stage's own thresholds before issue 14
        from dataclasses import replace

        settings = replace(settings, min_containment=0.5, min_shared_shingles=15)
    template: dict[str, np.ndarray] = {}
    recurring: dict[str, np.ndarray] = {}  # the outlet's shingles in a few of its reports (the recurring-block rule)

    def template_of(key: str):
        outlet, members = _outlet_corpus(key)
        tag = members[0] + ":" + outlet  # one outlet's corpus (a Timeline17 folder, a PolNeAR publisher)
        if tag not in template:
            floor = max(settings.template_reports, settings.template_share * len(members))
            if len(members) < floor or old:
                template[tag] = np.zeros(0, np.uint64)
            else:
                values, counts = np.unique(np.concatenate([copies.shingles(report(m).text) for m in members]),
                                           return_counts=True)
                template[tag] = values[counts >= floor]
                recurring[tag] = values[counts >= getattr(settings, "recurring_reports", floor)]
        return template[tag]

    def recurring_of(a_key: str, b_key: str):
        tags = [_outlet_corpus(k)[1][0] + ":" + _outlet_corpus(k)[0] for k in (a_key, b_key)]
        found = [recurring[t] for t in dict.fromkeys(tags) if t in recurring]
        return None if not found else found[0] if len(found) == 1 else np.union1d(*found)

    out = []
    for r in pairs:
        a = copies._without(copies.shingles(report(r["a"]).text), template_of(r["a"]))
        b = copies._without(copies.shingles(report(r["b"]).text), template_of(r["b"]))
        sig = copies.signature_matrix([a, b], settings)
        if old:  # MinHash LSH, and its estimate against the Jaccard a copy must reach (copies.plausible then)
            estimate = float((sig[0] == sig[1]).mean())
            small = min(len(a), len(b)) * settings.min_containment
            bound = small / max(len(a) + len(b) - small, 1)
            candidate = bool(copies.candidate_pairs(sig, settings)) and estimate >= bound - copies.ESTIMATE_MARGIN
        else:  # the stage's own candidate step (MinHash LSH, the containment index, short-report lookup and,
            # from session 5, the reports holding another's opening)
            heads = None
            if "openings" in inspect.signature(copies.candidates).parameters:
                heads = {k: copies.opening_of(copies.ordered_shingles(report(r[k]).text), settings.opening_shingles,
                                              template_of(r[k])) for k in ("a", "b")}
            candidate = bool(len(copies.candidates(["a", "b"], {"a": a, "b": b}, settings,
                                                   **({"openings": heads} if heads else {}))))
        if old or not hasattr(copies, "opening_of"):  # the stage before round 3 (a base commit's src) has no openings
            out.append(bool(candidate and copies.verify(a, b, settings)[0]))
            continue
        openings = tuple(copies.opening_of(copies.ordered_shingles(report(k).text), settings.opening_shingles,
                                           template_of(k)) for k in (r["a"], r["b"]))
        orders = tuple(copies.in_text_order(copies.ordered_shingles(report(k).text), template_of(k))
                       for k in (r["a"], r["b"])) if hasattr(copies, "in_text_order") else None
        extra = (orders,) if orders else ()
        if orders and hasattr(settings, "recurring_share"):
            extra = (orders, recurring_of(r["a"], r["b"]))
        more = {}
        if orders and hasattr(copies, "quoted_shingles"):  # round 5: the quotes rule
            more["quoted"] = tuple(copies.quoted_shingles(report(k).text) for k in (r["a"], r["b"]))
        ok = copies.verify(a, b, settings, openings, *extra, **more)[0]
        if not ok and hasattr(copies, "template_hid_copy"):  # tenth session: versions the template hid
            full = tuple(copies.shingles(report(k).text) for k in (r["a"], r["b"]))
            full_orders = tuple(copies.in_text_order(copies.ordered_shingles(report(k).text)) for k in (r["a"], r["b"]))
            ok = copies.template_hid_copy((a, b), full, full_orders, settings)
        out.append(bool(candidate and ok))
    return out


def prf(gold: list[bool], predicted: list[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def score2(split: str = "test", settings=None, old: bool = False, path: Path | None = None) -> dict:
    """P/R/F1 overall, recall per copy kind and false-positive rate per trap kind, on one split (or on
    every pair of ``path``, e.g. ``FRESH``)."""
    return score_rows(load_pairs2(split, path), settings, old)


def score_rows(pairs: list[dict], settings=None, old: bool = False) -> dict:
    """``score2`` on given rows of a pair file (a half, a sealed set)."""
    predicted = decide(pairs, settings, old)
    gold = [r["label"] == "copy" for r in pairs]
    result = {"pairs": len(pairs), "overall": prf(gold, predicted), "kinds": {}}
    for kind in COPY_KINDS + TRAP_KINDS:
        idx = [i for i, r in enumerate(pairs) if r["kind"] == kind]
        if not idx:
            continue
        hits = sum(predicted[i] for i in idx)
        result["kinds"][kind] = {"n": len(idx), "flagged": hits,
                                 ("recall" if kind in COPY_KINDS else "false_positive_rate"): hits / len(idx)}
    result["errors"] = [(r["a"], r["b"], r["label"], r["kind"]) for r, g, p in zip(pairs, gold, predicted) if g != p]
    return result


def tune(split: str = "dev") -> list[tuple[float, int, dict]]:
    """Grid over the verification thresholds on one split: (min_containment, min_shared, overall)."""
    from dataclasses import replace

    from crosscheck.copies import CopySettings

    out = []
    for containment in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        for shared in (10, 15, 25, 40):
            s = replace(CopySettings(), min_containment=containment, min_shared_shingles=shared)
            out.append((containment, shared, score2(split, s)["overall"]))
    return out


def dev_halves() -> dict[str, list[dict]]:
    """Round 3's two halves of every pair read so far (all dev now): A = the old set's dev split and half A of
    the fresh set, B = the old test split and the fresh half B (``copies_fresh.halves``)."""
    from evaluation.copies_fresh import halves

    fresh = halves(load_pairs2(path=FRESH))
    return {"A": load_pairs2("dev") + fresh["A"], "B": load_pairs2("test") + fresh["B"]}


FRESH2 = Path(__file__).with_name("data") / "copies_fresh2.tsv"  # round 3's sealed set, dev from round 4


def dev_halves4() -> dict[str, list[dict]]:
    """Round 4's two halves of all 825 pairs read so far: round 3's halves (``dev_halves``) plus the two halves of
    copies_fresh2.tsv (``copies_fresh.halves``)."""
    from evaluation.copies_fresh import halves

    parts, fresh2 = dev_halves(), halves(load_pairs2(path=FRESH2))
    return {name: parts[name] + fresh2[name] for name in ("A", "B")}


def print_grid(grid: dict[str, dict]) -> None:
    """Round 4: each named setting (fields of CopySettings to change) scored on both halves of all 825 pairs
    (``dev_halves4``: chosen on A, read on B), one line each."""
    from dataclasses import replace

    from crosscheck.copies import CopySettings

    parts = dev_halves4()
    for label, fields in grid.items():
        line = [f"{label}:"]
        for name in ("A", "B"):
            r = score_rows(parts[name], replace(CopySettings(), **fields))
            o = r["overall"]
            floor = min(k["recall"] for k in r["kinds"].values() if "recall" in k)
            line.append(f"{name} P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f} "
                        f"(tp {o['tp']} fp {o['fp']} fn {o['fn']}) lowest kind recall {floor:.3f}")
        print("  ".join(line), flush=True)


def choose_on_half(rows: list[dict], containments=(0.28, 0.3, 0.32, 0.35, 0.38, 0.4), templates=(4, 5, 6),
                   min_recall: float = 0.9) -> tuple[dict, list[tuple]]:
    """The verification thresholds with the highest F1 on ``rows`` among those keeping recall >= ``min_recall``
    on every copy kind (else the highest F1): (chosen settings fields, every grid row)."""
    from dataclasses import replace

    from crosscheck.copies import CopySettings

    grid = []
    for c in containments:
        for t in templates:
            r = score_rows(rows, replace(CopySettings(), min_containment=c, template_reports=t))
            floor = min(k["recall"] for k in r["kinds"].values() if "recall" in k)
            grid.append((c, t, r["overall"], floor))
    ok = [g for g in grid if g[3] >= min_recall] or grid
    c, t, _, _ = max(ok, key=lambda g: (round(g[2]["f1"], 6), g[2]["precision"]))
    return {"min_containment": c, "template_reports": t}, grid


def main2(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m evaluation.copies_gold --set2")
    parser.add_argument("--set2", action="store_true")
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"])
    parser.add_argument("--old", action="store_true", help="the copy stage before issue 14")
    parser.add_argument("--tune", action="store_true", help="grid of thresholds on the split (use dev)")
    parser.add_argument("--fresh", action="store_true", help="round 2's fresh held-out set (read once at the end)")
    parser.add_argument("--opening-grid", action="store_true",
                        help="round 3: the opening rule's grid on both halves (chosen on A, read on B)")
    parser.add_argument("--halves", action="store_true",
                        help="round 3: thresholds chosen on half A of all pairs read so far, both halves scored")
    parser.add_argument("--recurring-grid", action="store_true",
                        help="round 4: the recurring-block rule's grid on both halves of all 825 pairs (chosen on A)")
    parser.add_argument("--late-grid", action="store_true",
                        help="round 4: the late-start rule's grid on both halves of all 825 pairs (chosen on A)")
    args = parser.parse_args(argv)
    if args.recurring_grid:
        print_grid({f"recurring_start {start:.2f} share {share:.2f}": {"recurring_start": start, "recurring_share": share}
                    for start in (0.25, 0.3, 0.35, 1.01) for share in (0.8, 0.9, 1.0)})
        return
    if args.late_grid:
        print_grid({f"late_start {late:.2f}": {"late_start": late} for late in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 1.01)})
        return
    if args.opening_grid:
        from dataclasses import replace

        from crosscheck.copies import CopySettings

        parts = dev_halves()
        for c in (0.15, 0.2, 0.25):
            for share in (0.5, 0.7, 0.9, 1.01):
                s = replace(CopySettings(), opening_containment=c, opening_share=share)
                line = [f"opening containment {c:.2f} share {share:.2f}:"]
                for name in ("A", "B"):
                    o = score_rows(parts[name], s)["overall"]
                    line.append(f"{name} P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f} "
                                f"(tp {o['tp']} fp {o['fp']} fn {o['fn']})")
                print("  ".join(line))
        return
    if args.halves:
        from dataclasses import replace

        from crosscheck.copies import CopySettings

        parts = dev_halves()
        chosen, grid = choose_on_half(parts["A"])
        for c, t, o, floor in grid:
            print(f"half A grid: min_containment {c:.2f} template {t}: P {o['precision']:.3f} R {o['recall']:.3f} "
                  f"F1 {o['f1']:.3f} lowest kind recall {floor:.3f}")
        print("chosen on half A:", chosen, "(defaults:", {k: getattr(CopySettings(), k) for k in chosen}, ")")
        for name in ("A", "B"):
            print(report_score(f"half {name} (chosen)", score_rows(parts[name], replace(CopySettings(), **chosen))))
            print(report_score(f"half {name} (defaults)", score_rows(parts[name])))
        return
    if args.tune:
        for c, s, o in tune(args.split):
            print(f"min_containment {c:.2f} min_shared {s:>3}: P {o['precision']:.3f} R {o['recall']:.3f} "
                  f"F1 {o['f1']:.3f} (tp {o['tp']} fp {o['fp']} fn {o['fn']})")
        return
    r = score2(args.split, old=args.old, path=FRESH if args.fresh else None)
    print(report_score("fresh" if args.fresh else args.split, r))


def report_score(name: str, r: dict) -> str:
    """The lines ``main2`` prints for one scored set: overall, each kind, each error."""
    o = r["overall"]
    lines = [f"{name}: {r['pairs']} pairs  P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f} "
             f"(tp {o['tp']} fp {o['fp']} fn {o['fn']})"]
    for kind, k in r["kinds"].items():
        what = "recall" if "recall" in k else "false_positive_rate"
        lines.append(f"  {kind:<9} n={k['n']:>3} flagged {k['flagged']:>3}  {what} {k[what]:.3f}")
    lines.extend("  error: " + " ".join(e) for e in r["errors"])
    return "\n".join(lines)


# ---------------------------------------------------------------- shared passages (issue 14)

PASSAGES_GOLD = Path(__file__).with_name("data") / "passages_gold.tsv"


PASSAGES_FRESH = Path(__file__).with_name("data") / "passages_fresh.tsv"
PASSAGES_FRESH2 = Path(__file__).with_name("data") / "passages_fresh2.tsv"  # round 3's sealed sample, dev from round 4
# passages_gold.tsv's definition: reused reporting, no quotation (a quoted written statement was not a passage).
OLD_PASSAGE_KINDS = ("wire",)


def score_passages(settings=None, gold_path: Path | None = None, kinds: tuple[str, ...] | None = None,
                   stories: bool = False) -> dict:
    """Precision and recall of the shared passages the copies stage records, against passages_gold.tsv.

    ``kinds``: score only the found passages of these kinds (``wire``, ``document``); all by default.
    passages_gold.tsv (round 1) counted no quotation as a passage, written statements included, so it is
    scored on ``("wire",)``; passages_fresh.tsv (round 2) counts a document's text in quotation marks.

    A found passage is right when it covers at least half of a gold passage (or half of it lies in one);
    a gold passage is found when a found passage covers at least half of it. Offsets are in the first report.
    ``stories``: a Timeline17 outlet's template also holds its cross-story passages
    (``copies_features.outlet_stories``), as a store of its stories would.
    """
    from crosscheck import copies
    from crosscheck.copies import CopySettings
    from crosscheck.copies.passages import shared_passages
    from evaluation.copies_sets import report

    settings = settings or CopySettings()
    gold: dict[tuple[str, str], list[tuple[int, int]]] = {}
    with open(gold_path or PASSAGES_GOLD, encoding="utf-8") as handle:
        for r in csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"):
            spans = gold.setdefault((r["a"], r["b"]), [])
            if r["a_start"]:
                spans.append((int(r["a_start"]), int(r["a_end"])))

    def overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
        return max(0, min(x[1], y[1]) - max(x[0], y[0]))

    template = {}
    found_total = right = gold_total = gold_found = 0
    for (a, b), spans in gold.items():
        ignore = []
        for key in (a, b):
            outlet, members = _outlet_corpus(key)
            tag = members[0] + ":" + outlet
            if tag not in template:
                floor = max(settings.template_reports, settings.template_share * len(members))
                sets = [copies.shingles(report(m).text) for m in members] if len(members) >= floor else []
                if sets:
                    values, counts = np.unique(np.concatenate(sets), return_counts=True)
                    template[tag] = values[counts >= floor]
                else:
                    template[tag] = np.zeros(0, np.uint64)
                if stories and key.startswith("t17:"):
                    from evaluation.copies_features import outlet_stories

                    template[tag] = np.union1d(template[tag], outlet_stories(outlet))
            ignore.append(template[tag])
        found = shared_passages(a, report(a).text, b, report(b).text, size=settings.shingle_words,
                                min_words=settings.passage_words, ignore=np.union1d(*ignore))
        mine = [next((s.start, s.end) for s in p.spans if s.document == a) for p in found
                if kinds is None or p.kind in kinds]
        found_total += len(mine)
        right += sum(1 for m in mine if any(overlap(m, g) >= 0.5 * min(m[1] - m[0], g[1] - g[0]) for g in spans))
        gold_total += len(spans)
        gold_found += sum(1 for g in spans if any(overlap(m, g) >= 0.5 * (g[1] - g[0]) for m in mine))
    precision = right / found_total if found_total else 1.0
    recall = gold_found / gold_total if gold_total else 1.0
    return {"pairs": len(gold), "gold": gold_total, "found": found_total, "right": right, "gold_found": gold_found,
            "precision": precision, "recall": recall}


if __name__ == "__main__":
    if "--passages" in sys.argv:
        print(score_passages(gold_path=PASSAGES_FRESH if "--fresh" in sys.argv else None,
                             kinds=None if "--fresh" in sys.argv else OLD_PASSAGE_KINDS))
    elif "--set2" in sys.argv or "--fresh" in sys.argv:
        main2(sys.argv[1:])
    else:
        main()
