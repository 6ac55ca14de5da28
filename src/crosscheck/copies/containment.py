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

from typing import Iterable, Sequence

import numpy as np

_MIX = np.uint64(0x9E3779B97F4A7C15)


def sampled(shingle_set: np.ndarray, sample: int) -> np.ndarray:
    """The shingles of a set that fall in the fixed sampled slice of the hash space."""
    if sample <= 1 or not len(shingle_set):
        return shingle_set
    return shingle_set[in_sampled_slice(shingle_set, sample)]


def in_sampled_slice(values: np.ndarray, sample: int) -> np.ndarray:
    """Mask of the shingles (any shape) that fall in the fixed sampled slice of the hash space (``sampled``)."""
    if sample <= 1:
        return np.ones(values.shape, dtype=bool)
    with np.errstate(over="ignore"):
        mixed = values * _MIX
    return (mixed >> np.uint64(40)) % np.uint64(sample) == 0


# Pair keys are i * _SPAN + j: room for 2**31 reports.
_SPAN = 1 << 31


def _grouped(hashes: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(owners in hash order, start of each hash's group, size of each group): one sort, reused by every pass."""
    order = np.argsort(hashes, kind="stable")  # owners come in increasing order: a stable sort keeps it
    h, o = hashes[order], owners[order].astype(np.int64)
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]]) if len(h) else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[starts, len(h)])
    return o, starts, sizes


