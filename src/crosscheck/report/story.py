"""Build the story dictionary (the JSON contract) from the store."""

from __future__ import annotations

import bisect
import json
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from .. import __version__
from ..furniture import comments_start
from ..records import Document, Entity, Event, Evidence, Sources, TopicCheck, Update, to_dict
from ..store import Store
from .title import story_title

SCHEMA_PATH = Path(__file__).with_name("story.schema.json")


def build_story(store: Store, story: str) -> dict[str, Any]:
    documents = store.load_documents(story)
    copy_groups = store.load_copy_groups(story)
    passages = store.load_passages(story)
    sources = Sources(copy_groups, documents=documents, passages=passages)
    entities = store.load_entities(story)
    by_id = {d.id: d for d in documents}
    comments = {d.id: comments_start(d.text) for d in documents}
    # What a section reads where it is not ``store.load(story, kind)`` (SECTIONS names each kind).
    special = {"documents": documents, "copy_groups": copy_groups, "entities": entities,
               "events_by_date": lambda: [e for e in sorted(store.load_events(story), key=lambda e: (e.date, e.id))
                                          if not in_comments(e, comments)],
               "all_conflicts": lambda: store.load_conflicts(story), "skipped": lambda: store.load_skipped(story),
               "all_agreements": lambda: store.load_agreements(story),
               "shared_passages": passages}
    data = _head(store, story, sources, [d.id for d in documents])
    check = store.load_topic_check(story)
    for key, kind, form in SECTIONS:
        if form is None:
            data[key] = places_geojson(entities)
            continue
        records = special.get(kind)
        records = store.load(story, kind) if records is None else records() if callable(records) else records
        data[key] = [form(r, by_id) for r in records]
        if key == "brief":  # the reports that look off the story, read beside the brief (issue 20)
            data["off_story"] = off_story_section(check, by_id.get)
    add_independence(data, sources)
    data["timeline"] = [mark_off_story(e, check) for e in data["timeline"]]
    return data


def off_story_section(check: TopicCheck | None, document: Any) -> dict[str, Any]:
    """story.json's ``off_story``: whether the pile's topic was checked (and why not), its topic terms, and the
    reports that look off this story, each with the reason in words (issue 20, twenty-second session). ``document``:
    a report by id (for its name), or None."""
    if check is None:
        return {"checked": False, "note": "not checked: the brief stage has not run", "terms": [], "reports": []}
    reports = []
    for r in check.reports:
        d = document(r.document)
        lacks = ", ".join(r.lacks)
        reports.append({"document": r.document, "name": d.name if d is not None else r.document,
                        "lacks": list(r.lacks), "share": r.share,
                        "reason": f"its lead carries none of the story's topic terms ({lacks}"
                                  f"{' ...' if len(check.terms) > len(r.lacks) else ''}), and "
                                  f"{r.share:.0%} of its sentences carry any"})
    return {"checked": check.checked, "note": check.note, "terms": list(check.terms), "reports": reports}


def mark_off_story(event: dict[str, Any], check: TopicCheck | None) -> dict[str, Any]:
    """An event of the timeline told only by reports that look off the story is marked ``off_story``: the timeline
    lists it after the story's own events, with the background, and it does not set the story's main period."""
    if check is not None and check.reports and event.get("documents"):
        off = {r.document for r in check.reports}
        if all(d in off for d in event["documents"]):
            event["off_story"] = True
    return event


def _head(store: Store, story: str, sources: Sources, ids: list[str]) -> dict[str, Any]:
    """What story.json says before its sections."""
    title, basis = title_of(store, story, sources)
    return {
        "story": story,
        "title": title,
        "title_basis": basis,
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "crosscheck_version": __version__,
        "stages": sorted(store.finished_stages(story)),
        "independent_sources": sources.count(ids),
    }


