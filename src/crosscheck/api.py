"""The Python API, for notebooks and scripts (issue 17).

    import crosscheck
    story = crosscheck.analyze(["reports/", "https://example.org/news/1.html", "Plain text of a report."])
    story.conflicts[0].explanation
    story.to_pandas("claims")

``analyze`` takes files, folders, URLs (fetched politely, once) and texts; it runs the
same pipeline as ``crosscheck analyze`` and returns a :class:`StoryAnalysis`: typed
records (``crosscheck.records``) for reports, copies, entities, claims, agreements,
conflicts, quotes, the timeline, key dates and the brief, the story.json dictionary
itself (``.data``), and the same data as tables (``.table(name)``: lists of dicts;
``.to_pandas(name)``: a DataFrame, with the ``pandas`` extra installed).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .plural import counted
from .records import (BriefSentence, CopyGroup, DatedEntry, Document, Entity, Event, Finding, Quote, RawDocument,
                      Skipped, Claim)

TABLES = ("reports", "copies", "entities", "claims", "agreements", "conflicts", "quotes", "attributions", "timeline",
          "key_dates", "brief")


@dataclass
class StoryAnalysis:
    """One analysed story: typed records, the story.json dictionary, and tables."""

    name: str
    data: dict[str, Any]  # story.json: the JSON contract (report/story.schema.json)
    reports: list[Document] = field(default_factory=list)
    copies: list[CopyGroup] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    agreements: list[Finding] = field(default_factory=list)
    conflicts: list[Finding] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Quote] = field(default_factory=list)  # what "who said what" hides (Quote.hidden says why)
    timeline: list[Event] = field(default_factory=list)
    key_dates: list[DatedEntry] = field(default_factory=list)
    brief: list[BriefSentence] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    db: Path | None = None  # the store it was read from, when it was kept

    @property
    def independent_sources(self) -> int:
        return self.data["independent_sources"]

    def label(self, report_id: str) -> str:
        """How a report is cited: 'Red Sea Wire, 2026-03-14', or its file name."""
        from .report.view import StoryView

        return StoryView(self.data).label(report_id)

    def table(self, name: str) -> list[dict[str, Any]]:
        """A table of the story as rows (dicts with plain column names), from the story.json data."""
        if name not in TABLES:
            raise ValueError(f"no table {name!r}; choose from {', '.join(TABLES)}")
        return _ROWS[name](self.data, self.label)

    def to_pandas(self, name: str = "claims"):
        """A table of the story as a pandas DataFrame (``pip install 'crosscheck[pandas]'``)."""
        try:
            import pandas
        except ImportError:  # pragma: no cover - depends on the extra
            raise ImportError("to_pandas needs pandas: pip install 'crosscheck[pandas]'") from None
        rows = self.table(name)
        return pandas.DataFrame(rows, columns=list(rows[0]) if rows else _COLUMNS[name])

    def to_json(self) -> str:
        from .report import to_json

        return to_json(self.data)

    def to_markdown(self) -> str:
        from .report import to_markdown

        return to_markdown(self.data)

    def write(self, out_dir: str | os.PathLike) -> list[Path]:
        """Write story.json, story.md, story.html and the CSV tables, as ``crosscheck analyze`` does."""
        from .report import write_all

        return write_all(self.data, out_dir)

    def __repr__(self) -> str:
        return (f"<StoryAnalysis {self.name!r}: {counted(len(self.reports), 'report')}, "
                f"{counted(self.independent_sources, 'independent source')}, {counted(len(self.claims), 'claim')}, "
                f"{counted(len(self.conflicts), 'conflict')}, {counted(len(self.quotes), 'quote')}>")


def analyze(inputs: str | os.PathLike | Iterable[str | os.PathLike], story: str = "story",
            db: str | os.PathLike | None = None, brief_sentences: int = 6, processes: int = 1) -> StoryAnalysis:
    """Analyse reports on one story: each input a file or folder, an http(s) URL (the page is
    fetched once, politely: robots.txt, a timeout, a size cap), or the text of a report.

    ``db``: keep the store there (and add to the story it holds, rerunning only what the
    new reports change); by default a temporary store, removed once the result is read.
    """
    from .pipeline import Settings, analyze_story, ingest_raw
    from .store import Store

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    inputs = list(inputs)
    settings = Settings(brief_sentences=brief_sentences, processes=processes)
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as tmp:
        path = Path(db) if db is not None else Path(tmp) / "crosscheck.sqlite"
        with Store(path) as store, store.writer_lock():
            ingest_raw(_read(inputs, settings), store, story, settings)
            analyze_story(store, story, settings)
            result = load_story(store, story)
        result.db = path if db is not None else None
    return result


def load(db: str | os.PathLike, story: str | None = None) -> StoryAnalysis:
    """A story already in a store (``crosscheck analyze``, ``watch`` or ``stories`` made it)."""
    from .store import Store, StoreError

    with Store(db, readonly=True) as store:
        names = [s["name"] for s in store.stories()]
        if story is None:
            if not names:
                raise StoreError(f"{db} holds no story")
            story = names[0]
        elif story not in names:
            raise StoreError(f"no story {story!r} in {db} (stories: {', '.join(names) or 'none'})")
        result = load_story(store, story)
    result.db = Path(db)
    return result


def load_story(store, story: str) -> StoryAnalysis:
    from .report import build_story

    data = build_story(store, story)
    events = store.load_events(story)
    return StoryAnalysis(
        name=story, data=data, reports=store.load_documents(story), copies=store.load_copy_groups(story),
        entities=store.load_entities(story), claims=store.load_claims(story),
        agreements=store.load_agreements(story), conflicts=store.load_conflicts(story),
        quotes=store.load_quotes(story), attributions=store.load_attributions(story),
        timeline=sorted(events, key=lambda e: (e.date, e.id)), key_dates=store.load_key_dates(story), brief=store.load_brief(story), skipped=store.load_skipped(story))


def _read(inputs: list[Any], settings) -> Iterator[RawDocument | Skipped]:
    """Paths through the readers, URLs through the polite fetcher, anything else as a report's text."""
    from .ingest import read_inputs
    from .ingest.common import content_hash

    fetcher = None
    texts = 0
    for item in inputs:
        text = os.fspath(item)
        if text.startswith(("http://", "https://")) and "\n" not in text and " " not in text:
            if fetcher is None:
                from .watch import Fetcher

                fetcher = Fetcher(max_bytes=settings.max_file_bytes)
            yield fetcher.page(text)
        elif isinstance(item, os.PathLike) or ("\n" not in text and len(text) < 4096 and os.path.exists(text)):
            yield from read_inputs([text], max_file_bytes=settings.max_file_bytes)
        else:
            texts += 1
            yield RawDocument(source=f"text {texts}", text=text, content_hash=content_hash(text), format="txt")


