"""Timeline summarisation: the story's most reported days, each with the sentences that tell it.

This is the system ``evaluation/timeline17.py`` scores on Timeline17 (figures in
``bench/results/time.md``); the story report's "Key dates" come from it too.

- Days are ranked DATEWISE-style (news-tls, Gholipour Ghalandari & Ifrim 2020) by
  how many reports speak of the day (a day-level time expression of the time
  stage), plus ``PUBLISHED_WEIGHT`` per report published on it (news is written
  the day after the event); ties go to the day more sentences name, then the
  earlier day.
- A day's candidate sentences are news-tls's PM_Mean ones
  (``PM_Mean_SentenceCollector``, clip_sents=5, pub_end=2): the sentences whose
  first day is that day, and the sentences naming no day among the first six of
  reports published on it or the day after; when both kinds exist, only those
  whose TF-IDF cosine (vectoriser fit on the reports' sentences) to the words
  both kinds share lies above the knee of the sorted similarities.
- The sentences of a day are then picked by the ``select`` function the caller
  passes: the brief's selection (``crosscheck.brief.select``: TF-IDF centrality,
  support across reports, MMR). It is a parameter, not an import, because one
  stage never imports another.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Any

from ..furniture import head_stamp_end, lead_of, stamp_spans, stands_alone
from ..records import DatedEntry, Document, Event, Sources, Timex
from .events import _FURNITURE, _STOP
from .direction import day_guessed, names_known_day

# DATEWISE (news-tls) collects, for a date, the undated sentences j <= 5 of articles published
# on it and the next day (PM_Mean_SentenceCollector(clip_sents=5, pub_end=2)); same here.
LEAD_SENTENCES = 5
PUBLISHED_DAYS = 2
# Weight of a report published on a day against one that names it: a report on the day's
# events is published that day or the next, but most of a report is about older days.
PUBLISHED_WEIGHT = 0.5

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# select(candidates, sources, max_sentences) -> [(candidate, supporting report ids), ...], best first;
# a candidate has .document, .text, .start, .end, .position (``crosscheck.brief.select`` fits).
Select = Callable[[list[Any], Sources, int], list[tuple[Any, list[str]]]]


@dataclass(slots=True)
class _Candidate:
    """A sentence offered to ``select`` (the attributes the brief's selection reads)."""

    document: str
    text: str
    start: int
    end: int
    position: int


@dataclass(slots=True)
class _Report:
    id: str
    published: date | None
    sentences: list[str]
    days: list[list[date]]  # per sentence, the calendar days its time expressions name


def sentence_days(document: Document, timexes: Iterable[Timex]) -> list[list[date]]:
    """Per sentence of ``document``, the calendar days its day-level DATE expressions name, in order.

    ``timexes`` are the time stage's expressions (those of other documents are passed over, and so
    are those whose day the report does not let one know: ``names_known_day``).
    """
    named = []
    for t in timexes:
        # A clock time names its day too ("landed at 2pm today": the report's own day).
        clock_day = t.type == "TIME" and _ISO_DAY.fullmatch(t.value[:10]) is not None and "T" in t.value
        if t.document == document.id and names_known_day(t) and (clock_day or (
                t.type == "DATE" and t.granularity == "day" and _ISO_DAY.fullmatch(t.value))):
            try:
                named.append((t.start, date.fromisoformat(t.value[:10])))
            except ValueError:
                pass
    return [[day for start, day in named if s.start <= start < s.end] for s in document.sentences]


def summarize_timeline(documents: list[Document], timexes: list[Timex], select: Select,
                       n_dates: int = 10, n_sentences: int = 1,
                       start: date | None = None, end: date | None = None, named_first: bool = False) -> list[DatedEntry]:
    """The ``n_dates`` most reported days with up to ``n_sentences`` sentences each, most reported first.

    ``documents``: the reports with their sentences and publication dates; ``timexes``:
    the time stage's expressions for them. With ``start``/``end``, only reports
    published in [start, end] are read and only days in it are ranked; without, every
    report is read (an undated one counts by the days it names only). Days for which
    ``select`` picks nothing are passed over. With ``named_first``, a day's sentences are those
    that name it, when there are any (the key dates': a lead sentence of a report of that day or
    the next, naming no day, may tell of another day).
    """
    return _summarize(_reports(documents, timexes), select, n_dates, n_sentences, start, end, named_first)


def _reports(documents: list[Document], timexes: list[Timex]) -> list[_Report]:
    by_document: dict[str, list[Timex]] = defaultdict(list)
    for t in timexes:
        by_document[t.document].append(t)
    return [_Report(d.id, _day(d.published.date), [s.text for s in d.sentences],
                    sentence_days(d, by_document.get(d.id, ())))
            for d in documents]


def key_dates(documents: list[Document], timexes: list[Timex], events: list[Event], select: Select,
              at_most: int = 10, sources: Sources | None = None, reader: Callable | None = None,
              topical: Callable[[str], bool] | None = None) -> list[DatedEntry]:
    """The story's key dates, in date order: its most reported days by ``summarize_timeline``,
    one sentence each, as many as the timeline has dated events (as in Timeline17's setting,
    where a summary has as many dates as the timeline it stands for) but at most ``at_most``,
    so the section stays a digest; none when the time stage found no dated event.

    Two differences from the evaluated system, both for readers of one story: a reprint
    names the same days as its original, so only one report per source (``sources``'
    copy groups) is read, and a day is not made to look more reported by its copies; and
    no sentence stands for two days (an undated lead sentence counts for its publication day
    and the day before): the more reported day keeps it, the other takes its next best.
    Each key date cites every report of the story that holds its sentence, copies included.
    ``reader``: how each report's days are read (``read_days``, the default, or an old report's reading taken from
    the store: ``kept._day_readings``).
    ``topical``, when given, is asked of each sentence that may tell a day: only one it accepts does (a sentence carrying
    none of the pile's topic terms, ``on_story.on_topic``, tells no key date; a day with no such sentence is passed
    over and the next most reported day takes its place: issue 20, twenty-second session).
    """
    # A day of an undated story whose year is guessed from a day another report writes whole is no key date (issue
    # 20, eighteenth session: a premiere's, a past season's, a future eclipse's day was the only one written whole)
    # (nor does an event dated by such a day alone count towards how many key dates the story has)
    # (nor a weekday read against the day another report gives its happening: twenty-first session)
    guessed = {t.value[:10] for t in timexes if day_guessed(t)}
    timexes = [t for t in timexes if not day_guessed(t)]
    events = [e for e in events if e.date not in guessed - {t.value[:10] for t in timexes}]
    n_dates = min(at_most, len({e.date for e in events if e.date[:1].isdigit()}))  # dated, at any granularity
    if n_dates == 0:
        return []
    sources = sources or Sources()
    seen: set[str] = set()
    independent = []
    for d in documents:
        if sources.key(d.id) not in seen:
            seen.add(sources.key(d.id))
            independent.append(d)
    holders: dict[str, list[str]] = defaultdict(list)
    for d in documents:
        for sentence in dict.fromkeys(s.text for s in d.sentences):
            holders[sentence].append(d.id)
    days_at = _day_spans(documents, timexes)
    used: set[str] = set()
    out: list[DatedEntry] = []
    allowed = _story_days(independent, timexes, sources, reader=reader)
    # A key date is told by a sentence naming it where one does (issue 20: an undated lead of the next day's report,
    # "A 63-year-old woman and two men ... were shot", stood for the day after a shooting); which days are key is
    # decided on all of a day's sentences, as before.
    # The two passes read the same reports and fit the same TF-IDF over all their sentences: both worked out once
    # (issue 17: the fit over a 1,000-report story's sentences was a tenth of an update's time).
    reports, fitted = _reports(independent, timexes), {}
    naming = {e.date: e.sentences for e in _summarize(reports, select, n_dates + 5, 2, None, None, named_first=True,
                                                      fitted=fitted)}
    ranked = _summarize(reports, select, n_dates + 5, 2, None, None, fitted=fitted)
    for entry in ranked:
        if len(out) >= n_dates:
            break
        if allowed is not None and entry.date not in allowed:
            continue
        text = _key_sentence(entry, naming.get(entry.date, ()), used, days_at, topical)
        if text is not None:  # most reported day first: it keeps its best sentence
            used.add(text)
            out.append(DatedEntry(entry.date, [_as_read(text)], holders.get(text) or entry.documents))
    if not out and allowed is not None:
        # The day of the story's main happening is never missed (issue 20, eighth session): a story whose reports
        # name their days once each (three reports of which one dates the sentencing, "on Wednesday, April 27,
        # 2016") has no day told by two sources; its most reported day told by one is key, within the same window.
        alone = _story_days(independent, timexes, sources, min_sources=1, reader=reader)
        # ... and not years before what most of its events are dated: an undated obituary of 2015 names a wartime day
        # of 1944 alone, and its events run to 2012 (Multi-News 132).
        middle = _median_start(events)
        for entry in ranked:
            if middle is not None and date.fromisoformat(entry.date).toordinal() < middle.toordinal() - KEY_ORIGIN_DAYS:
                continue
            if entry.date in (alone or ()):
                text = _key_sentence(entry, naming.get(entry.date, ()), used, days_at, topical)
                if text is not None:
                    out.append(DatedEntry(entry.date, [_as_read(text)], holders.get(text) or entry.documents))
                    break
    return sorted(out, key=lambda e: e.date)


def _median_start(events: list[Event]) -> date | None:
    """The first day of the median event's date (a year, a month, a day); None when no event is dated."""
    starts = []
    for e in events:
        parts = e.date.split("-")
        try:
            starts.append(date(int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1,
                               int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1))
        except (ValueError, IndexError):
            continue
    return sorted(starts)[len(starts) // 2] if starts else None


def _as_read(sentence: str) -> str:
    """A key date's sentence as the reader sees it: a page's timestamp or an agency's dateline glued before it cut off
    ("Wed Sep 8, 2010 9:10 pm EDT LONDON ( Reuters ) - BP Plc and ..." reads "BP Plc and ..."), as in the brief and
    the timeline (``furniture.lead_of``). When what follows is too short or not a whole sentence for ``lead_of``
    ("... 9:10 pm EDT Crews stop the leak."), the timestamp alone is still cut off, as long as three words remain."""
    lead = lead_of(sentence)
    if lead:
        return lead
    cut = head_stamp_end(sentence)
    rest = sentence[cut:].lstrip(" |;:-–—") if cut else ""
    return rest if len(rest.split()) >= 3 else sentence


def _day_spans(documents: list[Document], timexes: Iterable[Timex]) -> dict[str, list[tuple[int, int, str]]]:
    """Per sentence text, where in it a time expression names a day, and the day: (start, end, "YYYY-MM-DD")."""
    by_document: dict[str, list[Timex]] = defaultdict(list)
    for t in timexes:
        if t.type in ("DATE", "TIME") and _ISO_DAY.match(t.value or ""):
            by_document[t.document].append(t)
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for d in documents:
        for t in by_document.get(d.id, ()):
            for s in d.sentences:
                if s.start <= t.start < s.end:
                    out[s.text].append((t.start - s.start, min(t.end, s.end) - s.start, t.value[:10]))
                    break
    return out


def _key_sentence(entry: DatedEntry, naming: Iterable[str], used: set[str],
                  days_at: dict[str, list[tuple[int, int, str]]] | None = None,
                  topical: Callable[[str], bool] | None = None) -> str | None:
    """The sentence that tells a key date: None when the day is no day something happened.

    A key date is told by a sentence, not a headline question or a fragment ("What is swine flu?"). Nor by a
    forecast, a plan or a deadline ("the slick was expected to wash ashore on Friday", "ministers are to meet on
    Thursday", "exemptions were set to expire Tuesday"): a day the story's events happened is told by a sentence that
    says they happened (issue 20). The sentences naming the day are read before the day is given up (eighth session:
    the day tariff exemptions were extended, named by 13 sentences, was lost because its two best-ranked sentences
    told of the deadline)."""
    told = [t for t in (*naming, *entry.sentences) if t not in used and _tells(t) and not _not_happened(t)]
    if topical is not None:  # a sentence off the pile's topic tells no key date (issue 20, twenty-second session)
        told = [t for t in told if topical(t)]
        if not told:
            return None
    # ... one that tells something happened first (nineteenth session, on fresh stories: a line on why an old song still
    # matters, a blog's update stamp and a transcript's header told days something happened on).
    # Preferred only: a day none of whose sentences reads so stays key (dropping it lost a real day on dev, told by
    # "Ross is not signed for a sequel", and the days in photo captions told in the present).
    happened = [t for t in told if _happening(t)]
    # ... and among those, one naming the day in a side phrase last: a participle telling of someone or something else
    # ("the body of a worker killed in the quake on 12 January has been identified": the day is the quake's, the news
    # the finding's; twentieth session, a fresh late pile's origin day).
    side = [t for t in happened if _side_day(t, tuple((a, b) for a, b, day in (days_at or {}).get(t, ())
                                                      if day == entry.date))]
    told = [t for t in happened if t not in side] + side + [t for t in told if t not in happened]
    # ... a sentence a reader can read alone first, as the brief's and the timeline's (eighth session: a virus
    # strain's description glued to the headline after it, "... pandemic Current treatments ...", told a key date).
    text = next((t for t in told if stands_alone(t)), told[0] if told else None)
    if text is None and any(_not_happened(t) for t in entry.sentences):
        return None
    return text or next((t for t in entry.sentences if t not in used and not _FURNITURE.search(t)), None)


_SAYING = frozenset("say tell report announce confirm warn claim state add insist deny accuse urge vow".split())


@lru_cache(maxsize=4096)
def _happening(text: str) -> bool:
    """Does the sentence tell that something happened: a head verb in the past ("rode", "was flagged down"), the
    present perfect ("has flown"), a happening under way ("are fleeing", "is being used"), or a saying ("agencies
    say")? A sentence whose head is in the simple present of being or having ("The anthem is still loved by the
    town ...", "A stronger storm holds far more energy ..."), or that has no verb ("( Update 3:30 a.m. in Varna )"),
    tells none. The heads are each sentence's root and the verbs joined to it (the project's spaCy model)."""
    from ..nlp import load_pipeline

    for sentence in load_pipeline()(text).sents:
        for head in (sentence.root, *(c for c in sentence.root.children if c.dep_ == "conj")):
            if _happened_verb(head):
                return True
    return False


def _happened_verb(head) -> bool:
    """Does this verb (a spaCy token) tell that something happened (see ``_happening``)?"""
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return False  # "would have sailed", "could reach"
    if head.tag_ == "VBD":
        return True
    if head.tag_ == "VBN" and any(c.lemma_ == "have" or c.tag_ in ("VBD", "VBG") for c in aux):
        return True  # "has flown", "was flagged down", "is being used"
    if head.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux):
        return True  # "are fleeing"
    return head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in _SAYING  # "agencies say"


_ON_THE_DAY = frozenset({"on", "in", "at", "during", "since", "of"})  # prepositions putting a happening on the day
_MAX_CLIMB = 12  # tokens walked up from a day's words to the verb it goes with


@lru_cache(maxsize=4096)
def _side_day(text: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Is every day named at ``spans`` of ``text`` told in a side phrase: the first verb up the parse from the day's
    words, through prepositions putting a thing on the day only, a past participle with no auxiliary of its own that
    heads no sentence ("a worker killed in the quake on 12 January", "the ferry lost on 4 May")? False when no span is given or the
    parse reaches no verb that way (a day the parser hangs on a noun is not held against the sentence)."""
    if not spans:
        return False
    from ..nlp import load_pipeline

    parsed = load_pipeline()(text)
    for start, end in spans:
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        for _ in range(_MAX_CLIMB):
            if token.pos_ in ("VERB", "AUX") or token.head is token:
                break
            if token.i not in range(span.start, span.end) and (token.pos_ != "ADP" or token.lower_ not in _ON_THE_DAY):
                return False
            token = token.head
        aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        # a bare participle that is no sentence's head (the parser may hang "killed in the quake on 12 January" off the
        # noun as "acl" or, misread, as a clause subject)
        # (not a present participle: the parser hangs a day's phrase on one it follows, "vessels transiting the gulf on
        # Friday", where the day is the main verb's; 2 of 2 such changes on dev and fdev were no better)
        if aux or token.pos_ != "VERB" or token.tag_ != "VBN" or token.dep_ in ("ROOT", "conj", "ccomp"):
            return False
    return True


# A key date is a day the story's events happened (issue 20): within the days its reports were
# published (and a week before the first, for the event that started it), and told by at least
# two independent sources (naming the day, or published on it); a sidebar's old date, a forecast
# past the last report, a day one report names in passing are not key.
KEY_DAYS_BEFORE = 7
KEY_MIN_SOURCES = 2
# An earlier day is key when at least a third of the story's sources, and this many, name it (issue 20; in the
# 41 real stories, 4 days a week or more before the first report had 3 sources or more: 2 key, 2 acceptable).
KEY_CENTRE_MIN = 3
# ... and it is within this many days before the first report: the story's own start (the bpoil blowout, 57 and 86
# days before), not a storm of years ago that every report recalls; up to KEY_ORIGIN_DAYS back when a majority of the
# story's sources name it (the story's origin within its year: in the 52 real stories, only the bpoil blowout, 7 of
# 10 sources 141 days on and 8 of 9 at 86; an obituary's birth date had 6 of 14).
KEY_CENTRE_DAYS = 120
KEY_ORIGIN_DAYS = 365


def _story_days(documents: list[Document], timexes: list[Timex], sources: Sources,
                min_sources: int = KEY_MIN_SOURCES, reader: Callable | None = None) -> set[str] | None:
    """The days that may be key dates; None when no report is dated, even by its content."""
    published = [d for d in (_day(x.published.date or x.published.latest or x.published.earliest)
                             for x in documents) if d]
    if not published:
        return None
    last = max(published)
    # The story starts with its first report whose day is known; a report known only to be no earlier than
    # a day its text names (an obituary's birth date) does not stretch the story back to that day. With no
    # report of a known day, the story is no earlier than the latest such bound: its reports came out
    # together, after every day any of them names (issue 20: a birth date of 1923 was a key date).
    known = [d for d in (_day(x.published.date) for x in documents) if d]
    bounds = [d for d in (_day(x.published.earliest) for x in documents) if d]
    first = min(known) if known else max(bounds) if bounds else min(published)
    dated = [d for d in (_day(x.published.date) for x in documents if x.published.basis != "content") if d]
    if not dated:  # only dated by what they say: the last day they name is no bound on what happened next
        last = date.max
    named, own, telling = _day_support(documents, timexes, sources, reader or read_days)
    support: dict[date, set[str]] = defaultdict(set)
    for found in (named, own):
        for day, who in found.items():
            support[day] |= who
    # A day long before the reports is key when the coverage centres on it: a third of the story's
    # sources name it (the blowout that a spill's later reports all go back to), not one sidebar.
    n_sources = len({sources.key(d.id) for d in documents})
    centre = max(KEY_CENTRE_MIN, -(-n_sources // 3))
    # ... and up to KEY_ORIGIN_DAYS back when most of them name it (a report on a blowout's inquiry 141 days on: 7 of 10).
    majority = max(KEY_CENTRE_MIN, n_sources // 2 + 1)
    # ... or when no day is named by more of its sources: the happening the coverage follows, told weeks on by a pile of
    # one outlet's reports, each on its own angle (issue 20, nineteenth session: a fresh pile of 14 reports of one outlet
    # written two weeks after an earthquake; the quake day was named by 4 of them, a third would be 5, and the reports'
    # own days were the key dates).
    before = date.fromordinal(first.toordinal() - KEY_DAYS_BEFORE)
    most = max((len(who) for day, who in named.items() if day < before), default=0)
    # The story's words are read only when some early day may be its origin (a story of 1,000 reports has none).
    words = _story_words(documents, sources) if most >= KEY_CENTRE_MIN else set()
    return {day.isoformat() for day, who in support.items()
            if len(who) >= min_sources and (date.fromordinal(first.toordinal() - KEY_DAYS_BEFORE) <= day <= last
                                               or first.toordinal() - KEY_CENTRE_DAYS <= day.toordinal() < first.toordinal()
                                               and (len(who) >= centre or _origin(named.get(day, ()), most,
                                                                                   telling.get(day, ()), words))
                                               or first.toordinal() - KEY_ORIGIN_DAYS <= day.toordinal() < first.toordinal()
                                               and len(named.get(day, ())) >= majority)}


def _origin(naming: set[str], most: int, telling: Iterable[tuple[str, str]], words: set[str]) -> bool:
    """Is a day over a week before the story's first report its origin: named, as a day something happened, by
    KEY_CENTRE_MIN sources or more, by as many as name any other day that early (``most``), and told as the happening
    the story is about: two of its sources' sentences naming it share a word most of the story's sources use (``words``:
    "when the quake hit the coast on 3 March", "the earthquake of 3 March")?"""
    if len(naming) < KEY_CENTRE_MIN or len(naming) < most:
        return False
    by_word: dict[str, set[str]] = defaultdict(set)
    for source, text in telling:
        for word in _heads(_stems(text), words) & words:
            by_word[word].add(source)
    return any(len(who) >= 2 for who in by_word.values())


# A word's head is the word it ends with ("earthquake": "quake", "gunfire": "fire"), when the story uses it alone too.
HEAD_MIN = 4


def _heads(stems: set[str], vocabulary: set[str]) -> set[str]:
    """The stems with the heads of compounds among them that ``vocabulary`` holds."""
    return stems | {w[i:] for w in stems for i in range(1, len(w) - HEAD_MIN + 1) if w[i:] in vocabulary}


# What the story is about: the words at least this share of its sources use (stop words, days and months left out).
STORY_WORD_SHARE = 0.5
_CALENDAR = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                "august september october november december today yesterday week month year".split())


def _story_words(documents: list[Document], sources: Sources) -> set[str]:
    """The stems that at least STORY_WORD_SHARE of the story's sources use, with the heads of its compounds."""
    used: dict[str, set[str]] = defaultdict(set)
    stems = [(sources.key(d.id), _stems(d.text)) for d in documents]  # each report's stems read once
    for source, words in stems:
        for word in words:
            used[word].add(source)
    vocabulary = set(used)
    for source, words in stems:
        for word in _heads(words, vocabulary) - words:
            used[word].add(source)
    n = len({sources.key(d.id) for d in documents})
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    common = _stems(" ".join(_CALENDAR)) | _stems(" ".join(ENGLISH_STOP_WORDS)) | set(ENGLISH_STOP_WORDS)
    return {w for w, who in used.items()
            if len(who) >= STORY_WORD_SHARE * n and w not in common and len(w) >= 3 and w.isalpha()}


@dataclass
class DayReading:
    """What the key dates read of one report, a function of the report alone (its text, sentences, publication day
    and time expressions): whether its lead tells of its own day (``own``), or its lead naming no day to be checked
    against the other reports (``lead``), and each day its sentences tell something happened on, with the sentence
    (``named``: ISO day, sentence; in the report's order). Kept per report by an update (issue 17)."""
    document: str
    own: bool
    lead: str | None
    named: list[tuple[str, str]]


def day_timexes(timexes: Iterable[Timex]) -> dict[str, list[Timex]]:
    """Each report's time expressions that may name a day it tells of, in order."""
    by_document: dict[str, list[Timex]] = defaultdict(list)
    for t in timexes:
        if not t.rule.startswith("clock time"):  # "struck at about 7 p.m." names no day: the report's is assumed
            by_document[t.document].append(t)
    return by_document


def code_key() -> str:
    """The source of the modules a ``DayReading`` is worked out by, hashed: readings kept by other code are never
    reused."""
    from .. import furniture
    from ..sourcehash import source_key
    from . import direction, events

    return source_key(__file__, furniture.__file__, direction.__file__, events.__file__)


def read_days(documents: list[Document], by_document: dict[str, list[Timex]]) -> list[DayReading]:
    """Each report's ``DayReading`` (``by_document``: ``day_timexes``)."""
    out = []
    for d in documents:
        day = _day(d.published.date)
        mine = _without_stamps(d, by_document.get(d.id, []))
        named_days = sentence_days(d, mine)
        own, lead_text = False, None
        if day is not None and _lead_tells_own_day(d, named_days, mine, day):
            lead = _lead(d, named_days, mine)
            if lead is None or lead[1]:  # no lead, or one naming its day
                own = True  # a report tells of its own day (issue 20)
            else:
                lead_text = lead[0].text
        named: list[tuple[str, str]] = []
        for sentence, days in zip(d.sentences, named_days):
            if _aside(sentence, mine):
                continue
            if _not_happened(sentence.text):
                continue  # a forecast's or a plan's day is not a day something happened
            if days and _CHRONOLOGY_ENTRY.match(sentence.text):
                continue  # a sidebar's chronology line: its day is not the report's news
            said = _attributed_days(d.text, sentence, mine)
            for day_named in days:
                if day_named in said:
                    continue  # "..., Allen said Thursday.": the day of a statement about the story, not of its events
                if day is not None and day_named > day:
                    continue  # a day still to come when the report was written ("resume Monday") has not happened
                named.append((day_named.isoformat(), sentence.text))
        out.append(DayReading(d.id, own, lead_text, named))
    return out


def _day_support(documents: list[Document], timexes: list[Timex], sources: Sources,
                 reader: Callable[[list[Document], dict[str, list[Timex]]], list[DayReading]] = read_days
                 ) -> tuple[dict[date, set[str]], dict[date, set[str]], dict[date, list[tuple[str, str]]]]:
    """Per day, the sources that tell of something that happened on it: (those naming it in a sentence that
    is no date line, quote or forecast, and not after the report's own day; those whose lead tells of the
    day they were published; and the (source, sentence) pairs naming each day). ``reader``: ``read_days``, or one that
    takes an old report's reading from the store."""
    named: dict[date, set[str]] = defaultdict(set)
    own: dict[date, set[str]] = defaultdict(set)
    telling: dict[date, list[tuple[str, str]]] = defaultdict(list)
    told: list[tuple[date, str, str, date]] = []  # (report's day, source, sentence, day named) of each day named
    leads: list[tuple[date, str, str]] = []  # (the report's day, source, lead) of each lead naming no day
    readings = {r.document: r for r in reader(documents, day_timexes(timexes))}
    for d in documents:
        day, reading, source = _day(d.published.date), readings[d.id], sources.key(d.id)
        if day is not None and reading.own:
            own[day].add(source)
        elif day is not None and reading.lead is not None:
            leads.append((day, source, reading.lead))
        for value, text in reading.named:
            day_named = date.fromisoformat(value)
            named[day_named].add(source)
            telling[day_named].append((source, text))
            if day is not None:
                told.append((day, source, text, day_named))
    for day, source, lead in leads:
        if not _retold(lead, day, source, told, named):
            own[day].add(source)  # a report tells of its own day (issue 20)
    return named, own, telling


def _without_stamps(document: Document, timexes: list[Timex]) -> list[Timex]:
    """The report's time expressions but the dates of a page's timestamp glued before a sentence ("The Guardian
    Monday 14 March 2005 11.02 GMT Two Dutch officers are to face an inquiry ..."): the day the page went up, not a
    day the story's events happened (eighth session: a morning paper's own day, whose lead tells of the night before,
    was key in two test13 stories). A date is the stamp's when a clock time with its zone follows it
    (``furniture.stamp_spans``)."""
    if not timexes:
        return timexes
    from bisect import bisect_left

    stamps: list[tuple[int, int]] = []
    starts = sorted(t.start for t in timexes)
    for sentence in document.sentences:
        i = bisect_left(starts, sentence.start)
        if i == len(starts) or starts[i] >= sentence.end:
            continue  # no time expression in the sentence
        stamps += [(sentence.start + a, sentence.start + b) for a, b in stamp_spans(sentence.text)]
    if not stamps:
        return timexes
    return [t for t in timexes if not any(0 <= a - t.end <= 3 and t.end <= b for a, b in stamps)]


_ATTRIBUTED = re.compile(r"\b(?:said|says|told (?:reporters|journalists|the [\w ]{1,30}?)|added)\s*,?\s*(?:on\s+|late\s+|early\s+)?$",
                         re.I)


def _attributed_days(text: str, sentence, timexes) -> set[date]:
    """The days a sentence names only as the day its teller spoke ("Allen said Thursday", "she told reporters
    on Friday"): each expression right after a verb of saying."""
    out = set()
    for t in timexes:
        if sentence.start <= t.start < sentence.end and _ATTRIBUTED.search(text, max(sentence.start, t.start - 40),
                                                                            t.start):
            d = _day(t.value)
            if d is not None:
                out.add(d)
    return out


# A line of a sidebar's chronology: the day first, then a dash or a colon and what happened ("October 18 - The
# minister arrives in the capital", "18 Oct: Rebels take the port"). A report's chronology goes back over the months
# before its news; its days are no sign the coverage is about them (issue 20, eighteenth session: a chronology's
# day of a visit was a key date with one other source). Photo captions were tried too and dropped: the captions of an
# undated story were the only sentences giving its news conference's day, a key date, and no false key date went.
_CHRONOLOGY_ENTRY = re.compile(
    r"\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
    r"(?:,?\s+\d{4})?\s*(?:[-–—:]\s)", re.I)


def _dateline(sentence, timexes) -> bool:
    """A page's date line ("Sat Nov 12 2011, 01:19 hrs", "Last updated on: November 11, 2011 19:04 IST"):
    a line that is a date and little else, or says when the page was posted or updated."""
    text = sentence.text
    for t in timexes:
        if sentence.start <= t.start < sentence.end:
            text = text.replace(t.text, " ")
    return len(re.findall(r"[A-Za-z]{2,}", text)) < 4 or _POSTED.match(sentence.text) is not None


_POSTED = re.compile(r"\s*(?:last )?(?:posted|published|updated|modified)\b", re.I)


def _aside(sentence, timexes) -> bool:
    """A sentence whose day does not make the day key (issue 20): a date line names the day the page
    went up, and a quotation's day is the speaker's aside ("She came up for the weekend on Friday.");
    the days of the story's events are also told outside quotes."""
    return _dateline(sentence, timexes) or sentence.text.lstrip()[:1] in "\"“'‘"


def _lead(document: Document, named_days, timexes):
    """The report's lead and the days it names: its first sentence that tells something, past the date lines
    and the headlines; None when it has none."""
    for sentence, days in zip(document.sentences, named_days):
        # A page's header glued before it ("The Guardian Monday 14 March 2005 11.02 GMT Two Dutch officers ...")
        # is cut off first, as the brief does (``furniture.lead_of``): the sentence after it is the lead (eighth session).
        text = lead_of(sentence.text) or sentence.text
        if text.startswith("http") or _dateline(sentence, timexes) or not _tells(text) or _headline(text):
            continue
        return sentence, days
    return None


def _lead_tells_own_day(document: Document, named_days, timexes, day: date) -> bool:
    """Does the report's lead (its first sentence that tells something, past the date lines and headlines) tell of
    its publication day, naming it or no day at all? A lead that names another day ("An Indian warship
    on Thursday intercepted...") tells of that day, so a report published the day after does not make
    its own day key (issue 20: a sentence with no date stood for it)."""
    lead = _lead(document, named_days, timexes)
    return lead is None or not lead[1] or day in lead[1]


# A headline is no lead (issue 20: "Hollywood's mermaid Esther Williams dies", a report of the next day, made that
# day key): a line with no closing stop, or one in title case ("Swimmer And Actress Dies Aged 91.").
_TITLE_SMALL = set("a an and as at but by for from in into of on or the to with vs via".split())


def _headline(text: str) -> bool:
    text = text.rstrip()
    if not text.endswith((".", "!", "?", '"', "”", "'", "’", ")")):
        return True
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if w.lower() not in _TITLE_SMALL]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# A report's lead naming no day tells of the report's own day only when it tells something new: a lead that
# retells what another source's report of an earlier day told of a day (of the week before, and named by two sources)
# is a follow-up
# (issue 20: "LaRue ... died of coronary artery disease", the day after the reports of his death; "Indian navy has
# foiled a piracy attempt", two days after the attack). Retelling: at least RETOLD_WORDS content words shared, and
# at least RETOLD_OVERLAP of the shorter sentence's.
RETOLD_OVERLAP = 0.4
RETOLD_WORDS = 3
RETOLD_DAYS = 7
_STEM_WORD = re.compile(r"[a-z0-9][a-z0-9'-]+")


def _stems(text: str) -> set[str]:
    out = set()
    for w in _STEM_WORD.findall(text.lower()):
        w = w.strip("'-")
        if w in _STOP or len(w) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s", "d"):  # "dies", "died" -> "di"; "killed", "kills" -> "kill"
            if w.endswith(suffix) and len(w) - len(suffix) >= 2:
                w = w[:-len(suffix)]
                break
        out.add(w)
    return out


# What a lead gives as background ("Soldiers are leading rescue operations after a 6.1 magnitude earthquake hit Aceh"):
# its news is the clause before (issue 20: the rescue's day, ECB+ 37, was taken for a retelling of the quake's).
_BACKGROUND = re.compile(r"\b(?:after|following|since|in the wake of|in response to|a day after|days after)\b", re.I)


def _retold(lead: str, day: date, source: str, told: list[tuple[date, str, str, date]],
            named: dict[date, set[str]]) -> bool:
    words = _stems(_BACKGROUND.split(lead, maxsplit=1)[0])
    if not words:
        return False
    for published, who, sentence, earlier in told:
        if who == source or published >= day or not 0 < (day - earlier).days <= RETOLD_DAYS \
                or len(named.get(earlier, ())) < KEY_MIN_SOURCES:
            continue
        other = _stems(sentence)
        shared = len(words & other)
        if shared >= RETOLD_WORDS and shared >= RETOLD_OVERLAP * min(len(words), len(other)):
            return True
    return False


_NOT_HAPPENED = re.compile(r"\b(?:will|shall|would|is due|are due|plans? to|planned to|upcoming|scheduled|"
                           r"(?:is|are|was|were) (?:set|expected|due|scheduled|likely|bound) to|(?:is|are) to|"
                           r"forecasts?|deadline|expires?|expiring)\b", re.I)


# A past reporting or announcing verb: what it says may be to come, the saying itself happened.
_REPORTED = (r"(?:announced|said|agreed|confirmed|signed|unveiled|disclosed|revealed|told|declared|stated|"
             r"reported|published)")
_DAY_WORDS = re.compile(r"\b(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)", re.I)
_SAID_BEFORE = re.compile(rf"\b{_REPORTED}\s+(?:(?:on|late|early|last)\s+)?$", re.I)
_SAID_AFTER = re.compile(rf"^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:that\s+)?{_REPORTED}\b", re.I)
_SAID_ANYWHERE = re.compile(rf"\b{_REPORTED}\b", re.I)


def _not_happened(sentence: str) -> bool:
    """Does the sentence tell of a day to come or a day planned (a forecast, a meeting, a deadline)?
    Not when its day goes with a past announcement ("AMD today announced it will acquire SeaMicro", "the
    trip ... will go ahead, the White House confirmed Thursday", "the company said on Wednesday it will cut
    jobs"): the announcing happened that day (issue 20)."""
    m = _NOT_HAPPENED.search(sentence)
    if m is None:
        return False
    for day in _DAY_WORDS.finditer(sentence):
        if _SAID_BEFORE.search(sentence, 0, day.start()) or _SAID_AFTER.match(sentence[day.end():]):
            return False  # "confirmed Thursday", "on Wednesday announced"
        if day.start() < m.start() and _SAID_ANYWHERE.search(sentence, 0, m.start()) and \
                _NOT_HAPPENED.search(sentence, 0, day.start()) is None:
            return False  # "AMD today announced it ... will"
    return True


def _tells(sentence: str) -> bool:
    """A sentence that tells something: not a headline question, a fragment, or the page's own furniture (a header
    ending in the agency's dateline, "PARIS | Fri Oct 8, 2010 5:25 pm EST PARIS ( Reuters ) -")."""
    return not sentence.rstrip().endswith("?") and len(sentence.split()) >= 6 and not _FURNITURE.search(sentence)


def _summarize(reports: list[_Report], select: Select, n_dates: int, n_sentences: int,
               start: date | None, end: date | None, named_first: bool = False,
               fitted: dict | None = None) -> list[DatedEntry]:
    """``fitted``: a dict shared by calls over the same reports, start and end, which holds the TF-IDF once fitted
    (None when only stop words: nothing to summarise)."""

    def inside(d: date) -> bool:
        return (start is None or start <= d) and (end is None or d <= end)

    if start is not None or end is not None:
        pool = [r for r in reports if r.published is not None and inside(r.published)]
    else:
        pool = list(reports)
    sentences = [s for r in pool for s in r.sentences]
    if not pool or n_dates <= 0 or not sentences:
        return []
    fitted = {} if fitted is None else fitted
    if "vectorizer" not in fitted:
        fitted["vectorizer"] = _fit(sentences)
    vectorizer = fitted["vectorizer"]
    if vectorizer is None:  # only stop words
        return []
    mentioned, published = candidates_by_date(pool, inside)

    out: list[DatedEntry] = []
    for d in rank_dates(pool, inside):
        if len(out) >= n_dates:
            break
        # One candidate per distinct sentence (wire copies and page furniture repeat verbatim).
        holders: dict[str, list[str]] = {}
        named = mentioned.get(d, [])
        for doc_id, s in (named if named_first and named else
                          date_candidates(named, published.get(d, []), vectorizer)):
            holders.setdefault(s, []).append(doc_id)
        # The candidate names the last report holding the sentence, as the evaluated system did.
        candidates = [_Candidate(ids[-1], s, 0, len(s), 0) for s, ids in holders.items()]
        chosen = select(candidates, Sources(), n_sentences)
        if chosen:
            texts = [c.text for c, _ in chosen]
            out.append(DatedEntry(d.isoformat(), texts, list(dict.fromkeys(i for s in texts for i in holders[s]))))
    return out


def _fit(sentences: list[str]):
    """The TF-IDF of the sentences (English stop words left out); None when they hold only stop words."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(stop_words="english", lowercase=True)
    try:
        return vectorizer.fit(sentences)
    except ValueError:  # only stop words
        return None


def rank_dates(pool: list[_Report], inside: Callable[[date], bool]) -> list[date]:
    """The days ``inside`` allows, most salient first.

    A day's score: how many reports name it (a day-level time expression), plus
    PUBLISHED_WEIGHT per report published on it. Ties (frequent: scores are small
    integers and halves) go to the day named by more sentences, then the earlier day.
    """
    named_by: dict[date, set[str]] = defaultdict(set)
    mentions: Counter[date] = Counter()
    published_on: Counter[date] = Counter()
    for r in pool:
        if r.published is not None:
            published_on[r.published] += 1
        for days in r.days:
            for d in set(days):
                if inside(d):
                    named_by[d].add(r.id)
                    mentions[d] += 1
    scores = {d: len(named_by.get(d, ())) + PUBLISHED_WEIGHT * published_on.get(d, 0)
              for d in set(named_by) | set(published_on) if inside(d)}
    return sorted(scores, key=lambda d: (-scores[d], -mentions[d], d))


def knee(values: list[float]) -> int:
    """Index of the point of a descending curve farthest from the line joining its ends."""
    import numpy as np

    n = len(values)
    if n < 3:
        return 0
    points = np.column_stack([np.arange(n, dtype=float), np.asarray(values, dtype=float)])
    line = points[-1] - points[0]
    norm = np.linalg.norm(line)
    if not norm:
        return 0
    line /= norm
    offsets = points - points[0]
    along = offsets @ line
    return int(np.argmax(np.linalg.norm(offsets - np.outer(along, line), axis=1)))


def candidates_by_date(pool: list[_Report], inside: Callable[[date], bool]
                       ) -> tuple[dict[date, list[tuple[str, str]]], dict[date, list[tuple[str, str]]]]:
    """news-tls's PM_Mean first pass: per day, (report, sentence) pairs that mention it and that were published on it.

    A sentence belongs to the first day ``inside`` allows that it names; a sentence naming
    no such day, among the first LEAD_SENTENCES + 1 of its report (news-tls's
    ``j <= clip_sents``), belongs to the day the report was published and the day before
    (``pub_end=2``).
    """
    mentioned: dict[date, list[tuple[str, str]]] = defaultdict(list)
    published: dict[date, list[tuple[str, str]]] = defaultdict(list)
    for r in pool:
        for j, (sentence, days) in enumerate(zip(r.sentences, r.days)):
            named = [d for d in days if inside(d)]
            if named:
                mentioned[named[0]].append((r.id, sentence))
            elif j <= LEAD_SENTENCES and r.published is not None:
                for back in range(PUBLISHED_DAYS):
                    published[date.fromordinal(r.published.toordinal() - back)].append((r.id, sentence))
    return mentioned, published


def date_candidates(mentioned: list[tuple[str, str]], published: list[tuple[str, str]], vectorizer
                    ) -> list[tuple[str, str]]:
    """news-tls's PM_Mean second pass: when a day has both kinds of sentence, keep those close to
    the words both kinds share (cosine above the knee of the sorted similarities)."""
    import numpy as np
    from sklearn.metrics.pairwise import cosine_similarity

    if not (mentioned and published):
        return mentioned + published
    x_m = vectorizer.transform([s for _, s in mentioned])
    x_p = vectorizer.transform([s for _, s in published])
    c_m, c_p = np.asarray(x_m.sum(axis=0)).ravel(), np.asarray(x_p.sum(axis=0)).ravel()
    centre = np.where((c_m > 0) & (c_p > 0), c_m / len(mentioned) + c_p / len(published), 0.0)[None, :]
    sims = np.concatenate([cosine_similarity(centre, x_m)[0], cosine_similarity(centre, x_p)[0]])
    threshold = sims[knee(sorted(sims, reverse=True))]
    kept = [c for c, sim in zip(mentioned + published, sims) if sim > 0 and sim > threshold]
    return kept or mentioned + published


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
