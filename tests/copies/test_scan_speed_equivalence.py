"""Issue 14 session 8: ``scan``'s faster steps give exactly what the plain ones gave (same candidates, same groups)."""

import random

import numpy as np

from crosscheck.copies import scan
from crosscheck.copies.containment import _FILTER_BITS, _holding, _query_pairs, in_sorted
from crosscheck.copies.minhash import measure, shared_count
from crosscheck.copies.verify import opens_into


def _sorted_set(rng: np.random.Generator, size: int, high: int = 1 << 20) -> np.ndarray:
    return np.unique(rng.integers(0, high, size, dtype=np.uint64))


def test_shared_count_is_the_intersection_size_at_the_ends_of_the_range():
    rng = np.random.default_rng(8)
    for _ in range(200):
        a, b = _sorted_set(rng, rng.integers(0, 60), 200), _sorted_set(rng, rng.integers(0, 60), 200)
        assert shared_count(a, b) == len(np.intersect1d(a, b, assume_unique=True))
    big = np.array([1, 5, 9], dtype=np.uint64)
    assert shared_count(np.array([10, 11], dtype=np.uint64), big) == 0  # every value past the larger's end
    assert shared_count(np.array([9, 10], dtype=np.uint64), big) == 1
    assert measure(np.zeros(0, np.uint64), big) == (0.0, 0.0, 0)


def test_opening_share_by_binary_search_is_np_isin():
    rng = np.random.default_rng(9)
    for _ in range(100):
        other = _sorted_set(rng, 300, 2000)
        opening = rng.permutation(_sorted_set(rng, 40, 2000))  # text order, not sorted
        assert opens_into(opening, other, 20) == float(np.isin(opening, other).mean())


def test_bit_table_lookup_keeps_only_exact_matches_when_low_bits_collide():
    # Values equal to a wanted one in their low bits (the table's index) but not in full must not be kept.
    wanted = np.array([3, 77, 1 << 40], dtype=np.uint64)
    decoys = wanted + np.uint64(_FILTER_BITS)  # same low bits, other values
    sets = [(0, np.sort(np.r_[decoys, np.uint64(5)])), (1, np.array([3, 1 << 40], dtype=np.uint64)),
            (2, np.zeros(0, np.uint64)), (3, np.sort(np.r_[wanted, decoys]))]
    hashes, owners, sizes = _holding(iter(sets), wanted)
    got = sorted(zip(np.concatenate(owners).tolist(), np.concatenate(hashes).tolist()))
    expect = sorted((i, int(v)) for i, s in sets for v in s[in_sorted(s, wanted)])
    assert got == expect and sizes == {0: 4, 1: 2, 2: 0, 3: 6}


def _query_pairs_by_group(hashes, owners, is_query, sizes, min_estimate, max_df):
    """The plain definition ``_query_pairs`` had before session 8: a loop over the hash groups, every row counted."""
    from crosscheck.copies.containment import _SPAN, _count, _grouped

    o, starts, group_sizes = _grouped(hashes, owners)
    keys = []
    for start, size in zip(starts.tolist(), group_sizes.tolist()):
        members = o[start:start + size]
        queries = members[is_query[members]]
        if size < 2 or size > max_df or not len(queries):
            continue
        q, m = np.repeat(queries, size), np.tile(members, len(queries))
        keys.append(np.minimum(q[q != m], m[q != m]) * _SPAN + np.maximum(q[q != m], m[q != m]))
    pair_keys, counts = _count(np.concatenate(keys))
    i, j = pair_keys // _SPAN, pair_keys % _SPAN
    counts = np.where(is_query[i] & is_query[j], counts // 2, counts)
    query_size = np.where(is_query[i] & ~is_query[j], sizes[i],
                          np.where(is_query[j] & ~is_query[i], sizes[j], np.minimum(sizes[i], sizes[j])))
    keep = (counts >= 1) & (counts >= min_estimate * query_size)
    return np.stack([i[keep], j[keep], counts[keep]], axis=1)


def test_query_pairs_counted_in_parts_equal_one_count():
    rng = np.random.default_rng(14)
    owners = np.sort(rng.integers(0, 60, 3000))
    hashes = rng.integers(0, 400, 3000).astype(np.uint64)
    pairs = np.unique(np.stack([owners, hashes], axis=1), axis=0)  # each report holds a hash once
    owners, hashes = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.uint64)
    is_query = np.zeros(60, dtype=bool)
    is_query[rng.choice(60, 12, replace=False)] = True
    sizes = np.bincount(owners, minlength=60)
    whole = _query_pairs(hashes, owners, is_query, sizes, 0.05, 40, chunk=10**9)
    assert len(whole) and np.array_equal(whole, _query_pairs_by_group(hashes, owners, is_query, sizes, 0.05, 40))
    for chunk in (1, 7, 500):
        assert np.array_equal(_query_pairs(hashes, owners, is_query, sizes, 0.05, 40, chunk=chunk), whole)


def test_scan_samples_a_batch_as_it_sampled_each_report(tmp_path):
    # The sampled shingles are taken per batch of reports now: a batch of 3 and one of 2048 must give one result.
    rng = random.Random(5)
    words = [f"w{k}" for k in range(300)]
    texts = {f"r{i}": " ".join(rng.choice(words) for _ in range(rng.randrange(20, 400))) for i in range(40)}
    texts["copy"] = texts["r4"][: len(texts["r4"]) // 3]
    texts["roundup"] = " ".join(rng.choice(words) for _ in range(300)) + " " + texts["r9"]
    texts["empty"] = ""
    items = [(k, v, "2026-01-01") for k, v in texts.items()]
    small = scan(items, tmp_path / "a", batch=3)
    large = scan(items, tmp_path / "b")
    assert small.pairs == large.pairs and small.candidates == large.candidates
    assert [g.documents for g in small.groups] == [g.documents for g in large.groups]
    assert any(set(g.documents) == {"r4", "copy"} for g in large.groups)
