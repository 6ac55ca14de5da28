"""The store: one SQLite file that holds every stage's output.

- WAL mode, so the web app reads while an analysis writes (readers never block
  the writer, the writer never blocks readers).
- FTS5 index over the reports' title and text for search.
- Documents are keyed by content hash: a rerun on the same files adds nothing.
- A stage's output replaces its previous output in one transaction, together
  with a mark that the stage finished over a given set of documents; a run
  killed mid-stage leaves the previous complete output, never half of one.
- One writer at a time: :meth:`Store.writer_lock` takes an exclusive lock on a
  file beside the database, and a second ``analyze`` refuses with a message.
- The schema has a version; :data:`MIGRATIONS` brings an older file up to date.

One concern a module: ``schema`` (the SQL of each version and the migrations), ``versions`` (each stage's version:
output made by older code is redone), ``rows`` (the kinds of records and their JSON rows), ``kept`` (digests, watch
state, parses and per-report outputs kept to redo less), ``search`` (full-text search); the :class:`Store` here.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, TypeVar
from urllib.parse import quote

from ..records import (
    BriefSentence,
    Claim,
    CopyGroup,
    DatedEntry,
    Document,
    Entity,
    Event,
    Finding,
    PrimarySource,
    Provenance,
    PublishedDate,
    Quote,
    Removed,
    Sentence,
    SharedPassage,
    PassageSpan,
    Sources,
    Skipped,
    Timex,
    Update,
    from_dict,
    to_dict,
)
from .kept import KeptWork, _now
from .search import FullTextSearch, SearchHit
from .rows import KINDS, _record_rows, record_json
from .schema import MIGRATIONS, SCHEMA_VERSION, _statements
from .versions import STAGE_VERSIONS

__all__ = ["KINDS", "MIGRATIONS", "SCHEMA_VERSION", "STAGE_VERSIONS", "SearchHit", "Store", "StoreBusy", "StoreError",
           "record_json"]


T = TypeVar("T")


class StoreError(Exception):
    """A store that cannot be used; the message says why."""


class StoreBusy(StoreError):
    """Another process is writing to this store."""


class Store(KeptWork, FullTextSearch):
    """One SQLite file: the reports of every story, each stage's output, and what is kept to redo less
    (``KeptWork``) and to search (``FullTextSearch``)."""

    def __init__(self, path: str | os.PathLike, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self.immutable = False
        self._lock_handle = None
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a store file")
        try:
            if readonly:
                self.db = self._open_readonly()
            else:
                self._refuse_foreign()
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # isolation_level=None: transactions are ours (BEGIN IMMEDIATE ... COMMIT).
                self.db = sqlite3.connect(self.path, check_same_thread=False, timeout=30, isolation_level=None)
        except OSError as error:
            raise StoreError(f"{self.path}: cannot be opened ({error.strerror or error})") from None
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot be opened ({_why(error)})") from None
        self.db.row_factory = sqlite3.Row
        try:
            if not readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            if not readonly:
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as error:
            self.db.close()
            raise StoreError(f"{self.path}: not a crosscheck store or damaged ({_why(error)})") from None

    def _open_readonly(self) -> sqlite3.Connection:
        """Read-only, for search, export and serve. A store on read-only media (or in a folder
        this user cannot write) cannot get the shared-memory file WAL readers need: it is then
        opened immutable, which reads it as it is, without locks (issue 21)."""
        if not self.path.exists():
            raise StoreError(f"{self.path}: no such store")
        with open(self.path, "rb") as handle:  # a permission error here names the file
            head = handle.read(16)
        if head and not head.startswith(b"SQLite format 3"):
            raise StoreError(f"{self.path}: not a crosscheck store or damaged (not an SQLite file)")
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30, isolation_level=None)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError:
            db.close()
        self.immutable = True
        return sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False, timeout=30,
                               isolation_level=None)

    def _refuse_foreign(self) -> None:
        """A file that is not a crosscheck store is never written to (issue 21): an existing
        non-empty file must be an SQLite database whose tables are crosscheck's (a schema
        version in ``meta``), else no table is created and no journal mode set."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with open(self.path, "rb") as handle:
            head = handle.read(16)
        if not head.startswith(b"SQLite format 3"):
            raise StoreError(f"{self.path}: not a crosscheck store or damaged (not an SQLite file); left untouched, "
                             "give another --db")
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        try:
            probe = sqlite3.connect(uri, uri=True, timeout=30)
        except sqlite3.Error:
            return  # cannot be read here: the writable open below says why
        try:
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = (probe.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                       if "meta" in tables else None)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a crosscheck store or damaged ({_why(error)}); left untouched") from None
        finally:
            probe.close()
        if tables and version is None:
            listed = ", ".join(sorted(tables)[:5])
            raise StoreError(f"{self.path}: an SQLite file that is not a crosscheck store (tables: {listed}); "
                             "left untouched, give another --db")

    # ------------------------------------------------------------------ schema

    def _version(self) -> int:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0]) if row else 0

    def _check_version(self) -> None:
        version = self._version()
        if version == 0:
            raise StoreError(f"{self.path}: not a crosscheck store")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer crosscheck (schema {version} > {SCHEMA_VERSION})")

    def _migrate(self) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer crosscheck (schema {version} > {SCHEMA_VERSION})")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in _statements(MIGRATIONS[target]):
                    self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(target),))

    def schema_version(self) -> int:
        return self._version()

    # ----------------------------------------------------------- transactions

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        """Hold the store's single-writer lock, or raise :class:`StoreBusy` at once."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            handle = open(lock_path, "a+")
        except OSError as error:
            raise StoreError(f"{self.path}: cannot be written ({lock_path.name}: {error.strerror or error})") from None
        try:
            # A POSIX record lock belongs to this process alone: worker processes forked
            # from it (spaCy's) do not inherit it, so a killed run never leaves it held.
            fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreBusy(f"{self.path}: another crosscheck run is writing to this store ({holder}); "
                            "wait for it to finish or use another --db") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.lockf(handle.fileno(), fcntl.LOCK_UN)
            handle.close()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

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
            sentences=[Sentence(text[s:e], s, e) for s, e in json.loads(row["sentences"])],
            removed=[from_dict(Removed, r) for r in json.loads(row["removed"])],
            published=published or from_dict(PublishedDate, json.loads(row["published"])),
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

    # ----------------------------------------------------------------- stages

    def _input_key(self, story: str, stage: str) -> str:
        ids = sorted(self.document_ids(story))
        digest = hashlib.sha256(("\n".join(ids) + f"\n{stage}:{STAGE_VERSIONS.get(stage, 0)}").encode())
        return digest.hexdigest()

    def stage_is_current(self, story: str, stage: str) -> bool:
        row = self.db.execute("SELECT input_key FROM stage_runs WHERE story = ? AND stage = ?",
                              (story, stage)).fetchone()
        return row is not None and row[0] == self._input_key(story, stage)

    def finished_stages(self, story: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT stage FROM stage_runs WHERE story = ?", (story,))]

    def save_stage(self, story: str, stage: str, **outputs: list[Any]) -> None:
        """Replace a stage's output and mark it finished, all in one transaction."""
        key = self._input_key(story, stage)
        with self.transaction():
            # Issue 17: only the rows that changed are written (an update of a large story leaves most alone).
            self.db.execute("DELETE FROM stage_records WHERE story = ? AND stage = ? AND kind NOT IN (%s)"
                            % ",".join("?" * len(outputs)), (story, stage, *outputs))
            self.db.execute("DELETE FROM passages WHERE story = ? AND stage = ?", (story, stage))
            for kind, records in outputs.items():
                if kind not in KINDS:
                    raise ValueError(f"unknown output kind {kind!r} of stage {stage!r}")
                if kind == "shared_passages":
                    self._save_passages(story, stage, records)
                    continue
                self._write_changed_rows(story, stage, kind, _record_rows(story, stage, kind, records))
            self.db.execute(
                "INSERT INTO stage_runs (story, stage, input_key, finished) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(story, stage) DO UPDATE SET input_key = excluded.input_key, finished = excluded.finished",
                (story, stage, key, _now()))

    # Rows compared with the stored ones this many at a time (issue 17): memory stays bounded (issue 18).
    CHANGED_ROWS_BATCH = 2048

    def _write_changed_rows(self, story: str, stage: str, kind: str, rows: Iterable[tuple]) -> int:
        """Make the stored rows of one kind of a stage's output equal ``rows`` ((story, stage, kind, seq,
        document, data) tuples in seq order), writing only those that differ from what is stored and
        deleting the stored rows past the last; inside the caller's transaction. Returns rows written.
        The table ends as a DELETE and INSERT of every row would leave it (issue 17)."""
        written, count, batch = 0, 0, []

        def flush() -> int:
            if not batch:
                return 0
            lo, hi = batch[0][3], batch[-1][3]
            stored = {r[0]: (r[1], r[2], r[3]) for r in self.db.execute(
                "SELECT seq, stage, document, data FROM stage_records WHERE story = ? AND kind = ? "
                "AND seq BETWEEN ? AND ?", (story, kind, lo, hi))}
            changed = [row for row in batch if stored.get(row[3]) != (row[1], row[4], row[5])]
            if changed:
                self.db.executemany(
                    "INSERT OR REPLACE INTO stage_records (story, stage, kind, seq, document, data) "
                    "VALUES (?, ?, ?, ?, ?, ?)", changed)
            batch.clear()
            return len(changed)

        for row in rows:
            batch.append(row)
            count += 1
            if len(batch) >= self.CHANGED_ROWS_BATCH:
                written += flush()
        written += flush()
        self.db.execute("DELETE FROM stage_records WHERE story = ? AND kind = ? AND seq >= ?", (story, kind, count))
        return written

    def invalidate(self, story: str, stages: Iterable[str] | None = None) -> None:
        """Forget that stages finished, so the next run redoes them."""
        with self.transaction():
            if stages is None:
                self.db.execute("DELETE FROM stage_runs WHERE story = ?", (story,))
            else:
                self.db.executemany("DELETE FROM stage_runs WHERE story = ? AND stage = ?",
                                    [(story, s) for s in stages])

    def load(self, story: str, kind: str) -> list[Any]:
        return list(self.iter_records(story, kind))

    # Streaming reads (issue 18): one story's records a row at a time, for writers that never hold a
    # story whole (report.story.write_story_json). Same records, same order as ``load``/``load_documents``.
    def iter_records(self, story: str, kind: str) -> Iterator[Any]:
        """``load(story, kind)`` a record at a time (the rows stepped through, never fetched all)."""
        if kind == "shared_passages":
            yield from self.load_passages(story)
            return
        cls = KINDS[kind]
        for r in self.db.execute("SELECT data FROM stage_records WHERE story = ? AND kind = ? ORDER BY seq",
                                 (story, kind)):
            yield from_dict(cls, json.loads(r[0]))

    def iter_events_by_date(self, story: str) -> Iterator[Event]:
        """The story's events ordered by (date, id), ties in stored order: ``sorted(load_events(story),
        key=lambda e: (e.date, e.id))`` without holding them (UTF-8 byte order is code point order)."""
        for r in self.db.execute(
                "SELECT data FROM stage_records WHERE story = ? AND kind = 'events' "
                "ORDER BY json_extract(data, '$.date'), json_extract(data, '$.id'), seq", (story,)):
            yield from_dict(Event, json.loads(r[0]))

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
        return [(r["document"], from_dict(PublishedDate, json.loads(r["data"]))) for r in rows]

    def _save_passages(self, story: str, stage: str, passages: list[SharedPassage]) -> None:
        self.db.executemany(
            "INSERT INTO passages (story, stage, seq, id, doc_a, a_start, a_end, doc_b, b_start, b_end, words, kind,"
            " text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(story, stage, seq, p.id, p.spans[0].document, p.spans[0].start, p.spans[0].end, p.spans[1].document,
              p.spans[1].start, p.spans[1].end, p.words, p.kind, p.text) for seq, p in enumerate(passages)])

    def load_passages(self, story: str, document: str | None = None) -> list[SharedPassage]:
        """The passages reports of a story share (the copies stage's), or those one report shares."""
        sql = "SELECT * FROM passages WHERE story = ?"
        args: tuple = (story,)
        if document is not None:
            sql += " AND (doc_a = ? OR doc_b = ?)"
            args = (story, document, document)
        rows = self.db.execute(sql + " ORDER BY seq", args)
        return [SharedPassage(r["id"], [PassageSpan(r["doc_a"], r["a_start"], r["a_end"]),
                                        PassageSpan(r["doc_b"], r["b_start"], r["b_end"])],
                              r["text"], r["words"], r["kind"]) for r in rows]

    def load_sources(self, story: str, documents: list[Document] | None = None) -> Sources:
        """Independent sources of a story: outlets, copy groups and shared passages joined."""
        documents = documents if documents is not None else self.load_documents(story)
        return Sources(self.load_copy_groups(story), documents=documents, passages=self.load_passages(story))

    # Named loaders, so callers read as what they load.
    def load_copy_groups(self, story: str) -> list[CopyGroup]:
        return self.load(story, "copy_groups")

    def load_entities(self, story: str) -> list[Entity]:
        return self.load(story, "entities")

    def load_timexes(self, story: str) -> list[Timex]:
        return self.load(story, "timexes")

    def load_events(self, story: str) -> list[Event]:
        return self.load(story, "events")

    def load_claims(self, story: str) -> list[Claim]:
        return self.load(story, "claims")

    def load_quotes(self, story: str) -> list[Quote]:
        return self.load(story, "quotes")

    def load_agreements(self, story: str) -> list[Finding]:
        """Every agreement of the story: quantities (reconcile) and dates (time)."""
        return self.load(story, "agreements") + self.load(story, "date_agreements")

    def load_conflicts(self, story: str) -> list[Finding]:
        """Every conflict of the story: quantities (reconcile) and dates (time)."""
        return self.load(story, "conflicts") + self.load(story, "date_conflicts")

    def load_differences(self, story: str) -> list[Finding]:
        """Figures that differ but are not comparable for certain (issue 20): never conflicts."""
        return self.load(story, "differences")

    def load_updates(self, story: str) -> list[Update]:
        return self.load(story, "updates")

    def load_brief(self, story: str) -> list[BriefSentence]:
        return self.load(story, "brief")

    def load_provenance(self, story: str) -> list[Provenance]:
        return self.load(story, "provenance")

    def load_primary_sources(self, story: str) -> list[PrimarySource]:
        return self.load(story, "primary_sources")

    def load_key_dates(self, story: str) -> list[DatedEntry]:
        return self.load(story, "key_dates")


def _why(error: sqlite3.Error) -> str:
    text = str(error)
    if "readonly" in text or "unable to open" in text:
        return f"{text}: read-only media or folder?"
    return text
