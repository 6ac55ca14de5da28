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
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, TypeVar
from urllib.parse import quote

from .records import (
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

SCHEMA_VERSION = 9  # 5: documents.agency; 6: digests, parses, views; 7: passages table; 8: sentence_parses
# 9: the findings and agreements views hold the date agreements

# Each stage's output kinds and their record types: the store serialises
# records to JSON rows and rebuilds them with these types.
KINDS: dict[str, type] = {
    "copy_groups": CopyGroup,
    "entities": Entity,
    "timexes": Timex,
    "events": Event,
    "date_conflicts": Finding,
    "date_agreements": Finding,  # the day or year of one happening written alike by independent sources (issue 20)
    "published": PublishedDate,
    "claims": Claim,
    "quotes": Quote,
    "agreements": Finding,
    "conflicts": Finding,
    "differences": Finding,  # figures that differ where the basis of a conflict is not certain (issue 20)
    "brief": BriefSentence,
    "key_dates": DatedEntry,
    "shared_passages": SharedPassage,  # kept in their own table, ``passages``
    "provenance": Provenance,
    "primary_sources": PrimarySource,
    "updates": Update,  # reconcile: figures that moved over the story's publication times
}

# Bump a stage's version when its logic changes, so stored output is redone. Why each is where it is:
# brief 2: key dates; 3: one report per source, no sentence twice; 4: key dates told by two sources, no bylines.
# time 2: month-level and copy bounds for undated reports; 3: ages, units and clock times are not dates.
# quotes 2: "according to X" keeps its describing phrase. claims 2: what happened to the people counted.
# reconcile 2: reports named by file name; 3: like with like, updates.
# entities 2: places resolved in context; 3: 'Mrs. X' apart from her husband, a city apart from its county.
# provenance 2: a quote paragraph's speaker, relays to any outlet (issue 19 follow-up).
# issue 14: copies 2 (containment candidates, template, shared passages); provenance 3, entities 4, time 4,
# quotes 3, reconcile 4 and brief 5 because their independent-source counts now join reports by outlet.
# provenance 4: a quote missing from an edited reprint (no span there) no longer stops the stage.
# provenance 5 (issue 19, ECB+ round): relays through outlets by title, outlets given as speakers relay the person
# named, police/cops/officers one source, a reporter is the outlet, 'it stated' the outlet last said to speak.
# provenance 6 (issue 19, round 4): descriptions and untyped names joined to the person introduced, two-level chains
# ("all of whom said"), "quoted in <agency>" relays, inverted "said <lowercase title> Name".
# issue 20 round 3: time 5 (seconds are durations; date conflicts not on names or on the day a thing was told),
# quotes 4 (no credit, address, widget or dateline as a speaker), reconcile 5 (like with like; differences),
# brief 6 (key dates only of days that happened and are named).
# entities 5 (issue 16, round 2): places chosen with coherent readings, local outlets, bare county names, more regions.
# issue 14 round 2: copies 3 (a group's original chosen by evidence, not publication day; short reports
# looked up shingle by shingle).
# issue 18: the parse is now put together from sentences parsed alone (a few sentence and entity spans differ
# from a whole-report parse), so every stage that reads the parse redoes its output: entities 6, time 6,
# claims 3, quotes 5, provenance 7.
# issue 14 round 3: copies 4 (a document's text both reports quote is a 'document' passage; quotation state on
# long lines from the nearest mark; a short report two thirds of which is in another is a copy; the opening rule).
# issue 19 round 5: provenance 8 (stations by channel, outlets named back by a description, "X's attorney",
# outlets told where a cut quote closes, "accused"/"denied" as cues, capitalised titles, '' closing marks).
# issue 20 round 3 (generalising): reconcile 6 (agreements over every statement, one figure per agreement,
# unkeyed figures agree in alike sentences; running totals apart; update chains of one time); time 8 (a date
# conflict not on the day a "that" clause was told, nor on a phrase of function words).
# issue 20 round 4 (branch issue-20b): reconcile 7 (a figure beside a shared wire passage is one witness; ends of a
# spread are no value; a conflict's windows of time match; a bound holds the other figure as written); with the
# lead's fix (a developing count's conflicts compared day by day again): reconcile 8.
# issue 14 round 4: copies 5 (late-start and recurring-block rules; passages: document quotations read anew).
# issue 19 round 6: quotes 6 (two apostrophes close a double mark; a quote over paragraphs with no opening mark; a
# reported clause around a quoted phrase), provenance 9.
# issue 20 (branch issue-20c): claims 4 (zeros written in words, ages after a name, metres vs millions, hyphenated
# units and scales, psi, rank words, counted things carried through lists and "of them").
# issue 20 round 5 (branch issue-20r): reconcile 9 (a conflict counts the thing in one happening; zeros; named
# ages; progressions read loosely), time 9 (a one-day date conflict resting on "yesterday" or a clock time is none).
# issue 20 (time side, branch issue-20t): time 10 (a weekday and its part of day are one day; a day number before
# "November 2011"; "the end of July"; weekends; a day called for or possible is the coming one), brief 8 (key dates:
# date lines, leads that tell of another day, days named only in quotations are no support).
# issue 20 claims round 2 (branch issue-20k): claims 5 (ages after kin words and names like "McKnight"; ".357 Magnum"
# rebuilt "a. 357"; "All three"; "a mother of 12" counts children; "less than a minute"; a distance fallen is a "fall").
# issue 14 round 5 (branch issue-14): copies 6 (quotes of one speech and two texts sharing passages are not copies).
# issue 20 round 6 (branch issue-20r, fourth session): reconcile 10 (a span of time is a side of a conflict only where
# both say what it is the length of; a bound read on the number as written; "three of his eight" is a part).
# issue 20 session 4 (branch issue-20v): brief 9 (a headline, teaser, timestamp or dateline glued to the lead is
# cut off; captions, teaser lists, cut sentences and readers' comments are never brief sentences).
# issue 16 map points (branch issue-16): entities 9 (a place named with its state or country, "Surf City, North
# Carolina", is in it in every report of the story; "Northeast", "Metro", "Mall" and a bare "Atlantic" are no far towns).
# issue 20 session 4 (branch issue-20c): claims 6 (ages "died at 77" and "Orozco, 29,"; win-loss records are no ranges;
# "bpd"; an adjective before a unit; "a mile and a half", "4 1/2 months"; no game-clock spans; the thing a level or an
# "of" figure is the value of; hyphenated counts "a five-member board").
# issue 19 round 7 (branch issue-19, fourth session): provenance 10 (test6 read as dev: mastheads, titles, pronoun runs,
# relays through publications); quotes 7 (a page marking its quotes with single marks only has them read as quotes).
# issue 20 session 4 (branch issue-20t): entities 10 (after issue 16's 9: a surname joins one person written two
# ways; credits and dashes cut from names), time 12 (a lead's weekday bounds an undated report; stamp lines; URL
# days), quotes 7 (a photo credit is no speaker), brief 10 (key dates: announcements, early days most sources name,
# clock times).
# merge of issue-19 and issue-20t (fourth session): both bumped quotes 6 -> 7 for different changes, so quotes 8.
# lead, fourth session: time 13 (a lead's weekday on one dated story day dates the report again, as before time 12; a
# plan, hope or "would" under a verb of saying told in the past tense points forward).
# issue 15 item 3 (branch issue-15b): brief 11 (after issue-20t's 10: furniture.comments_start counts a header or a call for comments only
# where comments follow it to the end: a "Have your say" box or "readers have been describing" in a report no longer
# cuts the brief's sentences below it). Clean now cuts readers' comments; stored documents keep theirs until re-ingested.
# issue 20 item 8 (branch issue-20e): entities 12 (after issue-16 s4b's 11): one person's surname in two
# transliterations ("Gaddafi"/"Gadhafi") joins when first names agree; a bare surname shared by two full names
# joins the one named before it in each of its reports (not a byline at the end).
# lead, fifth session (branch issue-brief): brief 12 (once one report's lead is in the brief, the other reports'
# leads count as repeating it: the brief no longer gives the same main news six times in different words).
# lead, fifth session (branch issue-enttype): entities 13 (a name the model called an organisation is a person's
# where the report writes an age beside it or lists it with a person's full name; a lone surname of a person the
# story names in full is a person's unless an organisation's name holds the word).
# lead, fifth session (branch issue-wording): reconcile 11 (a finding names a teller as the report writes it,
# "Acting CDC Director Richard Besser", not lower-cased; a span or an age compared in days is shown as written).
# issue 14 session 5 (branch issue-copies): copies 7 (after round 5's 6): a page carrying another report's opening as
# a block (hub teaser, blog index excerpt, truncated page, a short story's body inside a multi-story page) is a copy;
# candidates also by lookup of every report's opening.
# issue 20 items 5/6, fifth session (branch issue-time): time 14 (a relative day of a report known only from below
# names no day; not-dates: seconds, '1100 hours', 'the 30s', 'N days later'...), brief 13 (key dates: an undated story's
# window, the day a teller spoke, a majority's origin day).
# issue-places, fifth session: entities 14 (a state's own name beats a far smaller same-named town; airports in the
# gazetteer; a compass word that is a named country's province).
# issue 19, fifth session (branch issue-prov): provenance 11 and quotes 9 (test8's error classes: ``...'' marks and
# straight marks read inside out in one-line texts, "quoted X as saying", "told X that"; outlets the story names as such,
# "in remarks to <outlets>", a person from a body, two attributions in one chain).
# issue 20 session 5 (branch issue-conf): reconcile 12 (after issue-wording's 11): a figure of a sum told by groups is a
# part; an agreement's two witnesses sharing eight words in a row are one text; a span is keyed by what lasted and its
# basis says it; an age beside a name of three or four words, or "age 61", is that person's; a report that tells both
# figures of a conflict, one as of another moment, tells two happenings.
# lead, sixth session (branch lead-brief): brief 14 (the brief opens with its main news, the best-ranked report lead
# among the chosen sentences; the rest in time order).
# lead, sixth session (branch lead-participle): claims 7 (the verb closing a figure's subject is written from English
# inflection tables, lemminflect: "lawsuits led", not "lawsuits leaded").
# issue 14 session 6 (branch issue-14): copies 8 (a quotation two reports share is a document's text when the nearest
# cue of the two names a document: "in a statement" beside the words in one, "in an interview" further on in the
# other).
# issue-16, sixth session: entities 15 (places: state or city from the report's other names, postal codes, airports).
# issue-20c, sixth session: claims 8 (win-loss records, scores and knockouts told as "N-M" are claims of their own),
# reconcile 13 (tallies compared tally with tally; tolls, shares and money in other words; surname ages).
# issue 19, sixth session (branch issue-19): provenance 12 (test10's errors by class: bodies and outlets described,
# two outlets one inside the other, a speaker cut after its title, gendered pronouns, ...).
# issue-20e, sixth session: entities 16 (types read from the story: legal company names, a rig's noun, surnames typed
# as places; "Justice Department" kept whole), quotes 10 (a description only to a person introduced with its noun).
# issue 20 sixth session (branch issue-20t): time 15 (date agreements: the day of one happening written alike by
# independent sources, saved as ``date_agreements``; a clock time alone takes the day the text tells; "pending",
# "next ...", "by", "the ... deadline" read forward; model years and scores are no dates), brief 15 (after lead-brief's
# 14: a key date is told by a sentence naming its day where one does).
# lead, sixth session (branch lead-described): provenance 13 (the tail of a longer name, "Gulf of Mexico", is never
# the person a description such as "the source" stands for).
# lead, sixth session (branch lead-timeline-furniture): time 16 (a page header ending in an agency's dateline and an
# editor's note of a change to the page are no events).
# lead, sixth session (branch lead-keydate-furniture): brief 16 (a key date is never told by a page header ending
# in an agency's dateline).
# lead, seventh session: provenance 14 and brief 17 (a brief sentence, quote or event two reports carry inside a
# passage they share counts as one independent source: issue 14 item 3 in every count); brief 18 (a brief sentence
# stands alone: no cut quotation, transcript label, fragment or opening pronoun).
# issue-16, seventh session: entities 17 (places: seats of government by their building, "the White House", "the
# Kremlin", in the gazetteer instead of a namesake town; a part of a place named by a compass word, "North London"; "Macedonia"
# and "Congo" are countries; islands and historical regions: "Normandy", "Luzon", "Waziristan").
# issue 20 seventh session (branch issue-20t): time 17 ("as early as", "as soon as", "set for", "heading into" read
# forward; one sentence reading for clock times), brief 18 (after main's 17: a headline is no lead; a follow-up's
# undated lead does not make its own day key). Merged with the lead's brief 18 (sentences that stand alone): brief 19.
# issue 20 item 8, seventh session (branch issue-20q): quotes 11 (what is no statement is not shown as a quote;
# pronoun speakers from the parse, transcript turns, "former President" no antecedent; a mis-decoded closing mark).
# issue-20c, seventh session: reconcile 14 (a conflict needs positive evidence of like with like; the rest are
# differences).
# issue 19, seventh session: provenance 15 (a live blog's agency credits relay its entries; test12's classes).
# issue 20n, seventh session: claims 9 (model names, versions, phone numbers, list markers; GB/MW are no money).
STAGE_VERSIONS = {"provenance": 15, "copies": 8, "entities": 17, "time": 17, "claims": 9, "quotes": 11, "reconcile": 14,
                  "brief": 19}

_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    name TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT, outlet TEXT, url TEXT, author TEXT, dateline TEXT,
    published TEXT NOT NULL,
    original TEXT NOT NULL,
    text TEXT NOT NULL,
    sentences TEXT NOT NULL,
    removed TEXT NOT NULL,
    added TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_documents (
    story TEXT NOT NULL REFERENCES stories(name),
    document TEXT NOT NULL REFERENCES documents(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (story, document)
);
CREATE TABLE IF NOT EXISTS skipped (
    story TEXT NOT NULL,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (story, source, reason)
);
CREATE TABLE IF NOT EXISTS stage_runs (
    story TEXT NOT NULL,
    stage TEXT NOT NULL,
    input_key TEXT NOT NULL,
    finished TEXT NOT NULL,
    PRIMARY KEY (story, stage)
);
CREATE TABLE IF NOT EXISTS stage_records (
    story TEXT NOT NULL,
    stage TEXT NOT NULL,
    kind TEXT NOT NULL,
    seq INTEGER NOT NULL,
    document TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (story, kind, seq)
);
CREATE INDEX IF NOT EXISTS stage_records_by_stage ON stage_records(story, stage);
"""

# v2: full-text search over reports.
_SCHEMA_V2 = """
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (id, title, text)
    SELECT id, coalesce(title, ''), text FROM documents
    WHERE id NOT IN (SELECT id FROM documents_fts);
"""

# v3: stories found in a stream (crosscheck stories) carry a label and their key facts.
_SCHEMA_V3 = """
ALTER TABLE stories ADD COLUMN label TEXT;
ALTER TABLE stories ADD COLUMN info TEXT;
"""

# v4: files in input folders that are not reports are recorded as ignored, apart from errors.
_SCHEMA_V4 = """
ALTER TABLE skipped ADD COLUMN ignored INTEGER NOT NULL DEFAULT 0;
"""

# v5: the news agency behind a syndicated report ("Associated Press" behind a Yahoo News page).
_SCHEMA_V5_AGENCY = """
ALTER TABLE documents ADD COLUMN agency TEXT;
"""

# v6 (issue 17): what changed with each update (digests), each report's parse and per-report stage
# outputs kept for the next update (an update parses and extracts only its new reports), and readable
# views with plain column names for Datasette, sqlite-utils or any SQLite browser.
_SCHEMA_V6 = """
CREATE TABLE IF NOT EXISTS digests (
    story TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    data TEXT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (story, seq)
);
CREATE TABLE IF NOT EXISTS watch_items (
    watched TEXT NOT NULL,
    item TEXT NOT NULL,
    seen TEXT NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (watched, item)
);
CREATE TABLE IF NOT EXISTS report_parses (
    document TEXT NOT NULL,
    key TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (document, key)
);
CREATE TABLE IF NOT EXISTS report_outputs (
    document TEXT NOT NULL,
    stage TEXT NOT NULL,
    key TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (document, stage, key)
);
CREATE VIEW IF NOT EXISTS reports AS
    SELECT sd.story AS story, sd.position + 1 AS number, d.id AS report, d.title AS title, d.outlet AS outlet,
           coalesce(json_extract(p.data, '$.date'), json_extract(d.published, '$.date')) AS published,
           d.url AS url, d.author AS author, d.format AS format, d.source AS source,
           length(d.text) AS characters
    FROM story_documents sd JOIN documents d ON d.id = sd.document
    LEFT JOIN stage_records p ON p.story = sd.story AND p.kind = 'published' AND p.document = d.id;
CREATE VIEW IF NOT EXISTS claims AS
    SELECT story, json_extract(data, '$.id') AS claim, document AS report,
           json_extract(data, '$.text') AS quantity, json_extract(data, '$.value') AS value,
           json_extract(data, '$.value_max') AS value_max, json_extract(data, '$.unit') AS unit,
           json_extract(data, '$.normalized.value') AS normalized_value,
           json_extract(data, '$.normalized.value_max') AS normalized_value_max,
           json_extract(data, '$.normalized.unit') AS normalized_unit,
           json_extract(data, '$.subject') AS subject, json_extract(data, '$.bound') AS bound,
           json_extract(data, '$.sentence') AS sentence
    FROM stage_records WHERE kind = 'claims';
CREATE VIEW IF NOT EXISTS findings AS
    SELECT story, kind AS stored_as, seq + (kind = 'date_conflicts') * 100000 AS number,
           json_extract(data, '$.kind') AS kind, json_extract(data, '$.explanation') AS explanation,
           json_extract(data, '$.independent_sources') AS independent_sources,
           json_array_length(data, '$.documents') AS reports, json_extract(data, '$.documents') AS report_ids
    FROM stage_records WHERE kind IN ('agreements', 'conflicts', 'date_conflicts');
CREATE VIEW IF NOT EXISTS conflicts AS
    SELECT story, number, kind, explanation, independent_sources, reports, report_ids
    FROM findings WHERE stored_as IN ('conflicts', 'date_conflicts');
CREATE VIEW IF NOT EXISTS agreements AS
    SELECT story, number, kind, explanation, independent_sources, reports, report_ids
    FROM findings WHERE stored_as = 'agreements';
CREATE VIEW IF NOT EXISTS quotes AS
    SELECT story, json_extract(data, '$.id') AS quote, json_extract(data, '$.speaker') AS speaker,
           json_extract(data, '$.kind') AS kind, json_extract(data, '$.text') AS text, document AS report,
           json_extract(data, '$.independent_sources') AS independent_sources,
           json_array_length(data, '$.documents') AS reports, json_extract(data, '$.sentence') AS sentence
    FROM stage_records WHERE kind = 'quotes';
CREATE VIEW IF NOT EXISTS entities AS
    SELECT story, json_extract(data, '$.id') AS entity, json_extract(data, '$.name') AS name,
           json_extract(data, '$.type') AS type, json_extract(data, '$.aliases') AS aliases,
           json_array_length(data, '$.mentions') AS mentions,
           json_extract(data, '$.independent_sources') AS independent_sources,
           json_extract(data, '$.place.latitude') AS latitude, json_extract(data, '$.place.longitude') AS longitude
    FROM stage_records WHERE kind = 'entities';
CREATE VIEW IF NOT EXISTS timeline AS
    SELECT story, json_extract(data, '$.id') AS event, json_extract(data, '$.date') AS date,
           json_extract(data, '$.text') AS text, json_extract(data, '$.independent_sources') AS independent_sources,
           json_array_length(data, '$.documents') AS reports, json_extract(data, '$.documents') AS report_ids
    FROM stage_records WHERE kind = 'events';
CREATE VIEW IF NOT EXISTS key_dates AS
    SELECT story, json_extract(data, '$.date') AS date, json_extract(data, '$.sentences[0]') AS sentence,
           json_array_length(data, '$.documents') AS reports
    FROM stage_records WHERE kind = 'key_dates';
CREATE VIEW IF NOT EXISTS changes AS
    SELECT story, seq AS number, at, json_extract(data, '$.summary') AS summary, data AS details FROM digests;
"""

# v7: passages two reports share word for word (copies stage), one row per pair of spans,
# indexed by each report so a stage can ask what of a report is shared.
_SCHEMA_V7_PASSAGES = """
CREATE TABLE IF NOT EXISTS passages (
    story TEXT NOT NULL,
    stage TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    doc_a TEXT NOT NULL,
    a_start INTEGER NOT NULL,
    a_end INTEGER NOT NULL,
    doc_b TEXT NOT NULL,
    b_start INTEGER NOT NULL,
    b_end INTEGER NOT NULL,
    words INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (story, seq)
);
CREATE INDEX IF NOT EXISTS passages_by_a ON passages(story, doc_a);
CREATE INDEX IF NOT EXISTS passages_by_b ON passages(story, doc_b);
"""

# v8 (issue 18): each distinct sentence's analysis, once per store, by its text's key (sentcache.key);
# reports of later runs that share a sentence with earlier ones reuse it.
_SCHEMA_V8_SENTENCE_PARSES = """
CREATE TABLE IF NOT EXISTS sentence_parses (
    key TEXT PRIMARY KEY,
    data BLOB NOT NULL
);
"""

MIGRATIONS = {1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3, 4: _SCHEMA_V4, 5: _SCHEMA_V5_AGENCY, 6: _SCHEMA_V6,
              7: _SCHEMA_V7_PASSAGES}
MIGRATIONS[8] = _SCHEMA_V8_SENTENCE_PARSES

# v9 (issue 20): the findings and agreements views hold the date agreements (the day of one happening written
# alike by independent sources, saved as ``date_agreements`` since the time stage's version 15), numbered after
# the agreements as the date conflicts are after the conflicts.
_SCHEMA_V9_DATE_AGREEMENT_VIEWS = """
DROP VIEW IF EXISTS agreements;
DROP VIEW IF EXISTS conflicts;
DROP VIEW IF EXISTS findings;
CREATE VIEW IF NOT EXISTS findings AS
    SELECT story, kind AS stored_as, seq + (kind IN ('date_conflicts', 'date_agreements')) * 100000 AS number,
           json_extract(data, '$.kind') AS kind, json_extract(data, '$.explanation') AS explanation,
           json_extract(data, '$.independent_sources') AS independent_sources,
           json_array_length(data, '$.documents') AS reports, json_extract(data, '$.documents') AS report_ids
    FROM stage_records WHERE kind IN ('agreements', 'conflicts', 'date_conflicts', 'date_agreements');
CREATE VIEW IF NOT EXISTS conflicts AS
    SELECT story, number, kind, explanation, independent_sources, reports, report_ids
    FROM findings WHERE stored_as IN ('conflicts', 'date_conflicts');
CREATE VIEW IF NOT EXISTS agreements AS
    SELECT story, number, kind, explanation, independent_sources, reports, report_ids
    FROM findings WHERE stored_as IN ('agreements', 'date_agreements');
"""
MIGRATIONS[9] = _SCHEMA_V9_DATE_AGREEMENT_VIEWS

T = TypeVar("T")


class StoreError(Exception):
    """A store that cannot be used; the message says why."""


class StoreBusy(StoreError):
    """Another process is writing to this store."""


@dataclass
class SearchHit:
    document: str
    title: str | None
    source: str
    snippet: str  # HTML-escaped text with <mark> around the hits


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
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

    # ------------------------------------------------- updates (issue 17)

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
        return [dict(json.loads(r["data"]), story=r["story"], number=r["seq"]) for r in rows]

    def last_state(self, story: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT state FROM digests WHERE story = ? ORDER BY seq DESC LIMIT 1",
                              (story,)).fetchone()
        return json.loads(row[0]) if row else None

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
        return {r["document"]: json.loads(r["data"]) for r in self._keyed(
            "SELECT document, key, data FROM report_outputs WHERE stage = ? AND document IN", keys, (stage,))}

    def save_report_outputs(self, stage: str, rows: Iterable[tuple[str, str, Any]]) -> None:
        with self.transaction():
            for doc_id, key, data in rows:
                self.db.execute("DELETE FROM report_outputs WHERE document = ? AND stage = ?", (doc_id, stage))
                self.db.execute("INSERT INTO report_outputs (document, stage, key, data) VALUES (?, ?, ?, ?)",
                                (doc_id, stage, key, json.dumps(data, ensure_ascii=False)))

    # ----------------------------------------------------------------- search

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


def _record_rows(story: str, stage: str, kind: str, records: Iterable[Any]) -> Iterator[tuple]:
    """The stage_records rows of one kind of a stage's output, one at a time."""
    for seq, record in enumerate(records):
        if kind == "published":  # (document id, PublishedDate) pairs
            doc_id, record = record
        else:
            doc_id = getattr(record, "document", None)
        yield story, stage, kind, seq, doc_id, record_json(record)


def record_json(record: Any) -> str:
    """``json.dumps(to_dict(record), ensure_ascii=False)``, the same text, written by the C encoder in one
    pass (issue 17: an update of a 1,000-report story writes ~44,000 records, every stage's, to compare them
    with the stored ones): a record (a dataclass) is handed over as its fields in order, every other value
    as it is, which the encoder writes as ``to_dict``'s copy of it would be written."""
    return _RECORD_ENCODER.encode(record)


def _record_fields(value: Any) -> dict[str, Any]:
    import dataclasses

    names = _FIELD_ORDER.get(type(value))
    if names is None:
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        names = _FIELD_ORDER[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    return {name: getattr(value, name) for name in names}


_FIELD_ORDER: dict[type, tuple[str, ...]] = {}
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_record_fields)


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


def _why(error: sqlite3.Error) -> str:
    text = str(error)
    if "readonly" in text or "unable to open" in text:
        return f"{text}: read-only media or folder?"
    return text


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
