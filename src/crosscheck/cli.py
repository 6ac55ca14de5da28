"""The command line: parses options, calls the pipeline, reports what happened.

Exit status (also in the README):
  0  every input was read
  2  bad usage (unknown option, missing argument)
  3  some inputs were skipped (each named on standard error and in the report)
  4  the store is busy (another run is writing to it) or unusable
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

EXIT_SKIPPED = 3
EXIT_STORE = 4

app = typer.Typer(
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


def _parse_size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    value = value.strip().lower().rstrip("b")
    try:
        if value and value[-1] in units:
            return int(float(value[:-1]) * units[value[-1]])
        return int(value)
    except ValueError:
        raise typer.BadParameter(f"not a size: {value!r} (use e.g. 50M)") from None


@app.command()
def analyze(
    paths: List[str] = typer.Argument(..., help="Files, folders (searched recursively) or - for JSON lines on stdin."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for story.json, story.md, story.html and CSVs."),
    db: Optional[Path] = typer.Option(None, "--db", help="The store (SQLite). Default: OUT/crosscheck.sqlite."),
    story: Optional[str] = typer.Option(None, "--story", help="Story name. Default: the first input's name."),
    max_file_size: str = typer.Option("50M", "--max-file-size", help="Skip files larger than this (e.g. 50M)."),
    brief_sentences: int = typer.Option(6, "--brief-sentences", min=1, max=40, help="Sentences in the brief."),
    force: bool = typer.Option(False, "--force", help="Redo every stage even if its inputs did not change."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Analyse reports on one story and write the story report."""
    from .pipeline import Settings, run
    from .report import build_story, write_all
    from .store import Store, StoreError

    name = _story_name(paths, story)
    settings = Settings(max_file_bytes=_parse_size(max_file_size), brief_sentences=brief_sentences)
    db_path = db or out / "crosscheck.sqlite"
    try:
        store = Store(db_path)
    except StoreError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_STORE)
    try:
        with store.writer_lock():
            if force:
                store.invalidate(name)
            with _progress(quiet) as progress:
                summary = run(paths, store, name, settings, progress=progress)
            story_data = build_story(store, name)
            written = write_all(story_data, out)
    except StoreError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_STORE)
    finally:
        store.close()

    for s in summary.skipped:
        err.print(f"skipped: {s.source}: {s.reason}", markup=False)
    if not quiet:
        err.print(
            f"{name}: {summary.documents} report(s) read ({summary.new_documents} new), "
            f"{len(story_data['documents'])} in the story, {story_data['independent_sources']} independent source(s), "
            f"{len(summary.skipped)} skipped; stages run: {', '.join(summary.stages) or 'none (up to date)'}",
            markup=False)
        err.print(f"wrote {', '.join(str(p) for p in written)}", markup=False)
    if summary.skipped:
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

    def items():
        for item in read_inputs(paths, max_file_bytes=_parse_size(max_file_size)):
            if isinstance(item, Skipped):
                skipped.append(item)
                err.print(f"skipped: {item.source}: {item.reason}", markup=False)
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
                  f"{result.candidates} candidate pair(s) verified; wrote {out / 'copies.json'}", markup=False)
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def export(
    db: Path = typer.Option(..., "--db", help="The store to read."),
    story: Optional[str] = typer.Option(None, "--story", help="Story name (default: the only or latest story)."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder to write the exports to."),
) -> None:
    """Write a stored story's JSON, Markdown, HTML and CSV exports again."""
    from .report import build_story, write_all
    from .store import Store, StoreError

    try:
        with Store(db, readonly=True) as store:
            name = _pick_story(store, story)
            written = write_all(build_story(store, name), out)
    except StoreError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_STORE)
    for p in written:
        typer.echo(str(p))


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
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_STORE)
    for h in hits:
        snippet = html.unescape(re.sub(r"</?mark>", "**", h.snippet))
        typer.echo(f"{h.document}  {h.title or h.source}\n    {snippet}")
    if not hits:
        err.print("no match")


@app.command()
def serve(
    db: Path = typer.Option(Path("out/crosscheck.sqlite"), "--db", help="The store to explore."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
    port: int = typer.Option(8765, "--port"),
) -> None:
    """A local web page to explore the stories in a store."""
    import uvicorn

    from .store import StoreError
    from .web import create_app

    try:
        application = create_app(db)
    except StoreError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_STORE)
    err.print(f"crosscheck: serving {db} on http://{host}:{port}/ (Ctrl+C to stop)", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


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


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
