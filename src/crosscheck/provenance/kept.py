"""Each report's chains (of its claims, quotes, events) kept across runs (issue 17: an update of a story of 1,000 reports traces
again only the reports whose inputs changed).

A report's chains are a function of what its ``_Report`` is built from (the report, its entity mentions,
the story's one police force, its direct quotes' spans, the story's outlets) and of this package's code.
The key is a hash of exactly those arguments, as ``trace_provenance`` passes them, and of the package's
source files: any change of either traces the report again; nothing is matched by id alone.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from pathlib import Path
from typing import Any, Callable, Protocol

from ..records import Chain, Quote

# A quote's fields that tell of the whole story (every report carrying it, its variants, its support):
# a new report carrying a quote changes them, and no module a report's chains are read by (chains,
# speakers, reading, mentions, kinds, cues) reads them (tests/watch/test_kept_chains.py checks that).
STORY_WIDE_QUOTE_FIELDS = ("documents", "variants", "independent_sources")


# Modules outside the package that a report's chains depend on (who is "he" and "she": issue 19, nineteenth session)
SHARED = ("genders.py", "given_names.py")

# One report's kept chains: (start, end, the quote's key or "", chain) an item.
Kept = list[tuple[int | None, int | None, str, Chain]]


class KeptChains(Protocol):
    def lookup(self, keys: dict[str, str]) -> dict[str, Kept]: ...

    def keep(self, rows: list[tuple[str, str, Kept]]) -> None: ...


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """The provenance package's source, and the shared modules it reads (``SHARED``), hashed: chains kept by other
    code are never reused."""
    digest = hashlib.sha1()
    shared = [Path(__file__).parent.parent / name for name in SHARED]
    for path in sorted(Path(__file__).parent.glob("*.py")) + shared:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def report_key(inputs: tuple, in_order: Callable[[Any], list] = sorted) -> str:
    """The key of one report's chains: its ``_Report`` arguments (``repr`` of the records, every field but a
    quote's story-wide ones), the story's outlets in a fixed order (``in_order(outlets)``: ``sorted``, or the
    caller's copy of it worked out once for every report). Unpacked by name: an argument added to ``_Report`` and
    not here fails loudly."""
    document, mentions, police, quote_spans, outlets = inputs
    spans = [(a, b, _own(q)) for a, b, q in quote_spans]
    text = repr((document, mentions, police, spans, in_order(outlets)))
    return code_key() + ":" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _sorted_once() -> Callable[[Any], list]:
    """``sorted``, worked out once an outlets collection (issue 17: every report of a story is keyed with the story's
    one set of outlets, sorted again for each report). Held by the object itself, for as long as the keys are made:
    a collection is never changed while its reports' keys are made (``ReportChains`` makes them all at once)."""
    done: dict[int, tuple[Any, list]] = {}

    def in_order(outlets: Any) -> list:
        kept = done.get(id(outlets))
        if kept is None or kept[0] is not outlets:
            kept = done[id(outlets)] = (outlets, sorted(outlets))
        return kept[1]

    return in_order


class ReportChains:
    """Each item's chain in a report: taken from ``kept`` where the report has the same key and the item the
    same place (and, for a quote, the same quote but for its story-wide fields), else traced
    (``report.chain``); ``save`` keeps the reports where something was traced."""

    def __init__(self, kept: KeptChains | None, documents: set[str], inputs: Callable[[str], tuple]):
        self.kept = kept
        in_order = _sorted_once()
        self.keys = {doc_id: report_key(inputs(doc_id), in_order) for doc_id in sorted(documents)} if kept else {}
        found = kept.lookup(self.keys) if kept and self.keys else {}
        self.found: dict[str, dict[tuple[int | None, int | None, str], Chain]] = {
            doc_id: {(a, b, who): chain for a, b, who, chain in rows} for doc_id, rows in found.items()}
        self.fresh: set[str] = set()
        self._speakers: dict[int, str] = {}

    def chain(self, doc_id: str, report: Any, start: int | None, end: int | None, speaker: Quote | None = None) -> Chain:
        item = (start, end, self._speaker_key(speaker))
        spans = self.found.get(doc_id)
        if spans is not None and item in spans:
            return spans[item]
        chain = report.chain(start, end, speaker=speaker)
        if self.kept is not None:
            self.found.setdefault(doc_id, {})[item] = chain
            self.fresh.add(doc_id)
        return chain

    def _speaker_key(self, speaker: Quote | None) -> str:
        if speaker is None:
            return ""
        if id(speaker) not in self._speakers:
            self._speakers[id(speaker)] = hashlib.sha1(repr(_own(speaker)).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return self._speakers[id(speaker)]

    def save(self) -> None:
        if self.kept is not None and self.fresh:
            self.kept.keep([(doc_id, self.keys[doc_id], [(a, b, who, ch) for (a, b, who), ch in self.found[doc_id].items()])
                            for doc_id in sorted(self.fresh) if doc_id in self.keys])


def _own(quote: Quote) -> Quote:
    return dataclasses.replace(quote, **{name: type(getattr(quote, name))() for name in STORY_WIDE_QUOTE_FIELDS})