def title_of(store: Store, story: str, sources: Sources | None = None) -> tuple[str, str]:
    """(title, basis) of a stored story: from its content (issue 20, eighth session: a story was titled by its input
    folder's name, "in"), the story's name staying its key (``report.title.story_title``). Headlines are grouped by
    independent source (one outlet's reports and copies are one), as the header counts them: grouped by copy family
    the basis said "5 independent sources" under a header of 4 (TITLE-BASIS, review s9)."""
    sources = sources or _sources(store, story, store.load_passages(story))
    return story_title(story, store.document_titles(story), [to_dict(b) for b in store.load(story, "brief")],
                       sources.source)


def _plain(record: Any, documents: Any) -> dict[str, Any]:
    return to_dict(record)


def _document_form(d: Document, documents: Any) -> dict[str, Any]:
    return _document(d)


def _update_form(u: Update, documents: Any) -> dict[str, Any]:
    return _update(u)


# The sections of story.json, in order (after the head, before "source_groups"): (key, the store's record
# kind, the form of one item given a lookup of the story's reports by id). ``build_story`` and ``stream_story``
# both write exactly these, each with its own loaders: a section added here is in both. A form of None: the
# section is one object built whole from the entities (places), not a list.
SECTIONS: tuple[tuple[str, str, Any], ...] = (
    ("brief", "brief", _plain),
    ("documents", "documents", _document_form),
    ("copies", "copy_groups", _plain),
    ("entities", "entities", lambda e, documents: _entity(e, documents)),
    ("places", "places", None),
    ("key_dates", "key_dates", _plain),
    ("timeline", "events_by_date", _plain),
    ("time_expressions", "timexes", _plain),
    ("claims", "claims", _plain),
    ("agreements", "all_agreements", _plain),  # quantities (reconcile) and dates (time)
    ("conflicts", "all_conflicts", _plain),  # quantities (reconcile) and dates (time)
    ("updates", "updates", _update_form),
    ("differences", "differences", _plain),
    ("quotes", "quotes", _plain),
    # Attributions "who said what" does not show (each quote's ``hidden`` says why); provenance traces them.
    ("attributions", "attributions", _plain),
    ("skipped", "skipped", _plain),
    # Provenance: each item's attribution chains and support at three levels, and the primary sources.
    ("provenance", "provenance", _plain),
    ("primary_sources", "primary_sources", _plain),
    ("shared_passages", "shared_passages", _plain),
)


def in_comments(event: Event, comments: dict[str, int | None]) -> bool:
    """Is every piece of an event's evidence in readers' comments below its report (issue 20v)? Such an
    event is a reader's, not the story's: the report's timeline leaves it out (``furniture.comments_start``)."""
    found = [(ev.document, ev.start) for ev in event.evidence if ev.start is not None]
    return bool(found) and all(comments.get(doc) is not None and start >= comments[doc] for doc, start in found)


def add_independence(story: dict[str, Any], sources: Sources) -> None:
    """Say, next to every count of independent sources, which reports count as one and why.

    ``source_groups``: the story's reports joined into one source (same outlet, copies);
    ``joined_sources`` on each brief sentence, event, entity, quote and finding; on a
    finding also ``independent_support`` (support inside one shared passage counts once);
    on a claim or quote lying in a passage its report shares with another,
    ``shared_passage`` (not independent evidence).
    """
    # A stage that already says it (its own record fields) is kept: these fill only what is missing.
    story.setdefault("source_groups", sources.explain(d["id"] for d in story["documents"]))
    for section in ("brief", "timeline", "entities", "quotes", "agreements", "conflicts", "claims"):
        for item in story[section]:
            INDEPENDENCE[section](item, sources)


def _brief_independence(item: dict[str, Any], sources: Sources) -> dict[str, Any]:
    item.setdefault("joined_sources", sources.explain(item["documents"]))
    return item


def _event_independence(event: dict[str, Any], sources: Sources) -> dict[str, Any]:
    event.setdefault("joined_sources", sources.explain(_support(event.get("evidence"), event["documents"])))
    return event


def _entity_independence(entity: dict[str, Any], sources: Sources) -> dict[str, Any]:
    entity.setdefault("joined_sources", sources.explain(dict.fromkeys(m["document"] for m in entity["mentions"])))
    return entity


