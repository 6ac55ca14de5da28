"""Conflicts: the sides of a disagreement among independent sources (one statement per source), and
the disagreements one report sets up itself by quoting two tellers."""

from __future__ import annotations

import re

from ..records import Claim, Finding, Sources
from .basis import _DAY_NAMED, _IN_MOTION, developing
from .told import LEVEL
from .spans import SPAN_KEY
from .compare import _Aliases, _comparable_claims, _independent, _overlap, _same_holder, interval
from .moments import _window, same_moment
from .wording import _basis_text, _evidence, _fmt, key_told
from .happening import _same_happening
from .likeness import sure_pair, unsure_finding
from .scope import _content


# The groups of people a share of answers is told of, in polls and votes ("38% of voters", "71 percent of farmers").
_PEOPLE_GROUP = re.compile(r"\b(?:republicans|democrats|independents|voters|electorate|respondents|adults|americans|"
                           r"britons|residents|citizens|people|women|men|latinos|hispanics|evangelicals|conservatives|"
                           r"liberals|moderates|supporters|members|caucus-?goers|primary-?goers|likely voters)\b", re.I)
_PRONOUNS = {"his", "her", "their", "them", "him", "its", "our", "your", "she", "who", "what", "would", "that", "this"}


def shares_unlike(a: Claim, b: Claim, key: str) -> bool:
    """Two shares of one group of people that say different things of them (issue 20, sixteenth session, read on the
    fresh fdev stories' false conflicts; in other words: "38% of voters say worry would be their response" to a pick,
    "71 percent of voters backed her plan" for a levy): each share answers its own question, so the two are compared
    only when their sentences share a word beyond the group, the figure's own words and pronouns."""
    if not _PEOPLE_GROUP.search(key):
        return False
    own = set(key.split()) | {w[:-1] for w in key.split() if w.endswith("s")}
    wa = {w for w in _content(a.sentence) if w not in own and w not in _PRONOUNS}
    wb = {w for w in _content(b.sentence) if w not in own and w not in _PRONOUNS}
    return not wa & wb


# A source's statements of a figure read to find one comparable with another source's (the first is taken otherwise).
PEER_TRIES = 3


def _one_per_source(group: list[Claim], sources: Sources, comparable) -> dict[str, Claim]:
    ordered = sorted(group, key=lambda c: (c.document, c.start))
    per_source: dict[str, Claim] = {}
    tried: dict[str, int] = {}
    for c in ordered:
        source = sources.key(c.document)
        if source in per_source and tried.get(source, 0) == 0:
            continue  # its statement kept has a peer
        if any(not _independent(sources, c, o) for s, o in per_source.items() if s != source):
            continue
        if source not in per_source:
            per_source[source] = c
        elif tried[source] >= PEER_TRIES:
            continue
        # (issue 17: the figures' own test before the sources' (passages read), which passes most pairs; the same answer)
        peer = any(o.document != c.document and comparable(c, o) and _independent(sources, c, o) for o in ordered)
        if peer:
            per_source[source] = c
            tried[source] = 0
        else:
            tried[source] = tried.get(source, 0) + 1
    return per_source


