"""Word 5-gram shingles of a report (case, quote marks and spacing normalised): sorted sets, text order, openings.

``_QUOTES`` and ``_TOKEN`` are the one normalisation of words every part of the stage uses (shingles, shared
passages, diffs), so that hashes and aligned passages agree."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np


_TOKEN = re.compile(r"\w+(?:[.,]\d+)*", re.UNICODE)


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def shingles(text: str, size: int = 5) -> np.ndarray:
    """Hashed word n-grams of a normalised text: a sorted array of unique uint64.

    Each distinct word is hashed once (cached), and n-gram hashes are combined
    from word hashes with numpy, so shingling costs little more than tokenising.
    """
    return sorted_unique(ordered_shingles(text, size))


def ordered_shingles(text: str, size: int = 5) -> np.ndarray:
    """``shingles`` in text order, repeats kept (a report's opening is its first ones). Read-only: the last
    reports' arrays are kept, since the copies stage asks for each report's up to three times (issue 17)."""
    return _ordered_kept(text, size)


@lru_cache(maxsize=1200)  # a story of 1,000 reports asked over again; a stream's reports each once (bounded memory)
def _ordered_kept(text: str, size: int) -> np.ndarray:
    grams = _ordered_shingles(text, size)
    grams.setflags(write=False)  # shared by every caller: changed by none
    return grams


def _ordered_shingles(text: str, size: int) -> np.ndarray:
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
    return sorted_ordered_opening(ordered, 0)[:2]


def sorted_ordered_opening(ordered: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(``sorted_unique``, ``in_text_order``, ``opening_of(ordered, k)``) of a report's shingles from one stable sort:
    the opening is the distinct shingles in text order whose first place is among the first ``4 * k``, the first
    ``k`` of them (``scan`` reads all three of every report)."""
    if len(ordered) < 2:
        return ordered.copy(), ordered.copy(), ordered[:k].copy()
    at = np.argsort(ordered, kind="stable")
    values = ordered[at]
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    first = np.sort(at[keep])
    in_order = ordered[first]
    return values[keep], in_order, in_order[:k][first[:k] < 4 * k]


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
