"""Typed records that every stage shares.

Stages talk to each other only through these records: a stage takes records,
returns records, and never imports another stage's internals. The store
serialises them with :func:`to_dict` / :func:`from_dict`, and the report layer
turns them into the JSON contract (``report/story.schema.json``).

Offsets (``start``/``end``) are always character offsets into
``Document.text`` (the cleaned text) of the document named by ``document``.
"""

from __future__ import annotations

import bisect as _bisect
import dataclasses
import functools
import re as _re
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

# --------------------------------------------------------------------------
# ingest / clean
# --------------------------------------------------------------------------


@dataclass(slots=True)
class RawDocument:
    """One report as read from its input, before cleaning."""

    source: str  # the input path as given (plus "#n" for a record inside a file)
    text: str  # the original text, decoded but otherwise untouched
    content_hash: str  # sha256 of the original text: the dedup key of a rerun
    format: str  # txt, html, jsonl, warc, feed
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


def _sentence_start(sentence: Sentence) -> int:
    return sentence.start


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

    @property
    def name(self) -> str:
        """How the report is named to people: its outlet, else its title, else its file's name or its URL (issue 17:
        never a machine path)."""
        return self.outlet or self.title or source_name(self.source)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding the character at ``offset`` (None: between sentences, or outside the text). The
        sentences are in the text's order and do not overlap, so the last one starting at or before ``offset`` is
        the only one that may hold it (a binary search: the time and quotes stages ask it of every expression)."""
        i = _bisect.bisect_right(self.sentences, offset, key=_sentence_start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


def source_name(source: str) -> str:
    """A report's source for people: a URL as it is, a file by its name ('storm.txt', 'feed.jsonl#3')."""
    if "://" in source or source == "-" or source.startswith("-#"):
        return source
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source


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


@dataclass(slots=True)
class PassageSpan:
    """Where a shared passage lies in one report: offsets into its ``Document.text``."""

    document: str
    start: int
    end: int


@dataclass(slots=True)
class SharedPassage:
    """A passage (one or more sentences' worth of words) two otherwise independent
    reports carry word for word: typically wire copy pasted into an outlet's own report.

    ``spans`` holds exactly two spans, one per report, in report-id order. Support for
    a claim, quote or date that lies inside such a span in both reports is one source.
    """

    id: str
    spans: list[PassageSpan]
    text: str  # the passage as the first report has it
    words: int  # words in the aligned run
    kind: str = "wire"  # wire (shared reporting) | document (a document's text both quote: statement, memo) | quote

    @property
    def documents(self) -> list[str]:
        return [s.document for s in self.spans]


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
    # Told of a date before the story (a biography's year, an earlier case recalled), not one of its happenings:
    # the timeline lists it apart, under "Background" (issue 20, eighth session).
    background: bool = False


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
    # Issue 20, eighth session: whose figure it is, from the parse ("Bush" of "Bush ran for 120 yards"; "?" a
    # person told by a pronoun; None when the parse names no owner), and the season, year or career it is told of.
    holder: str | None = None
    period: str | None = None


# Tallies (issue 20, sixth session): a claim whose ``subject`` is "<kind>[ of|near <holder>]", kind one of
# TALLY_KINDS, is a tally told as "N-M" (its ``text`` the whole tally, "45-7-2"; its ``value`` the first figure): a
# win-loss record and whose it is ("of": the name the tally is told beside, "Klitschko (52-3)"; "near": the last name
# of its clause, "the Colts stand at 10-5"), a game's score, or the knockouts told beside a fighter's record. The
# claims stage writes them (``claims.tallies``), reconcile compares them tally with tally (``reconcile.tallies``).
TALLY_KINDS = ("win-loss record", "score", "knockouts")
_TALLY_SUBJECT = _re.compile(r"^(?P<kind>win-loss record|score|knockouts)(?: (?P<how>of|near) (?P<holder>.+))?$")


def tally_of(subject: str | None) -> tuple[str, str | None, bool] | None:
    """(kind, holder or None, whether the holder is named right beside the tally) of a tally claim's subject; None
    for any other claim."""
    m = _TALLY_SUBJECT.match(subject or "")
    return (m.group("kind"), m.group("holder"), m.group("how") == "of") if m else None


