"""Gate: the fresh stories of issue 20 (evaluation/real_stories/fresh) are well formed, and their judgements match.

stories.json names reports by id only (no text), 5-25 a story (a Multi-News cluster 3+; batch 8: 2+, ECB 3+), split fdev/ftest by story, no report in two fresh stories
nor in any real-stories gold story; judgements.json holds labels, classes and short reasons in the judge's words (values
of at most four words). ``match`` finds a judgement again when the report lists the same item in another order or
position, and never on one shared piece of evidence. Never runs crosscheck.
"""

import json
import re
from pathlib import Path

import pytest

from evaluation.real_stories.fresh.__main__ import STORIES_FILE, judgements, listed, match, score

pytestmark = pytest.mark.gate

ROOT = Path(__file__).resolve().parents[2]


def _stories() -> list[dict]:
    return json.loads(STORIES_FILE.read_text(encoding="utf-8"))["stories"]


def test_fresh_stories_are_ids_only_and_disjoint_from_every_gold_story():
    stories = _stories()
    assert len(stories) >= 30
    seen: set[str] = set()
    for s in stories:
        assert set(s) <= {"story", "set", "docs", "split", "batch", "outlets"}
        assert s["split"] in ("fdev", "ftest") and s["set"] in ("t17", "ecb", "pn", "mn")
        # a Multi-News cluster holds 3-9 reports; batch 8 (the last pools) takes clusters of 2 and ECB sub-topics of 3-4
        least = {"mn": 2, "ecb": 3}.get(s["set"], 5) if s.get("batch") == 8 else (3 if s["set"] == "mn" else 5)
        assert least <= len(s["docs"]) <= 25
        refs = [ref for _, ref in s["docs"]]
        assert all(len(ref) < 70 for ref in refs)
        assert not seen & set(refs), s["story"]
        seen.update(refs)
    gold_refs = set()
    for path in (ROOT / "evaluation" / "real_stories" / "gold").glob("*.json"):
        gold_refs.update(ref for _, ref in json.loads(path.read_text(encoding="utf-8"))["docs"])
    assert not seen & gold_refs
    gold_rows = {ref.split(":")[0] for ref in gold_refs if ref.count(":") == 1 and ref.split(":")[0].isdigit()}
    fresh_rows = {ref.split(":")[0] for s in stories if s["set"] == "mn" for _, ref in s["docs"]}
    assert not fresh_rows & gold_rows  # a Multi-News cluster of a gold story is left out whole
    splits = [s["split"] for s in stories]
    assert splits.count("fdev") > splits.count("ftest") > 0


def test_fresh_multinews_passages_are_named_in_no_copies_or_passages_table():
    fresh = {f"mn:{ref}" for s in _stories() if s["set"] == "mn" for _, ref in s["docs"]}
    named = set()
    for path in (ROOT / "evaluation" / "data").glob("*.tsv"):
        named.update(re.findall(r"mn:\d+:\d+", path.read_text(encoding="utf-8")))  # ids only
    assert fresh and not fresh & named


# A helper's judgements not merged into judgements.json yet (JSON lines of the same items, sixteenth session on).
HELPER_JUDGEMENTS = sorted((ROOT / "bench" / "results").glob("*-judgements.jsonl"))


def test_fresh_judgements_are_labels_and_short_words():
    names = {s["story"]: s["split"] for s in _stories()}
    for j in judgements([str(p) for p in HELPER_JUDGEMENTS])["items"]:
        assert j["story"] in names and j["split"] == names[j["story"]]
        assert j["kind"] in ("conflict", "update", "agreement") and j["label"] in ("real", "false")
        if j["label"] == "false" and j["split"] == "fdev":
            assert j.get("class")
        assert len(j["reason"]) <= 240
        assert all(len(v.split()) <= 5 for v in j["values"])
        assert len(j["keys"]) >= 2


def _item(kind, *keys):
    return {"kind": kind, "n": 1, "what": "", "explanation": "",
            "evidence": [{"doc": d, "start": s, "end": s + 2, "value": "9"} for d, s in keys]}


