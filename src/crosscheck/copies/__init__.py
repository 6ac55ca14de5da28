"""Copies: which reports are reprints of one another.

A wire story reprinted by ten outlets is one source, not ten. This stage finds
exact, near and partial copies:

1. **signatures**: each report's word 5-gram shingles (case, quote marks and
   spacing normalised) as a MinHash (rensa's RMinHash, 126 values);
2. **candidates**: MinHash LSH with a low Jaccard threshold, so that a
   truncated reprint (low Jaccard, high containment) still collides with its
   original; never all pairs;
3. **verification** on the exact shingle sets: a pair is a copy when the
   smaller report's shingles are mostly found in the larger one (containment)
   and enough of them are shared, which keeps two independent reports of one
   event (Jaccard ~0.01 in practice) apart however close their topic;
4. **groups** by union-find over verified pairs, each copy then compared with
   the group's original (earliest date, else most complete) again, so a chain
   A~B~C whose ends do not match is split rather than merged blindly;
5. **diff** of each copy against its original: passages dropped, added and
   changed, with changed numbers and names called out.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np

from ..records import CopyGroup, CopyMember, DiffOp, Document, SharedPassage, outlet_key
from .containment import (bounded_candidates, containment_candidates, in_sampled_slice, in_sorted, opening_candidates,
                          opening_pairs, sampled, short_candidates, thin_reports)
from .overlap import (carries_opening, coverage_profile, quoted_of, quoted_shingles,  # noqa: F401 (re-exported)
                      shares_passages_only)
from .minhash import (ESTIMATE_MARGIN, SHORT_REPORT, band_keys, candidate_pairs, measure,  # noqa: F401 (re-exported)
                      pairs_in_band, plausible, signature_matrix)
from .passages import shared_passages

_TOKEN = re.compile(r"\w+(?:[.,]\d+)*", re.UNICODE)
# A number with the word after it, so "12 miles -> 19 km" reads as a change of unit too.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?:\s?(?:%|[A-Za-z]+\b))?")
_NAME = re.compile(r"\b[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?)*")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


@dataclass(frozen=True)
class CopySettings:
    """Named thresholds. Defaults chosen on real pairs (see bench/RESULTS.md, copies).

    - ``shingle_words``: 5 words keep shared boilerplate phrases and short
      common n-grams from making independent reports look alike.
    - ``bands`` x ``rows_per_band`` MinHash values (rensa's RMinHash, 126 in all):
      a pair collides in some band with probability 1 - (1 - J^3)^42, i.e. 0.68
      at Jaccard 0.3 (a reprint keeping a third of its original), 0.93 at 0.4 and
      0.996 at 0.5, while unrelated reports (J < 0.05) almost never do;
      verification below removes the false candidates.
    - ``max_bucket``: a band bucket holding more reports than this (the same stock
      boilerplate everywhere) is compared as a chain, not all pairs.
    - ``min_containment``: share of the smaller report's shingles (template
      removed) found in the other. First chosen on the dev half of 377 labelled
      pairs (0.3); in round 2 re-chosen on all 377 (evaluation/copies_gold.py
      --set2 --split all, grid 0.3-0.35 x template 3-6): 0.32 with template 5 is
      the highest F1 (0.911, P 0.866, R 0.960) keeping recall >= 0.90 on every
      kind (0.35 drops edited-wire and update copies to 0.86-0.89).
    - ``min_shared_shingles``: a copy must share at least this many shingles,
      so two short notes sharing one stock sentence are not copies.
    """

    shingle_words: int = 5
    # Candidates by containment (``copies.containment``): 1 in ``sample`` shingles indexed; a pair
    # sharing ``min_hits`` of them, ``min_estimate`` of the smaller report's sample, is compared.
    sample: int = 8
    min_hits: int = 1
    min_estimate: float = 0.1
    # A sampled shingle held by more than this many reports is stock text (a place or byline line, a
    # widget) or a wire story reprinted everywhere: it links its reports as a star around the first,
    # not as all pairs (the index's memory and time grow with the pairs; at 200, 100k reports passed 2 GB).
    index_max_df: int = 50
    # Template text: a shingle found in at least this many of one outlet's reports (and this share of
    # them) is the outlet's page furniture (navigation, boxes, widgets) and never counts as shared.
    # On the labelled pairs (evaluation/data/copies_gold2.tsv, dev half) page furniture recurs in 6 to 29
    # reports of an outlet's few hundred, while a running story's versions share a passage in 2 to 8.
    template_reports: int = 5  # 6 before round 2; 5 chosen on all 377 pairs with ``min_containment``
    template_share: float = 0.0
    # Shared passages: runs of at least this many words two non-copy reports carry word for word.
    # 15 (about one wire sentence) chosen on half of evaluation/data/passages_gold.tsv (F1 0.70 against
    # 0.62 at 12 words and 0.53 at 20); the other half: precision 0.78, recall 0.95.
    passage_words: int = 15
    # Stock text in a large stream (``scan``): a shingle in at least this many reports, and this share of
    # the stream, is a stock phrase and is not counted as shared, unless the two reports are near-duplicates
    # (Jaccard >= ``near_duplicate``): a wire story reprinted hundreds of times stays a copy.
    stock_reports: int = 100
    stock_share: float = 0.005
    near_duplicate: float = 0.5
    bands: int = 42
    rows_per_band: int = 3
    min_containment: float = 0.32
    min_shared_shingles: int = 15
    # A short report most of which is in another (two thirds, at least ``short_shared`` shingles: one
    # 12-word sentence) is a copy though it cannot share ``min_shared_shingles``: one wire sentence in two
    # edits (issue 14 round 3; set by the rule's meaning, not fitted: on the 520 dev pairs it changes one).
    short_share: float = 2 / 3
    short_shared: int = 8
    # A report that carries the other's opening (``opening_share`` of its first ``opening_shingles`` distinct
    # shingles, about two sentences) and ``opening_containment`` of the smaller's text is a copy: an update
    # with a new top keeps the old lede lower down, a local paper merges the agency story under its own top.
    # Chosen on half A of the 520 pairs read (evaluation/copies_gold.py --set2 --halves; see
    # bench/results/issue-14-round3.md): a plateau over containment 0.15-0.2 and share 0.6-0.9.
    opening_shingles: int = 40
    opening_share: float = 0.7
    opening_containment: float = 0.2
    # A copy shares text from near its top: when the first ``late_start`` of the smaller report's distinct
    # shingles (in text order, template removed) share nothing with the other, what they share is a passage
    # after an opening of the smaller's own (a background paragraph, a widget, a footer), not its body.
    # Issue 14 round 4: chosen on half A of the 825 pairs read (evaluation/copies_gold.py --late-grid; see
    # bench/results/issue-14-round4.md); 1.01 turns the rule off.
    late_start: float = 0.45
    # A recurring block: when nearly all (``recurring_share``) of what two reports share is found in at least
    # ``recurring_reports`` reports of their outlet (fewer than its template needs) and begins after the smaller
    # report's top (``recurring_start`` of its distinct shingles), it is the outlet's furniture (a video widget, a
    # comment-rules box, a footer) met on a few pages, not a copy. Issue 14 round 4, chosen on half A of the 825
    # pairs (evaluation/copies_gold.py --recurring-grid); a running story's versions share their text from the top.
    recurring_reports: int = 3
    recurring_share: float = 0.9
    recurring_start: float = 0.3
    # Quotes of one speech: when the shared text covers less than ``quoted_below`` of the smaller report (runs of
    # shared shingles, ``coverage_profile``) and at least ``quoted_share`` of what the two share lies inside quotation
    # marks in both reports, two reporters quoted one speaker, statement or tweet: not a copy (a document's text so
    # quoted stays a shared passage). Issue 14 round 5, chosen on half A of the 1153 pairs read
    # (python -m evaluation.copies_features --load TABLE --quoted-grid; bench/results/issue-14-s4.md).
    quoted_below: float = 0.5
    quoted_share: float = 0.7
    # Two texts sharing passages, not one text reused: when the shared runs cover less than ``partial_below`` of the
    # smaller report, leave its opening (first ``partial_lead_shingles`` distinct shingles) under ``partial_lead``
    # covered and sit in one part of the larger (first to last shared run under ``partial_span`` of it), the two
    # share background, not a body (its passages stay shared passages). 0 turns the rule off. Issue 14 round 5, chosen
    # on half A of the 1153 pairs (evaluation/copies_features.py --partial-grid, --other-grid, --block-grid).
    partial_below: float = 0.35
    partial_lead: float = 0.2
    partial_span: float = 0.7
    partial_lead_shingles: int = 60
    # ... unless one shared run is a block of at least this many shingles (about 100 words): a body kept; or
    # the larger report's opening is ``partial_lead_other`` covered (the smaller carries the other's lede).
    partial_block: int = 100
    partial_lead_other: float = 0.1
    # A shared run: at least this many consecutive shared shingles (4 shingles of 5 words: 8 words).
    run_shingles: int = 4
    # A carried opening (``overlap.carries_opening``; issue 14 session 5): one report's opening (``lede_open`` of its
    # first ``opening_shingles``) is in the other and one unbroken run of at least ``lede_run`` shingles starting within
    # its first ``lede_first`` shingles is: an excerpt, teaser, truncated page or embedded body, a copy whatever share of
    # either report it covers. 0 turns the rule off. Chosen on half A of all 1458 pairs read (copies_fresh4 included;
    # grid run 30-60 x open 0.5-0.7 x first 10-40, bench/results/issue-14-s5.md): F1 A 0.894 -> 0.916, B 0.898 -> 0.917.
    # Run 40 (about 45 words, a paragraph), not A's best 30 (0.918: one more single-paragraph blurb), so that a report
    # sharing only another's two-sentence lede stays a shared passage (round 3's test of that trap).
    lede_run: int = 40
    lede_open: float = 0.6
    lede_first: int = 20
    # Candidates for it: a report holding this share of another's opening (exact lookup of every opening).
    lede_candidate: float = 0.5
    max_bucket: int = 200
    seed: int = 1


def shingles(text: str, size: int = 5) -> np.ndarray:
    """Hashed word n-grams of a normalised text: a sorted array of unique uint64.

    Each distinct word is hashed once (cached), and n-gram hashes are combined
    from word hashes with numpy, so shingling costs little more than tokenising.
    """
    return sorted_unique(ordered_shingles(text, size))


def ordered_shingles(text: str, size: int = 5) -> np.ndarray:
    """``shingles`` in text order, repeats kept (a report's opening is its first ones)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    words = _TOKEN.findall(text)
    if not words:
        return np.zeros(0, dtype=np.uint64)
    h = word_hashes(words)
    if len(h) < size:
        size = len(h)
    grams = np.zeros(len(h) - size + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(size):  # polynomial rolling combination, wrapping mod 2**64
            grams = grams * np.uint64(1000003) + h[k:len(h) - size + 1 + k]
    return grams


def opening_of(ordered: np.ndarray, k: int, template: np.ndarray | None = None) -> np.ndarray:
    """A report's opening: its first ``k`` distinct shingles in text order, template text removed (about
    its first two sentences: the lede a copy keeps, whatever it cuts or adds after it)."""
    head = ordered[:4 * k]
    if template is not None and len(template) and len(head):
        head = head[~np.isin(head, template)]
    _, first = np.unique(head, return_index=True)
    return head[np.sort(first)][:k]


def in_text_order(ordered: np.ndarray, template: np.ndarray | None = None) -> np.ndarray:
    """A report's distinct shingles in the order they first appear, template text removed."""
    if template is not None and len(template) and len(ordered):
        ordered = ordered[~np.isin(ordered, template)]
    _, first = np.unique(ordered, return_index=True)
    return ordered[np.sort(first)]


def sorted_and_ordered(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(``sorted_unique``, ``in_text_order``) of a report's shingles from one stable sort."""
    if len(ordered) < 2:
        return ordered.copy(), ordered.copy()
    at = np.argsort(ordered, kind="stable")
    values = ordered[at]
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep], ordered[np.sort(at[keep])]


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
    return float(np.isin(opening, other, assume_unique=True).mean())


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of a 1-d array, by one sort and a mask: three times faster on a report's shingles."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


@lru_cache(maxsize=1_000_000)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


_WORD_HASHES: dict[str, int] = {}


def word_hashes(words: list[str]) -> np.ndarray:
    """``_word_hash`` of each word, through a plain dict (a lookup costs a third of lru_cache's)."""
    cache = _WORD_HASHES
    try:
        return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))
    except KeyError:
        missing = set(words).difference(cache)  # one set operation in C, not a test per word
        if len(cache) + len(missing) > 2_000_000:
            cache.clear()
            missing = set(words)
        for w in missing:
            cache[w] = _word_hash(w)
        return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))


