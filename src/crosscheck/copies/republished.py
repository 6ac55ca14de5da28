"""Versions of one document an outlet republishes, which its own template text hides (issue 14, tenth session).

An outlet's template (``template_shingles``: shingles in at least ``template_reports`` of its reports) is its page
furniture, but also any text it republishes that often: a timeline or factbox put out again every few days with new
entries, each version keeping the earlier entries. Removing the template then removes what two versions share, and the
pair falls under ``min_containment`` (half A of the 1779 dev pairs: 2 of 11 missed `update` copies, Reuters' Libya
timeline; half B 3 of 7). Furniture and boxes are shared as one or two compact blocks (a header, a footer, a stock
explainer box); two versions of one document share many runs spread over the whole of both, from both tops. So a pair
that the template alone puts under the containment rule, and whose full texts share text in that interleaved way, is a
copy. The scan (``streaming``) has no outlet template, so it never needs this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import numpy as np

from ..records import Document, outlet_key
from .containment import in_sorted
from .minhash import measure
from .shingles import in_text_order, ordered_shingles, shingles

if TYPE_CHECKING:
    from . import CopySettings


def _runs(order: np.ndarray, other: np.ndarray, least: int) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the runs of at least ``least`` consecutive shingles of ``order`` (a report's distinct
    shingles in text order) found in ``other`` (a sorted set)."""
    if not len(order) or not len(other):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    hit = in_sorted(order, other)
    edges = np.diff(np.r_[0, hit.astype(np.int8), 0])
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    long = ends - starts >= least
    return starts[long], ends[long]


def interleaved_versions(orders: tuple[np.ndarray, np.ndarray], sets: tuple[np.ndarray, np.ndarray],
                         settings: CopySettings) -> bool:
    """Do two reports' full texts (``orders``: distinct shingles in text order; ``sets``: sorted) share text as two
    versions of one document do: at least ``min_containment`` of the smaller, in at least ``versions_runs`` runs in
    each report, the first within its top ``versions_start`` and the runs spread over ``versions_span`` of it?"""
    if not all(len(s) for s in sets) or measure(sets[0], sets[1])[1] < settings.min_containment:
        return False
    for x in (0, 1):
        starts, ends = _runs(orders[x], sets[1 - x], settings.run_shingles)
        if len(starts) < settings.versions_runs:
            return False
        size = len(orders[x])
        if starts[0] / size > settings.versions_start or (ends[-1] - starts[0]) / size < settings.versions_span:
            return False
    return True


def template_hid_copy(kept: tuple[np.ndarray, np.ndarray], full: tuple[np.ndarray, np.ndarray],
                      full_orders: tuple[np.ndarray, np.ndarray], settings: CopySettings) -> bool:
    """Is a pair under the containment rule only because its outlets' template text was removed (``kept``: the sets
    verification read), while its full texts (``full``, ``full_orders``) share text as two versions of one document?"""
    if not settings.versions_runs or measure(kept[0], kept[1])[1] >= settings.min_containment:
        return False
    return interleaved_versions(full_orders, full, settings)


def rescued_pairs(pairs: Iterable[tuple[str, str]], by_id: dict[str, Document], sets: dict[str, np.ndarray],
                  template: dict[str, np.ndarray], settings: CopySettings) -> list[tuple[str, str, float, float]]:
    """(a, b, Jaccard, containment) of the candidate pairs verification turned down that ``template_hid_copy``
    keeps: only pairs one of whose outlets has a template (otherwise nothing was hidden)."""
    full: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def full_of(doc_id: str) -> tuple[np.ndarray, np.ndarray]:
        if doc_id not in full:
            text = by_id[doc_id].text
            full[doc_id] = (shingles(text, settings.shingle_words),
                            in_text_order(ordered_shingles(text, settings.shingle_words)))
        return full[doc_id]

    out = []
    for a, b in pairs:
        if not any(len(template.get(outlet_key(by_id[d].outlet), ())) for d in (a, b)):
            continue
        (sa, oa), (sb, ob) = full_of(a), full_of(b)
        if template_hid_copy((sets[a], sets[b]), (sa, sb), (oa, ob), settings):
            jaccard, containment, _ = measure(sa, sb)
            out.append((a, b, jaccard, containment))
    return out
