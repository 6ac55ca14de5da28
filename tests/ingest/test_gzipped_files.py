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


def test_corrupt_gzipped_jsonl_and_feed_are_named_not_a_crash(tmp_path):
    # Review finding: a .jsonl.gz or .xml.gz whose stream breaks mid-way raised out of the reader
    # (gzip.BadGzipFile / zlib.error are not the InputError the guard caught).
    good = gzip.compress((json.dumps({"text": ARTICLE}) + "\n").encode() * 50)
    (tmp_path / "cut.jsonl.gz").write_bytes(good[: len(good) // 2])
    (tmp_path / "junk.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"\xff" * 200)
    (tmp_path / "feed.xml.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"\xff" * 200)
    (tmp_path / "a.txt").write_text(ARTICLE)
    docs, skipped = _read(tmp_path)
    assert any(d.format == "txt" for d in docs)
    named = {s.source.rsplit("/", 1)[-1].split("#")[0] for s in skipped if "gzip" in s.reason}
    assert {"cut.jsonl.gz", "junk.jsonl.gz", "feed.xml.gz"} <= named  # a broken .xml.gz is a broken archive
    assert not any(s.ignored for s in skipped if "feed.xml.gz" in s.source)


def test_xml_that_is_no_feed_given_directly_is_skipped_with_a_reason(tmp_path):
    # Review finding: a plain .xml file named on the command line fell through to the text reader's table
    # and raised a TypeError.
    sitemap_like = tmp_path / "data.xml"
    sitemap_like.write_text("<?xml version='1.0'?><catalog><book id='1'>A title</book></catalog>")
    docs, skipped = _read(sitemap_like)
    assert docs == [] and len(skipped) == 1
    assert "not an RSS or Atom feed" in skipped[0].reason


def test_huge_line_in_small_gzipped_jsonl_is_named_and_the_rest_read(tmp_path):
    # Review finding: a .jsonl.gz of a few KB can hold one line of many MB (it compresses well); the line was
    # read whole into memory before any cap applied.
    huge = json.dumps({"text": "word " * 100_000})
    lines = tmp_path / "big.jsonl.gz"
    lines.write_bytes(gzip.compress((huge + "\n" + json.dumps({"text": ARTICLE}) + "\n").encode()))
    docs, skipped = _read(lines, limits=Limits(max_file_bytes=50_000))
    assert len(docs) == 1 and "ferry" in docs[0].text
    (note,) = [s for s in skipped if s.source.endswith("#1")]
    assert "line too large" in note.reason


def test_lines_of_a_jsonl_file_are_read_in_bounded_pieces():
    # The memory side of the finding above: no read returns more than the cap (plus one byte to tell).
    import io

    from crosscheck.ingest import _bounded_lines

    class Recording(io.BytesIO):
        longest = 0

        def readline(self, size=-1):
            line = super().readline(size)
            Recording.longest = max(Recording.longest, len(line))
            return line

    handle = Recording(b"x" * 3_000_000 + b"\n" + b'{"text": "short"}\n')
    lines = list(_bounded_lines(handle, 1_000))
    assert lines == [None, b'{"text": "short"}\n']
    assert Recording.longest <= 1 << 20


def test_gzipped_report_under_the_largest_size_cap_reads_without_reserving_it(tmp_path):
    # Review finding: --max-file-size 1T made every .txt.gz a MemoryError (read(cap + 1) reserved the cap).
    text = tmp_path / "a.txt.gz"
    text.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    docs, skipped = _read(text, limits=Limits(max_file_bytes=1024**4))
    assert len(docs) == 1 and skipped == []


def test_gzipped_input_is_the_same_story_as_its_plain_file():
    # Review finding: reports.jsonl.gz became a second story "reports.jsonl" beside "reports".
    from crosscheck.cli.options import story_name

    assert story_name(["x/reports.jsonl.gz"], None) == story_name(["x/reports.jsonl"], None) == "reports"
    assert story_name(["page.HTML.GZ"], None) == "page"


def test_a_folder_xml_that_is_no_feed_is_no_report_file_for_watch(tmp_path):
    # Review finding: watch's folder source took every .xml as a report and then named each as a problem, where
    # analyze passes them over.
    (tmp_path / "sitemap.xml").write_text("<?xml version='1.0'?><urlset></urlset>")
    (tmp_path / "news.xml").write_text("<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>")
    assert not is_report_file(tmp_path / "sitemap.xml") and is_report_file(tmp_path / "news.xml")


def test_gzip_with_trailing_junk_keeps_its_reports_with_a_note(tmp_path):
    # Review of the fifteenth session: gzip.open raised on bytes after the last member, so the whole report was
    # skipped where gunzip reads it and warns "trailing garbage ignored".
    text = tmp_path / "a.txt.gz"
    text.write_bytes(gzip.compress(ARTICLE.encode("utf-8")) + b"appended log line\n")
    lines = tmp_path / "b.jsonl.gz"
    lines.write_bytes(gzip.compress((json.dumps({"text": ARTICLE, "outlet": "Wire"}) + "\n").encode()) + b"\xff" * 9)
    docs, skipped = _read(text, lines)
    assert [d.format for d in docs] == ["txt", "jsonl"] and docs[0].text.strip().startswith("The ferry")
    assert [(s.source, s.ignored) for s in skipped] == [(str(text), True), (str(lines), True)]
    assert "18 bytes" in skipped[0].reason and "9 bytes" in skipped[1].reason


def test_trailing_junk_longer_than_one_read_is_counted_whole(tmp_path):
    text = tmp_path / "a.txt.gz"
    text.write_bytes(gzip.compress(ARTICLE.encode("utf-8")) + b"x" * 200_000)
    docs, skipped = _read(text)
    assert len(docs) == 1 and "200,000 bytes" in skipped[0].reason


def test_gzip_of_several_members_or_zero_padding_is_read_whole_without_a_note(tmp_path):
    two = tmp_path / "two.txt.gz"
    two.write_bytes(gzip.compress(ARTICLE[:200].encode()) + gzip.compress(ARTICLE[200:].encode()) + b"\x00" * 512)
    docs, skipped = _read(two)
    assert skipped == [] and docs[0].text.split() == ARTICLE.split()
