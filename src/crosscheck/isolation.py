"""Per-item isolation inside a stage (issue 21): one sentence at fault skips that sentence, not its report.

A stage's per-report function takes ``on_skip(offset, error)``; a failure on one item (a figure, a
quote, a sentence) calls it with the offset of the item's sentence and goes on with the next item.
Without ``on_skip`` (no one records the skip) the failure is raised as before, and the pipeline's
per-report isolation (``pipeline.per_report``) catches it for the whole report. Failures of the
machine (OSError, MemoryError) are never an item's: always raised.
"""

from __future__ import annotations

from typing import Callable

OnSkip = Callable[[int, BaseException], None]


def item_failed(error: BaseException, on_skip: OnSkip | None, offset: int) -> None:
    """Call inside ``except Exception``: record the skipped item through ``on_skip``, or re-raise."""
    if on_skip is None or isinstance(error, (OSError, MemoryError)):
        raise error
    on_skip(offset, error)
