"""Reconcile, whether two figures can be compared: their intervals (bounds and rounding), the independence of
their sources, whose figure each is, and every test of a pair together (``_comparable_claims``)."""

from __future__ import annotations

import functools
import math
import re

from ..records import Claim, Entity, Place, Sources
from .memo import per_figure
from .basis import ABOUT_TOLERANCE, EXACT_TOLERANCE, MAX_DAYS_APART, MAX_RATIO, basis_key, developing, measure, subject_key
from .moments import _day_number, _same_time, apart_beyond
from .happening import means_apart
from .scope import _alias_index, _clause, _clause_of, _content, _names, _same_local_scope, _same_scope, bearings_apart
from .spans import SPAN_KEY, SPAN_MIN_OVERLAP, SPAN_MIN_SHARED, same_relation, span_thing

# Imported from here by tests of other branches (defined in ``moments``); new code imports it from there.
from .moments import _past_month  # noqa: E402,F401


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def interval(claim: Claim) -> tuple[float, float]:
    n = claim.normalized
    low, high = _interval(n.value, n.value_max, n.unit, claim.value, claim.bound)
    if claim.bound == "about" and n.value is not None and n.value > 0 and just_under(claim):
        # "almost 90%", "nearly 235,000": just under the figure, not either side of it (issue 20, eleventh session:
        # "turnout was almost 90%" agreed with "turnout reached 93.87 percent", ECB+ Turkmenistan, dev)
        high = min(high, n.value)
    return low, high


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def just_under(claim: Claim) -> bool:
    """Is the figure told as just under its number ("almost 90%", "nearly 235,000")?"""
    return _JUST_UNDER.match(claim.text) is not None


_JUST_UNDER = re.compile(r"\s*(?:almost|nearly|just\s+(?:under|below|shy\s+of|short\s+of))\b", re.I)


# Issue 17: asked for each pair of figures compared (a million times in a story of 1,000 reports), of
# few distinct figures as written: worked out once a figure. ``interval`` reads only these five fields.
@functools.lru_cache(maxsize=65536, typed=True)
def _interval(value: float | None, value_max: float | None, unit: str | None, written: float | None,
              bound: str) -> tuple[float, float]:
    v = value if value is not None else written
    if v is None:
        return (-math.inf, math.inf)
    measured = unit not in (None, "%") and not (unit or "").isupper()
    if bound == "range" and value_max is not None:
        return (v, value_max)
    if bound == "at_least":
        # "more than 26,000" is below the next round figures (26,000-28,000), not any larger number;
        # "at least 14" dead early on leaves the toll open.
        # The round figure is the number as written, not as converted: "over 40 years" is 14,610 days, open
        # above like "over 40", not a figure of 14,610-14,630 days (issue 20, round 6).
        w = written if written else v
        if w >= 1000 and w == int(w):
            step = 10 ** (len(str(int(w))) - len(str(int(w)).rstrip("0"))) * (v / w)
            return (v, v + 2 * step)
        return (v, math.inf)
    if bound == "at_most":
        return (0.0, v)
    if bound == "exact" and unit == "day" and written is not None and written == int(written) \
            and SPAN_WHOLE[0] <= abs(written) < SPAN_WHOLE[1]:
        # A span told as a whole number of its unit, in two digits, is that number (issue 20, twelfth session): "43
        # days" and "45 days", "41 years" and "a 42-year rule", "a 77-minute" and "an 80-minute news conference" are two
        # values, not one rounded ("45" read as 42.5-47.5 days, "80" as 70-90 minutes, 2% joining 41 and 42 years).
        # One digit keeps its rounding ("one minute" is not 59.4-60.6 seconds). SPAN_TOLERANCE keeps a unit's
        # conversions one value: "30 days" and "a month" (30.4 days), "52 weeks" and "a year".
        return (v * (1 - SPAN_TOLERANCE), v * (1 + SPAN_TOLERANCE))
    tolerance = ABOUT_TOLERANCE if bound == "about" else (EXACT_TOLERANCE if measured else 0.0)
    if written and (measured or (abs(written) >= 100 and _rounding(written) >= 10)):
        # A measurement is rounded as written: "35 miles" is 32.5-37.5 miles, "60 km" 55-65 km; so is
        # a round count of hundreds ("600 were killed" and "612 people").
        # Half a step, open at its ends: "about 3 miles" (2.5-3.5) and "four miles" (3.5-4.5) only
        # touch, and are two figures (issue 20).
        # At most ROUNDING_CAP either side (issue 20, ninth session): "about 200m" is not any fall of 150-250 m, and
        # "one minute" not any span of 30-90 seconds; a round figure names its value to within an eighth.
        tolerance = max(tolerance, min(_rounding(written) / 2 / abs(written), ROUNDING_CAP) * (1 - 1e-9))
    return (v * (1 - tolerance), v * (1 + tolerance))


