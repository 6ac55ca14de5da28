"""Reuse each report's own work when a story grows (issue 17).

A story that gains 10 reports on top of 1,000 should not pay for the 1,000 again.
Three kinds of work are told apart:

- the parse, the bulk of the cost: each report's spaCy parse is kept in the store
  (``report_parses``, the Doc's own binary form, compressed) and put back into the
  parse cache of a later run, so only new reports are parsed;
- per-report stage outputs (a report's quantities, its time expressions, its name
  mentions, the quotes in its text): functions of that report alone, kept in the
  store (``report_outputs``) under a key of the report's text and the stage's
  version, and reused for old reports;
- cross-report steps (copy groups, alias merging, speakers, the timeline,
  reconciliation, the brief): rerun over the whole story, on the reused pieces.

Nothing here changes what a stage finds: ``tests/watch/test_incremental.py`` checks
that a story built in updates equals the same story analysed from scratch.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import types
import typing
import zlib
from typing import Any, Callable, Iterable, Iterator, TypeVar

from .records import Document, to_dict
from .store import STAGE_VERSIONS, Store

R = TypeVar("R")

# Bump when what is kept per report changes shape (the stage versions are part of each key too).
REUSE_VERSION = 2  # 2: reports parsed sentence by sentence (issue 18)


def _text_key(d: Document) -> str:
    return hashlib.sha1(d.text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _parse_key(d: Document) -> str:
    from . import nlp

    return f"{nlp.MODEL_PACKAGE}:{nlp.EXPECTED_META['version']}:{_text_key(d)}" + _parse_way()


def _parse_way() -> str:
    """Issue 18: a report parsed sentence by sentence is keyed apart from one parsed whole."""
    from . import nlp, sentcache

    return f":pieces{sentcache.VERSION}" if nlp.PIECEWISE else ""


def restore_parses(store: Store, documents: Iterable[Document]) -> set[str]:
    """Put the stored parses of these reports into the parse cache where it lacks them;
    returns the ids of the reports whose parse is stored (restored or not)."""
    from spacy.tokens import Doc

    from . import nlp

    documents = [d for d in documents if d.text.strip()]
    keys = {d.id: _parse_key(d) for d in documents}
    stored = store.parse_keys(keys)
    todo = [d for d in nlp.missing(documents) if d.id in stored]
    if todo:
        blobs = store.load_parses({d.id: keys[d.id] for d in todo})
        vocab = nlp.load_pipeline().vocab
        loads = _msgpack_loads()
        for d in todo:
            if d.id in blobs:
                # Doc.from_bytes(blob) is Doc.from_dict(msgpack_loads(blob)); here the decoder is looked up once
                nlp.remember(d, Doc(vocab).from_dict(loads(zlib.decompress(blobs[d.id]))))
    return stored


def stored_parses(store: Store, documents: Iterable[Document]) -> set[str]:
    """The ids of the reports whose parse is kept in the store (``keep_parses``)."""
    return store.parse_keys({d.id: _parse_key(d) for d in documents if d.text.strip()})


@contextlib.contextmanager
def parses_on_demand(store: Store) -> Iterator[None]:
    """While inside, a report whose parse a stage asks for (``nlp.parse``) and the cache lacks has it
    restored from the store when kept there, at that moment, and only then (issue 17): a story's old
    reports' parses are read back only for the steps that still need them (an undated report's
    time expressions, a report whose kept outputs are missing), not all of them up front."""
    from . import nlp

    with nlp.restoring(lambda documents: restore_parses(store, documents)):
        yield


def _msgpack_loads() -> Callable[[bytes], Any]:
    """``srsly.msgpack_loads``, with its decoders (a registry read from the installed packages'
    entry points, a third of the time of restoring a parse) looked up once, not once a parse."""
    from srsly import msgpack

    hook = None
    for decoder in msgpack.msgpack_decoders.get_all().values():
        hook = functools.partial(decoder, chain=hook)
    return lambda data: msgpack.loads(data, raw=False, use_list=True, object_hook=hook)


def keep_parses(store: Store, documents: Iterable[Document], stored: set[str]) -> int:
    """Store the cached parses of the reports not stored yet; returns how many were kept."""
    from . import nlp

    rows = []
    for d in documents:
        if d.id in stored or not d.text.strip():
            continue
        doc = nlp.cached(d)
        if doc is not None:
            rows.append((d.id, _parse_key(d), zlib.compress(doc.to_bytes(exclude=["tensor"]), 1)))
    if rows:
        store.save_parses(rows)
    return len(rows)


def per_report(store: Store, stage: str, documents: list[Document], compute: Callable[[list[Document]], list[R]],
               record: type[R], document_of: Callable[[R], str] = lambda r: r.document,  # type: ignore[attr-defined]
               extra: Callable[[Document], str] = lambda d: "",
               keep: Callable[[Document], bool] = lambda d: True) -> list[R]:
    """``compute(documents)``, where ``compute`` works report by report: each report's
    output is taken from the store when kept there by an earlier run (same text, same
    stage version, same ``extra``), and computed, then kept, only for the others.

    The result is in the order ``compute`` over all the documents gives: report by
    report in ``documents`` order, each report's records in their own order.
    ``keep(d)`` false (asked after ``compute``): the report's output is not kept (issue 21: a
    report with a sentence skipped is computed again next time, and its skip said again).
    """
    version = f"{REUSE_VERSION}:{STAGE_VERSIONS.get(stage.split('.')[0], 0)}"
    keys = {d.id: f"{version}:{_text_key(d)}:{extra(d)}" for d in documents}
    kept = store.load_report_outputs(stage, keys)
    todo = [d for d in documents if d.id not in kept]
    fresh: dict[str, list[R]] = {}
    for r in compute(todo) if todo else []:
        fresh.setdefault(document_of(r), []).append(r)
    if todo:
        store.save_report_outputs(stage, [(d.id, keys[d.id], [to_dict(r) for r in fresh.get(d.id, [])])
                                          for d in todo if keep(d)])
    out: list[R] = []
    for d in documents:
        if d.id in kept:
            out.extend(rebuild(record, data) for data in kept[d.id])
        else:
            out.extend(fresh.get(d.id, []))
    return out


def rebuild(cls: type[R], data: dict[str, Any]) -> R:
    """``records.from_dict(cls, data)``, with tuples (which JSON keeps as lists) made tuples again;
    through a builder made once a class, since a large story reuses tens of thousands of records."""
    return _builder(cls)(data)


@functools.lru_cache(maxsize=None)
def _builder(cls: type) -> Callable[[dict[str, Any]], Any]:
    hints = typing.get_type_hints(cls)
    converters = [(f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls)]
    names = frozenset(name for name, _ in converters)
    converted = [(name, convert) for name, convert in converters if convert]

    def build(data: dict[str, Any]) -> Any:
        if names.issuperset(data):
            # Every key a field (a record kept by this code: issue 17, tens of thousands rebuilt an update): the
            # data as the arguments, only the fields that need it converted; the same record as below.
            if converted:
                data = dict(data)
                for name, convert in converted:
                    value = data.get(name)
                    if value is not None:
                        data[name] = convert(value)
            return cls(**data)
        return cls(**{name: convert(data[name]) if convert and data.get(name) is not None else data[name]
                      for name, convert in converters if name in data})
    return build


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """How to rebuild one field's JSON value (None: as it is)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _converter(inner[0]) if len(inner) == 1 else None
    if typing.get_origin(hint) is tuple:
        return tuple
    if typing.get_origin(hint) is list and typing.get_args(hint):
        item = _converter(typing.get_args(hint)[0])
        return (lambda value: [item(v) for v in value]) if item else None
    if dataclasses.is_dataclass(hint):
        return _builder(hint)
    return None


