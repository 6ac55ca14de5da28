"""Tallies told as "N-M" (``records.tally_of``): win-loss records, scores and a fighter's knockouts, compared tally with
tally, every figure of it at once (issue 20, sixth session).

- Agreement: the same tally, whole ("9-14", "45-7-2"), told by two or more independent sources at most
  MAX_DAYS_APART publication days apart. Two or three figures equal at once is one fact, whoever the words name as
  its holder ("the 76ers (9-14)", "a disappointing 9-14 start"), but a record never agrees with a score ("19-12
  all-time" and "a 19-12 lead": two facts; fifteenth session). Knockouts (one figure) agree only of one holder.
- Conflict: the records of one holder (the name the tally is told beside: "Klitschko (52-3, 46 KOs)", "Klitschko's
  record to 53-3") that differ by at most MAX_TALLY_GAP in each figure, from independent sources of the same day
  (a record moves with each game: a day later it is an update), and the knockouts of one holder likewise. A record
  of a part ("4-4 away", "8-1 in games decided by one score") or of another time ("the 2008 Chiefs") names no
  holder, so it is never a side; a score is never a side (a game has many scores: 7-0, 13-3 at the half, 20-13).
- A figure that is a side of a conflict is shown there, with every source of each side, not again as an agreement.
"""

from __future__ import annotations

import re

from ..records import Claim, Finding, Sources, tally_of
from .agreements import _agreeing
from .basis import MAX_DAYS_APART
from .compare import _independent
from .moments import _day_number, apart_beyond
from .wording import _agree_text, _conflict_text, _evidence

# A holder's record told twice the same day differs by a game or two when one report counts the night's game and
# another not (52-3 / 53-3; 43-1 / 45-1); further apart it is another record (the season's 10-5, one-score games 8-1).
MAX_TALLY_GAP = 2

_WORDS = {"win-loss record": "the win-loss record", "score": "the score", "knockouts": "the knockouts"}


def tally_figures(c: Claim) -> tuple[int, ...]:
    """The figures of a tally as written: "45-7-2" -> (45, 7, 2); one figure for knockouts."""
    return tuple(int(n) for n in re.findall(r"\d+", c.text))


