"""Issue 21, second round: the gaps round 1 left.

- item 5: mixed-encoding text keeps its valid UTF-8 and says what it replaced, for HTML pages,
  JSON lines (per line) and WARC records (per record), not only .txt files;
- item 2: a failure on one sentence is caught per sentence in the claims and quotes stages:
  that sentence is left out, recorded under ``skipped`` (exit status 3), the rest of the
  report's claims and quotes kept.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import EXIT_SKIPPED, app
from crosscheck.ingest import read_inputs
from crosscheck.records import RawDocument, Skipped

runner = CliRunner()
FRENCH = "Le maire de Sète a déclaré que la tempête avait frappé la côte à Hodeidah vendredi."
STRAY = FRENCH.encode("utf-8").replace(b"vendredi", b"vendr\xe9di")  # one Windows-1252 byte in UTF-8


def _run(*args: str):
    result = runner.invoke(app, [*args])
    assert "Traceback" not in result.output, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result


def _read(path: Path) -> tuple[list[RawDocument], list[Skipped]]:
    items = list(read_inputs([str(path)]))
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, Skipped)]


def _kept_valid_utf8(text: str) -> bool:
    return all(word in text for word in ("Sète", "déclaré", "tempête", "côte")) and "\ufffd" in text


# item 5 ---------------------------------------------------------------------------------------


def test_stray_byte_in_html_keeps_valid_utf8_and_says_so(tmp_path):
    page = tmp_path / "r.html"
    page.write_bytes(b"<html><head><title>Storm</title></head><body><article><p>" + STRAY + b" " + STRAY
                     + b"</p><p>" + FRENCH.encode() * 3 + b"</p></article></body></html>")
    docs, skipped = _read(page)
    assert len(docs) == 1 and _kept_valid_utf8(docs[0].text)
    assert [(s.source, s.ignored) for s in skipped] == [(str(page), True)]
    assert "2 invalid byte sequences replaced with U+FFFD" in skipped[0].reason
    result = _run("analyze", str(page), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output  # a note, not a failure
    assert "note:" in result.output and "r.html" in result.output and "replaced" in result.output


def test_stray_byte_in_json_lines_keeps_valid_utf8_and_names_the_line(tmp_path):
    src = tmp_path / "r.jsonl"
    lines = [json.dumps({"text": FRENCH, "outlet": "A"}, ensure_ascii=False).encode(),
             json.dumps({"text": FRENCH, "outlet": "B"}, ensure_ascii=False).encode().replace(b"vendredi", b"vendr\xe9di"),
             json.dumps({"text": FRENCH, "outlet": "C"}, ensure_ascii=False).encode()]
    src.write_bytes(b"\n".join(lines) + b"\n")
    docs, skipped = _read(src)
    assert [d.outlet for d in docs] == ["A", "B", "C"]
    assert _kept_valid_utf8(docs[1].text) and "\ufffd" not in docs[0].text + docs[2].text
    assert [(s.source, s.ignored) for s in skipped] == [(f"{src}#2", True)]
    # The byte is counted from the line's start, not the file's.
    at = lines[1].index(b"\xe9")
    assert f"the first at byte {at:,}" in skipped[0].reason
    result = _run("analyze", str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "note:" in result.output and "r.jsonl#2" in result.output and "1 invalid byte sequence replaced" in result.output


def test_stray_byte_in_warc_record_keeps_valid_utf8_and_names_the_record(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    crawl = tmp_path / "crawl.warc.gz"
    pages = [("https://news.example/clean", FRENCH.encode()), ("https://news.example/stray", STRAY)]
    with open(crawl, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in pages:
            html = b"<html><body><article><p>" + body + b" " + body + b"</p><p>" + FRENCH.encode() * 3 \
                + b"</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                          http_headers=headers))
    docs, skipped = _read(crawl)
    assert len(docs) == 2 and _kept_valid_utf8(docs[1].text) and "\ufffd" not in docs[0].text
    assert [(s.source, s.ignored) for s in skipped] == [(f"{crawl}#https://news.example/stray", True)]
    assert "2 invalid byte sequences replaced" in skipped[0].reason


# item 2 ---------------------------------------------------------------------------------------

STORM = ("The storm killed 14 people in Hodeidah on Friday, officials said. "
         "Rescuers said 300 homes were destroyed near the port. "
         "The damage was put at $20 million by the governor.")
QUOTED = ("“We have lost everything in the flood,” said Ahmed Saleh, a fisherman. "
          "The governor said that the port would reopen next week. "
          "“The relief convoys will arrive on Sunday morning,” said Maryam Nasser, an aid worker.")


def _analyze(tmp_path, text: str):
    src = tmp_path / "r.txt"
    src.write_text(text, encoding="utf-8")
    result = _run("analyze", str(src), "--out", str(tmp_path / "out"), "-q")
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    return result, story


def test_one_failing_sentence_skips_only_its_claims(tmp_path, monkeypatch):
    from crosscheck import claims

    real = claims._subject
    bad_sentence = STORM.index("Rescuers")

    def broken(doc, q):  # the parse of the second sentence is at fault
        if q.start >= bad_sentence and q.start < STORM.index("The damage"):
            raise ValueError("broken parse")
        return real(doc, q)

    monkeypatch.setattr(claims, "_subject", broken)
    result, story = _analyze(tmp_path, STORM)
    assert result.exit_code == EXIT_SKIPPED, result.output
    figures = sorted(c["text"] for c in story["claims"])
    assert any("14" in f for f in figures) and any("20 million" in f for f in figures)
    assert not any("300" in f for f in figures)
    reasons = [s["reason"] for s in story["skipped"]]
    assert any(r.startswith("claims stage failed on the sentence at offset "
                            f"{bad_sentence} of report") and "ValueError: broken parse" in r for r in reasons), reasons
    assert not any(r.startswith("claims stage failed on report") for r in reasons)  # not the whole report


def test_one_failing_figure_skips_only_that_figure(tmp_path, monkeypatch):
    from crosscheck import claims

    real = claims._to_number

    def broken(num, scale):
        if num == "300":
            raise OverflowError("figure out of range")
        return real(num, scale)

    monkeypatch.setattr(claims, "_to_number", broken)
    result, story = _analyze(tmp_path, STORM)
    assert result.exit_code == EXIT_SKIPPED, result.output
    figures = [c["text"] for c in story["claims"]]
    assert any("14" in f for f in figures) and any("20 million" in f for f in figures)
    assert any("claims stage failed on the sentence at offset" in s["reason"] and "OverflowError" in s["reason"]
               for s in story["skipped"])


def test_claim_sentence_failure_without_recorder_still_fails_the_report(monkeypatch):
    """Called without ``on_skip`` (no one to record the skip), a failure is the report's, as before."""
    from crosscheck import claims

    def broken(num, scale):
        raise ValueError("x")

    monkeypatch.setattr(claims, "_to_number", broken)
    with pytest.raises(ValueError):
        claims.extract_quantities("The storm killed 14 people.")


