"""Provenance: who an item really comes from, and how many primary sources stand behind it.

Five outlets that write "at least 40 people were killed, according to the health ministry"
confirm that the ministry said 40, not that 40 died. This stage reads, for every claim,
quote, timeline event, agreement, conflict and brief sentence, its attribution chain as each
report writes it, from the outermost relay down to the primary source:

- in the item's sentence: "according to X", "citing X", "X said / says / reported /
  announced / confirmed / estimated ...", "..., said X", "X told <outlet>", "<outlet> quoted X
  as saying", "state media said";
- a direct quote the item sits in: its speaker (from the quotes stage);
- the report's dateline agency ("KHARKIV, Ukraine (Reuters) -") as an outer relay when the
  report is not that agency's own.

An outlet ("Reuters", "Le Monde", "state television", a newspaper) is a *relay* when a source
stands behind it in the same chain ("Le Monde reported, citing officials"; "X told Reuters"),
and the primary source when it is the last name the text gives. A report that gives no
source asserts the item on its own authority: "unattributed", and its independent source
counts as its own primary source.

The same primary source is one across reports through the entities' aliases (an entity
mention inside the source phrase), a pronoun or description ("he", "the charity", "the
ministry") going to the nearest preceding person, or to the one organisation of that kind
the report names. Support is counted at three levels: reports, independent outlets (copies
count once; reports of one outlet count once) and primary sources. Agreements and conflicts
say whether their values come from different primary sources or from one source's update.

A plain function over records: no parse, so it costs little beside the parse.

One concern a module: ``cues`` (the words that attribute and name sources), ``kinds`` (outlets,
police, names: what kind of source a phrase is), ``reading`` (the attributions one sentence gives),
``mentions`` (a source phrase named through the entities), ``speakers`` (who a pronoun, a description or a
surname stands for in one report), ``genders`` (who is "he" and who "she" in one report, through the shared
``crosscheck.genders``), ``covers`` (which attributions of a sentence cover an item), ``liveblog`` (a live blog's entries and the agencies
credited with them), ``outer`` (relays from beyond an item's own attribution), ``journals`` (a journal a study was
published in, a relay), ``statements`` (a statement given or issued, a named source's team), ``unnamed`` (an
attribution that names no one, a speaker's age), ``chains`` (one
report's attribution chains), ``counts`` (support counted across
reports); this module runs the stage over every item.
"""

from __future__ import annotations

import hashlib
import re
from typing import Callable

from ..records import (
    BriefSentence,
    Chain,
    Claim,
    Document,
    Entity,
    Event,
    Finding,
    PrimarySource,
    Provenance,
    Quote,
    Sources,
)
from .chains import _Report
from .counts import _pid, finding_basis, outlet_count
from .cues import (
    BODY_NOUNS,
    INVERTED,
    MASTHEADS,
    MAX_REACH,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PRONOUNS,
    SAYING,
    SOURCE_NOUNS,
    UNATTRIBUTED,
)
from .kept import KeptChains, ReportChains
from .kinds import POLICE_NAME, TextOutlets, is_outlet, is_police, may_be_source, normal, outlets_named, text_outlets
from .mentions import _Mentions, resolve
from .reading import read_sentence

__all__ = [
    "BODY_NOUNS",
    "INVERTED",
    "MASTHEADS",
    "MAX_REACH",
    "OUTLET_NAMES",
    "OUTLET_NOUNS",
    "PERSON_NOUNS",
    "PERSON_PRONOUNS",
    "POLICE_NAME",
    "PRONOUNS",
    "SAYING",
    "SOURCE_NOUNS",
    "UNATTRIBUTED",
    "finding_basis",
    "is_outlet",
    "is_police",
    "may_be_source",
    "normal",
    "outlet_count",
    "pronoun_speakers",
    "read_sentence",
    "resolve",
    "trace_provenance",
]


