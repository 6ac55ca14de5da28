"""Typed records that every stage shares.

Stages talk to each other only through these records: a stage takes records,
returns records, and never imports another stage's internals. The store
serialises them with :func:`to_dict` / :func:`from_dict`, and the report layer
turns them into the JSON contract (``report/story.schema.json``).

Offsets (``start``/``end``) are always character offsets into
``Document.text`` (the cleaned text) of the document named by ``document``.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Iterable, TypeVar

# --------------------------------------------------------------------------
# ingest / clean
# --------------------------------------------------------------------------


@dataclass(slots=True)
class RawDocument:
    """One report as read from its input, before cleaning."""

    source: str  # the input path as given (plus "#n" for a record inside a file)
    text: str  # the original text, decoded but otherwise untouched
    content_hash: str  # sha256 of the original text: the dedup key of a rerun
    format: str  # txt, html, jsonl, warc
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # as found in metadata, not yet parsed
    html: str | None = None  # the markup, when the input was HTML
    fetched: str | None = None  # when a crawler fetched it (WARC-Date): the latest it can be from
    agency: str | None = None  # the news agency behind a syndicated text ("Associated Press")
    published_evidence: PublishedDate | None = None  # the page's own date, with its basis and bounds


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Removed:
    """A piece of the original text that cleaning dropped, and why."""

    text: str
    reason: str


@dataclass(slots=True)
class PublishedDate:
    """When a report was published: a day, or an interval when it is inferred.

    ``basis`` says how it was found: ``metadata``, ``header`` (a date line lifted
    from the text), ``content`` (inferred from the dates the text speaks of),
    ``copy`` (shared with the original it copies), or ``unknown``; for an HTML page
    also ``page`` (the page's byline date, ``<time>`` element or URL day, read by
    htmldate) and ``url`` (the URL's year and month only: a month-level bound).
    """

    date: str | None = None  # ISO date, when known to the day
    earliest: str | None = None  # ISO date bounds when only an interval is known
    latest: str | None = None
    basis: str = "unknown"


@dataclass(slots=True)
class Document:
    """A cleaned report: the unit every later stage reads."""

    id: str
    source: str
    content_hash: str
    format: str
    original: str  # the original text, kept so a user can check cleaning
    text: str  # the cleaned text; every offset points into it
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    published: PublishedDate = field(default_factory=PublishedDate)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    dateline: str | None = None  # e.g. "KHARKIV, Ukraine (Reuters) -", kept as metadata
    agency: str | None = None  # the news agency behind a syndicated text: outlet "Yahoo News", agency "Associated Press"


@dataclass(slots=True)
class Skipped:
    """An input that could not be read, with the reason a user can act on.

    ``ignored`` marks a file met in an input folder that is not a report format
    (a README, an image, a script): named, so that nothing is dropped unseen, but
    not an error.
    """

    source: str
    reason: str
    ignored: bool = False


# --------------------------------------------------------------------------
# copies
# --------------------------------------------------------------------------


@dataclass(slots=True)
class DiffOp:
    """One aligned passage between an original and its copy."""

    op: str  # "equal" | "delete" (dropped by the copy) | "insert" (added) | "replace"
    original: str
    copy: str
    changed_numbers: list[str] = field(default_factory=list)  # e.g. ["12 -> 19"]
    changed_names: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CopyMember:
    """One copy inside a copy group, compared with the group's original."""

    document: str
    similarity: float  # symmetric shingle Jaccard with the original
    containment: float  # share of this copy's shingles found in the original
    diff: list[DiffOp] = field(default_factory=list)


@dataclass(slots=True)
class CopyGroup:
    """Reports that are copies of one another: together they are one source."""

    id: str
    documents: list[str]  # every member, original included
    original: str
    similarity: float  # the lowest similarity of a copy to the original
    members: list[CopyMember] = field(default_factory=list)  # the copies, not the original


# --------------------------------------------------------------------------
# entities
# --------------------------------------------------------------------------


@dataclass(slots=True)
class Mention:
    document: str
    start: int
    end: int
    text: str
    label: str = ""  # the NER label of this mention (PERSON, ORG, GPE, ...)


@dataclass(slots=True)
class Place:
    latitude: float
    longitude: float
    country: str | None = None  # ISO 3166 alpha-2
    geonames_id: int | None = None
    feature: str | None = None  # country, city, admin1, ...
    name: str | None = None  # the gazetteer's name of the place ("Al Hudaydah")
    admin1: str | None = None  # the first-level division it lies in ("Louisiana")
    evidence: str | None = None  # what in the story chose it: dateline, admin1 in story, nearby place, ...
    candidates: int = 0  # how many gazetteer entries the name has


@dataclass(slots=True)
class Entity:
    id: str
    name: str  # canonical name: the longest full form
    type: str  # PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ...
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    place: Place | None = None
    independent_sources: int = 0
    place_note: str | None = None  # why a place name has no point ("unresolved: ...", "not in the gazetteer")


# --------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------


@dataclass(slots=True)
class Timex:
    """A time expression, normalised TIMEX3-style."""

    document: str
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2021-03-05, 2021-03, 2021-W09, 2021-SU, P4M, PRESENT_REF, ...
    granularity: str = ""  # day, week, month, season, quarter, year, decade, ...
    anchor: str | None = None  # the date it was resolved against (ISO), if relative
    rule: str = ""  # which rule or library produced the value
    earliest: str | None = None  # for an undated report: the bounds of the value
    latest: str | None = None


@dataclass(slots=True)
class Evidence:
    """A sentence of one report that supports an item of the story."""

    document: str
    text: str  # the sentence (or the quantity/quote as written, where said)
    sentence: str = ""  # the whole sentence, when ``text`` is only a part of it
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Event:
    """Something that happened, on a date, with the reports that say so."""

    id: str
    date: str  # ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD (or a TIMEX3 value)
    text: str
    documents: list[str] = field(default_factory=list)
    independent_sources: int = 0
    evidence: list[Evidence] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)  # entity ids


