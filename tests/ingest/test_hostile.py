"""Hostile inputs: each is skipped with a reason or processed within bounds, never hangs."""

import io
import time

from hypothesis import given, settings, strategies as st

from crosscheck.ingest import Limits, read_inputs
from crosscheck.ingest.common import decode, InputError
from crosscheck.records import RawDocument, Skipped

PROSE = "The harbour master said the storm had passed and ships could return. " * 4


def _read(path, limits=None):
    items = list(read_inputs([str(path)], limits=limits))
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, Skipped)]


def test_xml_external_entity_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    page = tmp_path / "xxe.xhtml"
    page.write_text(f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
                    f'<html xmlns="http://www.w3.org/1999/xhtml"><body><article><p>{PROSE}</p><p>&xxe;</p>'
                    "</article></body></html>")
    docs, skipped = _read(page)
    assert all("TOP-SECRET" not in d.text for d in docs)
    assert docs or skipped


def test_warc_bomb_record_capped(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "bomb.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        body = b"<html><body>" + b" " * (20 * 1024 * 1024) + b"</body></html>"
        writer.write_record(writer.create_warc_record("http://x/bomb", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    assert path.stat().st_size < 200_000  # 20 MB of spaces compress to almost nothing
    docs, skipped = _read(path, Limits(max_file_bytes=1024 * 1024))
    assert not docs and "larger than" in skipped[0].reason


def test_huge_single_line_capped(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text("word " * 1_000_000)  # 5 MB, one line
    docs, skipped = _read(path, Limits(max_file_bytes=1024 * 1024))
    assert not docs and "too large" in skipped[0].reason


def test_nul_bytes_in_jsonl_text_are_dropped(tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_text('{"text": "The port\\u0000 reopened on Monday, officials said."}\n')
    docs, _ = _read(path)
    assert docs[0].text == "The port reopened on Monday, officials said."


def test_slow_extraction_is_cut_off(tmp_path, monkeypatch):
    import trafilatura

    def crawl(*args, **kwargs):
        time.sleep(5)

    monkeypatch.setattr(trafilatura, "bare_extraction", crawl)
    page = tmp_path / "slow.html"
    page.write_text(f"<html><body><p>{PROSE}</p></body></html>")
    start = time.perf_counter()
    docs, skipped = _read(page, Limits(seconds_per_document=0.3))
    assert time.perf_counter() - start < 3
    assert not docs and "longer than 0.3 s" in skipped[0].reason


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_never_raises_anything_but_input_error(data):
    try:
        text, encoding = decode(data)
        assert isinstance(text, str) and encoding
    except InputError as error:
        assert "undecodable" in str(error)


def test_warc_response_without_target_uri_is_skipped_not_a_crash(tmp_path):
    """A response record that names no WARC-Target-URI made warcio fail with AttributeError, which stopped
    the whole run ("internal error"); it is now a skipped file with its reason, and the other files go on."""
    from crosscheck.ingest import read_inputs
    from crosscheck.records import Skipped

    bad = tmp_path / "cut.warc"
    bad.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n")
    good = tmp_path / "good.txt"
    good.write_text("Storm hits the coast.\n\nAt least 40 people were killed, officials said on Monday.\n",
                    encoding="utf-8")
    items = list(read_inputs([str(bad), str(good)]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.source for s in skipped] == [str(bad)]
    assert "damaged WARC record" in skipped[0].reason
    assert len(items) - len(skipped) == 1
