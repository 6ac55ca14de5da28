"""Which reports of a fresh pile tell the pile's story: gold counts, and a score for an "off this story" detector (issue 20).

    python -m evaluation.real_stories.fresh.on_story                 # counts per pile and overall
    python -m evaluation.real_stories.fresh.on_story --detectors     # + the simple detectors, tuned on half A, read on half B
    python -m evaluation.real_stories.fresh.on_story --shown         # what users read: brief, key dates, timeline by label
    options: --pile NAME (repeatable)  --json FILE  --compare FILE (with --shown: an earlier --shown --json, "before")
             --no-cache (with --shown: rerun the pipeline)

The gold is ``on_story.json`` (ids, labels and reasons in the labeller's words): each report of a labelled fdev
Timeline17 pile is ``on`` (tells the topic's events), ``side`` (another story that turns on the topic), ``off``
(another story) or ``empty`` (no article text). A detector scores every non-empty report of a pile, a LOWER score
meaning "more likely off"; a report is flagged off when its score is below a threshold. It is scored twice:
``off`` only as the positive class (side counted as on), and ``off`` + ``side`` as positive (side counted as off).
Empty reports are left out of the scoring (any pipeline drops them before it reads a sentence) and counted apart.

Halves: the labelled piles sorted by name, alternately A (0, 2, 4, ...) and B (1, 3, 5, ...). A threshold is tuned on
A (the best F1 of the positive class over every score seen in A) and read, unchanged, on B; and the other way round.
Reads report texts through ``evaluation.real_stories.data`` (public data by path); prints ids and numbers only.

``--shown`` (issue 20, twenty-second session): runs the pipeline on each labelled pile as the fresh evaluation does
(``evaluation.real_stories.run.run_story``, its cache) and counts what a user reads: the brief's sentences (its
closing conflicts line left out), the key dates' sentences and the timeline's events (those the report marks
``off_story``, listed apart after the story's own, are counted apart), each by the label of the report(s) it cites. An item citing several reports takes the MOST on-story of their labels (on > side > off > empty):
a sentence an on-story report also carries is on. Shares are given per view and overall, per half (A/B as above),
and, with ``--compare``, the sentences of "on" reports shown before and no longer shown (what a check cost), keyed
by a hash of the text (no article text is written). Also scores the report's own list of reports that look off
this story (``off_story`` in story.json), when it has one, against the gold.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
GOLD_FILE = HERE / "on_story.json"
STORIES_FILE = HERE / "stories.json"
LABELS = ("on", "side", "off", "empty")
# the two readings of "off": side counted as on (only off is positive), side counted as off
VIEWS = {"off": {"off"}, "off+side": {"off", "side"}}

# A detector: (the pile's report texts by doc id) -> score by doc id, lower = more likely off the pile's story.
Detector = Callable[[dict[str, str]], dict[str, float]]


def gold(path: Path = GOLD_FILE) -> dict[str, dict[str, str]]:
    """pile -> doc id -> label. Raises ValueError on a label outside LABELS."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    for pile, docs in data["piles"].items():
        out[pile] = {}
        for doc, item in docs.items():
            if item["label"] not in LABELS:
                raise ValueError(f"{path.name}: {pile} {doc}: label {item['label']!r} is not one of {', '.join(LABELS)}")
            out[pile][doc] = item["label"]
    return out


def counts(labels: dict[str, dict[str, str]]) -> tuple[dict[str, Counter], Counter]:
    per = {pile: Counter(docs.values()) for pile, docs in labels.items()}
    total: Counter = Counter()
    for c in per.values():
        total.update(c)
    return per, total


def halves(piles: list[str]) -> tuple[list[str], list[str]]:
    ordered = sorted(piles)
    return ordered[0::2], ordered[1::2]


def pile_texts(pile: str) -> dict[str, str]:
    """doc id -> report text of a fresh t17 pile (public data by path, never written anywhere)."""
    from evaluation.real_stories.data import report_text

    stories = {s["story"]: s for s in json.loads(STORIES_FILE.read_text(encoding="utf-8"))["stories"]}
    if pile not in stories:
        raise ValueError(f"no fresh story called {pile!r} in {STORIES_FILE.name}")
    story = stories[pile]
    return {doc: report_text(story["set"], ref) for doc, ref in story["docs"]}


def scored(labels: dict[str, dict[str, str]], scores: dict[str, dict[str, float]], piles: list[str]) -> list[tuple[float, str]]:
    """(score, label) of every non-empty labelled report of ``piles``."""
    rows = []
    for pile in piles:
        for doc, label in labels[pile].items():
            if label != "empty":
                rows.append((scores[pile][doc], label))
    return rows


