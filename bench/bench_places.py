"""The places step beside the parse, on 1,000 real news reports, in the same run.

    python bench/bench_places.py --reports 1000

Reports: the articles of ../shared/data/geoparsing (LGL, GeoWebNews, TR-News,
GeoVirus; read by path), the first N. One process: the spaCy model and the gazetteer
are loaded and warmed before the clocks start (the gazetteer's load from its cache
is timed on its own, and its first build, once per machine, is reported when it
happens). Then, timed: the parse (``nlp.parse``), the mention rules, and the places
step: every report's place names resolved in context (``places.resolve_story``),
both as 1,000 one-report stories and as one story of 1,000 reports. The figure to
watch is the ratio places / parse.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import peak_mb  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=1000)
    args = ap.parse_args()
    from evaluation.geoparsing import CORPORA, load

    from crosscheck import nlp
    from crosscheck.entities import ner, places
    from crosscheck.entities.places import gazetteer as gz
    from crosscheck.records import Document

    articles = [a for c in CORPORA for a in load(c)][: args.reports]
    docs = [Document(f"r{i}", a.id, f"{i:064d}", "txt", a.text, a.text, url=a.url) for i, a in enumerate(articles)]
    mb0 = peak_mb()
    t = time.perf_counter()
    cached = gz._cache_path().exists()
    gz.load_gazetteer()
    load_s = time.perf_counter() - t
    gaz_mb = peak_mb() - mb0
    list(nlp.load_pipeline().pipe(["Lt. Gen. Maria Keller said the UN sent aid to Hodeidah on Friday."] * 8))

    t = time.perf_counter()
    parsed = nlp.parse(docs)
    parse_s = time.perf_counter() - t
    t = time.perf_counter()
    names = {d.id: [rm.name for rm in ner.find_mentions(d, parsed[d.id]) if rm.mention.label in ("GPE", "LOC", "FAC")]
             for d in docs}
    rules_s = time.perf_counter() - t
    t = time.perf_counter()
    for d in docs:
        places.resolve_story([d], {d.id: names[d.id]})
    per_report_s = time.perf_counter() - t
    t = time.perf_counter()
    one = places.resolve_story(docs, names)
    one_story_s = time.perf_counter() - t
    n_names = sum(len(v) for v in names.values())
    print(f"reports: {len(docs):,} ({sum(len(d.text.split()) for d in docs) / len(docs):.0f} words on average), "
          f"place mentions: {n_names:,}, distinct names in the one story: {len(one):,}")
    print(f"gazetteer: {'loaded from its cache' if cached else 'built (first run on this machine) and cached'} "
          f"in {load_s:.2f} s, {gaz_mb:.0f} MB more peak memory")
    print("| step | seconds | reports/s | ratio to the parse |")
    print("|---|---|---|---|")
    for name, s in (("spaCy parse (nlp.parse)", parse_s), ("mention rules (ner.find_mentions)", rules_s),
                    ("places, 1,000 one-report stories", per_report_s), ("places, one story of 1,000 reports", one_story_s)):
        print(f"| {name} | {s:.2f} | {len(docs) / s:.0f} | {s / parse_s:.3f} |")
    print(f"peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
