"""What every reader shares: limits, decoding, binary sniffing, hashing."""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import zlib
from zlib import error as zlib_error

from ..metadata_day import parse_date
from ..plural import counted
from ..records import Skipped


class InputError(Exception):
    """An input that cannot be read; the message is shown to the user as the reason."""


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one hostile input from exhausting the machine.

    ``max_file_bytes`` caps a plain file and every decompressed record inside
    an archive (a gzip bomb inside a WARC record stops there);
    ``max_html_depth`` caps element nesting; ``seconds_per_document`` caps the
    time one document's extraction may take (a page built to make a parser
    crawl is skipped, not waited for).
    """

    max_file_bytes: int = 50 * 1024 * 1024
    max_records_per_file: int = 5_000_000
    max_html_depth: int = 400
    seconds_per_document: float = 30.0


# Signatures of common binary formats, so the message can say what the file is.
_MAGIC = [
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def is_gzipped(path: Path) -> bool:
    """A single report compressed on its own ("page.html.gz"): read by its inner type. A WARC's
    gzip members are read record by record by the WARC reader instead."""
    name = path.name.lower()
    return name.endswith(".gz") and not name.endswith(".warc.gz")


def open_input(path: Path):
    """The file's bytes as a binary stream, decompressed when the file is gzipped."""
    return io.BufferedReader(_Gunzipped(path), 1 << 16) if is_gzipped(path) else open(path, "rb")


_GZIP_MAGIC = b"\x1f\x8b"
# Files whose gzip members were followed by bytes that are no gzip member, with the number of those bytes: read by
# ``junk_note`` once the file is read (the readers open the file themselves, deep inside).
_TRAILING_JUNK: dict[Path, int] = {}


class _Gunzipped(io.RawIOBase):
    """A gzipped file's decompressed bytes, member after member, as ``gunzip`` reads it: bytes after the last member
    that are no gzip member (a download's padding, a log line appended) end the text with a note, where
    ``gzip.open`` raises once it has read everything and the whole report was lost (review of the fifteenth
    session). A file that is not gzip at all, is corrupt or is cut short still raises as ``gzip.open`` does."""

    def __init__(self, path: Path):
        self._path = path
        self._file = open(path, "rb")
        self._inflate = zlib.decompressobj(31)  # 16 + 15: a gzip header and trailer
        self._pending = b""
        self._started = False  # the current member has given a byte of input
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending and not self._done:
            self._step()
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _step(self) -> None:
        if self._inflate.eof:  # a member ended: another member, trailing junk, or the end
            rest = self._inflate.unused_data.lstrip(b"\x00")  # zero padding between members, as gzip.open allows
            while len(rest) < 2 and (more := self._file.read(1 << 16)):
                rest = (rest + more).lstrip(b"\x00")
            if not rest:
                self._done = True
                return
            if not rest.startswith(_GZIP_MAGIC):
                here = self._file.tell()
                _TRAILING_JUNK[self._path] = len(rest) + self._file.seek(0, 2) - here
                self._done = True
                return
            self._inflate = zlib.decompressobj(31)
            self._pending = self._inflate.decompress(rest, 1 << 20)
            return
        chunk = self._inflate.unconsumed_tail or self._file.read(1 << 16)
        if not chunk:
            if not self._started:
                raise gzip.BadGzipFile("empty gzip file")
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        if not self._started and not chunk.startswith(_GZIP_MAGIC):
            raise gzip.BadGzipFile(f"Not a gzipped file ({chunk[:2]!r})")
        self._started = True
        self._pending = self._inflate.decompress(chunk, 1 << 20)

    def close(self) -> None:
        if not self.closed:
            self._file.close()
        super().close()


def junk_note(path: Path, shown: str) -> Skipped | None:
    """The note a gzipped file read up to trailing junk carries (its reports are kept), or None."""
    junk = _TRAILING_JUNK.pop(path, None)
    if junk is None:
        return None
    return Skipped(shown, f"{NOTE_PREFIX} {junk:,} bytes after the compressed data are no gzip data: left out "
                          "(as gunzip does)", ignored=True)


