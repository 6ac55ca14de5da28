"""Plain-text reports: the whole file is one report."""

from __future__ import annotations

from pathlib import Path

from ..records import RawDocument
from .common import Limits, content_hash, read_text_file


def read_text(path: Path, shown: str, limits: Limits) -> RawDocument:
    text, _encoding = read_text_file(path, limits)
    return RawDocument(source=shown, text=text, content_hash=content_hash(text), format="txt")
