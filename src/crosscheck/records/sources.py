"""Independent sources: which reports count as one source, and why (copies, one outlet, an agency's text on
another outlet's page, a passage two reports share). Part of the shared records: every stage that counts support
counts it with :class:`Sources`."""

from __future__ import annotations

import functools
import re as _re
from typing import Any, Iterable

from . import CopyGroup, SharedPassage

# Entries of the search trees Sources keeps for explaining chains of links (~100 bytes each).
PATH_TREES_HELD = 300_000


class Sources:
    """Counts independent sources.

    Two reports are one source when they are by one outlet, when one is a copy of
    the other (a copy group), or through a chain of those. Shared passages join
    support at the level of spans: evidence that lies in a passage two reports share
    (wire copy pasted into both) counts once, though the rest of the reports stays
    independent.

    Constructed from what the store holds (``Store.load_sources(story)`` does it)::

        Sources(copy_groups, documents=documents, passages=shared_passages)

    ``documents`` are ``Document`` records or ``(id, outlet)`` / ``(id, outlet, agency)`` tuples; a
    report whose ``agency`` is set (an agency's text on another outlet's page) counts as the agency's.
    Without them (the old form ``Sources(copy_groups)``) only copies join reports.
    """

    __slots__ = ("_group_of", "_parent", "_outlet", "_label", "_passages_of", "_copy_group_of", "_links",
                 "_paths_from", "_paths_held")

    def __init__(self, copy_groups: Iterable[CopyGroup] = (), documents: Iterable[Any] = (),
                 passages: Iterable[SharedPassage] = ()):
        self._group_of: dict[str, str] = {}  # document -> its source key (a copy group id, an outlet, itself)
        self._parent: dict[str, str] = {}
        self._outlet: dict[str, str] = {}  # document -> outlet as written
        self._label: dict[str, str] = {}  # document -> its file's name ("d07.txt", "feed.jsonl#2"), for reasons
        self._copy_group_of: dict[str, CopyGroup] = {}
        self._passages_of: dict[str, list[tuple[int, int, SharedPassage]]] = {}
        self._links: dict[str, list[tuple[str, str]]] = {}  # report -> (report, why they are one source)
        # report -> its search of links so far (tree, queue, nodes expanded), least recently asked first
        self._paths_from: dict[str, tuple[dict[str, tuple[str, str] | None], list[str], int]] = {}
        self._paths_held = 0  # entries of the trees in _paths_from
        first_of_outlet: dict[str, str] = {}
        agencies: list[tuple[str, str]] = []
        for d in documents:
            if hasattr(d, "id"):
                doc_id, outlet, agency = d.id, d.outlet, getattr(d, "agency", None)
                if getattr(d, "source", None):
                    self._label[doc_id] = d.source.replace("\\", "/").rsplit("/", 1)[-1]
            else:
                doc_id, outlet, agency = d[0], d[1], (d[2] if len(d) > 2 else None)
            self._find(doc_id)
            key = outlet_key(outlet)
            if key:
                self._outlet[doc_id] = outlet
                self._union(doc_id, "outlet:" + key)
                first = first_of_outlet.setdefault(key, doc_id)
                if first != doc_id:
                    self._link(doc_id, first, f"same outlet: {self._outlet[first]}")
            if outlet_key(agency) and outlet_key(agency) != key:
                agencies.append((doc_id, agency))
        # A syndicated report (an agency's text on another outlet's page) is the agency's: one source with
        # the agency's own reports and with every other page carrying that agency's text.
        carrying: dict[str, str] = {}
        for doc_id, agency in agencies:
            key = outlet_key(agency)
            self._union(doc_id, "outlet:" + key)
            other = first_of_outlet.get(key) or carrying.get(key)
            if other is not None and other != doc_id:
                self._link(doc_id, other, f"{self._outlet.get(doc_id, doc_id)} carries {agency}")
                if other in carrying.values() and first_of_outlet.get(key) is None:
                    self._link(other, doc_id, f"{self._outlet.get(other, other)} carries {agency}")
            carrying.setdefault(key, doc_id)
        for group in copy_groups:
            for doc_id in group.documents:
                self._copy_group_of[doc_id] = group
                if doc_id != group.original:
                    why = f"{self._name(doc_id, group.original)} is a copy of {self._name(group.original, doc_id)}"
                    self._union(doc_id, group.original)
                    self._link(doc_id, group.original, why)
        for p in passages:
            for span in p.spans:
                self._passages_of.setdefault(span.document, []).append((span.start, span.end, p))
        roots: dict[str, str] = {}
        for doc_id in list(self._parent):
            if doc_id.startswith("outlet:"):
                continue
            root = self._find(doc_id)
            # The key reads as before where only copies join: the copy group's id, else the report's own.
            group = self._copy_group_of.get(doc_id)
            roots.setdefault(root, root if root.startswith("outlet:") else (group.id if group else doc_id))
            self._group_of[doc_id] = roots[root]

    # ------------------------------------------------------------ union-find
    def _find(self, x: str) -> str:
        self._parent.setdefault(x, x)
        while self._parent[x] != x:
            x = self._parent[x]
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if ra.startswith("outlet:"):  # an outlet node stays a root, so the key names it
            ra, rb = rb, ra
        self._parent[ra] = rb

    # ------------------------------------------------------------ reports
    def source(self, document_id: str) -> str:
        """The source a report belongs to: ``outlet:<name>``, its copy group's id, or itself
        (outlets, copies and agencies joined, transitively)."""
        return self._group_of.get(document_id, document_id)

    def key(self, document_id: str) -> str:
        """The report's copy group id, or itself: the family of texts it belongs to (what ``key``
        always meant). Stages use it to keep one item per text family; independence is ``source``."""
        group = self._copy_group_of.get(document_id)
        return group.id if group is not None else document_id

    def count(self, document_ids: Iterable[str]) -> int:
        """Independent sources among whole reports (outlets and copies joined)."""
        group_of = self._group_of  # ``source`` of each, looked up here (issue 17: asked of hundreds of reports at a time)
        return len({group_of.get(d, d) for d in document_ids})

    def same_source(self, a: str, b: str) -> bool:
        return self.source(a) == self.source(b)

    def outlet(self, document_id: str) -> str | None:
        return self._outlet.get(document_id)

    def reason(self, a: str, b: str) -> str | None:
        """Why two reports are not independent, in words; None when they are.

        Reports joined through others read as a chain: "copy of r3; same outlet: Reuters".
        Reports of different sources that share a passage: "share a wire passage: “...”".
        """
        if a == b:
            return "same report"
        if self.same_source(a, b):
            oa, ob = outlet_key(self._outlet.get(a)), outlet_key(self._outlet.get(b))
            if oa and oa == ob:
                return f"same outlet: {self._outlet[a]}"
            ga, gb = self._copy_group_of.get(a), self._copy_group_of.get(b)
            if ga is not None and ga is gb:
                if a == ga.original or b == ga.original:
                    copy, original = (b, a) if a == ga.original else (a, b)
                    return f"{self._name(copy, original)} is a copy of {self._name(original, copy)}"
                return f"copies of one original: {self._name(ga.original, a)}"
            return "; ".join(dict.fromkeys(self._path(a, b))) or "same source"
        shared = self.shared_between(a, b)
        if shared:
            return f"share a {shared[0].kind} passage: {_snippet(shared[0].text)}"
        return None

    def _name(self, doc_id: str, other: str) -> str:
        """A report as a reader knows it: its outlet, unless the other report has the same one; else its
        file's name (a report id is a hash no reader knows)."""
        outlet = self._outlet.get(doc_id)
        if outlet and outlet_key(outlet) != outlet_key(self._outlet.get(other)):
            return outlet
        return self._label.get(doc_id) or doc_id

    def _link(self, a: str, b: str, why: str) -> None:
        self._links.setdefault(a, []).append((b, why))
        self._links.setdefault(b, []).append((a, why))
        self._paths_from.clear()
        self._paths_held = 0

    def _path(self, a: str, b: str) -> list[str]:
        """The reasons along the shortest chain of links from report a to report b."""
        # One breadth-first search per report asked from, stopped once b is reached and resumed from
        # there when a later ask needs more of it (the same order of search: the same chain). Kept
        # within a bound (issue 18): whole trees of every report of a large source grew with the
        # square of the story (120 MB of a 2,000-report story's report); the least recently asked go.
        kept = self._paths_from.pop(a, None)
        previous, queue, done = kept or ({a: None}, [a], 0)
        before = len(previous) if kept else 0
        while b not in previous and done < len(queue):
            node = queue[done]
            done += 1
            for other, why in self._links.get(node, ()):
                if other not in previous:
                    previous[other] = (node, why)
                    queue.append(other)
        self._paths_from[a] = (previous, queue, done)  # (re)inserted last: the most recently asked
        self._paths_held += len(previous) - before
        while self._paths_held > PATH_TREES_HELD and len(self._paths_from) > 1:
            oldest = next(iter(self._paths_from))  # never a: it was inserted last
            self._paths_held -= len(self._paths_from.pop(oldest)[0])
        if b not in previous:
            return []
        out = []
        node = b
        while previous[node] is not None:
            node, why = previous[node]
            out.append(why)
        return out[::-1]

    # ------------------------------------------------------------ passages
    def shared_between(self, a: str, b: str) -> list[SharedPassage]:
        """The passages reports ``a`` and ``b`` share."""
        return [p for _, _, p in self._passages_of.get(a, ()) if b in p.documents]

    def wire_related(self, a: str, b: str, near: tuple[int, int] | None = None, window: int = 0) -> bool:
        """Whether report ``a`` shares a wire passage with report ``b`` (or with a copy or same-source
        report of ``b``): both draw on one wire text. With ``near`` (a span of ``a``), only a passage of
        ``a`` within ``window`` characters of it counts: the figure's own paragraph came from that text,
        even where its sentence was edited (issue 20, round 4)."""
        for s, e, p in self._passages_of.get(a, ()):
            if near is not None and (s > near[1] + window or e < near[0] - window):
                continue
            if p.kind == "wire" and any(o != a and (o == b or self.same_source(o, b)) for o in p.documents):
                return True
        return False

    def passages_at(self, document_id: str, start: int, end: int, min_overlap: float = 0.5) -> list[SharedPassage]:
        """The shared passages that hold the span [start, end) of a report (a claim's or a
        quote's sentence): those covering at least ``min_overlap`` of it."""
        length = max(1, end - start)
        return [p for s, e, p in self._passages_of.get(document_id, ())
                if min(e, end) - max(s, start) >= min_overlap * length]

    def is_shared(self, document_id: str, start: int, end: int) -> bool:
        """Whether that span of a report lies in a passage shared with another report."""
        return bool(self.passages_at(document_id, start, end))

    def support_groups(self, items: Iterable[Any]) -> list[tuple[list[Any], str | None]]:
        """Pieces of support split into independent sources.

        ``items`` are ``Evidence`` (or anything with ``document``, ``start``, ``end``), or
        plain report ids. Two items are one source when their reports are (``same_source``),
        or when each lies in a passage their two reports share. Returns, per source, its
        items and the reason they were joined (None for a single report).
        """
        items = list(items)
        docs = [i if isinstance(i, str) else i.document for i in items]
        parent = list(range(len(items)))
        why: dict[int, dict[str, None]] = {}  # a group's reasons, in order, each once

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def join(i: int, j: int, reason: str) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[rj] = ri
                why.setdefault(ri, {}).update(why.pop(rj, {}))
            for part in reason.split("; ") if reason else ():
                why.setdefault(ri, {})[part] = None

        # Each report of a source is joined to the source's first report, with the reason (a chain
        # through copies and outlets reads whole). Linear in the items: a story of thousands of
        # reports asked every pair of one outlet's reports, for every event and entity (issue 18).
        first_of: dict[str, int] = {}
        said: set[str] = set()
        for i, d in enumerate(docs):
            j = first_of.setdefault(self.source(d), i)
            if j == i:
                continue
            if docs[j] == d or d in said:
                join(j, i, "")
            else:
                said.add(d)
                join(j, i, self.reason(docs[j], d) or "same source")
        # Items inside one passage their reports share are one witness.
        spans = [self._span(x) for x in items]
        in_passage: dict[int, tuple[SharedPassage, list[int]]] = {}
        for i, span in enumerate(spans):
            if span is None:
                continue
            for p in self.passages_at(*span):
                if docs[i] in p.documents:
                    in_passage.setdefault(id(p), (p, []))[1].append(i)
        for p, members in in_passage.values():
            for j in members[1:]:
                if find(members[0]) != find(j) and docs[j] != docs[members[0]]:
                    join(members[0], j, f"share a {p.kind} passage: {_snippet(p.text)}")
        out: dict[int, list[Any]] = {}
        for i in range(len(items)):
            out.setdefault(find(i), []).append(items[i])
        return [(members, "; ".join(why[root]) if why.get(root) else None) for root, members in out.items()]

    def count_support(self, items: Iterable[Any]) -> int:
        """Independent sources among pieces of support (see ``support_groups``): its groups, counted without the
        reasons in words each join reads (issue 17: the brief counts the support of every candidate sentence).

        Items of one source are one group there, so the groups are the sources of the items, joined where an
        item of each lies in one passage both their reports share: counted over the sources, not the items."""
        group_of, passages_of = self._group_of, self._passages_of
        parent: dict[str, str] = {}
        first_in: dict[int, str] = {}  # id of a passage -> the source of its first item inside it

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for x in items:
            if isinstance(x, str):
                parent.setdefault(group_of.get(x, x), group_of.get(x, x))
                continue
            d = x.document
            source = group_of.get(d, d)
            parent.setdefault(source, source)
            held = passages_of.get(d)
            if not held:
                continue
            start, end = getattr(x, "start", None), getattr(x, "end", None)
            if start is None or end is None:
                continue
            least = 0.5 * max(1, end - start)  # passages_at's min_overlap
            for s, e, p in held:
                if min(e, end) - max(s, start) >= least and d in p.documents:
                    first = first_in.setdefault(id(p), source)
                    if first != source:
                        a, b = find(first), find(source)
                        if a != b:
                            parent[b] = a
        return sum(1 for x in parent if parent[x] == x)

    def explain(self, items: Iterable[Any]) -> list[dict[str, Any]]:
        """``support_groups`` as JSON for the report: one entry per source joining several reports,
        ``{"documents": [...], "reason": "same outlet: Reuters"}``."""
        out = []
        for members, why in self.support_groups(items):
            docs = list(dict.fromkeys(m if isinstance(m, str) else m.document for m in members))
            if len(docs) > 1:
                out.append({"documents": docs, "reason": why or "same source"})
        return out

    @staticmethod
    def _span(item: Any) -> tuple[str, int, int] | None:
        if isinstance(item, str):
            return None
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if start is None or end is None:
            return None
        return item.document, start, end


@functools.lru_cache(maxsize=65536)  # issue 17: asked for every pair of reports a source test reads
def outlet_key(outlet: str | None) -> str:
    """An outlet's name compared loosely: "Reuters", "reuters.com" and "www.Reuters.com" are one."""
    if not outlet:
        return ""
    key = outlet.strip().casefold()
    key = _re.sub(r"^(https?://)?(www\.)?", "", key)
    key = _re.sub(r"\.(com|co\.uk|org|net|co|news|uk|de|fr|in|au|ca|ie)(/.*)?$", "", key)
    key = _re.sub(r"^the\s+", "", key)
    return _re.sub(r"[^\w]+", " ", key).strip()


def _snippet(text: str, words: int = 12) -> str:
    parts = text.split()
    return "“" + " ".join(parts[:words]) + ("…" if len(parts) > words else "") + "”"
