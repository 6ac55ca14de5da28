"""Plain-text reports: the whole file is one report."""

from __future__ import annotations

from pathlib import Path

from ..records import RawDocument, Skipped
from .address import leading_url, url_outlet, url_published
from .common import Limits, content_hash, read_text_file, repair_note


def read_text(path: Path, shown: str, limits: Limits) -> RawDocument | list[RawDocument | Skipped]:
    """The report; with a note after it when stray bytes were replaced (issue 21)."""
    text, encoding = read_text_file(path, limits)
    raw = RawDocument(source=shown, text=text, content_hash=content_hash(text), format="txt")
    # A page saved as text often starts with its address: the report's url, outlet and, as a
    # fallback after a date line in the text (read by the clean stage), its URL's day.
    raw.url = leading_url(text)
    if raw.url:
        raw.outlet, raw.published_evidence = url_outlet(raw.url), url_published(raw.url)
    note = repair_note(shown, encoding)
    return [raw, note] if note else raw