def find_copies(documents: Sequence[Document], settings: CopySettings | None = None) -> list[CopyGroup]:
    return find_copies_and_passages(documents, settings)[0]


def find_copies_and_passages(documents: Sequence[Document], settings: CopySettings | None = None,
                             between=None) -> tuple[list[CopyGroup], list[SharedPassage]]:
    """Copy groups, and the passages reports outside one copy group share.

    ``between``: a function to use instead of ``passages_between`` (same arguments and
    result), as ``kept.passages_between_kept`` gives one (issue 17: a growing story).

    Candidates come from two indexes: MinHash LSH (near-duplicates, any length) and the
    containment index (a report holding a tenth of another, or a tenth of it). Each is
    verified on exact shingle sets from which each outlet's template text is removed.
    """
    settings = settings or CopySettings()
    ids = [d.id for d in documents]
    outlet_recurring: dict[str, np.ndarray] = {}
    template = template_of(documents, settings, outlet_recurring)
    sets = {d.id: _without(shingles(d.text, settings.shingle_words), template.get(outlet_key(d.outlet)))
            for d in documents}
    # Every report's opening (a second tokenisation of each): the candidates of a carried opening need them all.
    openings, orders = openings_and_orders(documents, template, settings)
    found = candidates(ids, sets, settings, openings)
    by_id = {d.id: d for d in documents}
    held = [by_id[ids[k]] for k in np.unique(found).tolist()]
    recurring = recurring_by_report(held, outlet_recurring)
    quoted = quoted_of(held, settings)
    pairs = verified_pairs(((ids[i], ids[j]) for i, j in found.tolist()), sets, settings, openings, orders, recurring,
                           quoted)
    groups = build_groups(pairs, by_id, sets, settings, openings, orders, recurring, quoted)
    return groups, (between or passages_between)([(ids[i], ids[j]) for i, j in found.tolist()], by_id, groups,
                                                 template, settings)


