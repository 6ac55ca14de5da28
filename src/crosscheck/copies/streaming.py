"""``scan``: copy groups over a corpus too large for memory, streaming shingles to disk (``crosscheck copies``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from ..records import CopyGroup, CopyMember
from .containment import (_grouped, bounded_candidates, in_sampled_slice, opening_pairs, short_candidates,
                          thin_reports)
from .minhash import SHORT_REPORT, band_keys, too_short_to_sample, measure, pairs_in_band, plausible, signature_matrix
from .originals import star_groups
from .settings import CopySettings
from .shingles import ordered_shingles, sorted_ordered_opening
from .verify import _containment_of, opens_into, verify


# Buckets of the stock-text counter (``scan``): 16M, so that a stream of 100k reports (60M shingles)
# puts a few unrelated shingles in a bucket, far under the stock floor of 100+ reports.
STOCK_BUCKETS = 1 << 24


@dataclass
class ScanResult:
    documents: int
    candidates: int
    pairs: list[tuple[str, str, float, float]]  # (a, b, Jaccard, containment), verified
    groups: list[CopyGroup]  # without diffs: at this scale only the measures are kept


def _blocks(path, bounds: np.ndarray, block: int = 4096):
    """(index, shingles) of every report in a shingle file, read block by block into memory that is freed
    after each block (a memory map would keep every page it touched in the process's resident size)."""
    with open(path, "rb") as handle:
        for first in range(0, len(bounds) - 1, block):
            last = min(first + block, len(bounds) - 1)
            handle.seek(int(bounds[first]) * 8)
            data = np.fromfile(handle, dtype=np.uint64, count=int(bounds[last] - bounds[first]))
            for i in range(first, last):
                yield i, data[bounds[i] - bounds[first]:bounds[i + 1] - bounds[first]]


def scan(items: Iterable[tuple[str, str, str | None]], workdir, settings: CopySettings | None = None,
         batch: int = 2048) -> ScanResult:
    """Copy groups over a corpus too large for memory: (id, text, date) items in, streaming.

    Shingles go to a file under ``workdir`` as they are computed (memory holds
    one batch); each report keeps in memory only its sampled shingles (1 in
    ``settings.sample``) for the containment index, and a hashed count of its
    shingles for stock text. Candidates: the containment index over every
    report, and MinHash LSH (one band at a time, signatures on disk) among the
    reports too short to sample (``SHORT_REPORT``), where it serves. Candidates
    are verified against the shingle file (and each report's opening, a fixed-width
    row of ``openings.u64``, for the opening rule). Memory: ids, dates and sizes, the
    samples (an eighth of the shingles), the 64 MB stock counter, and the
    candidate pairs.
    """
    from pathlib import Path

    settings = settings or CopySettings()
    work = Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    num_perm = settings.bands * settings.rows_per_band
    ids: list[str] = []
    dates: list[str] = []
    offsets = [0]
    samples: list[np.ndarray] = []  # the containment index's share of each batch's shingles (1 in ``sample``)
    sample_counts: list[np.ndarray] = []  # how many of them each report of the batch has
    short: list[int] = []  # reports too short to sample, which get MinHash signatures (in this order)
    counts = np.zeros(STOCK_BUCKETS, dtype=np.uint32)  # reports per shingle, hashed into buckets (stock text)
    width = settings.opening_shingles
    with open(work / "shingles.u64", "wb") as shingle_file, open(work / "signatures.u32", "wb") as sig_file, \
            open(work / "openings.u64", "wb") as opening_file, open(work / "order.u64", "wb") as order_file:
        pending: list[np.ndarray] = []
        pending_short: list[np.ndarray] = []

        def flush() -> None:
            if pending_short:
                sig_file.write(signature_matrix(pending_short, settings).tobytes())
            together = np.concatenate(pending)
            buckets, hits = np.unique(together & np.uint64(STOCK_BUCKETS - 1), return_counts=True)
            counts[buckets.astype(np.int64)] += hits.astype(np.uint32)
            # The batch's sampled shingles in one pass (``sampled`` report by report cost ~3% of ``scan``).
            keep = in_sampled_slice(together, settings.sample)
            samples.append(together[keep])
            owner = np.repeat(np.arange(len(pending)), [len(p) for p in pending])
            sample_counts.append(np.bincount(owner[keep], minlength=len(pending)))
            pending.clear()
            pending_short.clear()

        for doc_id, text, day in items:
            ordered = ordered_shingles(text, settings.shingle_words)
            s, in_order, found_head = sorted_ordered_opening(ordered, width)
            order_file.write(in_order.tobytes())  # the same shingles in text order (the late-start rule)
            head = np.zeros(width, np.uint64)  # each report's opening, padded with zeros to a fixed width
            head[:len(found_head)] = found_head
            opening_file.write(head.tobytes())
            if too_short_to_sample(len(s), settings):
                short.append(len(ids))
                pending_short.append(s)
            shingle_file.write(s.tobytes())
            offsets.append(offsets[-1] + len(s))
            ids.append(doc_id)
            dates.append(day or "9999-12-31")
            pending.append(s)
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
    n = len(ids)
    if n < 2:
        return ScanResult(n, 0, [], [])
    # Plain ndarray views of the maps (slicing a np.memmap builds a memmap object each time: ~4% of ``scan`` at 30k,
    # tens of thousands of candidate pairs read), indexed by the Python list ``offsets``.
    shingle_store = np.memmap(work / "shingles.u64", dtype=np.uint64, mode="r").view(np.ndarray) if offsets[-1] \
        else np.zeros(0, np.uint64)
    bounds = np.asarray(offsets, dtype=np.int64)

    def shingle_set(i: int) -> np.ndarray:
        return shingle_store[offsets[i]:offsets[i + 1]]

    opening_store = np.memmap(work / "openings.u64", dtype=np.uint64, mode="r", shape=(n, width)).view(np.ndarray) \
        if width else None

    def opening(i: int) -> np.ndarray:
        """The report's opening (``opening_of``; stock text is removed where a partial copy is verified)."""
        if opening_store is None:
            return np.zeros(0, np.uint64)
        head = opening_store[i]
        return head[head != 0]

    order_handle = open(work / "order.u64", "rb")

    def order(i: int) -> np.ndarray:
        """The report's distinct shingles in text order, read from disk (only for pairs the rule keeps)."""
        order_handle.seek(int(bounds[i]) * 8)
        return np.fromfile(order_handle, dtype=np.uint64, count=int(bounds[i + 1] - bounds[i]))

    candidates = np.zeros((0, 2), np.int64)
    if len(short) >= 2:
        signatures = np.memmap(work / "signatures.u32", dtype=np.uint32, mode="r", shape=(len(short), num_perm))
        found = [pairs_in_band(band_keys(signatures, band, settings), settings) for band in range(settings.bands)]
        local = np.unique(np.concatenate(found), axis=0) if any(len(f) for f in found) else np.zeros((0, 2), np.int64)
        where = np.asarray(short, dtype=np.int64)
        local = plausible(local, signatures, np.diff(bounds)[where], settings)
        candidates = where[local] if len(local) else candidates
        del signatures
    stock_floor = max(settings.stock_reports, settings.stock_share * n)

    def distinct(shingle_set: np.ndarray) -> np.ndarray:
        """The shingles of a report that are not stock text in this stream."""
        return shingle_set[counts[(shingle_set & np.uint64(STOCK_BUCKETS - 1)).astype(np.int64)] < stock_floor]

    sample_sizes = np.concatenate(sample_counts).astype(np.int64)
    owners = np.repeat(np.arange(n, dtype=np.int64), sample_sizes)
    hashes = np.concatenate(samples) if samples else np.zeros(0, np.uint64)
    del samples
    grouped = _grouped(hashes, owners)  # one sort of the sampled shingles for the index and ``thin_reports``
    by_containment = bounded_candidates(hashes, owners, sample_sizes, settings.index_max_df, settings.min_hits,
                                        settings.min_estimate, grouped=grouped)[:, :2]
    thin = thin_reports(hashes, owners, n, settings.index_max_df, SHORT_REPORT, grouped)
    del grouped
    if settings.lede_run and width:
        # A report holding most of another's opening (``opening_pairs``), on the index's sampled shingles (an exact
        # lookup of every opening in every report's shingles cost 40% more CPU at 10k): a carried block of
        # ``lede_run`` shingles keeps 5 sampled shingles on average; two are asked (one alone paired 3x the candidates
        # on the benchmark); fewer than two among 40 at 1 in 8 happens 3% of the time.
        heads = np.asarray(opening_store)
        keep = (heads != 0) & in_sampled_slice(heads, settings.sample)
        q_owners = np.nonzero(keep)[0]
        found = opening_pairs(hashes, owners, heads[keep], q_owners, settings.lede_candidate, settings.index_max_df,
                              least=2)[:, :2]
        by_containment = np.concatenate([by_containment, found]).astype(np.int64)
        del heads
    # Reports the index hardly sees: too short to sample, or whose sampled shingles are nearly all held by
    # more than ``index_max_df`` reports (stock lines: the index links those only as stars). Every shingle of
    # theirs is looked up against every holder of it (``short_candidates``).
    lookup = set(short) | set(thin.tolist())
    del hashes, owners
    if lookup:
        found = short_candidates(_blocks(work / "shingles.u64", bounds), {i: shingle_set(i) for i in sorted(lookup)},
                                 settings.min_estimate, int(stock_floor))[:, :2]
        by_containment = np.concatenate([by_containment, found]).astype(np.int64)
    both = np.concatenate([candidates, by_containment]).astype(np.int64)
    candidates = np.unique(both, axis=0) if len(both) else both.reshape(0, 2)
    pairs = []
    for i, j in candidates.tolist():
        a, b = shingle_set(i), shingle_set(j)
        heads = (opening(i), opening(j))
        ok, jaccard, containment = verify(a, b, settings, heads)
        if not ok and settings.lede_run and (opens_into(heads[0], b, width // 2) >= settings.lede_open
                                             or opens_into(heads[1], a, width // 2) >= settings.lede_open):
            # A carried opening (``overlap.carries_opening``) needs the text orders: read only for these pairs.
            ok = verify(distinct(a), distinct(b), settings, (distinct(heads[0]), distinct(heads[1])),
                        (distinct(order(i)), distinct(order(j))))[0]
        elif not ok and settings.top_run and containment * min(len(a), len(b)) >= settings.top_run:
            # A carried top (``verify.carries_top``): a long shared block the text orders place at the smaller's top.
            ok = verify(distinct(a), distinct(b), settings, (distinct(heads[0]), distinct(heads[1])),
                        (distinct(order(i)), distinct(order(j))))[0]
        elif ok and jaccard < settings.near_duplicate:  # a partial copy: stock phrases alone must not make it
            orders = (distinct(order(i)), distinct(order(j)))
            ok = verify(distinct(a), distinct(b), settings, (distinct(heads[0]), distinct(heads[1])), orders)[0]
        if ok:
            pairs.append((i, j, jaccard, containment))
    order_handle.close()

    # Groups around an original (the earliest, then the longest): each member verified against it.
    groups = []
    for original, members in star_groups(pairs, lambda i: (dates[i], -(bounds[i + 1] - bounds[i]), ids[i])):
        copies = []
        for i in members:
            jaccard, _, _ = measure(shingle_set(original), shingle_set(i))
            copies.append(CopyMember(ids[i], round(jaccard, 4), round(_containment_of(shingle_set(i),
                                                                                    shingle_set(original)), 4)))
        groups.append(CopyGroup(f"copies-{ids[original]}", [ids[original]] + [m.document for m in copies],
                                ids[original], min(m.similarity for m in copies), copies))
    named = [(ids[i], ids[j], round(jac, 4), round(con, 4)) for i, j, jac, con in pairs]
    return ScanResult(n, len(candidates), named, sorted(groups, key=lambda g: g.id))
