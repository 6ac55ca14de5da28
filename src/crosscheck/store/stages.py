"""Each stage's output as stored: one transaction replaces a stage's records and marks it finished over a given set
of reports (a run killed mid-stage leaves the previous complete output), records read back whole or a row at a time,
the passages reports share, and a named loader for each kind. Mixed into :class:`~crosscheck.store.Store`, whose
connection and transactions it uses.
"""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any, Iterable, Iterator

from ..records import (BriefSentence, Claim, CopyGroup, DatedEntry, Document, Entity, Event, Finding, PassageSpan,
                       PrimarySource, Provenance, Quote, SharedPassage, Sources, Timex, Update, from_dict, TopicCheck)
from .kept import _now
from .rows import KINDS, _record_rows, loads
from .versions import STAGE_VERSIONS


class StageOutputs:
    """Stage runs, their records and the named loaders (see the module's docstring)."""

    db: sqlite3.Connection

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
            yield from_dict(cls, loads(r[0]))

    def iter_events_by_date(self, story: str) -> Iterator[Event]:
        """The story's events ordered by (date, id), ties in stored order: ``sorted(load_events(story),
        key=lambda e: (e.date, e.id))`` without holding them (UTF-8 byte order is code point order)."""
        for r in self.db.execute(
                "SELECT data FROM stage_records WHERE story = ? AND kind = 'events' "
                "ORDER BY json_extract(data, '$.date'), json_extract(data, '$.id'), seq", (story,)):
            yield from_dict(Event, loads(r[0]))

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
        """The quotes "who said what" shows."""
        return self.load(story, "quotes")

    def load_attributions(self, story: str) -> list[Quote]:
        """The attributions "who said what" does not show (``Quote.hidden`` says why); provenance traces them."""
        return self.load(story, "attributions")

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

    def load_topic_check(self, story: str) -> TopicCheck | None:
        """The brief stage's topic check of the story (``on_story.check``); None before that stage ran."""
        found = self.load(story, "topic_check")
        return found[0] if found else None
