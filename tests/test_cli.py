"""The command line end to end, on the example corpus and on bad input."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from crosscheck.cli import EXIT_NOTHING_READ, EXIT_SKIPPED, app
from crosscheck.report import validate_story

runner = CliRunner()


@pytest.fixture(scope="module")
def example_run(tmp_path_factory):
    from tests.conftest import EXAMPLES

    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["analyze", str(EXAMPLES), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out, json.loads((out / "story.json").read_text())


def test_example_corpus_report(example_run):
    out, story = example_run
    validate_story(story)
    assert story["story"] == "hodeidah-storm"
    assert len(story["documents"]) == 7
    # The folder's README is named as ignored (not a report format), and the run still exits 0.
    assert [(s["source"].rsplit("/", 1)[-1], s["ignored"]) for s in story["skipped"]] == [("README.md", True)]
    for name in ("story.md", "story.html", "claims.csv", "quotes.csv", "entities.csv", "timeline.csv"):
        assert (out / name).stat().st_size > 0
    # The Gulf Herald reprint is a copy of the wire story: 7 reports, fewer independent sources.
    assert story["copies"] and story["independent_sources"] < 7
    # The brief stage stores the key dates: dated days, each with a sentence from a report of the story.
    ids = {d["id"] for d in story["documents"]}
    assert story["key_dates"] and all(k["date"][:4] == "2026" and set(k["documents"]) <= ids for k in story["key_dates"])
    undated = [d for d in story["documents"] if d["outlet"] == "Aid Watch"][0]
    assert undated["published"]["date"] is None and undated["published"]["basis"] in ("content", "copy")


def test_brief_line_naming_the_conflicts_has_no_empty_parentheses(example_run):
    """Review s7: "Sources conflict on ...: see the conflicts section. (d05.txt; d01.txt) ()": the line names
    conflicts, carries no support of its own, and printed an empty support phrase."""
    out, story = example_run
    assert story["conflicts"]
    brief = (out / "story.md").read_text().split("## Brief", 1)[1].split("\n## ", 1)[0]
    line = next(line for line in brief.splitlines() if "Sources conflict on" in line)
    assert not line.rstrip().endswith("()") and "()" not in line


def test_rerun_adds_nothing(example_run):
    from tests.conftest import EXAMPLES

    out, story = example_run
    result = runner.invoke(app, ["analyze", str(EXAMPLES), "--out", str(out)])
    assert result.exit_code == 0
    assert "0 new" in result.output and "none (up to date)" in result.output
    again = json.loads((out / "story.json").read_text())
    assert len(again["documents"]) == len(story["documents"])
    assert len(again["claims"]) == len(story["claims"]) and len(again["entities"]) == len(story["entities"])


def test_skipped_inputs_named_and_exit_status(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The harbour master said the storm had passed and ships could return on Monday.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "pic.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(tmp_path), str(tmp_path / "missing.txt"), "--out", str(out), "-q"])
    assert result.exit_code == EXIT_SKIPPED
    assert "skipped: " in result.output and "empty.txt: empty file" in result.output
    assert "missing.txt: path does not exist" in result.output and "PNG image" in result.output
    story = json.loads((out / "story.json").read_text())
    validate_story(story)
    assert len(story["documents"]) == 1 and len(story["skipped"]) == 3
    # OUT sits inside the input folder: a rerun reads none of its own outputs (story.html,
    # the store and its WAL files) as reports, nor names them.
    again = runner.invoke(app, ["analyze", str(tmp_path), "--out", str(out), "-q"])
    assert again.exit_code == EXIT_SKIPPED and "out/" not in again.output, again.output
    story = json.loads((out / "story.json").read_text())
    assert len(story["documents"]) == 1


def test_nothing_read_writes_no_empty_report_and_exits_6(tmp_path):
    """Regression (ninth session's review, CLI-EXIT): a missing path or an empty folder as the only input wrote an
    empty report and printed "wrote ...", which reads like success; a partly read run still writes its report."""
    (tmp_path / "empty").mkdir()
    for given in (tmp_path / "nothere", tmp_path / "empty"):
        out = tmp_path / f"out-{given.name}"
        result = runner.invoke(app, ["analyze", str(given), "--out", str(out)])
        assert result.exit_code == EXIT_NOTHING_READ, result.output
        assert "no report could be read" in result.output and "wrote" not in result.output
        assert not (out / "story.json").exists() and not (out / "story.md").exists()
    good = tmp_path / "good.txt"
    good.write_text("The harbour master said the storm had passed and ships could return on Monday.")
    out = tmp_path / "out-partly"
    result = runner.invoke(app, ["analyze", str(good), str(tmp_path / "nothere"), "--out", str(out), "-q"])
    assert result.exit_code == EXIT_SKIPPED and (out / "story.json").exists()
    # A story already in the store is still written when a rerun's new inputs are all unreadable.
    (out / "story.json").unlink()
    again = runner.invoke(app, ["analyze", str(tmp_path / "nothere"), "--story", "good", "--db",
                                str(out / "crosscheck.sqlite"), "--out", str(out), "-q"])
    assert again.exit_code == EXIT_SKIPPED and (out / "story.json").exists(), again.output


def test_bad_usage_exits_2(tmp_path):
    assert runner.invoke(app, ["analyze"]).exit_code == 2
    assert runner.invoke(app, ["analyze", str(tmp_path), "--brief-sentences", "0"]).exit_code == 2
    assert runner.invoke(app, ["analyze", str(tmp_path), "--max-file-size", "lots"]).exit_code == 2


def test_stdin_jsonl(tmp_path):
    line = json.dumps({"text": "The harbour master said ships could return on Monday.", "outlet": "Wire"})
    result = subprocess.run([sys.executable, "-m", "crosscheck", "analyze", "-", "--out", str(tmp_path), "-q"],
                            input=line + "\n", capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    story = json.loads((tmp_path / "story.json").read_text())
    assert story["story"] == "stdin" and story["documents"][0]["outlet"] == "Wire"


def test_export_and_search(example_run, tmp_path):
    out, _ = example_run
    db = str(out / "crosscheck.sqlite")
    result = runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path)])
    assert result.exit_code == 0 and (tmp_path / "story.json").exists()
    result = runner.invoke(app, ["search", "cholera", "--db", db])
    assert result.exit_code == 0 and "**cholera**" in result.output.lower()
    assert runner.invoke(app, ["export", "--db", str(tmp_path / "nope.sqlite")]).exit_code == 4


def test_copies_command_on_the_example(tmp_path):
    from tests.conftest import EXAMPLES

    result = runner.invoke(app, ["copies", str(EXAMPLES), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "copies.json").read_text())
    assert report["documents"] == 7 and report["independent_sources"] == 6
    [group] = report["copies"]
    assert len(group["documents"]) == 2 and group["members"][0]["containment"] > 0.8
