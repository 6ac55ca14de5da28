"""Map points on real stories, end to end: is each point of story.json's ``places`` the place its reports mean?

python -m evaluation.map_points [--no-cache] [--errors]

Gold: evaluation/data/map_points.tsv (how it was made: evaluation/real_stories/README.md, "Map points").
Each map point (one ``places`` feature, keyed by story and entity id) was labelled by reading the
reports' sentences that name it: ``right`` (the place the reports mean, within 161 km), ``wrong``
(another place; ``true_lat``/``true_lon`` hold the place meant) or ``not_place`` (the name is no place:
"Metro", a transit system). The scorer reruns the pipeline on the six dev stories and counts:

- right: a labelled point now within 161 km of the place meant;
- wrong: a labelled point elsewhere, or a ``not_place`` name still on the map;
- dropped: a labelled point no longer on the map (a right one lost, or a wrong one removed: shown apart);
- new: a point the gold has no label for (not scored: label it by reading, then add it).

Dev stories only (split.json "dev"); no sealed story is named here.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "data" / "map_points.tsv"
KM = 161.0


def load_gold(path: Path = GOLD) -> dict[tuple[str, str], dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {(r["story"], r["entity"]): r for r in csv.DictReader(fh, delimiter="\t")}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from crosscheck.entities.places.resolution import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


def score(gold: dict[tuple[str, str], dict], points: dict[tuple[str, str], tuple[float, float, str]],
          stories: list[str]) -> dict:
    """``points``: (story, entity) -> (lat, lon, name) of the current run."""
    out = {"right": 0, "wrong": 0, "dropped_right": 0, "dropped_wrong": 0, "new": 0, "errors": []}
    for key, g in gold.items():
        if key[0] not in stories:
            continue
        p = points.get(key)
        if p is None:
            out["dropped_right" if g["label"] == "right" else "dropped_wrong"] += 1
            if g["label"] == "right":
                out["errors"].append(f"{key[0]}: {g['name']} dropped (was right)")
            continue
        ok = bool(g["true_lat"]) and _km(p[0], p[1], float(g["true_lat"]), float(g["true_lon"])) <= KM
        out["right" if ok else "wrong"] += 1
        if not ok:
            out["errors"].append(f"{key[0]}: {g['name']} at {p[0]:.2f},{p[1]:.2f} ({p[2]}); meant: "
                                 f"{g['meant'] or 'no place'} [{g['cause']}]")
    for key, p in points.items():
        if key not in gold and key[0] in stories:
            out["new"] += 1
            out["errors"].append(f"{key[0]}: NEW unlabelled point {key[1]} at {p[0]:.2f},{p[1]:.2f} ({p[2]})")
    return out


def current_points(stories: list[str], use_cache: bool = True) -> dict[tuple[str, str], tuple[float, float, str]]:
    from evaluation.real_stories.data import gold as story_gold
    from evaluation.real_stories.run import run_story

    points = {}
    for name in stories:
        report, _, _ = run_story(story_gold(name), use_cache=use_cache)
        for f in report.get("places", {}).get("features", []):
            lon, lat = f["geometry"]["coordinates"]
            p = f["properties"]
            points[(name, p["entity"])] = (lat, lon, f"{p.get('place_name')}, {p.get('admin1') or p.get('country')}")
    return points


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list every wrong, dropped and new point")
    args = ap.parse_args(argv)
    from evaluation.real_stories.data import SEALED_SPLITS, split

    gold = load_gold()
    stories = sorted({s for s, _ in gold})
    sealed = [s for s in stories if split().get(s) in SEALED_SPLITS]
    if sealed:
        print(f"refusing: sealed stories in the gold: {sealed}", file=sys.stderr)
        return 2
    s = score(gold, current_points(stories, not args.no_cache), stories)
    labelled = s["right"] + s["wrong"]
    print(f"map points on {len(stories)} dev real stories: {s['right']}/{labelled} right "
          f"({100 * s['right'] / max(1, labelled):.1f}%); dropped: {s['dropped_right']} right, "
          f"{s['dropped_wrong']} wrong; new (unlabelled): {s['new']}")
    print(f"  right among the points on the map, counting unlabelled new ones as unknown: "
          f"{s['right']}/{labelled + s['new']}")
    if args.errors:
        for e in s["errors"]:
            print("  " + e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