def kept_passages(store: Store) -> Callable[..., list]:
    """A ``copies.passages_between`` that takes each compared pair's shared passages from the store
    when an earlier run compared the same two texts with the same template and settings
    (``copies.kept``), and keeps those it compares."""
    from .copies.kept import passages_between_kept
    from .records import SharedPassage

    stage = "copies.passages"
    version = f"{REUSE_VERSION}:{STAGE_VERSIONS.get('copies', 0)}"

    def lookup(keys: dict[str, str]) -> dict[str, list[SharedPassage]]:
        found = store.load_report_outputs(stage, {pair: f"{version}:{key}" for pair, key in keys.items()})
        return {pair: [rebuild(SharedPassage, data) for data in kept] for pair, kept in found.items()}

    def keep(rows: list[tuple[str, str, list[SharedPassage]]]) -> None:
        store.save_report_outputs(stage, [(pair, f"{version}:{key}", [to_dict(p) for p in passages])
                                          for pair, key, passages in rows])

    return passages_between_kept(lookup, keep)


def kept_quoted(store: Store) -> Callable[..., dict]:
    """A ``copies.quoted_of`` that takes an old report's quoted shingles from the store (``copies.overlap.Quoted``: a
    function of its text and the shingle size), keyed by those and the code (issue 17)."""
    from .copies import overlap

    def read(documents: Iterable[Document], settings: Any) -> dict:
        key = f"{overlap.code_key()}:{settings.shingle_words}"
        rows = per_report(store, "copies.quoted", list(documents),
                          lambda ds: overlap.quoted_rows(ds, settings.shingle_words), overlap.Quoted, extra=lambda d: key)
        return {r.document: overlap.quoted_array(r) for r in rows}
    return read


def kept_chains(store: Store):
    """Each report's chains (claims, quotes, events) of the provenance stage kept in the store (``provenance.kept``: keyed by
    the report's ``_Report`` inputs and the package's code), for ``trace_provenance(kept=...)`` (issue 17)."""
    from .records import Chain

    stage = "provenance.chains"
    version = f"{REUSE_VERSION}:{STAGE_VERSIONS.get('provenance', 0)}"

    class Kept:
        def lookup(self, keys: dict[str, str]) -> dict[str, list]:
            found = store.load_report_outputs(stage, {d: f"{version}:{key}" for d, key in keys.items()})
            return {d: [(a, b, who, rebuild(Chain, data)) for a, b, who, data in rows] for d, rows in found.items()}

        def keep(self, rows: list) -> None:
            store.save_report_outputs(stage, [(d, f"{version}:{key}", [(a, b, who, to_dict(ch)) for a, b, who, ch in chains])
                                              for d, key, chains in rows])

    return Kept()


def kept_outlets(store: Store) -> Callable[..., list]:
    """A ``provenance.read_outlets`` that takes an old report's outlet names and acronyms (``kinds.TextOutlets``: a
    function of its text and its places' spans) from the store, keyed by those and the provenance package's code
    (issue 17: an update read every report's text for them again)."""
    from .provenance import read_outlets
    from .provenance.kept import code_key
    from .provenance.kinds import TextOutlets

    def read(documents: list[Document], places: dict[str, list[tuple[int, int]]]) -> list:
        def key(d: Document) -> str:
            spans = repr(sorted(places.get(d.id, []))).encode()
            return code_key() + ":" + hashlib.sha1(spans).hexdigest()[:16]

        return per_report(store, "provenance.outlets", documents, lambda ds: read_outlets(ds, places), TextOutlets,
                          extra=key)
    return read
