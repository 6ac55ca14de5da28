"""Full-text search over the reports (SQLite FTS5 over title and text), with marked snippets. Mixed into
:class:`~crosscheck.store.Store`, whose connection it uses."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass
class SearchHit:
    document: str
    title: str | None
    source: str
    snippet: str  # HTML-escaped text with <mark> around the hits


class FullTextSearch:
    """``search`` (see the module's docstring)."""

    db: sqlite3.Connection

    def search(self, query: str, story: str | None = None, limit: int = 50) -> list[SearchHit]:
        """Full-text search over reports; hits are marked in an HTML-escaped snippet."""
        match = _fts_query(query)
        if not match:
            return []
        sql = ("SELECT f.id, d.title, d.source, snippet(documents_fts, 2, char(1), char(2), ' … ', 16) AS snip "
               "FROM documents_fts f JOIN documents d ON d.id = f.id ")
        params: list[Any] = [match]
        if story is not None:
            sql += "JOIN story_documents sd ON sd.document = f.id AND sd.story = ? "
            params.insert(0, story)
        sql += "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?"
        params.append(limit)
        try:
            rows = self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            return []
        from html import escape

        hits = []
        for r in rows:
            snippet = escape(r["snip"]).replace("\x01", "<mark>").replace("\x02", "</mark>")
            hits.append(SearchHit(r["id"], r["title"], r["source"], snippet))
        return hits


def _fts_query(query: str) -> str:
    """User words to an FTS5 query: every word must occur; quotes keep phrases.

    Each term is quoted, so FTS5 operators and column filters in the user's
    text are taken as words, never as syntax.
    """
    import re

    terms = re.findall(r'"([^"]+)"|(\S+)', query)
    parts = []
    for phrase, word in terms:
        term = (phrase or word).replace('"', "")
        term = re.sub(r"[^\w\s'-]", " ", term).strip()
        if term:
            parts.append('"' + term + '"')
    return " ".join(parts)

