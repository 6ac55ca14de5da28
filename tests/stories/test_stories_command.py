"""`crosscheck stories` end to end: a stream in, stories stored, one of them analysed."""

import json
import sqlite3

from typer.testing import CliRunner

from crosscheck.cli import EXIT_SKIPPED, app
from crosscheck.report import validate_story
from tests.stories.test_stories import FLOOD, QUAKE

runner = CliRunner()


def write_stream(path, copy=True):
    records = []
    for n, ((ft, fx), (qt, qx)) in enumerate(zip(FLOOD, QUAKE)):
        records.append({"title": ft, "text": fx, "published": f"2026-03-{14 + n}", "outlet": f"Paper {n}"})
        records.append({"title": qt, "text": qx, "published": f"2026-03-{14 + n}", "outlet": f"Daily {n}"})
    if copy:  # a wire reprint of the first flood report, a day later
        records.append({"title": "Flood in Yemen", "text": FLOOD[0][1] + " More to follow.", "published": "2026-03-15",
                        "outlet": "Reprint Times"})
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_stream_splits_into_stored_labelled_stories_and_a_rerun_duplicates_nothing(tmp_path):
    stream = write_stream(tmp_path / "stream.jsonl")
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "out"
    result = runner.invoke(app, ["stories", str(stream), str(tmp_path / "empty.txt"), "--out", str(out), "--quiet"])
    assert result.exit_code == EXIT_SKIPPED, result.output  # the empty file is named, the rest still read
    assert "empty.txt" in result.output
    report = json.loads((out / "stories.json").read_text())
    assert report["documents"] == 7 and report["copy_groups"] == 1
    sizes = [(s["reports"], s["name"]) for s in report["stories"]]
    assert [n for n, _ in sizes] == [4, 3], sizes  # the reprint lands in its original's story
    flood = report["stories"][0]
    assert flood["name"].startswith("2026-03-14-hodeidah") and flood["last"] == "2026-03-16"
    assert any(e["title"] == "Flood in Yemen" for e in flood["examples"])

    again = runner.invoke(app, ["stories", str(stream), "--out", str(out), "--quiet"])
    assert again.exit_code == 0, again.output
    assert [(s["reports"], s["name"]) for s in json.loads((out / "stories.json").read_text())["stories"]] == sizes
    db = sqlite3.connect(out / "crosscheck.sqlite")
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 7
    assert db.execute("SELECT count(*) FROM story_documents").fetchone()[0] == 7
    labels = dict(db.execute("SELECT name, label FROM stories"))
    assert labels[flood["name"]] == flood["label"]

    # Each story can then be analysed from the store, with no input paths.
    analysed = tmp_path / "analysed"
    result = runner.invoke(app, ["analyze", "--db", str(out / "crosscheck.sqlite"), "--story", flood["name"],
                                 "--out", str(analysed), "--quiet"])
    assert result.exit_code == 0, result.output
    story = json.loads((analysed / "story.json").read_text())
    validate_story(story)
    assert len(story["documents"]) == 4 and story["independent_sources"] == 3
    assert any("Hodeidah" in e["name"] for e in story["entities"])


def test_analyze_of_an_unknown_stored_story_says_which_exist(tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["stories", str(write_stream(tmp_path / "s.jsonl", copy=False)), "--out", str(out), "-q"])
    result = runner.invoke(app, ["analyze", "--db", str(out / "crosscheck.sqlite"), "--story", "nope", "--out",
                                 str(tmp_path / "a"), "--quiet"])
    assert result.exit_code == 4 and "no story 'nope'" in result.output and "hodeidah" in result.output
    assert runner.invoke(app, ["analyze", "--out", str(tmp_path / "a")]).exit_code == 2


def test_the_web_page_lists_found_stories_with_their_labels(tmp_path):
    from fastapi.testclient import TestClient

    from crosscheck.web import create_app

    out = tmp_path / "out"
    runner.invoke(app, ["stories", str(write_stream(tmp_path / "s.jsonl", copy=False)), "--out", str(out), "-q"])
    page = TestClient(create_app(out / "crosscheck.sqlite")).get("/")
    assert page.status_code == 200
    assert "Hodeidah, United Nations" in page.text and "Kharkiv" in page.text


def test_stories_can_analyse_what_they_find_on_a_runner(tmp_path):
    import pytest

    stream = write_stream(tmp_path / "s.jsonl")
    outputs = {}
    for runner_name in ("local", "dask"):
        if runner_name == "dask":
            pytest.importorskip("distributed", reason="the dask runner needs the cluster extra")
        out = tmp_path / runner_name
        result = runner.invoke(app, ["stories", str(stream), "--out", str(out), "--analyze", "3",
                                     "--runner", runner_name, "--workers", "2", "--quiet"])
        assert result.exit_code == 0, result.output
        names = sorted(p.name for p in out.iterdir() if (p / "story.json").exists())
        assert len(names) == 2  # both stories have 3 reports or more
        outputs[runner_name] = {n: json.loads((out / n / "story.json").read_text()) for n in names}
    for name, story in outputs["local"].items():
        other = outputs["dask"][name]
        validate_story(other)
        for key in ("documents", "copies", "entities", "places", "timeline", "time_expressions", "claims",
                    "agreements", "conflicts", "quotes", "brief", "independent_sources"):
            assert key in story and other[key] == story[key], key
        assert story["claims"] and story["entities"] and story["documents"]


def test_an_unknown_runner_is_bad_usage(tmp_path):
    stream = write_stream(tmp_path / "s.jsonl", copy=False)
    result = runner.invoke(app, ["analyze", str(stream), "--out", str(tmp_path / "a"), "--runner", "spark", "-q"])
    assert result.exit_code == 2 and "unknown runner 'spark'" in result.output
