"""Cost of the entity stage against spaCy's own ``nlp.pipe`` on the same texts, in the same run.

    python bench/bench_entities.py --reports 1000

Two fresh processes, one after the other, on the same synthetic reports
(bench/synthetic.py): the baseline runs ``nlp.pipe`` over the texts; the other
runs ``crosscheck.entities.extract_entities`` on the same texts with an empty
parse cache, so it pays for the parse (the same ``nlp.pipe``) plus mention
rules, alias resolution and geocoding. Each loads the model and warms it up on
a few texts before its clock starts. The figure to watch is the ratio, since
machines differ (target: under 1.3x).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import in_child, peak_mb  # noqa: E402
from synthetic import corpus  # noqa: E402

WARM_UP = ["Lt. Gen. Maria Keller said the UN sent aid to Hodeidah on Friday."] * 8


def _texts(reports: int, words: int) -> list[str]:
    return [r["text"] for r in corpus(reports, words=words)]


def _run_baseline(reports: int, words: int, queue) -> None:
    from crosscheck.nlp import load_pipeline

    texts = _texts(reports, words)
    nlp = load_pipeline()
    list(nlp.pipe(WARM_UP))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    queue.put({"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "documents": len(texts)})


def _run_entities(reports: int, words: int, queue) -> None:
    from crosscheck import nlp
    from crosscheck.entities import extract_entities
    from crosscheck.entities.places.gazetteer import load_gazetteer
    from crosscheck.records import Document, Sources

    texts = _texts(reports, words)
    documents = [Document(f"r{i}", f"r{i}", f"{i:064d}", "txt", t, t) for i, t in enumerate(texts)]
    list(nlp.load_pipeline().pipe(WARM_UP))
    load_gazetteer()  # the gazetteer loads once per process, like the model
    nlp.clear_cache()
    start = time.perf_counter()
    nlp.parse(documents)
    parsed = time.perf_counter()
    entities = extract_entities(documents, Sources())
    end = time.perf_counter()
    queue.put({"seconds": end - start, "parse": parsed - start, "rules": end - parsed, "peak_mb": peak_mb(),
               "documents": len(texts), "entities": len(entities),
               "mentions": sum(len(e.mentions) for e in entities)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args()
    base = in_child(_run_baseline, args.reports, args.words)
    full = in_child(_run_entities, args.reports, args.words)
    print(f"reports: {args.reports:,} (about {args.words} words each)")
    print(f"{'':28}{'seconds':>10}{'docs/s':>10}{'peak MB':>10}")
    for name, r in (("spaCy nlp.pipe baseline", base), ("parse + entity stage", full)):
        print(f"{name:28}{r['seconds']:>10.1f}{r['documents'] / r['seconds']:>10.1f}{r['peak_mb']:>10.0f}")
    print(f"entity stage alone after the parse: {full['rules']:.2f} s "
          f"({full['entities']:,} entities, {full['mentions']:,} mentions); parse inside it {full['parse']:.1f} s")
    print(f"ratio (parse + entity stage) / baseline: time {full['seconds'] / base['seconds']:.2f}x, "
          f"peak memory {full['peak_mb'] / base['peak_mb']:.2f}x")


if __name__ == "__main__":
    main()
