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
state, parses and per-report outputs kept to redo less), ``search`` (full-text search), ``documents`` (stories, their
reports and skipped inputs), ``stages`` (each stage's output and its loaders); the :class:`Store` here opens the file,
migrates it and holds the transactions and the writer's lock.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from .documents import StoredReports
from .kept import KeptWork
from .search import FullTextSearch, SearchHit
from .rows import KINDS, record_json
from .schema import MIGRATIONS, SCHEMA_VERSION, _statements
from .stages import StageOutputs
from .versions import STAGE_VERSIONS

__all__ = ["KINDS", "MIGRATIONS", "SCHEMA_VERSION", "STAGE_VERSIONS", "SearchHit", "Store", "StoreBusy", "StoreError",
           "record_json"]




class StoreError(Exception):
    """A store that cannot be used; the message says why."""


class StoreBusy(StoreError):
    """Another process is writing to this store."""


class Store(StoredReports, StageOutputs, KeptWork, FullTextSearch):
    """One SQLite file: the reports of every story (``StoredReports``), each stage's output (``StageOutputs``), and
    what is kept to redo less (``KeptWork``) and to search (``FullTextSearch``)."""

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


def _why(error: sqlite3.Error) -> str:
    text = str(error)
    if "readonly" in text or "unable to open" in text:
        return f"{text}: read-only media or folder?"
    return text
