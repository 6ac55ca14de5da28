"""Passages two otherwise independent reports share word for word.

An outlet that pastes three paragraphs of a wire story into its own report is
not a copy of the wire story (most of it is its own), but a figure in those
paragraphs is the wire's, not a second source's. For a pair of reports this
finds the maximal runs of word 5-grams both carry, in order (a run may skip a
few words: a changed name, a dropped clause), and keeps the runs of at least
``min_words`` words as passages, with character offsets in both texts.

Not passages: runs made of template shingles (an outlet's navigation, boxes,
widgets: passed in as ``ignore``), and runs mostly inside quotation marks (two
reporters quoting one speech is two sources hearing it, not one reusing the
other); the latter are returned with ``kind="quote"`` only when asked.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np

from ..records import PassageSpan, SharedPassage
from .shingles import _QUOTES, _TOKEN, word_hashes


@functools.lru_cache(maxsize=4096)  # issue 17: a report is in many candidate pairs; shingled once (read only)
def positional_shingles(text: str, size: int = 5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(5-gram hash at each word position, start offset of each word, end offset of each word).

    Hashes equal those of ``copies.shingles`` for the same words, so template sets apply.
    """
    spans, words = [], []
    for m in _TOKEN.finditer(text):
        spans.append((m.start(), m.end()))
        words.append(unicodedata.normalize("NFKC", m.group(0)).translate(_QUOTES).casefold())
    if len(words) < size:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    h = word_hashes(words)
    grams = np.zeros(len(h) - size + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(size):
            grams = grams * np.uint64(1000003) + h[k:len(h) - size + 1 + k]
    offsets = np.asarray(spans, dtype=np.int64)
    return grams, offsets[:, 0], offsets[:, 1]


def quoted_share(text: str, start: int, end: int) -> float:
    """Share of text[start:end] inside quotation marks.

    Read from the start of the paragraph: a straight quote mark toggles, a curly one opens or closes,
    and a paragraph break ends a quotation (news style reopens a quotation running over paragraphs
    with a fresh mark), so a passage that starts or ends inside a quotation is seen as one.
    """
    return _quoted_chars(text, paragraph_start(text, start), start, end, False) / max(1, end - start)


_PARAGRAPH = re.compile(r"\n[ \t\r\xa0]*\n")


def paragraph_start(text: str, start: int) -> int:
    """Where the paragraph holding ``start`` begins: after the last blank line before it (a line of spaces
    is blank too: extracted pages often break paragraphs with "\\n \\n"), else the start of the text."""
    found = 0
    for m in _PARAGRAPH.finditer(text, 0, start):
        found = m.start()
    return found


def _quoted_chars(text: str, begin: int, start: int, end: int, inside: bool, breaks: bool = True) -> int:
    """Characters of text[start:end] inside quotation marks, reading the marks from ``begin`` in state
    ``inside``: a straight mark toggles, a curly one opens or closes, a paragraph break ends a quotation
    (``breaks``; a passage read from its own edges keeps its state across one)."""
    quoted = 0
    for i in range(begin, end):
        c = text[i]
        if breaks and c == "\n" and _PARAGRAPH.match(text, i):
            inside = False
        elif c in _OPEN:
            inside = True
        elif c in _CLOSE:
            inside = False
        elif c == '"':
            inside = not inside
        elif inside and i >= start:
            quoted += 1
    return quoted


_OPEN = frozenset("“«")
_CLOSE = frozenset("”»")


def local_quoted_share(text: str, start: int, end: int) -> float:
    """Share of text[start:end] inside quotation marks, read from the passage's own edges rather than from the
    paragraph start: a straight quote mark's side is told by its neighbours (an opening one follows a space
    or an opening bracket, a closing one is followed by a space or punctuation). A passage that opens just
    after a quote mark, or whose first mark inside closes a quotation, starts inside one. Extracted pages
    often lose paragraph breaks (a whole story in one line) or carry an unpaired mark far before the
    passage, and then counting marks from the paragraph start reads a quotation as narration."""
    before = text[max(0, start - 3):start]
    inside = bool(before.strip()) and before.rstrip()[-1:] in ('"', "“", "«")
    first = next((i for i in range(start, end) if text[i] in '"“”«»'), None)
    if not inside and first is not None:
        c = text[first]
        if c in _CLOSE:
            inside = True
        elif c == '"':
            after = text[first + 1:first + 2]
            prev = text[first - 1:first] if first > 0 else " "
            inside = not prev.isspace() and (not after or after.isspace() or after in ".,;:!?)")
    return _quoted_chars(text, start, start, end, inside, breaks=False) / max(1, end - start)


LOCAL_QUOTE_WORDS = 20

# Beyond this many characters from its paragraph's start, a passage's quotation state is read from its own
# edges: a page without paragraph breaks (a whole story on one line) turns every unpaired mark before the
# passage into a flip of quotation and narration.
LONG_PARAGRAPH = 1500

# Who is quoted: words of the attribution nearest a quotation. A document's text printed in quotation marks (a
# written statement, a memo, a filing or lawsuit, a letter, another outlet's or an agency's reporting) is
# reused text like wire copy; a person's spoken words (told reporters, in an interview, at a hearing) are not.
_DOCUMENT_CUE = re.compile(
    r"\b(?:statement|memo(?:s|randum)?|lawsuit|the suit|complaint|filing|court (?:papers|documents|filings)|"
    r"indictment|affidavit|letter|e-?mail|press release|news release|wrote|writes|written|recounts|"
    r"(?:the )?(?:news )?agency (?:said|says|added|reported)|reported|(?:the|a|its) report (?:said|says|found|states))\b",
    re.IGNORECASE)
_SPOKEN_CUE = re.compile(
    r"\b(?:told|tells|said (?:yesterday|today|on|at|during|in an interview)|interview|press conference|"
    r"news conference|briefing|speech|remarks|hearing|testified|asked|by (?:tele)?phone)\b", re.IGNORECASE)
# "by telephone" is a spoken cue (issue 14 round 4). Not cues either way (passages_fresh2's misses): "added" ("she added in a statement", "added on
# Twitter") and "says" ("Peter Capaldi says:", the present tense of press releases) name no medium.
ATTRIBUTION_WINDOW = 250
# A quotation two reports print word for word over at least this many words, with no cue in either saying how it
# was delivered, is taken for a document's text (a statement, a release, a tweet): a speaker's words reproduced at
# that length come with "told reporters", "in a speech", "at a hearing". Issue 14 round 4: 25 of 20/25/30/40
# (passages_fresh2.tsv recall 0.73 -> 0.81 at precision 0.88; 20 let passages_fresh.tsv's precision fall to 0.83).
UNATTRIBUTED_DOCUMENT_WORDS = 25
# Two reports' cues for one shared quotation: the nearest of the two decides (issue 14 session 6). One outlet writes
# '"...," the mayor said in a statement', another '"...," he said on Sunday' a sentence away, or names an interview
# further on: the cue next to the words is the one about them. Until then a speaker's cue anywhere in either report's
# window kept the words a quote. Written on passages_fresh5's misses (statements several outlets quote, one naming
# it); passages_fresh, fresh2, fresh3, fresh4 unchanged; passages_fresh5 P/R 0.842/0.787 -> 0.846/0.815.


def document_quotation(text: str, start: int, end: int, window: int = ATTRIBUTION_WINDOW) -> bool | None:
    """Is the quotation holding text[start:end] a document's text rather than a person's spoken words?
    Read from the attribution nearest the passage (``window`` characters before it or after it): a
    document cue ("said in a statement", "the memo", "wrote", "THR reported") nearer than a spoken one
    ("told reporters", "in an interview", "at a hearing"). None: no cue either way."""
    best = nearest_cue(text, start, end, window)
    return best[1] if best else None


def nearest_cue(text: str, start: int, end: int, window: int = ATTRIBUTION_WINDOW) -> tuple[int, bool] | None:
    """(characters away, is a document cue) of the attribution cue nearest text[start:end] (``document_quotation``);
    at equal distance a spoken cue."""
    best: tuple[int, bool] | None = None
    for pattern, is_document in ((_DOCUMENT_CUE, True), (_SPOKEN_CUE, False)):
        for m in pattern.finditer(text, max(0, start - window), start):
            distance = start - m.end()
            if best is None or distance < best[0]:
                best = (distance, is_document)
        for m in pattern.finditer(text, end, min(len(text), end + window)):
            distance = m.start() - end
            if best is None or distance < best[0] or (distance == best[0] and not is_document):
                best = (distance, is_document)
    return best


def shared_passages(a_id: str, a_text: str, b_id: str, b_text: str, *, size: int = 5, min_words: int = 20,
                    max_gap: int = 3, ignore: np.ndarray | None = None, quotes: bool = False,
                    max_quoted: float = 0.6, documents: bool = True) -> list[SharedPassage]:
    """The passages two reports share, longest runs first off, in the first report's order.

    Kinds: ``wire`` (shared reporting), ``document`` (a document's text both print in quotation marks:
    a statement, memo, filing, another outlet's reporting; ``document_quotation``), ``quote`` (a person's
    words in quotation marks: returned only with ``quotes=True``).

    ``ignore``: shingle hashes never counted as shared (template text); ``min_words``: the
    shortest passage kept (about one wire sentence); ``max_gap``: words a run may skip.
    """
    if b_id < a_id:
        a_id, a_text, b_id, b_text = b_id, b_text, a_id, a_text
    ga, sa, ea = positional_shingles(a_text, size)
    gb, sb, eb = positional_shingles(b_text, size)
    if not len(ga) or not len(gb):
        return []
    common = np.intersect1d(ga, gb)
    if ignore is not None and len(ignore):
        common = np.setdiff1d(common, ignore, assume_unique=False)
    if not len(common):
        return []
    in_a = np.flatnonzero(np.isin(ga, common))
    first_in_b: dict[int, int] = {}
    for pos, g in enumerate(gb.tolist()):
        first_in_b.setdefault(g, pos)
    out: list[SharedPassage] = []
    marks = None
    runs = _runs(in_a, max_gap)
    for n, (i0, i1) in enumerate(runs):
        words = i1 - i0 + size
        if words < min_words:
            continue
        # The same run in b: from where its first shared shingle is to where its last one is.
        j0, j1 = first_in_b.get(int(ga[i0])), first_in_b.get(int(ga[i1]))
        if j0 is None or j1 is None or j1 < j0:
            continue
        a_start, a_end = int(sa[i0]), _closing(a_text, int(ea[i1 + size - 1]))
        b_start, b_end = int(sb[j0]), _closing(b_text, int(eb[j1 + size - 1]))
        if marks is None:  # quotation marks read on texts whose doubled apostrophes are double quotes
            marks = (_double_apostrophes(a_text), _double_apostrophes(b_text))
        qa, qb = marks
        quoted = _quoted(qa, a_start, a_end)
        if words <= LOCAL_QUOTE_WORDS:  # a speaker's words; a longer quotation is a document's own text
            quoted = max(quoted, local_quoted_share(qa, a_start, a_end), local_quoted_share(qb, b_start, b_end))
        if quoted < max_quoted:  # a quotation with its attribution ('," the director of X said') is still a quotation
            quoted = max(quoted, _attributed_share(qa, a_start, a_end))
        kind = "quote" if quoted >= max_quoted else "wire"
        if kind == "quote" and documents:
            cues = [c for c in (nearest_cue(qa, a_start, a_end), nearest_cue(qb, b_start, b_end)) if c]
            if cues and min(cues, key=lambda c: (c[0], c[1]))[1]:  # the nearest cue of the two reports names a document
                kind = "document"
            elif not cues and words >= UNATTRIBUTED_DOCUMENT_WORDS:  # long, word for word, no cue either way
                kind = "document"
        if kind == "quote" and not quotes:
            continue
        out.append(SharedPassage(f"passage-{a_id}-{b_id}-{len(out) + 1}",
                                 [PassageSpan(a_id, a_start, a_end), PassageSpan(b_id, b_start, b_end)],
                                 a_text[a_start:a_end], int(words), kind))
    return out


_ATTRIBUTION = re.compile(r'[,.!?]?["”]\s*[^.!?"“”\n]{0,120}?\b(?:said|says|told|added|according to)\b[^.!?"“”\n]{0,60}')


def _attributed_share(text: str, start: int, end: int) -> float:
    """``_quoted``'s share of text[start:end] with each attribution that follows a closing quotation mark (', the
    director of X said') counted as quoted: a run made of a quotation and who said it is that person's words."""
    inside = _quoted(text, start, end) * max(1, end - start)
    for m in _ATTRIBUTION.finditer(text, start, end):
        inside += m.end() - m.start()
    return inside / max(1, end - start)


_OPENING_APOSTROPHES = re.compile(r"''(?=\w)")


def _double_apostrophes(text: str) -> str:
    """``text`` with each doubled apostrophe ('' as some papers and treebank-style texts print double quotes) made a
    straight double quote beside a space, the same length, so offsets hold: before a word an opening mark (' "'),
    elsewhere a closing one ('" ')."""
    if "''" not in text:
        return text
    return _OPENING_APOSTROPHES.sub(' "', text).replace("''", '" ')


def _quoted(text: str, start: int, end: int) -> float:
    """``quoted_share`` from the paragraph's start or, when that start is far (``LONG_PARAGRAPH``), from the
    side of the nearest quotation mark before the passage (``_inside_before``)."""
    begin = paragraph_start(text, start)
    if start - begin > LONG_PARAGRAPH:
        inside = _inside_before(text, max(begin, start - LONG_PARAGRAPH // 3), start)
        return _quoted_chars(text, start, start, end, inside) / max(1, end - start)
    return quoted_share(text, start, end)


def _inside_before(text: str, begin: int, start: int) -> bool:
    """Does ``start`` lie inside a quotation, told by the nearest quotation mark before it (after ``begin``):
    a curly mark by its shape, a straight one by its neighbours (an opening mark follows a space or a bracket
    and is followed by a word)."""
    for i in range(start - 1, begin - 1, -1):
        c = text[i]
        if c in _OPEN:
            return True
        if c in _CLOSE:
            return False
        if c == '"':
            prev = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            return (prev.isspace() or prev in "([{-") and not after.isspace()
    return False


def _closing(text: str, end: int) -> int:
    """A passage ends after its last word's closing punctuation ("...said." keeps the full stop)."""
    while end < len(text) and end - 1 >= 0 and text[end] in _CLOSERS:
        end += 1
    return end


_CLOSERS = frozenset(".!?,;:\"”’')")


def _runs(positions: np.ndarray, max_gap: int) -> list[tuple[int, int]]:
    """Runs of word positions no more than ``max_gap`` apart: (first, last) each."""
    if not len(positions):
        return []
    breaks = np.flatnonzero(np.diff(positions) > max_gap + 1)
    starts = np.r_[0, breaks + 1]
    ends = np.r_[breaks, len(positions) - 1]
    return [(int(positions[s]), int(positions[e])) for s, e in zip(starts, ends)]
