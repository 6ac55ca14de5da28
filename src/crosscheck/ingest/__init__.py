"""Ingest: turn input paths into raw documents, or a reason why not.

``read_inputs`` walks files and folders (recursively, in a stable order) and
``-`` (JSON lines on standard input), picks a reader by file type, and yields a
:class:`RawDocument` for every report it can read and a :class:`Skipped` for
every input it cannot, with a reason that names the problem. It never raises
for a bad input: one broken file must not stop a run over a million.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..records import RawDocument, Skipped
from .common import GZIP_ERRORS, InputError, Limits, clean_field, gzip_problem, is_gzipped, junk_note, mostly_utf8, open_input, published_note, repair_note, sane_published
from .feed import looks_like_feed, read_feed
from .html import read_html
from .jsonl import read_jsonl_lines
from .text import read_text
from .warc import read_warc

__all__ = ["read_inputs", "Limits", "InputError", "SUPPORTED_SUFFIXES", "is_report_file"]

READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".jsonl": None,  # handled below: many documents per file
    ".ndjson": None,
    ".warc": None,
    ".warc.gz": None,
    ".rss": None,  # a saved feed: each entry with its article's text is a report
    ".atom": None,
    ".xml": None,  # read only when it is an RSS or Atom feed (other XML is named, not read)
}
SUPPORTED_SUFFIXES = tuple(READERS)
# Any of them may also come gzipped on its own ("page.html.gz", "reports.jsonl.gz").


def _suffix(path: Path) -> str:
    """The reader's key: ".warc.gz" for a compressed crawl, the inner type of any other gzipped
    file ("page.html.gz" is read as HTML, decompressed under the size cap), else the extension."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    if is_gzipped(path):
        inner = Path(name[:-3]).suffix
        return inner if inner in READERS else ".gz"
    return path.suffix.lower()


def is_report_file(path: Path) -> bool:
    """Whether a folder's file is one the readers take (by its name; a gzipped one by its inner type; an .xml file
    only when it is a feed, as a folder read passes other XML over)."""
    suffix = _suffix(path)
    return suffix in READERS and (suffix != ".xml" or looks_like_feed(path))


def read_inputs(
    paths: Iterable[str], max_file_bytes: int = 50 * 1024 * 1024, limits: Limits | None = None,
    exclude: Iterable[str | os.PathLike] = (),
) -> Iterator[RawDocument | Skipped]:
    """Raw documents and skipped inputs of ``paths``, in a stable order.

    ``exclude``: files and folders a folder walk passes over unseen: the run's own
    outputs (its store, its report folder), which may sit inside an input folder.
    """
    for item in _read_inputs(paths, limits or Limits(max_file_bytes=max_file_bytes), exclude):
        # A file name of bytes that are not UTF-8 (surrogate escapes) cannot be stored or shown.
        item.source = _storable(item.source)
        note = None
        if isinstance(item, RawDocument):
            # Metadata is one line with no control character, whatever the reader (issue 21).
            given = clean_field(item.published)
            item.title, item.outlet, item.url, item.author, item.published = (
                clean_field(item.title), clean_field(item.outlet), clean_field(item.url),
                clean_field(item.author), sane_published(given))
            note = published_note(item.source, given, item.published)
            if note:
                item.published = None  # said in the note: the report is dated from its content
        yield item
        if note:
            yield note


def _storable(name: str) -> str:
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate not from a file name's bytes
        return name.encode("utf-8", "replace").decode("utf-8")


def _read_inputs(paths: Iterable[str], limits: Limits, exclude: Iterable[str | os.PathLike]
                 ) -> Iterator[RawDocument | Skipped]:
    excluded = {Path(p).resolve() for p in exclude}
    for given in paths:
        if given == "-":
            yield from read_jsonl_lines(sys.stdin, source="-", limits=limits)
            continue
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            yield Skipped(given, "path does not exist")
            continue
        if path.is_dir():
            yield from _read_folder(path, given, limits, excluded)
        else:
            yield from read_file(path, given, limits)


