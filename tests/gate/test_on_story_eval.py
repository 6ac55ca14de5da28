"""The on-story gold (evaluation/real_stories/fresh/on_story.json) is well formed, and the scoring of an "off this story"
detector counts what it should (invented piles, never a sentence of the public data)."""

import json

import pytest

from evaluation.real_stories.fresh import on_story

pytestmark = pytest.mark.gate


def test_on_story_gold_is_ids_labels_and_short_reasons_of_fdev_t17_piles():
    data = json.loads(on_story.GOLD_FILE.read_text(encoding="utf-8"))
    stories = {s["story"]: s for s in json.loads(on_story.STORIES_FILE.read_text(encoding="utf-8"))["stories"]}
    n = 0
    for pile, docs in data["piles"].items():
        assert stories[pile]["split"] == "fdev" and stories[pile]["set"] == "t17"
        assert set(docs) == {d for d, _ in stories[pile]["docs"]}, pile  # every report of a labelled pile
        for item in docs.values():
            assert set(item) == {"label", "reason"} and item["label"] in on_story.LABELS
            assert 0 < len(item["reason"]) <= 120
        n += len(docs)
    assert data["counts"]["items"] == n and data["counts"]["piles"] == len(data["piles"]) >= 25
    labels = on_story.gold()
    _, total = on_story.counts(labels)
    assert all(data["counts"][k] == total[k] for k in on_story.LABELS)


def test_off_detector_scored_with_side_as_on_and_as_off():
    rows = [(0.1, "off"), (0.2, "side"), (0.3, "on"), (0.9, "on")]
    as_on = on_story.prf(rows, 0.25, on_story.VIEWS["off"])
    assert (as_on["tp"], as_on["fp"], as_on["fn"]) == (1, 1, 0)
    as_off = on_story.prf(rows, 0.25, on_story.VIEWS["off+side"])
    assert (as_off["tp"], as_off["fp"], as_off["fn"]) == (2, 0, 0)
    assert on_story.tune(rows, on_story.VIEWS["off"]) < 0.2  # flags only the off one
    assert on_story.auc(rows, on_story.VIEWS["off+side"]) == 1.0


def test_bad_label_in_gold_file_is_named(tmp_path):
    bad = tmp_path / "g.json"
    bad.write_text(json.dumps({"piles": {"p": {"d01": {"label": "maybe", "reason": "x"}}}}), encoding="utf-8")
    with pytest.raises(ValueError, match="d01: label 'maybe'"):
        on_story.gold(bad)


def test_centroid_cosine_puts_the_other_story_last_in_an_invented_pile():
    pile = {
        "d01": "The dam burst at dawn and flood water swept through the valley town; rescuers searched for residents.",
        "d02": "Rescuers in the valley town pulled residents from flood water after the dam burst overnight.",
        "d03": "Flood water from the burst dam cut the valley road; residents waited on roofs for rescuers.",
        "d04": "The chess club elected a new treasurer and planned its spring tournament in the library.",
    }
    scores = on_story.centroid_cosine(pile)
    assert min(scores, key=scores.get) == "d04"
    dens = on_story.make_topic_density((on_story.Counter(), 1000), k=5)(pile)
    assert min(dens, key=dens.get) == "d04"


def test_on_story_reasons_share_no_five_words_with_their_report():
    from evaluation.real_stories.data import available, t17_report

    if not available():
        pytest.skip("public data not present (../shared/data)")
    data = json.loads(on_story.GOLD_FILE.read_text(encoding="utf-8"))
    stories = {s["story"]: dict(s["docs"]) for s in json.loads(on_story.STORIES_FILE.read_text(encoding="utf-8"))["stories"]}
    echoed = []
    for pile, docs in data["piles"].items():
        for doc, item in docs.items():
            text = " ".join(t17_report(stories[pile][doc])["text"].lower().split())
            words = item["reason"].lower().split()
            if any(" ".join(words[i:i + 5]) in text for i in range(len(words) - 4)):
                echoed.append((pile, doc))
    assert not echoed  # a reason is the labeller's words, never a report's