def _conflict_sides(clusters: list[list[Claim]], key: str, comparable) -> list[list[Claim]] | None:
    """The sides of a conflict among clusters of mutually compatible figures, or None: only figures told
    about the same moment and scope as a figure they disagree with, none compatible with the other side."""
    if len(clusters) < 2:
        return None
    # A disagreeing figure only conflicts with those told about the same moment in
    # similar words; the others are updates or other quantities and are left out.
    # The head is the narrowest cluster with a figure it can be compared with (issue 20, ninth session): the narrowest
    # alone may be another thing under the noun ("14 games" last season), and the figures that disagree about this
    # one ("missed 10 games", "missed nine games") were then never set against each other.
    for n, head in enumerate(clusters):
        joined = [cl for j, cl in enumerate(clusters) if j != n and any(comparable(a, b) for a in cl for b in head)]
        if joined:
            clusters = [head] + joined
            break
    else:
        return None
    # Name in a conflict only the figures told about the same moment as some figure they
    # disagree with; a clustered figure from weeks earlier is an update, not part of it.
    clusters = [[c for c in cl if any(comparable(c, o) for other in clusters if other is not cl for o in other)]
                for cl in clusters]
    clusters = [cl for cl in clusters if cl]
    # A figure compatible with a figure of another side ("more than 150" and "about 200") takes
    # no side: it is left out, and the conflict stands only between figures that cannot both be true.
    clusters = _without_sideless(clusters)
    # Every figure named must still face one it is comparable with (same moment, same scope).
    while len(clusters) > 1:
        kept = [[c for c in cl if any(comparable(c, o) for other in clusters if other is not cl for o in other)]
                for cl in clusters]
        kept = [cl for cl in kept if cl]
        if kept == clusters:
            break
        clusters = kept
    if len(clusters) < 2:
        return None
    # A toll told as moving ("bringing the confirmed death toll to 11", "rose to") is a figure in
    # motion: two values of it on one day are successive counts, not a disagreement (issue 20).
    # A running total pinned to a day ("rose to 23 on Sunday") is that day's figure, and compared.
    if developing(key) and any(_IN_MOTION.search(c.sentence) and not _DAY_NAMED.search(c.sentence)
                               for cl in clusters for c in cl):
        return None
    # An estimate told as revised, or as the one it replaced ("raised the crowd estimate to 12,000 people a night", "up
    # from an earlier estimate of 8,000"): the figures are two moments of one estimate, an update, whatever the key
    # (issue 20, eleventh session: the sealed read's false conflicts on Timeline17 were estimates that moved).
    if any(revised(c) for cl in clusters for c in cl):
        return None
    return clusters


# A figure told as a new value of an estimate or as the value it replaced, in the words around it.
_REVISED = re.compile(r"\b(?:revis\w+|raised|rais(?:es|ing)|lowered|lower(?:s|ing)|upped|updated|new(?:est)?\s+"
                      r"(?:\w+\s+)?(?:estimates?|figures?|calculations?|assessments?)|latest\s+(?:\w+\s+)?estimates?|"
                      r"(?:earlier|previous|prior|initial|original|first|old)\s+(?:\w+\s+)?(?:estimates?|figures?)|"
                      r"initially|originally|up\s+from|down\s+from|doubl\w+|tripl\w+|had\s+(?:been\s+)?estimated)\b",
                      re.I)
REVISED_WINDOW = 60  # characters either side of the figure, in its sentence


def revised(c: Claim) -> bool:
    """Is the figure told as a revised value, or as the value a revision replaced?"""
    at = c.sentence.find(c.text)
    if at < 0:
        return False
    return _REVISED.search(c.sentence[max(0, at - REVISED_WINDOW):at + len(c.text) + REVISED_WINDOW]) is not None


# Words that set a figure at another moment than the report's news: "Earlier on Sunday a 5.6 quake jolted the island".
_OTHER_MOMENT = re.compile(r"\b(?:earlier|previous(?:ly)?|prior|the day before|the previous day|last week)\b", re.I)


def _told_apart(sides: list[list[Claim]], group: list[Claim]) -> bool:
    """A report on one side of a conflict that also tells the other side's figure, as of another moment ("a
    magnitude-5.2 quake has injured three people" and, later in the report, "Earlier on Sunday a 5.6 quake jolted the
    island"), says the two figures are of two happenings: no conflict (issue 20, session 5). A report that tells both
    figures with no other moment (two tellers of one happening: "USGS said 6.1, IRNA 5.9") keeps the conflict."""
    for i, side in enumerate(sides):
        others = [o for j, cl in enumerate(sides) if j != i for o in cl]
        for c in side:
            for x in group:
                if (x.document == c.document and x.sentence != c.sentence and _OTHER_MOMENT.search(x.sentence)
                        and not _OTHER_MOMENT.search(c.sentence)
                        and any(_overlap(interval(x), interval(o)) for o in others)):
                    return True
    return False