# --------------------------------------------------------------------------
# claims, quotes, reconcile
# --------------------------------------------------------------------------


@dataclass(slots=True)
class Normalized:
    value: float | None
    value_max: float | None
    unit: str | None


@dataclass(slots=True)
class Claim:
    """A quantity as a report states it."""

    id: str
    document: str
    text: str  # the quantity as written
    sentence: str
    value: float | None
    value_max: float | None
    unit: str | None
    normalized: Normalized
    subject: str | None  # the thing counted: "workers", "people evacuated", ...
    bound: str = "exact"  # exact | about | at_least | at_most | range
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Finding:
    """An agreement or a conflict between independent sources."""

    kind: str  # quantity, date, quote, ...
    items: list[Evidence] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    explanation: str = ""
    independent_sources: int = 0


@dataclass(slots=True)
class Quote:
    id: str
    document: str
    text: str
    speaker: str | None  # canonical name, when known
    speaker_entity: str | None  # entity id, when known
    kind: str = "direct"  # direct | reported
    start: int = 0
    end: int = 0
    sentence: str = ""
    speaker_text: str | None = None  # the speaker as written in this report ("he", "the spokesman")
    speaker_basis: str | None = None  # how the speaker was found: sentence, pronoun, copy, ...
    documents: list[str] = field(default_factory=list)  # every report carrying this quote
    independent_sources: int = 0
    variants: list[Evidence] = field(default_factory=list)  # the same quote with words changed


@dataclass(slots=True)
class BriefSentence:
    text: str
    documents: list[str]  # every report that supports the sentence
    independent_sources: int = 0


@dataclass(slots=True)
class DatedEntry:
    """One key date of the story: a day of its summarised timeline (``time.summarize_timeline``)."""

    date: str  # ISO day
    sentences: list[str]  # best first
    documents: list[str] = field(default_factory=list)  # every report holding one of the sentences word for word


# --------------------------------------------------------------------------
# provenance: who an item really comes from
# --------------------------------------------------------------------------


@dataclass(slots=True)
class Link:
    """One step of an attribution chain as a report writes it ("according to the ministry")."""

    source: str  # as written: "the health ministry", "Reuters", "state media"
    cue: str  # "according to", "said", "told", "citing", "reported", "dateline", "quoted"
    role: str = "primary"  # primary (where the information starts) | relay (an outlet passing it on)
    start: int | None = None  # where ``source`` is in the report's text (None: metadata, e.g. a dateline)
    end: int | None = None


