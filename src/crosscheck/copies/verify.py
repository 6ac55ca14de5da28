"""Verification of a candidate pair on exact shingle sets: the one rule every path uses (``verify``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

import numpy as np

from .containment import in_sorted
from .minhash import measure, shared_count
from .overlap import _shared_runs, carries_opening, coverage_profile, shares_passages_only
from .settings import CopySettings


def shared_from(order: np.ndarray, other: np.ndarray) -> float:
    """Where the text a report shares with another begins: the share of its distinct shingles (``order``, in
    text order) that come before the first one found in ``other`` (a sorted set); 1.0 when none is."""
    if not len(order):
        return 1.0
    hit = in_sorted(order, other)
    return float(np.argmax(hit)) / len(order) if hit.any() else 1.0


def opens_into(opening: np.ndarray, other: np.ndarray, least: int) -> float:
    """Share of an opening (of at least ``least`` shingles) found in another report's shingle set."""
    if len(opening) < least or not len(other):
        return 0.0
    return float(in_sorted(opening, other).mean())  # ``other`` is a sorted set: binary search, not np.isin's sort


def verify(a: np.ndarray, b: np.ndarray, settings: CopySettings,
           openings: tuple[np.ndarray, np.ndarray] | None = None,
           orders: tuple[np.ndarray, np.ndarray] | None = None,
           recurring: np.ndarray | tuple | None = None,
           quoted: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[bool, float, float]:
    """(is a copy, Jaccard, containment) of two reports' shingle sets: the one rule every path uses.
    ``openings``: the two reports' openings (``opening_of``), for the opening rule; ``orders``: their distinct
    shingles in text order (``in_text_order``), for the late-start rule (``CopySettings.late_start``);
    ``recurring``: the sorted shingles found in several reports of their outlets (``template_shingles``; one array,
    or one per outlet), for the recurring-block rule (``CopySettings.recurring_share``); ``quoted``: each report's
    shingles inside quotation marks (``quoted_shingles``), for the quotes rule (``CopySettings.quoted_share``)."""
    jaccard, containment, shared = measure(a, b)
    ok = containment >= settings.min_containment and shared >= min(settings.min_shared_shingles, len(a), len(b))
    ok = ok or (containment >= settings.short_share and shared >= settings.short_shared)
    if not ok and openings is not None and containment >= settings.opening_containment \
            and shared >= max(settings.min_shared_shingles, settings.opening_shared):
        least = settings.opening_shingles // 2
        ok = max(opens_into(openings[0], b, least), opens_into(openings[1], a, least)) >= settings.opening_share
    if not ok and openings is not None and orders is not None and settings.lede_run \
            and shared >= settings.lede_run and carries_opening(a, b, openings, orders, settings):
        # One page carries the other's opening as a block: the late-start, recurring-block and shared-passage rules do
        # not apply (the block is the other's top, wherever it sits in this page; a story excerpted on two or three hub
        # pages of its outlet recurs there as furniture does: on half A, checking it lost 6 of 68 lede/embedded copies).
        # Only for pairs the containment rules turn down: applied to every pair, half A gained no copy and 2 false ones.
        return True, jaccard, containment
    if not ok and orders is not None and settings.top_run and shared >= settings.top_run:
        ok = carries_top(a, b, orders, settings)
    if ok and orders is not None and settings.late_start <= 1:
        small, other = (orders[0], b) if len(a) <= len(b) else (orders[1], a)
        start = shared_from(small, other)
        ok = start < settings.late_start
        if ok and start >= settings.recurring_start:
            ok = not _recurring_block(a, b, recurring, settings)
        if not ok and openings is not None and settings.carried_block and shared >= settings.carried_block \
                and carries_opening(a, b, openings, orders, replace(settings, lede_run=settings.carried_block)):
            return True, jaccard, containment  # a long block from the other's top, below this page's own top
    if ok and orders is not None and (quoted is not None or settings.partial_below > 0):
        ok = not shares_passages_only(a, b, orders, settings, quoted)
    if ok and orders is not None and openings is not None and settings.scattered_run:
        ok = not scattered_sentences(a, b, openings, orders, settings)
    return ok, jaccard, containment


def carries_top(a: np.ndarray, b: np.ndarray, orders: tuple[np.ndarray, np.ndarray], settings: CopySettings) -> bool:
    """Does the larger report carry the smaller's top and a long block of it (issue 14, sixteenth session)? At least
    ``top_cover`` of the smaller's first ``partial_lead_shingles`` distinct shingles lie in shared runs, and one shared run
    is ``top_run`` shingles or more (about 85 words), while the longer report's own opening is under ``top_cover``
    shared: a story set as an item below a longer page's own top, or folded into a later story, without its first line
    (a caption, dateline or headline), so that ``carries_opening`` misses it, and without the rest of the story, so
    that containment does not see it."""
    small, large = (0, 1) if len(a) <= len(b) else (1, 0)
    covered, longest = _shared_runs(orders[small], (a, b)[large], settings.run_shingles)
    lead = covered[:settings.partial_lead_shingles]
    if longest < settings.top_run or not len(lead) or lead.mean() < settings.top_cover:
        return False
    # ... set below the longer page's own top: a block at the top of both is a site's header furniture (or the
    # opening rules' case), not an item the page carries
    other = coverage_profile(orders[large], (a, b)[small], settings.run_shingles)[:settings.partial_lead_shingles]
    return bool(not len(other) or other.mean() < settings.top_cover)


def scattered_sentences(a: np.ndarray, b: np.ndarray, openings: tuple[np.ndarray, np.ndarray],
                        orders: tuple[np.ndarray, np.ndarray], settings: CopySettings) -> bool:
    """Do two reports share only sentences scattered through their own accounts (issue 14, ninth session)? No shared
    run of the smaller report longer than about a sentence (``scattered_run`` shingles), its shared text starting past
    its top (``scattered_start`` of its distinct shingles), and neither opening carried (``scattered_open``): the
    background or wire sentences two stories each set in their own text, kept as shared passages, not one text."""
    small, large = (0, 1) if len(a) <= len(b) else (1, 0)
    sets = (a, b)
    if _shared_runs(orders[small], sets[large], settings.run_shingles)[1] >= settings.scattered_run:
        return False
    if shared_from(orders[small], sets[large]) < settings.scattered_start:
        return False
    return max(opens_into(openings[small], sets[large], 1),
               opens_into(openings[large], sets[small], 1)) < settings.scattered_open


def _recurring_block(a: np.ndarray, b: np.ndarray, recurring, settings: CopySettings) -> bool:
    """Is nearly all (``recurring_share``) of what two reports share found in several reports of their outlets
    (``recurring``: one sorted array or a tuple of them): the outlet's furniture, not a copy?"""
    arrays = [r for r in (recurring if isinstance(recurring, tuple) else (recurring,)) if r is not None and len(r)]
    if not arrays:
        return False
    common = np.intersect1d(a, b, assume_unique=True)
    if not len(common):
        return False
    held = np.logical_or.reduce([in_sorted(common, r) for r in arrays])
    return bool(held.mean() >= settings.recurring_share)


def verified_pairs(candidates: Iterable[tuple[str, str]], sets, settings: CopySettings,
                   openings=None, orders=None, recurring=None, quoted=None) -> list[tuple[str, str, float, float]]:
    out = []
    for a, b in sorted(candidates):
        ok, jaccard, containment = verify(sets[a], sets[b], settings, _pair(openings, a, b), _pair(orders, a, b),
                                          _recurring_of(recurring, a, b), _pair(quoted, a, b))
        if ok:
            out.append((a, b, jaccard, containment))
    return out


def _recurring_of(recurring: dict[str, np.ndarray] | None, a: str, b: str) -> tuple | None:
    """The recurring shingles of two reports' outlets (``recurring``: report id -> its outlet's), one array each."""
    if not recurring:
        return None
    x, y = recurring.get(a), recurring.get(b)
    return (x,) if y is x else (x, y)


def _pair(openings, a, b) -> tuple[np.ndarray, np.ndarray] | None:
    return None if openings is None else (openings[a], openings[b])


def _containment_of(copy: np.ndarray, original: np.ndarray) -> float:
    """Share of the copy's shingles found in the original."""
    return shared_count(copy, original) / len(copy) if len(copy) else 0.0
