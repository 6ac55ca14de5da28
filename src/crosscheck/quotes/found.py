"""A quote as found in one text, and the small span helpers every finder shares."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..records import Document
from .cues import _MARKS, _SMALL_WORDS


@dataclass
class Found:
    """A quote as found in one text: the quoted words and the speaker as written there."""

    document: str
    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    basis: str | None = None
    sentence: str = ""
    middle: tuple[int, int] | None = None  # the attribution between the two parts of a split quote
    parts: list[tuple[int, int]] = field(default_factory=list)  # the quoted pieces, without what lies between
    cue: str | None = None  # the verb that attributes it ("said", "told"), when one does
    speaker_head: tuple[int, int] | None = None  # the head word of the speaker phrase ("spokesman", "Smith")
    cue_start: int | None = None  # where the cue is, to tell one attribution from two by the same speaker
    not_speech: str | None = None  # why an attribution is not shown as a quote ("object", "wh", ...): shown.py
    antecedent: tuple[int, int] | None = None  # where a pronoun speaker is named; (-1, -1): no one (shown.py)


def outermost(found: list[Found]) -> list[Found]:
    """One report's shown quotes less a quoted phrase inside the reported clause around it: 'the case raised so many
    questions it would be "open season"' is shown once, not again as "open season" (issue 20q, review s9, QUOTE-DUP:
    the whole and its inner phrase were two quotes). A quotation inside another quotation stays: its words may be
    another speaker's ("Comey wrote: 'the president said "he thought highly of me"'")."""
    clauses = sorted((f.start, f.end) for f in found if f.kind == "reported")
    starts = [a for a, _ in clauses]

    def inside(f: Found) -> bool:
        i = bisect.bisect_right(starts, f.start)
        # (a quoted phrase's full stop inside its closing mark, 'were "nuts."', is past the clause, which ends at
        # "nuts": the phrase is inside all the same)
        end = f.end - (len(f.text) - len(f.text.rstrip(".,;:!? ")))
        # (a quotation whose own cue is inside the clause is another attribution the parse ran the clause over:
        # 'The article revealed that the fee had "..." and quoted Ed Marsh as saying: "..."' is Marsh's, shown)
        own_cue = f.cue_start if f.cue_start is not None else -1
        return any(b >= end and (a, b) != (f.start, f.end) and not a <= own_cue < b for a, b in clauses[:i])

    return [f for f in found if f.kind != "direct" or not inside(f)]


def _sentence_of(document: Document, offset: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``offset`` (``Document.sentence_at``); between sentences, the offset itself."""
    s = document.sentence_at(offset)
    return (s.start, s.end) if s is not None else (offset, offset)


class _Inside:
    """Is a character inside any quotation of the text?"""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def __call__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.spans[i][1]


def _is_title(text: str) -> bool:
    """"State of the Union", "Make America Great Again": a name in quote marks, not a quotation."""
    words = re.findall(r"[\w’'-]+", text)
    return bool(words) and len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS
                                                   for w in words)


def _has_mark(text: str, start: int, end: int) -> bool:
    return any(c in _MARKS for c in text[start:end])


def _same_paragraph(a, b) -> bool:
    """Are two tokens in one paragraph (a parse's sentence may run over a paragraph break)?"""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])