ROUNDING_CAP = 0.125
SPAN_WHOLE, SPAN_TOLERANCE = (10, 100), 0.01  # a span of 10 to 99 units, told exact: its value within 1%


def _rounding(written: float) -> float:
    """The rounding step of a figure as written: 35 -> 5, 60 -> 10, 1,500 -> 100, 12 -> 1, 2.5 -> 0.5."""
    if written != int(written):
        # Written out, not repr: repr(0.00001) is "1e-05", which has no decimal point.
        decimals = len(f"{float(written):.12f}".rstrip("0").split(".")[1]) or 1
        return 10.0 ** -decimals
    digits = str(abs(int(written)))
    zeros = len(digits) - len(digits.rstrip("0"))
    step = 10.0 ** zeros
    return step * 5 if digits.rstrip("0")[-1:] == "5" and len(digits.rstrip("0")) > 1 else step


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _independent(sources: Sources, a: Claim, b: Claim, through_copies: bool = False) -> bool:
    """Independent sources for this pair of figures: not one source by ``Sources`` (copies, and whatever
    else it knows of), and not one passage pasted into both (the same sentence word for word)."""
    if sources.same_source(a.document, b.document):
        return False
    # Passage-level reuse, where ``Sources`` knows it (issue 14): a figure inside a passage both
    # reports carry word for word is one witness.
    passages_at = getattr(sources, "passages_at", None)
    if passages_at is not None:
        # With ``through_copies`` (an agreement: is there a shared passage behind both?), also a passage
        # one report shares with a copy, or another report of the same source, of the other: AFP's
        # paragraph on ahram.org.eg, where ndtv.com carries AFP's text (issue 20, round 3).
        for x, y in ((a, b), (b, a)):
            if x.end > x.start and any(d == y.document or (through_copies and d != x.document and
                                                           sources.same_source(d, y.document))
                                       for p in passages_at(x.document, x.start, x.end) for d in p.documents):
                return False
        # An agreement's two witnesses: a figure within WIRE_WINDOW characters of a wire passage its report
        # shares with the other's source (through copies too) is that text's, even where the figure's own
        # sentence was edited ("three other explosions" / "three further explosions") (issue 20, round 4).
        wire_related = getattr(sources, "wire_related", None)
        if through_copies and wire_related is not None and any(
                x.end > x.start and wire_related(x.document, y.document, (x.start, x.end), WIRE_WINDOW)
                for x, y in ((a, b), (b, a))):
            return False
    if not a.sentence.strip():
        return True
    if through_copies and _shared_run(a.sentence, b.sentence):
        return False  # an agreement's two witnesses carry one text (issue 20, session 5)
    return _passage(a.sentence) != _passage(b.sentence) and not _rewritten(a, b)


# Independent writers do not share this many words in a row: two sentences that do carry one text, lightly edited
# ("A judge on Saturday sentenced the man who killed four people in/during a brazen courthouse escape to multiple
# life sentences with no chance of parole"), or one speaker's words quoted twice: one witness (issue 20, session 5).
WIRE_RUN = 8


def _shared_run(x: str, y: str) -> bool:
    """Do the two sentences share WIRE_RUN or more words in a row (case and marks aside)?"""
    return bool(_runs(x) & _runs(y))


