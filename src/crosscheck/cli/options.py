"""What the commands share: the story's name, sizes, output folders, the store, the runner, progress."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable

import typer

from ..ingest.common import NOTE_PREFIX
from ..printable import for_terminal
from ..records import Skipped
from .guard import EXIT_STORE, UsageError, err


def story_name(paths: list[str], story: str | None) -> str:
    if story:
        return story
    first = paths[0]
    if first == "-":
        return "stdin"
    p = Path(first)
    if p.is_dir():
        return p.resolve().name or "story"
    # "reports.jsonl.gz" is the story "reports", as its plain "reports.jsonl" is (a rerun on the gzipped copy is
    # the same story, not a second one)
    name = p.name[:-3] if p.name.lower().endswith(".gz") else p.name
    return Path(name).stem or "story"


MAX_SIZE = 1024**4  # --max-file-size at most 1T


def parse_size(value: str) -> int:
    """``50M`` to bytes: a plain decimal number (at most 15 digits) and K, M, G or T;
    above 0 and at most 1T. ``1e999M``, ``infM``, ``0`` and ``-5`` are refused with the reason."""
    import re

    units = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
    m = re.fullmatch(r"(\d{1,15}(?:\.\d{1,6})?)\s*([kmgt]?)(?:i?b)?", value.strip().lower())
    if not m:
        raise UsageError(f"--max-file-size {value!r}: not a size (a number and K, M, G or T, e.g. 50M)")
    size = int(float(m[1]) * units[m[2]])
    if not 0 < size <= MAX_SIZE:
        raise UsageError(f"--max-file-size {value!r}: must be above 0 and at most 1T")
    return size


def check_out(out: Path) -> None:
    """An --out that is a file, or sits under a file, is a usage error named before any work."""
    for p in (out, *out.parents):
        if p.exists():
            if not p.is_dir():
                raise UsageError(f"--out {out}: {'is' if p == out else f'{p} is'} a file, not a folder")
            return


def own_outputs(out: Path, db: Path | None = None) -> tuple[str, ...]:
    """What a run writes (its report folder, its store and the store's WAL files): never read
    as input, should they sit inside an input folder (``--out`` under the reports' folder)."""
    paths = [out]
    if db is not None:
        paths += [db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}.lock")]
    # --out may be the input folder itself: its reports are never read back (issue 21).
    paths += [out / name for name in OWN_OUTPUT_FILES]
    return tuple(str(p) for p in paths)


OWN_OUTPUT_FILES = ("story.json", "story.md", "story.html", "claims.csv", "quotes.csv", "entities.csv",
                    "timeline.csv", "copies.json", "stories.json", "work", "crosscheck.sqlite")


def is_note(s: Skipped) -> bool:
    """A report read with something left out or repaired (said as "note:"), not a file passed over."""
    return s.ignored and s.reason.startswith(NOTE_PREFIX)


def ignored_said(skipped: Iterable[Skipped]) -> str:
    """"2 ignored, 1 note" for the summary line: files passed over, and reports read with something left out or
    repaired (notes, said only when there are some)."""
    ignored = [s for s in skipped if s.ignored]
    notes = sum(1 for s in ignored if is_note(s))
    return f"{len(ignored) - notes} ignored" + (f", {notes} note{'s' if notes != 1 else ''}" if notes else "")


def report_skipped(skipped) -> int:
    """Name each input not read, errors first; returns how many were errors (not merely
    files of other kinds in an input folder, which do not change the exit status)."""
    failed = [s for s in skipped if not s.ignored]
    for s in failed:
        err.print(f"skipped: {for_terminal(s.source)}: {for_terminal(s.reason)}", markup=False)
    for s in skipped:
        if s.ignored:
            label = "note" if is_note(s) else "ignored"
            err.print(f"{label}: {for_terminal(s.source)}: {for_terminal(s.reason)}", markup=False)
    return len(failed)


def runner(name: str, workers: int, scheduler: str | None):
    """The runner the user asked for, or exit 2 saying why it cannot be had."""
    from ..runners import make_runner

    try:
        return make_runner(name, workers, scheduler)
    except (ValueError, RuntimeError) as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(2)


def open_store(path: Path):
    """The store for writing, or exit 4 with the reason."""
    from ..store import Store, StoreError

    try:
        return Store(path)
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)


def pick_story(store, story: str | None) -> str:
    from ..store import StoreError

    stories = store.stories()
    if story:
        if not store.has_story(story):
            raise StoreError(f"no story {story!r} in {store.path} (stories: {', '.join(s['name'] for s in stories) or 'none'})")
        return story
    if not stories:
        raise StoreError(f"{store.path} holds no story")
    return stories[0]["name"]


class progress:
    """A Rich progress bar on standard error, one task per stage; silent when quiet."""

    def __init__(self, quiet: bool):
        self.quiet = quiet or not sys.stderr.isatty()
        self._bar = None
        self._tasks: dict[str, int] = {}

    def __enter__(self):
        if self.quiet:
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                             TimeElapsedColumn(), console=err, transient=True)
        self._bar.__enter__()
        return self.update

    def update(self, stage: str, done: int, total: int) -> None:
        assert self._bar is not None
        if stage not in self._tasks:
            for other in self._tasks.values():  # the previous stage is done
                t = self._bar.tasks[other]
                self._bar.update(other, completed=t.total or t.completed)
            self._tasks[stage] = self._bar.add_task(stage, total=total or None)
        self._bar.update(self._tasks[stage], completed=done, total=total or None)

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.__exit__(*exc)
        return False


