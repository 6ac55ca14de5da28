"""Entities: people, organisations and places, with aliases merged across reports.

``extract_entities`` runs spaCy's NER (shared parse) with news rules
(:mod:`.ner`), groups mentions into entities (:mod:`.aliases`), and geocodes
places offline (:mod:`.places`).
"""

from __future__ import annotations

import re
import unicodedata

from ..records import Document, Entity, Sources
from . import aliases, ner, places

__all__ = ["extract_entities", "find_all_mentions"]


def find_all_mentions(documents: list[Document]) -> list[ner.RawMention]:
    """Each report's name mentions, report by report: the part of this stage that needs
    only the report itself (kept per report when a story grows, ``reuse.per_report``)."""
    from .. import nlp

    parsed = nlp.parse(documents)
    return [rm for d in documents if d.id in parsed for rm in ner.find_mentions(d, parsed[d.id])]


def extract_entities(documents: list[Document], sources: Sources,
                     mentions: list[ner.RawMention] | None = None) -> list[Entity]:
    """The story's entities; ``mentions``: ``find_all_mentions(documents)`` when already at hand."""
    if mentions is None:
        mentions = find_all_mentions(documents)
    acronyms = ner.acronyms(documents)

    # Geocode every distinct place name once; countries named in the story break ties.
    place_names = {rm.name for rm in mentions if rm.mention.label in ("GPE", "LOC", "FAC")}
    countries = {c for c in (places.country_code(n) for n in place_names) if c}
    geo: dict[str, tuple] = {}
    for n in place_names:
        found = places.geocode(aliases.alias_table().get(ner.key(n), (n, ""))[0], countries)
        if found:
            geo[ner.key(n)] = found
    groups = aliases.resolve(mentions, acronyms, {k: v[0].geonames_id for k, v in geo.items()})

    # Outlets named in the text ("Keller told Red Sea Wire") are organisations,
    # whatever label the model gave them.
    outlets = {ner.key(d.outlet) for d in documents if d.outlet}
    entities = []
    used_ids: set[str] = set()
    for group in groups:
        name, etype, alias_list = aliases.canonical(group)
        if ner.key(name) in outlets:
            etype = "ORG"
        place = None
        if etype in ("GPE", "LOC", "FAC"):
            for rm in group:
                if ner.key(rm.name) in geo:
                    place = geo[ner.key(rm.name)][0]
                    break
        entity_id = _entity_id(etype, name, used_ids)
        group_mentions = sorted((rm.mention for rm in group), key=lambda m: (m.document, m.start))
        entities.append(Entity(entity_id, name, etype, alias_list, group_mentions, place,
                               sources.count(m.document for m in group_mentions)))
    entities.sort(key=lambda e: (-e.independent_sources, -len(e.mentions), e.id))
    return entities


def _entity_id(etype: str, name: str, used: set[str]) -> str:
    slug = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-") or "entity"
    base = f"{etype.lower()}:{slug}"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate
