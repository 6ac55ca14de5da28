"""Plain-text reports: the whole file is one report."""

from __future__ import annotations

from pathlib import Path

from ..records import RawDocument, Skipped
from .common import REPAIRED, Limits, content_hash, read_text_file


def read_text(path: Path, shown: str, limits: Limits) -> RawDocument | list[RawDocument | Skipped]:
    """The report; with a note after it when stray bytes were replaced (issue 21)."""
    text, encoding = read_text_file(path, limits)
    raw = RawDocument(source=shown, text=text, content_hash=content_hash(text), format="txt")
    if encoding.startswith(REPAIRED):
        return [raw, Skipped(shown, f"read, with repairs: {encoding}", ignored=True)]
    return raw