@functools.lru_cache(maxsize=65536)  # as _passage: asked per pair, of few distinct sentences
def _runs(sentence: str) -> frozenset[str]:
    # Runs of words only: a list of figures from one statement ("14 AK-47 rifles, 31 magazines and 923 rounds") is
    # what outlets that each write their own text repeat; the prose around a figure is what a wire carries.
    words = _passage(sentence).split()
    runs = (words[i:i + WIRE_RUN] for i in range(len(words) - WIRE_RUN + 1))
    return frozenset(" ".join(run) for run in runs if not any(w[0].isdigit() for w in run))


# A figure this near (characters) a wire passage its report shares with the other report's source
# is that wire text's figure, for agreements (issue 20, round 4).
WIRE_WINDOW = 200

REWRITE_OVERLAP = 0.8  # of the shorter sentence's content words


REWRITE_MIN_SHARED = 5


def _rewritten(a: Claim, b: Claim) -> bool:
    """One passage lightly edited into two reports ("three other explosions at 3 p.m. (1200 GMT)" and
    "three further explosions at 3 p.m. (1200 GMT)"): most content words of the shorter sentence are
    in the other, and so are its other figures (a time, a second distance), which an edit keeps and
    independent writers rarely repeat. Independent writers tell a figure in their own words (issue 20)."""
    wa, wb = _content_once(a.sentence), _content_once(b.sentence)
    shared = len(wa & wb)
    if shared < REWRITE_MIN_SHARED or shared / max(1, min(len(wa), len(wb))) < REWRITE_OVERLAP:
        return False
    own = set(re.findall(r"\d+", a.text)) | set(re.findall(r"\d+", b.text))
    others = (set(re.findall(r"\d+", a.sentence)) & set(re.findall(r"\d+", b.sentence))) - own
    return any(not re.fullmatch(r"(?:19|20)\d\d", n) for n in others)  # a year is background, not a detail


@functools.lru_cache(maxsize=65536)  # asked for each pair of figures compared, of few distinct sentences (issue 17)
def _content_once(sentence: str) -> frozenset[str]:
    return frozenset(_content(sentence))


