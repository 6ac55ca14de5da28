"""What the store keeps to follow a story and to redo less (issues 17 and 18): the digest of each update and the
state it left, the items a watcher has taken, each report's parse and each sentence's analysis, and per-report
outputs a stage can reuse. Mixed into :class:`~crosscheck.store.Store`, whose connection and transactions it uses.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from .rows import loads


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class KeptWork:
    """Digests, watch state, parses and per-report outputs (see the module's docstring)."""

    db: sqlite3.Connection

    def add_digest(self, story: str, digest: dict[str, Any], state: dict[str, Any]) -> int:
        """Keep what one update changed (``changes.digest``) and the state it left; returns its number."""
        with self.transaction():
            seq = self.db.execute("SELECT coalesce(max(seq), 0) + 1 FROM digests WHERE story = ?",
                                  (story,)).fetchone()[0]
            self.db.execute("INSERT INTO digests (story, seq, at, data, state) VALUES (?, ?, ?, ?, ?)",
                            (story, seq, digest["at"], json.dumps(digest, ensure_ascii=False),
                             json.dumps(state, ensure_ascii=False)))
        return seq

    def digests(self, story: str | None = None, since: str | None = None) -> list[dict[str, Any]]:
        """Stored digests, oldest first: of one story or all, those made after ``since`` (ISO time)."""
        sql, params = "SELECT story, seq, data FROM digests WHERE 1 = 1", []
        if story is not None:
            sql += " AND story = ?"
            params.append(story)
        if since:
            sql += " AND at > ?"
            params.append(since)
        rows = self.db.execute(sql + " ORDER BY at, story, seq", params).fetchall()
        return [dict(loads(r["data"]), story=r["story"], number=r["seq"]) for r in rows]

    def last_state(self, story: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT state FROM digests WHERE story = ? ORDER BY seq DESC LIMIT 1",
                              (story,)).fetchone()
        return loads(row[0]) if row else None

    def _keyed(self, sql: str, keys: dict[str, str], params: tuple = ()) -> Iterator[sqlite3.Row]:
        """Rows of ``sql`` (ending in ``document IN``) for the documents asked whose ``key`` matches."""
        ids = list(keys)
        for first in range(0, len(ids), 500):
            chunk = ids[first:first + 500]
            for r in self.db.execute(f"{sql} ({','.join('?' * len(chunk))})", [*params, *chunk]):
                if keys.get(r["document"]) == r["key"]:
                    yield r

    def load_parses(self, keys: dict[str, str]) -> dict[str, bytes]:
        """Stored parses by document id, for the (document id -> key) pairs asked."""
        return {r["document"]: r["data"]
                for r in self._keyed("SELECT document, key, data FROM report_parses WHERE document IN", keys)}

    def seen_items(self, watched: str) -> set[str]:
        """The items (page URLs, file paths) of a watched feed, sitemap or folder already taken."""
        return {r[0] for r in self.db.execute("SELECT item FROM watch_items WHERE watched = ?", (watched,))}

    def mark_items(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Note (watched source, item, outcome) rows as taken, so that no page is fetched twice."""
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO watch_items (watched, item, seen, outcome) VALUES (?, ?, ?, ?)",
                                [(w, i, _now(), o) for w, i, o in rows])

    def parse_keys(self, keys: dict[str, str]) -> set[str]:
        """The document ids, of the (document id -> key) pairs asked, whose parse is stored under that key."""
        return {r["document"] for r in self._keyed("SELECT document, key FROM report_parses WHERE document IN", keys)}

    def save_parses(self, rows: Iterable[tuple[str, str, bytes]]) -> None:
        """Keep (document id, key, serialised parse) rows: one parse a report and model."""
        with self.transaction():
            for doc_id, key, data in rows:
                self.db.execute("DELETE FROM report_parses WHERE document = ?", (doc_id,))
                self.db.execute("INSERT INTO report_parses (document, key, data) VALUES (?, ?, ?)",
                                (doc_id, key, data))

    def load_sentence_parses(self, keys: Iterable[str]) -> dict[str, bytes]:
        """Kept sentence analyses (issue 18), by key, of the keys asked that are stored."""
        keys = list(keys)
        out: dict[str, bytes] = {}
        for first in range(0, len(keys), 500):
            chunk = keys[first:first + 500]
            out.update((r[0], r[1]) for r in self.db.execute(
                f"SELECT key, data FROM sentence_parses WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def save_sentence_parses(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Keep (key, analysis) rows; a key stored already is left as it is (same text, same analysis)."""
        with self.transaction():
            self.db.executemany("INSERT OR IGNORE INTO sentence_parses (key, data) VALUES (?, ?)", rows)

    def load_report_outputs(self, stage: str, keys: dict[str, str]) -> dict[str, Any]:
        """One stage's kept per-report outputs (JSON), by document id, where the key still matches."""
        return {r["document"]: loads(r["data"]) for r in self._keyed(
            "SELECT document, key, data FROM report_outputs WHERE stage = ? AND document IN", keys, (stage,))}

    def save_report_outputs(self, stage: str, rows: Iterable[tuple[str, str, Any]]) -> None:
        with self.transaction():
            for doc_id, key, data in rows:
                self.db.execute("DELETE FROM report_outputs WHERE document = ? AND stage = ?", (doc_id, stage))
                self.db.execute("INSERT INTO report_outputs (document, stage, key, data) VALUES (?, ?, ?, ?)",
                                (doc_id, stage, key, json.dumps(data, ensure_ascii=False)))