def _read_folder(folder: Path, given: str, limits: Limits, excluded: set[Path] = frozenset()
                 ) -> Iterator[RawDocument | Skipped]:
    found_any = False
    root = folder.resolve()
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        # Loops of symbolic links: visit each real folder once.
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in seen_dirs:
            dirnames[:] = []
            yield Skipped(dirpath, "symbolic link loop: folder already visited")
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        dirnames.sort()
        dirnames[:] = [d for d in dirnames if not d.startswith(".")
                       and not (excluded and (Path(dirpath) / d).resolve() in excluded)]
        # Resolved once a folder, not once a file: a crawl folder holds many thousands of files.
        here = Path(dirpath).resolve() if excluded else None
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if here is not None and (here / name in excluded or path.is_symlink() and path.resolve() in excluded):
                continue
            shown = str(path)
            if _suffix(path) == ".xml" and not looks_like_feed(path):
                yield Skipped(shown, "XML that is not an RSS or Atom feed: not a report format", ignored=True)
                continue
            if _suffix(path) == ".gz":
                yield Skipped(shown, f"gzipped file of a type that is not a report format ({name}); "
                                     f"read: {', '.join(SUPPORTED_SUFFIXES)}, each also gzipped", ignored=True)
                continue
            if _suffix(path) not in READERS:
                # Images, scripts, READMEs: not inputs, but named, so nothing goes unseen.
                yield Skipped(shown, f"not a report format ({_suffix(path) or 'no extension'}); "
                                     f"read: {', '.join(SUPPORTED_SUFFIXES)}", ignored=True)
                continue
            if name == "story.html" and "story.json" in filenames:
                # A crosscheck report folder (--out inside, or equal to, an input folder): our own page.
                yield Skipped(shown, "crosscheck's own report page (story.json beside it): not a report",
                              ignored=True)
                continue
            found_any = True
            if path.is_symlink():
                target = path.resolve()
                if not target.exists():
                    yield Skipped(shown, "broken symbolic link")
                    continue
                if root not in target.parents and target != root:
                    yield Skipped(shown, f"symbolic link points outside the input folder ({target})")
                    continue
            yield from read_file(path, shown, limits)
    if not found_any:
        yield Skipped(given, f"folder holds no readable file ({', '.join(SUPPORTED_SUFFIXES)})")


def read_file(path: Path, shown: str, limits: Limits) -> Iterator[RawDocument | Skipped]:
    suffix = _suffix(path)
    try:
        if suffix in (".jsonl", ".ndjson"):
            yield from _guard(shown, _read_jsonl_file(path, shown, limits))
        elif suffix in (".warc", ".warc.gz"):
            yield from _guard(shown, read_warc(path, shown, limits))
        elif suffix in (".rss", ".atom") or suffix == ".xml" and looks_like_feed(path):
            yield from _guard(shown, read_feed(path, shown, limits))
        elif suffix == ".xml":
            yield Skipped(shown, "XML that is not an RSS or Atom feed: not a report format")
        else:
            reader = READERS.get(suffix, read_text)
            read = reader(path, shown, limits)
            yield from read if isinstance(read, list) else [read]
    except InputError as error:
        yield Skipped(shown, str(error))
    except FileNotFoundError:
        yield Skipped(shown, "file vanished before it could be read")
    except PermissionError:
        yield Skipped(shown, "permission denied")
    except IsADirectoryError:
        yield Skipped(shown, "is a folder, not a file")
    except OSError as error:
        yield Skipped(shown, f"could not be read: {error.strerror or error}")
    if is_gzipped(path) and (note := junk_note(path, shown)):
        yield note


def _guard(shown: str, items: Iterator[RawDocument | Skipped]) -> Iterator[RawDocument | Skipped]:
    """Turn an error in the middle of a many-document file into a Skipped entry."""
    try:
        yield from items
    except InputError as error:
        yield Skipped(shown, str(error))
    except FileNotFoundError:
        yield Skipped(shown, "file vanished while it was being read")
    except GZIP_ERRORS as error:  # before OSError: gzip.BadGzipFile is one
        yield Skipped(shown, gzip_problem(error))
    except OSError as error:
        yield Skipped(shown, f"could not be read: {error.strerror or error}")


def _read_jsonl_file(path: Path, shown: str, limits: Limits) -> Iterator[RawDocument | Skipped]:
    if path.stat().st_size == 0:
        raise InputError("empty file")
    notes: list[Skipped] = []

    def lines() -> Iterator[str | None]:
        for number, line in enumerate(_bounded_lines(handle, limits.max_file_bytes), start=1):
            if line is None:
                yield None
                continue
            text, encoding = _decode_line(line)
            note = repair_note(f"{shown}#{number}", encoding)
            if note:
                notes.append(note)
            yield text

    with open_input(path) as handle:
        for item in read_jsonl_lines(lines(), source=shown, limits=limits):
            yield item
            yield from notes  # the line's repairs named right after its report (issue 21)
            notes.clear()
        yield from notes


def _bounded_lines(handle, limit: int) -> Iterator[bytes | None]:
    """The file's lines, each read up to ``limit`` bytes: a longer line is passed over in pieces and given as None,
    so one huge line (above all in a small .jsonl.gz) never sits whole in memory."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (piece := handle.readline(1 << 20)) and not piece.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _decode_line(line: bytes) -> tuple[str, str]:
    """A line and how it was decoded: UTF-8; else its valid UTF-8 kept if it is mostly UTF-8
    (issue 21: the encoding then says what was replaced), else Latin-1."""
    try:
        return line.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    return mostly_utf8(line, first_bad) or (line.decode("latin-1"), "latin-1")