@dataclass(slots=True)
class Finding:
    """An agreement or a conflict between independent sources."""

    kind: str  # quantity, date, quote, ...
    items: list[Evidence] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    explanation: str = ""
    independent_sources: int = 0


@dataclass(slots=True)
class UpdatePoint:
    """One value of a figure that moved as a story developed, as one report gave it."""

    document: str
    published: str | None  # the report's publication day (ISO), the time of this value
    text: str  # the quantity as written
    value: float | None
    value_max: float | None = None
    bound: str = "exact"
    sentence: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Update:
    """A figure that moved across publication times (a toll, a count of missing, an estimate):
    a progression, not a conflict. ``points`` are in time order."""

    id: str
    quantity: str  # what is counted: "people killed"
    unit: str | None
    basis: str  # in words: what was compared and why these values are one figure over time
    points: list[UpdatePoint] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
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
    # Why "who said what" does not show it (``quotes.ShownAndHidden``: no statement, or a quoted phrase inside the
    # reported clause around it); None: shown. A hidden attribution is still traced by provenance.
    hidden: str | None = None


# Quote.hidden of an attribution that names no one ("reportedly", "X is said to have": quotes.agentless), and its
# speaker_text for the "report" forms, which provenance gives as unnamed reports (the others: unattributed)
AGENTLESS = "agentless"
UNNAMED_REPORTS = "reports"


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


@dataclass(slots=True)
class OffStoryReport:
    """A report that looks off its pile's story (``on_story.check``): listed, never removed."""

    document: str
    lacks: list[str]  # topic terms of the pile it does not carry, the pile's best first
    share: float  # share of its sentences that carry a topic term


@dataclass(slots=True)
class TopicCheck:
    """The pile's topic check (issue 20): whether it ran (or why not, in ``note``), the topic terms, the reports that
    look off the story. Sentences lacking every term do not lead the brief, the key dates or the timeline."""

    checked: bool
    note: str
    terms: list[str] = field(default_factory=list)
    reports: list[OffStoryReport] = field(default_factory=list)


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
# (de)serialisation used by the store
# --------------------------------------------------------------------------

R = TypeVar("R")


def to_dict(record: Any) -> dict[str, Any]:
    """``dataclasses.asdict(record)``, without its per-value ``deepcopy`` of plain values (issue 17:
    every stage's records are written through here; a large story writes hundreds of thousands)."""
    return _plain(record)


_PLAIN_TYPES = frozenset((str, int, float, bool, type(None)))
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN_TYPES:
        return value  # immutable: what deepcopy would give back
    names = _FIELD_NAMES.get(kind, ())
    if names == ():
        names = _FIELD_NAMES[kind] = (tuple(f.name for f in dataclasses.fields(kind))
                                      if dataclasses.is_dataclass(kind) else None)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is list:
        return [_plain(v) for v in value]
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple, as asdict rebuilds one
        return kind(*[_plain(v) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(_plain(v) for v in value)
    if isinstance(value, dict):
        return kind((_plain(k), _plain(v)) for k, v in value.items())
    import copy

    return copy.deepcopy(value)


def from_dict(cls: type[R], data: dict[str, Any]) -> R:
    """Rebuild a record (and nested records) from :func:`to_dict` output."""
    return _record_builder(cls)(data)


@functools.lru_cache(maxsize=None)
def _record_builder(cls: type) -> Any:
    """``from_dict`` for one class, its fields' conversions (``_build``) worked out once (issue 17)."""
    fields = [(name, _converter(hint)) for name, hint in _fields(cls)]

    def build(data: dict[str, Any]) -> Any:
        return cls(**{name: (convert(data[name]) if convert is not None and data[name] is not None else data[name])
                      for name, convert in fields if name in data})
    return build


def _converter(tp: Any) -> Any:
    """What ``_build(tp, value)`` does to a value that is not None, as a function (None: nothing)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is not type(None):
                return _converter(arg)
        return None
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        item = _converter(item_tp)
        if item is None:
            return list
        return lambda value: [item(v) if v is not None else None for v in value]
    if dataclasses.is_dataclass(tp):
        build = _record_builder(tp)
        return lambda value: build(value) if isinstance(value, dict) else value
    return None


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


# Independent sources (``Sources``) live in their own module; they are records every stage shares, so they are
# named here too. Imported last: that module builds on the records above.
from .sources import PATH_TREES_HELD, Sources, outlet_key  # noqa: E402,F401
