"""One text reused, or two texts sharing passages (issue 14 round 5).

Two reports can pass containment (a third of the smaller's 5-grams in the other) without one deriving from the
other: two reporters quoting one speech, two stories carrying the same background paragraphs. These read what two
reports share as runs of consecutive shared shingles in each report's text order, and tell the two apart for
``copies.verify``. The pairs they turn away keep their shared passages (``copies.passages``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

import numpy as np

from ..records import Document
from .containment import in_sorted
from .passages import _double_apostrophes, positional_shingles

if TYPE_CHECKING:
    from . import CopySettings


def coverage_profile(order: np.ndarray, other: np.ndarray, least: int) -> np.ndarray:
    """Which of a report's distinct shingles (``order``, in text order) lie in runs of at least ``least``
    consecutive shingles found in ``other`` (a sorted set): the text it shares as passages, not stray 5-grams."""
    return _shared_runs(order, other, least)[0]


def _shared_runs(order: np.ndarray, other: np.ndarray, least: int) -> tuple[np.ndarray, int]:
    """(``coverage_profile``, the longest shared run in shingles)."""
    hit = in_sorted(order, other) if len(order) and len(other) else np.zeros(len(order), dtype=bool)
    edges = np.diff(np.r_[0, hit.astype(np.int8), 0])
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    long = ends - starts >= least
    if not long.any():
        return np.zeros(len(order), dtype=bool), 0
    delta = np.zeros(len(order) + 1, dtype=np.int64)
    np.add.at(delta, starts[long], 1)
    np.add.at(delta, ends[long], -1)
    return np.cumsum(delta[:-1]) > 0, int((ends - starts)[long].max())


def shares_passages_only(a: np.ndarray, b: np.ndarray, orders: tuple[np.ndarray, np.ndarray],
                         settings: CopySettings,
                         quoted: tuple[np.ndarray, np.ndarray] | None = None) -> bool:
    """Do two reports that pass containment share passages rather than one text (issue 14 round 5)?

    Coverage is read on the smaller report's distinct shingles in text order: the share lying in shared runs
    (``coverage_profile``). Below ``quoted_below``, a shared part mostly inside quotation marks (``quoted``) is one
    speaker's words both reports quote; below ``partial_below``, a shared part that leaves the smaller's opening out and
    sits in one stretch of the larger is background two stories carry, unless it is broken into ``partial_runs`` runs
    or more: one text edited in many places (two outlets' edits of one wire story, a writethru), not a few paragraphs
    of background."""
    small, large = (0, 1) if len(a) <= len(b) else (1, 0)
    sets = (a, b)
    covered, longest = _shared_runs(orders[small], sets[large], settings.run_shingles)
    share = float(covered.mean()) if len(covered) else 0.0
    if quoted is not None and share < settings.quoted_below:
        common = np.intersect1d(a, b, assume_unique=True)
        if len(common) and all(q is not None and len(q) for q in quoted):
            held = in_sorted(common, quoted[0]) & in_sorted(common, quoted[1])
            if held.mean() >= settings.quoted_share:
                return True
    if share < settings.partial_below and longest < settings.partial_block \
            and (not settings.partial_runs or run_count(covered) < settings.partial_runs):
        lead = covered[:settings.partial_lead_shingles]
        if len(lead) and lead.mean() < settings.partial_lead:
            other = coverage_profile(orders[large], sets[small], settings.run_shingles)
            where = np.flatnonzero(other)
            span = (where[-1] - where[0] + 1) / len(other) if len(where) else 0.0
            opening = other[:settings.partial_lead_shingles]
            if span < settings.partial_span and (not len(opening) or opening.mean() < settings.partial_lead_other):
                return True
    return False


def run_count(covered: np.ndarray) -> int:
    """How many separate shared runs a ``coverage_profile`` holds."""
    return int((np.diff(np.r_[0, covered.astype(np.int8)]) == 1).sum())


_PAIRED = re.compile(r'“[^”\n]{1,3000}”|«[^»\n]{1,3000}»')
_STRAIGHT = re.compile(r'"')
_QUOTE_CHARS = 3000
_OPENS_AFTER = "([{—–-/:,;"  # signs a quotation may start right after ('said:"We', '—"We', '("We')


def quoted_shingles(text: str, size: int = 5) -> np.ndarray:
    """The shingles of a report whose words all lie inside quotation marks (``quote_spans``; doubled apostrophes read
    as double quotes), sorted and unique: what the report quotes."""
    grams, starts, _ = positional_shingles(text, size)
    if not len(grams):
        return np.zeros(0, dtype=np.uint64)
    spans = np.array(quote_spans(_double_apostrophes(text)), dtype=np.int64).reshape(-1, 2)
    if not len(spans):
        return np.zeros(0, dtype=np.uint64)
    at = np.searchsorted(spans[:, 0], starts, side="right") - 1
    inside = (at >= 0) & (starts < spans[np.maximum(at, 0), 1])
    run = np.convolve(inside.astype(np.int64), np.ones(size, dtype=np.int64), mode="valid")[:len(grams)]
    return np.unique(grams[run == size])


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``, sorted and disjoint: a curly or angle pair on one line, and straight
    marks paired by which way each faces. A straight mark followed by a word (not a space, a line end or closing
    punctuation) opens a quotation, any other closes one. Paired in turn as they come, one lost mark (a tokeniser
    that merges a closing and the next opening mark: '... number 12. "I can't wait ...') turned every later quotation
    of the report inside out, its narration read as quoted and its quotes as narration (issue 14, tenth session: two
    quote traps of half A, ECB+ topics 18 and 39, joined as copies). An opening mark with no closing one before the
    next opening mark or the line's end quotes up to there (a quoted paragraph continued in the next one); a closing
    mark with no opening one is left alone."""
    spans = [(m.start(), m.end()) for m in _PAIRED.finditer(text)]
    marks = [m.start() for m in _STRAIGHT.finditer(text)]
    line_ends = [m.start() for m in re.finditer("\n", text)] + [len(text)]  # found once, not once a mark

    def opens(i: int) -> bool:
        # Both sides decide, as smart-quote rules do: a mark after a word or closing punctuation closes, whatever
        # follows it ('"a disaster"—and then', '"comeback kid"-style': review s11); one after a space, a line start or
        # an opening sign, with a word after it, opens.
        after, before = text[i + 1:i + 2], text[i - 1:i] if i else ""
        return (bool(after) and not after.isspace() and after not in '.,;:!?)]}"'
                and (not before or before.isspace() or before in _OPENS_AFTER))

    k = 0
    while k < len(marks):
        i = marks[k]
        k += 1
        if not opens(i):
            continue
        line_end = line_ends[bisect.bisect_left(line_ends, i)]
        nxt = marks[k] if k < len(marks) else line_end
        if nxt < line_end and not opens(nxt):
            end, k = nxt + 1, k + 1  # its closing mark
        else:
            end = min(nxt, line_end)  # unclosed: up to the next opening mark or the line's end
        if end - i <= _QUOTE_CHARS + 1:
            spans.append((i, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def quoted_of(documents: Iterable[Document], settings: CopySettings) -> dict[str, np.ndarray]:
    """Report id -> ``quoted_shingles`` of its text (for the reports some candidate pair holds)."""
    return {d.id: quoted_shingles(d.text, settings.shingle_words) for d in documents}


@dataclass
class Quoted:
    """One report's ``quoted_shingles`` (as ints), kept per report (issue 17: an update shingled every held report's
    quotations again): a function of its text, the shingle size and the code of this module and those it calls."""
    document: str
    shingles: list[int]


def quoted_rows(documents: list[Document], size: int) -> list[Quoted]:
    return [Quoted(d.id, quoted_shingles(d.text, size).tolist()) for d in documents]


def quoted_array(row: Quoted) -> np.ndarray:
    """``quoted_shingles`` again from its kept row: the same sorted unique uint64 array."""
    return np.array(row.shingles, dtype=np.uint64)


def code_key() -> str:
    """The source of the modules ``quoted_shingles`` is worked out by, hashed: a ``Quoted`` kept by other code is never
    reused."""
    from pathlib import Path

    from ..sourcehash import source_key

    # (by path: the package's ``shingles`` is the function, not the module)
    here = Path(__file__)
    return source_key(here, here.with_name("passages.py"), here.with_name("shingles.py"))


def lead_run(order: np.ndarray, other: np.ndarray, first: int) -> int:
    """The longest run of consecutive shingles of a report (``order``: its distinct shingles in text order) found in
    ``other`` (a sorted set) that begins among its first ``first`` shingles: how much of its opening another page
    carries as one block (issue 14, session 5)."""
    if not len(order) or not len(other):
        return 0
    hit = in_sorted(order, other)
    edges = np.diff(np.r_[0, hit.astype(np.int8), 0])
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    early = starts < first
    return int((ends - starts)[early].max()) if early.any() else 0


def carries_opening(a: np.ndarray, b: np.ndarray, openings: tuple[np.ndarray, np.ndarray],
                    orders: tuple[np.ndarray, np.ndarray], settings: CopySettings) -> bool:
    """Does one report carry the other's opening as one block (issue 14, session 5)? A hub, blog index or multi-story
    page holding a story's first paragraph(s) as an excerpt, a page truncated after its opening, a short story whose
    body sits inside a longer page: most of the opening (``lede_open`` of its first ``opening_shingles`` distinct
    shingles) is in the other, and one unbroken run of at least ``lede_run`` shingles (about a paragraph) starting at
    its top (within ``lede_first`` shingles) is. The share of either report this covers may be small (the rest of the
    other page is other items; the rest of the story is not excerpted), so containment never sees it."""
    sets = (a, b)
    for x in (0, 1):
        opening, other = openings[x], sets[1 - x]
        if len(opening) < settings.opening_shingles // 2 or not len(other):
            continue
        if in_sorted(opening, other).mean() < settings.lede_open:
            continue
        if lead_run(orders[x], other, settings.lede_first) >= settings.lede_run:
            return True
    return False
