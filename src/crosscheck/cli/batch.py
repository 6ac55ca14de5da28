"""The batch commands: analyze a story, find copies in a corpus, split a stream into stories, export again."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..plural import counted
from ..printable import for_terminal
from . import options as opt
from .app import app
from .guard import EXIT_NOTHING_READ, EXIT_SKIPPED, EXIT_STORE, err


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
    from ..pipeline import RunSummary, Settings
    from ..report.story import story_counts, write_report
    from ..store import StoreError

    if not paths and not story:
        raise typer.BadParameter("give reports to read, or --story NAME of a story already in the store")
    opt.check_out(out)
    name = opt.story_name(paths, story) if paths else story
    db_path = db or out / "crosscheck.sqlite"
    settings = Settings(max_file_bytes=opt.parse_size(max_file_size), brief_sentences=brief_sentences,
                        exclude_paths=opt.own_outputs(out, db_path))
    store = opt.open_store(db_path)
    try:
        with store.writer_lock():
            if force:
                store.invalidate(name)
            if not paths and not store.has_story(name):
                names = ", ".join(s["name"] for s in store.stories()[:20]) or "none"
                raise StoreError(f"no story {name!r} in {db_path} (stories: {names})")
            with opt.progress(quiet) as progress, opt.runner(runner, workers, scheduler) as engine:
                if paths:
                    summary = engine.run(paths, store, name, settings, progress=progress)
                else:
                    summary = RunSummary(story=name, documents=len(store.document_ids(name)))
                    summary.stages = engine.analyze_stories(store, [name], settings, progress)[name]
                    summary.skipped += store.stage_errors(name)
            story_data = story_counts(store, name)
            # A run that read nothing (every input skipped, no report stored before) writes no empty report that a
            # "wrote ..." line would pass off as a result (found by the ninth session's review).
            written = write_report(store, name, out) if story_data["documents"] else []  # story.json streamed (issue 18)
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)
    finally:
        store.close()

    failed = opt.report_skipped(summary.skipped)
    if not written:
        err.print(f"error: {for_terminal(name)}: no report could be read (each input is named above with the reason); "
                  "nothing written", markup=False)
        raise typer.Exit(EXIT_NOTHING_READ)
    if not quiet:
        err.print(
            f"{for_terminal(name)}: {counted(summary.documents, 'report')} read ({summary.new_documents} new), "
            f"{story_data['documents']} in the story, {counted(story_data['independent_sources'], 'independent source')}, "
            f"{failed} skipped, {opt.ignored_said(summary.skipped)}; "
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

    from ..clean import clean_without_sentences
    from ..copies import scan
    from ..ingest import read_inputs
    from ..records import Skipped, to_dict

    skipped: list[Skipped] = []
    opt.check_out(out)
    max_file_bytes = opt.parse_size(max_file_size)

    def items():
        for item in read_inputs(paths, max_file_bytes=max_file_bytes, exclude=opt.own_outputs(out)):
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
        err.print(f"{counted(result.documents, 'report')}, {counted(len(result.groups), 'copy group')}, "
                  f"{counted(report['independent_sources'], 'independent source')}; "
                  f"{counted(result.candidates, 'candidate pair')} verified; wrote {for_terminal(out / 'copies.json')}", markup=False)
    if opt.report_skipped(skipped):
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

    from ..pipeline import Settings, find_stories
    from ..records import to_dict
    from ..stories import StorySettings
    from ..store import StoreError

    story_settings = StorySettings()
    if threshold is not None:
        story_settings = replace(story_settings, join_threshold=threshold)
    if decay_days is not None:
        story_settings = replace(story_settings, decay_days=decay_days)
    opt.check_out(out)
    max_file_bytes = opt.parse_size(max_file_size)
    db_path = db or out / "crosscheck.sqlite"
    out.mkdir(parents=True, exist_ok=True)
    store = opt.open_store(db_path)
    try:
        with store.writer_lock():
            with opt.progress(quiet) as progress:
                summary = find_stories(paths, store, out / "work",
                                       Settings(max_file_bytes=max_file_bytes,
                                                exclude_paths=opt.own_outputs(out, db_path)),
                                       story_settings, progress)
            chosen = [summary.names[f.id] for f in summary.stories if analyze_from and len(f.documents) >= analyze_from]
            if chosen:
                from ..report.story import write_report

                with opt.progress(quiet) as progress, opt.runner(runner, workers, scheduler) as engine:
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
    failed = opt.report_skipped(summary.skipped)
    if not quiet:
        from rich.table import Table
        from rich.text import Text

        table = Table(title=f"{counted(len(ranked), 'story')} in {counted(summary.documents, 'report')}", title_justify="left")
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
    from ..report.story import write_report
    from ..store import Store, StoreError

    opt.check_out(out)
    try:
        with Store(db, readonly=True) as store:
            name = opt.pick_story(store, story)
            written = write_report(store, name, out)
    except StoreError as error:
        err.print(f"error: {for_terminal(error)}", markup=False)
        raise typer.Exit(EXIT_STORE)
    for p in written:
        typer.echo(for_terminal(p))
