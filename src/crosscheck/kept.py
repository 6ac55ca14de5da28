"""Each stage's per-report steps, an old report's output taken from the store (issue 17: an update works out only
the new reports'). Keyed by what the output depends on: the report's text, its day, its sentences, the stage's code;
``reuse.per_report`` keeps and restores the rows. The pipeline calls these; they call the stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import brief, claims, entities, quotes, reuse, time
from .isolation import per_sentence
from .records import Claim, Document, Timex, to_dict
from .store import Store


def _time_expressions(store: Store, documents: list[Document],
                      unread: dict[str, list[Timex]] | None = None) -> list[Timex]:
    """``time.resolve_times(documents)``, reusing a dated report's expressions from an earlier
    run (they depend on its text and publication day alone); an undated report's depend on
    the story's latest dated day, so they are resolved again, against it (``unread``: its
    expressions that need a day to be read, ``time.resolve_times``)."""
    dated = [d for d in documents if d.published.date]
    undated = [d for d in documents if not d.published.date]
    found = _dated_timexes(store, dated)
    if undated:
        latest = max(dated, key=lambda d: d.published.date or "", default=None)
        ids = {d.id for d in undated}
        found += [t for t in time.resolve_times(undated + ([latest] if latest else []), unread) if t.document in ids]
    order = {d.id: n for n, d in enumerate(documents)}
    return sorted(found, key=lambda t: order[t.document])  # stable: each report's own order kept


# The per-report steps of the stages (each report's output kept in the store by ``reuse.per_report``).
def _mentions(store: Store, documents: list[Document]) -> list:
    return reuse.per_report(store, "entities.mentions", documents, entities.find_all_mentions,
                            entities.ner.RawMention, document_of=lambda r: r.mention.document)


def _case_words(store: Store, documents: list[Document]) -> list:
    """Each report's words as it writes them (``ner.case_words``), an old report's taken from the store (issue 17: the
    story-wide lower-case test of one-word names read every text again in an update)."""
    return reuse.per_report(store, "entities.case", documents, entities.ner.case_words, entities.ner.CaseWords)


def _sports_reports(store: Store, documents: list[Document]) -> set[str]:
    """The reports that read as sports reports (``places.qualifiers.sports_report``, a function of a report's text), an
    old report's answer taken from the store (issue 17: the places of an update read every text again for it)."""
    # (the module by its full name: the package's ``qualifiers`` is a function)
    from .entities.places.qualifiers import SportsReport, code_key, sports_reports

    code = code_key()
    return {r.document for r in reuse.per_report(store, "entities.sports", documents, sports_reports, SportsReport,
                                                 extra=lambda d: code)}


def _dated_timexes(store: Store, dated: list[Document]) -> list[Timex]:
    return reuse.per_report(store, "time.timexes", dated, time.resolve_times, Timex,
                            extra=lambda d: d.published.date or "")


def _claims_found(store: Store, story: str, documents: list[Document]) -> list[Claim]:
    record, failed = per_sentence(store, story, "claims")
    return reuse.per_report(store, "claims", documents, lambda ds: claims.extract_claims(ds, record), Claim,
                            keep=lambda d: d.id not in failed)


def _quotes_found(store: Store, story: str, documents: list[Document]) -> tuple[list, list]:
    record, failed = per_sentence(store, story, "quotes")
    found = reuse.per_report(store, "quotes.found", documents, lambda ds: quotes.find_all(ds, record),
                             quotes.Found, keep=lambda d: d.id not in failed)
    names = reuse.per_report(store, "quotes.names", documents, quotes.report_names, quotes.ReportNames)
    return found, names


@dataclass
class BasisKeys:
    """A report's claims' ``reconcile.basis_key``s, in the order of its claims (kept per report, issue 17)."""
    document: str
    keys: list


def _kept_basis_keys(store: Store, documents: list[Document], claims: list[Claim]) -> None:
    """Reconcile's basis key of each claim (a function of the claim alone), an old report's taken from the store:
    keyed by the report's claims (every field of each) and the code that works the keys out."""
    from .reconcile import basis

    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.document, []).append(c)

    fields_of: dict[str, list[tuple]] = {}  # each report's claims' fields, worked out once for its key and its keys

    def key(d: Document) -> str:
        fields = fields_of[d.id] = [basis.claim_fields(c) for c in by_doc.get(d.id, ())]
        return hashlib.sha1(repr((basis.code_key(), fields)).encode("utf-8", "surrogatepass")).hexdigest()[:20]

    def compute(reports: list[Document]) -> list[BasisKeys]:
        return [BasisKeys(d.id, [basis.basis_key(c) for c in by_doc[d.id]]) for d in reports if d.id in by_doc]

    for row in reuse.per_report(store, "reconcile.basis", [d for d in documents if d.id in by_doc], compute, BasisKeys,
                                extra=key):
        basis.remember_basis_keys(by_doc[row.document], row.keys, fields_of.get(row.document))


