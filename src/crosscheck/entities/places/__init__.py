"""Places on a map, offline, each chosen in its story's context.

- :mod:`.gazetteer`: countries, first- and second-level divisions and towns of 500+
  people with alternate names, from data installed packages ship (built once, cached);
- :mod:`.resolution`: the choice among a name's candidates with the report's dateline, the
  story's other places, countries and divisions, the outlet's country, and population as a
  prior only; "unresolved" when nothing decides. Its parts: :mod:`.names` (a name's
  candidates and facts about the name alone), :mod:`.qualifiers` (what the text says beside
  a name: "Seattle, Washington", the dateline), :mod:`.outlet` (what the web address tells),
  :mod:`.scoring` (weights, a candidate's score, the evidence kept), :mod:`.model` (records);
- :mod:`.shapes`: Natural Earth country outlines for the map.

:func:`resolve_story` is what the entities stage calls.
"""

from __future__ import annotations

import re
from collections import Counter

from ...records import Document, Place
from .facilities import EVIDENCE as FACILITY_EVIDENCE
from .gazetteer import COUNTRY, load_gazetteer
from .names import _divisions_of
from .qualifiers import institution_divisions, sports_report
from .resolution import Context, Resolution, Toponym, outlet_country, outlet_host, qualifier_after, resolve

__all__ = ["resolve_story", "country_code", "place_of", "qualifiers"]


def resolve_story(documents: list[Document], names_by_document: dict[str, list[str]],
                  qualified: dict[str, dict[str, str]] | None = None,
                  as_qualifier: dict[str, set[str]] | None = None,
                  sports: set[str] | None = None) -> dict[str, tuple[Place | None, str]]:
    """For each place name of a story: (the place, why) or (None, why not), keyed by the name.

    ``names_by_document`` holds each report's place names. A name resolved
    differently in two reports takes the choice most reports made. ``sports``: the reports that read as sports
    reports (``sports_report``), when known (kept per report, issue 17).
    """
    whole = _fragments(names_by_document)
    if whole:
        names_by_document = {doc: [whole.get(n, n) for n in names] for doc, names in names_by_document.items()}
    toponyms = [Toponym(n, doc) for doc, names in names_by_document.items() for n in dict.fromkeys(names)]
    context = Context(
        datelines={d.id: d.dateline for d in documents if d.dateline},
        outlet_countries={d.id: c for d in documents if (c := outlet_country(d.url))},
        outlet_hosts={d.id: h for d in documents if (h := outlet_host(d.url))},
        qualified=qualified or {},
        as_qualifier=as_qualifier or {},
        sports=sports if sports is not None else {d.id for d in documents if sports_report(d.text)},
        institutions={d.id: a1s for d in documents if (a1s := institution_divisions(d.text))},
    )
    votes: dict[str, Counter] = {}
    notes: dict[str, Resolution] = {}
    for t, r in zip(toponyms, resolve(toponyms, context)):
        votes.setdefault(t.name, Counter())[(r.index, r.evidence)] += 1
        notes[t.name] = r
    out: dict[str, tuple[Place | None, str]] = {}
    for name, counter in votes.items():
        resolved = Counter()
        for (index, evidence), n in counter.items():
            if index is not None:
                resolved[index] += n
        if resolved:
            index = resolved.most_common(1)[0][0]
            evidence = max(((e, n) for (i, e), n in counter.items() if i == index), key=lambda x: x[1])[0]
            out[name] = (place_of(index, evidence, notes[name].candidates), evidence)
        else:
            out[name] = (None, notes[name].evidence)
    for part, name in whole.items():
        if name in out:
            out.setdefault(part, out[name])
    return out


def _fragments(names_by_document: dict[str, list[str]]) -> dict[str, str]:
    """A tagger's piece of a longer place name of the story, which is no place name itself: "York City" (of "New
    York City") -> "New York City". Only when one longer name of the story ends with it and is in the gazetteer."""
    g = load_gazetteer()
    names = {n for ns in names_by_document.values() for n in ns}
    out = {}
    for n in names:
        if len(n.split()) < 2 or g.lookup(n):
            continue
        longer = [m for m in names if m.endswith(" " + n) and g.lookup(m)]
        if len(longer) == 1:
            out[n] = longer[0]
    return out


_AND = re.compile(r"\s+and\s+")


def qualifiers(documents: list[Document], spans: list[tuple[str, int, int, str]]
               ) -> tuple[dict[str, dict[str, str]], dict[str, set[str]]]:
    """From each report's place mentions ``(document, start, end, name)``: the state or country its text names
    right after a place ("Seattle, Washington": {"Seattle": "Washington"}), and the names a report uses mostly
    as such a qualifier ({"Washington"}: there the state, not the capital)."""
    texts = {d.id: d.text for d in documents}
    by_start = {(doc, start): name for doc, start, _, name in spans}
    qualified: dict[str, dict[str, str]] = {}
    uses: Counter = Counter()
    as_q: Counter = Counter()
    for doc, start, end, name in spans:
        uses[(doc, name)] += 1
        text = texts.get(doc)
        q = qualifier_after(text, end, name) if text else None
        if q is None:
            continue
        qualified.setdefault(doc, {})[name] = q
        # "Nashville and Cordova, Tennessee": the state qualifies both towns of the pair (not a state or country
        # before "and": "Sioux Falls, S.D. and Surprise, Ariz.").
        pair = next((by_start[(doc, s)] for s in range(max(0, start - 60), start)
                     if (doc, s) in by_start and _AND.fullmatch(text, s + len(by_start[(doc, s)]), start)), None)
        if pair is not None and pair not in qualified[doc] and not _divisions_of(load_gazetteer(), pair):
            qualified[doc][pair] = q
        follow = next((by_start[(doc, s)] for s in range(end + 1, end + 8) if (doc, s) in by_start), None)
        if follow is not None:  # the qualifier is itself a place mention ("Washington" after "Seattle, ")
            as_q[(doc, follow)] += 1
    as_qualifier: dict[str, set[str]] = {}
    for (doc, name), k in as_q.items():
        if 2 * k > uses[(doc, name)]:
            as_qualifier.setdefault(doc, set()).add(name)
    return qualified, as_qualifier


def place_of(index: int, evidence: str = "", candidates: int = 0) -> Place:
    g = load_gazetteer()
    country = g.country[index]
    admin1 = g.admin1_names.get(f"{country}.{g.admin1[index]}") if g.feature_of(index) != COUNTRY else None
    # A part of a place ("North London"), or a street or building at its town's point ("Royal Street"), sits at
    # that place's point but is not that gazetteer entry: no GeoNames id, so it stays an entity of its own rather
    # than one with the place (entities group by the id).
    part = evidence in ("part of the place it names", FACILITY_EVIDENCE)
    return Place(float(round(g.lat[index], 5)), float(round(g.lon[index], 5)), country=country,
                 geonames_id=None if part else (g.geonames_id[index] or None), feature=g.feature_of(index), name=g.name[index],
                 admin1=admin1, evidence=evidence or None, candidates=candidates)


def country_code(name: str) -> str | None:
    """The ISO code of a country name ("Yemen" -> "YE"), or None."""
    g = load_gazetteer()
    for i in g.lookup(name):
        if g.feature_of(i) == COUNTRY:
            return g.country[i]
    return None