def read_bytes(path: Path, limits: Limits) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    if size > limits.max_file_bytes:
        raise InputError(f"file too large: {size:,} bytes, limit {limits.max_file_bytes:,} (--max-file-size)")
    if is_gzipped(path):
        return _read_gunzipped(path, limits)
    with open(path, "rb") as handle:
        # Never ask for more than the file holds: read(n) allocates n bytes (a 1T limit would not fit).
        return handle.read(min(size, limits.max_file_bytes) + 1)


# What reading a gzipped file may raise: not gzip at all, a corrupt stream, or a file cut short.
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib_error)


def gzip_problem(error: BaseException) -> str:
    """The reason shown for a gzipped file that cannot be read (one wording, whichever reader met it)."""
    if isinstance(error, EOFError):
        return "compressed file is cut short (the gzip stream ends early)"
    return f"not a readable gzip file ({error})"


def _read_gunzipped(path: Path, limits: Limits) -> bytes:
    # The cap holds for the decompressed text, so a small gzip bomb stops at the limit.
    try:
        with open_input(path) as handle:
            # in pieces: read(cap + 1) reserves the whole cap at once, and the cap may be 1T
            pieces, size = [], 0
            while size <= limits.max_file_bytes and (piece := handle.read(min(1 << 20, limits.max_file_bytes + 1 - size))):
                pieces.append(piece)
                size += len(piece)
            data = b"".join(pieces)
    except GZIP_ERRORS as error:
        raise InputError(gzip_problem(error)) from None
    if len(data) > limits.max_file_bytes:
        raise InputError(f"decompressed file too large: over {limits.max_file_bytes:,} bytes (--max-file-size)")
    if not data:
        raise InputError("empty file (once decompressed)")
    return data


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None if it looks like text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        # UTF-16 text has NULs too, but starts with a byte order mark.
        nul_share = head.count(b"\x00") / len(head)
        if nul_share > 0.01:
            return "binary data (NUL bytes)"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else the
    encoding charset-normalizer is confident of. Returns (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"undecodable bytes: broken UTF-16 at byte {error.start}") from None
        if _unassigned_share(text) > 0.01:
            # Any bytes after a UTF-16 mark decode to something; garbage decodes to
            # unassigned and private-use code points, which no language's text uses.
            raise InputError("undecodable bytes: starts with a UTF-16 byte order mark, "
                             "but the rest is not UTF-16 text")
        return text, "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    mostly = mostly_utf8(data, first_bad)
    if mostly is not None:
        return mostly
    # Western news in a legacy encoding is nearly always Windows-1252; try it
    # first, since detectors confuse it with its Baltic and Central European kin.
    try:
        text = data.decode("cp1252")
        if _plausible(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.chaos <= 0.2:
        try:
            text = data.decode(best.encoding)
            if _plausible(text):
                return text, best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    raise InputError(f"undecodable bytes: not UTF-8 (first bad byte at offset {first_bad}) "
                     "and no other encoding gives readable text")


NOTE_PREFIX = "read, with"  # a report read with something left out or repaired: said as "note:", not "skipped:"
REPAIRED = "utf-8, repaired"  # the encoding decode() names when it replaced stray bytes


def mostly_utf8(data: bytes, first_bad: int) -> tuple[str, str] | None:
    """UTF-8 text with a few stray bytes (a pasted Windows-1252 quote, a cut sequence) keeps
    its valid UTF-8 (issue 21): when the valid multi-byte characters outnumber the bad bytes,
    the bad bytes become U+FFFD and the encoding says how many and where. A file with no
    valid multi-byte character is a legacy encoding, decoded as a whole below."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad <= 0 or good < bad:
        return None
    return text, f"{REPAIRED}: {counted(bad, 'invalid byte sequence')} replaced with U+FFFD, the first at byte {first_bad:,}"


def repair_note(source: str, encoding: str) -> Skipped | None:
    """The note a report read with repairs carries (issue 21), or None: an ignored Skipped
    entry naming ``source`` (a file, ``file#line``, ``file#record``) and what ``decode`` or
    ``mostly_utf8`` replaced, which the CLI prints as ``note:`` and story.json lists. Every
    reader (text, HTML, JSON lines, WARC) says it through this one function."""
    if not encoding.startswith(REPAIRED):
        return None
    return Skipped(source, f"{NOTE_PREFIX} repairs: {encoding}", ignored=True)


def clean_field(value: str | None) -> str | None:
    """A metadata field (title, outlet, author, URL, date) as one line with no control
    character (issue 21: an ``ESC ] 0;`` in a title never reaches a terminal or an export)."""
    if value is None:
        return None
    value = " ".join(_CONTROLS.sub(" ", value).split())
    return value or None


def sane_published(value: str | None) -> str | None:
    """A publication date as found in metadata, dropped (the report is then dated from its
    content) when its year is outside 1000-2999 (issue 21: "0001-01-01", "9999-12-31", "99999"):
    the time stage counts days back and forth from it, which must stay inside the calendar."""
    if value is None:
        return None
    years = re.findall(r"(?<![\d.])\d{4,}(?![\d.])", value)
    return None if any(not 1000 <= int(y[:6]) <= 2999 for y in years) else value


def published_note(source: str, given: str | None, kept: str | None) -> Skipped | None:
    """The note a report carries when its metadata's publication date is left out, or None: out of the calendar
    (``sane_published``) or no date that exists or can be read ("2024-13-45", "February 30, 2024", "next Tuesday"), as
    the reading of the report decides (``metadata_day.parse_date``). Such a report is dated from its content, and the
    user is told so rather than finding it undated (a new-user run of the eleventh session: a JSON line's impossible
    date vanished without a word)."""
    if not given:
        return None
    if kept is None:
        why = "outside the years 1000-2999"
    elif parse_date(kept) is None:
        why = "not a date that exists or can be read"
    else:
        return None
    return Skipped(source, f"{NOTE_PREFIX} its publication date '{given[:40]}' left out ({why}): dated from its "
                   "content", ignored=True)


_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _unassigned_share(text: str) -> float:
    """Share of unassigned, private-use, surrogate and control (other than white space)
    code points in the start of ``text``."""
    import unicodedata

    sample = text[:20_000]
    if not sample:
        return 0.0
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Cn", "Co", "Cs")
              or (unicodedata.category(ch) == "Cc" and ch not in "\n\r\t"))
    return odd / len(sample)


def _plausible(text: str) -> bool:
    """Does decoded text read like prose? Letters and spaces dominate prose in any script."""
    sample = text[:20_000]
    if not sample:
        return False
    letters = sum(ch.isalpha() for ch in sample)
    spaces = sum(ch.isspace() for ch in sample)
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t" or 0x80 <= ord(ch) < 0xA0)
    n = len(sample)
    return letters / n >= 0.5 and spaces / n >= 0.05 and controls / n < 0.01


def read_text_file(path: Path, limits: Limits) -> tuple[str, str]:
    data = read_bytes(path, limits)
    kind = sniff_binary(data)
    if kind:
        raise InputError(f"binary file ({kind}), not a report")
    text, encoding = decode(data)
    if not text.strip():
        raise InputError("file holds only white space")
    return text, encoding


@contextmanager
def time_limit(seconds: float, what: str = "document") -> Iterator[None]:
    """Raise :class:`InputError` if the block runs longer than ``seconds``.

    Uses SIGALRM, so it works in the main thread of a process (the CLI, and
    each worker process of a runner); elsewhere it does nothing rather than fail.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):  # noqa: ARG001
        raise InputError(f"{what} took longer than {seconds:g} s to read: skipped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
