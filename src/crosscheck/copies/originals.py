"""Copy groups around an original: linked sets of verified pairs, the original chosen by evidence (repost pages,
credited sources, the fuller text whose opening the other carries), then by age; each member verified against it."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

import numpy as np

from ..records import CopyGroup, CopyMember, Document, outlet_key
from .diffs import diff_reports
from .minhash import measure
from .settings import CopySettings
from .verify import _containment_of, _pair, _recurring_of, verify


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
                 sets, settings: CopySettings, openings=None, orders=None, recurring=None, quoted=None,
                 also: set[frozenset] | None = None) -> list[CopyGroup]:
    """Copy groups of the verified ``pairs``; ``also``: pairs that are copies by evidence ``verify`` does not read
    (``republished.rescued_pairs``), kept as copies when the groups are formed."""
    def is_copy(original: str, doc_id: str) -> bool:
        if also and frozenset((original, doc_id)) in also:
            return True
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
