"""The provenance test split "test22" (issue-19-s16, sixteenth session, 2026-12-02) is well formed, its texts load, and it
is SEALED: scored only when named (with a warning), left out of ``--split all``.

test22 is the ECB+ sub-topic of topic 20: five reports of one earthquake on a Gulf island (2005), relayed by news
agencies and state media, labelled blind by reading alone before crosscheck ran on them (gold README). Format and load
only: no crosscheck run, no scoring.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.gate

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
GOLD = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "provenance"
TEST22 = ["ecb20-qeshm-quake"]


def _gold(story: str) -> dict:
    return json.loads((GOLD / f"{story}.json").read_text(encoding="utf-8"))


def test_test22_split_is_declared_sealed_and_left_out_of_all():
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert "test22" in SEALED
    assert stories_of("test22") == TEST22
    assert all(STORIES[s][2] == "test22" for s in TEST22)
    assert not set(TEST22) & set(stories_of("all"))


def test_test22_gold_file_is_well_formed():
    """ECB+ documents of one topic, labels only (short names, never text); at least 80 items, 15 relays, 5 figures, each
    figure stated twice or more, one item a (document, offset, kind)."""
    total = relays = figures = 0
    for story in TEST22:
        gold = _gold(story)
        assert set(gold) == {"story", "split", "set", "docs", "note", "items"}
        assert gold["story"] == story and gold["split"] == "test22" and gold["set"] == "ecb"
        assert all(re.fullmatch(r"20_\d+ecbplus", ref) for _, ref in gold["docs"])
        names = [d for d, _ in gold["docs"]]
        assert names == [f"d{n:02d}" for n in range(1, len(names) + 1)]
        keys = set()
        for item in gold["items"]:
            assert set(item) <= {"doc", "at", "kind", "primary", "relays", "figure"}
            assert item["doc"] in names and isinstance(item["at"], int) and item["at"] >= 0
            assert item["kind"] in ("claim", "quote")
            assert item["primary"] and all(form.strip() for form in item["primary"].split("|"))
            assert len(item["primary"]) <= 90 and all(isinstance(r, str) and 0 < len(r) <= 40 for r in item["relays"])
            keys.add((item["doc"], item["at"], item["kind"]))
        assert len(keys) == len(gold["items"])
        counted = Counter(i["figure"] for i in gold["items"] if "figure" in i)
        assert all(n >= 2 for n in counted.values())
        total += len(gold["items"])
        relays += sum(len(i["relays"]) for i in gold["items"])
        figures += len(counted)
    assert total >= 80 and relays >= 15 and figures >= 5


def test_test22_texts_load_and_offsets_point_at_the_items():
    if not (SHARED / "ecb_plus").is_dir():
        pytest.skip("ECB+ is not here")
    from evaluation.provenance import fed_texts

    for story in TEST22:
        texts = fed_texts(story)
        for item in _gold(story)["items"]:
            text = texts[item["doc"]]
            assert item["at"] < len(text)
            if item["kind"] == "claim":  # the first character of its number or number word
                assert re.match(r"[0-9A-Za-z]", text[item["at"]]) and (item["at"] == 0 or not text[item["at"] - 1].isalnum())
            else:
                assert not text[item["at"]].isspace()


def test_test22_reports_are_in_no_other_provenance_gold():
    refs = {ref for s in TEST22 for _, ref in _gold(s)["docs"]}
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") != "test22" and gold.get("set") == "ecb":
            assert not refs & {ref for _, ref in gold["docs"]}, path.name
            assert not any(ref.startswith("20_") for _, ref in gold["docs"]), path.name


def test_split_test22_warns_sealed_and_all_leaves_it_out(monkeypatch, capsys):
    """``--split test22`` hands the scorer its story with a SEALED warning; ``--split all`` holds none of it and does not
    warn. Nothing is run (the scorer is a stub)."""
    import evaluation.provenance as provenance

    if not provenance.T17.is_dir():
        pytest.skip("Timeline17 is not here (the command checks for it)")
    seen = []
    monkeypatch.setattr(provenance, "score", lambda stories, workdir, errors=None: seen.append(stories) or {})
    assert provenance.main(["--split", "test22"]) == 0
    assert seen == [TEST22] and "SEALED" in capsys.readouterr().err
    provenance.main(["--split", "all"])
    assert not set(TEST22) & set(seen[-1]) and "SEALED" not in capsys.readouterr().err
