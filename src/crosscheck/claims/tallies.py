"""Claims, tallies told as "N-M": a win-loss record ("the Sixers (9-14)", "Klitschko's record to 52-3", "a 162-139
mark") or a game's score ("an 88-72 loss", "beat the Chiefs 20-13"), with whose record it is, and the knockouts told
beside a fighter's record ("(52-3, 46 KOs)").

The quantity finder reads "9-14" as a range or leaves it out (a score is no range); here each tally becomes one claim:
its text the whole tally as written ("45-7-2"), its value the first figure (the wins, the winner's points), its subject
what it is and whose ("win-loss record of Klitschko", "score"), so that reconcile compares a record only with a
record (the same holder's, for a conflict) and a score with a score, every figure of the tally at once (issue 20,
sixth session: test9's boxers' records 52-3 vs 53-3 and 43-1 vs 45-1, the 76ers' 9-14 in twelve reports, were never
claims). Read from the words around the tally only: what follows it ("record", "start", "loss", "lead"), what
precedes it (a name and a bracket or a comma, "record to", "improved to", "beat the Chiefs").
"""

from __future__ import annotations

import re

from ..records import TALLY_KINDS, Normalized
from .find import Quantity

# A tally: two or three whole numbers joined by hyphens, standing alone (not in a word, a URL, a date, a season
# "2008-09", a decimal, a range of a unit: "10-15 miles" is followed by its unit, which no rule below accepts).
TALLY = re.compile(r"(?<![\w.,$£€/#:'’-])(\d{1,3})-(\d{1,3})(?:-(\d{1,3}))?(?![\w%/'’-]|[.,]\d)")

RECORD, SCORE, KNOCKOUTS = TALLY_KINDS  # a claim's subject: "<kind>[ of <holder>]" (records.tally_of reads it)

# What the words right after a tally say it is.
_SCORE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:win|victory|loss|defeat|setback|lead|tie|rout|triumph|decision|halftime|"
                          r"edge|deficit|score|scoreline|shutout|thrashing|drubbing)\b", re.I)
_RECORD_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:record|mark|start|season|finish|campaign)\b", re.I)
# A name (or "76ers"), maybe possessive, then a bracket or a comma, then maybe an earlier tally of the same bracket:
# "Klitschko (52-3", "Wladimir Klitschko, 53-3", "The Colts (10-5, 4-4".
_NAME_BEFORE = re.compile(r"(?:^|[^\w'’-])(?P<name>[A-Z][\w'’.-]*[a-z]|\d+ers)(?:'s|’s)?\s*(?:\(|,)\s*"
                          r"(?:\d{1,3}-\d{1,3}(?:-\d{1,3})?,\s*)?$")
_SCORE_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeat|defeats|lost|lose|loses|losing|won|win|wins|top|tops|"
                           r"topped|dispatched|trailing|trailed|leading|led|tied(?:\s+the\s+game)?(?:\s+at)?|tie|score\s+"
                           r"(?:was\s+)?(?:tied\s+)?(?:at\s+)?|behind|up(?!\s+(?:at|to)\b)|victory|halftime)"
                           r"(?:\s+(?:to|over|against|by|at))?(?:\s+(?:the\s+)?(?:[A-Z][\w.'’-]*|\d+ers)){0,3},?\s+$")
_RECORD_BEFORE = re.compile(r"\b(?:(?:record|mark)\s+(?:of|to|at|is|was|stands\s+at|now\s+at)?|improv\w*\s+(?:\w+\s+){0,3}?to|"
                            r"(?:fell|falls|fall|falling|dropped|drops|drop|dropping|moved|moves|rose|rises|climbed|slipped|"
                            r"slumped)\s+(?:\w+\s+){0,2}?to|wound\s+up\s+at|finished\s+at|(?:sitting|standing|stands|stand|"
                            r"floundering|slumping|struggling|underachieving|languishing|is|are|was|were|went|gone|opened|"
                            r"started)\s+(?:(?:just|now|only|at|a\s+(?:disappointing|dismal)?)\s+)*)\s*$", re.I)
# A tally of one part of a record ("4-4 away", "8-1 in games decided by one score", "10-5-2 with one no contest since
# ...", "284-286 lifetime"), or of another time ("the 2008 Chiefs", "a year ago", "last season"): no holder's current
# record, so never the side of a conflict.
_PART_AFTER = re.compile(r"^\)?\s*(?:in|on|away|home|road|against|since|lifetime|over|after|before|during|when|through|"
                         r"with\s+(?:one|a|two)\s+no|as\s+a|at\s+home|this|last|vs\.?|versus)\b", re.I)
