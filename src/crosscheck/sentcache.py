"""Parse each distinct sentence once (issue 18).

News repeats itself: copies, reprints and shared wire passages carry the same sentences
from report to report. A report's text is cut into *pieces* (:func:`pieces`: its lines,
each cut further at the plain sentence ends no abbreviation explains), each piece is
parsed on its own, and the parse of a piece is kept under its exact text, so a piece seen
again (in another report of the run, or, through the store, of an earlier run) is not
parsed again. A report's ``Doc`` is then put together from its pieces' analyses, with the
whitespace between them as it is in the report, so every character offset is the
report's own (:func:`assemble`).

A piece is parsed without its neighbours, so its analysis is a function of its text
alone: a report assembled from kept pieces is the same ``Doc``, attribute for attribute,
as a fresh parse of the report (``tests/parse/test_sentence_cache.py``). The parser may
still split a piece into several sentences; it never joins two.

The kept form of a piece (:class:`Piece`) is its tokens' offsets and the token attributes
as arrays (about 2 KB for a 25-token sentence), not a ``Doc``; the cache holds the newest
``CACHE_PIECES`` of them.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    import numpy
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Bump when the cutting rule or the kept form changes: kept analyses of other versions are not used.
VERSION = 1
CACHE_PIECES = 100_000

# Words before a full stop that do not end a sentence (titles, initials, months, "No.").
_ABBREVIATIONS = frozenset("""
mr mrs ms dr st mt ft gen lt col sgt capt cmdr adm maj brig gov sen rep reps sens pres prof rev fr
jr sr inc co corp ltd llc plc bros dept univ assn est approx vs etc al no nos vol fig op cf ca
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
ave blvd rd hwy
""".split())
# A sentence end: ".", "!" or "?", closing quotes or brackets, whitespace on one line, then
# what opens a sentence (a capital, a digit, an opening quote or bracket).
_END = re.compile(r"(?<=[.!?])([\"'”’)\]]*)([ \t]+)(?=[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\S+)$")


def pieces(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the pieces of ``text`` parsed one by one: each line (a
    paragraph), cut at sentence ends; no piece starts or ends with whitespace, and what lies
    between two pieces is whitespace only."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        body = line.group()
        cuts = [line.start() + m.end(1) for m in _END.finditer(body) if _ends_sentence(body, m.start())]
        for end in cuts + [line.end()]:
            chunk = text[start:end]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                out.append((start + lead, start + lead + len(stripped)))
            start = end
    return out


def _ends_sentence(body: str, stop: int) -> bool:
    """Whether the ``.``/``!``/``?`` that ends at ``stop`` in ``body`` ends a sentence."""
    if body[stop - 1] != ".":
        return True
    # The word before the stop (what ``_WORD_BEFORE.search(body, 0, stop - 1)`` finds, without that
    # search's walk from the line's start at every stop: quadratic in a long paragraph; issue 18).
    start = stop - 1
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    word = body[start:stop - 1]
    word = word.lstrip("\"'“‘([")
    if not word or word.casefold() in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return False
    return "." not in word  # "U.S.", "a.m.", "p.m.", "e.g.": left to the parser


@dataclass(frozen=True)
class Piece:
    """The analysis of one piece: each token's offset and length in the piece, and its attributes."""

    starts: "numpy.ndarray"  # int32
    lengths: "numpy.ndarray"  # int32
    attrs: "numpy.ndarray"  # uint64, one row a token, columns ATTRS


def attrs() -> list[int]:
    from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    return [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID]


_ATTRS: list[int] = []


def piece_of(doc: "Doc") -> Piece:
    import numpy

    if not _ATTRS:
        _ATTRS.extend(attrs())
    starts = numpy.fromiter((t.idx for t in doc), dtype=numpy.int32, count=len(doc))
    lengths = numpy.fromiter((len(t) for t in doc), dtype=numpy.int32, count=len(doc))
    return Piece(starts, lengths, doc.to_array(_ATTRS))


