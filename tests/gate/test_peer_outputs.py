"""evaluation/peer_outputs.py reads a peer geoparser's stored output and scores it on the same gold toponyms."""

import json

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate


def _first_articles(n=2):
    from evaluation import geoparsing

    if not (geoparsing.DATA / geoparsing.CORPORA["trnews"]).exists():
        pytest.skip(f"{SHARED_DATA} is not here")
    return geoparsing.load("trnews")[:n]


def test_a_peer_that_copies_the_gold_scores_100_and_a_peer_without_points_scores_0(tmp_path):
    from evaluation import peer_outputs

    arts = _first_articles()
    gold = {a.id: [{"LOC": t.name, "lat": t.lat, "lon": t.lon, "start": t.start, "end": t.end} for t in a.toponyms]
            for a in arts}
    perfect = tmp_path / "perfect.json"
    perfect.write_text(json.dumps(gold))
    r = peer_outputs.compare("trnews", peer_outputs.read_peer(perfect))
    assert r["matched"] == r["gold"] == sum(len(a.toponyms) for a in arts)
    assert r["scores"]["peer"]["acc161"] == 100.0
    assert r["scores"]["crosscheck"]["n"] == r["matched"]  # ours on exactly the same toponyms

    lines = []
    for a in arts:
        lines.append(f"#{a.id}")
        lines += [f"{t.name}|{t.start}|{t.end}|0|0" for t in a.toponyms]
    empty = tmp_path / "empty.txt"
    empty.write_text("\n".join(lines))
    r = peer_outputs.compare("trnews", peer_outputs.read_peer(empty))
    assert r["scores"]["peer"]["acc161"] == 0.0 and not r["scores"]["peer (points only)"].get("n")
