"""Coreference scores: MUC, B-cubed, CEAF-e and CoNLL F1, as the reference scorer computes them.

A clustering is an iterable of clusters, each an iterable of hashable mention
ids. Key (gold) and response (system) may hold different mentions: a key
mention the response lacks counts against recall, a response mention the key
lacks against precision, as in the CoNLL reference scorer v8.01 (Pradhan et
al. 2014, "Scoring Coreference Partitions of Predicted Mentions: A Reference
Implementation"). Singletons are scored when present: they count in B-cubed
and CEAF-e and add nothing to MUC, whose links they lack.

A mention written twice in one clustering keeps its first cluster (the
reference scorer de-duplicates the same way), so a repeated mention cannot
inflate precision.

Each metric returns a :class:`Score` holding numerators and denominators,
so scores over many topics add up (``sum`` them) the way the reference scorer
adds up documents: a micro-average, not a mean of per-topic figures.

    >>> key = [["a", "b", "c"], ["d", "e", "f", "g"]]
    >>> response = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]]
    >>> round(conll_f1(key, response), 2)   # Pradhan et al. 2014, the paper's example
    45.82
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable

import numpy as np
from scipy.optimize import linear_sum_assignment

Clustering = Iterable[Iterable[Hashable]]


@dataclass(frozen=True)
class Score:
    recall_num: float = 0.0
    recall_den: float = 0.0
    precision_num: float = 0.0
    precision_den: float = 0.0

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.recall_num + other.recall_num, self.recall_den + other.recall_den,
                     self.precision_num + other.precision_num, self.precision_den + other.precision_den)

    def __radd__(self, other):  # so that sum() starts from 0
        return self if other == 0 else self.__add__(other)

    def as_percent(self) -> tuple[float, float, float]:
        """(recall, precision, F1) x 100, the order the reference scorer prints."""
        return 100 * self.recall, 100 * self.precision, 100 * self.f1


def normalise(clustering: Clustering) -> list[frozenset]:
    """Clusters as sets, each mention in its first cluster only, empty clusters dropped."""
    seen: set = set()
    out = []
    for cluster in clustering:
        members = []
        for m in cluster:
            if m not in seen:
                seen.add(m)
                members.append(m)
        if members:
            out.append(frozenset(members))
    return out


def _where(clusters: list[frozenset]) -> dict:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_side(clusters: list[frozenset], other: list[frozenset]) -> tuple[int, int]:
    """Vilain et al. 1995: sum of |K| - p(K) over clusters K, and of |K| - 1.

    p(K) counts the parts ``other`` cuts K into; a mention of K that ``other``
    lacks is a part of its own.
    """
    where = _where(other)
    num = den = 0
    for c in clusters:
        parts = {where[m] for m in c if m in where}
        missing = sum(1 for m in c if m not in where)
        num += len(c) - (len(parts) + missing)
        den += len(c) - 1
    return num, den


def muc(key: Clustering, response: Clustering) -> Score:
    k, r = normalise(key), normalise(response)
    rn, rd = _muc_side(k, r)
    pn, pd = _muc_side(r, k)
    return Score(rn, rd, pn, pd)


def _b_cubed_side(clusters: list[frozenset], other: list[frozenset]) -> tuple[float, int]:
    """Sum over clusters C and the other side's clusters O of |C & O|^2 / |C|, and the mention count."""
    where = _where(other)
    num = 0.0
    for c in clusters:
        overlaps: dict[int, int] = {}
        for m in c:
            if m in where:
                overlaps[where[m]] = overlaps.get(where[m], 0) + 1
        num += sum(n * n for n in overlaps.values()) / len(c)
    return num, sum(len(c) for c in clusters)


def b_cubed(key: Clustering, response: Clustering) -> Score:
    """Bagga and Baldwin 1998, mention-averaged over each side's own mentions."""
    k, r = normalise(key), normalise(response)
    rn, rd = _b_cubed_side(k, r)
    pn, pd = _b_cubed_side(r, k)
    return Score(rn, rd, pn, pd)


def ceaf_e(key: Clustering, response: Clustering) -> Score:
    """Luo 2005, entity-based CEAF: the best one-to-one alignment of key and response
    entities under phi4(K, R) = 2|K & R| / (|K| + |R|), found by Kuhn-Munkres;
    recall divides its total by the number of key entities, precision by the response's."""
    k, r = normalise(key), normalise(response)
    total = 0.0
    if k and r:
        where = _where(r)
        similarity = np.zeros((len(k), len(r)))
        for i, c in enumerate(k):
            for m in c:
                j = where.get(m)
                if j is not None:
                    similarity[i, j] += 1
        sizes_k = np.array([len(c) for c in k], dtype=float)[:, None]
        sizes_r = np.array([len(c) for c in r], dtype=float)[None, :]
        similarity = 2 * similarity / (sizes_k + sizes_r)
        rows, cols = linear_sum_assignment(similarity, maximize=True)
        total = float(similarity[rows, cols].sum())
    return Score(total, len(k), total, len(r))


def scores(key: Clustering, response: Clustering) -> dict[str, Score]:
    k, r = normalise(key), normalise(response)
    return {"MUC": muc(k, r), "B3": b_cubed(k, r), "CEAF-e": ceaf_e(k, r)}


def conll_from(parts: dict[str, Score]) -> float:
    """CoNLL F1 x 100: the unweighted mean of the MUC, B-cubed and CEAF-e F1."""
    return 100 * sum(parts[name].f1 for name in ("MUC", "B3", "CEAF-e")) / 3


def conll_f1(key: Clustering, response: Clustering) -> float:
    return conll_from(scores(key, response))
