"""Gate: the third sealed copy set (evaluation/data/copies_fresh3.tsv, passages_fresh3.tsv) is well formed.

Checks only the files and that every report they name loads from ../shared/data: columns, labels and kinds,
no pair twice, none from the earlier sets, at least 300 pairs from at least four sets with every kind present,
offsets inside the text. It never runs the copies stage (the set is held out: see
evaluation/data/COPIES_FRESH3.md).
"""

import pytest

from tests.gate.test_copies_fresh2_wellformed import COPY_KINDS, TRAP_KINDS, _rows, check_pair_file
from tests.gate.test_copies_fresh2_wellformed import _earlier as _earlier_than_fresh2
from tests.gate.test_copies_fresh2_wellformed import check_passage_file, check_passages_of_pairs, check_texts_load

pytestmark = pytest.mark.gate


def _earlier() -> set[frozenset]:
    out = _earlier_than_fresh2()
    for name in ("copies_fresh2.tsv", "passages_gold.tsv", "passages_fresh.tsv", "passages_fresh2.tsv"):
        out |= {frozenset((r["a"], r["b"])) for r in _rows(name)}
    return out


def test_copies_fresh3_is_well_formed():
    rows = check_pair_file("copies_fresh3.tsv", _earlier(), 300)
    assert {r["kind"] for r in rows} == COPY_KINDS | TRAP_KINDS  # every copy kind and every trap kind
    assert all("uncertain" in r["note"] for r in rows if r["recheck"] == "disagree")


def test_copies_fresh3_texts_load():
    check_texts_load("copies_fresh3.tsv")


def test_passages_fresh3_is_well_formed_and_inside_the_texts():
    rows = check_passage_file("passages_fresh3.tsv", ("passages_gold.tsv", "passages_fresh.tsv", "passages_fresh2.tsv"))
    check_passages_of_pairs(rows, "copies_fresh3.tsv")  # 'not' pairs of the copy set, in its order; no overlap
