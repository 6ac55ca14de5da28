"""Copies: which reports are reprints of one another.

A wire story reprinted by ten outlets is one source, not ten. This stage finds
exact, near and partial copies:

1. **signatures**: each report's word 5-gram shingles (case, quote marks and
   spacing normalised) as a MinHash (datasketch, 128 permutations);
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
from typing import Iterable, Sequence

from .records import CopyGroup, CopyMember, DiffOp, Document

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
    - ``lsh_threshold``: candidate Jaccard for LSH; 0.2 lets a reprint keeping a
      third of its original through (their Jaccard is ~0.3), and verification
      below removes the false candidates.
    - ``min_containment``: share of the smaller report's shingles found in the
      other; a real partial reprint measured 0.86, independent same-event
      reports under 0.05.
    - ``min_shared_shingles``: a copy must share at least this many shingles,
      so two short notes sharing one stock sentence are not copies.
    """

    shingle_words: int = 5
    num_perm: int = 128
    lsh_threshold: float = 0.2
    min_containment: float = 0.5
    min_shared_shingles: int = 15
    seed: int = 1


def shingles(text: str, size: int = 5) -> set[int]:
    """Hashed word n-grams of a normalised text."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    words = _TOKEN.findall(text)
    if len(words) < size:
        return {_hash(" ".join(words))} if words else set()
    return {_hash(" ".join(words[i:i + size])) for i in range(len(words) - size + 1)}


def _hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")


def find_copies(documents: Sequence[Document], settings: CopySettings | None = None) -> list[CopyGroup]:
    settings = settings or CopySettings()
    sets = {d.id: shingles(d.text, settings.shingle_words) for d in documents}
    pairs = verified_pairs(candidate_pairs(sets, settings), sets, settings)
    by_id = {d.id: d for d in documents}
    return build_groups(pairs, by_id, sets, settings)


def candidate_pairs(sets: dict[str, set[int]], settings: CopySettings) -> set[tuple[str, str]]:
    """Pairs that share LSH buckets: the only pairs ever compared in full."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
    minhashes = {}
    for doc_id, shingle_set in sets.items():
        if not shingle_set:
            continue
        # Shingles are already 64-bit hashes: use their low 32 bits as the hash values.
        m = MinHash(num_perm=settings.num_perm, seed=settings.seed, hashfunc=_low32)
        m.update_batch(list(shingle_set))
        minhashes[doc_id] = m
        lsh.insert(doc_id, m)
    pairs: set[tuple[str, str]] = set()
    for doc_id, m in minhashes.items():
        for other in lsh.query(m):
            if other != doc_id:
                pairs.add((min(doc_id, other), max(doc_id, other)))
    return pairs


def _low32(value: int) -> int:
    return value & 0xFFFFFFFF


def measure(a: set[int], b: set[int]) -> tuple[float, float, int]:
    """(Jaccard, containment of the smaller set in the larger, shared shingles)."""
    if not a or not b:
        return 0.0, 0.0, 0
    shared = len(a & b)
    return shared / len(a | b), shared / min(len(a), len(b)), shared


def verified_pairs(candidates: Iterable[tuple[str, str]], sets: dict[str, set[int]],
                   settings: CopySettings) -> list[tuple[str, str, float, float]]:
    out = []
    for a, b in sorted(candidates):
        jaccard, containment, shared = measure(sets[a], sets[b])
        if containment >= settings.min_containment and shared >= min(settings.min_shared_shingles,
                                                                      min(len(sets[a]), len(sets[b]))):
            out.append((a, b, jaccard, containment))
    return out


def _age_key(d: Document) -> tuple:
    p = d.published
    day = p.date or p.latest or p.earliest or "9999-12-31"
    # Earliest first; among equals the most complete (longest) text is the original.
    return (day, -len(d.text), d.id)


def build_groups(pairs: list[tuple[str, str, float, float]], documents: dict[str, Document],
                 sets: dict[str, set[int]], settings: CopySettings) -> list[CopyGroup]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _, _ in pairs:
        parent[find(a)] = find(b)
    clusters: dict[str, list[str]] = {}
    for doc_id in list(parent):
        clusters.setdefault(find(doc_id), []).append(doc_id)

    def is_copy(original: str, doc_id: str) -> bool:
        _, containment, shared = measure(sets[original], sets[doc_id])
        return containment >= settings.min_containment and shared >= min(
            settings.min_shared_shingles, len(sets[doc_id]), len(sets[original]))

    groups: list[CopyGroup] = []
    for members in clusters.values():
        remaining = sorted(members, key=lambda i: _age_key(documents[i]))
        # The original is the earliest report of which all the others are copies; in a
        # chain (A~B, B~C, A!~C) it is the one that covers the most members, and the
        # members it does not cover form groups of their own.
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


def _containment_of(copy: set[int], original: set[int]) -> float:
    """Share of the copy's shingles found in the original."""
    return len(copy & original) / len(copy) if copy else 0.0


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
