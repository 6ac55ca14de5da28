"""Runs of words copied from ../shared/data into the repository's string literals and comments.

The repository rule: quality is measured on the real public data in ../shared/data, used by path; its text is
never copied into the repo or the package (licences differ per set, and a test built on an article's sentence
with its names kept is a test tuned on that article). This finds the breaches: every string literal and every
comment block of at least MIN_CHARS characters in src/, tests/ and evaluation/ *.py is cut into 8-word windows
(lower-cased words of letters and digits), and each window that also occurs in a shared-data file is a hit;
consecutive hits in one text make a *run* of copied words (3 consecutive windows = 10 words).

Fast enough for a gate (~20 s of CPU instead of ~85 s for a set of tuples): the shared texts are mapped to the ids of
the repository's words (a word the repository's texts never use ends every window through it), each 8-word
window is hashed with numpy (a sum of ids times random 64-bit odd multipliers), and the hashes are looked up
in the sorted hashes of the repository's windows. A hash match is then confirmed on the words themselves
(``_confirm``), so a collision never reports a false copy.

``python -m evaluation.shared_text_copies [--min-words 10] [--root DIR]`` prints one line per run:
file:line, the run's length in words and the dataset (the first folder under ../shared/data). It never prints
the shared text itself, only the repository's place.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import io
import re
import sys
import tokenize
from itertools import repeat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evaluation.common import ROOT, SHARED_DATA

N = 8  # words per window: 8 common words in a row are rare by chance, 10+ (3 windows) is a copy
MIN_CHARS = 40  # shorter strings are names, keys, formats: too short to hold a copied sentence
FOLDERS = ("src", "tests", "evaluation")
WORD = re.compile(r"[a-z0-9]+")
TAG = re.compile(r"<[^>]+>")
SKIP_SUFFIXES = {".zip", ".bz2", ".png", ".jpg", ".jpeg", ".gif", ".pdf", ".pkl", ".npy"}
_MULT = np.random.default_rng(20261201).integers(1, 2**63, size=N, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


@dataclass(frozen=True)
class Text:
    path: Path
    line: int
    words: tuple[str, ...]


@dataclass(frozen=True)
class Run:
    path: Path
    line: int
    start: int  # first copied word's index in the text
    words: int  # the run's length in words (windows + N - 1)
    dataset: str
    key: str  # 12 hex digits of the run's words: an allowlist names boilerplate without spelling it out

    def where(self, root: Path = ROOT) -> str:
        return f"{self.path.relative_to(root)}:{self.line}"


def _strings(tree: ast.AST):
    """(line, text) of every str constant; adjacent literals are one constant, so a sentence split over lines
    is read whole."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):  # an f-string: its literal parts with a gap for each field
            parts = [v.value if isinstance(v, ast.Constant) else " | " for v in node.values]
            yield node.lineno, "".join(parts)


def _comment_blocks(source: str):
    """(first line, text) of each block of comments on consecutive lines, read as one text."""
    block: list[str] = []
    first = last = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type != tokenize.COMMENT:
                continue
            line = tok.start[0]
            if block and line == last + 1:
                block.append(tok.string.lstrip("#"))
            else:
                if block:
                    yield first, " ".join(block)
                block, first = [tok.string.lstrip("#")], line
            last = line
    except (tokenize.TokenError, SyntaxError):
        pass
    if block:
        yield first, " ".join(block)


def file_texts(path: Path) -> list[Text]:
    """Every string literal and comment block of >= MIN_CHARS characters (and N words) in one Python file."""
    source = path.read_text(encoding="utf-8")
    try:
        strings = list(_strings(ast.parse(source)))
    except SyntaxError:
        strings = []
    out = []
    for line, text in strings + list(_comment_blocks(source)):
        words = tuple(WORD.findall(text.lower()))
        if len(text) >= MIN_CHARS and len(words) >= N:
            out.append(Text(path, line, words))
    return out


def repo_texts(root: Path = ROOT) -> list[Text]:
    """The texts of every Python file under the repository's FOLDERS."""
    return [t for folder in FOLDERS for path in sorted((root / folder).rglob("*.py")) for t in file_texts(path)]


