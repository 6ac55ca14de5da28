"""JSON lines: one article a line.

Fields: ``text`` (or ``content``/``body``/``article``) is required; ``title``,
``url``, ``published`` (or ``date``/``published_at``/``publish_date``) and
``source``/``outlet`` (or ``site``/``publisher``) are optional.
"""

from __future__ import annotations

import json
import re
from typing import Iterable, Iterator

from ..records import RawDocument, Skipped
from .address import url_outlet, url_published
from .common import Limits, content_hash

TEXT_KEYS = ("text", "content", "body", "article", "maintext")
DATE_KEYS = ("published", "date", "published_at", "publish_date", "date_publish", "pubdate")
OUTLET_KEYS = ("outlet", "source", "site", "publisher", "source_domain")


class FieldError(ValueError):
    """A field of the wrong type: the line is skipped with this reason."""


def _first(record: dict, keys: tuple[str, ...], names_ok: bool = False, lists_ok: bool = False) -> str | None:
    """The first of ``keys`` present, as a string; a field of another type is a
    :class:`FieldError` naming it (issue 21: never coerced, so ``"text": 12345`` is no report
    "12345" and a list never its Python repr). ``names_ok``: an object with a string ``name``
    (``{"source": {"name": "Reuters"}}``); ``lists_ok``: a list of strings, joined (authors)."""
    for key in keys:
        value = record.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, dict) and names_ok:
            name = value.get("name") or value.get("title")
            if isinstance(name, str) and name.strip():
                return name
            raise FieldError(f"field {key!r} is an object without a string 'name'")
        if isinstance(value, list) and lists_ok and all(isinstance(v, str) for v in value):
            joined = ", ".join(v.strip() for v in value if v.strip())
            if joined:
                return joined
            continue
        if not isinstance(value, str):
            raise FieldError(f"field {key!r} is {_kind(value)}, expected a string")
        return value
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(value: str | None) -> str | None:
    """A JSON "\\ud800" escape decodes to a lone surrogate, which no UTF-8 file or store can hold: U+FFFD."""
    return _SURROGATE.sub("\ufffd", value) if value and _SURROGATE.search(value) else value


def _kind(value: object) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def _identity(outlet: str | None, url: str | None) -> str:
    """Who published it: part of the dedup key, so that the same text from two outlets stays
    two reports (a copy group), while a rerun of the same line still adds nothing (issue 21)."""
    return f"{(outlet or '').strip().lower()}\x1f{(url or '').strip()}" if outlet or url else ""


def read_jsonl_lines(lines: Iterable[str | None], source: str, limits: Limits) -> Iterator[RawDocument | Skipped]:
    """Reports of JSON lines; a line given as None was longer than the size limit and was not kept in memory."""
    seen_any = False
    for number, line in enumerate(lines, start=1):
        where = f"{source}#{number}"
        if number > limits.max_records_per_file:
            yield Skipped(source, f"more than {limits.max_records_per_file:,} lines: the rest not read")
            return
        if line is None:
            seen_any = True
            yield Skipped(where, f"line too large: over {limits.max_file_bytes:,} bytes (--max-file-size)")
            continue
        if not line.strip():
            continue
        seen_any = True
        if len(line) > limits.max_file_bytes:
            yield Skipped(where, f"line too large: {len(line):,} characters")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(where, f"invalid JSON: {error.msg} at column {error.colno}")
            continue
        except RecursionError:
            yield Skipped(where, "invalid JSON: nested too deeply")
            continue
        if not isinstance(record, dict):
            yield Skipped(where, "line is not a JSON object")
            continue
        try:
            text = _first(record, TEXT_KEYS)
            title = _first(record, ("title", "headline"))
            outlet = _first(record, OUTLET_KEYS, names_ok=True)
            url = _first(record, ("url", "link"))
            author = _first(record, ("author", "authors", "byline"), names_ok=True, lists_ok=True)
            published = _first(record, DATE_KEYS)
        except FieldError as error:
            yield Skipped(where, f"{error}; line skipped")
            continue
        if not text or not text.strip():
            yield Skipped(where, "no article text (expected a 'text' field)")
            continue
        if "\x00" in text:
            text = text.replace("\x00", "")
        text, title, outlet, url, author, published = (
            _no_surrogates(v) for v in (text, title, outlet, url, author, published))
        identity = _identity(outlet, url)
        # A url with no outlet or date given: the outlet its domain names, and its path's date as
        # a fallback (after the identity, so that a rerun's dedup key does not change).
        evidence = url_published(url) if url and not published else None
        outlet = outlet or url_outlet(url)
        yield RawDocument(
            source=where,
            text=text,
            content_hash=content_hash(text + "\x1e" + identity if identity else text),
            format="jsonl",
            title=title,
            outlet=outlet,
            url=url,
            author=author,
            published=published,
            published_evidence=evidence,
        )
    if not seen_any:
        yield Skipped(source, "no JSON lines in input")
