"""Counting support across reports: primary-source ids, independent outlets, whether a finding's
values come from one primary source or several, and the three levels in words."""

from __future__ import annotations

import functools
import hashlib
from typing import Iterable

from ..records import Chain, Document, Finding, Sources
from .cues import UNATTRIBUTED


@functools.lru_cache(maxsize=65536)  # issue 17: asked for each chain of each item; few distinct sources
def _pid(key: str) -> str:
    return "src-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def outlet_count(documents: list[str], sources: Sources, by_id: dict[str, Document],
                 chains: Iterable[Chain] = ()) -> int:
    """Independent outlets: reports in one copy group count once, and so do reports of one outlet; with the
    item's ``chains`` (its place in each report), two reports whose item lies in a passage they share count
    once too (issue 14 item 3: a brief sentence both carry inside one wire passage is one witness, as the
    report's list of shared passages says)."""
    if hasattr(sources, "outlet"):
        # issue 14's Sources joins outlets, copy groups and shared passages itself
        placed: dict[str, Chain] = {}
        for c in chains:
            if c.start is not None and c.end is not None:
                placed.setdefault(c.document, c)
        return sources.count_support([placed.get(d, d) for d in dict.fromkeys(documents)])
    keys = set()
    for doc_id in documents:
        d = by_id.get(doc_id)
        outlet = (d.outlet or "").strip().casefold() if d is not None else ""
        keys.add(("outlet", outlet) if outlet else ("source", sources.key(doc_id)))
    # Two outlets that print one copy group are one source: count the groups when fewer.
    return min(len(keys), sources.count(documents)) if documents else 0


def finding_basis(kind: str, chains: list[Chain], finding: Finding, published: dict[str, str]) -> str:
    """Whether an agreement's or a conflict's values come from different primary sources or from one."""
    keys = {c.primary for c in chains if c.primary != UNATTRIBUTED}
    unattributed = sum(1 for c in chains if c.primary == UNATTRIBUTED)
    if kind == "agreement":
        if len(keys) == 1 and not unattributed:
            return "one primary source relayed"
        return "independent primary sources" if len(keys) + min(unattributed, 1) > 1 else "unattributed"
    if len(keys) == 1 and not unattributed:
        values = {(c.document, c.start) for c in chains}
        days = {published.get(doc) for doc, _ in values}
        return "one source's update" if len(days) > 1 else "one primary source, reported differently"
    if len(keys) >= 2:
        return "different primary sources"
    return "unattributed values"
