"""Gate: the second reading of the uncertain copy pairs (evaluation/data/copies_adjudicated_s19.tsv) is well formed, and
the adjudication tools keep the reading blind.

The file: every pair a copies pair file marks "uncertain" appears exactly once, with the first label its pair file
gives, a second label copy/not, sure/unsure, the status the header's rule gives, its place in the reading order, and
no column of text. The tools: the reading view prints no label, kind or note, and the split the scorer's
``--adjudicated`` uses follows the rule. The unit checks use invented texts and invented pairs only.
"""

import csv
from pathlib import Path

import pytest

pytestmark = pytest.mark.gate

ROOT = Path(__file__).resolve().parents[2]
ADJUDICATED = ROOT / "evaluation" / "data" / "copies_adjudicated_s19.tsv"
COLUMNS = ["a", "b", "first", "second", "sure", "status", "second_kind", "order", "reason"]


def _adjudicated_rows() -> list[dict]:
    with open(ADJUDICATED, encoding="utf-8") as handle:
        return list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))


def test_adjudicated_file_lists_every_uncertain_pair_once_with_its_first_label():
    from evaluation.copies_adjudicate import first_rows, is_uncertain, reading_order

    rows = _adjudicated_rows()
    assert rows and list(rows[0]) == COLUMNS
    pairs = [(r["a"], r["b"]) for r in rows]
    assert len(pairs) == len(set(pairs))
    uncertain = {(r["a"], r["b"]): r for r in first_rows() if is_uncertain(r)}
    assert set(pairs) == set(uncertain)
    order = {p: n for n, p in enumerate(reading_order())}
    for r in rows:
        assert r["first"] == uncertain[(r["a"], r["b"])]["label"]
        assert r["order"] == str(order[(r["a"], r["b"])])


def test_adjudicated_status_follows_the_header_rule():
    for r in _adjudicated_rows():
        assert r["second"] in ("copy", "not") and r["sure"] in ("sure", "unsure")
        gold = r["first"] == r["second"] and r["sure"] == "sure"
        assert r["status"] == ("gold" if gold else "uncertain"), (r["a"], r["b"])
        assert r["reason"].strip()
        assert '"' not in r["reason"]  # a reason describes the pair in the reader's words, it quotes no text


def test_reading_order_mixes_both_halves():
    from evaluation.copies_adjudicate import reading_order
    from evaluation.copies_features import dev_halves6

    parts = dev_halves6(fresh5=True)
    half = {(r["a"], r["b"]): name for name in ("A", "B") for r in parts[name]}
    first_twenty = [half[p] for p in reading_order()[:20]]
    assert set(first_twenty) == {"A", "B"}


def test_view_prints_neither_label_nor_kind_nor_note(monkeypatch):
    from evaluation import copies_sets
    from evaluation.copies_adjudicate import view
    from evaluation.copies_sets import Report

    shared = "the harbour authority said on tuesday that the northern quay would stay closed until the storm passed"
    texts = {"x:1": "Invented opening about a harbour. " + shared + " and the ferries waited.",
             "x:2": "Another invented lede. " + shared + "."}
    monkeypatch.setattr(copies_sets, "report", lambda key: Report(key, texts[key], "o", "g"))
    shown = view("x:1", "x:2")
    assert "northern quay" in shown and "run X@" in shown
    for hidden in ("copy", "not", "reprint", "wireedit", "uncertain", "label", "kind"):
        assert f" {hidden} " not in f" {shown.lower()} ".replace("\n", " ")


def test_adjudicated_split_keeps_certain_pairs_and_reports_unconfirmed_ones_apart():
    from evaluation.copies_features import adjudicated_split

    rows = [{"a": "p", "b": "q", "label": "copy", "note": "plain"},
            {"a": "p", "b": "r", "label": "copy", "note": "uncertain; half shared"},
            {"a": "p", "b": "s", "label": "not", "note": "Uncertain"},
            {"a": "p", "b": "t", "label": "not", "note": "uncertain"}]
    second = {("p", "r"): {"first": "copy", "status": "gold"}, ("p", "s"): {"first": "not", "status": "uncertain"}}
    split = adjudicated_split(rows, second)
    assert [r["b"] for r in split["original"]] == ["q", "r", "s", "t"]
    assert [r["b"] for r in split["adjudicated"]] == ["q", "r"]
    assert [r["b"] for r in split["uncertain"]] == ["s", "t"]  # t was never read: it stays uncertain


def test_adjudicated_split_refuses_a_first_label_that_no_longer_matches():
    from evaluation.copies_features import adjudicated_split

    rows = [{"a": "p", "b": "r", "label": "not", "note": "uncertain"}]
    with pytest.raises(SystemExit, match="rebuild it"):
        adjudicated_split(rows, {("p", "r"): {"first": "copy", "status": "gold"}})


def test_merge_refuses_a_bad_label(tmp_path):
    from evaluation.copies_adjudicate import first_rows, is_uncertain, merge

    a, b = next((r["a"], r["b"]) for r in first_rows() if is_uncertain(r))
    second = tmp_path / "second.tsv"
    second.write_text(f"a\tb\tlabel\tsure\tkind\treason\n{a}\t{b}\tmaybe\tsure\t\tinvented\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="label must be one of"):
        merge(second, tmp_path / "out.tsv")
