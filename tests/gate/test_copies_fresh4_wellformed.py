"""Gate: the fourth sealed copy set (evaluation/data/copies_fresh4.tsv, passages_fresh4.tsv) is well formed.

Checks only the files and that every report they name loads from ../shared/data: columns, labels and kinds,
no pair twice, none from the earlier sets (copies_gold, copies_gold2, copies_fresh, copies_fresh2, copies_fresh3 and
the four earlier passage files), at least 300 pairs from at least four sets with every kind the data still had
(no unused first-paragraph page was left: no parabp), offsets inside the text. It never runs the copies stage and
never scores (the set is held out: see evaluation/data/COPIES_FRESH4.md).
"""

import pytest

from tests.gate.test_copies_fresh2_wellformed import COPY_KINDS, TRAP_KINDS, _rows, check_pair_file
from tests.gate.test_copies_fresh2_wellformed import check_passage_file, check_passages_of_pairs, check_texts_load
from tests.gate.test_copies_fresh3_wellformed import _earlier as _earlier_than_fresh3

pytestmark = pytest.mark.gate

OLD_PASSAGES = ("passages_gold.tsv", "passages_fresh.tsv", "passages_fresh2.tsv", "passages_fresh3.tsv")


def _earlier() -> set[frozenset]:
    out = _earlier_than_fresh3()
    for name in ("copies_fresh3.tsv", "passages_fresh3.tsv"):
        out |= {frozenset((r["a"], r["b"])) for r in _rows(name)}
    return out


def test_copies_fresh4_is_well_formed():
    rows = check_pair_file("copies_fresh4.tsv", _earlier(), 300)
    assert {r["kind"] for r in rows} == (COPY_KINDS - {"parabp"}) | TRAP_KINDS
    assert sum(r["kind"] == "lede" for r in rows) >= 10 and sum(r["kind"] == "embedded" for r in rows) >= 10
    assert sum(r["kind"] == "partial" for r in rows) >= 60  # many partial-overlap traps
    assert any(r["a"].endswith("ecb") and r["b"].endswith("ecb") for r in rows)  # original ECB documents
    assert sum(r["recheck"] != "" for r in rows) >= len(rows) // 10  # the second reading of a 10% sample


def test_copies_fresh4_texts_load():
    check_texts_load("copies_fresh4.tsv")


def test_passages_fresh4_is_well_formed_and_inside_the_texts():
    rows = check_passage_file("passages_fresh4.tsv", OLD_PASSAGES)
    assert len({(r["a"], r["b"]) for r in rows}) >= 60
    check_passages_of_pairs(rows, "copies_fresh4.tsv")  # 'not' pairs of the copy set, in its order; no overlap
