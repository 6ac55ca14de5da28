"""Saved RSS and Atom feeds: each entry that carries its article's text is a report (parsed by feedparser).

A feed entry holds the article (``content:encoded``, Atom ``content``), or only a summary and a link. The
entry's own text is the report, with its title, link, author and date, and the feed's title as the outlet. An
entry with no text of its own is named as skipped, with what to do: its page has to be fetched, which is what
``crosscheck watch FEED`` does (``analyze`` never touches the network).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Iterator

from ..records import RawDocument, Skipped
from .address import url_outlet, url_published
from .common import GZIP_ERRORS, InputError, Limits, clean_field, content_hash, open_input, read_bytes

FEED_SUFFIXES = (".rss", ".atom")
# The root element of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom document, after any XML declaration,
# comments and a doctype: how an ``.xml`` file is told apart from other XML.
_FEED_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
                        rb"<(?:rss\b|rdf:RDF\b|feed\b[^>]*http://www\.w3\.org/2005/Atom)", re.S | re.I)
_BLOCK = re.compile(r"(?i)</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)\b[^>]*>")
_MIN_WORDS = 25  # shorter than this, an entry's text is a teaser, not an article


def looks_like_feed(path: Path) -> bool:
    """Whether the file starts like an RSS or Atom feed (its first 4 KB)."""
    try:
        with open_input(path) as handle:
            head = handle.read(4096)
    except GZIP_ERRORS:
        return True  # a broken .xml.gz: the feed reader names what is wrong with the archive, not "no feed"
    except OSError:
        return False
    return bool(_FEED_ROOT.match(head.lstrip(b"\xef\xbb\xbf")))


def read_feed(path: Path, shown: str, limits: Limits) -> Iterator[RawDocument | Skipped]:
    import feedparser

    data = read_bytes(path, limits)
    if not data.strip():
        raise InputError("empty file")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise InputError(f"not a readable RSS or Atom feed: {_why(parsed.get('bozo_exception'))}")
        raise InputError("the feed holds no entry")
    feed_title = clean_field(parsed.feed.get("title"))
    read = 0
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{shown}#{number}"
        link = clean_field(entry.get("link"))
        text = _entry_text(entry)
        if len(text.split()) < _MIN_WORDS:
            yield Skipped(where, "feed entry without its article's text (a title, a teaser or a link only): "
                                 "`crosscheck watch` on the feed fetches its page")
            continue
        read += 1
        day = _entry_day(entry)
        yield RawDocument(
            source=where, text=text, content_hash=content_hash(text), format="feed",
            title=clean_field(entry.get("title")), url=link,
            outlet=feed_title or url_outlet(link), author=clean_field(entry.get("author")),
            published=day,
            published_evidence=None if day else url_published(link),
        )
    if parsed.get("bozo"):
        # feedparser reads what it can of a feed cut short or badly formed: the entries read stand, and
        # the fault is named (what followed it is lost).
        yield Skipped(shown, f"feed is not well-formed ({_why(parsed.get('bozo_exception'))}); "
                             f"{read} entr{'y' if read == 1 else 'ies'} with text read before the fault")


def _entry_text(entry) -> str:
    """The entry's article: its longest content part, else its summary, as plain paragraphs."""
    parts = [c.get("value") or "" for c in entry.get("content") or []]
    markup = max(parts, key=len) if parts else ""
    if len(markup) < len(entry.get("summary") or ""):
        markup = entry.get("summary") or ""
    return _plain(markup)


def _plain(markup: str) -> str:
    if "<" not in markup:
        return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", markup) if p.strip())
    from lxml import html

    marked = _BLOCK.sub("\n\n", markup)
    try:
        text = html.fromstring(f"<div>{marked}</div>").text_content()
    except (ValueError, TypeError):  # lxml on markup it cannot build a tree from
        text = re.sub(r"<[^>]+>", " ", marked)
    paragraphs = (re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _entry_day(entry) -> str | None:
    """The entry's publication day (ISO), from its published date, else its updated one."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time) and 1990 <= value.tm_year <= 2100:
            return time.strftime("%Y-%m-%d", value)
    return None


def _why(error: object) -> str:
    return str(error).splitlines()[0][:160] if error else "unknown fault"