def _rows(sizes: np.ndarray, max_df: int) -> int:
    """How many (pair, hash) rows the groups give: all pairs up to ``max_df`` reports, a star beyond."""
    sizes = sizes.astype(np.int64)
    return int(np.where(sizes <= max_df, sizes * (sizes - 1) // 2, sizes - 1).sum())


def _pair_keys(grouped: tuple[np.ndarray, np.ndarray, np.ndarray], max_df: int, chunk: int,
               low: tuple[int, int] | None = None):
    """Keys i * _SPAN + j (i < j) of the report pairs sharing each hash, one per shared hash, in chunks
    of about ``chunk`` keys; with ``low`` = (lo, hi) only the pairs whose first report i is in [lo, hi).
    A hash held by more than ``max_df`` reports links them as a star around the first of them (a stock
    line everywhere adds n - 1 pairs, not n^2 / 2; a wire story reprinted hundreds of times stays one
    group around one report, which the verification then checks member by member)."""
    o, starts, sizes = grouped
    # Pairs by group size, vectorised per size: most groups hold 2 or 3 reports.
    for size in np.unique(sizes):
        if size < 2:
            continue
        all_starts = starts[sizes == size]
        if size > max_df:
            i, j = np.zeros(size - 1, dtype=np.int64), np.arange(1, size)
        else:
            i, j = np.triu_indices(size, k=1)
        step = max(1, chunk // len(i))
        for at in range(0, len(all_starts), step):
            group_starts = all_starts[at:at + step]
            a = o[group_starts[:, None] + i[None, :]].ravel()
            b = o[group_starts[:, None] + j[None, :]].ravel()
            first, second = np.minimum(a, b), np.maximum(a, b)
            keep = first != second
            if low is not None:
                keep &= (first >= low[0]) & (first < low[1])
            yield first[keep] * _SPAN + second[keep]


def _count(keys: np.ndarray, counts: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Distinct keys and their summed counts (a count of 1 per key when ``counts`` is None), by one sort."""
    if counts is None:
        keys = np.sort(keys)  # no counts to carry: a plain sort, not an argsort and a gather
    else:
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
    if not len(keys):
        return keys, np.zeros(0, dtype=np.int64)
    first = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    if counts is None:
        summed = np.diff(np.r_[first, len(keys)])
    else:
        summed = np.add.reduceat(counts[order], first)
    return keys[first], summed.astype(np.int64)


def pair_counts(hashes: np.ndarray, owners: np.ndarray, max_df: int, chunk: int = 8_000_000,
                low: tuple[int, int] | None = None, grouped=None) -> tuple[np.ndarray, np.ndarray]:
    """(pair keys, shared hashes per pair), counted in batches of about ``chunk`` keys: memory holds the
    distinct pairs and one batch, never every (pair, hash) row at once. Small parts are buffered into one
    batch before counting, so the distinct pairs are merged once per batch, not once per part (merging
    per part re-sorted every pair found so far hundreds of times: minutes at 10k reports)."""
    keys = np.zeros(0, dtype=np.int64)
    counts = np.zeros(0, dtype=np.int64)
    buffer: list[np.ndarray] = []
    held = 0

    def merge() -> None:
        nonlocal keys, counts, held
        new_keys, new_counts = _count(np.concatenate(buffer))
        buffer.clear()
        held = 0
        keys, counts = _count(np.concatenate([keys, new_keys]), np.concatenate([counts, new_counts]))

    for part in _pair_keys(grouped or _grouped(hashes, owners), max_df, chunk, low):
        buffer.append(part)
        held += len(part)
        if held >= chunk:
            merge()
    if buffer:
        merge()
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
    return bounded_candidates(hashes, owners, sizes, max_df, min_hits, min_estimate)


def bounded_candidates(hashes: np.ndarray, owners: np.ndarray, sizes: np.ndarray, max_df: int, min_hits: int,
                       min_estimate: float, budget: int = 12_000_000, grouped=None) -> np.ndarray:
    """``keep_candidates`` over ``pair_counts``, in passes over ranges of the first report of each pair so
    that one pass holds at most about ``budget`` (pair, hash) rows: memory stays bounded however many
    pairs share a sampled shingle (at 100k synthetic reports, ~40M rows), at the cost of re-reading the
    sorted groups once per pass. Returns (i, j, shared) rows, as ``keep_candidates``."""
    if not len(hashes):
        return np.zeros((0, 3), dtype=np.int64)
    grouped = grouped or _grouped(hashes, owners)
    rows = _rows(grouped[2], max_df)
    passes = max(1, -(-rows // budget))
    n = len(sizes)
    # The first report of a pair is the lower index: low indices head more pairs, so the ranges are
    # cut at equal shares of the estimated rows per first report (each owner's rows ~ its hashes times
    # the later owners of each), approximated by cutting at equal shares of sqrt-spaced indices.
    edges = [0] + [int(n * (1 - (1 - k / passes) ** 0.5)) for k in range(1, passes)] + [n]
    out = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        if hi > lo:
            keys, counts = pair_counts(hashes, owners, max_df, low=(lo, hi), grouped=grouped)
            out.append(keep_candidates(keys, counts, sizes, min_hits, min_estimate))
    return np.concatenate(out) if out else np.zeros((0, 3), dtype=np.int64)


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


def in_sorted(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Mask of ``values`` found in the sorted array ``sorted_set`` (a binary search each)."""
    if not len(sorted_set) or not len(values):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return sorted_set[at] == values


def short_candidates(shingle_sets: Iterable[tuple[int, np.ndarray]], short: dict[int, np.ndarray],
                     min_estimate: float, max_df: int) -> np.ndarray:
    """Pairs (i, j, shared) in which a report too short to sample (``short``: its index -> its sorted shingles)
    shares at least ``min_estimate`` of its shingles with another report, by exact lookup of all its
    shingles: a 25-word lede-only copy keeps ~3 shingles in a 1-in-8 sample, often none, and its Jaccard
    with a 900-word original (~0.02) never makes MinHash LSH collide. ``shingle_sets`` yields (index,
    sorted shingles) for every report once, in any order (a list in memory, or blocks read from disk)."""
    short = {i: s for i, s in short.items() if len(s)}
    if not short:
        return np.zeros((0, 3), dtype=np.int64)
    hashes, owners, sizes = _holding(shingle_sets, np.unique(np.concatenate(list(short.values()))))
    if not hashes:
        return np.zeros((0, 3), dtype=np.int64)
    sizes_arr = np.zeros(max(sizes) + 1, dtype=np.int64)
    sizes_arr[list(sizes)] = list(sizes.values())
    is_short = np.zeros(len(sizes_arr), dtype=bool)
    is_short[list(short)] = True
    return _query_pairs(np.concatenate(hashes), np.concatenate(owners), is_short, sizes_arr, min_estimate, max_df)


# Size of ``_holding``'s bit table (16 MB): at 100k reports a few hundred thousand wanted shingles set ~2% of it.
_FILTER_BITS = 1 << 24


def _holding(shingle_sets: Iterable[tuple[int, np.ndarray]], wanted: np.ndarray
             ) -> tuple[list[np.ndarray], list[np.ndarray], dict[int, int]]:
    """(each report's shingles found in the sorted ``wanted``, their owners, each report's size) over
    (index, sorted shingles) pairs: one pass of binary searches, the reports holding none left out."""
    hashes, owners, sizes = [], [], {}
    held: list[np.ndarray] = []
    who: list[int] = []
    # A bit table of the wanted shingles' low bits: most shingles of most reports are not wanted, and one look in the
    # table rules them out; only the rest are searched for (same result as searching every one).
    mask = np.uint64(_FILTER_BITS - 1)
    table = np.zeros(_FILTER_BITS, dtype=bool)
    table[(wanted & mask).astype(np.intp)] = True

    def lookup() -> None:
        """One search over a buffer of reports (one search per report cost ~10% of ``scan`` at 30k)."""
        lengths = np.array([len(x) for x in held], dtype=np.int64)
        values = np.concatenate(held)
        hit = table[(values & mask).astype(np.intp)]
        maybe = np.flatnonzero(hit)
        hit[maybe] = in_sorted(values[maybe], wanted)
        if hit.any():
            hashes.append(values[hit])
            owners.append(np.repeat(np.asarray(who, dtype=np.int64), lengths)[hit])
        held.clear()
        who.clear()

    buffered = 0
    for i, s in shingle_sets:
        sizes[i] = len(s)
        held.append(s)
        who.append(i)
        buffered += len(s)
        if buffered >= 1 << 20:
            lookup()
            buffered = 0
    if held:
        lookup()
    return hashes, owners, sizes


def _query_pairs(hashes: np.ndarray, owners: np.ndarray, is_query: np.ndarray, sizes: np.ndarray,
                 min_estimate: float, max_df: int, chunk: int = 4_000_000) -> np.ndarray:
    """(q, other, shared) for each query report q and every report sharing at least ``min_estimate`` of q's
    shingles: each query is paired with every other holder of each of its shingles (up to ``max_df``
    holders; a shingle held more widely is stock text), not only as a star or chain as in the index, so a
    shingle the query shares with its original and with many others still counts for that pair.

    Vectorised, in parts of whole queries of about ``chunk`` (query, holder) rows, each part counted and filtered
    before the next: at 100k reports the stock floor lets groups of 500 holders through and the rows number tens of
    millions (a loop per group, then one count of every row, cost ~13% of ``scan`` and 500 MB of its peak). A pair of
    two queries is counted from its first query only, so every pair's count lies in one part."""
    o, starts, group_sizes = _grouped(hashes, owners)
    group_of = np.repeat(np.arange(len(starts)), group_sizes)
    rows = np.flatnonzero(is_query[o])
    per = group_sizes[group_of[rows]]
    rows = rows[(per >= 2) & (per <= max_df)]
    if not len(rows):
        return np.zeros((0, 3), dtype=np.int64)
    rows = rows[np.argsort(o[rows], kind="stable")]  # by query: a query's rows in one part
    ends = np.cumsum(group_sizes[group_of[rows]])
    cuts = np.searchsorted(ends, np.arange(chunk, int(ends[-1]), chunk), side="right")
    # Move each cut back to the start of its query's rows.
    queries_at = o[rows]
    first_of = np.flatnonzero(np.r_[True, queries_at[1:] != queries_at[:-1]])
    cuts = np.unique(first_of[np.maximum(np.searchsorted(first_of, cuts, side="right") - 1, 0)])
    out = []
    for part in np.split(rows, cuts[cuts > 0]):
        if not len(part):
            continue
        per = group_sizes[group_of[part]]
        offsets = np.arange(per.sum()) - np.repeat(np.cumsum(per) - per, per)
        q = np.repeat(o[part], per)
        m = o[np.repeat(starts[group_of[part]], per) + offsets]
        keep = (q != m) & ~(is_query[m] & (m < q))  # a pair of two queries: from its first query only
        q, m = q[keep], m[keep]
        pair_keys, counts = _count(np.minimum(q, m) * _SPAN + np.maximum(q, m))
        i, j = pair_keys // _SPAN, pair_keys % _SPAN
        query_size = np.where(is_query[i] & ~is_query[j], sizes[i],
                              np.where(is_query[j] & ~is_query[i], sizes[j], np.minimum(sizes[i], sizes[j])))
        good = (counts >= 1) & (counts >= min_estimate * query_size)
        out.append(np.stack([i[good], j[good], counts[good]], axis=1))
    found = np.concatenate(out) if out else np.zeros((0, 3), dtype=np.int64)
    return found[np.argsort(found[:, 0] * _SPAN + found[:, 1], kind="stable")]


def thin_reports(hashes: np.ndarray, owners: np.ndarray, n: int, max_df: int, floor: int, grouped=None) -> np.ndarray:
    """Reports with fewer than ``floor`` sampled shingles held by at most ``max_df`` reports: the index counts
    their pairs only through stars, so an excerpt made mostly of widely shared lines can go unseen. ``grouped``:
    ``_grouped(hashes, owners)`` when the caller has it (the index's sort, not done twice)."""
    o, starts, sizes = grouped or _grouped(hashes, owners)
    indexable = np.repeat(sizes <= max_df, sizes)
    counts = np.bincount(o[indexable], minlength=n)
    return np.flatnonzero(counts < floor)


def opening_candidates(shingle_sets: Iterable[tuple[int, np.ndarray]], openings: dict[int, np.ndarray],
                       min_share: float, max_df: int) -> np.ndarray:
    """Pairs (i, j, shared) in which one report's opening (``openings``: its index -> its first distinct shingles)
    is at least ``min_share`` in the other, by exact lookup of the openings' shingles (issue 14, session 5): a hub or
    blog index page holding a story's first paragraph as a teaser shares ~10% of either report, under what the
    sampled index is sure to see. ``shingle_sets`` yields (index, sorted shingles) for every report once."""
    openings = {i: np.unique(s) for i, s in openings.items() if len(s)}
    if not openings:
        return np.zeros((0, 3), dtype=np.int64)
    hashes, owners, _ = _holding(shingle_sets, np.unique(np.concatenate(list(openings.values()))))
    if not hashes:
        return np.zeros((0, 3), dtype=np.int64)
    query = np.fromiter(openings, dtype=np.int64, count=len(openings))
    q_hashes = np.concatenate([openings[i] for i in query.tolist()])
    q_owners = np.repeat(query, [len(openings[i]) for i in query.tolist()])
    return opening_pairs(np.concatenate(hashes), np.concatenate(owners), q_hashes, q_owners, min_share, max_df)


def opening_pairs(r_hashes: np.ndarray, r_owners: np.ndarray, q_hashes: np.ndarray, q_owners: np.ndarray,
                  min_share: float, max_df: int, least: int = 1) -> np.ndarray:
    """``opening_candidates`` on arrays: reports' shingles (``r_hashes``, ``r_owners``) and openings' shingles
    (``q_hashes``, ``q_owners``: the report each opening opens), distinct within each report and each opening.
    Pairs (i, j, shared) with i < j whose opening is at least ``min_share`` in the other report. One sort of
    (hash, report rows before opening rows): each hash's group holds its reports first, then the openings that hold
    it; every opening row is paired with the group's reports (vectorised, no loop per group). A hash held by more
    than ``max_df`` reports (stock text) pairs nothing; a pair shares at least ``least`` of an opening's shingles."""
    if not len(q_hashes) or not len(r_hashes):
        return np.zeros((0, 3), dtype=np.int64)
    h = np.concatenate([r_hashes, q_hashes])
    side = np.r_[np.zeros(len(r_hashes), np.int8), np.ones(len(q_hashes), np.int8)]
    who = np.concatenate([r_owners, q_owners]).astype(np.int64)
    order = np.lexsort((side, h))
    h, side, who = h[order], side[order], who[order]
    new_group = np.r_[True, h[1:] != h[:-1]]
    starts = np.flatnonzero(new_group)
    group = np.cumsum(new_group) - 1
    reports_in = np.add.reduceat((side == 0).astype(np.int64), starts)
    rows = np.flatnonzero(side == 1)
    per = reports_in[group[rows]]
    rows = rows[(per >= 1) & (per <= max_df)]
    if not len(rows):
        return np.zeros((0, 3), dtype=np.int64)
    per = reports_in[group[rows]]
    first = starts[group[rows]]
    offsets = np.arange(per.sum()) - np.repeat(np.cumsum(per) - per, per)
    q = np.repeat(who[rows], per)
    m = who[np.repeat(first, per) + offsets]
    keep = q != m
    keys, counts = _count(q[keep] * _SPAN + m[keep])
    a, b = keys // _SPAN, keys % _SPAN
    size = np.bincount(q_owners.astype(np.int64))
    enough = (counts >= min_share * size[a]) & (counts >= least)
    a, b, counts = a[enough], b[enough], counts[enough]
    return np.stack([np.minimum(a, b), np.maximum(a, b), counts], axis=1)