@dataclass(slots=True)
class Chain:
    """An item's attribution chain in one report, outermost relay first, down to its primary source."""

    document: str
    links: list[Link] = field(default_factory=list)
    primary: str = "unattributed"  # the primary source's key (see ``PrimarySource.id``) or "unattributed"
    primary_name: str | None = None  # its name as the story's entities have it; None: unattributed
    start: int | None = None  # the item's place in this report
    end: int | None = None


@dataclass(slots=True)
class Provenance:
    """Where a claim, quote, timeline event, agreement, conflict or brief sentence comes from.

    Support at three levels: ``reports`` carrying it, independent ``outlets`` among them
    (copies count once), and ``primary_sources`` behind them. An item a report asserts on its
    own authority counts its independent source as its own primary source.
    """

    id: str
    item: str  # the item's id: a claim, quote or event id; "agreement-N", "conflict-N", "brief-N" (stored order)
    kind: str  # claim | quote | event | agreement | conflict | brief
    chains: list[Chain] = field(default_factory=list)
    primary_sources: list[str] = field(default_factory=list)  # PrimarySource ids, first seen first
    reports: int = 0
    outlets: int = 0
    primary_count: int = 0
    relayed: bool = False  # some chain passes through a relay
    basis: str = ""  # agreements and conflicts: "different primary sources", "one source's update", ...


@dataclass(slots=True)
class PrimarySource:
    """A body or person information starts from, recognised across reports by its aliases."""

    id: str
    name: str
    entity: str | None = None  # entity id, when the story's entities have it
    kind: str = "source"  # person | organisation | outlet | place | source | unattributed
    aliases: list[str] = field(default_factory=list)  # the forms reports use ("MSF", "the charity")
    items: list[str] = field(default_factory=list)  # Provenance ids it originates
    relays: list[str] = field(default_factory=list)  # outlets that relay it (names as written)
    documents: list[str] = field(default_factory=list)  # reports that cite it


# --------------------------------------------------------------------------
# stories: a stream of reports split into the stories they tell
# --------------------------------------------------------------------------


@dataclass(slots=True)
class Story:
    """One story found in a stream of reports (``stories.cluster_stories``)."""

    id: str
    label: str  # its key names and its dates, for a person to recognise it
    documents: list[str]  # in the order they joined (time order)
    first: str | None = None  # earliest and latest publication day of its reports
    last: str | None = None
    key_names: list[str] = field(default_factory=list)
    key_terms: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# independent sources
# --------------------------------------------------------------------------


class Sources:
    """Counts independent sources: reports in one copy group count once."""

    __slots__ = ("_group_of",)

    def __init__(self, copy_groups: Iterable[CopyGroup] = ()):
        self._group_of: dict[str, str] = {}
        for group in copy_groups:
            for doc_id in group.documents:
                self._group_of[doc_id] = group.id

    def key(self, document_id: str) -> str:
        """The source a report belongs to: its copy group, or itself."""
        return self._group_of.get(document_id, document_id)

    def count(self, document_ids: Iterable[str]) -> int:
        return len({self.key(d) for d in document_ids})

    def same_source(self, a: str, b: str) -> bool:
        return self.key(a) == self.key(b)


# --------------------------------------------------------------------------
# (de)serialisation used by the store
# --------------------------------------------------------------------------

R = TypeVar("R")


def to_dict(record: Any) -> dict[str, Any]:
    return dataclasses.asdict(record)


def from_dict(cls: type[R], data: dict[str, Any]) -> R:
    """Rebuild a record (and nested records) from :func:`to_dict` output."""
    kwargs = {}
    for name, hint in _fields(cls):
        if name in data:
            kwargs[name] = _build(hint, data[name])
    return cls(**kwargs)


@functools.lru_cache(maxsize=None)
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    # get_type_hints evaluates the string annotations: once per class, not per record.
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def _build(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is not type(None):
                return _build(arg, value)
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        return [_build(item_tp, v) for v in value]
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return from_dict(tp, value)
    return value
