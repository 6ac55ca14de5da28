"""Article text of 181 real pages (scrapinghub's article-extraction benchmark), scored by its own scorer.

Data: ``../shared/data/article_extraction`` (see its SOURCE.md): ``html/<id>.html.gz`` and
``ground-truth.json`` (the article body a person would copy). The score is the upstream
``evaluate.py``'s, imported from that folder: F1, precision and recall over word 4-shingles of the
body, each page weighted alike (means of per-page precision and recall).

Systems, run here on the same pages:
- ``crosscheck``: the text crosscheck keeps, ``ingest`` (``html_to_raw``) AND ``clean``
  (``clean_without_sentences``: cleaning without the sentence split, which does not change the text);
- ``trafilatura``: ``trafilatura.extract(html)`` with its defaults (upstream's benchmark entry).

Split: pages ordered by id; even positions ``dev`` (tuned on), odd positions ``test`` (held out).

    python -m evaluation.article_extraction --split dev
    python -m evaluation.article_extraction --split all --worst 10
    python -m evaluation.article_extraction --split all --outlets      # outlet accuracy, labelled gold
    python -m evaluation.article_extraction --split all --removals     # article sentences removed in error

Outlets: ``evaluation/data/outlets_article_extraction.tsv`` (id prefix, outlet), labelled by reading
each page's URL, title and masthead; a prediction is right when ``outlets.same_outlet`` holds (case, a
leading "The", a top-level domain and punctuation aside). Removals: every piece ``clean`` removed
(``Document.removed``) whose words (three or more) stand in the gold body word for word and nowhere in
the kept text (a line printed twice and dropped once is not lost), by reason; datelines are kept as
metadata (``Document.dateline``), counted apart.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import time
from pathlib import Path

from evaluation.common import SHARED_DATA

DATA = SHARED_DATA / "article_extraction"


def scorer():
    """The upstream ``evaluate.py`` as a module."""
    spec = importlib.util.spec_from_file_location("article_extraction_evaluate", DATA / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold() -> dict[str, dict]:
    return json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))


def ids(split: str = "all") -> list[str]:
    keys = sorted(gold())
    if split == "dev":
        return keys[0::2]
    if split == "test":
        return keys[1::2]
    return keys


def load(page_id: str) -> str:
    from crosscheck.ingest.common import InputError, decode

    data = gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes())
    try:
        return decode(data)[0]
    except InputError:
        return data.decode("utf-8", errors="replace")


def run_crosscheck(markup: str, page_id: str):
    """The cleaned document crosscheck keeps for the page (or None when it skips it)."""
    from crosscheck.clean import clean_without_sentences
    from crosscheck.ingest.common import InputError, Limits
    from crosscheck.ingest.html import html_to_raw

    try:
        raw = html_to_raw(markup, f"{page_id}.html", Limits())
    except InputError:
        return None
    return clean_without_sentences(raw)


def run_trafilatura(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup) or ""


def predictions(split: str = "all", systems=("crosscheck", "trafilatura")) -> tuple[dict, dict, dict]:
    """({system: {id: {"articleBody": text}}}, {system: seconds}, {id: crosscheck Document})."""
    out: dict[str, dict] = {s: {} for s in systems}
    seconds = {s: 0.0 for s in systems}
    documents = {}
    for page_id in ids(split):
        markup = load(page_id)
        for name in systems:
            start = time.perf_counter()
            if name == "crosscheck":
                doc = run_crosscheck(markup, page_id)
                documents[page_id] = doc
                text = doc.text if doc else ""
            else:
                text = run_trafilatura(markup)
            seconds[name] += time.perf_counter() - start
            out[name][page_id] = {"articleBody": text}
    return out, seconds, documents


def evaluate(split: str = "all", systems=("crosscheck", "trafilatura")) -> dict[str, dict]:
    module = scorer()
    truth = gold()
    chosen = {k: truth[k] for k in ids(split)}
    preds, seconds, _documents = predictions(split, systems)
    result = {}
    for name, pred in preds.items():
        metrics = module.evaluate(chosen, pred, n_bootstrap=200)
        per_page = {k: module.string_shingle_matching(chosen[k].get("articleBody", ""), pred[k]["articleBody"])
                    for k in chosen}
        result[name] = {"f1": metrics["f1"], "precision": metrics["precision"], "recall": metrics["recall"],
                        "f1_std": metrics["f1_std"], "seconds": seconds[name], "per_page": per_page}
    return result


OUTLET_GOLD = Path(__file__).resolve().parent / "data" / "outlets_article_extraction.tsv"


def outlet_gold() -> dict[str, str]:
    out = {}
    for line in OUTLET_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            prefix, name = line.split("\t", 1)
            out[prefix] = name.strip()
    return out


def outlet_accuracy(documents: dict) -> tuple[float, int, list[tuple[str, str | None, str]]]:
    from crosscheck.outlets import same_outlet

    labels = outlet_gold()
    wrong, n = [], 0
    for page_id, doc in documents.items():
        name = labels.get(page_id[:10])
        if name is None:
            continue
        n += 1
        if not (doc and same_outlet(doc.outlet, name)):
            wrong.append((page_id[:10], doc.outlet if doc else None, name))
    return (n - len(wrong)) / n if n else 0.0, n, wrong


def removals_in_error(documents: dict) -> tuple[dict, list[tuple[str, str, str]]]:
    """Removed pieces that stand word for word in the gold body, by reason."""
    import re

    truth = gold()
    words = re.compile(r"\w+")
    counts: dict[str, int] = {}
    found = []
    for page_id, doc in documents.items():
        if doc is None:
            continue
        body = " " + " ".join(words.findall(truth[page_id]["articleBody"].casefold())) + " "
        kept = " " + " ".join(words.findall(doc.text.casefold())) + " "
        for r in doc.removed:
            piece = words.findall(r.text.casefold())
            # Lost: in the gold body, and not kept elsewhere (a second copy of a line dropped is no loss).
            if len(piece) >= 3 and f" {' '.join(piece)} " in body and f" {' '.join(piece)} " not in kept:
                counts[r.reason] = counts.get(r.reason, 0) + 1
                found.append((page_id[:10], r.reason, r.text))
    return counts, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--worst", type=int, default=0, help="list crosscheck's worst pages")
    parser.add_argument("--outlets", action="store_true", help="outlet accuracy against the labelled gold")
    parser.add_argument("--removals", action="store_true", help="removed pieces found in the gold body")
    args = parser.parse_args()
    if args.outlets or args.removals:
        _preds, _seconds, documents = predictions(args.split, ("crosscheck",))
        if args.outlets:
            accuracy, n, wrong = outlet_accuracy(documents)
            print(f"outlet accuracy {accuracy:.3f} on {n} labelled pages ({len(wrong)} wrong)")
            for item in wrong:
                print("  ", *item)
        if args.removals:
            counts, found = removals_in_error(documents)
            print(f"{len(documents)} pages; removed pieces found in the gold body, by reason: {counts}")
            for item in found:
                print("  ", item[0], item[1], "|", item[2][:160])
        return
    result = evaluate(args.split)
    print(f"split {args.split}: {len(ids(args.split))} pages")
    print(f"{'system':<12} {'F1':>13} {'precision':>9} {'recall':>7} {'seconds':>8}")
    for name, r in result.items():
        print(f"{name:<12} {r['f1']:.3f} ± {r['f1_std']:.3f} {r['precision']:9.3f} {r['recall']:7.3f} {r['seconds']:8.1f}")
    if args.worst:
        per = result["crosscheck"]["per_page"]
        other = result["trafilatura"]["per_page"]

        def f(t):
            tp, fp, fn = t
            return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        for k in sorted(per, key=lambda k: f(per[k]))[: args.worst]:
            tp, fp, fn = per[k]
            print(f"  {k[:12]} F1 {f(per[k]):.3f} (trafilatura {f(other[k]):.3f}) fp {fp:.2f} fn {fn:.2f}")


if __name__ == "__main__":
    main()
