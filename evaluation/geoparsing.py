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
            art.toponyms.append(Gold(start, end, name.strip(), lat, lon, (t.findtext("gaztag/fcode") or "").strip()))
        out.append(art)
    return out


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
        tops = [rs.Toponym(t.name, a.id) for t in a.toponyms]
        if system == "population":
            picks = []
            for t in tops:
                cs = rs.candidates(g, t.name)
                picks.append(max(cs, key=lambda i: g.population[i]) if cs else None)
        else:
            url = a.url if "://" in a.url else "http://" + a.url
            ctx = rs.Context(outlet_countries={a.id: rs.outlet_country(url) or ""},
                             outlet_hosts={a.id: rs.outlet_host(url)})
            res = rs.resolve(tops, ctx, g)
            picks = []
            for r in res:
                pick = r.best_guess if system == "crosscheck-guess" else r.index
                if r.best_guess is None:
                    info["missing"] += 1
                elif r.index is None:
                    info["unresolved"] += 1
                info["evidence"][r.evidence.split(":")[0]] = info["evidence"].get(r.evidence.split(":")[0], 0) + 1
                picks.append(pick)
        for t, i in zip(a.toponyms, picks):
            errors.append(MAX_KM if i is None else rs.haversine_km(t.lat, t.lon, g.lat[i], g.lon[i]))
            info["returned"].append(i is not None)
    return errors, info


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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