def assemble(vocab: "Vocab", text: str, spans: list[tuple[int, int]], parts: list[Piece]) -> "Doc":
    """The ``Doc`` of ``text`` from the analyses of its pieces (``spans``, from :func:`pieces`).

    Whitespace between two pieces is as the tokenizer leaves it: a first space is the previous
    token's trailing space, the rest one whitespace token (tagged ``_SP``, attached to the token
    before it), so the Doc's text is ``text`` exactly.
    """
    import numpy
    from spacy.tokens import Doc

    if not _ATTRS:
        _ATTRS.extend(attrs())
    words: list[str] = []
    spaces: list[bool] = []
    rows: list[numpy.ndarray] = []
    strings = vocab.strings
    space_row = None

    def gap(start: int, end: int) -> None:
        nonlocal space_row
        if start >= end:
            return
        if text[start] == " " and words and not spaces[-1]:
            spaces[-1] = True
            start += 1
            if start >= end:
                return
        if space_row is None:
            space_row = _space_row(strings)
        ws = text[start:end]
        row = space_row.copy()
        row[_ATTRS.index(_lemma())] = strings.add(ws)
        if not words:  # whitespace before the first piece: its own root
            row[_ATTRS.index(_head())] = 0
        words.append(ws)
        spaces.append(False)
        rows.append(row[None, :])

    pos = 0
    for (start, end), part in zip(spans, parts):
        gap(pos, start)
        chunk = text[start:end]
        starts = part.starts.tolist()  # Python ints: numpy scalars cost a conversion at each use
        n = len(starts)
        for i, (s, length) in enumerate(zip(starts, part.lengths.tolist())):
            e = s + length
            words.append(chunk[s:e])
            nxt = starts[i + 1] if i + 1 < n else len(chunk)
            spaces.append(nxt > e and chunk[e] == " " and nxt == e + 1)
        rows.append(part.attrs)
        pos = end
    gap(pos, len(text))
    doc = Doc(vocab, words=words, spaces=spaces)
    if rows:
        doc.from_array(_ATTRS, numpy.concatenate(rows))
    return doc


def _lemma() -> int:
    from spacy.attrs import LEMMA

    return LEMMA


def _head() -> int:
    from spacy.attrs import HEAD

    return HEAD


def _space_row(strings) -> "numpy.ndarray":
    import numpy
    from spacy.attrs import DEP, ENT_IOB, HEAD, POS, TAG
    from spacy.parts_of_speech import SPACE

    row = numpy.zeros(len(_ATTRS), dtype=numpy.uint64)
    row[_ATTRS.index(TAG)] = strings.add("_SP")
    row[_ATTRS.index(POS)] = SPACE
    row[_ATTRS.index(DEP)] = strings.add("dep")
    row[_ATTRS.index(HEAD)] = numpy.uint64(2**64 - 1)  # -1: the token before
    row[_ATTRS.index(ENT_IOB)] = 2  # outside any entity
    return row


