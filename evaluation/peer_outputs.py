"""Score a peer geoparser's stored output with OUR scorer, beside crosscheck on the same toponyms.

    python -m evaluation.peer_outputs trnews /tmp/peers/clavin_trnews.json [more files ...]

Peers' outputs are not ours and are not in the repository: fetch them yourself (see
bench/results/issue-16-round3.md for where they are stored publicly). Two formats are read:

- the JSON of ``uhuohuy/toponym-disambiguation-voting`` (``data/<system>_<corpus>.json``):
  ``{"<docid>": [{"LOC": name, "lat": .., "lon": .., "start": .., "end": ..}, ...]}``;
  a file holding only a contiguous part of such a JSON is fine if you cut it at a whole document;
- a compact text form of the same: a line ``#<docid>`` opens a document, then one line
  ``name|start|end|lat|lon`` per toponym.

Alignment: a peer toponym matches the gold toponym of the same document with the same
character span (start, end); only documents present in the peer file count. When a peer's document
ids are not ours (GeoWebNews in the voting repository is numbered 1000 up, ours by file 0 up), each
peer document is mapped to the article of ours whose text, at the peer's spans, reads the peer's
names best (at least 80 % of them). A point at
(0, 0) is the peer's way of saying "no coordinates" and counts as unresolved.

For each file, on exactly the gold toponyms the peer output a span for, it prints the
acc@161 / mean / median / AUC of (a) the peer with its unresolved counted as 20,039 km
(our setup), (b) the peer on the toponyms it gave a point for (the setup of the voting paper's
scorer), and crosscheck (shipped and forced choice) and the population baseline on the same toponyms.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evaluation.geoparsing import CORPORA, MAX_KM, article_context, load, scores


def read_peer(path: Path) -> dict[str, dict[tuple[int, int], tuple[str, float, float]]]:
    """docid -> {(start, end): (name, lat, lon)}."""
    text = path.read_text(encoding="utf-8")
    out: dict[str, dict] = {}
    if text.lstrip().startswith("{"):
        for doc, items in json.loads(text).items():
            out[str(doc)] = {(int(t["start"]), int(t["end"])): (t.get("LOC", ""), float(t["lat"]), float(t["lon"]))
                             for t in items}
        return out
    doc = None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            doc = line[1:].strip()
            out.setdefault(doc, {})
            continue
        name, start, end, lat, lon = line.rsplit("|", 4)
        out[doc][(int(start), int(end))] = (name, float(lat), float(lon))
    return out


def compare(corpus: str, peer: dict) -> dict[str, dict]:
    from crosscheck.entities.places import gazetteer as gz
    from crosscheck.entities.places import resolution as rs

    g = gz.load_gazetteer()
    articles = load(corpus)
    if not any(a.id in peer for a in articles):
        peer = _map_documents(articles, peer)
    arts = [a for a in articles if a.id in peer]
    rows: dict[str, list[float]] = {"peer": [], "peer (points only)": [], "crosscheck": [], "crosscheck-guess": [],
                                    "population": [], "crosscheck (where peer gave a point)": []}
    gold_n = matched = 0
    for a in arts:
        gold_n += len(a.toponyms)
        res = rs.resolve([rs.Toponym(t.name, a.id) for t in a.toponyms], article_context(a), g)
        for t, r in zip(a.toponyms, res):
            p = peer[a.id].get((t.start, t.end))
            if p is None:
                continue
            matched += 1

            def km(i):
                return MAX_KM if i is None else rs.haversine_km(t.lat, t.lon, g.lat[i], g.lon[i])

            has_point = not (p[1] == 0 and p[2] == 0)
            pe = rs.haversine_km(t.lat, t.lon, p[1], p[2]) if has_point else MAX_KM
            rows["peer"].append(pe)
            rows["crosscheck"].append(km(r.index))
            rows["crosscheck-guess"].append(km(r.best_guess))
            cs = rs.candidates(g, t.name)
            rows["population"].append(km(max(cs, key=lambda i: g.population[i]) if cs else None))
            if has_point:
                rows["peer (points only)"].append(pe)
                rows["crosscheck (where peer gave a point)"].append(km(r.index))
    return {"articles": len(arts), "gold": gold_n, "matched": matched, "scores": {k: scores(v) for k, v in rows.items()}}


def _map_documents(articles, peer: dict) -> dict:
    """Re-key the peer's documents by our article ids, matching the text at the peer's spans."""
    out = {}
    for doc, items in peer.items():
        best, hits = None, 0
        for a in articles:
            n = sum(a.text[s:e].casefold() == name.casefold() for (s, e), (name, _, _) in items.items())
            if n > hits:
                best, hits = a.id, n
        if best is not None and hits >= 0.8 * len(items):
            out[best] = items
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", choices=tuple(CORPORA))
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)
    print("| corpus | file | articles | gold toponyms | matched by span | system | n | acc@161 % | mean km | median km | AUC |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for f in args.files:
        try:
            peer = read_peer(f)
        except (OSError, ValueError, KeyError) as e:
            print(f"cannot read {f}: {e}", file=sys.stderr)
            return 2
        r = compare(args.corpus, peer)
        for system, s in r["scores"].items():
            if not s.get("n"):
                continue
            print(f"| {args.corpus} | {f.name} | {r['articles']} | {r['gold']} | {r['matched']} | {system} | {s['n']} | "
                  f"{s['acc161']:.1f} | {s['mean']:.0f} | {s['median']:.0f} | {s['auc']:.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
