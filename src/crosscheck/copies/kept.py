"""Shared passages of a growing story, pair by pair from an earlier run (issue 17).

Adding 10 reports to a story of 1,000 adds candidate pairs that hold one of the 10; the
pairs of two old reports were compared by an earlier run. ``passages_between_kept`` is
``passages_between`` with each compared pair's passages looked up first (``lookup``) under a
key of everything they depend on: the two texts, the template text ignored for the two
outlets, and the settings; only pairs not found are compared, and handed to ``keep``. Which
pairs are compared (candidates, copy groups, outlets) is decided exactly as before, so the
result equals ``passages_between``'s. This module knows no store: the caller passes both.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Iterable

import numpy as np

from ..records import Document, SharedPassage, outlet_key
from . import CopySettings, CopyGroup, _same_outlet, _union_of
from .passages import shared_passages

# (pair id -> key) -> the kept passages of the pairs whose key matches
Lookup = Callable[[dict[str, str]], dict[str, list[SharedPassage]]]
# (pair id, key, passages) rows to keep
Keep = Callable[[list[tuple[str, str, list[SharedPassage]]]], None]


def pair_id(a: str, b: str) -> str:
    return f"{min(a, b)}|{max(a, b)}"


def _key(a: Document, b: Document, ignore: np.ndarray | None, settings: CopySettings) -> str:
    if b.id < a.id:
        a, b = b, a
    h = hashlib.sha1()
    for text in (a.text, b.text):
        h.update(text.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    if ignore is not None and len(ignore):
        h.update(np.ascontiguousarray(ignore, dtype=np.uint64).tobytes())
    h.update(f"{settings.shingle_words}:{settings.passage_words}".encode())
    return h.hexdigest()[:24]


def passages_between_kept(lookup: Lookup, keep: Keep) -> Callable[..., list[SharedPassage]]:
    """A ``passages_between`` (same arguments, same result) that reuses kept pairs' passages."""

    def between(pairs: Iterable[tuple[str, str]], by_id: dict[str, Document], groups: list[CopyGroup],
                template: dict[str, np.ndarray], settings: CopySettings) -> list[SharedPassage]:
        group_of = {m: g.id for g in groups for m in g.documents}
        todo: list[tuple[str, Document, Document, np.ndarray | None, str]] = []
        for a_id, b_id in pairs:
            a, b = by_id[a_id], by_id[b_id]
            if group_of.get(a.id, a.id) == group_of.get(b.id, b.id) or _same_outlet(a, b):
                continue  # one source already: its passages add nothing
            ignore = _union_of(template.get(outlet_key(a.outlet)), template.get(outlet_key(b.outlet)))
            todo.append((pair_id(a_id, b_id), a, b, ignore, _key(a, b, ignore, settings)))
        kept = lookup({item[0]: item[4] for item in todo}) if todo else {}
        shared: list[SharedPassage] = []
        fresh: list[tuple[str, str, list[SharedPassage]]] = []
        for pid, a, b, ignore, key in todo:
            if pid in kept:
                shared.extend(kept[pid])
                continue
            found = shared_passages(a.id, a.text, b.id, b.text, size=settings.shingle_words,
                                    min_words=settings.passage_words, ignore=ignore)
            shared.extend(found)
            fresh.append((pid, key, found))
        if fresh:
            keep(fresh)
        return sorted(shared, key=lambda p: p.id)

    return between