def key(text: str, model: str = "") -> str:
    """The store key of a piece: its exact text, the model and the version of the cutting rule."""
    return hashlib.sha1(f"{VERSION}\x00{model}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()[:24]


def to_bytes(piece: Piece, vocab: "Vocab") -> bytes:
    """A piece's analysis as bytes (kept in the store): its arrays, and the strings its attributes
    name (lemmas, tags, labels, morphology), so a process that never saw them can read it."""
    import json
    import zlib

    import numpy

    named = [i for i, a in enumerate(_ATTRS) if a in _string_attrs()]
    hashes = numpy.unique(piece.attrs[:, named]) if len(piece.attrs) else numpy.zeros(0, dtype=numpy.uint64)
    strings = [vocab.strings[int(h)] for h in hashes if h]
    head = json.dumps({"n": len(piece.starts), "cols": len(_ATTRS), "strings": strings}).encode("utf-8")
    return zlib.compress(len(head).to_bytes(4, "little") + head + piece.starts.tobytes()
                         + piece.lengths.tobytes() + piece.attrs.tobytes(), 1)


def from_bytes(data: bytes, vocab: "Vocab") -> Piece:
    import json
    import zlib

    import numpy

    raw = zlib.decompress(data)
    size = int.from_bytes(raw[:4], "little")
    head = json.loads(raw[4:4 + size])
    n, cols = head["n"], head["cols"]
    if cols != len(_ATTRS or attrs()):
        raise ValueError("a kept sentence analysis of another shape")
    for text in head["strings"]:
        vocab.strings.add(text)
    at = 4 + size
    starts = numpy.frombuffer(raw, dtype=numpy.int32, count=n, offset=at).copy()
    lengths = numpy.frombuffer(raw, dtype=numpy.int32, count=n, offset=at + 4 * n).copy()
    table = numpy.frombuffer(raw, dtype=numpy.uint64, count=n * cols, offset=at + 8 * n).reshape(n, cols).copy()
    return Piece(starts, lengths, table)


def _string_attrs() -> set[int]:
    from spacy.attrs import DEP, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, TAG

    return {TAG, MORPH, LEMMA, DEP, ENT_TYPE, ENT_KB_ID}


# --------------------------------------------------------------------------- the cache


class PieceCache:
    """The newest ``size`` pieces' analyses, by text; counts what it saved.

    ``backing``, when set (:func:`backed_by`), is asked for the pieces the cache lacks before they
    are parsed (the store's kept analyses), and ``fresh`` collects the pieces parsed since, for the
    caller to keep."""

    def __init__(self, size: int = CACHE_PIECES):
        self.size = size
        self.items: "OrderedDict[str, Piece]" = OrderedDict()
        self.lock = threading.Lock()
        self.stats = {"reports": 0, "pieces": 0, "pieces parsed": 0, "pieces from the store": 0,
                      "characters": 0, "characters parsed": 0}
        self.backing: Callable[[list[str]], dict[str, Piece]] | None = None
        self.fresh: list[tuple[str, Piece]] | None = None

    def get(self, text: str) -> Piece | None:
        with self.lock:
            got = self.items.get(text)
            if got is not None:
                self.items.move_to_end(text)
            return got

    def put(self, text: str, piece: Piece) -> None:
        with self.lock:
            self.items[text] = piece
            self.items.move_to_end(text)
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


CACHE = PieceCache()


def remember_doc(text: str, doc: "Doc", cache: PieceCache | None = None) -> None:
    """Keep the pieces of a report's ``Doc`` parsed elsewhere (another worker), so that this process
    can put the report together again without parsing it."""
    cache = cache if cache is not None else CACHE
    for s, e in pieces(text):
        chunk = text[s:e]
        if cache.get(chunk) is None:
            span = doc.char_span(s, e)
            if span is not None:
                cache.put(chunk, piece_of(span.as_doc()))


def parse_texts(items: Iterable[tuple[str, Any]], pipe: Callable[[Iterable[tuple[str, str]]], Iterator[tuple["Doc", str]]],
                vocab: "Vocab", cache: PieceCache | None = None) -> Iterator[tuple["Doc", Any]]:
    """``(Doc, context)`` for each ``(text, context)``, in order, parsing only the pieces the cache
    (by default :data:`CACHE`) lacks, each distinct piece once, through ``pipe``
    (``nlp.pipe(..., as_tuples=True)``)."""
    cache = cache if cache is not None else CACHE
    pending: deque = deque()  # [context, text, spans, parts, missing]
    waiting: dict[str, list] = {}
    stats = cache.stats

    def feed() -> Iterator[tuple[str, str]]:
        for text, context in items:
            spans = pieces(text)
            entry = [context, text, spans, [None] * len(spans), 0]
            new: list[str] = []
            kept: dict[str, Piece] = {}
            if cache.backing is not None:
                lacking = [text[s:e] for s, e in spans if cache.get(text[s:e]) is None]
                lacking = [c for c in dict.fromkeys(lacking) if c not in waiting]
                kept = cache.backing(lacking) if lacking else {}
                for chunk, piece in kept.items():
                    cache.put(chunk, piece)
                stats["pieces from the store"] += len(kept)
            for i, (s, e) in enumerate(spans):
                chunk = text[s:e]
                got = kept.get(chunk) or cache.get(chunk)
                if got is not None:
                    entry[3][i] = got
                    continue
                entry[4] += 1
                if chunk in waiting:
                    waiting[chunk].append((entry, i))
                else:
                    waiting[chunk] = [(entry, i)]
                    new.append(chunk)
            stats["reports"] += 1
            stats["pieces"] += len(spans)
            stats["pieces parsed"] += len(new)
            stats["characters"] += sum(e - s for s, e in spans)
            stats["characters parsed"] += sum(len(c) for c in new)
            pending.append(entry)
            for chunk in new:
                yield chunk, chunk

    def ready() -> Iterator[tuple["Doc", Any]]:
        while pending and pending[0][4] == 0:
            context, text, spans, parts, _ = pending.popleft()
            yield assemble(vocab, text, spans, parts), context

    parsed = pipe(feed())
    try:
        for doc, chunk in parsed:
            piece = piece_of(doc)
            cache.put(chunk, piece)
            if cache.fresh is not None:
                cache.fresh.append((chunk, piece))
            for entry, i in waiting.pop(chunk, ()):
                entry[3][i] = piece
                entry[4] -= 1
            yield from ready()
    finally:
        close = getattr(parsed, "close", None)
        if close is not None:
            close()
    yield from ready()
    if pending:  # pragma: no cover - every piece fed comes back from the pipe
        raise RuntimeError("sentence cache: a piece was fed to the parser and never came back")


@contextlib.contextmanager
def backed_by(load: Callable[[list[str]], dict[str, bytes]], save: Callable[[list[tuple[str, bytes]]], None],
              vocab: Callable[[], "Vocab"], model: str, cache: PieceCache | None = None
              ) -> Iterator[Callable[[], None]]:
    """While inside: pieces the cache lacks are looked up with ``load`` (keys -> bytes) before being
    parsed, and the pieces parsed are kept with ``save`` (key, bytes) rows when the caller calls the
    function yielded (between two of its own writes) and at the end. ``vocab()``: the model's vocab."""
    cache = cache if cache is not None else CACHE
    previous = (cache.backing, cache.fresh)

    def lookup(texts: list[str]) -> dict[str, Piece]:
        keys = {key(t, model): t for t in texts}
        found = {}
        for k, blob in load(list(keys)).items():
            try:
                found[keys[k]] = from_bytes(blob, vocab())
            except (ValueError, KeyError, IndexError):  # an unreadable row: parsed again
                continue
        return found

    def flush() -> None:
        if cache.fresh:
            rows = [(key(t, model), to_bytes(p, vocab())) for t, p in cache.fresh]
            cache.fresh.clear()
            save(rows)

    cache.backing, cache.fresh = lookup, []
    try:
        yield flush
        flush()
    finally:
        cache.backing, cache.fresh = previous
