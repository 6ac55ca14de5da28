"""Entities: people, organisations and places, with aliases merged across reports.

``extract_entities`` runs spaCy's NER (shared parse) with news rules
(:mod:`.ner`), groups mentions into entities (:mod:`.aliases`), and geocodes
places offline (:mod:`.places`).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from ..records import Document, Entity, Sources
from . import aliases, ner, places, types, usage, variants

__all__ = ["extract_entities", "find_all_mentions"]

# A place's evidence when the text itself says it is a part of another place (issue 20 item 8).
PART_OF_NAMED_PLACE = "part of the place the text names it in"


def find_all_mentions(documents: list[Document]) -> list[ner.RawMention]:
    """Each report's name mentions, report by report: the part of this stage that needs
    only the report itself (kept per report when a story grows, ``reuse.per_report``)."""
    from .. import nlp

    parsed = nlp.parse(documents)
    return [rm for d in documents if d.id in parsed for rm in ner.find_mentions(d, parsed[d.id])]


def extract_entities(documents: list[Document], sources: Sources,
                     mentions: list[ner.RawMention] | None = None,
                     case: list[ner.CaseWords] | None = None, sports: set[str] | None = None) -> list[Entity]:
    """The story's entities; ``mentions``: ``find_all_mentions(documents)`` when already at hand; ``case``:
    ``ner.case_words(documents)`` when at hand; ``sports``: the reports that read as sports reports
    (``places.qualifiers.sports_report``) when at hand (both kept per report, issue 17)."""
    if mentions is None:
        mentions = find_all_mentions(documents)
    mentions = ner.surnames_of_people(types.common_nouns_left_out(mentions))
    # Labels and headlines in capitals are no names; a first name alone is its one full name (issue 20 item 8).
    mentions = ner.first_names_of_people(ner.sentence_words_left_out(documents,
                                                                     ner.label_words_left_out(documents, mentions),
                                                                     case))
    # One thing written several ways joins its one name: a first name's forms under one surname, a plural, a name
    # written surname first; a publication's name is an organisation's (issue 20 item 8, eighth session).
    mentions = variants.inverted_names(variants.plurals_of_names(variants.first_name_variants(mentions)))
    mentions = usage.media_by_use(documents, mentions)
    acronyms = ner.acronyms(documents)

    # Resolve every place name in context: each report's dateline and other places,
    # the story's countries and divisions, the outlet's country (places.resolve_story).
    geo, place_notes = _resolve_places(documents, mentions, sports)
    # A name the model called a person or an organisation that the text uses as a place is one ("in Exarchia",
    # "the Exarchia district", "from Thessaloniki to Athens"); the places are resolved again when one is found.
    before = [rm.mention.label for rm in mentions]
    mentions = usage.places_by_use(documents, mentions, _story_countries(mentions, geo), _gazetteer_countries)
    if [rm.mention.label for rm in mentions] != before:
        geo, place_notes = _resolve_places(documents, mentions, sports)
    # A district the gazetteer does not hold sits at the place the text names it a part of ("the Exarchia district
    # of Athens"), as a part of a place does ("North London"): no GeoNames id of its own.
    for part, whole in usage.parts_of_places(documents, mentions, set(geo)).items():
        geo[part] = dataclasses.replace(geo[whole], geonames_id=None, evidence=PART_OF_NAMED_PLACE)
        place_notes.pop(part, None)
    # A name's type from the story: a company's short name, a rig written as a person (issue 20e).
    mentions = types.organisations_by_legal_name(mentions, set(geo))
    things = types.things_by_noun(documents, mentions)
    mentions = types.surnames_typed_as_places(mentions, set(geo), things)
    mentions = types.rooms_and_buildings(mentions, {k: v.feature for k, v in geo.items()})  # "the Oval Office"
    groups = aliases.resolve(mentions, acronyms, {k: v.geonames_id for k, v in geo.items()})
    groups = types.join_department_names(groups)

    # Outlets named in the text ("Keller told Red Sea Wire") are organisations,
    # whatever label the model gave them.
    outlets = {ner.key(d.outlet) for d in documents if d.outlet}
    entities = []
    used_ids: set[str] = set()
    for group in groups:
        name, etype, alias_list = aliases.canonical(group)
        if ner.key(name) in outlets:
            etype = "ORG"
        elif etype == "PERSON" and ner.key(name) in things:
            etype = things[ner.key(name)]  # "the Deepwater Horizon rig"
        place = note = None
        if etype in ("GPE", "LOC", "FAC"):
            for rm in group:
                if ner.key(rm.name) in geo:
                    place = geo[ner.key(rm.name)]
                    break
            else:
                note = next((place_notes[ner.key(rm.name)] for rm in group if ner.key(rm.name) in place_notes), None)
        entity_id = _entity_id(etype, name, used_ids)
        group_mentions = sorted((rm.mention for rm in group), key=lambda m: (m.document, m.start))
        entities.append(Entity(entity_id, name, etype, alias_list, group_mentions, place,
                               sources.count(m.document for m in group_mentions), place_note=note))
    entities.sort(key=lambda e: (-e.independent_sources, -len(e.mentions), e.id))
    return entities


def _resolve_places(documents: list[Document], mentions: list, sports: set[str] | None = None
                    ) -> tuple[dict, dict[str, str]]:
    """Places by name key, and the reason a place name got no point (``sports``: as ``places.resolve_story``'s)."""
    by_doc: dict[str, list[str]] = {}
    gazetteer_name: dict[str, str] = {}
    spans: list[tuple[str, int, int, str]] = []
    for rm in mentions:
        if rm.mention.label in ("GPE", "LOC", "FAC"):
            lookup = aliases.alias_table().get(ner.key(rm.name), (rm.name, ""))[0]
            gazetteer_name[ner.key(rm.name)] = lookup
            by_doc.setdefault(rm.mention.document, []).append(lookup)
            spans.append((rm.mention.document, rm.mention.start, rm.mention.end, lookup))
    try:
        resolved = places.resolve_story(documents, by_doc, *places.qualifiers(documents, spans), sports)
    except (RuntimeError, OSError) as exc:  # the gazetteer's data packages are missing or unreadable
        note = f"no gazetteer: {exc}"
        return {}, {k: note for k in gazetteer_name}
    geo, notes = {}, {}
    for k, lookup in gazetteer_name.items():
        place, why = resolved.get(lookup, (None, ""))
        if place is not None:
            geo[k] = place
        elif why:
            notes[k] = why
    return geo, notes


def _story_countries(mentions: list, geo: dict) -> set[str]:
    """The countries most of the story's resolved place mentions lie in."""
    from collections import Counter

    found = Counter(geo[k].country for rm in mentions if rm.mention.label in ("GPE", "LOC", "FAC")
                    and (k := ner.key(rm.name)) in geo and geo[k] is not None)
    return usage.story_countries(found)


# A town this small is no evidence that a name the model called an organisation is the town ("Congress", Arizona).
_KNOWN_TOWN = 10_000


# ... and a city this large, or a capital, is one a reader knows as a place first ("Khartoum").
_LARGE_CITY = 100_000


def _gazetteer_countries(name: str, famous: bool = False) -> set[str]:
    """The countries of a name's gazetteer entries that a reader may mean by it: a country, a division, or a town of
    ``_KNOWN_TOWN`` people or more; ``famous``: a country, a first-level division, a capital or a city of
    ``_LARGE_CITY`` people or more (none when the gazetteer's data is missing)."""
    try:
        g = places.load_gazetteer()
    except (RuntimeError, OSError):
        return set()
    lookup = aliases.alias_table().get(ner.key(name), (name, ""))[0]
    gaz = places.gazetteer
    if famous:
        return {g.country[i] for i in g.lookup(lookup) if g.feature_of(i) in (gaz.COUNTRY, gaz.ADMIN1)
                or i in g.capitals or g.feature_of(i) == gaz.CITY and g.population[i] >= _LARGE_CITY}
    return {g.country[i] for i in g.lookup(lookup)
            if g.feature_of(i) != gaz.CITY or g.population[i] >= _KNOWN_TOWN}


def _entity_id(etype: str, name: str, used: set[str]) -> str:
    slug = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-") or "entity"
    base = f"{etype.lower()}:{slug}"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate
