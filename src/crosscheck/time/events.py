"""Events and the timeline: sentences anchored to their date, merged across reports.

An event is a sentence that reports something happening (it has a verb) and
holds a resolved calendar date (day, week, month or year). Its date is the
time expression that governs it: the one closest to the sentence's main verb.
Events from different reports are merged when their dates are compatible and
their content words overlap. The same content given incompatible days by
independent sources is a date conflict (``date_conflicts``, over this module's candidates).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..furniture import MIN_LEAD_WORDS, is_furniture, lead_of, stands_alone
from ..records import Document, Entity, Event, Evidence, Finding, Sources, Timex
from .direction import names_known_day

_STOP = set("""a an the and or but of to in on at by for from with as is are was were be been being has have had
it its this that these those he she they we you i his her their our said says say told according also after
before over more than about some into out up down not no new would could will can may might""".split())
_WORD = re.compile(r"[a-z][a-z'-]+")

# Page furniture that reads like a sentence once a page is flattened to one line: print-edition
# notes and time stamps ("A version appeared on p7 of the Main section", "23.24 BST").
# A page's header line that ends in the agency's dateline with no article text after it ("BP investors spooked ...
# PARIS | Sat Oct 9, 2010 2:14 am IST PARIS ( Reuters ) -"), and an editor's note of a change to the page ("This
# article was amended on 16 December 2010"): the page's history, not the story's (sixth session, bpoil Dec 2010).
_FURNITURE = re.compile(r"\b(appeared|was (first )?published) (on|in) p(age)?\s?\d+|\b\d{1,2}[.:]\d{2}\s?(BST|GMT|UTC|CET|EDT|EST)\b"
                        r"|\(\s*(?:Reuters|AP|AFP|UPI|dpa|Xinhua|PTI|IANS)\s*\)\s*[-–—]+\s*$"
                        r"|\b(?i:this|the) (?:article|story|report|post) (?:was|has been) (?:amended|updated|corrected)\b")

MERGE_OVERLAP = 0.5  # share of the smaller event's content words found in the other
# ... and, for a sentence joining an event dated more coarsely (a day's sentence joining one of "this year" or "mid-June"),
# at least this many content words shared: a short sentence's one word found in another ("vote" of a candidate's
# quoted call to vote the next day found in a sentence on a rival's money and votes this year) is no second report of its
# happening (issue 20, ninth session, TL-MERGE-FALSE: shown as "2 independent"). Read on the 359 multi-report pairs of
# the dev stories' timelines: asked of every join, two shared words dropped 9 pairs, 5 of them true ("Orozco is to be
# formally sentenced May 3" / "He will be sentenced May 3"); asked of coarser joins only, 2 pairs, both false.
MERGE_MIN_SHARED = 2


@dataclass
class _Candidate:
    document: str
    date: str
    granularity: str
    sentence: str
    start: int
    end: int
    words: set[str]
    participants: list[str] = field(default_factory=list)
    day_marks: list[tuple[int, str]] = field(default_factory=list)  # (offset in sentence, day) of each day named
    # (start, end in sentence, value, granularity, rule, text) of each date it holds (``dates.date_agreements``)
    marks: list[tuple[int, int, str, str, str, str]] = field(default_factory=list)


def _content_words(text: str) -> set[str]:
    words = {w.strip("'-") for w in _WORD.findall(text.lower())}
    return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in _STOP and len(w) > 2}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _has_verb(doc, start: int, end: int) -> bool:
    if isinstance(doc, _Read):
        return doc.has_verb(start, end)
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)


@dataclass
class SentenceReading:
    """What the timeline reads of a report's parse (issue 17): for each sentence holding a time
    expression, (sentence start, sentence end, has a verb, character offset of its root; None: no
    parse). A function of the report's text and which of its sentences hold a time expression, kept
    per report (``reuse.per_report``), so that an update restores no old report's parse."""
    document: str
    sentences: list[tuple[int, int, bool, int | None]] = field(default_factory=list)


def dated_sentences(d: Document, timexes: list[Timex]) -> list[tuple[int, int]]:
    """The (start, end) of the report's sentences that hold one of its time expressions."""
    starts = sorted(t.start for t in timexes if t.document == d.id)
    out, i = [], 0
    for s in d.sentences:
        while i < len(starts) and starts[i] < s.start:
            i += 1
        if i < len(starts) and starts[i] < s.end:
            out.append((s.start, s.end))
    return out


def sentence_readings(documents: list[Document], timexes: list[Timex]) -> list[SentenceReading]:
    """Each report's :class:`SentenceReading` (its parse read once, here)."""
    from .. import nlp

    parsed = nlp.parse(documents)
    by_doc: dict[str, list[Timex]] = {}
    for t in timexes:
        by_doc.setdefault(t.document, []).append(t)
    out = []
    for d in documents:
        doc = parsed.get(d.id)
        rows = []
        for start, end in dated_sentences(d, by_doc.get(d.id, [])):
            span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
            rows.append((start, end, _has_verb(doc, start, end),
                         None if doc is None else span.root.idx if span is not None else start))
        out.append(SentenceReading(d.id, rows))
    return out