# ------------------------------------------------------------------ tables


def _published(d: dict[str, Any]) -> str | None:
    p = d["published"]
    return p["date"] or p["earliest"]


def _reports(data, label):
    return [{"report": d["id"], "label": label(d["id"]), "title": d["title"], "outlet": d["outlet"],
             "published": _published(d), "url": d["url"], "author": d["author"], "format": d["format"],
             "characters": len(d["text"])} for d in data["documents"]]


def _copies(data, label):
    return [{"group": g["id"], "original": g["original"], "original_label": label(g["original"]),
             "copy": m["document"], "copy_label": label(m["document"]), "similarity": m["similarity"],
             "containment": m["containment"]} for g in data["copies"] for m in g["members"]]


def _entities(data, label):
    return [{"entity": e["id"], "name": e["name"], "type": e["type"], "aliases": "; ".join(e["aliases"]),
             "mentions": len(e["mentions"]), "independent_sources": e["independent_sources"],
             "latitude": (e.get("place") or {}).get("latitude"), "longitude": (e.get("place") or {}).get("longitude")}
            for e in data["entities"]]


def _claims(data, label):
    return [{"claim": c["id"], "report": c["document"], "source": label(c["document"]), "quantity": c["text"],
             "value": c["value"], "value_max": c["value_max"], "unit": c["unit"],
             "normalized_value": c["normalized"]["value"], "normalized_unit": c["normalized"]["unit"],
             "bound": c["bound"], "subject": c["subject"], "sentence": c["sentence"]} for c in data["claims"]]


def _findings(kind):
    def rows(data, label):
        return [{"kind": f["kind"], "explanation": f["explanation"], "independent_sources": f["independent_sources"],
                 "sources": "; ".join(dict.fromkeys(label(d) for d in f["documents"]))} for f in data[kind]]
    return rows


def _quotes(data, label, section="quotes"):
    return [{"quote": q["id"], "speaker": q["speaker"], "kind": q["kind"], "text": q["text"],
             "report": q["document"], "source": label(q["document"]), "reports": len(q.get("documents") or []),
             "independent_sources": q["independent_sources"], **({"hidden": q["hidden"]} if q.get("hidden") else {})}
            for q in data.get(section) or []]


def _attributions(data, label):
    return _quotes(data, label, "attributions")


def _timeline(data, label):
    return [{"event": e["id"], "date": e["date"], "text": e["text"], "independent_sources": e["independent_sources"],
             "sources": "; ".join(dict.fromkeys(label(d) for d in e["documents"]))} for e in data["timeline"]]


def _key_dates(data, label):
    return [{"date": k["date"], "sentence": " ".join(k["sentences"]),
             "sources": "; ".join(dict.fromkeys(label(d) for d in k["documents"]))} for k in data["key_dates"]]


def _brief(data, label):
    return [{"sentence": b["text"], "independent_sources": b["independent_sources"],
             "sources": "; ".join(dict.fromkeys(label(d) for d in b["documents"]))} for b in data["brief"]]


_ROWS = {"reports": _reports, "copies": _copies, "entities": _entities, "claims": _claims,
         "agreements": _findings("agreements"), "conflicts": _findings("conflicts"), "quotes": _quotes,
         "attributions": _attributions, "timeline": _timeline, "key_dates": _key_dates, "brief": _brief}
_COLUMNS = {
    "reports": ["report", "label", "title", "outlet", "published", "url", "author", "format", "characters"],
    "copies": ["group", "original", "original_label", "copy", "copy_label", "similarity", "containment"],
    "entities": ["entity", "name", "type", "aliases", "mentions", "independent_sources", "latitude", "longitude"],
    "claims": ["claim", "report", "source", "quantity", "value", "value_max", "unit", "normalized_value",
               "normalized_unit", "bound", "subject", "sentence"],
    "agreements": ["kind", "explanation", "independent_sources", "sources"],
    "conflicts": ["kind", "explanation", "independent_sources", "sources"],
    "quotes": ["quote", "speaker", "kind", "text", "report", "source", "reports", "independent_sources"],
    "attributions": ["quote", "speaker", "kind", "text", "report", "source", "reports", "independent_sources", "hidden"],
    "timeline": ["event", "date", "text", "independent_sources", "sources"],
    "key_dates": ["date", "sentence", "sources"],
    "brief": ["sentence", "independent_sources", "sources"],
}
