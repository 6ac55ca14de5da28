"""Candidates by containment: a fingerprint index over sampled shingles.

MinHash LSH finds pairs of similar *Jaccard*; a lede-only reprint of a long
story (containment 0.9, Jaccard 0.15) or a story inside a long roundup rarely
collides. Here every report keeps the shingles whose hash falls in a fixed
1-in-``sample`` slice of the hash space (the same slice for every report, so a
passage two reports share keeps the same sampled shingles in both: "mod-p"
sampling, which unlike a min-wise sketch keeps subsets as subsets). Reports
sharing at least ``min_hits`` sampled shingles, covering at least
``min_estimate`` of the smaller report's sample, are candidates: a report that
holds 10% of another, or is 10% of it, shares ~10% of the smaller one's sample.

Cost: one sort of the sampled (hash, report) pairs; a shingle held by more than
``max_df`` reports (a stock line everywhere) is skipped, as such a line alone
never makes a copy.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

_MIX = np.uint64(0x9E3779B97F4A7C15)


def sampled(shingle_set: np.ndarray, sample: int) -> np.ndarray:
    """The shingles of a set that fall in the fixed sampled slice of the hash space."""
    if sample <= 1 or not len(shingle_set):
        return shingle_set
    with np.errstate(over="ignore"):
        mixed = shingle_set * _MIX
    return shingle_set[(mixed >> np.uint64(40)) % np.uint64(sample) == 0]


def index_pairs(hashes: np.ndarray, owners: np.ndarray, max_df: int) -> np.ndarray:
    """(i, j) report pairs (i < j) for each shared hash, one row per shared hash.

    ``hashes``/``owners``: the sampled shingles of every report, flattened. A hash
    held by more than ``max_df`` reports links them as a chain (keeps a big group
    of true copies connected without all its pairs).
    """
    if not len(hashes):
        return np.zeros((0, 2), dtype=np.int64)
    order = np.argsort(hashes, kind="stable")  # owners come in increasing order: a stable sort keeps it
    h, o = hashes[order], owners[order]
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
    sizes = np.diff(np.r_[starts, len(h)])
    out = []
    # Pairs by group size, vectorised per size: most groups hold 2 or 3 reports.
    for size in np.unique(sizes):
        if size < 2:
            continue
        group_starts = starts[sizes == size]
        if size > max_df:
            idx = group_starts[:, None] + np.arange(size)[None, :]
            members = o[idx]
            out.append(np.stack([members[:, :-1].ravel(), members[:, 1:].ravel()], axis=1))
            continue
        i, j = np.triu_indices(size, k=1)
        a = o[group_starts[:, None] + i[None, :]].ravel()
        b = o[group_starts[:, None] + j[None, :]].ravel()
        out.append(np.stack([a, b], axis=1))
    if not out:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(out).astype(np.int64)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    return np.sort(pairs, axis=1)


def containment_candidates(shingle_sets: Sequence[np.ndarray], sample: int = 8, min_hits: int = 2,
                           min_estimate: float = 0.1, max_df: int = 200) -> np.ndarray:
    """Report index pairs (i < j) whose sampled shingles say one may hold >= ``min_estimate`` of the other.

    Returns an (m, 3) int64 array: i, j, shared sampled shingles.
    """
    samples = [sampled(s, sample) for s in shingle_sets]
    sizes = np.array([len(s) for s in samples], dtype=np.int64)
    if not len(samples) or not sizes.sum():
        return np.zeros((0, 3), dtype=np.int64)
    hashes = np.concatenate(samples)
    owners = np.repeat(np.arange(len(samples), dtype=np.int64), sizes)
    return count_and_keep(index_pairs(hashes, owners, max_df), len(samples), sizes, min_hits, min_estimate)


def count_and_keep(pairs: np.ndarray, n: int, sizes: np.ndarray, min_hits: int, min_estimate: float) -> np.ndarray:
    """Count each pair's shared sampled shingles; keep those with enough of the smaller report's sample."""
    if not len(pairs):
        return np.zeros((0, 3), dtype=np.int64)
    keys, counts = np.unique(pairs[:, 0] * n + pairs[:, 1], return_counts=True)
    i, j = keys // n, keys % n
    smaller = np.minimum(sizes[i], sizes[j])
    # A short report has few sampled shingles: one hit is enough when it is most of them.
    need = np.minimum(min_hits, np.maximum(smaller, 1))
    keep = (counts >= need) & (counts >= min_estimate * smaller)
    return np.stack([i[keep], j[keep], counts[keep]], axis=1)