def passages_between(pairs: Iterable[tuple[str, str]], by_id: dict[str, Document], groups: list[CopyGroup],
                     template: dict[str, np.ndarray], settings: CopySettings) -> list[SharedPassage]:
    """Shared passages of candidate pairs that are not one source already (one copy group, one outlet)."""
    group_of = {m: g.id for g in groups for m in g.documents}
    shared: list[SharedPassage] = []
    for a_id, b_id in pairs:
        a, b = by_id[a_id], by_id[b_id]
        if group_of.get(a.id, a.id) == group_of.get(b.id, b.id) or _same_outlet(a, b):
            continue  # one source already: its passages add nothing
        ignore = _union_of(template.get(outlet_key(a.outlet)), template.get(outlet_key(b.outlet)))
        shared.extend(shared_passages(a.id, a.text, b.id, b.text, size=settings.shingle_words,
                                      min_words=settings.passage_words, ignore=ignore))
    return sorted(shared, key=lambda p: p.id)


def template_of(documents: Sequence[Document], settings: CopySettings, recurring: dict | None = None
                ) -> dict[str, np.ndarray]:
    """``template_shingles`` shingling only the reports of outlets with enough reports to have a template
    (``recurring``, when given, is filled as ``template_shingles`` fills it)."""
    counts: dict[str, int] = {}
    for d in documents:
        counts[outlet_key(d.outlet)] = counts.get(outlet_key(d.outlet), 0) + 1
    busy = [d for d in documents if outlet_key(d.outlet) and counts[outlet_key(d.outlet)] >= settings.template_reports]
    if not busy:
        return {}
    return template_shingles(busy, {d.id: shingles(d.text, settings.shingle_words) for d in busy}, settings,
                             recurring)


