import io
import json
import os
import sys


from crosscheck.ingest import Limits, read_inputs
from crosscheck.records import RawDocument, Skipped

ARTICLE = "The river rose by three metres overnight, officials said. " * 5


def _read(*paths, **kw):
    items = list(read_inputs([str(p) for p in paths], **kw))
    docs = [i for i in items if isinstance(i, RawDocument)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    return docs, skipped


def test_text_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    docs, skipped = _read(p)
    assert not skipped and len(docs) == 1
    assert docs[0].text == ARTICLE and docs[0].format == "txt" and docs[0].source == str(p)
    assert len(docs[0].content_hash) == 64


def test_html_metadata(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(
        "<html><head><title>Flood</title><meta property='og:site_name' content='Daily X'>"
        "<meta name='author' content='Jo Bloggs'><meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
        f"</head><body><nav>Home | World</nav><article><h1>Flood</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")
    docs, skipped = _read(p)
    assert not skipped
    d = docs[0]
    assert d.format == "html" and d.outlet == "Daily X" and d.author == "Jo Bloggs"
    assert d.published == "2024-03-05" and "three metres" in d.text and "Home | World" not in d.text
    assert d.html and "<nav>" in d.html


def test_jsonl_records_and_bad_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": ARTICLE, "title": "T1", "outlet": "Wire", "published": "2024-01-02", "url": "http://x"}),
             "{not json", json.dumps({"title": "no text"}), json.dumps([1, 2]), "",
             json.dumps({"content": ARTICLE + "!", "source": {"name": "Nested"}})]
    p.write_text("\n".join(lines) + "\n")
    docs, skipped = _read(p)
    assert [d.source for d in docs] == [f"{p}#1", f"{p}#6"]
    assert docs[0].outlet == "Wire" and docs[0].published == "2024-01-02" and docs[1].outlet == "Nested"
    reasons = {s.source: s.reason for s in skipped}
    assert reasons[f"{p}#2"].startswith("invalid JSON")
    assert "no article text" in reasons[f"{p}#3"]
    assert "not a JSON object" in reasons[f"{p}#4"]


def test_stdin_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"text": ARTICLE}) + "\n"))
    docs, skipped = _read("-")
    assert len(docs) == 1 and docs[0].source == "-#1" and not skipped