def _brief_candidates(store: Store, documents: list[Document]) -> list:
    """The brief's candidate sentences (``brief._candidates``), an old report's taken from the store (issue 17);
    keyed by the report's text and sentences, the brief's code, and the story's lower-case words among those its
    candidates can depend on (``brief.seam_words``). How many a report may give falls as the story grows (6,000 a
    story): a report's first N candidates are those it gives when it may give N, so the candidates kept under a
    larger cap (or all the report has) serve a smaller one, cut."""
    from .store import STAGE_VERSIONS

    per_doc, common = brief.candidate_settings(documents)
    stage, version = "brief.candidates", f"{reuse.REUSE_VERSION}:{STAGE_VERSIONS.get('brief', 0)}"

    def key(d: Document) -> str:
        asked = sorted(brief.seam_words(d) & common)
        sentences = [(s.start, s.end) for s in d.sentences]
        what = hashlib.sha1(repr((brief.code_key(), sentences, asked)).encode()).hexdigest()[:20]
        return f"{version}:{reuse._text_key(d)}:{what}"

    keys = {d.id: key(d) for d in documents}
    kept = {doc: data for doc, data in store.load_report_outputs(stage, keys).items()
            if data["cap"] >= per_doc or len(data["candidates"]) < data["cap"]}
    fresh = {d.id: brief.report_candidates(d, per_doc, common) for d in documents if d.id not in kept}
    if fresh:
        store.save_report_outputs(stage, [(doc, keys[doc], {"cap": per_doc, "candidates": [to_dict(c) for c in found]})
                                          for doc, found in fresh.items()])
    out = []
    for d in documents:
        if d.id in fresh:
            out.extend(fresh[d.id])
        else:
            out.extend(reuse.rebuild(brief._Candidate, c) for c in kept[d.id]["candidates"][:per_doc])
    return out


def _sentence_readings(store: Store, documents: list[Document], timexes: list[Timex]) -> dict[str, "time.SentenceReading"]:
    """What the timeline reads of each report's parse (``time.sentence_readings``), an old report's
    taken from the store (issue 17: an update restores no old parse); keyed by the report's text and
    the sentences that hold its time expressions."""
    by_doc: dict[str, list[Timex]] = {}
    for t in timexes:
        by_doc.setdefault(t.document, []).append(t)

    def held(d: Document) -> str:
        return hashlib.sha1(repr(time.dated_sentences(d, by_doc.get(d.id, []))).encode()).hexdigest()[:16]

    found = reuse.per_report(store, "time.readings", documents, lambda ds: time.sentence_readings(ds, timexes),
                             time.SentenceReading, extra=held)
    return {r.document: r for r in found}


def _day_readings(store: Store):
    """A ``time.summary`` reader of each report's days for the key dates (``read_days``), an old report's reading taken
    from the store (issue 17: an update read the days of every report of the story again); keyed by the report's
    text, publication day, sentences and time expressions, and the code that reads them."""
    from .time import summary

    def reader(documents: list[Document], by_document: dict[str, list[Timex]]) -> list:
        code = summary.code_key()

        def key(d: Document) -> str:
            what = (code, d.published.date, [(s.start, s.end) for s in d.sentences],
                    [to_dict(t) for t in by_document.get(d.id, ())])
            return hashlib.sha1(repr(what).encode("utf-8", "surrogatepass")).hexdigest()[:20]

        return reuse.per_report(store, "time.days", documents, lambda ds: summary.read_days(ds, by_document),
                                summary.DayReading, extra=key)
    return reader


def _alone_readings(store: Store):
    """A ``time.events.read_alone`` that takes what an old report's sentences read alone give (a function of the
    sentence's text alone, ``events._read_alone``) from the store: per report, each of its candidates' sentences with
    its reading, under a key of the code (issue 17: the timeline read every candidate sentence of the story again)."""
    from .time import events

    stage = "time.alone"

    def read(cands: list) -> dict[int, str | None]:
        key = f"{reuse.REUSE_VERSION}:{events.code_key()}"
        by_doc: dict[str, list] = {}
        for c in cands:
            by_doc.setdefault(c.document, []).append(c)
        kept = store.load_report_outputs(stage, {doc: key for doc in by_doc})
        out: dict[int, str | None] = {}
        fresh = []
        for doc, found in by_doc.items():
            known = kept.get(doc, {})
            missing = False
            for c in found:
                if c.sentence not in known:
                    known[c.sentence], missing = events._read_alone(c.sentence), True
                out[id(c)] = known[c.sentence]
            if missing:
                fresh.append((doc, key, known))
        if fresh:
            store.save_report_outputs(stage, fresh)
        return out
    return read