def test_match_finds_a_judgement_again_and_never_on_one_shared_key():
    judged = [{"story": "x", "kind": "conflict", "keys": [["d01", 10], ["d02", 20]], "label": "false", "class": "c"},
              {"story": "x", "kind": "update", "keys": [["d01", 10], ["d03", 30]], "label": "real"}]
    assert match(_item("conflict", ("d02", 20), ("d01", 10)), judged) is judged[0]
    assert match(_item("conflict", ("d02", 20), ("d01", 10), ("d04", 5)), judged) is judged[0]
    assert match(_item("conflict", ("d01", 10), ("d03", 30)), judged) is None  # only the update holds these
    assert match(_item("conflict", ("d01", 10), ("d05", 50)), judged) is None  # one shared key


def test_match_prefers_a_judgement_of_exactly_the_items_evidence():
    # a three-sided item judged false for its third side, then listed with its two agreeing sides and judged so
    judged = [{"story": "x", "kind": "agreement", "keys": [["d01", 1], ["d02", 2], ["d03", 3]], "label": "false"},
              {"story": "x", "kind": "agreement", "keys": [["d01", 1], ["d02", 2]], "label": "real"}]
    assert match(_item("agreement", ("d01", 1), ("d02", 2)), judged) is judged[1]
    assert match(_item("agreement", ("d01", 1), ("d02", 2), ("d03", 3)), judged) is judged[0]
    assert match(_item("agreement", ("d02", 2), ("d01", 1), ("d04", 4)), judged) is judged[0]  # a tie, neither exact


def test_score_counts_unjudged_and_classes_by_split():
    runs = [({"story": "x", "split": "fdev"}, [_item("conflict", ("d01", 10), ("d02", 20)),
                                               _item("conflict", ("d07", 1), ("d08", 2))])]
    judged = [{"story": "x", "kind": "conflict", "keys": [["d01", 10], ["d02", 20]], "label": "false", "class": "c"}]
    out = score(runs, judged)
    tally = out["table"][("fdev", "conflict")]
    assert (tally["false"], tally["unjudged"], tally["real"]) == (1, 1, 0)
    assert out["classes"]["fdev"]["c"] == 1


def test_listed_holds_the_reports_agreements_unless_asked_not_to():
    report = {"conflicts": [], "updates": [],
              "agreements": [{"kind": "quantity", "explanation": "two agree",
                              "items": [{"document": "x1", "text": "9", "start": 4, "end": 5, "sentence": "It was 9."},
                                        {"document": "x2", "text": "nine", "start": 7, "end": 11}]}]}
    items = listed(report, {"x1": "d01", "x2": "d02"})
    assert [(i["kind"], i["n"]) for i in items] == [("agreement", 1)]
    assert {(e["doc"], e["start"]) for e in items[0]["evidence"]} == {("d01", 4), ("d02", 7)}
    assert listed(report, {"x1": "d01", "x2": "d02"}, agreements=False) == []
    judged = [{"story": "x", "kind": "agreement", "keys": [["d02", 7], ["d01", 4]], "label": "false", "class": "c"}]
    assert match(items[0], judged) is judged[0]
    out = score([({"story": "x", "split": "fdev"}, items)], judged)
    assert out["table"][("fdev", "agreement")]["false"] == 1 and out["agreement_classes"]["fdev"]["c"] == 1


def test_judgements_reads_a_helpers_json_lines_after_the_merged_ones(tmp_path):
    extra = tmp_path / "more.jsonl"
    extra.write_text(json.dumps({"story": "x", "kind": "agreement", "keys": [["d01", 1], ["d02", 2]],
                                 "label": "real"}) + "\n\n", encoding="utf-8")
    merged = judgements()["items"]
    both = judgements([str(extra)])["items"]
    assert both[:len(merged)] == merged and both[-1]["kind"] == "agreement" and len(both) == len(merged) + 1