@functools.lru_cache(maxsize=65536)  # as _content_once
def _passage(sentence: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", sentence.lower()))


class _Aliases:
    """The story's alias index, with each sentence's names and content words worked out once:
    ``_comparable`` is asked about many pairs, and a story of thousands of reports has
    thousands of aliases to look for in each sentence."""

    def __init__(self, pairs: list[tuple[str, str]], countries: dict[str, str] | None = None,
                 places: "dict[str, Place] | None" = None, texts: dict[str, str] | None = None):
        self.pairs = pairs
        # The point, country and first-level division of each place of the story (gazetteer, entities stage), and each
        # report's cleaned text by its id (issue 20s, twentieth session: the place a figure is of, its sentence's, else
        # its paragraph's, ``scope._figure_places``). Both empty when a step is called with neither.
        self.places = places or {}
        self.texts = texts or {}
        # The country (ISO2) each place of the story lies in, where the entities stage placed it (issue 20, sixteenth
        # session: figures told of places in two different countries are two scopes, ``scope._countries_apart``).
        self.countries = countries or {}
        self._names: dict[str, set[str]] = {}
        # Aliases by their first two characters (every alias has two or more): a sentence is
        # searched only for the aliases that start with a pair of characters it holds (issue 17).
        self._by_head: dict[str, list[int]] = {}
        for n, (alias, _) in enumerate(pairs):
            self._by_head.setdefault(alias[:2], []).append(n)
        self._short = {head for head in self._by_head if len(head) < 2}  # always looked for, as before
        # Issue 20, round 6: the people a text names, and whose each figure is (``_holders``), worked out once.
        self._person_pairs = [(alias, e) for alias, e in pairs if e.startswith("person:")]
        # (issue 17) the people's aliases by their first two characters, as ``_by_head``: a text is searched only for
        # those that start with a pair of characters it holds (an alias shorter than two, always)
        self._people_by_head: dict[str, list[tuple[str, str]]] = {}
        for alias, e in self._person_pairs:
            self._people_by_head.setdefault(alias[:2], []).append((alias, e))
        self._people_short = [head for head in self._people_by_head if len(head) < 2]
        self._people: dict[str, set[str]] = {}
        self.holders: dict[tuple[str, str], frozenset[str]] = {}

    def names(self, sentence: str) -> set[str]:
        if sentence not in self._names:
            heads = {sentence[i:i + 2] for i in range(len(sentence) - 1)}
            found = sorted(n for h in (heads | self._short) & self._by_head.keys() for n in self._by_head[h])
            # ``_names`` over the aliases the sentence may hold, in their order: the same answer.
            self._names[sentence] = _names(sentence, [self.pairs[n] for n in found])
        return self._names[sentence]

    def content(self, sentence: str) -> frozenset[str]:
        return _content_once(sentence)

    def people(self, text: str) -> set[str]:
        """The people of the story named in ``text`` (entity ids), each found by any of its names (worked out
        once a text: asked for each pair of figures compared)."""
        if text not in self._people:
            heads = {text[i:i + 2] for i in range(len(text) - 1)}
            heads.intersection_update(self._people_by_head)
            heads.update(self._people_short)
            self._people[text] = {e for head in heads for alias, e in self._people_by_head[head]
                                  if alias in text and re.search(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", text)}
        return self._people[text]


def story_aliases(entities: "list[Entity] | None", documents: "list | None" = None) -> "_Aliases":
    """The story's alias index (``scope._alias_index`` of its entities), with each sentence's names worked out once.
    The driver builds it once a run and hands it to reconcile's three steps (``reconcile_claims``, ``find_differences``,
    ``find_updates``: their ``aliases`` parameter), so that each sentence's names are found once, not once a step
    (issue 17); a step called alone builds its own. With ``documents``, a figure whose sentence names no place is of
    the place its paragraph named last (issue 20s)."""
    return _Aliases(_alias_index(entities or []), {e.id: e.place.country for e in entities or []
                                                  if e.place is not None and e.place.country
                                                  and e.id.startswith(("gpe:", "loc:"))},
                    {e.id: e.place for e in entities or [] if e.place is not None and e.id.startswith(("gpe:", "loc:"))},
                    {d.id: d.text for d in documents or []})


def _comparable_claims(a: Claim, b: Claim, published: dict[str, str | None], aliases: "_Aliases",
                       max_days: int = MAX_DAYS_APART) -> bool:
    """Told about the same moment (publication days at most ``max_days`` apart) in similar words."""
    if apart_beyond(_day_number(published.get(a.document)), _day_number(published.get(b.document)), max_days):
        return False
    return _comparable_told(a, b, published, aliases)


def _comparable_told(a: Claim, b: Claim, published: dict[str, str | None], aliases: "_Aliases") -> bool:
    """``_comparable_claims`` but for the date gap, which the caller has tested (``moments.apart_beyond``)."""
    if _ratio(a, b) > (MAX_MEASURE_RATIO if measure(a) == "measurement" else MAX_RATIO) and not _none_against_some(a, b):
        return False
    if _is_magnitude(a) and abs((a.normalized.value or 0.0) - (b.normalized.value or 0.0)) > MAX_MAGNITUDE_GAP:
        return False
    if not _same_time(a, b, published):
        return False
    if measure(a) == "count" and _running_total(a) != _running_total(b) and not developing(subject_key(a) or ""):
        return False
    if _is_magnitude(a):
        # A quake's magnitude belongs to the quake, not to the places each report names around it
        # (Sonoma County, Lake County, Northern California): the same time and a close value say it.
        return True
    if not _same_local_scope(a, b) or bearings_apart(a, b):
        return False
    if means_apart(a, b, subject_key(a) or ""):
        return False  # the dead of snipers' fire and those of a shelling (issue 20, seventeenth session)
    if subject_key(a) == SPAN_KEY and not same_relation(a, b):
        return False  # "after eight days of clashes" and "killed eight days ago" (issue 20, tenth session)
    spans = subject_key(a) == SPAN_KEY and same_span(a, b)
    if subject_key(a) == SPAN_KEY and not spans:
        # (issue 20, round 6) Two spans that say they measure one thing ("a six-month-old war", "six months of
        # fighting") need no alike sentences; others do.
        # "the quake shook Banda Aceh for 15 seconds" and "the quake shook Banda Aceh for about a
        # minute": a span of time is compared only with one told of the same happening in like words.
        wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
        shared = len(wa & wb)
        if shared < SPAN_MIN_SHARED or shared / max(1, min(len(wa), len(wb))) < SPAN_MIN_OVERLAP:
            return False
    # "The initial tremor lasted just over 10 seconds" is a part of the shaking "the tremor lasted 30
    # seconds" tells of: a span of the first, second or last of a happening is not the span of the whole
    # (issue 20, round 5).
    if not _same_holder(a, b, aliases):
        return False
    if subject_key(a) == SPAN_KEY and _ordinals(_clause_before(a)) != _ordinals(_clause_before(b)):
        return False
    return _same_scope(a, b, aliases, clause=spans, alike=not spans)


# Who tells a figure is not whose it is: a name right before or after a word of saying is the teller's.
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|telling|according to|reported|reports|added|stated|announced|"
                     r"confirmed|quoted|wrote|writes)\b", re.I)
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)


def _holders(c: Claim, aliases: "_Aliases") -> frozenset[str]:
    """Whose figure this is, by the people named in its clause who do not tell it ("Wayne had five catches",
    "Charles had 226 yards on 22 carries"); "?" for a person told by a pronoun only ("he managed nine carries");
    empty when the clause names no one. Worked out once a figure (asked for each pair compared)."""
    key = (c.sentence, c.text)
    if key not in aliases.holders:
        aliases.holders[key] = _holders_of(c, aliases)
    return aliases.holders[key]


def _holders_of(c: Claim, aliases: "_Aliases") -> frozenset[str]:
    clause = _clause(c)
    people = set()
    for person in aliases.people(clause):
        names = [alias for alias, e in aliases.pairs if e == person and alias in clause]
        if not any(_SPEECH.search(clause[max(0, clause.find(n) - 30):clause.find(n) + len(n) + 30]) for n in names):
            people.add(person)
    if people:
        return frozenset(people)
    at = c.sentence.find(c.text)  # "He ended the day with 205 yards and 6 carries": the pronoun of the sentence
    return frozenset({"?"}) if _PERSON_PRONOUN.search(c.sentence[:at] if at >= 0 else clause) else frozenset()


def _same_holder(a: Claim, b: Claim, aliases: "_Aliases", strict: bool = False) -> bool:
    """Figures of two different people are two figures (issue 20, round 6): "Wayne had five catches" and "Allen
    had three catches". With ``strict`` (for a conflict), a person named against one told by a pronoun is not known
    to be the same either ("Charles had 22 carries", "he had 6 carries")."""
    ha, hb = _holders(a, aliases), _holders(b, aliases)
    if not strict:
        ha, hb = ha - {"?"}, hb - {"?"}
    return not (ha and hb and not ha & hb)


def same_span(a: Claim, b: Claim) -> bool:
    """Two spans of time told as the length of the same thing (``spans.span_key``; issue 20, round 6)."""
    head = span_thing(a)
    return head is not None and head == span_thing(b)


_ORDINAL = re.compile(r"\b(initial|first|second|third|final|last|main|opening)\s+(?:[a-z]+\s+)?(?=[a-z])", re.I)


def _ordinals(text: str) -> set[str]:
    return {m.group(1).lower() for m in _ORDINAL.finditer(text)}


def _clause_before(c: Claim) -> str:
    """The figure's clause up to the figure, without "for the second time" (once more, not a part): where
    an ordinal says whose span it is ("the initial tremor lasted 10 seconds"), not "to his second wife"."""
    clause = _clause(c)
    at = clause.find(c.text)
    return re.sub(r"\bfor the (?:first|second|third|last|final) time\b", " ", clause[:at] if at >= 0 else clause, flags=re.I)


# Two estimates of one length or distance differ by a little (42 and 50 miles, 20 and 26 miles); a
# figure three times another is another distance ("the office is 15 miles north of Detroit", "a
# motorist 50 miles north of Detroit").
MAX_MEASURE_RATIO = 2.0


# Agencies' magnitudes of one quake differ by tenths (4.4 and 4.6, 5.9 and 6.1); a whole unit apart is
# another quake: an aftershock, a past quake, the region's usual tremors.
MAX_MAGNITUDE_GAP = 1.0


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def _is_magnitude(c: Claim) -> bool:
    return c.normalized.unit is None and "magnitude" in (subject_key(c) or "")


# A total over many happenings ("in their five operations so far ... 923 rounds", "a total of 31
# magazines") is another measure than one happening's figure (300 rounds in Thursday's operation); a toll
# "so far" is the toll, so counts that develop are left to ``developing`` (issue 20, round 3).
_TOTAL = re.compile(r"\b(?:so far|thus far|to date|a total of|in total|in all|altogether|cumulative(?:ly)?|"
                    r"all told)\b", re.I)


# A clause of its own, with its own subject, after a contrast or a semicolon: words of a total there tell of what that
# clause says, not of the figure ("Police in 19 states are following sightings, but the agency says so far none is
# credible": the 19 states are no total; issue 20, seventeenth session, read on the dev misses).
_OWN_CLAUSE = re.compile(r";|,\s+(?:but|while|whereas|although|though)\s|\s(?:but|whereas)\s")


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def _running_total(c: Claim) -> bool:
    return _TOTAL.search(_contrast_clause(c)) is not None


def _contrast_clause(c: Claim) -> str:
    """The figure's sentence cut to the figure's side of a contrast or a semicolon (``_OWN_CLAUSE``)."""
    return _clause_of(c.sentence, c.text, _OWN_CLAUSE)


# One end of a spread of figures ("counts ranging from just under 40 to more than 55", "between 25 and 60"):
# no source states it as the figure, so it is neither a value of a progression nor a side of a conflict
# or an agreement (issue 20, round 4).
_SPREAD_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)
_SPREAD_AFTER = re.compile(r"^\s*(?:to|and)\s+(?:(?:just\s+)?(?:over|under|more than|less than|about|around|some|"
                           r"nearly|almost|at least|as many as)\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|"
                           r"seven\b|eight\b|nine\b|ten\b|a dozen\b|dozens\b|hundreds\b)", re.I)


