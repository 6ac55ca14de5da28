"""WARC crawls (plain or gzip): every HTML response record is one report."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..plural import counted
from ..records import RawDocument, Skipped
from .common import InputError, Limits, decode, repair_note
from .html import html_to_raw


def _starts_like_warc(path: Path) -> bool:
    import gzip
    import zlib

    with open(path, "rb") as handle:
        head = handle.read(64)
        if head.startswith(b"\x1f\x8b"):
            handle.seek(0)
            try:
                head = gzip.GzipFile(fileobj=handle).read(16)
            except (OSError, EOFError, zlib.error):
                return False
    return head.startswith(b"WARC/")


def _response(record, where: str, limits: Limits) -> Iterator[RawDocument | Skipped]:
    """The report of one HTML response record, a Skipped entry, or nothing (other records)."""
    if record.rec_type != "response":
        return
    ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    if ctype and "html" not in ctype.lower():
        return
    payload = record.content_stream().read(limits.max_file_bytes + 1)
    if len(payload) > limits.max_file_bytes:
        yield Skipped(where, f"record larger than {limits.max_file_bytes:,} bytes")
        return
    if not payload.strip():
        yield Skipped(where, "empty response record")
        return
    try:
        markup, encoding = decode(payload)
        fetched = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
        yield html_to_raw(markup, where, limits, url=record.rec_headers.get_header("WARC-Target-URI"),
                          fetched=fetched)
    except InputError as error:
        yield Skipped(where, str(error))
        return
    note = repair_note(where, encoding)
    if note:
        yield note


def read_warc(path: Path, shown: str, limits: Limits) -> Iterator[RawDocument | Skipped]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if path.stat().st_size == 0:
        raise InputError("empty file")
    if not _starts_like_warc(path):
        raise InputError("not a valid WARC file: it does not start with a WARC/1.x record")
    found = 0
    size = path.stat().st_size
    end = 0  # where the last whole record ends
    with open(path, "rb") as raw_handle:
        # Each record's payload is capped below, so a gzip bomb inside one record
        # costs time but never memory.
        try:
            archive = ArchiveIterator(raw_handle)
            for index, record in enumerate(archive):
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{shown}#{url or index}"
                for item in _response(record, where, limits):
                    found += not (isinstance(item, Skipped) and item.ignored)  # a repair note is no record
                    yield item
                archive.read_to_end(record)
                short = getattr(record.raw_stream, "limit", 0) or 0
                if short > 0:
                    # The declared Content-Length runs past the end of the file (issue 21).
                    raise InputError(f"damaged WARC: record {index + 1} ({url or 'no URL'}) declares "
                                     f"{record.length:,} bytes but the file ends {short:,} bytes early; "
                                     f"{counted(found, 'record')} read, the rest lost")
                end = archive.get_record_offset() + archive.get_record_length()
        except ArchiveLoadFailed as error:
            raise InputError(f"not a valid WARC file: {str(error).splitlines()[0]}") from None
        except (OSError, EOFError, ValueError) as error:  # zlib errors are OSError/EOFError
            raise InputError(f"corrupt WARC data after {found} records: {error}") from None
        except (AttributeError, TypeError, KeyError, IndexError) as error:
            # warcio trusts a record's headers: a response record without WARC-Target-URI, or a header
            # line without a value, fails inside its parser with one of these, not with its own error.
            raise InputError(f"damaged WARC record after {found} records: its headers could not be parsed "
                             f"({type(error).__name__}: {error})") from None
        raw_handle.seek(end)
        rest = raw_handle.read(4096)
    if rest.strip(b"\r\n\x00 "):
        # A record cut short (a truncated download): warcio stops without a word.
        yield Skipped(shown, f"damaged WARC: {size - end:,} bytes after the last whole record (at byte {end:,}) "
                             f"could not be read (truncated?); {counted(found, 'record')} read")
    if found == 0:
        yield Skipped(shown, "WARC file holds no HTML response record")