def _warc(path, pages, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def test_warc_gz(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    page = f"<html><head><title>T</title></head><body><article><p>{ARTICLE}</p></article></body></html>".encode()
    _warc(p, [("http://news.example/a", "text/html; charset=utf-8", page),
              ("http://news.example/logo.png", "image/png", b"\x89PNG...."),
              ("http://news.example/empty", "text/html", b"")])
    docs, skipped = _read(p)
    assert len(docs) == 1 and docs[0].url == "http://news.example/a" and docs[0].format == "html"
    assert docs[0].fetched  # the crawl date bounds the publication date
    assert any("empty response" in s.reason for s in skipped)


def test_not_a_warc(tmp_path):
    p = tmp_path / "bad.warc"
    p.write_text("this is not a warc file at all\n" * 10)
    docs, skipped = _read(p)
    assert not docs and "WARC" in skipped[0].reason


def test_bad_inputs_each_named(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n  ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (tmp_path / "nul.txt").write_bytes(b"abc\x00\x00\x00def\x00" * 200)
    (tmp_path / "big.txt").write_text("x" * 5000)
    (tmp_path / "garbage.txt").write_bytes(bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 400)
    (tmp_path / "broken.html").write_text("<html><body><div><p></div></html>")
    docs, skipped = _read(tmp_path, tmp_path / "missing.txt", limits=Limits(max_file_bytes=4000))
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["good.txt"]
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert reasons["empty.txt"] == "empty file"
    assert "white space" in reasons["blank.txt"]
    assert "PNG image" in reasons["image.txt"]
    assert "NUL" in reasons["nul.txt"]
    assert "too large" in reasons["big.txt"]
    assert "undecodable" in reasons["garbage.txt"]
    assert "HTML" in reasons["broken.html"]
    assert reasons["missing.txt"] == "path does not exist"


def test_legacy_encoding_is_decoded(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(("Le café a fermé à Noël, a déclaré le maire de la ville. " * 20).encode("cp1252"))
    docs, skipped = _read(p)
    assert not skipped and "café" in docs[0].text


def test_folder_without_reports(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    docs, skipped = _read(tmp_path)
    assert not docs and "no readable file" in skipped[-1].reason and skipped[-1].source == str(tmp_path)
    assert not skipped[-1].ignored  # an input that yields nothing is an error


def test_files_of_other_kinds_in_a_folder_are_named_as_ignored(tmp_path):
    (tmp_path / "report.txt").write_text(ARTICLE)
    (tmp_path / "README.md").write_text("# About this crawl\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "LICENSE").write_text("CC-BY")
    (tmp_path / ".hidden.png").write_bytes(b"x")  # hidden files are not looked at
    docs, skipped = _read(tmp_path)
    assert [d.source for d in docs] == [str(tmp_path / "report.txt")]
    assert sorted(s.source.rsplit("/", 1)[-1] for s in skipped) == ["LICENSE", "README.md", "logo.png"]
    assert all(s.ignored and "not a report format" in s.reason for s in skipped)
    assert "(.png)" in next(s.reason for s in skipped if s.source.endswith("logo.png"))
    assert "(no extension)" in next(s.reason for s in skipped if s.source.endswith("LICENSE"))


def test_garbage_after_a_utf16_mark_is_not_text(tmp_path):
    import random

    rng = random.Random(4)  # 100 bytes that decode as UTF-16 (no broken surrogate)
    p = tmp_path / "garbage.txt"
    p.write_bytes(b"\xff\xfe" + bytes(rng.randrange(256) for _ in range(100)))
    docs, skipped = _read(p)
    assert not docs and "not UTF-16 text" in skipped[0].reason and not skipped[0].ignored
    chinese = tmp_path / "zh.txt"
    chinese.write_bytes(b"\xff\xfe" + "北京时间周一，暴雨袭击了城市。".encode("utf-16-le"))
    docs, skipped = _read(chinese)
    assert not skipped and docs[0].text.startswith("北京")


def test_symlinks_loop_and_outside(tmp_path):
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "a.txt").write_text(ARTICLE)
    os.symlink(inside, inside / "loop")
    outside = tmp_path / "secret.txt"
    outside.write_text(ARTICLE + " secret")
    os.symlink(outside, inside / "link.txt")
    os.symlink(tmp_path / "nowhere.txt", inside / "dangling.txt")
    docs, skipped = _read(inside)
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["a.txt"]
    reasons = " | ".join(s.reason for s in skipped)
    assert "outside the input folder" in reasons and "broken symbolic link" in reasons and "loop" in reasons


def test_file_vanishes_mid_run(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE + name)
    stream = read_inputs([str(tmp_path)])
    first = next(stream)
    assert isinstance(first, RawDocument)
    (tmp_path / "b.txt").unlink()
    rest = list(stream)
    assert len(rest) == 1 and isinstance(rest[0], Skipped) and "vanished" in rest[0].reason


def test_deep_html_refused(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>" * 5000 + "text" + "</div>" * 5000 + "</body></html>")
    docs, skipped = _read(p)
    assert not docs and "nested deeper" in skipped[0].reason


def test_an_impossible_publication_date_is_said_not_silently_dropped(tmp_path):
    """New-user run (eleventh session): a JSON line's "published": "2024-13-45" left the report undated without a
    word. The report is still read and dated from its content, and a note names the line and the reason; the same for
    any date the reading cannot take (review s11: non-ISO ones still vanished)."""
    from crosscheck.ingest import read_inputs
    from crosscheck.records import RawDocument, Skipped

    path = tmp_path / "r.jsonl"
    given = ["2024-13-45", "0001-01-01", "2024-02-29", "31/02/2024", "February 30, 2024", "next Tuesday",
             "Mon Mar 4, 2024 11:52pm GMT"]
    path.write_text("".join(json.dumps({"text": f"The bridge reopened on Monday, witness {n} said.", "published": p})
                            + "\n" for n, p in enumerate(given)), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    notes = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert [d.published for d in docs] == [None, None, "2024-02-29", None, None, None, "Mon Mar 4, 2024 11:52pm GMT"]
    assert "'2024-13-45' left out (not a date that exists or can be read)" in notes[f"{path}#1"]
    assert "'0001-01-01' left out (outside the years 1000-2999)" in notes[f"{path}#2"]
    assert {f"{path}#{n}" for n in (1, 2, 4, 5, 6)} == set(notes)
    assert all(n.startswith("read, with") for n in notes.values())
