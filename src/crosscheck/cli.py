"""The command line: parses options, calls the pipeline, reports what happened.

Exit status (also in the README):
  0  every input was read
  2  bad usage (unknown option, missing argument)
  3  some inputs were skipped (each named on standard error and in the report); files
     in input folders that are not report formats are named as ignored, not counted here
  4  the store is busy (another run is writing to it) or unusable
  5  the run stopped before its end: the disk is full, an output cannot be written, or a
     parse worker died; everything finished is kept in the store, a rerun continues
  128+N  stopped by signal N (130: Ctrl+C, 143: SIGTERM), the store intact
A user error never shows a Python trace: one line names the thing and the reason.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from typer.core import TyperGroup

from .printable import for_terminal

EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_STORE = 4
EXIT_STOPPED = 5


class UsageError(Exception):
    """A bad path or option: shown as one line, exit 2."""


class _Guarded(TyperGroup):
    """Every command runs inside :func:`_guard`: no user error or fault shows a trace."""

    def invoke(self, ctx):
        with _guard():
            return super().invoke(ctx)


app = typer.Typer(
    cls=_Guarded,
    add_completion=False,
    no_args_is_help=True,
    help="crosscheck: many news reports on one story in, one sourced, cross-checked account out.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _story_name(paths: list[str], story: str | None) -> str:
    if story:
        return story
    first = paths[0]
    if first == "-":
        return "stdin"
    p = Path(first)
    return (p.resolve().name if p.is_dir() else p.stem) or "story"


MAX_SIZE = 1024**4  # --max-file-size at most 1T


def _parse_size(value: str) -> int:
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


def _check_out(out: Path) -> None:
    """An --out that is a file, or sits under a file, is a usage error named before any work."""
    for p in (out, *out.parents):
        if p.exists():
            if not p.is_dir():
                raise UsageError(f"--out {out}: {'is' if p == out else f'{p} is'} a file, not a folder")
            return


@app.command()
def analyze(
    paths: Optional[List[str]] = typer.Argument(
        None, help="Files, folders (searched recursively) or - for JSON lines on stdin. None: analyse the stored "
                   "story named by --story (e.g. one that `crosscheck stories` found)."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for story.json, story.md, story.html and CSVs."),
    db: Optional[Path] = typer.Option(None, "--db", help="The store (SQLite). Default: OUT/crosscheck.sqlite."),
    story: Optional[str] = typer.Option(None, "--story", help="Story name. Default: the first input's name."),
    max_file_size: str = typer.Option("50M", "--max-file-size", help="Skip files larger than this (e.g. 50M)."),
    brief_sentences: int = typer.Option(6, "--brief-sentences", min=1, max=40, help="Sentences in the brief."),
    force: bool = typer.Option(False, "--force", help="Redo every stage even if its inputs did not change."),
    runner: str = typer.Option("local", "--runner", help="local, or dask (pip install 'crosscheck[cluster]')."),
    workers: int = typer.Option(2, "--workers", min=1, help="Dask workers of the local cluster the runner starts."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A running Dask scheduler's address."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Analyse reports on one story and write the story report."""
    from .pipeline import RunSummary, Settings
    from .report.story import story_counts, write_report
    from .store import StoreError

    if not paths and not story:
        raise typer.BadParameter("give reports to read, or --story NAME of a story already in the store")
    _check_out(out)
    name = _story_name(paths, story) if paths else story
    db_path = db or out / "crosscheck.sqlite"
    settings = Settings(max_file_bytes=_parse_size(max_file_size), brief_sentences=brief_sentences,
                        exclude_paths=_own_outputs(out, db_path))
    store = _open_store(db_path)
    try:
        with store.writer_lock():
            if force:
                store.invalidate(name)
            if not paths and not store.has_story(name):
                names = ", ".join(s["name"] for s in store.stories()[:20]) or "none"
                raise StoreError(f"no story {name!r} in {db_path} (stories: {names})")
            with _progress(quiet) as progress, _runner(runner, workers, scheduler) as engine:
                if paths:
                    summary = engine.run(paths, store, name, settings, progress=progress)
                else:
                    summary = RunSummary(story=name, documents=len(store.document_ids(name)))
                    summary.stages = engine.analyze_stories(store, [name], settings, progress)[name]
                    summary.skipped += store.stage_errors(name)
            written = write_report(store, name, out)  # story.json streamed (issue 18)
            story_data = story_counts(store, name)
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)
    finally:
        store.close()

    failed = _report_skipped(summary.skipped)
    if not quiet:
        err.print(
            f"{for_terminal(name)}: {summary.documents} report(s) read ({summary.new_documents} new), "
            f"{story_data['documents']} in the story, {story_data['independent_sources']} independent source(s), "
            f"{failed} skipped, {len(summary.skipped) - failed} ignored; "
            f"stages run: {', '.join(summary.stages) or 'none (up to date)'}",
            markup=False)
        err.print(f"wrote {for_terminal(', '.join(str(p) for p in written))}", markup=False)
    if failed:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def copies(
    paths: List[str] = typer.Argument(..., help="Files, folders or - (JSON lines on stdin): any number of reports."),
    out: Path = typer.Option(Path("out-copies"), "--out", "-o", help="Folder for copies.json and the work files."),
    max_file_size: str = typer.Option("50M", "--max-file-size", help="Skip files larger than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
) -> None:
    """Find copies over a large corpus, with bounded memory (this stage alone, no parse).

    Writes OUT/copies.json: every copy group with its original, and each copy's
    similarity and containment, plus the corpus's independent source count.
    """
    import json

    from .clean import clean_without_sentences
    from .copies import scan
    from .ingest import read_inputs
    from .records import Skipped, to_dict

    skipped: list[Skipped] = []
    _check_out(out)
    max_file_bytes = _parse_size(max_file_size)

    def items():
        for item in read_inputs(paths, max_file_bytes=max_file_bytes, exclude=_own_outputs(out)):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            d = clean_without_sentences(item)
            yield d.id, d.text, d.published.date or d.published.latest

    out.mkdir(parents=True, exist_ok=True)
    result = scan(items(), out / "work")
    in_groups = sum(len(g.documents) for g in result.groups)
    report = {
        "documents": result.documents,
        "independent_sources": result.documents - in_groups + len(result.groups),
        "copies": [to_dict(g) for g in result.groups],
        "skipped": [to_dict(s) for s in skipped],
    }
    (out / "copies.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    if not quiet:
        err.print(f"{result.documents} report(s), {len(result.groups)} copy group(s), "
                  f"{report['independent_sources']} independent source(s); "
                  f"{result.candidates} candidate pair(s) verified; wrote {for_terminal(out / 'copies.json')}", markup=False)
    if _report_skipped(skipped):
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def stories(
    paths: List[str] = typer.Argument(..., help="Files, folders or - (JSON lines on stdin): a stream of reports."),
    out: Path = typer.Option(Path("out-stories"), "--out", "-o", help="Folder for stories.json and the work files."),
    db: Optional[Path] = typer.Option(None, "--db", help="The store (SQLite). Default: OUT/crosscheck.sqlite."),
    max_file_size: str = typer.Option("50M", "--max-file-size", help="Skip files larger than this."),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0.01, max=1.0,
                                              help="Similarity a report needs to join a story (default 0.20)."),
    decay_days: Optional[float] = typer.Option(None, "--decay-days", min=0.01,
                                               help="Days over which a quiet story fades (default 7)."),
    analyze_from: int = typer.Option(0, "--analyze", min=0, metavar="N",
                                     help="Also analyse every story of at least N reports, writing its report "
                                          "to OUT/NAME/ (0: only find the stories)."),
    runner: str = typer.Option("local", "--runner", help="local, or dask (pip install 'crosscheck[cluster]')."),
    workers: int = typer.Option(2, "--workers", min=1, help="Dask workers of the local cluster the runner starts."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A running Dask scheduler's address."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Split a stream of reports into stories, in time order; each can then be analysed.

    Stores every report and each story (with its label) in the store, and writes
    OUT/stories.json. Then: crosscheck analyze --db OUT/crosscheck.sqlite --story NAME.
    """
    import json
    from dataclasses import replace

    from .pipeline import Settings, find_stories
    from .records import to_dict
    from .stories import StorySettings
    from .store import StoreError

    story_settings = StorySettings()
    if threshold is not None:
        story_settings = replace(story_settings, join_threshold=threshold)
    if decay_days is not None:
        story_settings = replace(story_settings, decay_days=decay_days)
    _check_out(out)
    max_file_bytes = _parse_size(max_file_size)
    db_path = db or out / "crosscheck.sqlite"
    out.mkdir(parents=True, exist_ok=True)
    store = _open_store(db_path)
    try:
        with store.writer_lock():
            with _progress(quiet) as progress:
                summary = find_stories(paths, store, out / "work",
                                       Settings(max_file_bytes=max_file_bytes,
                                                exclude_paths=_own_outputs(out, db_path)),
                                       story_settings, progress)
            chosen = [summary.names[f.id] for f in summary.stories if analyze_from and len(f.documents) >= analyze_from]
            if chosen:
                from .report.story import write_report

                with _progress(quiet) as progress, _runner(runner, workers, scheduler) as engine:
                    engine.analyze_stories(store, chosen, Settings(), progress)
                for name in chosen:
                    write_report(store, name, out / name)
                summary.skipped += [e for name in chosen for e in store.stage_errors(name)]
            sources = {}
            for found in summary.stories:
                for d in store.load_documents_by_id(found.documents[:50]):
                    sources[d.id] = {"id": d.id, "source": d.source, "title": d.title, "published": d.published.date}
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)
    finally:
        store.close()
    ranked = sorted(summary.stories, key=lambda s: (-len(s.documents), s.first or "", s.id))
    report = {
        "documents": summary.documents,
        "copy_groups": summary.copy_groups,
        "stories": [dict(to_dict(s), name=summary.names[s.id], reports=len(s.documents),
                         examples=[sources[d] for d in s.documents[:50] if d in sources]) for s in ranked],
        "skipped": [to_dict(s) for s in summary.skipped],
    }
    (out / "stories.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    failed = _report_skipped(summary.skipped)
    if not quiet:
        from rich.table import Table
        from rich.text import Text

        table = Table(title=f"{len(ranked)} stories in {summary.documents} report(s)", title_justify="left")
        for column in ("reports", "story", "label"):
            table.add_column(column, overflow="fold")
        for s in ranked[:15]:
            # Text, not markup: a label is made of titles, and "[/x]" in one must neither style nor crash.
            table.add_row(str(len(s.documents)), Text(for_terminal(summary.names[s.id])), Text(for_terminal(s.label)))
        err.print(table)
        err.print(f"wrote {for_terminal(out / 'stories.json')}; analyse one with: crosscheck analyze --db "
                  f"{for_terminal(db_path)} --story NAME",
                  markup=False)
    if failed:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def export(
    db: Path = typer.Option(..., "--db", help="The store to read."),
    story: Optional[str] = typer.Option(None, "--story", help="Story name (default: the only or latest story)."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder to write the exports to."),
) -> None:
    """Write a stored story's JSON, Markdown, HTML and CSV exports again."""
    from .report.story import write_report
    from .store import Store, StoreError

    _check_out(out)
    try:
        with Store(db, readonly=True) as store:
            name = _pick_story(store, story)
            written = write_report(store, name, out)
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)
    for p in written:
        typer.echo(for_terminal(p))


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find; \"quoted phrases\" stay together."),
    db: Path = typer.Option(..., "--db", help="The store to search."),
    story: Optional[str] = typer.Option(None, "--story", help="Only this story's reports."),
    limit: int = typer.Option(20, "--limit", min=1, max=1000),
) -> None:
    """Full-text search over stored reports."""
    import html
    import re

    from .store import Store, StoreError

    try:
        with Store(db, readonly=True) as store:
            hits = store.search(query, story=story, limit=limit)
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)
    for h in hits:
        snippet = html.unescape(re.sub(r"</?mark>", "**", h.snippet))
        typer.echo(f"{h.document}  {for_terminal(h.title or h.source)}\n    {for_terminal(snippet)}")
    if not hits:
        err.print("no match")