def _find(text: str, needle: str) -> int | None:
    """Where a quote or sentence of another report is in this one (its first words)."""
    # a quote joined from parts ("... paramount … Upon learning ...") is looked up by its first part
    first = needle.split(" … ")[0].split("…")[0]
    probe = " ".join(first.split()[:8])
    if len(probe) < 8:
        return None
    i = text.find(probe)
    if i == -1 and len(first.split()) > 1:
        # one report's text may break a line or mark a quote another way: match by words, whitespace aside
        # ("paramount. Upon" in one, "paramount," Lissa ... in another): its first six words, punctuation aside
        found = re.findall(r"\w[\w'’-]*", first)[:6]
        if not all(w in text for w in found):
            return None  # the pattern below matches each word as written: one missing, no match (issue 17: asked fast)
        words = [re.escape(w) for w in found]
        m = re.search(r"\b" + r"\W+".join(words) + r"\b", text) if len(words) >= 5 else None
        return m.start() if m else None
    return i if i != -1 else None


def read_outlets(documents: list[Document], places: dict[str, list[tuple[int, int]]]) -> list[TextOutlets]:
    """Each report's outlet names and acronyms (``kinds.text_outlets``; ``places``: its places' spans), in order."""
    return [text_outlets(d.id, d.text, places.get(d.id, [])) for d in documents]


def _inputs(documents: list[Document], entities: list[Entity], quotes: list[Quote],
            outlets_of: Callable | None = None) -> tuple:
    """What every report's ``_Report`` is built from: the reports by id, each report's entity mentions, the one police
    force the story names, each report's direct quotes' spans, and the outlets (the reports' own and those the
    reports name). One function for ``trace_provenance`` and ``pronoun_speakers``, so that both read one report
    alike."""
    by_id = {d.id: d for d in documents}
    mentions: dict[str, list] = {}
    for e in entities:
        for m in e.mentions:
            mentions.setdefault(m.document, []).append((m.start, m.end, e.id, e.name, e.type))
    outlets = frozenset(normal(d.outlet) for d in documents if d.outlet)
    # and the names the reports themselves write as outlets ("Al-Arabiya television", "the TAP news agency")
    places: dict[str, list[tuple[int, int]]] = {}
    for e in entities:
        if e.type in ("NORP", "GPE", "LOC"):  # a people's or a place's name before "television" names no outlet
            for m in e.mentions:
                if m.document in by_id:
                    places.setdefault(m.document, []).append((m.start, m.end))
    outlets |= outlets_named((outlets_of or read_outlets)(documents, places))
    forces = {e.id: e.name for e in entities if e.type == "ORG" and POLICE_NAME.search(e.name)}
    police = next(iter(forces.items())) if len(forces) == 1 else None
    quote_spans: dict[str, list] = {}
    for q in quotes:
        if q.kind != "direct":
            continue
        for doc_id in q.documents:
            d = by_id.get(doc_id)
            if d is None:
                continue
            a = q.start if doc_id == q.document else _find(d.text, q.text)
            if a is not None:
                b = q.end if doc_id == q.document else a + len(q.text)
                quote_spans.setdefault(doc_id, []).append((a, b, q))
    return by_id, mentions, police, quote_spans, outlets


PRONOUN_SPEAKERS = ("he", "she")


