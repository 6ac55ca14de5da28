"""Reconcile's per-figure memo (issue 17): what is read of one figure alone, worked out once a figure.

Reconcile's steps compare figures pair by pair, and each test of a pair reads each figure on its own: what it
measures (``basis.measure``), the thing counted (``basis.subject_key``), its window of time, the verb said of
its thing, the span it tells of, its interval... A story of 1,000 reports asks those of each figure once for
every figure it is compared with. Each is a function of the figure alone (a ``Claim``'s fields; no story-wide
argument), so inside ``figure_memo()`` its answer is kept per figure object and given again: the same answers,
each worked out once.

Only while the memo is open: outside it the functions compute as before (a test, or a caller that changes a
claim between two calls, sees no memo). Entries are keyed by the object's ``id`` and hold the object, so an id
reused by another claim after the first one is freed is never mistaken for it; the tables are per thread and
emptied when the outermost ``figure_memo()`` closes. A memoised function must return a value nobody changes
(a string, a tuple, a frozenset, None): callers share it.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from typing import Any, Callable, Iterator, TypeVar

F = TypeVar("F", bound=Callable[[Any], Any])

_local = threading.local()
_SLOTS: list[str] = []  # the memoised functions' names, by slot (for tests and the docs)


@contextlib.contextmanager
def figure_memo() -> Iterator[None]:
    """While inside (on this thread), each ``per_figure`` function answers once per claim object."""
    memo = getattr(_local, "memo", None)
    if memo is not None:  # nested: the outer memo serves
        yield
        return
    _local.memo = [{} for _ in _SLOTS]
    try:
        yield
    finally:
        _local.memo = None


def per_figure(fn: F) -> F:
    """Memoise ``fn(claim)`` per claim object inside ``figure_memo()``."""
    slot = len(_SLOTS)
    _SLOTS.append(f"{fn.__module__}.{fn.__qualname__}")

    @functools.wraps(fn)
    def memoised(claim):
        memo = getattr(_local, "memo", None)
        if memo is None:
            return fn(claim)
        table = memo[slot] if slot < len(memo) else None
        if table is None:
            return fn(claim)  # (a function memoised after this memo opened: not kept)
        entry = table.get(id(claim))
        if entry is not None and entry[0] is claim:
            return entry[1]
        value = fn(claim)
        table[id(claim)] = (claim, value)
        return value

    memoised.uncached = fn  # type: ignore[attr-defined]
    return memoised  # type: ignore[return-value]


def memoised_names() -> list[str]:
    return list(_SLOTS)