def _quote_independence(quote: dict[str, Any], sources: Sources) -> dict[str, Any]:
    quote.setdefault("joined_sources", sources.explain(quote.get("documents") or [quote["document"]]))
    quote.setdefault("shared_passage", _shared(sources, quote["document"], quote.get("start"), quote.get("end")))
    return quote


def _finding_independence(finding: dict[str, Any], sources: Sources) -> dict[str, Any]:
    support = _support(finding["items"], finding["documents"])
    finding.setdefault("joined_sources", sources.explain(support))
    finding.setdefault("independent_support", sources.count_support(support))
    return finding


def _claim_independence(claim: dict[str, Any], sources: Sources) -> dict[str, Any]:
    claim.setdefault("shared_passage", _shared(sources, claim["document"], claim.get("start"), claim.get("end")))
    return claim


# What add_independence adds to one item of each section (also used item by item by write_story_json).
INDEPENDENCE = {"brief": _brief_independence, "timeline": _event_independence, "entities": _entity_independence,
                "quotes": _quote_independence, "attributions": _quote_independence,
                "agreements": _finding_independence, "conflicts": _finding_independence, "claims": _claim_independence}


def _support(items: list[dict[str, Any]] | None, documents: list[str]) -> list[Any]:
    """Evidence with offsets where the record has it, else the plain report ids."""
    out: list[Any] = [Evidence(e["document"], e.get("text", ""), start=e.get("start"), end=e.get("end"))
                      for e in items or []]
    seen = {e.document for e in out}
    return out + [d for d in documents if d not in seen]


def _shared(sources: Sources, document: str, start: int | None, end: int | None) -> dict[str, Any] | None:
    if start is None or end is None or end <= start:
        return None
    found = sources.passages_at(document, start, end)
    if not found:
        return None
    p = found[0]
    other = [d for d in p.documents if d != document]
    return {"passage": p.id, "documents": p.documents,
            "reason": f"in a passage shared with {', '.join(other)}: {sources.reason(*p.documents)}"}


def _update(u: Update) -> dict[str, Any]:
    """An update as stored, plus its points as evidence ``items`` (the shape of a finding's items)."""
    data = to_dict(u)
    data["items"] = [{"document": p.document, "text": p.text, "sentence": p.sentence, "start": p.start, "end": p.end}
                     for p in u.points]
    return data


def _document(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "source": d.source,
        "title": d.title,
        "outlet": d.outlet,
        "url": d.url,
        "author": d.author,
        "dateline": d.dateline,
        "agency": d.agency,
        "format": d.format,
        "content_hash": d.content_hash,
        "published": to_dict(d.published),
        "text": d.text,
        "sentences": [to_dict(s) for s in d.sentences],
        "removed": [to_dict(r) for r in d.removed],
    }


def _entity(e: Entity, documents: dict[str, Document]) -> dict[str, Any]:
    data = to_dict(e)
    data["mention_count"] = len(e.mentions)
    data["sentences"] = entity_sentences(e, documents)
    return data


def entity_sentences(e: Entity, documents: dict[str, Document]) -> list[dict[str, Any]]:
    """The sentences that mention an entity, once each, in document order."""
    seen: set[tuple[str, int]] = set()
    out = []
    for m in e.mentions:
        d = documents.get(m.document)
        if d is None or not d.sentences:
            continue
        index = sentence_index(d, m.start)
        if index is None or (d.id, index) in seen:
            continue
        seen.add((d.id, index))
        out.append({"document": d.id, "sentence": index, "text": d.sentences[index].text})
    return out


def sentence_index(d: Document, offset: int) -> int | None:
    """Index of the sentence of ``d`` that holds character ``offset``."""
    starts = [s.start for s in d.sentences]
    i = bisect.bisect_right(starts, offset) - 1
    if 0 <= i < len(d.sentences) and d.sentences[i].start <= offset < max(d.sentences[i].end, offset + 1):
        return i
    return None


