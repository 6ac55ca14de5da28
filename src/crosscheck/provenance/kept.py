"""Each report's claim chains kept across runs (issue 17: an update of a story of 1,000 reports traces
again only the reports whose inputs changed).

A report's chains are a function of what its ``_Report`` is built from (the report, its entity mentions,
the story's one police force, its direct quotes' spans, the story's outlets) and of this package's code.
The key is a hash of exactly those arguments, as ``trace_provenance`` passes them, and of the package's
source files: any change of either traces the report again; nothing is matched by id alone.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any, Callable, Protocol

from ..records import Chain, Claim


class KeptChains(Protocol):
    def lookup(self, keys: dict[str, str]) -> dict[str, list[tuple[int, int, Chain]]]: ...

    def keep(self, rows: list[tuple[str, str, list[tuple[int, int, Chain]]]]) -> None: ...


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """The provenance package's source, hashed: chains kept by other code are never reused."""
    digest = hashlib.sha1()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def report_key(inputs: tuple) -> str:
    """The key of one report's chains: its ``_Report`` arguments (``repr`` of the records, every field),
    with sets in a fixed order."""
    text = repr(tuple(sorted(x) if isinstance(x, frozenset) else x for x in inputs))
    return code_key() + ":" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class ClaimChains:
    """The chain of each claim: taken from ``kept`` where the claim's report has the same key, else traced
    (``report.chain``); ``save`` keeps the reports traced."""

    def __init__(self, kept: KeptChains | None, documents: set[str], inputs: Callable[[str], tuple]):
        self.kept = kept
        self.keys = {doc_id: report_key(inputs(doc_id)) for doc_id in sorted(documents)} if kept else {}
        found = kept.lookup(self.keys) if kept and self.keys else {}
        self.found: dict[str, dict[tuple[int, int], Chain]] = {
            doc_id: {(a, b): chain for a, b, chain in rows} for doc_id, rows in found.items()}
        self.fresh: set[str] = set()

    def chain(self, c: Claim, report: Any) -> Chain:
        spans = self.found.get(c.document)
        if spans is not None and (c.start, c.end) in spans:
            return spans[(c.start, c.end)]
        chain = report.chain(c.start, c.end)
        if self.kept is not None:
            self.found.setdefault(c.document, {})[(c.start, c.end)] = chain
            self.fresh.add(c.document)
        return chain

    def save(self) -> None:
        if self.kept is not None and self.fresh:
            self.kept.keep([(doc_id, self.keys[doc_id], [(a, b, ch) for (a, b), ch in self.found[doc_id].items()])
                            for doc_id in sorted(self.fresh) if doc_id in self.keys])