def _hashes(ids: np.ndarray) -> np.ndarray:
    """Hash of each N-word window of ``ids``; 0 for a window through a word the repository never uses."""
    if len(ids) < N:
        return np.zeros(0, dtype=np.uint64)
    count = len(ids) - N + 1
    h = np.zeros(count, dtype=np.uint64)
    for k in range(N):
        h += ids[k : k + count] * _MULT[k]  # wraps modulo 2**64, on purpose
    unknown = np.concatenate(([0], np.cumsum(ids == 0)))
    h[(unknown[N:] - unknown[:count]) > 0] = 0
    return h


def shared_files(data: Path = SHARED_DATA):
    """(dataset, text) of every readable file under ``data``; html tags dropped, .gz read through."""
    for path in sorted(data.rglob("*")):
        if not path.is_file() or path.suffix.lower() in SKIP_SUFFIXES:
            continue
        try:
            raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        except (OSError, EOFError):
            continue
        if b"\0" in raw[:4096]:
            continue  # binary
        text = raw.decode("utf-8", errors="ignore")
        if ".htm" in path.name.lower():
            text = TAG.sub(" ", text)
        yield path.relative_to(data).parts[0], text


def _confirm(text: Text, start: int, data_words: list[str], at: int) -> bool:
    return text.words[start : start + N] == tuple(data_words[at : at + N])


def find_runs(root: Path = ROOT, data: Path = SHARED_DATA, min_words: int = N) -> list[Run]:
    """Runs of >= ``min_words`` copied words, each with the first dataset it was found in."""
    texts = repo_texts(root)
    vocab: dict[str, int] = {}
    for t in texts:
        for w in t.words:
            vocab.setdefault(w, len(vocab) + 1)
    text_hashes = [_hashes(np.fromiter((vocab[w] for w in t.words), np.uint64, len(t.words))) for t in texts]
    where: dict[int, list[tuple[int, int]]] = {}
    for i, hs in enumerate(text_hashes):
        for j, h in enumerate(hs.tolist()):
            where.setdefault(h, []).append((i, j))
    wanted = np.array(sorted(where), dtype=np.uint64)
    hit: dict[tuple[int, int], str] = {}  # (text, window) -> dataset
    resolved: set[int] = set()
    for dataset, content in shared_files(data):
        words = WORD.findall(content.lower())
        ids = np.array(list(map(vocab.get, words, repeat(0))), dtype=np.uint64)
        hs = _hashes(ids)
        slot = np.minimum(np.searchsorted(wanted, hs), len(wanted) - 1)  # np.isin re-sorts ``wanted`` per file
        pos = np.flatnonzero((wanted[slot] == hs) & (hs != 0))
        found, first = np.unique(hs[pos], return_index=True)  # one place per window is enough
        for h, at in zip(found.tolist(), pos[first].tolist()):
            if h in resolved:
                continue
            for i, j in where[h]:
                if (i, j) not in hit and _confirm(texts[i], j, words, at):
                    hit[(i, j)] = dataset
            if all((i, j) in hit for i, j in where[h]):
                resolved.add(h)  # a window of boilerplate found in thousands of pages is looked at once
    runs = []
    by_text: dict[int, list[int]] = {}
    for i, j in hit:
        by_text.setdefault(i, []).append(j)
    for i, starts in by_text.items():
        starts.sort()
        begin = prev = starts[0]
        for j in starts[1:] + [None]:
            if j is not None and j == prev + 1:
                prev = j
                continue
            length = prev - begin + N
            if length >= min_words:
                t = texts[i]
                copied = " ".join(t.words[begin : begin + length])
                key = hashlib.sha1(copied.encode()).hexdigest()[:12]
                runs.append(Run(t.path, t.line, begin, length, hit[(i, begin)], key))
            if j is not None:
                begin = prev = j
    return sorted(runs, key=lambda r: (str(r.path), r.line, r.start))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-words", type=int, default=N)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args(argv)
    runs = find_runs(args.root.resolve(), args.data, args.min_words)
    for r in runs:
        print(f"{r.where(args.root.resolve())}\t{r.words} words\t{r.dataset}\t{r.key}")
    long = sum(r.words >= 10 for r in runs)
    files = len({r.path for r in runs})
    print(f"{len(runs)} runs of >= {args.min_words} words ({long} of >= 10) in {files} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