class _Read:
    """A report's :class:`SentenceReading` where the functions below take its parse."""

    def __init__(self, reading: SentenceReading):
        self.rows = {(a, b): (verb, root) for a, b, verb, root in reading.sentences}

    def has_verb(self, start: int, end: int) -> bool:
        return self.rows.get((start, end), (True, None))[0]

    def root(self, start: int, end: int) -> int | None:
        return self.rows.get((start, end), (True, None))[1]


def candidates(documents: list[Document], timexes: list[Timex], entities: list[Entity],
               readings: dict[str, SentenceReading] | None = None) -> list[_Candidate]:
    """The sentences that may be events; ``readings``: each report's :class:`SentenceReading`
    (``sentence_readings``) when at hand, in place of its parse."""
    from .. import nlp

    parsed: dict = ({d.id: _Read(readings[d.id]) for d in documents if d.id in readings} if readings is not None
                    else nlp.parse(documents))
    by_doc: dict[str, list[Timex]] = {}
    for t in timexes:
        if not names_known_day(t):
            continue  # one end of what it may be: no event is dated by it (issue 20)
        if t.type == "DATE" and t.granularity in ("day", "week", "month", "year") and re.match(r"\d{4}", t.value):
            by_doc.setdefault(t.document, []).append(t)
        elif t.type == "TIME" and re.match(r"\d{4}-\d{2}-\d{2}T", t.value):  # a clock time: its day
            by_doc.setdefault(t.document, []).append(dataclasses.replace(t, value=t.value[:10], granularity="day"))
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    for e in entities:
        for m in e.mentions:
            mentions.setdefault(m.document, []).append((m.start, m.end, e.id))
    out = []
    for d in documents:
        doc = parsed.get(d.id)
        for s in d.sentences:
            inside = [t for t in by_doc.get(d.id, []) if s.start <= t.start < s.end and not _period_start(d.text, t)]
            if not inside or _FURNITURE.search(s.text) or not _has_verb(doc, s.start, s.end):
                continue
            governing = _governing(doc, inside, s.start, s.end)
            date_value = governing.value if governing.granularity != "week" else governing.value
            words = _content_words(s.text) - _content_words(governing.text)
            participants = sorted({eid for (a, b, eid) in mentions.get(d.id, []) if s.start <= a < s.end})
            out.append(_Candidate(d.id, date_value, governing.granularity, s.text, s.start, s.end, words,
                                  participants, [(t.start - s.start, t.value) for t in inside
                                                 if t.granularity == "day"],
                                  [(t.start - s.start, t.end - s.start, t.value, t.granularity, t.rule, t.text)
                                   for t in inside]))
    return out


# "the worst since 2009", "the first time since 2001", "in power since 1979" (and German, French and Spanish pages'
# "seit", "depuis", "desde"): a year or a month after "since" is where a comparison or a span starts, not when the
# sentence's happening was (lead, twelfth session: "the worst since 2009" made a timeline event of 2009). A day keeps
# dating: "since Saturday's quake" names the quake's day.
_SINCE_WORDS = ("since", "seit", "depuis", "desde")
_SINCE = re.compile(r"\b(?:" + "|".join(_SINCE_WORDS) + r")\s+(?:(?:before|early|late|mid|the (?:start|end|beginning) "
                    r"of|anfang|ende|mitte|début|fin)[\s-]+)?$", re.I)


def _period_start(text: str, t: Timex) -> bool:
    return t.granularity in ("month", "year") and (t.text.lower().split(" ", 1)[0] in _SINCE_WORDS
                                                    or bool(_SINCE.search(text[max(0, t.start - 40):t.start])))


