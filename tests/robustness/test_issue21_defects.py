"""Issue 21: no input, option or fault crashes a run, loses a report or reaches the terminal.

One regression test per defect of the issue (each reproduced from an empty folder before
its fix), named after it, plus the class behind them: a failure in one report's stage work
is recorded per report and the rest analysed. Signals and full disks: test_issue21_faults.py.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import EXIT_SKIPPED, EXIT_STORE, app
from crosscheck.report import validate_story

runner = CliRunner()
STORM = "The storm hit the port of Hodeidah, officials said. Rescue teams reached the coast."


def _run(*args: str):
    result = runner.invoke(app, [*args])
    assert "Traceback" not in result.output, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result


def _strict_json(path: Path) -> dict:
    def refuse(name):
        raise AssertionError(f"{name} in {path}: not JSON")
    story = json.loads(path.read_text(encoding="utf-8"), parse_constant=refuse)
    validate_story(story)
    return story


def _jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


# 1 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,published", [
    ("The talks were held in the week of February 30, 2026, the minister said.", None),
    ("The flood began 99999999 days ago, a farmer said.", None),
    ("The market opened at Christmas 0000, the mayor said.", None),
    ("The port reopened on Friday, the harbour master said.", "0001-01-01"),
    ("The port reopens next Friday and again tomorrow, the harbour master said.", "9999-12-31"),
])
def test_out_of_range_date_does_not_stop_the_story(tmp_path, text, published):
    rows = [{"text": text, "title": "A", "outlet": "A", **({"published": published} if published else {})},
            {"text": STORM + " It was on March 3, 2026.", "title": "B", "outlet": "B", "published": "2026-03-04"}]
    src = _jsonl(tmp_path / "r.jsonl", rows)
    for _ in range(2):  # a rerun neither crashes the same way nor adds anything
        result = _run("analyze", str(src), "--out", str(tmp_path / "out"), "-q")
        assert result.exit_code == 0, result.output
    story = _strict_json(tmp_path / "out" / "story.json")
    assert len(story["documents"]) == 2 and "time" in story["stages"]


def test_out_of_range_date_in_stories_analyze(tmp_path):
    src = _jsonl(tmp_path / "r.jsonl", [{"text": "Talks in the week of February 30, 2026. " + STORM, "outlet": "A",
                                        "published": "2026-03-01"}])
    result = _run("stories", str(src), "--out", str(tmp_path / "out"), "--analyze", "1", "-q")
    assert result.exit_code == 0, result.output


def test_a_report_a_stage_fails_on_is_skipped_not_the_story(tmp_path, monkeypatch):
    """The class: any failure of one report's stage work (here an injected bug) is caught per
    report, recorded with its reason, the rest analysed, and the exit status says so."""
    from crosscheck import claims

    real = claims.extract_quantities

    def broken(text, doc=None, on_skip=None):  # a bug outside any one figure: the whole report's
        if "BOOM" in text:
            raise ValueError("injected failure")
        return real(text, doc, on_skip)

    monkeypatch.setattr(claims, "extract_quantities", broken)
    src = _jsonl(tmp_path / "r.jsonl", [
        {"text": "BOOM: 12 people were hurt, officials said.", "outlet": "A", "published": "2026-03-01"},
        {"text": "The storm killed 14 people and flooded 30 sq km, officials said.", "outlet": "B",
         "published": "2026-03-01"}])
    result = _run("analyze", str(src), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "claims stage failed on report" in result.output and "injected failure" in result.output
    story = _strict_json(tmp_path / "out" / "story.json")
    assert any("claims stage failed" in s["reason"] for s in story["skipped"])
    assert {c["value"] for c in story["claims"]} >= {14, 30}  # the rest analysed
    assert "reconcile" in story["stages"] and "brief" in story["stages"]
    # The exit status says it on a rerun too, and a later success clears it.
    assert _run("analyze", str(src), "--out", str(tmp_path / "out"), "-q").exit_code == EXIT_SKIPPED
    monkeypatch.setattr(claims, "extract_quantities", real)
    assert _run("analyze", str(src), "--out", str(tmp_path / "out"), "-q", "--force").exit_code == 0


# 2, 3 ----------------------------------------------------------------------------------------


def test_huge_figures_do_not_crash_claims(tmp_path):
    text = ("A total of " + "9" * 5000 + " people fled. It cost 2×10^400 dollars. " + STORM)
    (tmp_path / "r.txt").write_text(text)
    result = _run("analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0, result.output
    assert "claims" in _strict_json(tmp_path / "out" / "story.json")["stages"]


def test_400_digit_figure_is_not_infinity_in_story_json_or_csv(tmp_path):
    (tmp_path / "r.txt").write_text("About " + "7" * 400 + " km of road and 12 bridges were lost. " + STORM)
    assert _run("analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "out"), "-q").exit_code == 0
    _strict_json(tmp_path / "out" / "story.json")
    table = (tmp_path / "out" / "claims.csv").read_text()
    assert "inf" not in table.lower() and "nan" not in table.lower()


def test_story_json_is_strict_json_even_with_a_non_finite_value():
    from crosscheck.report.exports import to_csv, to_json

    story = {"story": "s", "claims": [{"id": "c", "document": "d", "text": "t", "value": float("inf"),
                                       "value_max": float("nan"), "unit": None, "subject": None, "sentence": "",
                                       "normalized": {"value": float("-inf"), "value_max": None, "unit": None}}]}
    data = json.loads(to_json(story), parse_constant=lambda n: pytest.fail(n))
    assert data["claims"][0]["value"] is None
    assert "inf" not in to_csv(story, "claims")


# 4 -------------------------------------------------------------------------------------------


def test_out_naming_an_existing_file_is_a_usage_error(tmp_path):
    (tmp_path / "r.txt").write_text(STORM)
    taken = tmp_path / "taken"
    taken.write_text("mine")
    for args in (["analyze", str(tmp_path / "r.txt")], ["copies", str(tmp_path / "r.txt")],
                 ["stories", str(tmp_path / "r.txt")], ["export", "--db", str(tmp_path / "none.sqlite")]):
        result = _run(*args, "--out", str(taken))
        assert result.exit_code == 2 and "is a file, not a folder" in result.output, (args, result.output)
    assert taken.read_text() == "mine"


def test_read_only_out_folder_and_db_name_the_thing(tmp_path, readonly_media):
    (tmp_path / "r.txt").write_text(STORM)
    ro = readonly_media({"keep.txt": b"x"})
    result = _run("analyze", str(tmp_path / "r.txt"), "--out", str(ro / "out"), "-q")
    assert result.exit_code in (EXIT_STORE, 5) and str(ro) in result.output
    result = _run("analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "o"), "--db", str(ro / "s.sqlite"), "-q")
    assert result.exit_code == EXIT_STORE and "s.sqlite" in result.output
    result = _run("copies", str(tmp_path / "r.txt"), "--out", str(ro / "c"), "-q")
    assert result.exit_code == 5 and str(ro) in result.output
    result = _run("stories", str(tmp_path / "r.txt"), "--out", str(tmp_path / "st"), "--db", str(ro / "s.sqlite"), "-q")
    assert result.exit_code == EXIT_STORE
    assert _run("analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "good"), "-q").exit_code == 0
    result = _run("export", "--db", str(tmp_path / "good" / "crosscheck.sqlite"), "--out", str(ro / "exports"))
    assert result.exit_code == 5 and str(ro) in result.output


# 5 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["1e999M", "infM", "99999999999999999999999G", "0", "-5", "nanK", "2T", ""])
def test_out_of_range_max_file_size_is_a_usage_error(tmp_path, size):
    (tmp_path / "r.txt").write_text(STORM)
    result = _run("analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "out"), f"--max-file-size={size}")
    assert result.exit_code == 2 and "--max-file-size" in result.output, result.output
    assert not (tmp_path / "out" / "crosscheck.sqlite").exists()


def test_max_file_size_of_1t_reads_small_files(tmp_path):
    (tmp_path / "r.txt").write_text(STORM)
    assert _run("copies", str(tmp_path / "r.txt"), "--out", str(tmp_path / "c"), "--max-file-size", "1T",
                "-q").exit_code == 0


@pytest.mark.parametrize("port", ["99999", "-1", "0"])
def test_out_of_range_port_is_a_usage_error(tmp_path, port):
    result = _run("serve", "--db", str(tmp_path / "x.sqlite"), f"--port={port}")
    assert result.exit_code == 2, result.output


# 7 -------------------------------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("schema", ["CREATE TABLE people (name TEXT)",
                                    "CREATE TABLE documents (id INTEGER, body BLOB)",
                                    "CREATE TABLE meta (key TEXT, value TEXT)"])
def test_foreign_sqlite_file_is_never_written(tmp_path, schema):
    db = tmp_path / "theirs.sqlite"
    con = sqlite3.connect(db)
    con.execute(schema)
    con.commit()
    con.close()
    before = _digest(db)
    (tmp_path / "r.txt").write_text(STORM)
    for args in (["analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "o"), "--db", str(db), "-q"],
                 ["stories", str(tmp_path / "r.txt"), "--out", str(tmp_path / "s"), "--db", str(db), "-q"],
                 ["export", "--db", str(db), "--out", str(tmp_path / "e")], ["search", "storm", "--db", str(db)]):
        result = _run(*args)
        assert result.exit_code == EXIT_STORE and "not a crosscheck store" in result.output, (args, result.output)
    assert _digest(db) == before
    assert not Path(f"{db}-wal").exists()


def test_text_file_as_db_is_never_written(tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("my notes\n" * 50)
    before = _digest(db)
    result = _run("analyze", "--db", str(db), "--story", "x", "--out", str(tmp_path / "o"))
    assert result.exit_code == EXIT_STORE and _digest(db) == before


# 8 -------------------------------------------------------------------------------------------


def test_out_equal_to_input_folder_reads_no_own_report(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(STORM)
    (folder / "b.html").write_text("<html><head><title>Port</title></head><body><article><p>The port of Aden "
                                   "closed on Friday as the storm neared the coast, officials said.</p></article>"
                                   "</body></html>")
    for _ in range(2):
        result = _run("analyze", str(folder), "--out", str(folder), "-q")
        assert result.exit_code == 0, result.output
    story = _strict_json(folder / "story.json")
    assert sorted(Path(d["source"]).name for d in story["documents"]) == ["a.txt", "b.html"]


# 9 -------------------------------------------------------------------------------------------


def test_stray_invalid_byte_keeps_valid_utf8_and_says_so(tmp_path):
    text = "Le maire de Sète a déclaré que la tempête avait frappé la côte à Hodeidah vendredi."
    (tmp_path / "r.txt").write_bytes(text.encode("utf-8").replace(b"vendredi", b"vendr\xe9di"))
    result = _run("analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "note:" in result.output and "1 invalid byte sequence replaced" in result.output
    story = _strict_json(tmp_path / "out" / "story.json")
    body = story["documents"][0]["text"]
    assert "Sète" in body and "déclaré" in body and "tempête" in body and "côte" in body and "\ufffd" in body


def test_legacy_encoded_file_still_decoded_whole(tmp_path):
    from crosscheck.ingest.common import decode

    text, encoding = decode("Le maire a déclaré que la tempête a frappé la côte vendredi.".encode("cp1252"))
    assert encoding == "cp1252" and "tempête" in text


# 10 ------------------------------------------------------------------------------------------


def test_same_text_from_two_outlets_stays_two_reports(tmp_path):
    wire = "The storm killed 14 people in Hodeidah on Friday and flooded the port, officials said. " * 3
    src = _jsonl(tmp_path / "r.jsonl", [
        {"text": wire, "title": "Storm kills 14", "outlet": "Red Sea Wire", "url": "https://rsw.example/1"},
        {"text": wire, "title": "Storm toll 14", "outlet": "Gulf Herald", "url": "https://gh.example/9"}])
    out = tmp_path / "out"
    assert _run("analyze", str(src), "--out", str(out), "-q").exit_code == 0
    story = _strict_json(out / "story.json")
    assert sorted(d["outlet"] for d in story["documents"]) == ["Gulf Herald", "Red Sea Wire"]
    assert len(story["copies"]) == 1 and len(story["copies"][0]["documents"]) == 2
    assert story["independent_sources"] == 1
    # A rerun adds nothing twice.
    assert _run("analyze", str(src), "--out", str(out), "-q").exit_code == 0
    con = sqlite3.connect(out / "crosscheck.sqlite")
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_store_of_an_older_version_is_not_filled_twice(tmp_path):
    """A store written before the outlet joined the dedup key: the same line is linked, not re-added."""
    from crosscheck.clean import clean_document as clean
    from crosscheck.ingest.common import content_hash
    from crosscheck.pipeline import Settings, ingest_and_clean
    from crosscheck.records import RawDocument
    from crosscheck.store import Store

    row = {"text": STORM, "outlet": "A", "url": "https://a.example/1"}
    src = _jsonl(tmp_path / "r.jsonl", [row])
    with Store(tmp_path / "s.sqlite") as store:
        old = RawDocument(f"{src}#1", STORM, content_hash(STORM), "jsonl", outlet="A", url="https://a.example/1")
        store.add_documents("s", [clean(old)])
        summary = ingest_and_clean([str(src)], store, "s", Settings())
        assert summary.documents == 1 and summary.new_documents == 0


# 11 ------------------------------------------------------------------------------------------

EVIL = "\x1b]0;PWNED\x07\x1b[2J\x9b31m\u202eevil"


def test_control_characters_never_reach_terminal_or_exports(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "r.jsonl", [{"text": STORM, "title": f"Title {EVIL}", "outlet": f"Outlet {EVIL}",
                                 "author": f"Author {EVIL}"}, {"text": 5}])
    (folder / f"name{EVIL}.txt").write_text(STORM + " A second report.")
    (folder / f"empty{EVIL}.txt").write_text("")
    out = tmp_path / "out"
    result = _run("analyze", str(folder), "--out", str(out))
    assert result.exit_code == EXIT_SKIPPED
    assert "\x1b" not in result.output and "\x07" not in result.output and "\x9b" not in result.output
    for name in ("story.html", "story.md", "story.json", "claims.csv", "entities.csv", "quotes.csv", "timeline.csv"):
        data = (out / name).read_text(encoding="utf-8")
        assert not any(ch in data for ch in "\x1b\x07\x9b\u202e"), name
    found = _run("search", "storm", "--db", str(out / "crosscheck.sqlite"))
    assert found.exit_code == 0 and "\x1b" not in found.output and "Title" in found.output


def test_search_output_of_an_old_store_is_scrubbed(tmp_path):
    (tmp_path / "r.txt").write_text(STORM)
    out = tmp_path / "out"
    assert _run("analyze", str(tmp_path / "r.txt"), "--out", str(out), "-q").exit_code == 0
    con = sqlite3.connect(out / "crosscheck.sqlite")  # a title stored by an older version, unscrubbed
    con.execute("UPDATE documents SET title = ?", (f"Old {EVIL}",))
    con.commit()
    con.close()
    found = _run("search", "storm", "--db", str(out / "crosscheck.sqlite"))
    assert "Old" in found.output and "\x1b" not in found.output and "\x07" not in found.output
    result = _run("export", "--db", str(out / "crosscheck.sqlite"), "--out", str(tmp_path / "e"))
    assert result.exit_code == 0 and "\x1b" not in (tmp_path / "e" / "story.md").read_text()


# 12 ------------------------------------------------------------------------------------------


def test_jsonl_fields_of_the_wrong_type_are_skipped_with_a_reason(tmp_path):
    src = _jsonl(tmp_path / "r.jsonl", [
        {"text": 12345}, {"text": ["a", "b"]}, {"text": {"name": "Reuters"}}, {"text": STORM, "title": ["x"]},
        {"text": STORM, "published": 1700000000}, '{"text": "x", "title": NaN}', {"text": True},
        {"text": STORM + " Kept.", "source": {"name": "Reuters"}, "authors": ["A. Writer", "B. Writer"]}])
    result = _run("analyze", str(src), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == EXIT_SKIPPED
    for n, why in [(1, "'text' is a number"), (2, "'text' is a list"), (3, "'text' is an object"),
                   (4, "'title' is a list"), (5, "'published' is a number"), (6, "'title' is a number"),
                   (7, "'text' is a boolean")]:
        assert f"r.jsonl#{n}: field {why}" in result.output, (n, result.output)
    story = _strict_json(tmp_path / "out" / "story.json")
    assert len(story["documents"]) == 1
    assert story["documents"][0]["outlet"] == "Reuters" and story["documents"][0]["author"] == "A. Writer, B. Writer"


# 13 ------------------------------------------------------------------------------------------


def _warc(records: int, gz: bool) -> bytes:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from robustness_attempts import warc

    return warc(records, gz)


@pytest.mark.parametrize("name,damage", [
    ("cut.warc", lambda data: data[:int(len(data) * 0.7)]),
    ("cut.warc.gz", lambda data: data[:int(len(data) * 0.7)]),
    ("overrun.warc", lambda data: data.replace(b"Content-Length: ", b"Content-Length: 9", 1)),
])
def test_damaged_warc_is_reported_per_file(tmp_path, name, damage):
    from crosscheck.ingest import read_inputs
    from crosscheck.records import Skipped

    data = _warc(5, name.endswith(".gz"))
    (tmp_path / name).write_bytes(damage(data))
    (tmp_path / "whole.warc").write_bytes(_warc(5, False))
    items = list(read_inputs([str(tmp_path)]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.source for s in skipped] == [str(tmp_path / name)] and "damaged WARC" in skipped[0].reason
    assert sum(not isinstance(i, Skipped) and i.source.startswith(str(tmp_path / "whole.warc")) for i in items) == 5


# 14 ------------------------------------------------------------------------------------------


def test_valid_store_on_read_only_media_opens_for_search_export_serve(tmp_path, readonly_media):
    (tmp_path / "r.txt").write_text(STORM)
    assert _run("analyze", str(tmp_path / "r.txt"), "--out", str(tmp_path / "out"), "-q",
                "--story", "storm").exit_code == 0
    ro = readonly_media({"crosscheck.sqlite": tmp_path / "out" / "crosscheck.sqlite"})
    db = ro / "crosscheck.sqlite"
    found = _run("search", "Hodeidah", "--db", str(db))
    assert found.exit_code == 0 and "storm" in found.output.lower(), found.output
    exported = _run("export", "--db", str(db), "--out", str(tmp_path / "e"))
    assert exported.exit_code == 0 and (tmp_path / "e" / "story.json").exists(), exported.output
    from fastapi.testclient import TestClient

    from crosscheck.web import create_app

    assert TestClient(create_app(db)).get("/story/storm").status_code == 200


# 15, 16 --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def odd_store(tmp_path_factory):
    from crosscheck.pipeline import run
    from crosscheck.store import Store

    folder = tmp_path_factory.mktemp("odd")
    (folder / "r.txt").write_text(STORM)
    db = folder / "s.sqlite"
    with Store(db) as store:
        for name in ("a/b", "../etc/passwd", "what? #1 100%", "x/export/json"):
            run([str(folder / "r.txt")], store, name)
    return db


def test_story_name_with_slash_is_reachable(odd_store):
    from fastapi.testclient import TestClient

    from crosscheck.web import create_app

    client = TestClient(create_app(odd_store))
    listing = client.get("/")
    assert listing.status_code == 200
    for name, href in [("a/b", "/story/a/b"), ("what? #1 100%", "/story/what%3F%20%231%20100%25")]:
        assert f'href="{href}"' in listing.text
        page = client.get(href)
        assert page.status_code == 200 and "Hodeidah" in page.text, name
        assert client.get(f"{href}/export/json").json()["story"] == name
    assert client.get("/story/..%2Fetc%2Fpasswd").status_code == 200  # a story's name, not a path
    assert client.get("/story/missing/x").status_code == 404


def test_serve_answers_only_its_host_names(odd_store):
    from fastapi.testclient import TestClient

    from crosscheck.web import create_app

    client = TestClient(create_app(odd_store, allowed_hosts=["127.0.0.1", "news.internal"]))
    for host in ("evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "", "evil.example:8765"):
        answer = client.get("/", headers={"host": host})
        assert answer.status_code == 400 and "Hodeidah" not in answer.text, host
        assert client.get("/story/a/b/export/json", headers={"host": host}).status_code == 400
    for host in ("127.0.0.1:8765", "localhost:8765", "localhost", "[::1]:8765", "news.internal", "192.168.1.5:80",
                 "LOCALHOST."):
        assert client.get("/", headers={"host": host}).status_code == 200, host


def test_serve_binds_host_check(monkeypatch, tmp_path, odd_store):
    """`crosscheck serve` passes the address it binds and --allow-host names to the app."""
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(app=application, **kw))
    result = _run("serve", "--db", str(odd_store), "--allow-host", "news.internal")
    assert result.exit_code == 0, result.output
    from fastapi.testclient import TestClient

    client = TestClient(seen["app"])
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"host": "news.internal:8765"}).status_code == 200


def test_csv_and_markdown_stay_neutral(tmp_path):
    src = _jsonl(tmp_path / "r.jsonl", [{"text": STORM, "title": "=HYPERLINK(\"http://x\")", "outlet": "[a](javascript:x)"}])
    assert _run("analyze", str(src), "--out", str(tmp_path / "out"), "-q").exit_code == 0
    md = (tmp_path / "out" / "story.md").read_text()
    assert "[a](javascript" not in md
    rows = list(csv.reader(io.StringIO((tmp_path / "out" / "entities.csv").read_text())))
    assert all(not cell.startswith("=") for row in rows for cell in row)


def test_rich_markup_in_a_title_neither_styles_nor_crashes_stories(tmp_path):
    src = _jsonl(tmp_path / "r.jsonl", [{"text": STORM, "title": f"[/red] Storm [link=x]hits {EVIL}", "outlet": "A"}])
    result = _run("stories", str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output
