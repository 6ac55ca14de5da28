"""Build the story dictionary (the JSON contract) from the store."""

from __future__ import annotations

import bisect
import json
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..records import Document, Entity, Evidence, Sources, Update, to_dict
from ..store import Store

SCHEMA_PATH = Path(__file__).with_name("story.schema.json")


def build_story(store: Store, story: str) -> dict[str, Any]:
    documents = store.load_documents(story)
    copy_groups = store.load_copy_groups(story)
    passages = store.load_passages(story)
    sources = Sources(copy_groups, documents=documents, passages=passages)
    entities = store.load_entities(story)
    by_id = {d.id: d for d in documents}
    events = store.load_events(story)
    timexes = store.load_timexes(story)
    data = {
        "story": story,
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "crosscheck_version": __version__,
        "stages": sorted(store.finished_stages(story)),
        "independent_sources": sources.count(d.id for d in documents),
        "brief": [to_dict(b) for b in store.load_brief(story)],
        "documents": [_document(d) for d in documents],
        "copies": [to_dict(g) for g in copy_groups],
        "entities": [_entity(e, by_id) for e in entities],
        "places": places_geojson(entities),
        "key_dates": [to_dict(e) for e in store.load_key_dates(story)],
        "timeline": [to_dict(e) for e in sorted(events, key=lambda e: (e.date, e.id))],
        "time_expressions": [to_dict(t) for t in timexes],
        "claims": [to_dict(c) for c in store.load_claims(story)],
        "agreements": [to_dict(f) for f in store.load_agreements(story)],
        "conflicts": [to_dict(f) for f in store.load_conflicts(story)],
        "updates": [_update(u) for u in store.load_updates(story)],
        "differences": [to_dict(f) for f in store.load_differences(story)],
        "quotes": [to_dict(q) for q in store.load_quotes(story)],
        "skipped": [to_dict(s) for s in store.load_skipped(story)],
        # Provenance: each item's attribution chains and support at three levels, and the primary sources.
        "provenance": [to_dict(p) for p in store.load_provenance(story)],
        "primary_sources": [to_dict(p) for p in store.load_primary_sources(story)],
    }
    data["shared_passages"] = [to_dict(p) for p in passages]
    add_independence(data, sources)
    return data


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
    for item in story["brief"]:
        item.setdefault("joined_sources", sources.explain(item["documents"]))
    for event in story["timeline"]:
        event.setdefault("joined_sources", sources.explain(_support(event.get("evidence"), event["documents"])))
    for entity in story["entities"]:
        entity.setdefault("joined_sources", sources.explain(dict.fromkeys(m["document"] for m in entity["mentions"])))
    for quote in story["quotes"]:
        quote.setdefault("joined_sources", sources.explain(quote.get("documents") or [quote["document"]]))
        quote.setdefault("shared_passage", _shared(sources, quote["document"], quote.get("start"), quote.get("end")))
    for finding in story["agreements"] + story["conflicts"]:
        support = _support(finding["items"], finding["documents"])
        finding.setdefault("joined_sources", sources.explain(support))
        finding.setdefault("independent_support", sources.count_support(support))
    for claim in story["claims"]:
        claim.setdefault("shared_passage", _shared(sources, claim["document"], claim.get("start"), claim.get("end")))


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
    features = []
    for e in entities:
        if e.place is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e.place.longitude, e.place.latitude]},
            "properties": {"entity": e.id, "name": e.name, "type": e.type, "country": e.place.country,
                           "geonames_id": e.place.geonames_id, "feature": e.place.feature,
                           "mentions": len(e.mentions), "independent_sources": e.independent_sources,
                           **_place_evidence(e)},
        })
    unresolved = [{"entity": e.id, "name": e.name, "reason": e.place_note}
                  for e in entities if e.place is None and e.place_note]
    return {"type": "FeatureCollection", "features": features, "unresolved": unresolved}


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
