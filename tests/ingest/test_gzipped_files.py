"""Regression: a single report saved gzipped ("page.html.gz", "reports.jsonl.gz") was named as "not a report
format (.gz)" and never read; crawls and downloads keep pages that way. Each is now read by its inner type, under
the same size cap after decompression, and a broken or cut-short archive is named with the reason."""

import gzip
import json

from crosscheck.ingest import Limits, is_report_file, read_inputs
from crosscheck.records import RawDocument, Skipped

ARTICLE = "The ferry reached the harbour two hours late, the port authority said on Monday. " * 6


def _read(*paths, **kw):
    items = list(read_inputs([str(p) for p in paths], **kw))
    return ([i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, Skipped)])


def test_gzipped_html_page_in_a_folder_is_read_as_html(tmp_path):
    page = (f"<html><head><title>Ferry late</title><meta property='og:site_name' content='Harbour News'></head>"
            f"<body><article><h1>Ferry late</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")
    (tmp_path / "ferry.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    docs, skipped = _read(tmp_path)
    assert [s for s in skipped if not s.ignored] == []
    assert len(docs) == 1 and docs[0].format == "html" and docs[0].outlet == "Harbour News"
    assert "port authority" in docs[0].text


def test_gzipped_text_and_jsonl_given_as_files(tmp_path):
    text = tmp_path / "a.txt.gz"
    text.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    lines = tmp_path / "b.jsonl.gz"
    lines.write_bytes(gzip.compress((json.dumps({"text": ARTICLE, "outlet": "Wire"}) + "\n{broken\n").encode()))
    docs, skipped = _read(text, lines)
    assert [d.format for d in docs] == ["txt", "jsonl"] and docs[1].outlet == "Wire"
    assert [s.source for s in skipped] == [f"{lines}#2"]


def test_gzipped_file_of_another_type_is_named_not_read(tmp_path):
    (tmp_path / "photo.jpg.gz").write_bytes(gzip.compress(b"\xff\xd8\xff" + b"0" * 100))
    (tmp_path / "a.txt").write_text(ARTICLE)
    docs, skipped = _read(tmp_path)
    assert len(docs) == 1
    (note,) = [s for s in skipped if "photo" in s.source]
    assert note.ignored and "gzipped file of a type" in note.reason
    assert not is_report_file(tmp_path / "photo.jpg.gz") and is_report_file(tmp_path / "x.HTML.GZ")


def test_broken_or_cut_short_gzip_is_named_with_its_reason(tmp_path):
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00not really gzip data at all")
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(ARTICLE.encode())[:40])
    docs, skipped = _read(tmp_path)
    assert docs == []
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert "gzip" in reasons["broken.html.gz"] and "gzip" in reasons["cut.txt.gz"]


def test_gzip_bomb_stops_at_the_size_cap(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a " * 200_000))
    docs, skipped = _read(bomb, limits=Limits(max_file_bytes=100_000))
    assert docs == [] and "decompressed file too large" in skipped[0].reason
