"""The sealed test2 split of evaluation/real_stories (issue 20): its gold is well formed and its inputs
load, WITHOUT running the pipeline or scoring (test2 is read only by the lead, once, for the final measure)."""

import re

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate


def test_split_all_leaves_the_sealed_test2_out():
    from evaluation.real_stories.data import story_names

    sealed = set(story_names("test2"))
    assert len(sealed) >= 6
    assert not sealed & set(story_names("all"))
    assert set(story_names("all")) == set(story_names("dev")) | set(story_names("test"))


def test_test2_gold_entries_name_its_reports_and_parse_to_values():
    from evaluation.real_stories.data import gold, story_names
    from evaluation.real_stories.score import parse_value

    sets = set()
    for name in story_names("test2"):
        g = gold(name)
        sets.add(g["set"])
        docs = {d for d, _ in g["docs"]}
        assert 5 <= len(docs) <= 40, name
        for kind in ("conflicts", "agreements", "updates"):
            for group in g[kind]:
                assert all(d in docs for d, _ in group["entries"]), (name, group["id"])
                assert all(parse_value(v) is not None for _, v in group["entries"]), (name, group["id"])
        days = g["key_dates"] + g["key_dates_acceptable"]
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in days), name
        assert set(g["documents"]) <= docs, name
    assert len(sets) >= 3


def test_test2_inputs_load_without_a_run(capsys):
    if not (SHARED_DATA / "timeline17_tlsrl").exists() or not (SHARED_DATA / "ecb_plus").exists():
        pytest.skip(f"{SHARED_DATA} is not here")
    from evaluation.real_stories.__main__ import main
    from evaluation.real_stories.data import gold, story_names

    assert main(["--split", "test2", "--list"]) == 0
    out = capsys.readouterr().out
    for name in story_names("test2"):
        line = next(line for line in out.splitlines() if line.startswith(name))
        assert f"inputs={len(gold(name)['docs'])} " in line, line
        assert "P " not in line and "R " not in line  # no scores printed
