"""The pipeline, top to bottom.

ingest -> clean -> copies -> entities -> time -> claims/quotes -> reconcile -> brief

Each stage is a plain function over typed records (``records.py``). This module
only orders them and hands their output to the store; the store is the only
shared state, and the report layer reads from it. Runners (local, distributed)
call the functions below; no stage knows which runner calls it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from . import brief, claims, clean, copies, entities, quotes, reconcile, time
from .ingest import read_inputs
from .records import RawDocument, Skipped, Sources
from .store import Store

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class Settings:
    max_file_bytes: int = 50 * 1024 * 1024
    brief_sentences: int = 6
    copy_settings: copies.CopySettings = field(default_factory=copies.CopySettings)


@dataclass
class RunSummary:
    story: str
    documents: int = 0
    new_documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)


def ingest_and_clean(
    paths: Iterable[str], store: Store, story: str, settings: Settings, progress: Progress | None = None
) -> RunSummary:
    """Read every input, clean it and store it; a rerun adds nothing twice."""
    summary = RunSummary(story=story)
    batch: list[RawDocument] = []

    def flush() -> None:
        cleaned = clean.clean_documents(batch)
        summary.new_documents += store.add_documents(story, cleaned)
        batch.clear()
        if progress:
            progress("ingest", summary.documents, 0)

    for item in read_inputs(paths, max_file_bytes=settings.max_file_bytes):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            store.add_skipped(story, item)
            continue
        batch.append(item)
        summary.documents += 1
        if len(batch) >= 64:  # one transaction and one spaCy batch per 64 reports
            flush()
    if batch:
        flush()
    return summary


def analyze_story(store: Store, story: str, settings: Settings, progress: Progress | None = None) -> list[str]:
    """Run every stage after cleaning over the story's documents.

    Each stage's output replaces its previous output in one transaction, and is
    marked finished with the set of documents it saw, so that a rerun over the
    same documents skips it and a killed run never leaves half a stage behind.
    """
    documents = store.load_documents(story)
    ran: list[str] = []

    def stage(name: str, total: int = len(documents)) -> bool:
        if progress:
            progress(name, 0, total)
        if store.stage_is_current(story, name):
            return False
        ran.append(name)
        return True

    if stage("copies"):
        store.save_stage(story, "copies", copy_groups=copies.find_copies(documents, settings.copy_settings))
    copy_groups = store.load_copy_groups(story)
    sources = Sources(copy_groups)

    if stage("entities"):
        store.save_stage(story, "entities", entities=entities.extract_entities(documents, sources))
    found_entities = store.load_entities(story)

    if stage("time"):
        timexes = time.resolve_times(documents)
        dated = time.date_undated(documents, timexes, copy_groups)
        events, date_conflicts = time.build_timeline(dated, timexes, found_entities, sources)
        store.save_stage(story, "time", timexes=timexes, events=events, date_conflicts=date_conflicts,
                         published=[(d.id, d.published) for d in dated])
    documents = store.load_documents(story)  # publication dates may have been refined

    if stage("claims"):
        store.save_stage(story, "claims", claims=claims.extract_claims(documents))
    if stage("quotes"):
        store.save_stage(story, "quotes",
                         quotes=quotes.extract_quotes(documents, found_entities, copy_groups, sources))
    found_claims = store.load_claims(story)

    if stage("reconcile"):
        agreements, conflicts = reconcile.reconcile_claims(found_claims, sources)
        store.save_stage(story, "reconcile", agreements=agreements, conflicts=conflicts)

    if stage("brief"):
        sentences = brief.write_brief(
            documents,
            events=store.load_events(story),
            conflicts=store.load_conflicts(story),
            sources=sources,
            max_sentences=settings.brief_sentences,
        )
        store.save_stage(story, "brief", brief=sentences)
    return ran


def run(paths: Iterable[str], store: Store, story: str, settings: Settings | None = None,
        progress: Progress | None = None) -> RunSummary:
    settings = settings or Settings()
    summary = ingest_and_clean(paths, store, story, settings, progress)
    summary.stages = analyze_story(store, story, settings, progress)
    return summary