@app.command()
def serve(
    db: Path = typer.Option(Path("out/crosscheck.sqlite"), "--db", help="The store to explore."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
    port: int = typer.Option(8765, "--port", min=1, max=65535),
    allow_host: Optional[List[str]] = typer.Option(
        None, "--allow-host", help="A further Host name to answer (repeatable); by default only the address "
                                   "bound, localhost and IP addresses are answered (DNS rebinding)."),
) -> None:
    """A local web page to explore the stories in a store."""
    import uvicorn

    from .store import StoreError
    from .web import create_app

    try:
        application = create_app(db, allowed_hosts=[host, *(allow_host or [])])
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)
    err.print(f"crosscheck: serving {for_terminal(db)} on http://{for_terminal(host)}:{port}/ (Ctrl+C to stop)",
              markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def watch(
    sources: List[str] = typer.Argument(..., help="RSS/Atom feeds or sitemaps (URL or saved file) and folders to follow."),
    db: Path = typer.Option(..., "--db", help="The store (SQLite) the story is kept in."),
    story: Optional[str] = typer.Option(None, "--story", help="Story name. Default: the first source's name."),
    into_stories: bool = typer.Option(False, "--stories", help="Route each new report among the stream's stories "
                                      "in --db (as `crosscheck stories` found them; a new story for a report that "
                                      "fits none) and update each story that took some."),
    once: bool = typer.Option(False, "--once", help="One pass over the sources, then exit (for tests and cron)."),
    interval: float = typer.Option(300.0, "--interval", min=1.0, help="Seconds between two reads of feeds and sitemaps."),
    delay: float = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to one host."),
    timeout: float = typer.Option(20.0, "--timeout", min=1.0, help="Seconds a request may take."),
    max_page_size: str = typer.Option("10M", "--max-page-size", help="Skip pages larger than this (e.g. 10M)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Also write the story's report files here after each update."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but problems."),
) -> None:
    """Follow a developing story: fetch each new feed entry, sitemap page or file once, update the
    story (rerunning only what the new reports change), and print what changed. Ctrl-C stops it."""
    from .changes import format_digest
    from .pipeline import Settings
    from .store import StoreError
    from .watch import FetchError, Fetcher, Watcher, make_source

    try:
        watched = [make_source(s) for s in sources]
    except FetchError as error:
        raise typer.BadParameter(str(error)) from None
    if into_stories and story:
        raise typer.BadParameter("give --story NAME (one story) or --stories (the stream's stories), not both")
    name = None if into_stories else (
        story or _story_name([s.rstrip("/").rsplit("/", 1)[-1] if "://" in s else s for s in sources], None))
    size = _parse_size(max_page_size)

    def show(digest: dict) -> None:
        if not quiet:
            typer.echo(format_digest(digest))
        # Issue 17: no stage ran and no report was added (every new item skipped, or read before): the store
        # holds what the report files already show, so they are not rebuilt.
        if out is not None and not (digest.get("stages") or digest.get("reports")) and \
                ((out if name else out / digest["story"]) / "story.json").exists():
            return
        if out is not None:
            from .report.story import write_report

            # Stream mode: each story's report in its own folder, OUT/NAME/ (as `crosscheck stories --analyze`).
            write_report(store, digest["story"], out if name else out / digest["story"])

    store = _open_store(db)
    try:
        with store.writer_lock():
            watcher = Watcher(watched, store, name, Settings(processes=1, max_file_bytes=size),
                              Fetcher(timeout=timeout, max_bytes=size, delay=delay), on_digest=show,
                              on_problem=lambda m: err.print(f"problem: {m}", markup=False))
            if once:
                if watcher.once() is None and not quiet:
                    typer.echo(f"{name or 'stories'}: nothing new")
            else:
                target = f"story {name!r}" if name else "the stream's stories"
                err.print(f"crosscheck: watching {len(watched)} source(s) for {target} in {db} "
                          "(Ctrl+C to stop)", markup=False)
                watcher.forever(interval)
    except KeyboardInterrupt:
        err.print("stopped; the store holds every update finished before the interrupt", markup=False)
    except StoreError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_STORE)
    finally:
        store.close()


@app.command()
def changes(
    db: Path = typer.Option(..., "--db", help="The store to read."),
    since: Optional[str] = typer.Option(None, "--since", help="Only changes after this time: ISO (2026-03-14 or "
                                                              "2026-03-14T09:00) or an age (2h, 3d)."),
    story: Optional[str] = typer.Option(None, "--story", help="Only this story."),
    as_json: bool = typer.Option(False, "--json", help="The digests as JSON lines."),
) -> None:
    """What changed with each update of a story (the digests ``watch`` kept), oldest first."""
    import json

    from .changes import format_digest, parse_since
    from .store import Store, StoreError

    try:
        cutoff = parse_since(since) if since else None
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    try:
        with Store(db, readonly=True) as store:
            digests = store.digests(story, cutoff)
    except StoreError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_STORE)
    for d in digests:
        typer.echo(json.dumps(d, ensure_ascii=False) if as_json else format_digest(d) + "\n")
    if not digests:
        err.print("no change" + (f" since {cutoff}" if cutoff else ""), markup=False)