def _governing(doc, inside: list[Timex], start: int, end: int) -> Timex:
    """The time expression nearest the sentence's root verb (ties: the first)."""
    if isinstance(doc, _Read):
        doc_root = doc.root(start, end)
        return inside[0] if len(inside) == 1 or doc_root is None else min(
            inside, key=lambda t: (abs(t.start - doc_root), t.start))
    if len(inside) == 1 or doc is None:
        return inside[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root.idx if span is not None else start
    return min(inside, key=lambda t: (abs(t.start - root), t.start))


def build_timeline(documents: list[Document], timexes: list[Timex], entities: list[Entity],
                   sources: Sources, readings: dict[str, SentenceReading] | None = None
                   ) -> tuple[list[Event], list[Finding]]:
    """Events and date conflicts; ``readings``: see :func:`candidates`."""
    events, conflicts, _ = timeline(documents, timexes, entities, sources, readings, agreements=False)
    return events, conflicts


def read_alone(cands: list[_Candidate]) -> dict[int, str | None]:
    """Each candidate's sentence as read alone (``_read_alone``), by ``id`` of the candidate."""
    return {id(c): _read_alone(c.sentence) for c in cands}


def code_key() -> str:
    """The source of this module and of ``furniture``, hashed: what ``_read_alone`` gave under other code is never
    reused."""
    from .. import furniture
    from ..sourcehash import source_key

    return source_key(__file__, furniture.__file__)


def timeline(documents: list[Document], timexes: list[Timex], entities: list[Entity], sources: Sources,
             readings: dict[str, SentenceReading] | None = None, agreements: bool = True,
             alone_of: Callable[[list[_Candidate]], dict[int, str | None]] = read_alone,
             ) -> tuple[list[Event], list[Finding], list[Finding]]:
    """Events, date conflicts and date agreements (``dates.date_agreements``; issue 20). ``alone_of``: each
    candidate's sentence read alone (``read_alone``, or one taking an old report's from the store, issue 17)."""
    from .date_conflicts import date_conflicts
    from .dates import date_agreements

    cands = candidates(documents, timexes, entities, readings)
    read = alone_of(cands)
    clusters: list[list[_Candidate]] = []
    by_date: dict[str, list[list[_Candidate]]] = {}
    reports_in: dict[int, set[str]] = {}  # id(cluster) -> its reports: asked of every cluster for every candidate
    for c in sorted(cands, key=lambda c: (c.date, c.document, c.start)):
        # Compatible dates: the same, or a coarser one that contains it ("2026-03" for
        # "2026-03-13"); candidates come sorted, so coarser clusters already exist.
        keys = [c.date] if "W" in c.date else [c.date[:n] for n in (4, 7, 10) if len(c.date) >= n]
        best, best_score = None, MERGE_OVERLAP
        for key in keys:
            for cluster in by_date.get(key, ()):
                if c.document in reports_in[id(cluster)]:
                    continue
                score = _overlap(cluster[0].words, c.words)
                if score >= best_score and (len(key) == len(c.date)
                                            or len(cluster[0].words & c.words) >= MERGE_MIN_SHARED):
                    best, best_score = cluster, score
        if best is None:
            best = [c]
            clusters.append(best)
            by_date.setdefault(c.date, []).append(best)
            reports_in[id(best)] = {c.document}
        else:
            best.append(c)
            reports_in[id(best)].add(c.document)
    events = []
    start = _story_start(documents)
    for cluster in clusters:
        # The most precise date and the most supported wording lead the event; a sentence a reader can read alone
        # before one that cannot (issue 20, eighth session: "Today, it finally got it."). An event none of whose
        # sentences stands alone is no timeline entry: its happening is in the sentence before, in its report.
        alone = read
        cluster.sort(key=lambda c: (alone[id(c)] is None, -len(c.date), c.document, c.start))
        head = cluster[0]
        if alone[id(head)] is None:
            continue
        docs = sorted({c.document for c in cluster})
        key = hashlib.sha1(f"{head.date}|{head.document}|{head.start}".encode()).hexdigest()[:12]
        events.append(Event(
            id=f"event-{key}", date=head.date, text=_short(alone[id(head)]), documents=docs,
            independent_sources=sources.count(docs),
            evidence=[Evidence(c.document, c.sentence, c.sentence, c.start, c.end) for c in cluster],
            participants=sorted({p for c in cluster for p in c.participants}),
            background=_before_story(head.date, start)))
    events.sort(key=lambda e: (e.date, -e.independent_sources, e.id))
    return (events, date_conflicts(cands, sources),
            date_agreements(cands, sources, documents) if agreements else [])


def _read_alone(sentence: str) -> str | None:
    """The sentence as a reader meets it in the timeline, away from its report: a headline, caption or dateline glued
    before it cut off (``furniture.lead_of``, as the brief does), a short sentence kept whole unless it is a caption or
    a widget; None when it cannot be read alone (``furniture.stands_alone``: an opening pronoun, "But", a quotation
    cut open) or nothing of the story is left (issue 20, eighth session)."""
    text = lead_of(sentence)
    if text is None and len(sentence.split()) < MIN_LEAD_WORDS and not is_furniture(sentence):
        text = sentence.strip()
    return text if text and stands_alone(text) else None


# An event dated wholly before the story's first report by more than this many days tells the story's background
# (a biography's year, an earlier case recalled: "He joined the gang unit in 2001" in a report of 2013), not one of
# its happenings (issue 20, eighth session). Days of the week before the first report are the story's own (the
# happening its first reports follow), as for the key dates (``summary.KEY_DAYS_BEFORE``), and a month-long margin
# keeps a month or a week named loosely ("last month") in the story.
BACKGROUND_DAYS = 30


def _story_start(documents: list[Document]):
    """The first day a report of the story was published; None if no report's day is known (a bound read from a
    report's content, an obituary's birth date, is no start of the story)."""
    from datetime import date

    days = []
    for d in documents:
        value = d.published.date
        try:
            days.append(date.fromisoformat(value[:10]))
        except (TypeError, ValueError):
            continue
    return min(days) if days else None


def _before_story(value: str, start) -> bool:
    """Does the date (a year, a month, a day) end more than BACKGROUND_DAYS before ``start``?"""
    import calendar
    from datetime import date

    if start is None or not re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$", value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 1:
            end = date(parts[0], 12, 31)
        elif len(parts) == 2:
            end = date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        else:
            end = date(*parts)
    except ValueError:
        return False
    return (start - end).days > BACKGROUND_DAYS

def _short(sentence: str, limit: int = 220) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
