"""Gate: the fifth sealed copy set (evaluation/data/copies_fresh5.tsv, passages_fresh5.tsv) is well formed.

Checks only the files and that every report they name loads from ../shared/data: columns, labels and kinds, no pair
twice, none from the earlier sets (copies_gold, copies_gold2, copies_fresh .. copies_fresh4 and the five earlier passage
files), no report that a real-stories or provenance story uses, every report from the pools the set was drawn from, at
least 300 pairs from at least four sets, offsets inside the text. It never runs the copies stage and never scores (the set
was held out in the fifth session of 2026-11-30 and is dev since the sixth: see evaluation/data/COPIES_FRESH5.md).

Unlike fresh2-fresh4 the copy share is NOT checked to be 35-65%: the pools of this round held almost no unused copies
(2 of 321 pairs are copies; COPIES_FRESH5.md says how that was searched). The set measures false copies and shared passages.
"""

import json
from pathlib import Path

import pytest

from tests.gate.test_copies_fresh2_wellformed import TRAP_KINDS, _rows, check_pair_file
from tests.gate.test_copies_fresh2_wellformed import check_passage_file, check_passages_of_pairs, check_texts_load
from tests.gate.test_copies_fresh4_wellformed import OLD_PASSAGES as OLD_PASSAGES4
from tests.gate.test_copies_fresh4_wellformed import _earlier as _earlier_than_fresh4

pytestmark = pytest.mark.gate

ROOT = Path(__file__).resolve().parents[2]
OLD_PASSAGES = OLD_PASSAGES4 + ("passages_fresh4.tsv",)
ECB_TOPICS = {"25", "26", "27", "28", "29", "30", "31", "39", "40", "42", "43", "44", "45"}
T17_DAYS = {"H1N1_": ("2009-06-01", "2009-06-30"), "bpoil_": ("2010-08-01", "2010-10-31"),
            "haiti_bbc": ("", "9999"), "LibyaWar_cnn": ("2011-07-01", "2011-08-31")}


def _earlier() -> set[frozenset]:
    out = _earlier_than_fresh4()
    for name in ("copies_fresh4.tsv", "passages_fresh4.tsv"):
        out |= {frozenset((r["a"], r["b"])) for r in _rows(name)}
    return out


# Real-stories splits labelled after fresh5 was made (sixth session of 2026-11-30, when fresh5 was dev): test11 reuses
# 38 reports of 43 of fresh5's non-copy pairs (partial, quote and event traps); said in the test11 README. test13 (seventh
# session, part A: original ECB topics 25, 26, 29, 31) reuses 18 reports of 12 of fresh5's non-copy pairs (8 of them also
# in passages_fresh5); said in the test13 README. test17 (ninth session, part B) took Multi-News row 56 (its three reports
# are in fresh5's non-copy pairs): the copies set was read as dev, so that one test17 story's texts were seen before it was
# sealed; the tenth session's sealed-reads record says so.
LABELLED_AFTER_FRESH5 = ("test11", "test13", "test17")


def _story_reports() -> set[str]:
    """Keys of every report a real-stories or provenance gold file names (the Timeline17 provenance stories name theirs
    as ``folder:uid`` without a ``set``)."""
    out = set()
    golds = list((ROOT / "evaluation" / "real_stories" / "gold").glob("*.json"))
    golds += list((ROOT / "evaluation" / "data" / "provenance").glob("*.json"))
    later = {name for name, split in json.loads((ROOT / "evaluation" / "real_stories" / "split.json").read_text(
        encoding="utf-8")).items() if split in LABELLED_AFTER_FRESH5}
    for path in golds:
        if path.stem in later:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        kind = gold.get("set")
        for _, ref in gold.get("docs", []):
            if kind == "ecb":
                out.add(f"ecb:{ref.split('_')[0]}:{ref}")
            elif kind in ("wcl", "mn"):
                out.add(f"{kind}:{ref}")
            else:
                out.add(f"t17:{ref}")
    return out


def _in_pool(key: str) -> bool:
    prefix = key.split(":", 1)[0]
    if prefix == "ecb":
        return key.split(":")[1] in ECB_TOPICS
    if prefix == "mn":
        return int(key.split(":")[1]) < 100
    if prefix != "t17":
        return prefix in ("pn", "wcl")
    from evaluation.copies_sets import SHARED_DATA

    folder, uid = key.split(":")[1:]
    bounds = next((v for k, v in T17_DAYS.items() if folder.startswith(k)), None)
    if bounds is None:
        return False
    articles = json.loads((SHARED_DATA / "timeline17_tlsrl" / folder / "articles.json").read_text(encoding="utf-8"))
    day = next(a["dct"] for a in articles if a["uid"] == uid)
    return bounds[0] <= day <= bounds[1]


def test_copies_fresh5_is_well_formed():
    rows = check_pair_file("copies_fresh5.tsv", _earlier(), 300, copy_share=None)  # too few copies left (module doc)
    assert {r["kind"] for r in rows} >= TRAP_KINDS  # every trap kind
    assert sum(r["recheck"] != "" for r in rows) >= 30  # the second reading
    assert all("uncertain" in r["note"] for r in rows if r["recheck"] == "disagree")


def test_copies_fresh5_uses_no_story_report_and_only_its_pools():
    pytest.importorskip("evaluation.copies_sets")
    from evaluation.copies_sets import available

    if not available():
        pytest.skip("../shared/data is not here")
    keys = {k for r in _rows("copies_fresh5.tsv") for k in (r["a"], r["b"])}
    assert not keys & _story_reports()
    assert all(_in_pool(k) for k in keys), sorted(k for k in keys if not _in_pool(k))


def test_copies_fresh5_texts_load():
    check_texts_load("copies_fresh5.tsv")


def test_passages_fresh5_is_well_formed_and_inside_the_texts():
    rows = check_passage_file("passages_fresh5.tsv", OLD_PASSAGES)
    assert len({(r["a"], r["b"]) for r in rows if r["a_start"]}) >= 50  # at least 50 pairs with gold passages
    check_passages_of_pairs(rows, "copies_fresh5.tsv")  # 'not' pairs of the copy set, in its order; no overlap