def _own_outputs(out: Path, db: Path | None = None) -> tuple[str, ...]:
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


def _report_skipped(skipped) -> int:
    """Name each input not read, errors first; returns how many were errors (not merely
    files of other kinds in an input folder, which do not change the exit status)."""
    failed = [s for s in skipped if not s.ignored]
    for s in failed:
        err.print(f"skipped: {for_terminal(s.source)}: {for_terminal(s.reason)}", markup=False)
    for s in skipped:
        if s.ignored:
            label = "note" if s.reason.startswith("read, with") else "ignored"
            err.print(f"{label}: {for_terminal(s.source)}: {for_terminal(s.reason)}", markup=False)
    return len(failed)


def _runner(name: str, workers: int, scheduler: str | None):
    """The runner the user asked for, or exit 2 saying why it cannot be had."""
    from .runners import make_runner

    try:
        return make_runner(name, workers, scheduler)
    except (ValueError, RuntimeError) as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(2)


def _open_store(path: Path):
    """The store for writing, or exit 4 with the reason."""
    from .store import Store, StoreError

    try:
        return Store(path)
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)


def _pick_story(store, story: str | None) -> str:
    from .store import StoreError

    stories = store.stories()
    if story:
        if not store.has_story(story):
            raise StoreError(f"no story {story!r} in {store.path} (stories: {', '.join(s['name'] for s in stories) or 'none'})")
        return story
    if not stories:
        raise StoreError(f"{store.path} holds no story")
    return stories[0]["name"]


