"""Isolation (issue 21): one report at fault skips that report, one sentence at fault that sentence, never the story.

Per report (``per_report``, used by the pipeline): a stage's failure is retried report by report and the reports that
fail alone are recorded as skipped. Per item inside a stage: one sentence at fault skips that sentence, not its report.

A stage's per-report function takes ``on_skip(offset, error)``; a failure on one item (a figure, a
quote, a sentence) calls it with the offset of the item's sentence and goes on with the next item.
Without ``on_skip`` (no one records the skip) the failure is raised as before, and the pipeline's
per-report isolation (``per_report`` below) catches it for the whole report. Failures of the
machine (OSError, MemoryError) are never an item's: always raised.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from .records import Document, Skipped

if TYPE_CHECKING:
    from .store import Store

OnSkip = Callable[[int, BaseException], None]


def item_failed(error: BaseException, on_skip: OnSkip | None, offset: int) -> None:
    """Call inside ``except Exception``: record the skipped item through ``on_skip``, or re-raise."""
    if on_skip is None or isinstance(error, (OSError, MemoryError)):
        raise error
    on_skip(offset, error)


# Failures of the machine, not of a report: they stop the run (the store keeps every finished stage).
NOT_A_REPORT_FAULT = (OSError, MemoryError, sqlite3.Error)


@dataclass
class StageOutput:
    value: Any


def per_report(store: Store, story: str, stage: str, documents: list[Document],
               work: Callable[[list[Document]], Any]) -> StageOutput | None:
    """``work(documents)``, with a failure caught per report (issue 21): one report's
    out-of-range date or figure never stops a story.

    On a failure each report is tried alone; those that fail alone are recorded with the
    reason (``<stage> stage failed on report ...``, listed under ``skipped`` in story.json,
    exit status 3) and the stage runs over the rest. If the rest still fails the stage
    is recorded as failed for the story and not saved (None); later stages run on.
    The cost is paid only on a failure.
    """
    try:
        return StageOutput(work(documents))
    except NOT_A_REPORT_FAULT:
        raise
    except Exception as error:  # noqa: BLE001 - recorded below, with its reason
        failure = error
    bad: dict[str, Exception] = {}
    if len(documents) > 1:
        for d in documents:
            try:
                work([d])
            except NOT_A_REPORT_FAULT:
                raise
            except Exception as error:  # noqa: BLE001
                bad[d.id] = error
    for d in documents:
        if d.id in bad:
            store.add_skipped(story, Skipped(d.source, f"{stage} stage failed on report {d.id} "
                                             f"({_reason(bad[d.id])}): left out of this stage, the rest analysed"))
    if bad:
        try:
            return StageOutput(work([d for d in documents if d.id not in bad]))
        except NOT_A_REPORT_FAULT:
            raise
        except Exception as error:  # noqa: BLE001
            failure = error
    store.add_skipped(story, Skipped(f"story {story}", f"{stage} stage failed ({_reason(failure)}): "
                                     "its section is left empty, the other stages ran"))
    return None


def per_sentence(store: Store, story: str, stage: str
                 ) -> tuple[Callable[[Document, int, BaseException], None], set[str]]:
    """A stage's ``on_skip`` for one sentence at fault (issue 21), and the ids of the reports it
    was called for. Recorded as :func:`per_report` records a report (a Skipped with the report's
    source, the reason starting "<stage> stage failed" and naming the sentence's offset): listed
    under ``skipped`` in story.json, exit status 3; the report's other items are kept."""
    failed: set[str] = set()

    def record(d: Document, offset: int, error: BaseException) -> None:
        failed.add(d.id)
        store.add_skipped(story, Skipped(d.source, f"{stage} stage failed on the sentence at offset {offset} "
                                         f"of report {d.id} ({_reason(error)}): that sentence left out, "
                                         "the rest of the report analysed"))
    return record, failed


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:200]}" if text else type(error).__name__
