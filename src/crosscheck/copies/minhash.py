"""MinHash LSH, the copies stage's path for near-duplicates and for reports too short to sample: signatures (rensa),
band keys, the pairs sharing a bucket, and the vectorised estimate that drops random bucket collisions before the
exact comparison. The containment index (``containment``) finds the partial copies; ``__init__`` joins both."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np

if TYPE_CHECKING:
    from . import CopySettings

# A report with fewer than this many sampled shingles (20 x ``sample`` shingles: ~165 words) is too
# short for the containment index to be sure of: its MinHash candidates are kept, and all its shingles are looked up
# (``containment.short_candidates``). 8 (~70 words) before issue 14's fifteenth session: a 140-word excerpt sharing one
# paragraph with its original keeps ~6 sampled shared shingles and can keep one (on half A of the dev pairs, over the
# index's 8 possible sampled slices, 3 of 2,152 copy pair-slices were no candidate at 8, 1 at 20).
SHORT_REPORT = 20


def too_short_to_sample(size, settings):
    """Is a report of ``size`` shingles (a number or an array of them) too short for the containment index
    (``SHORT_REPORT`` sampled shingles)? The one test of the local, streaming and Dask candidate steps."""
    return size < SHORT_REPORT * settings.sample

# The standard error of a 126-value MinHash estimate is at most 0.045; three of them.
ESTIMATE_MARGIN = 0.135


def signature_matrix(shingle_sets: Sequence[np.ndarray], settings: CopySettings) -> np.ndarray:
    """MinHash signatures (rensa), one row per report: (n, bands * rows_per_band) uint32.

    rensa was measured at ~17x datasketch's throughput here (bench/bench_copies.py).
    """
    from rensa import RMinHash

    num_perm = settings.bands * settings.rows_per_band
    if not shingle_sets:
        return np.zeros((0, num_perm), dtype=np.uint32)
    token_sets = [s.tolist() if len(s) else [0] for s in shingle_sets]
    matrix = RMinHash.digest_matrix_from_token_hash_sets(token_sets, num_perm=num_perm, seed=settings.seed)
    return np.asarray(matrix.to_rows(), dtype=np.uint32)


def band_keys(signatures: np.ndarray, band: int, settings: CopySettings) -> np.ndarray:
    """One uint64 key per report for one band: its rows' values hashed together."""
    r = settings.rows_per_band
    block = signatures[:, band * r:(band + 1) * r].astype(np.uint64)
    key = np.full(len(signatures), np.uint64(1469598103934665603), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in range(r):
            key = (key ^ block[:, column]) * np.uint64(1099511628211)  # FNV-1a over the band's values
    return key


def pairs_in_band(keys: np.ndarray, settings: CopySettings, offset: int = 0) -> np.ndarray:
    """Index pairs (i < j) of reports sharing a bucket in one band, as an (m, 2) array."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    out = []
    for a, b in zip(starts, ends):
        size = b - a
        if size < 2:
            continue
        members = np.sort(order[a:b]) + offset
        if size > settings.max_bucket:
            out.append(np.stack([members[:-1], members[1:]], axis=1))  # a chain keeps them connected
        else:
            i, j = np.triu_indices(size, k=1)
            out.append(np.stack([members[i], members[j]], axis=1))
    return np.concatenate(out) if out else np.zeros((0, 2), dtype=np.int64)


def candidate_pairs(signatures: np.ndarray, settings: CopySettings) -> list[tuple[int, int]]:
    """Pairs that share a bucket in at least one band: the only pairs ever compared in full."""
    found = [pairs_in_band(band_keys(signatures, band, settings), settings) for band in range(settings.bands)]
    if not found:
        return []
    allpairs = np.concatenate(found)
    if not len(allpairs):
        return []
    return [tuple(p) for p in np.unique(allpairs, axis=0).tolist()]


def measure(a: np.ndarray, b: np.ndarray) -> tuple[float, float, int]:
    """(Jaccard, containment of the smaller set in the larger, shared shingles)."""
    if not len(a) or not len(b):
        return 0.0, 0.0, 0
    shared = shared_count(a, b)
    return shared / (len(a) + len(b) - shared), shared / min(len(a), len(b)), shared


def shared_count(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted sets of distinct shingles share: the smaller's values looked up in the larger by
    binary search (``len(np.intersect1d(a, b, assume_unique=True))``, without its sort of both: issue 14 session 8,
    the copies benchmark verifies tens of thousands of candidate pairs at 100k reports)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not len(small):
        return 0
    at = np.searchsorted(large, small)
    at[at == len(large)] = 0  # past the end: compare with any value (it differs unless equal)
    return int(np.count_nonzero(large[at] == small))


def plausible(pairs: np.ndarray, signatures: np.ndarray, sizes: np.ndarray, settings: CopySettings,
              chunk: int = 200_000) -> np.ndarray:
    """The candidate pairs whose MinHash-estimated Jaccard could reach a copy's.

    A copy shares at least ``min_containment`` of the smaller report's shingles,
    which, given both sizes, means a Jaccard of at least c*m / (|A| + |B| - c*m).
    Pairs whose estimate (the share of equal signature values) falls more than
    ``ESTIMATE_MARGIN`` below that bound are dropped before the exact comparison:
    vectorised, this removes the random bucket collisions at a fraction of the cost.
    """
    if not len(pairs):
        return pairs
    keep = []
    for start in range(0, len(pairs), chunk):
        block = pairs[start:start + chunk]
        a, b = block[:, 0], block[:, 1]
        estimate = (np.asarray(signatures[a]) == np.asarray(signatures[b])).mean(axis=1)
        smaller = np.minimum(sizes[a], sizes[b])
        small = smaller * settings.min_containment
        bound = small / np.maximum(sizes[a] + sizes[b] - small, 1)
        # The containment index finds the partial copies of every report with enough shingles to
        # sample; MinHash keeps the near-duplicates, and the reports too short to sample.
        serves = too_short_to_sample(smaller, settings) | (estimate >= settings.near_duplicate - ESTIMATE_MARGIN)
        keep.append(block[(estimate >= bound - ESTIMATE_MARGIN) & serves])
    return np.concatenate(keep)
