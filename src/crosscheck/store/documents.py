"""The story's reports as stored: stories and the reports linked to them, each report's text, sentences and
publication date (as read, or as the time stage refined it), and the inputs skipped with their reason. Mixed into
:class:`~crosscheck.store.Store`, whose connection and transactions it uses.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable, Iterator

from ..records import Document, PublishedDate, Removed, Sentence, Skipped, from_dict, to_dict
from .kept import _now
from .rows import loads
from .versions import STAGE_VERSIONS


class StoredReports:
    """Stories, their reports and what was skipped (see the module's docstring)."""

    db: sqlite3.Connection

    # ---------------------------------------------------------------- stories

    def ensure_story(self, story: str) -> None:
        with self.transaction():
            self._touch_story(story)

    def _touch_story(self, story: str) -> None:
        """Create the story, or mark it updated (inside the caller's transaction)."""
        self.db.execute(
            "INSERT INTO stories (name, created, updated) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET updated = excluded.updated", (story, _now(), _now()))

    def stories(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT s.name, s.created, s.updated, s.label, s.info, count(sd.document) AS documents FROM stories s "
            "LEFT JOIN story_documents sd ON sd.story = s.name GROUP BY s.name ORDER BY s.updated DESC").fetchall()
        out = [dict(r) for r in rows]
        for r in out:
            r["info"] = json.loads(r["info"]) if r["info"] else None
        return out

    def set_story_label(self, story: str, label: str, info: dict[str, Any]) -> None:
        """Label a story (and keep its key facts) as ``crosscheck stories`` found it."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO stories (name, created, updated, label, info) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET label = excluded.label, info = excluded.info",
                (story, _now(), _now(), label, json.dumps(info, ensure_ascii=False)))

    def link_documents(self, story: str, document_ids: Iterable[str]) -> int:
        """Add stored reports to a story by id (in the order given); returns how many were new to it."""
        linked = 0
        with self.transaction():
            self._touch_story(story)
            position = self.db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM story_documents WHERE story = ?", (story,)).fetchone()[0]
            for doc_id in document_ids:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO story_documents (story, document, position) "
                    "SELECT ?, id, ? FROM documents WHERE id = ?", (story, position, doc_id))
                position += cursor.rowcount
                linked += cursor.rowcount
        return linked

    def has_story(self, story: str) -> bool:
        return self.db.execute("SELECT 1 FROM stories WHERE name = ?", (story,)).fetchone() is not None

    # -------------------------------------------------------------- documents

    def add_documents(self, story: str | None, documents: Iterable[Document]) -> int:
        """Add documents to a story in one transaction; returns how many were new to the store.

        With ``story`` None the reports are only stored (``crosscheck stories`` links
        them to the stories it finds afterwards).
        """
        documents = list(documents)
        if not documents:
            return 0
        new = 0
        with self.transaction():
            if story is not None:
                self._touch_story(story)
            position = self.db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM story_documents WHERE story = ?", (story,)).fetchone()[0]
            for d in documents:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO documents (id, content_hash, source, format, title, outlet, url, author, "
                    "dateline, published, original, text, sentences, removed, added, agency) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (d.id, d.content_hash, d.source, d.format, d.title, d.outlet, d.url, d.author, d.dateline,
                     json.dumps(to_dict(d.published)), d.original, d.text,
                     json.dumps([[s.start, s.end] for s in d.sentences]),
                     json.dumps([to_dict(r) for r in d.removed]), _now(), d.agency))
                if cursor.rowcount:
                    new += 1
                    self.db.execute("INSERT INTO documents_fts (id, title, text) VALUES (?, ?, ?)",
                                    (d.id, d.title or "", d.text))
                if story is None:
                    continue
                linked = self.db.execute(
                    "INSERT OR IGNORE INTO story_documents (story, document, position) VALUES (?, ?, ?)",
                    (story, self._stored_id(d), position))
                position += linked.rowcount
        return new

    def link_stored(self, story: str, content_hash: str) -> bool:
        """Add an already stored report to a story, by content hash; False if not stored.

        Lets a rerun skip cleaning and parsing what it already holds.
        """
        row = self.db.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        if row is None:
            return False
        with self.transaction():
            self._touch_story(story)
            self.db.execute(
                "INSERT OR IGNORE INTO story_documents (story, document, position) VALUES (?, ?, "
                "(SELECT coalesce(max(position), -1) + 1 FROM story_documents WHERE story = ?))",
                (story, row[0], story))
        return True

    def link_stored_legacy(self, story: str, text_hash: str, outlet: str | None, url: str | None) -> bool:
        """A report stored before issue 21 keyed JSON lines by text alone: linked if stored so
        under this text hash with the same outlet and URL, so a rerun over an older store adds
        nothing twice."""
        row = self.db.execute("SELECT 1 FROM documents WHERE content_hash = ? AND outlet IS ? AND url IS ?",
                              (text_hash, outlet, url)).fetchone()
        return row is not None and self.link_stored(story, text_hash)

    def stored_id(self, d: Document) -> str:
        """The id under which this report's content is stored (its first id, on a rerun)."""
        return self._stored_id(d)

    def load_documents_by_id(self, document_ids: list[str]) -> list[Document]:
        """Stored reports by id, in the order given (ids not stored are left out)."""
        found: dict[str, Document] = {}
        for first in range(0, len(document_ids), 500):
            chunk = document_ids[first:first + 500]
            rows = self.db.execute(f"SELECT * FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            for row in rows:
                found[row["id"]] = self._document(row, None)
        return [found[i] for i in document_ids if i in found]

    def set_sentences(self, documents: Iterable[Document]) -> None:
        """Store the sentence split of reports stored without one (stories stores them unparsed)."""
        with self.transaction():
            for d in documents:
                self.db.execute("UPDATE documents SET sentences = ? WHERE id = ?",
                                (json.dumps([[s.start, s.end] for s in d.sentences]), d.id))

    def _stored_id(self, d: Document) -> str:
        row = self.db.execute("SELECT id FROM documents WHERE content_hash = ?", (d.content_hash,)).fetchone()
        return row[0] if row else d.id

    def document_ids(self, story: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT document FROM story_documents WHERE story = ? ORDER BY position", (story,))]

    def load_documents(self, story: str, refined: bool = True) -> list[Document]:
        """The story's reports in order; with ``refined`` False, publication dates as read,
        not as the time stage refined them (what a run from scratch starts from)."""
        return list(self.iter_documents(story, refined))

    def outlet_history(self, story: str, outlets: Iterable[str | None], per_outlet: int = 50
                       ) -> list[tuple[str, Document]]:
        """(story, report) of these outlets in the store's other stories, the latest ``per_outlet`` of each outlet
        (the copies stage learns each outlet's template from them: ``copies.outlet_template``; a few dozen pages of
        other stories show an outlet's furniture, and each story's run reads them again). Reports of this story are
        left out, wherever else they are filed."""
        mine = set(self.document_ids(story))
        out: list[tuple[str, Document]] = []
        for outlet in sorted({o for o in outlets if o}):
            rows = self.db.execute(
                "SELECT sd.story AS story, d.* FROM documents d JOIN story_documents sd ON sd.document = d.id "
                "WHERE d.outlet = ? AND sd.story != ? ORDER BY d.rowid DESC", (outlet, story))
            seen: set[str] = set()
            for row in rows:
                if row["id"] in mine or row["id"] in seen:
                    continue
                seen.add(row["id"])
                out.append((row["story"], self._document(row, None)))
                if len(seen) >= per_outlet:
                    break
        return out

    def load_document(self, story: str, document_id: str) -> Document | None:
        row = self.db.execute(
            "SELECT d.* FROM story_documents sd JOIN documents d ON d.id = sd.document "
            "WHERE sd.story = ? AND d.id = ?", (story, document_id)).fetchone()
        if row is None:
            return None
        refined = dict(self._load_published(story))
        return self._document(row, refined.get(document_id))

    @staticmethod
    def _document(row: sqlite3.Row, published: PublishedDate | None) -> Document:
        text = row["text"]
        return Document(
            id=row["id"], source=row["source"], content_hash=row["content_hash"], format=row["format"],
            original=row["original"], text=text,
            sentences=[Sentence(text[s:e], s, e) for s, e in loads(row["sentences"])],
            removed=[from_dict(Removed, r) for r in loads(row["removed"])],
            published=published or from_dict(PublishedDate, loads(row["published"])),
            title=row["title"], outlet=row["outlet"], url=row["url"], author=row["author"],
            dateline=row["dateline"], agency=row["agency"] if "agency" in row.keys() else None,
        )

    def add_skipped(self, story: str, skipped: Skipped) -> None:
        with self.transaction():
            self._touch_story(story)
            self.db.execute("INSERT OR REPLACE INTO skipped (story, source, reason, at, ignored) VALUES (?, ?, ?, ?, ?)",
                            (story, skipped.source, skipped.reason, _now(), int(skipped.ignored)))

    def load_skipped(self, story: str) -> list[Skipped]:
        return [Skipped(r["source"], r["reason"], bool(r["ignored"])) for r in self.db.execute(
            "SELECT source, reason, ignored FROM skipped WHERE story = ? ORDER BY ignored, source", (story,))]

    # Reports a stage failed on (issue 21): kept with the skipped inputs, their reason
    # starting "<stage> stage failed", so story.json lists them and the exit status is 3.
    def stage_errors(self, story: str) -> list[Skipped]:
        return [s for s in self.load_skipped(story) if s.reason.split(" stage failed", 1)[0] in STAGE_VERSIONS]

    def clear_stage_errors(self, story: str, stage: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM skipped WHERE story = ? AND substr(reason, 1, ?) = ?",
                            (story, len(stage) + 13, f"{stage} stage failed"))

    def iter_documents(self, story: str, refined: bool = True) -> Iterator[Document]:
        """``load_documents`` a report at a time."""
        refined_dates = dict(self._load_published(story)) if refined else {}
        for row in self.db.execute(
                "SELECT d.* FROM story_documents sd JOIN documents d ON d.id = sd.document "
                "WHERE sd.story = ? ORDER BY sd.position", (story,)):
            yield self._document(row, refined_dates.get(row["id"]))

    def document_outlets(self, story: str) -> list[tuple[str, str | None, str | None]]:
        """(id, outlet, agency) of the story's reports in order: what ``Sources`` needs of them."""
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            "SELECT d.id, d.outlet, d.agency FROM story_documents sd JOIN documents d ON d.id = sd.document "
            "WHERE sd.story = ? ORDER BY sd.position", (story,))]

    def document_titles(self, story: str, opening: int = 800) -> list[tuple[str, str | None, str | None, str]]:
        """(id, title, outlet, the first ``opening`` characters of its text) of the story's reports in order: what
        the story's title is chosen from (issue 20)."""
        return [(r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT d.id, d.title, d.outlet, substr(d.text, 1, ?) FROM story_documents sd "
            "JOIN documents d ON d.id = sd.document WHERE sd.story = ? ORDER BY sd.position", (opening, story))]

    def report_rows(self, story: str) -> list[tuple[str, str, str | None, str | None]]:
        """(report, source, outlet, published day) of the story's reports in order: the columns of the ``reports``
        view, the day as refined by the time stage when it found one, else as read. Issue 17: the view joins each
        report to the story's 'published' records by a scan of them all (a 1,000-report story: a million rows
        stepped through for every digest); here they are read once."""
        refined = dict(self.db.execute(
            "SELECT document, json_extract(data, '$.date') FROM stage_records WHERE story = ? AND kind = 'published' "
            "ORDER BY seq", (story,)).fetchall())
        return [(r[0], r[1], r[2], refined.get(r[0]) if refined.get(r[0]) is not None else r[3])
                for r in self.db.execute(
                    "SELECT d.id, d.source, d.outlet, json_extract(d.published, '$.date') FROM story_documents sd "
                    "JOIN documents d ON d.id = sd.document WHERE sd.story = ? ORDER BY sd.position", (story,))]

    def _load_published(self, story: str) -> list[tuple[str, PublishedDate]]:
        rows = self.db.execute(
            "SELECT document, data FROM stage_records WHERE story = ? AND kind = 'published' ORDER BY seq", (story,))
        return [(r["document"], from_dict(PublishedDate, loads(r["data"]))) for r in rows]