_OTHER_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|previous|prior|a\s+year\s+ago|year\s+before|year\s+prior|"
                         r"the\s+year\s+before|once|career|all-time|lifetime|overall)\b", re.I)
# Words a capitalised word of the clause may be that are no holder.
_NOT_HOLDERS = {"the", "a", "an", "but", "and", "he", "she", "it", "they", "his", "her", "their", "in", "on", "at", "after",
                "before", "with", "since", "currently", "today", "now", "then", "when", "while", "this", "that", "nba",
                "nfl", "ibf", "wbc", "wbo", "ibo", "wba", "afc", "nfc", "monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday", "former", "heavyweight", "champion", "coach", "by", "for", "of"}
_CAPITALISED = re.compile(r"(?<![\w'’-])([A-Z][\w'’.-]*[a-z]|\d+ers)(?:'s|’s)?(?![\w'’-])")
# Knockouts told beside a fighter's record: "(52-3, 46 KOs)", "52-3 with 46 KOs", "52-3 with a remarkable 46 wins by
# knockout".
_KNOCKOUTS_AFTER = re.compile(r"^(?:,\s*|\s+with\s+(?:a\s+(?:[a-z]+\s+)?)?)(?P<n>\d{1,3})\s*(?:KO['’]s|KOs?|knockouts|"
                              r"wins\s+by\s+knockout|knockout\s+wins)\b", re.I)


def tally_quantities(text: str) -> list[Quantity]:
    """Each tally of ``text`` that its words say is a record or a score, as one Quantity (value: its first figure;
    subject: ``win-loss record[ of|near HOLDER]`` or ``score``), and the knockouts told beside a record
    (``knockouts[ of|near HOLDER]``). Other "N-M" (a range, a code) are left to the quantity finder."""
    out: list[Quantity] = []
    for m in TALLY.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()), max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())))
        before = text[max(line_start + 1, m.start() - 80):m.start()]
        after = text[m.end():m.end() + 60]
        kind, holder, beside = _kind(before, after)
        if kind is None:
            continue
        figures = [int(g) for g in m.groups() if g is not None]
        if kind == SCORE and len(figures) == 3:
            continue  # a score has two figures
        if kind == RECORD and holder is not None and (_PART_AFTER.match(after) or _OTHER_TIME.search(_clause(before))):
            holder = None
        subject = kind if holder is None else f"{kind} {'of' if beside else 'near'} {holder}"
        value = float(figures[0])
        out.append(Quantity(m.start(), m.end(), m.group(0), value, None, None, "exact", Normalized(value, None, None),
                            subject=subject))
        ko = _KNOCKOUTS_AFTER.match(after) if kind == RECORD else None
        if ko is not None:
            start, end = m.end() + ko.start("n"), m.end() + ko.end()
            n = float(ko.group("n"))
            out.append(Quantity(start, end, text[start:end], n, None, None, "exact", Normalized(n, None, None),
                                subject=KNOCKOUTS if holder is None else f"{KNOCKOUTS} {'of' if beside else 'near'} {holder}"))
    return out


def _kind(before: str, after: str) -> tuple[str | None, str | None, bool]:
    """(record, score or None; the record's holder as written, or None; whether the holder is named right beside
    the tally, or only the last name of its clause)."""
    if _SCORE_AFTER.match(after) or _SCORE_BEFORE.search(before):
        return SCORE, None, False
    name = _NAME_BEFORE.search(before)
    if name is not None and name.group("name").lower() not in _NOT_HOLDERS:
        return RECORD, _holder_word(name.group("name")), True
    if _RECORD_AFTER.match(after) or _RECORD_BEFORE.search(before):
        return RECORD, _nearest_holder(before), False
    return None, None, False


def _clause(before: str) -> str:
    return re.split(r"[;:()]|,\s+(?:who|which|where|but|and)\b|\b(?:but|while|whereas)\b", before)[-1]


def _nearest_holder(before: str) -> str | None:
    """The last capitalised word (a name, "76ers") of the tally's clause: whose record it is, as far as words tell."""
    names = [m.group(1) for m in _CAPITALISED.finditer(_clause(before))
             if m.group(1).lower() not in _NOT_HOLDERS]
    return _holder_word(names[-1]) if names else None


def _holder_word(name: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", name).rstrip(".")
