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


# Pair keys are i * _SPAN + j: room for 2**31 reports.
_SPAN = 1 << 31


def _pair_keys(hashes: np.ndarray, owners: np.ndarray, max_df: int, chunk: int):
    """Keys i * _SPAN + j (i < j) of the report pairs sharing each hash, one per shared hash, in chunks
    of about ``chunk`` keys. A hash held by more than ``max_df`` reports links them as a chain (keeps a
    big group of true copies connected without all its pairs)."""
    if not len(hashes):
        return
    order = np.argsort(hashes, kind="stable")  # owners come in increasing order: a stable sort keeps it
    h, o = hashes[order], owners[order].astype(np.int64)
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
    sizes = np.diff(np.r_[starts, len(h)])
    del h, order
    # Pairs by group size, vectorised per size: most groups hold 2 or 3 reports.
    for size in np.unique(sizes):
        if size < 2:
            continue
        all_starts = starts[sizes == size]
        if size > max_df:
            i, j = np.arange(size - 1), np.arange(1, size)
        else:
            i, j = np.triu_indices(size, k=1)
        step = max(1, chunk // len(i))
        for at in range(0, len(all_starts), step):
            group_starts = all_starts[at:at + step]
            a = o[group_starts[:, None] + i[None, :]].ravel()
            b = o[group_starts[:, None] + j[None, :]].ravel()
            low, high = np.minimum(a, b), np.maximum(a, b)
            keep = low != high
            yield low[keep] * _SPAN + high[keep]


def pair_counts(hashes: np.ndarray, owners: np.ndarray, max_df: int, chunk: int = 4_000_000
                ) -> tuple[np.ndarray, np.ndarray]:
    """(pair keys, shared hashes per pair), counted chunk by chunk: memory holds the distinct pairs
    and one chunk, never every (pair, hash) row at once."""
    keys = np.zeros(0, dtype=np.int64)
    counts = np.zeros(0, dtype=np.int64)
    for part in _pair_keys(hashes, owners, max_df, chunk):
        new_keys, new_counts = np.unique(part, return_counts=True)
        merged, inverse = np.unique(np.concatenate([keys, new_keys]), return_inverse=True)
        counts = np.bincount(inverse, weights=np.concatenate([counts, new_counts]),
                             minlength=len(merged)).astype(np.int64)
        keys = merged
    return keys, counts


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
    return keep_candidates(*pair_counts(hashes, owners, max_df), sizes, min_hits, min_estimate)


def keep_candidates(keys: np.ndarray, counts: np.ndarray, sizes: np.ndarray, min_hits: int,
                    min_estimate: float) -> np.ndarray:
    """The pairs whose shared sampled shingles are enough of the smaller report's sample: (i, j, shared)."""
    if not len(keys):
        return np.zeros((0, 3), dtype=np.int64)
    i, j = keys // _SPAN, keys % _SPAN
    smaller = np.minimum(sizes[i], sizes[j])
    # A short report has few sampled shingles: one hit is enough when it is most of them.
    need = np.minimum(min_hits, np.maximum(smaller, 1))
    keep = (counts >= need) & (counts >= min_estimate * smaller)
    return np.stack([i[keep], j[keep], counts[keep]], axis=1)