_SPREAD_HIGH = re.compile(r"\b(?:from|between)\s+(?:[a-z]+\s+){0,3}[\d][\d,.]*\s+(?:[a-z]+\s+)?(?:to|and)\s+$", re.I)


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def _spread_end(c: Claim) -> bool:
    """The figure is one end of a spread "from X to Y" (or "between X and Y") told as two figures."""
    at = c.sentence.find(c.text)
    if at < 0:
        return False
    before = c.sentence[:at]
    if _SPREAD_HIGH.search(before):
        return True  # the high end: "from just over 70 to [more than 90]"
    return _SPREAD_BEFORE.search(before) is not None and _SPREAD_AFTER.search(c.sentence[at + len(c.text):]) is not None


def figure_groups(claims: list[Claim]) -> dict[tuple[str, str | None, str], list[Claim]]:
    """The story's figures by basis key: those with a key and a value, not one end of a spread (what reconcile
    compares, and what ``meet_groups`` joins for conflicts)."""
    groups: dict[tuple[str, str | None, str], list[Claim]] = {}
    for c in claims:
        basis = basis_key(c)
        if basis is None or c.normalized.value is None or _spread_end(c):
            continue
        groups.setdefault(basis, []).append(c)
    return groups


def _none_against_some(a: Claim, b: Claim) -> bool:
    """"No one was killed" against "12 killed": a zero told as a figure (an exact count of none) and a count
    of the same thing are one measure, though no ratio joins them (issue 20, round 5)."""
    values = sorted([a.normalized.value or 0.0, b.normalized.value or 0.0])
    zero = a if (a.normalized.value or 0.0) == 0 else b
    return (values[0] == 0 < values[1] and zero.bound == "exact" and a.normalized.unit is None
            and b.normalized.unit is None)


def _ratio(a: Claim, b: Claim) -> float:
    va, vb = abs(a.normalized.value or 0.0), abs(b.normalized.value or 0.0)
    if not va or not vb:
        return 1.0 if va == vb else math.inf
    return max(va, vb) / min(va, vb)
