"""Diff of a copy against its original: passages dropped, added and changed, with changed numbers and names."""

from __future__ import annotations

import difflib
import re
import unicodedata

from ..records import Document, DiffOp
from .shingles import _QUOTES


# A number with the word after it, so "12 miles -> 19 km" reads as a change of unit too.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?:\s?(?:%|[A-Za-z]+\b))?")


_NAME = re.compile(r"\b[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?)*")


def _passages(d: Document) -> list[str]:
    """Sentences are the unit a reader compares: the clean stage's, else a plain split."""
    if d.sentences:
        return [s.text for s in d.sentences]
    text = d.text
    parts = re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def _normal(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).translate(_QUOTES)).strip().casefold()


def diff_reports(original: Document, copy: Document) -> list[DiffOp]:
    """Aligned passages of an original and its copy, with changed numbers and names."""
    a, b = _passages(original), _passages(copy)
    matcher = difflib.SequenceMatcher(a=[_normal(x) for x in a], b=[_normal(x) for x in b], autojunk=False)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "equal":
            ops.append(DiffOp("equal", left, right))
        elif tag == "delete":
            ops.append(DiffOp("delete", left, ""))
        elif tag == "insert":
            ops.append(DiffOp("insert", "", right))
        else:
            ops.extend(_align_block(a[i1:i2], b[j1:j2]))
    return ops


def _align_block(left: list[str], right: list[str]) -> list[DiffOp]:
    """Pair the sentences of a changed block one to one where they are edits of each
    other (similar wording), in order; the rest were dropped or added."""
    ops: list[DiffOp] = []
    j = 0
    for sentence in left:
        best, best_ratio = None, 0.5  # below half the characters in common: not an edit
        for k in range(j, len(right)):
            ratio = difflib.SequenceMatcher(a=_normal(sentence), b=_normal(right[k]), autojunk=False).ratio()
            if ratio > best_ratio:
                best, best_ratio = k, ratio
        if best is None:
            ops.append(DiffOp("delete", sentence, ""))
            continue
        ops.extend(DiffOp("insert", "", r) for r in right[j:best])
        r = right[best]
        ops.append(DiffOp("replace", sentence, r, _changed(_NUMBER, sentence, r), _changed(_NAME, sentence, r)))
        j = best + 1
    ops.extend(DiffOp("insert", "", r) for r in right[j:])
    return ops


def _changed(pattern: re.Pattern, left: str, right: str) -> list[str]:
    before = [m.group(0) for m in pattern.finditer(left)]
    after = [m.group(0) for m in pattern.finditer(right)]
    gone = [x for x in before if x not in after]
    new = [x for x in after if x not in before]
    if not gone and not new:
        return []
    if len(gone) == len(new):
        return [f"{g} -> {n}" for g, n in zip(gone, new)]
    return [f"{', '.join(gone) or '(none)'} -> {', '.join(new) or '(none)'}"]