def without_template(text: str, outlet: str | None, template: dict[str, np.ndarray], settings: CopySettings
                     ) -> np.ndarray:
    """A report's shingle set with its outlet's template shingles removed: what verification compares."""
    return _without(shingles(text, settings.shingle_words), template.get(outlet_key(outlet)))


def candidates(ids: Sequence[str], sets: dict[str, np.ndarray], settings: CopySettings,
               openings: dict[str, np.ndarray] | None = None) -> np.ndarray:
    """Index pairs (i < j) worth comparing: MinHash LSH collisions plus containment-index hits, plus (given each
    report's ``openings``) the reports holding most of another's opening (``opening_candidates``)."""
    signatures = signature_matrix([sets[i] for i in ids], settings)
    sizes = np.array([len(sets[i]) for i in ids], dtype=np.int64)
    by_minhash = np.array(candidate_pairs(signatures, settings), dtype=np.int64).reshape(-1, 2)
    by_minhash = plausible(by_minhash, signatures, sizes, settings)
    by_containment = containment_candidates([sets[i] for i in ids], settings.sample, settings.min_hits,
                                            settings.min_estimate, settings.index_max_df)[:, :2]
    short = [k for k, size in enumerate(sizes.tolist()) if size < SHORT_REPORT * settings.sample]
    by_lookup = short_candidates(((k, sets[i]) for k, i in enumerate(ids)), {k: sets[ids[k]] for k in short},
                                 settings.min_estimate, settings.index_max_df)[:, :2]
    found = [by_minhash, by_containment, by_lookup]
    if openings is not None and settings.lede_run:
        found.append(opening_candidates(((k, sets[i]) for k, i in enumerate(ids)),
                                        {k: openings[i] for k, i in enumerate(ids)}, settings.lede_candidate,
                                        settings.index_max_df)[:, :2])
    both = np.concatenate(found).astype(np.int64)
    return np.unique(both, axis=0) if len(both) else both.reshape(0, 2)