def pronoun_speakers(documents: list[Document], entities: list[Entity], quotes: list[Quote],
                     outlets_of: Callable | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Who each quote spoken by "he" or "she" stands for, as this stage reads it: quote id -> (name, entity id),
    (None, None) for no one (issue 21q). The pipeline hands it to the quotes stage (``quotes.extract_attributions``'
    ``pronouns``), so that a quote has one speaker everywhere a reader reads it (the quotes table, the provenance chain, the brief, the web app). This stage's reading (the one last said
    to speak, of the pronoun's gender) was measured the better on the provenance dev gold: of 477 such quotes, 442
    right against the quotes stage's own 376 (``python -m evaluation.provenance --split all``, twenty-first session).
    Each quote is read in its own report (``Quote.document``), at its own span, as ``trace_provenance`` reads it."""
    spoken = [q for q in quotes if (q.speaker_text or "").strip().lower() in PRONOUN_SPEAKERS]
    if not spoken:
        return {}
    by_id, mentions, police, quote_spans, outlets = _inputs(documents, entities, quotes, outlets_of)
    out: dict[str, tuple[str | None, str | None]] = {}
    reports: dict[str, _Report] = {}
    for q in spoken:
        d = by_id.get(q.document)
        if d is None:
            continue
        if d.id not in reports:
            reports[d.id] = _Report(d, _Mentions(mentions.get(d.id, []), police), quote_spans.get(d.id, []), outlets)
        r = reports[d.id]
        spans = [(a, b) for a, b, qq in r.quotes if qq is q]
        a, b = spans[0] if spans else (q.start, q.end)
        chain = r.chain(a, b, speaker=q)
        if chain.primary == UNATTRIBUTED:
            out[q.id] = (None, None)
        else:
            entity = chain.primary[len("entity:"):] if chain.primary.startswith("entity:") else None
            out[q.id] = (chain.primary_name or q.speaker, entity)
    return out


def trace_provenance(documents: list[Document], entities: list[Entity], claims: list[Claim], quotes: list[Quote],
                     events: list[Event], agreements: list[Finding], conflicts: list[Finding],
                     brief: list[BriefSentence], sources: Sources,
                     kept: KeptChains | None = None, outlets_of: Callable | None = None
                     ) -> tuple[list[Provenance], list[PrimarySource]]:
    """Every item's attribution chains and its support at three levels; the primary sources.
    ``kept``: each report's chains kept by an earlier run, reused where the report's inputs are
    unchanged (issue 17, ``kept.ReportChains``). ``outlets_of(documents, places)``: each report's
    ``kinds.TextOutlets`` (``read_outlets``, the default, or one taking an old report's from the store)."""
    by_id, mentions, police, quote_spans, outlets = _inputs(documents, entities, quotes, outlets_of)
    reports: dict[str, _Report] = {}

    def inputs(doc_id: str) -> tuple:
        # Everything a report's ``_Report`` is built from (and so the key of its kept chains, issue 17).
        return by_id[doc_id], mentions.get(doc_id, []), police, quote_spans.get(doc_id, []), outlets

    def report(doc_id: str) -> _Report | None:
        if doc_id not in by_id:
            return None
        if doc_id not in reports:
            d, found, force, spans, names = inputs(doc_id)
            reports[doc_id] = _Report(d, _Mentions(found, force), spans, names)
        return reports[doc_id]

    records: list[Provenance] = []
    names: dict[str, tuple[str, str | None, str]] = {}

    def note_names(chain: Chain, r: _Report) -> None:
        if chain.primary == UNATTRIBUTED or chain.primary in names:
            return
        key = chain.primary
        entity = key[len("entity:"):] if key.startswith("entity:") else None
        last = chain.links[-1] if chain.links else None
        kind = "outlet" if last is not None and is_outlet(last.source, outlets) else (
            "person" if entity and any(m[2] == entity and m[4] == "PERSON" for m in r.mentions.items)
            else "organisation" if entity else "source")
        names[key] = (chain.primary_name or key, entity, kind)

    def finish(item: str, kind: str, chains: list[Chain], docs: list[str], basis: str = "") -> Provenance:
        for c in chains:
            r = report(c.document)
            if r is not None:
                note_names(c, r)
        keys = list(dict.fromkeys(c.primary for c in chains if c.primary != UNATTRIBUTED))
        own = {sources.key(c.document) for c in chains if c.primary == UNATTRIBUTED}
        pid = "prov-" + hashlib.sha1(f"{kind}|{item}".encode()).hexdigest()[:12]
        record = Provenance(pid, item, kind, chains, [_pid(k) for k in keys], len(set(docs)),
                            outlet_count(docs, sources, by_id, chains), len(keys) + len(own),
                            any(link.role == "relay" for c in chains for link in c.links), basis)
        records.append(record)
        return record

    claim_chain: dict[tuple[str, int], Chain] = {}
    traced = ReportChains(kept, set(by_id), inputs)
    for c in claims:
        r = report(c.document)
        if r is None:
            continue
        chain = traced.chain(c.document, r, c.start, c.end)
        claim_chain[(c.document, c.start)] = chain
        finish(c.id, "claim", [chain], [c.document])
    for q in quotes:
        chains = []
        for doc_id in q.documents:
            r = report(doc_id)
            if r is None:
                continue
            spans = [(a, b) for a, b, qq in r.quotes if qq is q]
            if not spans:  # reported speech: where the quotes stage found it, or its words in a reprint
                at = q.start if doc_id == q.document else _find(r.d.text, q.text)
                spans = [(at, at + (q.end - q.start))] if at is not None else []
            a, b = spans[0] if spans else (None, None)
            chains.append(traced.chain(doc_id, r, a, b, speaker=q))
        finish(q.id, "quote" if q.hidden is None else "attribution", chains, q.documents)  # (not shown as a quote)
    for ev in events:
        chains = []
        for evidence in ev.evidence:
            r = report(evidence.document)
            if r is not None:
                chains.append(traced.chain(evidence.document, r, evidence.start, evidence.end))
        finish(ev.id, "event", chains, ev.documents)
    traced.save()
    published = {d.id: d.published.date or d.published.latest or "" for d in documents}
    for kind, findings in (("agreement", agreements), ("conflict", conflicts)):
        for n, f in enumerate(findings):
            chains = []
            for it in f.items:
                chain = claim_chain.get((it.document, it.start)) if it.start is not None else None
                if chain is None:
                    r = report(it.document)
                    if r is not None:
                        chain = r.chain(it.start, it.end)
                if chain is not None:
                    chains.append(chain)
            finish(f"{kind}-{n}", kind, chains, f.documents or [it.document for it in f.items],
                   finding_basis(kind, chains, f, published))
    for n, b in enumerate(brief):
        chains = []
        for doc_id in b.documents:
            r = report(doc_id)
            a = _find(r.d.text, b.text) if r is not None else None
            if r is not None and a is not None:
                chains.append(r.chain(a, a + len(b.text)))
        finish(f"brief-{n}", "brief", chains, b.documents)

    primaries: dict[str, PrimarySource] = {}
    # Each primary source's lists, also as sets: what is in them is asked once per chain (issue 17: a source quoted
    # in thousands of items made each ``not in`` a walk of a long list). The lists keep their order.
    held: dict[str, tuple[set, set, set, set]] = {}
    for rec in records:
        for c in rec.chains:
            if c.primary == UNATTRIBUTED:
                continue
            name, entity, kind = names[c.primary]
            pid = _pid(c.primary)
            p = primaries.get(pid)
            if p is None:
                p = primaries[pid] = PrimarySource(pid, name, entity, kind)
                held[pid] = (set(p.aliases), set(p.items), set(p.documents), set(p.relays))
            aliases, items, docs, relays = held[pid]
            origin = c.links[-1].source if c.links else name
            if origin not in aliases:
                aliases.add(origin)
                p.aliases.append(origin)
            if rec.id not in items:
                items.add(rec.id)
                p.items.append(rec.id)
            if c.document not in docs:
                docs.add(c.document)
                p.documents.append(c.document)
            d = by_id.get(c.document)
            for link in c.links:
                if link.role == "relay" and link.source not in relays:
                    relays.add(link.source)
                    p.relays.append(link.source)
            outlet = d.name if d is not None else c.document  # the report relays what it reports
            if outlet and outlet not in relays:
                relays.add(outlet)
                p.relays.append(outlet)
    order = sorted(primaries.values(), key=lambda p: (-len(p.documents), p.name.casefold(), p.id))
    return records, order