def _tallies(claims: list[Claim], sources: Sources, labels: dict[str, str],
             published: dict[str, str | None]) -> tuple[list[Finding], list[Finding]]:
    """(agreements, conflicts) among the tally claims of a story."""
    tallies = [(c, tally_of(c.subject)) for c in claims]
    tallies = [(c, t) for c, t in tallies if t is not None and c.value is not None]

    def near(a: Claim, b: Claim) -> bool:
        """Told at most MAX_DAYS_APART apart, of no two different holders ("the Houston Texans (12-3)" and "the
        Broncos are 12-3": two records; "the 76ers (9-14)" and "a disappointing 9-14 start": one)."""
        ha, hb = (tally_of(c.subject) for c in (a, b))
        named = ha is not None and hb is not None and _named(a) and _named(b)  # both named right beside the tally
        return (not apart_beyond(_day_number(published.get(a.document)), _day_number(published.get(b.document)),
                                 MAX_DAYS_APART) and not (named and ha[1].lower() != hb[1].lower()))

    def same_day(a: Claim, b: Claim) -> bool:
        return not apart_beyond(_day_number(published.get(a.document)), _day_number(published.get(b.document)), 0)

    conflicts: list[Finding] = []
    by_holder: dict[tuple[str, str], list[Claim]] = {}
    for c, (kind, holder, _) in tallies:
        if holder is not None and kind != "score":
            by_holder.setdefault((kind, holder.lower()), []).append(c)
    for (kind, holder), group in sorted(by_holder.items()):
        per_source: list[Claim] = []  # a report's first tally of the holder, one report per independent source
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            if all(c.document != o.document and _independent(sources, c, o) for o in per_source):
                per_source.append(c)
        by_figures: dict[tuple[int, ...], list[Claim]] = {}
        for c in per_source:
            by_figures.setdefault(tally_figures(c)[:2], []).append(c)
        if len(by_figures) < 2:
            continue
        # The most told tally against the others close to it, told the same day by another source.
        head = max(by_figures, key=lambda f: (len(by_figures[f]), f))
        sides = [by_figures[head]] + [cl for f, cl in sorted(by_figures.items()) if f != head
                                      and len(f) == len(head) and max(abs(x - y) for x, y in zip(f, head)) <= MAX_TALLY_GAP
                                      and any(same_day(a, b) for a in cl for b in by_figures[head])]
        if len(sides) < 2:
            continue
        involved = [c for cl in sides for c in cl]
        documents = sorted({c.document for c in involved})
        what = f"{_WORDS[kind]} of {tally_of(group[0].subject)[1]}"  # type: ignore[index]
        told = " and ".join(f"“{'-'.join(map(str, f))}”" for f in [tally_figures(cl[0])[:2] for cl in sides])
        conflicts.append(Finding("quantity", _evidence(involved), documents,
                                 _conflict_text(what, sides, labels) + f" Basis: {what}, the name each tally is told "
                                 f"beside, told as {told} on the same day; every figure of a tally is compared, and a "
                                 f"record of a part or of another season is never a side.", sources.count(documents)))

    in_conflict = {(i.document, i.start) for f in conflicts for i in f.items}
    agreements: list[Finding] = []
    by_tally: dict[tuple, list[Claim]] = {}
    for c, (kind, holder, beside) in tallies:
        if (c.document, c.start) in in_conflict:
            continue
        if kind == "knockouts":
            if holder is not None and beside:
                by_tally.setdefault((kind, holder.lower(), tally_figures(c)), []).append(c)
        else:
            # A record and a score are two facts though their figures are equal (issue 20, fifteenth session: "the Jays
            # are 19-12 all-time in the quarterfinal round" is no witness of "a 7-0 run took them to a 19-12 lead").
            by_tally.setdefault(("tally", kind, tally_figures(c)), []).append(c)
    for (kind, holder, figures), group in sorted(by_tally.items()):
        if kind == "tally" and len(figures) < 2:
            continue
        for kept in _agreeing(group, sources, near):
            documents = sorted({c.document for c in kept})
            tally = "-".join(map(str, figures))
            what = (f"the knockouts of {tally_of(kept[0].subject)[1]}" if kind == "knockouts"
                    else f"the tally “{tally}”")
            basis = (f"Basis: {what}, the name each figure is told beside" if kind == "knockouts" else
                     f"Basis: {_told_as(kept)} “{tally}”, every figure of it the same")
            agreements.append(Finding("quantity", _evidence(kept), documents,
                                      _agree_text(what, kept, labels) + f" {basis}, told at most {MAX_DAYS_APART} day "
                                      "apart.", sources.count(documents)))
    return agreements, conflicts


def _named(c: Claim) -> bool:
    """Is the tally's holder named right beside it: "the Houston Texans (12-3)", or the subject of its verb "to be",
    "the Broncos are 12-3" (fifteenth session: a record read near a name is a guess, "Cheeks was fired after a 9-14
    start", but not when the name is what the sentence says is 9-14)."""
    told = tally_of(c.subject)
    if told is None or told[1] is None:
        return False
    return told[2] or re.search(rf"\b{re.escape(told[1])}\s+(?:are|is|were|was|stand|stood|sit|sat)\s+(?:at\s+)?"
                                rf"{re.escape(c.text)}\b", c.sentence) is not None


def _told_as(claims: list[Claim]) -> str:
    kinds = {tally_of(c.subject)[0] for c in claims}  # type: ignore[index]
    return "a win-loss record" if kinds == {"win-loss record"} else "a score" if kinds == {"score"} else \
        "a tally (a record or a score)"