def test_one_failing_sentence_skips_only_its_quotes(tmp_path, monkeypatch):
    from crosscheck.quotes import direct

    real = direct._attribute
    bad = QUOTED.index("“The relief")

    def broken(f, text, doc, inside):  # the second direct quote's parse is at fault
        if f.start >= bad:
            raise IndexError("broken parse")
        return real(f, text, doc, inside)

    monkeypatch.setattr(direct, "_attribute", broken)
    result, story = _analyze(tmp_path, QUOTED)
    assert result.exit_code == EXIT_SKIPPED, result.output
    texts = " | ".join(q["text"] for q in story["quotes"])
    assert "lost everything" in texts and "relief convoys" not in texts
    assert any(s["reason"].startswith(f"quotes stage failed on the sentence at offset {bad} of report")
               for s in story["skipped"]), story["skipped"]


def test_one_failing_sentence_skips_only_its_reported_speech(tmp_path, monkeypatch):
    from crosscheck.quotes import reported

    real = reported._according
    bad = QUOTED.index("The governor")

    def broken(document, sent):
        if sent.start_char == bad:
            raise KeyError("broken parse")
        return real(document, sent)

    monkeypatch.setattr(reported, "_according", broken)
    result, story = _analyze(tmp_path, QUOTED)
    assert result.exit_code == EXIT_SKIPPED, result.output
    texts = " | ".join(q["text"] for q in story["quotes"])
    assert "lost everything" in texts and "relief convoys" in texts and "reopen" not in texts
    assert any(s["reason"].startswith(f"quotes stage failed on the sentence at offset {bad} of report")
               for s in story["skipped"]), story["skipped"]