def places_geojson(entities: list[Entity]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(_place_features(entities)),
            "unresolved": list(_unresolved(entities))}


def _place_features(entities: Iterable[Entity]) -> Iterator[dict[str, Any]]:
    for e in entities:
        if e.place is None:
            continue
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e.place.longitude, e.place.latitude]},
            "properties": {"entity": e.id, "name": e.name, "type": e.type, "country": e.place.country,
                           "geonames_id": e.place.geonames_id, "feature": e.place.feature,
                           "mentions": len(e.mentions), "independent_sources": e.independent_sources,
                           **_place_evidence(e)},
        }


def _unresolved(entities: Iterable[Entity]) -> Iterator[dict[str, Any]]:
    return ({"entity": e.id, "name": e.name, "reason": e.place_note}
            for e in entities if e.place is None and e.place_note)


def _place_evidence(e: Entity) -> dict[str, Any]:
    """What the gazetteer calls the place, where it lies, and what in the story chose it."""
    p = e.place
    return {"place_name": p.name, "admin1": p.admin1, "evidence": p.evidence, "candidates": p.candidates}


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_story(story: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if the story breaks the contract."""
    import jsonschema

    jsonschema.validate(story, _schema(), cls=jsonschema.Draft202012Validator)


# ------------------------------------------------------------ streaming (issue 18)
#
# story.json of a story of any size, written from store cursors item by item: the same bytes as
# ``json.dump(safe_story(build_story(store, story)), f, **_JSON_FORM)`` (but for "generated"), with
# never more than one item of a section in memory. What is held whole: the story's copy groups and
# shared passages (``Sources``), each report's (id, outlet, agency), and each report's text with its
# sentence bounds (to quote the sentences that mention an entity).

class _Stream(list):
    """A JSON array whose items come from an iterator, written as they come. ``json``'s Python
    encoder (used whenever ``indent`` is set) asks ``not lst`` then iterates: both answered lazily.
    One pass only."""

    _UNSET = object()

    def __init__(self, items: Any):
        super().__init__()
        self._items = iter(items)
        self._first: Any = self._UNSET

    def __bool__(self) -> bool:
        if self._first is self._UNSET:
            self._first = next(self._items, self._UNSET)
            if self._first is self._UNSET:
                self._items = iter(())
                return False
        return True

    def __iter__(self):  # type: ignore[override]
        if self:
            first, self._first = self._first, None
            yield first
            yield from self._items


class _SentenceIndex:
    """Each report's text and sentence bounds, compact, with a few reports' ``Sentence`` lists built
    at a time: what ``entity_sentences`` reads of a ``Document``."""

    def __init__(self) -> None:
        self._bounds: dict[str, tuple[str, tuple[int, ...]]] = {}

    def add(self, d: Document) -> None:
        self._bounds[d.id] = (d.text, tuple(x for s in d.sentences for x in (s.start, s.end)))

    def get(self, doc_id: str) -> Any:
        return self._light(doc_id) if doc_id in self._bounds else None

    @lru_cache(maxsize=4096)  # noqa: B019 - one index per story written, dropped with it
    def _light(self, doc_id: str) -> Any:
        from types import SimpleNamespace

        from ..records import Sentence

        text, b = self._bounds[doc_id]
        return SimpleNamespace(id=doc_id, sentences=[Sentence(text[b[i]:b[i + 1]], b[i], b[i + 1])
                                                     for i in range(0, len(b), 2)])


def stream_story(store: Store, story: str) -> dict[str, Any]:
    """``safe_story(build_story(store, story))`` with every list of items a one-pass stream read from
    the store as it is written: give it to ``json.dump`` (with an ``indent``) once, never keep it."""
    from ..printable import scrub

    passages = store.load_passages(story)
    sources = _sources(store, story, passages)
    ids = store.document_ids(story)
    index = _SentenceIndex()

    def each(section: str, records: Any, form: Any) -> _Stream:
        add = INDEPENDENCE.get(section)
        return _Stream(scrub(add(form(r, index), sources) if add else form(r, index)) for r in records)

    comments: dict[str, int | None] = {}

    def documents() -> Any:
        for d in store.iter_documents(story):
            index.add(d)
            comments[d.id] = comments_start(d.text)  # read when the timeline is written, after the reports
            yield d

    def places() -> dict[str, Any]:
        # Two more passes over the entities, each holding one feature at a time.
        features = _Stream(scrub(f) for e in store.iter_records(story, "entities") for f in _place_features([e]))
        unresolved = _Stream(scrub(u) for e in store.iter_records(story, "entities") for u in _unresolved([e]))
        return {"type": "FeatureCollection", "features": features, "unresolved": unresolved}

    def conflicts() -> Any:
        yield from store.iter_records(story, "conflicts")
        yield from store.iter_records(story, "date_conflicts")

    def agreements() -> Any:
        yield from store.iter_records(story, "agreements")
        yield from store.iter_records(story, "date_agreements")

    # What a section reads where it is not ``store.iter_records(story, kind)`` (SECTIONS names each kind).
    special = {"documents": documents,
               "events_by_date": lambda: (e for e in store.iter_events_by_date(story) if not in_comments(e, comments)),
               "all_conflicts": conflicts, "all_agreements": agreements, "skipped": lambda: store.load_skipped(story),
               "shared_passages": lambda: passages}
    data: dict[str, Any] = {k: scrub(v) for k, v in _head(store, story, sources, ids).items()}
    check = store.load_topic_check(story)
    for key, kind, form in SECTIONS:
        if form is None:
            data[key] = places()
            continue
        records = special[kind]() if kind in special else store.iter_records(story, kind)
        data[key] = each(key, records, form)
        if key == "brief":  # as build_story: beside the brief
            listed = {d.id: d for d in store.load_documents_by_id([r.document for r in check.reports])} if check else {}
            data["off_story"] = scrub(off_story_section(check, listed.get))
    data["timeline"] = _Stream(mark_off_story(e, check) for e in data["timeline"])
    data["source_groups"] = scrub(sources.explain(ids))
    return data


def write_story_json(store: Store, story: str, path: str | Path) -> Path:
    """Write story.json of a stored story, streamed (issue 18: a story of any size in flat memory);
    written beside, then renamed. Returns the path."""
    from .exports import _JSON_FORM, _atomic_write

    path = Path(path)
    _atomic_write(path, lambda f: json.dump(stream_story(store, story), f, **_JSON_FORM))
    return path


# Stories of at least this many reports get their story.json streamed by write_report (a second pass
# over the store: about the CPU of the whole build again, worth it once the story is large).
STREAM_FROM = 3_000


def write_report(store: Store, story: str, out_dir: str | Path) -> list[Path]:
    """``write_all(build_story(store, story), out_dir)`` in less memory (issue 18): from
    ``STREAM_FROM`` reports on, story.json is streamed from the store (``write_story_json``), and
    the other files are written from one story built whole and scrubbed in place, not copied.
    Returns the paths, story.json first."""
    from ..printable import scrub_in_place
    from .exports import mark_safe, write_all

    out = Path(out_dir)
    if len(store.document_ids(story)) < STREAM_FROM:  # small: one build serves every file, at half the CPU
        return write_all(build_story(store, story), out)
    out.mkdir(parents=True, exist_ok=True)
    written = [write_story_json(store, story, out / "story.json")]
    data = mark_safe(scrub_in_place(build_story(store, story)))
    return written + write_all(data, out, with_json=False)


def story_counts(store: Store, story: str) -> dict[str, int]:
    """The story's number of reports and of independent sources, as story.json gives the second,
    without building the story."""
    ids = store.document_ids(story)
    sources = _sources(store, story, store.load_passages(story))
    return {"documents": len(ids), "independent_sources": sources.count(ids)}


def _sources(store: Store, story: str, passages: list) -> Sources:
    """``store.load_sources(story)`` from each report's (id, outlet, agency), not the reports."""
    return Sources(store.load_copy_groups(story), documents=store.document_outlets(story), passages=passages)
