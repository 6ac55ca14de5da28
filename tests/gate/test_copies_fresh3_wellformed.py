"""Gate: the third sealed copy set (evaluation/data/copies_fresh3.tsv, passages_fresh3.tsv) is well formed.

Checks only the files and that every report they name loads from ../shared/data: columns, labels and kinds,
no pair twice, none from the earlier sets, at least 300 pairs from at least four sets with every kind present,
offsets inside the text. It never runs the copies stage (the set is held out: see
evaluation/data/COPIES_FRESH3.md).
"""

import csv
from pathlib import Path

import pytest

pytestmark = pytest.mark.gate

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
COPY_KINDS = {"reprint", "lede", "parabp", "embedded", "wireedit", "update"}
TRAP_KINDS = {"template", "boiler", "quote", "partial", "event"}


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as handle:
        return list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))


def _earlier() -> set[frozenset]:
    out = {frozenset((f"t17:{r['folder_a']}:{r['uid_a']}", f"t17:{r['folder_b']}:{r['uid_b']}"))
           for r in _rows("copies_gold.tsv")}
    for name in ("copies_gold2.tsv", "copies_fresh.tsv", "copies_fresh2.tsv", "passages_gold.tsv",
                 "passages_fresh.tsv", "passages_fresh2.tsv"):
        out |= {frozenset((r["a"], r["b"])) for r in _rows(name)}
    return out


def _loaded():
    from evaluation.copies_sets import available, report

    if not available():
        pytest.skip("../shared/data is not here")
    return report


def test_copies_fresh3_is_well_formed():
    rows = _rows("copies_fresh3.tsv")
    assert set(rows[0]) >= {"a", "b", "label", "kind", "source", "containment5", "recheck", "note"}
    pairs = [frozenset((r["a"], r["b"])) for r in rows]
    assert len(rows) >= 300 and len(set(pairs)) == len(pairs)
    assert not set(pairs) & _earlier()
    assert len({r["a"].split(":", 1)[0] for r in rows}) >= 4
    for r in rows:
        assert r["a"] != r["b"]
        assert r["label"] in ("copy", "not"), r
        assert r["kind"] in (COPY_KINDS if r["label"] == "copy" else TRAP_KINDS), r
        assert r["recheck"] in ("", "agree", "disagree"), r
        assert len(r["note"]) <= 160, r  # a note, never a passage of the text
    assert {r["kind"] for r in rows} == COPY_KINDS | TRAP_KINDS  # every copy kind and every trap kind
    assert all("uncertain" in r["note"] for r in rows if r["recheck"] == "disagree")
    copies = sum(r["label"] == "copy" for r in rows)
    assert 0.35 <= copies / len(rows) <= 0.65


def test_copies_fresh3_texts_load():
    report = _loaded()
    for r in _rows("copies_fresh3.tsv"):
        assert report(r["a"]).text.strip() and report(r["b"]).text.strip(), r


def test_passages_fresh3_is_well_formed_and_inside_the_texts():
    report = _loaded()
    rows = _rows("passages_fresh3.tsv")
    assert set(rows[0]) == {"a", "b", "a_start", "a_end"}
    assert len({(r["a"], r["b"]) for r in rows}) >= 50
    old = {frozenset((r["a"], r["b"])) for name in ("passages_gold.tsv", "passages_fresh.tsv", "passages_fresh2.tsv")
           for r in _rows(name)}
    assert not {frozenset((r["a"], r["b"])) for r in rows} & old
    nots = {(r["a"], r["b"]) for r in _rows("copies_fresh3.tsv") if r["label"] == "not"}
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for r in rows:
        assert (r["a"], r["b"]) in nots, r  # passage pairs are 'not' pairs of the copy set, in its order
        text = report(r["a"]).text
        assert report(r["b"]).text.strip()
        if r["a_start"] == "":
            assert r["a_end"] == ""
            continue
        start, end = int(r["a_start"]), int(r["a_end"])
        assert 0 <= start < end <= len(text), r
        assert len(text[start:end].split()) >= 10, r  # a shared run of >= 15 words (tokens of the set)
        spans.setdefault((r["a"], r["b"]), []).append((start, end))
    for found in spans.values():  # gold passages of one pair do not overlap
        found.sort()
        assert all(x[1] <= y[0] for x, y in zip(found, found[1:]))