class _progress:
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


class Stopped(BaseException):
    """A signal asked the run to stop (SIGTERM, SIGHUP): unwinds like Ctrl+C, so every
    transaction rolls back, no temp file stays and the parse workers are ended."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextmanager
def _guard() -> Iterator[None]:
    """Turn every user error and fault of a command into one line and its exit code.

    Bad paths and options exit 2, unusable stores 4, a full disk, an output that cannot be
    written or a dead parse worker 5, a signal 128+N; anything else (a bug) one line, exit 1,
    with the trace only when CROSSCHECK_DEBUG is set.
    """
    import errno
    import os
    import signal
    import sqlite3

    from .store import StoreError

    def stop(signum, frame):  # noqa: ARG001
        raise Stopped(signum)

    previous = {}
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        try:
            previous[sig] = signal.signal(sig, stop)
        except (ValueError, OSError):  # not the main thread: leave them
            pass

    def fail(code: int, message: str) -> typer.Exit:
        err.print(f"error: {for_terminal(message)}", markup=False)
        return typer.Exit(code)

    try:
        yield
    except (typer.Exit, typer.Abort, SystemExit):
        raise
    except UsageError as error:
        raise fail(EXIT_USAGE, str(error)) from None
    except StoreError as error:
        raise fail(EXIT_STORE, str(error)) from None
    except (KeyboardInterrupt, Stopped) as error:
        signum = getattr(error, "signum", signal.SIGINT)
        raise fail(128 + signum, f"stopped by {signal.Signals(signum).name}; the store keeps every finished "
                                 "step, run again to continue") from None
    except sqlite3.Error as error:
        full = "full" in str(error)
        raise fail(EXIT_STOPPED if full else EXIT_STORE,
                   f"the store: {'disk full' if full else error}; everything finished is kept") from None
    except OSError as error:
        what = error.filename or "an output"
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise fail(EXIT_STOPPED, f"{what}: disk full; everything finished is kept in the store, "
                                     "free space and run again to continue") from None
        raise fail(EXIT_STOPPED, f"{what}: {error.strerror or error}") from None
    except Exception as error:  # noqa: BLE001 - a bug: one line, the trace on request
        from .nlp import WorkerDied

        if any(c.__name__ == "ClickException" for c in type(error).__mro__):
            raise  # usage errors: click (vendored by typer) shows them
        if isinstance(error, WorkerDied):
            raise fail(EXIT_STOPPED, f"{error}; everything finished is kept in the store, run again to continue")
        if os.environ.get("CROSSCHECK_DEBUG"):
            raise
        raise fail(1, f"internal error: {type(error).__name__}: {error} (CROSSCHECK_DEBUG=1 shows the trace)")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
