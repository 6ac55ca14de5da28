"""The store's SQLite schema, one script per version, and what brings an older file up to date.

``MIGRATIONS[n]`` is the script that takes a file from version n-1 to n (1 creates it); every script is
idempotent (IF NOT EXISTS, DROP ... IF EXISTS), so a file half-migrated by a killed run is finished next time.
Additive only: new tables, columns and views; a stage's changed output is redone through ``versions.py``.
"""

from __future__ import annotations

SCHEMA_VERSION = 9  # 5: documents.agency; 6: digests, parses, views; 7: passages table; 8: sentence_parses
# 9: the findings and agreements views hold the date agreements

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


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
