"""The pipeline, top to bottom.

ingest -> clean -> copies -> entities -> time -> claims/quotes -> reconcile -> brief

and, for a stream of many stories, before all that:

ingest -> clean (no parse) -> copies (streaming scan) -> stories

Each stage is a plain function over typed records (``records``). This module
only orders them and hands their output to the store; the store is the only
shared state, and the report layer reads from it. Runners (local, distributed)
call the functions below; no stage knows which runner calls it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
import itertools
import os
from typing import Any, Callable, Iterable, Iterator

from . import brief, clean, copies, entities, on_story, provenance, quotes, reconcile, reuse, stories, time
from .ingest import read_inputs
from .isolation import per_report
from .kept import (_alone_readings, _brief_candidates, _case_words, _claims_found, _day_readings, _kept_basis_keys,
                   _mentions, _quotes_found, _sentence_readings, _sports_reports, _time_expressions)
from .ingest.common import content_hash
from .records import Document, RawDocument, Skipped, Story
from .store import Store

Progress = Callable[[str, int, int], None]  # (stage, done, total)

# Starting spaCy worker processes costs seconds; below this many reports one process is faster.
PARALLEL_PARSE_FROM = 200
# Reports of small stories parsed together before their stages run (analyze_stories): enough to
# pay for starting the parse processes many times over, few enough for the parse cache to hold.
PARSE_AHEAD = 2_000
PARSE_AHEAD_MAX = 8_000
# The stages analyze_story runs after cleaning, in order; each is stored whole and marked current.
STAGES = ("copies", "entities", "time", "claims", "quotes", "reconcile", "brief", "provenance")


def usable_cores() -> int:
    """The cores this process may run on (issue 18: the default local run uses every one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Settings:
    max_file_bytes: int = 50 * 1024 * 1024
    # spaCy parsing processes during ingestion: every core (issue 18), each worker a fork of this
    # process, so the model is loaded once, here, and shared by the workers
    processes: int = field(default_factory=usable_cores)
    brief_sentences: int = 6
    key_dates: int = 10  # at most this many key dates, so that section stays a digest
    copy_settings: copies.CopySettings = field(default_factory=copies.CopySettings)
    # The run's own outputs (store files, report folder), passed over if inside an input folder.
    exclude_paths: tuple[str, ...] = ()


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
    """Read every input, clean it and store it; a rerun adds nothing twice.

    Reports stream through: read, cleaned, parsed (on ``settings.processes``
    processes when the input is long enough to pay for starting them) and
    stored in batches of 64, one transaction each.
    """
    items = read_inputs(paths, max_file_bytes=settings.max_file_bytes, exclude=settings.exclude_paths)
    return ingest_raw(items, store, story, settings, progress)


def ingest_raw(items: Iterable[RawDocument | Skipped], store: Store, story: str, settings: Settings,
               progress: Progress | None = None) -> RunSummary:
    """``ingest_and_clean`` of reports already read (pages a feed watcher fetched, texts
    handed to the Python API): cleaned, parsed and stored the same way."""
    summary = RunSummary(story=story)

    def raw_documents() -> Iterator[RawDocument]:
        for item in items:
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                store.add_skipped(story, item)
            elif store.link_stored(story, item.content_hash) or (
                    item.format == "jsonl" and (item.outlet or item.url)
                    and store.link_stored_legacy(story, content_hash(item.text), item.outlet, item.url)):
                summary.documents += 1  # read before: no need to clean it again
            else:
                yield item

    stream = raw_documents()
    head = list(itertools.islice(stream, PARALLEL_PARSE_FROM))
    n_process = settings.processes if len(head) >= PARALLEL_PARSE_FROM else 1
    batch: list[Document] = []
    # closing: a failure here (a full disk) ends the parse workers at once, never leaves them waiting
    with stored_sentences(store) as keep_sentences, fewer_full_collections(), \
            contextlib.closing(clean.clean_stream(itertools.chain(head, stream), n_process=n_process)) as cleaned:
        for document in cleaned:
            batch.append(document)
            summary.documents += 1
            if len(batch) >= 64:
                summary.new_documents += store.add_documents(story, batch)
                batch.clear()
                keep_sentences()
                if progress:
                    progress("ingest", summary.documents, 0)
    summary.new_documents += store.add_documents(story, batch)
    return summary


@contextlib.contextmanager
def stored_sentences(store: Store) -> Iterator[Callable[[], None]]:
    """While inside, each sentence's analysis is looked up in the store before it is parsed, and
    the sentences parsed are kept there (issue 18: each distinct sentence parsed once per store).
    Yields the function that writes those parsed so far: call it between two of your writes."""
    from . import nlp, sentcache

    def save(rows: list[tuple[str, bytes]]) -> None:
        if not store.db.in_transaction:
            store.save_sentence_parses(rows)

    with sentcache.backed_by(store.load_sentence_parses, save, lambda: nlp.load_pipeline().vocab,
                             nlp.parse_model_key()) as flush:
        yield flush


# Issue 17: while the stages run, a full collection of the cyclic garbage collector at most once every
# this many collections of the middle generation (Python's default: 10). The stages hold hundreds of
# thousands of long-lived records (a large story's reports, mentions, claims, quotes, chains); each full
# collection walks them all, and at the default a 10-report update of a 1,000-report story spent 2.6 of
# its ~19 CPU s in a dozen of them. The young generations are collected as before.
FULL_COLLECTION_EVERY = 1000


@contextlib.contextmanager
def fewer_full_collections() -> Iterator[None]:
    """While inside, the collector's oldest generation is collected only after ``FULL_COLLECTION_EVERY``
    collections of the middle one (its threshold raised, never lowered); put back on the way out. Nothing the
    stages find depends on when garbage is collected; memory of cyclic garbage may be freed later."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(before[0], before[1], max(before[2], FULL_COLLECTION_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(*before)


def analyze_story(store: Store, story: str, settings: Settings, progress: Progress | None = None) -> list[str]:
    """Run every stage after cleaning over the story's documents (the sentences parsed on the way
    kept in the store, issue 18)."""
    with stored_sentences(store), reuse.parses_on_demand(store), fewer_full_collections():
        return _analyze_story(store, story, settings, progress)


def _analyze_story(store: Store, story: str, settings: Settings, progress: Progress | None = None) -> list[str]:
    """Run every stage after cleaning over the story's documents.

    Each stage's output replaces its previous output in one transaction, and is
    marked finished with the set of documents it saw, so that a rerun over the
    same documents skips it and a killed run never leaves half a stage behind.
    """
    # Publication dates as read (the time stage refines them below): a story built in
    # updates then starts each update where a run from scratch starts (issue 17).
    documents = _with_sentences(store, store.load_documents(story, refined=False))
    ran: list[str] = []
    # Reports parsed by an earlier run are not parsed again: their parses come from the store, when a
    # step still asks for one (analyze_story: reuse.parses_on_demand; issue 17).
    parses_kept = reuse.stored_parses(store, documents) if not all(
        store.stage_is_current(story, s) for s in STAGES) else None

    def stage(name: str, total: int = len(documents)) -> bool:
        if progress:
            progress(name, 0, total)
        if store.stage_is_current(story, name):
            return False
        ran.append(name)
        store.clear_stage_errors(story, name)
        return True

    def each(name: str, work: Callable[[list[Document]], Any], reports: list[Document] = documents) -> Any:
        return per_report(store, story, name, reports, work)

    if stage("copies") and (found := each(
            "copies", lambda ds: copies.find_copies_and_passages(
                ds, settings.copy_settings, reuse.kept_passages(store), reuse.kept_quoted(store),
                store.outlet_history(story, {d.outlet for d in ds})))):
        groups, passages = found.value
        store.save_stage(story, "copies", copy_groups=groups, shared_passages=passages)
    copy_groups = store.load_copy_groups(story)
    # One source per outlet, per copy group, and per shared passage (records.Sources).
    sources = store.load_sources(story, documents)

    def entities_stage(documents: list[Document]) -> list:
        return entities.extract_entities(documents, sources, _mentions(store, documents),
                                         _case_words(store, documents), _sports_reports(store, documents))

    if stage("entities") and (found := each("entities", entities_stage)):
        store.save_stage(story, "entities", entities=found.value)
    found_entities = store.load_entities(story)

    def time_stage(documents: list[Document]) -> tuple:
        unread: dict = {}  # an undated report's expressions that need a day to be read ("on Friday")
        timexes = _time_expressions(store, documents, unread)
        dated = time.date_undated(documents, timexes, copy_groups)
        timexes = time.resolve_found_days(documents, dated, timexes)  # a day found: its relative days too
        timexes = time.weekdays_by_happening(dated, timexes, unread)  # a weekday of no known week: its happening's day
        return (timexes, dated) + time.timeline(dated, timexes, found_entities, sources,
                                                _sentence_readings(store, dated, timexes),
                                                alone_of=_alone_readings(store))

    if stage("time") and (found := each("time", time_stage)):
        timexes, dated, events, date_conflicts, date_agreements = found.value
        store.save_stage(story, "time", timexes=timexes, events=events, date_conflicts=date_conflicts,
                         date_agreements=date_agreements,
                         published=[(d.id, d.published) for d in dated])
    documents = store.load_documents(story)  # publication dates may have been refined

    def claims_stage(documents: list[Document]) -> list:
        return _claims_found(store, story, documents)

    def quotes_stage(documents: list[Document]) -> quotes.ShownAndHidden:
        found, names = _quotes_found(store, story, documents)
        # a "he"/"she" quote's speaker: the one provenance reads the pronoun as, handed in (issue 21q, s22 review)
        return quotes.extract_attributions(documents, found_entities, copy_groups, sources, found,
                                           {r.document: r for r in names}, pronouns=provenance.pronoun_speakers)

    if stage("claims") and (found := each("claims", claims_stage, documents)):
        store.save_stage(story, "claims", claims=found.value)
    if stage("quotes") and (found := each("quotes", quotes_stage, documents)):
        store.save_stage(story, "quotes", quotes=found.value.shown, attributions=found.value.hidden)
    found_claims = store.load_claims(story)

    def reconcile_stage(documents: list[Document]) -> tuple:
        labels = {d.id: f"{d.name} ({d.published.date or 'undated'})"
                  for d in documents}
        published = {d.id: d.published.date or d.published.latest for d in documents}
        ids = {d.id for d in documents}
        mine = [c for c in found_claims if c.document in ids]
        aliases = reconcile.story_aliases(found_entities, documents)  # the story's names, looked up once for the three steps
        _kept_basis_keys(store, documents, mine)
        # what is read of one figure alone, worked out once a figure for the three steps (issue 17, ``reconcile.memo``)
        with reconcile.figure_memo():
            unsure: list = []  # disagreements without positive evidence of like with like: differences, not conflicts
            agreements, conflicts = reconcile.reconcile_claims(mine, sources, labels, published, found_entities, aliases,
                                                               unsure=unsure)
            differences = reconcile.find_differences(mine, sources, labels, published, found_entities,
                                                     conflicts + unsure, aliases)
            differences = unsure + differences
            return (agreements, conflicts, reconcile.find_updates(mine, sources, published, found_entities, aliases),
                    differences)

    if stage("reconcile") and (found := each("reconcile", reconcile_stage, documents)):
        agreements, conflicts, updates, differences = found.value
        store.save_stage(story, "reconcile", agreements=agreements, conflicts=conflicts, updates=updates,
                         differences=differences)

    def brief_stage(documents: list[Document]) -> tuple:
        events = store.load_events(story)
        # The pile's topic (issue 20, twenty-second session): sentences carrying none of its terms lead neither the
        # brief nor the key dates; the reports that look off the story are listed (the report marks their events).
        topic = on_story.check(documents, sources)
        topical = (lambda text: on_story.on_topic(topic, text)) if topic.checked else None
        sentences = brief.write_brief(
            documents,
            events=events,
            conflicts=store.load_conflicts(story),
            sources=sources,
            max_sentences=settings.brief_sentences,
            candidates=_brief_candidates(store, documents),
            topical=topical,
        )
        key_dates = time.key_dates(documents, store.load_timexes(story), events, brief.select, settings.key_dates,
                                   sources, reader=_day_readings(store), topical=topical)
        return sentences, key_dates, topic

    if stage("brief") and (found := each("brief", brief_stage, documents)):
        sentences, key_dates, topic = found.value
        store.save_stage(story, "brief", brief=sentences, key_dates=key_dates, topic_check=[topic])

    def provenance_stage(reports: list[Document]) -> tuple:
        # After every stage whose items it traces: claims, quotes, events, reconcile's findings, the brief.
        # Retried on fewer reports (one report's fault, issue 21), it traces only those reports' own
        # claims and quotes: findings, events and the brief span reports and are left out then.
        ids = {d.id for d in reports}
        whole = len(ids) == len(documents)
        return provenance.trace_provenance(
            reports, found_entities, [c for c in found_claims if c.document in ids],
            # (every attribution: those "who said what" does not show too, quotes.ShownAndHidden)
            [q for q in store.load_quotes(story) + store.load_attributions(story) if q.document in ids],
            store.load_events(story) if whole else [], store.load_agreements(story) if whole else [],
            store.load_conflicts(story) if whole else [], store.load_brief(story) if whole else [], sources,
            reuse.kept_chains(store), reuse.kept_outlets(store))  # kept: each report's of an earlier run (issue 17)

    if stage("provenance") and (found := each("provenance", provenance_stage, documents)):
        records, primaries = found.value
        store.save_stage(story, "provenance", provenance=records, primary_sources=primaries)
    if parses_kept is not None:
        reuse.keep_parses(store, documents, parses_kept)
    return ran


def analyze_stories(store: Store, names: Iterable[str], settings: Settings,
                    progress: Progress | None = None) -> dict[str, list[str]]:
    """``analyze_story`` over many stored stories (those ``find_stories`` found), in order;
    returns the stages run, by story.

    The parse is most of the work, and a story of a few dozen reports is too small to
    start parse processes for. So the reports of the next stories, up to
    ``PARSE_AHEAD`` of them, are parsed together on ``settings.processes`` processes
    first; each story's stages then read the cached parses, which are dropped once its
    chunk is done, so memory stays flat over any number of stories.
    """
    from . import nlp

    names = list(names)  # read twice below: a generator would leave the result empty
    todo = [n for n in names if not all(store.stage_is_current(n, s) for s in STAGES)]
    ran: dict[str, list[str]] = {n: [] for n in names}
    start = 0
    while start < len(todo):
        chunk, size = [], 0
        while start < len(todo) and (not chunk or size < PARSE_AHEAD):
            documents = store.load_documents(todo[start])
            chunk.append((todo[start], documents))
            size += len(documents)
            start += 1
        ahead = [d for _, documents in chunk for d in documents if d.text.strip()]
        if settings.processes > 1 and PARALLEL_PARSE_FROM <= len(ahead) <= PARSE_AHEAD_MAX:
            with stored_sentences(store), \
                    contextlib.closing(nlp.parse_stream(ahead, n_process=settings.processes)) as parses:
                for _ in parses:
                    pass
        for name, _ in chunk:
            ran[name] = analyze_story(store, name, settings, progress)
        nlp.forget(ahead)
    return ran


def _with_sentences(store: Store, documents: list[Document]) -> list[Document]:
    """Split into sentences the reports that ``find_stories`` stored without a parse."""
    todo = [d for d in documents if not d.sentences and d.text.strip()]
    if todo:
        from . import nlp

        parsed = nlp.parse(todo)
        for d in todo:
            d.sentences = clean.sentences_from_parse(d.text, parsed[d.id])
        store.set_sentences(todo)
    return documents


@dataclass
class StoriesSummary:
    documents: int = 0
    new_documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    copy_groups: int = 0
    stories: list[Story] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # story id -> its name in the store


def find_stories(paths: Iterable[str], store: Store, workdir: str | os.PathLike, settings: Settings | None = None,
                 story_settings: stories.StorySettings | None = None,
                 progress: Progress | None = None) -> StoriesSummary:
    """Split a stream of reports into stories and store each as a story ``analyze`` can take.

    One pass reads, cleans (no parse: a stream is too large to parse before knowing
    which reports matter) and stores every report while the copy scan writes its
    signatures to ``workdir``; then the reports are clustered in time order, read
    back from the store in batches, so memory holds one batch and the (day, id) list.
    A rerun over the same inputs stores nothing twice and finds the same stories.
    """
    settings = settings or Settings()
    summary = StoriesSummary()
    order: list[tuple[str, str]] = []  # (day, stored id)
    pending: list[Document] = []

    def flush() -> None:
        summary.new_documents += store.add_documents(None, pending)
        for d in pending:
            order.append((stories.time_order_day(d), store.stored_id(d)))
        pending.clear()
        if progress:
            progress("ingest", summary.documents, 0)

    def items() -> Iterator[tuple[str, str, str | None]]:
        for item in read_inputs(paths, max_file_bytes=settings.max_file_bytes, exclude=settings.exclude_paths):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            d = clean.clean_without_sentences(item)
            summary.documents += 1
            pending.append(d)
            if len(pending) >= 256:
                flush()
            yield d.id, d.text, d.published.date or d.published.latest
        flush()

    scan = copies.scan(items(), workdir, settings.copy_settings)
    stored = {d_id for _, d_id in order}
    groups = [g for g in scan.groups if all(m in stored for m in g.documents)]
    summary.copy_groups = len(groups)

    order.sort()
    ids = list(dict.fromkeys(doc_id for _, doc_id in order))  # a report given twice is clustered once
    clusterer = stories.StoryClusterer(story_settings, groups)
    for n, batch in enumerate(stories.batches(ids, clusterer.settings.batch)):
        clusterer.add(store.load_documents_by_id(batch))
        if progress:
            progress("stories", min(len(ids), (n + 1) * clusterer.settings.batch), len(ids))
    summary.stories = clusterer.stories()
    taken: set[str] = set()
    for found in summary.stories:
        # The first free name, or the name this story had in an earlier run over the same reports.
        members = set(found.documents)
        name = next(n for n in stories.story_names(found) if n not in taken
                    and (not store.has_story(n) or members & set(store.document_ids(n))))
        taken.add(name)
        summary.names[found.id] = name
        store.link_documents(name, found.documents)
        store.set_story_label(name, found.label, {"first": found.first, "last": found.last,
                                                  "key_names": found.key_names, "key_terms": found.key_terms,
                                                  "reports": len(found.documents)})
    return summary


def run(paths: Iterable[str], store: Store, story: str, settings: Settings | None = None,
        progress: Progress | None = None) -> RunSummary:
    settings = settings or Settings()
    summary = ingest_and_clean(paths, store, story, settings, progress)
    summary.stages = analyze_story(store, story, settings, progress)
    summary.skipped += store.stage_errors(story)  # reports a stage failed on: the exit status says so
    return summary




@dataclass
class RouteSummary:
    documents: int = 0
    new_documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    routed: dict[str, list[str]] = field(default_factory=dict)  # story name -> the new reports it took
    new_stories: list[str] = field(default_factory=list)


def stream_stories(store: Store) -> list[str]:
    """The stories of a stream in the store: those ``find_stories`` (or ``route_to_stories``)
    labelled, oldest first."""
    return [s["name"] for s in sorted(store.stories(), key=lambda s: (s["created"], s["name"])) if s["info"]]


def route_to_stories(items: Iterable[RawDocument | Skipped], store: Store, settings: Settings | None = None,
                     story_settings: stories.StorySettings | None = None) -> RouteSummary:
    """Add new reports to the stream's stories (issue 17: ``crosscheck watch --stories``).

    No second clustering: the stream's stored reports are given again, in the time order
    ``find_stories`` gave them, to the same ``stories.StoryClusterer``, which so gets back the
    state (centroids, document frequencies) it had; each of its stories is the stored story
    holding most of its reports. Then the new reports join the story whose centroid they are
    most similar to, or start a new story, exactly as if they had come at the end of the stream.
    Old reports stay in the stories they are in. Returns which story took which new reports;
    each such story can then be updated (``changes.update``), stage by stage.
    """
    settings = settings or Settings()
    summary = RouteSummary()
    names = stream_stories(store)
    fresh: list[Document] = []
    for item in items:
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        summary.documents += 1
        row = store.db.execute("SELECT id FROM documents WHERE content_hash = ?", (item.content_hash,)).fetchone()
        if row and store.db.execute("SELECT 1 FROM story_documents WHERE document = ?", (row[0],)).fetchone():
            continue  # stored before and in its story already (stored in none: a pass stopped before routing it)
        fresh.append(clean.clean_without_sentences(item))
    fresh = list({d.id: d for d in fresh}.values())  # one report given twice is routed once
    if not fresh:
        return summary
    summary.new_documents = store.add_documents(None, fresh)

    story_of: dict[str, str] = {}
    for name in names:
        for doc_id in store.document_ids(name):
            story_of.setdefault(doc_id, name)
    groups = {g.id: g for name in names for g in store.load_copy_groups(name)}
    clusterer = stories.StoryClusterer(story_settings, list(groups.values()))
    old = sorted((stories.time_order_day(d), d.id) for d in store.load_documents_by_id(list(story_of)))
    for batch in stories.batches([doc_id for _, doc_id in old], clusterer.settings.batch):
        clusterer.add(store.load_documents_by_id(batch))
    # Each replayed story is the stored story that holds most of its reports.
    name_of: dict[str, str] = {}
    for found in clusterer.stories():
        votes = [story_of[d] for d in found.documents if d in story_of]
        if votes:
            name_of[found.id] = max(sorted(set(votes)), key=votes.count)
    fresh.sort(key=lambda d: (stories.time_order_day(d), d.id))
    assigned = clusterer.add(fresh)
    found_by_id = {s.id: s for s in clusterer.stories()}
    taken = {r[0] for r in store.db.execute("SELECT name FROM stories")}
    for d, story_id in zip(fresh, assigned):
        name = name_of.get(story_id)
        if name is None:  # a new story: named as find_stories names one
            name = next(n for n in stories.story_names(found_by_id[story_id]) if n not in taken)
            taken.add(name)
            name_of[story_id] = name
            summary.new_stories.append(name)
        summary.routed.setdefault(name, []).append(store.stored_id(d))
    for story_id, name in name_of.items():
        if name not in summary.routed:
            continue
        store.link_documents(name, summary.routed[name])
        found = found_by_id[story_id]
        members = store.document_ids(name)
        days = [d for d in (stories.time_order_day(x) for x in store.load_documents_by_id(members))
                if d != "9999-12-31"]
        store.set_story_label(name, found.label, {
            "first": min(days, default=None), "last": max(days, default=None), "key_names": found.key_names,
            "key_terms": found.key_terms, "reports": len(members)})
    return summary