def _without_sideless(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """Drop, widest first, each figure that fits a figure of another side, until the sides are disjoint."""
    clusters = [list(cl) for cl in clusters]
    while True:
        pairs = [(c, o) for i, cl in enumerate(clusters) for c in cl
                 for other in clusters[i + 1:] for o in other if _overlap(interval(c), interval(o))]
        if not pairs:
            return [cl for cl in clusters if cl]
        width = lambda c: interval(c)[1] - interval(c)[0]  # noqa: E731
        drop = max((x for pair in pairs for x in pair), key=lambda c: (width(c), c.id))
        clusters = [[c for c in cl if c is not drop] for cl in clusters]


# Who a report says tells a figure: the words that open its sentence before a verb of saying ("Residents said 14
# people were killed", "The Interior Ministry put the size ... at 10,000"), or follow "according to".
_TELLER_BEFORE = re.compile(r"^\W*(?:but\s+|and\s+|however,?\s+)?(?P<t>(?:[A-Za-z][\w'’.-]*\s+){0,4}?[A-Za-z][\w'’.-]*)\s+"
                            r"(?:said|says|reported|reports|estimated|estimates|put|puts|told|stated|claimed|counted)\b",
                            re.I)
_TELLER_AFTER = re.compile(r"\baccording to\s+(?P<t>(?:[A-Za-z][\w'’-]*\s*){1,4})", re.I)
# A figure told as expected or forecast is no account of what happened ("the city is expecting winds of 60 mph").
_FORECAST = re.compile(r"\b(?:expect\w*|forecast\w*|predict\w*|project(?:ed|ing|ions?)|could|might|may|would)\b", re.I)
_NO_TELLER = {"the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who"}


def _teller(c: Claim) -> str | None:
    """The teller a report names for a figure, lower case (to compare two tellers); None when none is named (or
    only a pronoun)."""
    words = _teller_words(c)
    return " ".join(w.lower() for w in words) or None


def _teller_words(c: Claim) -> list[str]:
    """The words of the teller a report names for a figure, as the report writes them ("Acting CDC Director
    Richard Besser"): the explanation shows them so, not lower-cased."""
    at = c.sentence.find(c.text)
    m = _TELLER_BEFORE.match(c.sentence)
    told = m["t"] if m and 0 <= m.end() <= at else None
    if told is None and (m := _TELLER_AFTER.search(c.sentence)) is not None:
        told = m["t"]
    return [w for w in re.findall(r"[A-Za-z]+", told or "") if w.lower() not in _NO_TELLER]


# A figure told as the value a count replaced ("confirmed 236 cases, up from 148 yesterday") is an earlier moment of a
# progression, as in ``_conflict_sides``: two tellers' earlier values are no disagreement either (issue 20, eleventh
# session, read on test17's errors, dev since then: WHO's world count "up from 148" against the CDC's US count "up
# from 91").
def _quoted_against(groups: dict, labels: dict[str, str], published: dict[str, str | None],
                    aliases: "_Aliases", unsure: list[Finding] | None = None) -> list[Finding]:
    """Conflicts one report sets up itself (issue 20, round 6): two figures of one measure of one thing, in two
    sentences of the report that name two different tellers ("Residents said 14 people were killed." / "Syrian
    television said eight people were killed."), comparable as any two figures of a conflict, neither a forecast."""
    found = []
    for (kind, unit, key), group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        if key == SPAN_KEY or kind == LEVEL or key.startswith(("part: ", "more ", "possibly ")):
            continue
        by_doc: dict[str, list[Claim]] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            by_doc.setdefault(c.document, []).append(c)
        for doc, told in sorted(by_doc.items()):
            pair = next(((a, b) for i, a in enumerate(told) for b in told[i + 1:]
                         if a.sentence != b.sentence and not _overlap(interval(a), interval(b))
                         and (ta := _teller(a)) and (tb := _teller(b)) and ta != tb
                         and _comparable_claims(a, b, published, aliases, 0) and _window(a) == _window(b)
                         and _same_happening(a, b) and _same_holder(a, b, aliases, strict=True)
                         and same_moment(a, b, published)
                         and not any(_IN_MOTION.search(x.sentence) or _FORECAST.search(x.sentence) or revised(x)
                                     for x in (a, b))),
                        None)
            if pair is None:
                continue
            a, b = pair
            if not sure_pair(a, b, key, published, aliases):  # no positive evidence of like with like (``likeness``)
                if unsure is not None:
                    unsure.append(unsure_finding(kind, key, [[a], [b]], labels, 1, aliases))
                continue
            where = labels.get(doc, doc)
            found.append(Finding(
                "quantity", _evidence([a, b]), [doc],
                f"Sources quoted by {where} disagree on {key_told(key)}: {' '.join(_teller_words(a))} says {_fmt(a)} versus "
                f"{' '.join(_teller_words(b))} says "
                f"{_fmt(b)} — these figures cannot both be true, even allowing for their bounds and rounding. "
                + _basis_text(kind, key, [a, b], published, 0) + " Both are told in one report, each by the teller "
                "it names.", 1))
    return found
