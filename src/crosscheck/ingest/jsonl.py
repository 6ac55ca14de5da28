"""JSON lines: one article a line.

Fields: ``text`` (or ``content``/``body``/``article``) is required; ``title``,
``url``, ``published`` (or ``date``/``published_at``/``publish_date``) and
``source``/``outlet`` (or ``site``/``publisher``) are optional.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from ..records import RawDocument, Skipped
from .common import Limits, content_hash

TEXT_KEYS = ("text", "content", "body", "article", "maintext")
DATE_KEYS = ("published", "date", "published_at", "publish_date", "date_publish", "pubdate")
OUTLET_KEYS = ("outlet", "source", "site", "publisher", "source_domain")


def _first(record: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, dict):  # {"source": {"name": "Reuters"}}
            value = value.get("name") or value.get("title")
        if value not in (None, ""):
            return str(value)
    return None


def read_jsonl_lines(lines: Iterable[str], source: str, limits: Limits) -> Iterator[RawDocument | Skipped]:
    seen_any = False
    for number, line in enumerate(lines, start=1):
        where = f"{source}#{number}"
        if number > limits.max_records_per_file:
            yield Skipped(source, f"more than {limits.max_records_per_file:,} lines: the rest not read")
            return
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
        if not isinstance(record, dict):
            yield Skipped(where, "line is not a JSON object")
            continue
        text = _first(record, TEXT_KEYS)
        if not text or not text.strip():
            yield Skipped(where, "no article text (expected a 'text' field)")
            continue
        if "\x00" in text:
            text = text.replace("\x00", "")
        yield RawDocument(
            source=where,
            text=text,
            content_hash=content_hash(text),
            format="jsonl",
            title=_first(record, ("title", "headline")),
            outlet=_first(record, OUTLET_KEYS),
            url=_first(record, ("url", "link")),
            author=_first(record, ("author", "authors", "byline")),
            published=_first(record, DATE_KEYS),
        )
    if not seen_any:
        yield Skipped(source, "no JSON lines in input")
