"""The commands on a store: search it, serve it as a web page, follow a story as it happens, list what changed."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..plural import counted
from ..printable import for_terminal
from . import options as opt
from .app import app
from .guard import EXIT_STORE, err


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

    from ..store import Store, StoreError

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

    from ..store import StoreError
    from ..web import create_app

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
    from ..changes import format_digest
    from ..pipeline import Settings
    from ..store import StoreError
    from ..watch import FetchError, Fetcher, Watcher, make_source

    try:
        watched = [make_source(s) for s in sources]
    except FetchError as error:
        raise typer.BadParameter(str(error)) from None
    if into_stories and story:
        raise typer.BadParameter("give --story NAME (one story) or --stories (the stream's stories), not both")
    name = None if into_stories else (
        story or opt.story_name([s.rstrip("/").rsplit("/", 1)[-1] if "://" in s else s for s in sources], None))
    size = opt.parse_size(max_page_size)

    def show(digest: dict) -> None:
        if not quiet:
            typer.echo(format_digest(digest))
        # Issue 17: no stage ran and no report was added (every new item skipped, or read before): the store
        # holds what the report files already show, so they are not rebuilt.
        if out is not None and not (digest.get("stages") or digest.get("reports")) and \
                ((out if name else out / digest["story"]) / "story.json").exists():
            return
        if out is not None:
            from ..report.story import write_report

            # Stream mode: each story's report in its own folder, OUT/NAME/ (as `crosscheck stories --analyze`).
            write_report(store, digest["story"], out if name else out / digest["story"])

    store = opt.open_store(db)
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
                err.print(f"crosscheck: watching {counted(len(watched), 'source')} for {target} in {db} "
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

    from ..changes import format_digest, parse_since
    from ..store import Store, StoreError

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