def prf(rows: list[tuple[float, str]], threshold: float, positive: set[str]) -> dict:
    flagged = [(s < threshold, label in positive) for s, label in rows]
    tp = sum(f and p for f, p in flagged)
    fp = sum(f and not p for f, p in flagged)
    fn = sum(p and not f for f, p in flagged)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"threshold": threshold, "tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f1}


def auc(rows: list[tuple[float, str]], positive: set[str]) -> float:
    """Chance that a positive report scores below a negative one (ties half): the ranking's quality, no threshold."""
    pos = [s for s, label in rows if label in positive]
    neg = [s for s, label in rows if label not in positive]
    if not pos or not neg:
        raise ValueError("auc needs both positive and negative reports")
    wins = sum((p < n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def tune(rows: list[tuple[float, str]], positive: set[str]) -> float:
    """The threshold of the best F1 on ``rows`` (flag score < t); ties go to the lower threshold (fewer flags)."""
    values = sorted({s for s, _ in rows})
    cuts = [values[0]] + [(a + b) / 2 for a, b in zip(values, values[1:])] + [values[-1] + 1e-9]
    best = max(cuts, key=lambda t: (round(prf(rows, t, positive)["f1"], 12), -t))
    return best


# --- simple detectors over the whole report text --------------------------------------------------------------------

_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset(
    "a about after again against all also an and any are as at be because been before being between both but by can could "
    "did do does doing down during each few for from further had has have having he her here hers him his how i if in into "
    "is it its itself just me more most my no nor not now of off on once only or other our out over own said same says she "
    "should so some such than that the their theirs them then there these they this those through to too under until up "
    "very was we were what when where which while who whom why will with would you your".split()
)


def _terms(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2]


def _tfidf(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """doc -> unit-length sublinear TF-IDF vector, the pile as the document collection."""
    bags = {doc: Counter(_terms(t)) for doc, t in texts.items()}
    n = len(bags)
    df: Counter = Counter()
    for bag in bags.values():
        df.update(bag.keys())
    vectors = {}
    for doc, bag in bags.items():
        v = {w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[doc] = {w: x / norm for w, x in v.items()}
    return vectors


def centroid_cosine(texts: dict[str, str]) -> dict[str, float]:
    """Cosine of a report's TF-IDF vector to the mean vector of the REST of its pile (empty texts left out of the rest)."""
    vectors = _tfidf({d: t for d, t in texts.items() if t.strip()})
    out = {}
    for doc in texts:
        if doc not in vectors:
            out[doc] = 0.0
            continue
        out[doc] = _cosine_to_rest(vectors, doc)
    return out


def _cosine_to_rest(vectors: dict[str, dict[str, float]], doc: str) -> float:
    """The cosine of one report's (unit) vector to the centroid of the pile's other reports."""
    others = [v for d, v in vectors.items() if d != doc and v]
    centre: Counter = Counter()
    for v in others:
        for w, x in v.items():
            centre[w] += x / len(others)
    norm = math.sqrt(sum(x * x for x in centre.values())) or 1.0
    return sum(x * centre.get(w, 0.0) for w, x in vectors[doc].items()) / norm


def top_term_share(texts: dict[str, str], k: int = 20) -> dict[str, float]:
    """Share of the pile's k top terms (most reports carrying them, the report itself left out) that a report carries."""
    sets = {doc: set(_terms(t)) for doc, t in texts.items()}
    out = {}
    for doc in texts:
        df: Counter = Counter()
        for d, s in sets.items():
            if d != doc:
                df.update(s)
        top = [w for w, _ in sorted(df.items(), key=lambda x: (-x[1], x[0]))[:k]]
        out[doc] = sum(w in sets[doc] for w in top) / len(top) if top else 0.0
    return out


def background_df(piles: list[str] | None = None) -> tuple[Counter, int]:
    """Document frequency of every term over the reports of the fresh fdev t17 piles (texts only, no labels): a
    background against which a pile's own topic words stand out (they are rare in the other topics' piles)."""
    stories = json.loads(STORIES_FILE.read_text(encoding="utf-8"))["stories"]
    names = piles if piles is not None else [s["story"] for s in stories if s["split"] == "fdev" and s["set"] == "t17"]
    df: Counter = Counter()
    n = 0
    for name in names:
        for text in pile_texts(name).values():
            if text.strip():
                df.update(set(_terms(text)))
                n += 1
    return df, n


def pile_topic_terms(texts: dict[str, str], bg: tuple[Counter, int], k: int = 15, leave_out: str | None = None) -> list[str]:
    """The k terms most over-represented in the pile (share of the pile's reports holding them, against the background
    share), ``leave_out`` not counted; a term must be in at least a quarter of the pile's other reports."""
    df_bg, n_bg = bg
    sets = [set(_terms(t)) for d, t in texts.items() if d != leave_out and t.strip()]
    df: Counter = Counter()
    for s in sets:
        df.update(s)
    n = len(sets) or 1
    ranked = sorted(((df[w] / n) * math.log((n_bg + 1) / (df_bg[w] + 1)), w) for w in df if df[w] >= max(2, n / 4))
    return [w for _, w in ranked[::-1][:k]]


def make_topic_density(bg: tuple[Counter, int], k: int = 15) -> Detector:
    """Share of a report's words that are its pile's k topic terms (the report itself left out of choosing them):
    a short caption on the quake is dense in them, a long page on another story is not, whatever its length."""

    def detector(texts: dict[str, str]) -> dict[str, float]:
        out = {}
        for doc, text in texts.items():
            topic = set(pile_topic_terms(texts, bg, k, leave_out=doc))
            words = _terms(text)
            out[doc] = sum(w in topic for w in words) / len(words) if words else 0.0
        return out

    return detector


def make_bg_centroid_cosine(bg: tuple[Counter, int]) -> Detector:
    """centroid_cosine with the IDF taken over the background (every fdev t17 report) instead of the pile: the words
    the whole pile shares (its topic) weigh MOST, not least."""
    df_bg, n_bg = bg

    def detector(texts: dict[str, str]) -> dict[str, float]:
        vectors = {}
        for doc, text in texts.items():
            bag = Counter(_terms(text))
            v = {w: (1 + math.log(c)) * math.log((n_bg + 1) / (df_bg[w] + 1)) for w, c in bag.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            vectors[doc] = {w: x / norm for w, x in v.items()}
        out = {}
        for doc in texts:
            out[doc] = _cosine_to_rest(vectors, doc)
        return out

    return detector


DETECTORS: dict[str, Detector] = {"centroid_cosine": centroid_cosine, "top20_share": top_term_share}
# detectors that need the background document frequency (built once, from texts only)
BACKGROUND_DETECTORS: dict[str, Callable[[tuple[Counter, int]], Detector]] = {
    "bg_centroid_cosine": make_bg_centroid_cosine, "topic15_density": make_topic_density}


def evaluate(labels: dict[str, dict[str, str]], detector: Detector, texts_of: Callable[[str], dict[str, str]] = pile_texts) -> dict:
    """Tune on half A, read on half B and the other way round, for both views of "off"."""
    scores = {}
    for pile in labels:
        texts = texts_of(pile)
        missing = set(labels[pile]) - set(texts)
        if missing:
            raise ValueError(f"{pile}: labelled reports {sorted(missing)} are not in the pile")
        scores[pile] = detector(texts)
    a, b = halves(list(labels))
    out = {}
    for view, positive in VIEWS.items():
        out[f"{view}:auc_all"] = auc(scored(labels, scores, list(labels)), positive)
        for tune_on, read_on, name in ((a, b, "tuneA_readB"), (b, a, "tuneB_readA")):
            t = tune(scored(labels, scores, tune_on), positive)
            out[f"{view}:{name}"] = {"tuned": prf(scored(labels, scores, tune_on), t, positive),
                                     "read": prf(scored(labels, scores, read_on), t, positive)}
    return out


# --- what users read (--shown) --------------------------------------------------------------------------------------

SHOWN_VIEWS = ("brief", "key_dates", "timeline")
_RANK = {"on": 0, "side": 1, "off": 2, "empty": 3}


def item_label(docs: list[str], pile_labels: dict[str, str]) -> str:
    """The label of a shown item citing ``docs`` (gold doc ids): the most on-story of theirs; "on" when none is
    labelled (a report outside the gold cannot be judged off)."""
    found = [pile_labels[d] for d in docs if d in pile_labels]
    return min(found, key=_RANK.__getitem__) if found else "on"


def _key(text: str) -> str:
    import hashlib

    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:12]


def shown_items(report: dict, sources: dict[str, str], pile_labels: dict[str, str]) -> list[dict]:
    """Every item a user reads in the brief, key dates and timeline: view, label, text key, gold doc ids."""
    def gold_ids(ids):
        return sorted({sources.get(i) or i for i in ids})

    out = []
    for b in report.get("brief", []):
        if b["text"].startswith("Sources conflict on "):  # the closing line: the tool's, not a report's
            continue
        docs = gold_ids(b.get("documents", []))
        out.append({"view": "brief", "key": _key(b["text"]), "docs": docs, "label": item_label(docs, pile_labels)})
    for k in report.get("key_dates", []):
        docs = gold_ids(k.get("documents", []))
        for t in k.get("sentences", []):
            out.append({"view": "key_dates", "key": _key(t), "docs": docs, "label": item_label(docs, pile_labels)})
    for e in report.get("timeline", []):
        # an event marked off_story is listed apart, after the story's own (counted as "timeline_apart", not shown)
        docs = gold_ids(e.get("documents", []))
        out.append({"view": "timeline_apart" if e.get("off_story") else "timeline", "key": _key(e["text"]),
                    "docs": docs, "label": item_label(docs, pile_labels)})
    return out


def shown_shares(items: list[dict]) -> dict:
    """Per view and overall: count by label, share from off and from off+side (empty counted with off)."""
    out = {}
    for view in SHOWN_VIEWS + ("all",):
        c = Counter(i["label"] for i in items if i["view"] == view or view == "all" and i["view"] in SHOWN_VIEWS)
        n = sum(c.values())
        out[view] = {"n": n, "labels": dict(c),
                     "off": (c["off"] + c["empty"]) / n if n else 0.0,
                     "off+side": (c["off"] + c["side"] + c["empty"]) / n if n else 0.0}
    return out


def _run_piles(piles: list[str], use_cache: bool) -> dict[str, tuple[dict, dict[str, str]]]:
    from evaluation.real_stories.run import run_story

    stories = {s["story"]: s for s in json.loads(STORIES_FILE.read_text(encoding="utf-8"))["stories"]}
    out = {}
    for pile in piles:
        report, sources, _ = run_story(stories[pile], use_cache=use_cache)
        out[pile] = (report, sources)
    return out


def shown(labels: dict[str, dict[str, str]], use_cache: bool = True) -> dict:
    """The --shown measure over the labelled piles: items per pile, shares overall and per half, the off list."""
    runs = _run_piles(sorted(labels), use_cache)
    items = {p: shown_items(r, s, labels[p]) for p, (r, s) in runs.items()}
    a, b = halves(list(labels))
    listed: dict[str, Counter] = {}
    checked = Counter()
    for p, (r, s) in runs.items():
        off = r.get("off_story") or {}
        checked["checked" if off.get("checked") else "not checked" if off else "no check (before 22o)"] += 1
        for rep in off.get("reports", []):
            half = "A" if p in a else "B"
            listed.setdefault(half, Counter())[labels[p].get(s.get(rep["document"]) or rep["document"], "?")] += 1
    return {"items": items,
            "shares": {"all": shown_shares([i for v in items.values() for i in v]),
                       "A": shown_shares([i for p in a if p in items for i in items[p]]),
                       "B": shown_shares([i for p in b if p in items for i in items[p]])},
            "off_listed": {h: dict(c) for h, c in listed.items()}, "checked": dict(checked),
            "timeline_apart": dict(Counter(i["label"] for v in items.values() for i in v if i["view"] == "timeline_apart"))}


def kept_out(before: dict, after: dict, labels: dict[str, dict[str, str]]) -> dict:
    """Per view: items shown before and no longer shown, by label (the cost: those of "on" reports)."""
    out: dict[str, Counter] = {v: Counter() for v in SHOWN_VIEWS}
    for pile, items in before["items"].items():
        now = {(i["view"], i["key"]) for i in after["items"].get(pile, [])}
        for i in items:
            if (i["view"], i["key"]) not in now:
                out[i["view"]][i["label"]] += 1
    return {v: dict(c) for v, c in out.items()}


def _print_shown(result: dict, labels: dict[str, dict[str, str]]) -> None:
    a, b = halves(list(labels))
    print(f"\nwhat users read, by the label of the report(s) each item cites ({len(result['items'])} piles;"
          f" halves A {len(a)}, B {len(b)})")
    for part in ("all", "A", "B"):
        for view in SHOWN_VIEWS + ("all",):
            r = result["shares"][part][view]
            lab = " ".join(f"{k} {r['labels'].get(k, 0)}" for k in LABELS)
            print(f"  {part:3} {view:9} n {r['n']:4d}  ({lab})  off {r['off']:.3f}  off+side {r['off+side']:.3f}")
    if result["off_listed"]:
        for half, c in sorted(result["off_listed"].items()):
            n = sum(c.values())
            print(f"  reports listed as looking off, half {half}: {n} ({', '.join(f'{k} {v}' for k, v in sorted(c.items()))});"
                  f" precision off {c.get('off', 0) / n:.2f}, off+side {(c.get('off', 0) + c.get('side', 0)) / n:.2f}")
    print(f"  piles by check: {result['checked']}; timeline events listed apart (off_story), by label: "
          f"{result.get('timeline_apart') or {}}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.real_stories.fresh.on_story", description=__doc__.split("\n")[0])
    ap.add_argument("--pile", action="append", help="only this labelled pile (repeatable)")
    ap.add_argument("--detectors", action="store_true", help="score the simple detectors (reads the report texts)")
    ap.add_argument("--json", type=Path, help="write the numbers to this file")
    ap.add_argument("--shown", action="store_true", help="run the pipeline and count what users read by label")
    ap.add_argument("--compare", type=Path, help="with --shown: an earlier --shown --json (before): what was kept out")
    ap.add_argument("--no-cache", action="store_true", help="with --shown: rerun the pipeline")
    args = ap.parse_args(argv)
    labels = gold()
    if args.pile:
        unknown = [p for p in args.pile if p not in labels]
        if unknown:
            print(f"not a labelled pile: {', '.join(unknown)} (labelled: {len(labels)} piles in {GOLD_FILE.name})", file=sys.stderr)
            return 2
        labels = {p: labels[p] for p in args.pile}
    per, total = counts(labels)
    print(f"{'pile':44} " + " ".join(f"{k:>5}" for k in LABELS) + "  total")
    for pile in sorted(per):
        print(f"{pile:44} " + " ".join(f"{per[pile][k]:5d}" for k in LABELS) + f"  {sum(per[pile].values()):5d}")
    n = sum(total.values())
    print(f"{'ALL (' + str(len(per)) + ' piles)':44} " + " ".join(f"{total[k]:5d}" for k in LABELS) + f"  {n:5d}")
    print("share  " + "  ".join(f"{k} {total[k] / n:.2f}" for k in LABELS))
    result: dict = {"counts": {p: dict(c) for p, c in per.items()}, "total": dict(total)}
    if args.detectors:
        a, b = halves(list(labels))
        print(f"\nhalves: A {len(a)} piles, B {len(b)} piles (sorted by name, alternately)")
        bg = background_df()
        print(f"background: {bg[1]} non-empty reports of the fdev t17 piles (texts only)")
        dets = dict(DETECTORS) | {name: make(bg) for name, make in BACKGROUND_DETECTORS.items()}
        for name, det in dets.items():
            res = evaluate(labels, det)
            result[name] = res
            print(f"{name:18} AUC over all piles: " + "  ".join(f"{v}: {res[v + ':auc_all']:.2f}" for v in VIEWS))
            for key, r in res.items():
                if key.endswith(":auc_all"):
                    continue
                t, rd = r["tuned"], r["read"]
                print(f"{name:18} {key:20} t={t['threshold']:.3f}  tuned P {t['p']:.2f} R {t['r']:.2f} F1 {t['f1']:.2f}"
                      f"  | read P {rd['p']:.2f} ({rd['tp']}/{rd['tp'] + rd['fp']}) R {rd['r']:.2f} ({rd['tp']}/{rd['tp'] + rd['fn']}) F1 {rd['f1']:.2f}")
    if args.shown:
        result["shown"] = shown(labels, not args.no_cache)
        _print_shown(result["shown"], labels)
        if args.compare:
            before = json.loads(args.compare.read_text(encoding="utf-8"))["shown"]
            result["kept_out"] = kept_out(before, result["shown"], labels)
            print("  kept out (shown before, not now), by label: " + "; ".join(
                f"{v}: " + ", ".join(f"{k} {n}" for k, n in sorted(c.items())) for v, c in result["kept_out"].items()))
            print("  before -> after, share off / off+side: " + "; ".join(
                f"{v} {before['shares']['all'][v]['off']:.3f}->{result['shown']['shares']['all'][v]['off']:.3f}"
                f" / {before['shares']['all'][v]['off+side']:.3f}->{result['shown']['shares']['all'][v]['off+side']:.3f}"
                for v in SHOWN_VIEWS + ("all",)))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