def template_shingles(documents: Sequence[Document], sets: dict[str, np.ndarray],
                      settings: CopySettings, recurring: dict | None = None) -> dict[str, np.ndarray]:
    """Per outlet, the shingles found in many of its reports: page furniture, not content. ``recurring``, when
    given, gets per outlet the shingles found in at least ``settings.recurring_reports`` of its reports (sorted),
    for the recurring-block rule (``verify``)."""
    by_outlet: dict[str, list[str]] = {}
    for d in documents:
        key = outlet_key(d.outlet)
        if key:
            by_outlet.setdefault(key, []).append(d.id)
    out = {}
    for key, members in by_outlet.items():
        floor = max(settings.template_reports, settings.template_share * len(members))
        if len(members) < floor:
            continue
        values, counts = np.unique(np.concatenate([sets[m] for m in members]), return_counts=True)
        frequent = values[counts >= floor]
        if len(frequent):
            out[key] = frequent
        if recurring is not None:
            recurring[key] = values[counts >= settings.recurring_reports]
    return out


def _without(s: np.ndarray, template: np.ndarray | None) -> np.ndarray:
    if template is None or not len(s):
        return s
    return s[~np.isin(s, template, assume_unique=True)]


def _union_of(a: np.ndarray | None, b: np.ndarray | None) -> np.ndarray | None:
    parts = [x for x in (a, b) if x is not None]
    return np.unique(np.concatenate(parts)) if parts else None


def _same_outlet(a: Document, b: Document) -> bool:
    return bool(outlet_key(a.outlet)) and outlet_key(a.outlet) == outlet_key(b.outlet)


# Buckets of the stock-text counter (``scan``): 16M, so that a stream of 100k reports (60M shingles)
# puts a few unrelated shingles in a bucket, far under the stock floor of 100+ reports.
STOCK_BUCKETS = 1 << 24



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
            and shared >= settings.min_shared_shingles:
        least = settings.opening_shingles // 2
        ok = max(opens_into(openings[0], b, least), opens_into(openings[1], a, least)) >= settings.opening_share
    if not ok and openings is not None and orders is not None and settings.lede_run \
            and shared >= settings.lede_run and carries_opening(a, b, openings, orders, settings):
        # One page carries the other's opening as a block: the late-start, recurring-block and shared-passage rules do
        # not apply (the block is the other's top, wherever it sits in this page; a story excerpted on two or three hub
        # pages of its outlet recurs there as furniture does: on half A, checking it lost 6 of 68 lede/embedded copies).
        # Only for pairs the containment rules turn down: applied to every pair, half A gained no copy and 2 false ones.
        return True, jaccard, containment
    if ok and orders is not None and settings.late_start <= 1:
        small, other = (orders[0], b) if len(a) <= len(b) else (orders[1], a)
        start = shared_from(small, other)
        ok = start < settings.late_start
        if ok and start >= settings.recurring_start:
            ok = not _recurring_block(a, b, recurring, settings)
    if ok and orders is not None and (quoted is not None or settings.partial_below > 0):
        ok = not shares_passages_only(a, b, orders, settings, quoted)
    return ok, jaccard, containment


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


def connected_components(pairs: Iterable[tuple]) -> list[list]:
    """Groups of the items linked by pairs (union-find over the first two fields)."""
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        parent[find(pair[0])] = find(pair[1])
    groups: dict = {}
    for item in list(parent):
        groups.setdefault(find(item), []).append(item)
    return list(groups.values())


def star_groups(pairs: Iterable[tuple], rank) -> list[tuple]:
    """(original, members) groups from verified pairs: in each linked set the original is the report
    linked to most others (the lowest ``rank`` among equals), its members those verified with it;
    the rest form groups of their own. A chain A~B~C whose ends do not match is split, not merged."""
    linked: dict = {}
    for p in pairs:
        linked.setdefault(p[0], set()).add(p[1])
        linked.setdefault(p[1], set()).add(p[0])
    out = []
    for component in connected_components(pairs):
        remaining = set(component)
        while len(remaining) >= 2:
            ordered = sorted(remaining, key=rank)
            original = max(ordered, key=lambda c: len(linked[c] & remaining))
            members = linked[original] & remaining
            if not members:
                break
            out.append((original, sorted(members)))
            remaining -= members | {original}
    return out


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


def recurring_by_report(documents: Iterable[Document], recurring: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Report id -> its outlet's recurring shingles (``template_shingles``), for the reports of outlets that have them."""
    return {d.id: recurring[outlet_key(d.outlet)] for d in documents if outlet_key(d.outlet) in recurring}


def _pair(openings, a, b) -> tuple[np.ndarray, np.ndarray] | None:
    return None if openings is None else (openings[a], openings[b])


def openings_of(documents: Sequence[Document], template: dict[str, np.ndarray], settings: CopySettings
                ) -> dict[str, np.ndarray]:
    """Each report's opening (``opening_of``), its outlet's template text removed."""
    return {d.id: opening_of(ordered_shingles(d.text, settings.shingle_words), settings.opening_shingles,
                             template.get(outlet_key(d.outlet))) for d in documents}


def openings_and_orders(documents: Sequence[Document], template: dict[str, np.ndarray], settings: CopySettings
                        ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """(``openings_of``, each report's ``in_text_order``; template removed) from one tokenisation of each report."""
    openings, orders = {}, {}
    for d in documents:
        ordered, own = ordered_shingles(d.text, settings.shingle_words), template.get(outlet_key(d.outlet))
        openings[d.id] = opening_of(ordered, settings.opening_shingles, own)
        orders[d.id] = in_text_order(ordered, own)
    return openings, orders


def _age_key(d: Document) -> tuple:
    p = d.published
    day = p.date or p.latest or p.earliest or "9999-12-31"
    # Earliest first; among equals the most complete (longest) text is the original.
    return (day, -len(d.text), d.id)


# A page that reposts others' text: a forum or discussion board, a cached copy, a feed scraper, a blog host.
_REPOST = re.compile(r"forum|discuss|board|thread|cached|\bcache\b|blogspot|\brss|/feed\b", re.IGNORECASE)


def _credits(text: str, name: str) -> bool:
    """Does ``text`` credit ``name`` as its source: "(Reuters)", "Source: BBC", "via AP", "courtesy of ...",
    "© Reuters", "copyright 2005 AFP", "originally published by ..."?"""
    if len(name) < 2:
        return False
    pattern = (r"(?:\(\s*|\bsource\s*:?\s*|\bvia\s+|\bcourtesy\s+of\s+|©\s*|\bcopyright\s+(?:\d{4}\s+)?"
               r"|\boriginally\s+published\s+(?:by|in|on|at)\s+)(?:the\s+)?" + re.escape(name) + r"\b")
    return re.search(pattern, text, re.IGNORECASE) is not None


def _names(d: Document) -> set[str]:
    """The names a report's outlet goes by in text: "BBC News" -> {"BBC News", "bbc news"}; from the url's host too."""
    out = set()
    for raw in (d.outlet, _host(d.url)):
        if raw:
            out.add(raw.strip())
            if outlet_key(raw):
                out.add(outlet_key(raw))
    return {n for n in out if len(n) >= 2}


def _host(url: str | None) -> str | None:
    m = re.match(r"(?:https?://)?(?:www\.)?([^/\s]+)", url or "")
    return m.group(1) if m else None


def original_evidence(documents: dict[str, Document], members: Sequence[str], sets) -> dict[str, int]:
    """Evidence that each member of a copy group is the original text, not a copy (higher: more likely):

    - a repost page (forum or discussion board, cached copy, feed scraper, blog host, by its url or outlet): -2;
    - a report crediting another member's outlet as its source ("(Reuters)", "Source: BBC", or main's
      ``Document.agency``): -1 for it, +1 for the credited member;
    - the fuller text (half as long again) whose opening the other carries (a truncated or lede-only copy, a
      repost of its top): +1.
      A longer report that holds the other only after an opening of its own (a roundup, an update with a
      new top) gets nothing: containment alone cannot tell an embedding from an excerpt.

    Publication day only breaks ties (``build_groups``): a repost is often dated before the report it copies
    (the forum page of an early version, the original's page updated the next day)."""
    from .passages import positional_shingles

    score = {m: 0 for m in members}
    for m in members:
        d = documents[m]
        if _REPOST.search(d.url or "") or _REPOST.search(d.outlet or ""):
            score[m] -= 2
    for m in members:
        d = documents[m]
        own = {outlet_key(n) for n in _names(d)}
        for o in members:
            if o == m:
                continue
            other = documents[o]
            names = [n for n in _names(other) if outlet_key(n) not in own]
            agency = outlet_key(d.agency) if d.agency else ""
            if (agency and agency in {outlet_key(n) for n in names}) or any(_credits(d.text, n) for n in names):
                score[m] -= 1
                score[o] += 1
    for m in members:
        opening = positional_shingles(documents[m].text, 5)[0][:12]
        for o in members:
            if o != m and len(sets[m]) >= 1.5 * len(sets[o]) and len(opening) and np.isin(opening, sets[o]).any():
                score[m] += 1
                break
    return score


def build_groups(pairs: list[tuple[str, str, float, float]], documents: dict[str, Document],
                 sets, settings: CopySettings, openings=None, orders=None, recurring=None, quoted=None
                 ) -> list[CopyGroup]:
    def is_copy(original: str, doc_id: str) -> bool:
        return verify(sets[original], sets[doc_id], settings, _pair(openings, original, doc_id),
                      _pair(orders, original, doc_id), _recurring_of(recurring, original, doc_id),
                      _pair(quoted, original, doc_id))[0]

    groups: list[CopyGroup] = []
    for members in connected_components(pairs):
        evidence = original_evidence(documents, members, sets)
        remaining = sorted(members, key=lambda i: (-evidence[i],) + _age_key(documents[i]))
        # The original is the report of which all the others are copies, chosen by evidence
        # (``original_evidence``), then the earliest; in a chain (A~B, B~C, A!~C) it is the one
        # that covers the most members, and the members it does not cover form groups of their own.
        while len(remaining) >= 2:
            covered = {c: [d for d in remaining if d != c and is_copy(c, d)] for c in remaining}
            original = max(remaining, key=lambda c: (len(covered[c]), -remaining.index(c)))
            if not covered[original]:
                break
            kept = [CopyMember(d, round(measure(sets[original], sets[d])[0], 4),
                               round(_containment_of(sets[d], sets[original]), 4),
                               diff_reports(documents[original], documents[d])) for d in covered[original]]
            groups.append(CopyGroup(
                id=f"copies-{original}", documents=[original] + covered[original], original=original,
                similarity=min(m.similarity for m in kept), members=kept))
            remaining = [d for d in remaining if d != original and d not in covered[original]]
    return sorted(groups, key=lambda g: g.id)


def _containment_of(copy: np.ndarray, original: np.ndarray) -> float:
    """Share of the copy's shingles found in the original."""
    return len(np.intersect1d(copy, original, assume_unique=True)) / len(copy) if len(copy) else 0.0


# ---------------------------------------------------------------------- diff


def _passages(d: Document) -> list[str]:
    """Sentences are the unit a reader compares: the clean stage's, else a plain split."""
    if d.sentences:
        return [s.text for s in d.sentences]
    text = d.text
    parts = re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def _normal(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).translate(_QUOTES)).strip().casefold()


def diff_reports(original: Document, copy: Document) -> list[DiffOp]:
    """Aligned passages of an original and its copy, with changed numbers and names."""
    a, b = _passages(original), _passages(copy)
    matcher = difflib.SequenceMatcher(a=[_normal(x) for x in a], b=[_normal(x) for x in b], autojunk=False)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "equal":
            ops.append(DiffOp("equal", left, right))
        elif tag == "delete":
            ops.append(DiffOp("delete", left, ""))
        elif tag == "insert":
            ops.append(DiffOp("insert", "", right))
        else:
            ops.extend(_align_block(a[i1:i2], b[j1:j2]))
    return ops


def _align_block(left: list[str], right: list[str]) -> list[DiffOp]:
    """Pair the sentences of a changed block one to one where they are edits of each
    other (similar wording), in order; the rest were dropped or added."""
    ops: list[DiffOp] = []
    j = 0
    for sentence in left:
        best, best_ratio = None, 0.5  # below half the characters in common: not an edit
        for k in range(j, len(right)):
            ratio = difflib.SequenceMatcher(a=_normal(sentence), b=_normal(right[k]), autojunk=False).ratio()
            if ratio > best_ratio:
                best, best_ratio = k, ratio
        if best is None:
            ops.append(DiffOp("delete", sentence, ""))
            continue
        ops.extend(DiffOp("insert", "", r) for r in right[j:best])
        r = right[best]
        ops.append(DiffOp("replace", sentence, r, _changed(_NUMBER, sentence, r), _changed(_NAME, sentence, r)))
        j = best + 1
    ops.extend(DiffOp("insert", "", r) for r in right[j:])
    return ops


def _changed(pattern: re.Pattern, left: str, right: str) -> list[str]:
    before = [m.group(0) for m in pattern.finditer(left)]
    after = [m.group(0) for m in pattern.finditer(right)]
    gone = [x for x in before if x not in after]
    new = [x for x in after if x not in before]
    if not gone and not new:
        return []
    if len(gone) == len(new):
        return [f"{g} -> {n}" for g, n in zip(gone, new)]
    return [f"{', '.join(gone) or '(none)'} -> {', '.join(new) or '(none)'}"]


# ------------------------------------------------------------ at scale, on disk


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
    samples: list[np.ndarray] = []  # the containment index's share of each report's shingles (1 in ``sample``)
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
            buckets, hits = np.unique(np.concatenate(pending) & np.uint64(STOCK_BUCKETS - 1), return_counts=True)
            counts[buckets.astype(np.int64)] += hits.astype(np.uint32)
            pending.clear()
            pending_short.clear()

        for doc_id, text, day in items:
            ordered = ordered_shingles(text, settings.shingle_words)
            s, in_order = sorted_and_ordered(ordered)
            order_file.write(in_order.tobytes())  # the same shingles in text order (the late-start rule)
            head = np.zeros(width, np.uint64)  # each report's opening, padded with zeros to a fixed width
            found_head = opening_of(ordered, width)
            head[:len(found_head)] = found_head
            opening_file.write(head.tobytes())
            samples.append(sampled(s, settings.sample))
            if len(s) < SHORT_REPORT * settings.sample:
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
    shingle_store = np.memmap(work / "shingles.u64", dtype=np.uint64, mode="r") if offsets[-1] else np.zeros(0, np.uint64)
    bounds = np.asarray(offsets, dtype=np.int64)

    def shingle_set(i: int) -> np.ndarray:
        return np.asarray(shingle_store[bounds[i]:bounds[i + 1]])

    opening_store = np.memmap(work / "openings.u64", dtype=np.uint64, mode="r", shape=(n, width)) if width else None

    def opening(i: int) -> np.ndarray:
        """The report's opening (``opening_of``; stock text is removed where a partial copy is verified)."""
        if opening_store is None:
            return np.zeros(0, np.uint64)
        head = np.asarray(opening_store[i])
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

    sample_sizes = np.array([len(x) for x in samples], dtype=np.int64)
    owners = np.repeat(np.arange(n, dtype=np.int64), sample_sizes)
    hashes = np.concatenate(samples) if samples else np.zeros(0, np.uint64)
    del samples
    by_containment = bounded_candidates(hashes, owners, sample_sizes, settings.index_max_df, settings.min_hits,
                                        settings.min_estimate)[:, :2]
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
    lookup = set(short) | set(thin_reports(hashes, owners, n, settings.index_max_df, SHORT_REPORT).tolist())
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
        if not ok and settings.lede_run and max(opens_into(heads[0], b, width // 2),
                                                opens_into(heads[1], a, width // 2)) >= settings.lede_open:
            # A carried opening (``overlap.carries_opening``) needs the text orders: read only for these pairs.
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
