"""The brief: a short extractive summary where every sentence cites its sources.

Sentences are scored by how central they are to the story (TF-IDF cosine to
the story's centroid), how many independent sources say the same thing (a
sentence of another report with cosine above ``SUPPORT_COSINE`` supports it;
copies count once), where they stand in their report (news puts the
essentials first), and whether they tell a dated event of the timeline that
several sources report. Selection is MMR, so the brief does not repeat itself;
the chosen sentences are then put in time order (event dates where the
timeline has them, else publication date). A closing line names the open
conflicts.

Cost: at most ``MAX_CANDIDATES`` sentences are scored per story, and the
sentence-by-sentence similarities are computed in sparse blocks of
``BLOCK_ROWS`` rows, so a story of 2,000 reports never builds an n x n matrix.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from .caption import reads_as_caption
from .furniture import comments_start, is_furniture, lead_of, lower_words, stands_alone, without_dateline  # noqa: F401  (re-exported)
from .records import BriefSentence, Document, Event, Finding, PublishedDate, Sentence, Sources

# The weights below were chosen on the first 100 Multi-News clusters of LongBench and checked
# on the other 100 (python -m evaluation.multinews; figures in bench/RESULTS.md).
SUPPORT_COSINE = 0.5  # a sentence of another report this close says the same thing
SUPPORT_WEIGHT = 1.0  # how much each further independent source raises a sentence (log scale)
EVENT_WEIGHT = 0.25  # how much telling a dated, multiply-sourced event raises a sentence (log scale)
LEAD_FLOOR = 0.2  # a sentence deep in its report keeps this much of a lead sentence's weight
MMR_LAMBDA = 0.5  # relevance against redundancy; lower values gave briefs that repeat less and scored higher
NEAR_DUPLICATE_COSINE = 0.6  # a sentence this close to a chosen one is a rewording of it and never comes back
# The first sentences of a story's reports tell its one main news in different words (TF-IDF cosine
# 0.05-0.2 between them: too far apart for NEAR_DUPLICATE_COSINE), so once one lead is in the brief, another
# report's lead that shares any of its words (cosine >= LEAD_SHARED) counts as repeating it; a lead about
# something else ("Aid agencies asked donors ...") shares none and stays. Seen on ECB topic 9's ten reports:
# six leads of one announcement made the whole brief. On Multi-News 1-100 the leads in 6-sentence briefs go
# 233 -> 157 of 600 at equal ROUGE (brief 41.53/13.42 -> 41.63/13.51; 280-word summaries 45.88/16.13
# -> 45.92/16.19: ROUGE cannot see repetition, so it only shows that nothing is lost).
LEAD_REDUNDANCY = 1.0
LEAD_SHARED = 0.05
MAX_CANDIDATES = 6000  # sentences scored per story; beyond it, the earliest of each report
MAX_PER_DOCUMENT = 30
MIN_WORDS, MAX_WORDS = 8, 60  # shorter lines are headlines, bylines or fragments; longer ones run-ons
BLOCK_ROWS = 1000  # rows of the sparse similarity product computed at once
DEFAULT_BUDGET_WORDS = 280  # summarize_*: close to the 300 tokens of the published extractive baselines

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

@dataclass
class _Candidate:
    document: str
    text: str
    start: int
    end: int
    position: int  # index of the sentence in its report
    lead: bool = False  # the report's first candidate: the sentence that tells its main news


def _lower_words(documents: list[Document], most: int = 400_000) -> frozenset[str]:
    """The words the story writes in lower case (its first ``most`` characters of each report): a word of
    them capitalised inside a sentence opens a glued one (``furniture.lead_of``)."""
    return lower_words(d.text[:most] for d in documents)


def _candidates(documents: list[Document]) -> list[_Candidate]:
    per_doc, common = candidate_settings(documents)
    return [c for d in documents for c in report_candidates(d, per_doc, common)]


def candidate_settings(documents: list[Document]) -> tuple[int, frozenset[str]]:
    """What one report's candidates take from the story: how many a report may give, and the words the story
    writes in lower case."""
    return max(3, min(MAX_PER_DOCUMENT, MAX_CANDIDATES // max(1, len(documents)))), _lower_words(documents)


def report_candidates(d: Document, per_doc: int, common: frozenset[str]) -> list[_Candidate]:
    """One report's candidate sentences (``_candidates``, report by report: issue 17 keeps them per report)."""
    out = []
    sentences = d.sentences or split_sentences(d.text)
    comments = comments_start(d.text)  # readers' comments below the report are not the report's
    kept = 0
    for position, s in enumerate(sentences):
        if comments is not None and s.end > comments:
            break
        if s.text.endswith("?") or is_furniture(s.text):
            continue
        # A headline, teaser, byline, timestamp or dateline glued before the lead is cut off; a line
        # that is only such things (or a caption, a teaser list, a cut sentence) is no candidate.
        # A report's first sentence may carry its headline before a lead that opens on a name (``glued_headline_end``).
        text = lead_of(s.text, common, first=position == 0)
        if text is None or not MIN_WORDS <= len(text.split()) <= MAX_WORDS or not stands_alone(text):
            continue
        at = s.text.rfind(text)
        at = s.start + at if at >= 0 else s.start + len(s.text) - len(text)
        out.append(_Candidate(d.id, text, at, at + len(text), position, lead=kept == 0))
        kept += 1
        if kept >= per_doc:
            break
    return out


_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def seam_words(d: Document) -> set[str]:
    """The words whose place among the story's lower-case words (``common``) a report's candidates can depend on:
    ``lead_of`` asks it of a capitalised word of a sentence (``furniture._seams``), lower-cased."""
    return {w.lower() for s in (d.sentences or split_sentences(d.text)) for w in _CAPITALISED.findall(s.text)}


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """This module's and ``furniture``'s source, hashed: candidates kept by other code are never reused."""
    from . import furniture
    from .sourcehash import source_key

    return source_key(__file__, furniture.__file__)


# Words after which a full stop does not end a sentence (titles, initials, common abbreviations).
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "sgt", "maj", "gov", "sen",
    "rep", "rev", "pres", "sec", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
    "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "ft", "mt",
}
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of plain text with their offsets, by a regular expression.

    Used where no clean stage ran (``summarize_texts``, or Documents without
    sentences). A stop ends a sentence when the next word starts with a capital or
    a digit, unless the word before it is an abbreviation or a single initial; a
    line break always ends one, since the clean stage keeps paragraphs on lines.
    """
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0)[0] == ".":
            word = re.search(r"([\w.]+)$", text[start:m.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
        _append(out, text, start, m.end() if m.group(0)[0] != "\n" else m.start())
        start = m.end()
    _append(out, text, start, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + piece.index(stripped)
        out.append(Sentence(stripped, offset, offset + len(stripped)))


def select(candidates: list[_Candidate], sources: Sources, max_sentences: int,
           boost: list[float] | None = None, leads: list[bool] | None = None,
           supports: dict[int, list[_Candidate]] | None = None,
           refuse: Callable[[str], bool] | None = None) -> list[tuple[_Candidate, list[str]]]:
    """The chosen sentences, best first, with the reports that support each.

    ``refuse``, when given, is asked of each sentence before it is chosen: a refused one is passed over (the brief
    refuses photo captions, ``caption.reads_as_caption``: a parse, so asked only of the few about to be chosen).

    ``supports``, when given, is filled with each chosen candidate's supporting sentences (by ``id`` of the
    candidate; the first such sentence of each report, the candidate's own included), so that a caller
    counts sources at the level of spans (``Sources.count_support``).

    ``boost`` multiplies each candidate's score (the brief uses it for sentences
    that tell events of the timeline); ``leads`` marks the reports' lead sentences, which repeat one
    another's news (``LEAD_REDUNDANCY``); without it no candidate is a lead (time.summary's key-date sentences).
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not candidates or max_sentences <= 0:
        return []
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
    try:
        matrix = vectorizer.fit_transform([c.text for c in candidates])  # rows L2-normalised
    except ValueError:  # only stop words
        return []
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    centrality = matrix @ (centroid / (np.linalg.norm(centroid) or 1.0))
    transposed = matrix.T.tocsc()

    # Support: the reports holding a sentence at cosine >= SUPPORT_COSINE, block by block.
    doc_of = [c.document for c in candidates]
    support: list[dict[str, _Candidate]] = []  # per candidate: report -> its sentence that says the same thing
    # What a chosen sentence is cited to: the reports whose close sentence also states what it states, not one that
    # only shares its names (``states_same``). The score keeps the cosine support, on which its weights were chosen.
    shown: list[dict[str, _Candidate]] = []
    scores = np.zeros(len(candidates))
    # Issue 17: each candidate's stated words read once (``states_same`` of two texts looked both up for every close
    # pair, hundreds of thousands in a story of 1,000 reports), the block's rows stepped through as Python ints.
    words = [stated_words(c.text) for c in candidates]
    for first in range(0, len(candidates), BLOCK_ROWS):
        block = (matrix[first:first + BLOCK_ROWS] @ transposed).tocsr()
        block.data[block.data < SUPPORT_COSINE] = 0
        block.eliminate_zeros()
        indices, indptr = block.indices.tolist(), block.indptr.tolist()
        for k in range(block.shape[0]):
            i = first + k
            c = candidates[i]
            own = words[i]
            where: dict[str, _Candidate] = {c.document: c}
            stated: dict[str, _Candidate] = {c.document: c}
            for j in indices[indptr[k]:indptr[k + 1]]:
                d = doc_of[j]
                if d not in where:
                    where[d] = candidates[j]
                if d not in stated and _states_same_words(own, words[j]):
                    stated[d] = candidates[j]
            support.append(where)
            shown.append(stated)
            lead = 1.0 / math.sqrt(1 + c.position)
            # Independent sources: one outlet's reports, copies, and reports that carry the sentence inside a
            # passage they share (a wire text pasted into two outlets) count once (issue 14 item 3).
            independent = sources.count_support(where.values())
            scores[i] = float(centrality[i]) * (1 + SUPPORT_WEIGHT * math.log(independent)) * (LEAD_FLOOR + lead)
    if boost is not None:
        scores *= np.asarray(boost, dtype=float)

    # MMR, with each candidate's redundancy (max cosine to the chosen) kept up to date.
    chosen: list[int] = []
    available = np.ones(len(candidates), dtype=bool)
    redundancy = np.zeros(len(candidates))
    top = scores.max() or 1.0
    is_lead = np.array(leads if leads is not None else [False] * len(candidates), dtype=float)
    while available.any() and len(chosen) < max_sentences:
        mmr = MMR_LAMBDA * scores - (1 - MMR_LAMBDA) * redundancy * top
        mmr[~available] = -np.inf
        best = int(np.argmax(mmr))
        if refuse is not None and refuse(candidates[best].text):
            available[best] = False
            continue
        chosen.append(best)
        row = (matrix[best] @ transposed).toarray().ravel()
        redundancy = np.maximum(redundancy, row)
        if LEAD_REDUNDANCY and is_lead[best]:
            redundancy = np.maximum(redundancy, LEAD_REDUNDANCY * is_lead * (row >= LEAD_SHARED))
        available[best] = False
        available[row >= NEAR_DUPLICATE_COSINE] = False
    if supports is not None:
        supports.update((id(candidates[i]), list(shown[i].values())) for i in chosen)
    return [(candidates[i], sorted(shown[i])) for i in chosen]


# A sentence of another report supports a brief sentence only when it states the same thing: TF-IDF cosine counts the
# names two sentences share as much as what they say of them, and a list of the same candidates' names (a poll's
# runner-up with the other three candidates named behind him) reached SUPPORT_COSINE against an attack by one of
# them on the same four (issue 20, ninth session, BRIEF-SUPPORT-FALSE). Besides the
# names, the two must share STATED_MIN_SHARED of their other words. Read on the 139 dev stories' briefs (tenth session,
# bench/results/issue-20a-s10.md): one shared word takes 9 citations off 7 of the 403 brief sentences cited to two
# reports or more, 8 of them false (a sentence on one country's aircraft joining the strikes cited to one denying a
# plan to target the leader), 1 true ("joined Palmer firefighters" / "responded"); two shared words would take 28 more, most of
# them true (a pedestrian "was hit by" a named car / "was hit while walking" beside parked ones).
STATED_MIN_SHARED = 1
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*")  # a hyphenated word is its words ("recently-fired")
_SAYING = frozenset({"said", "says", "say", "told", "tells", "according", "added", "reported", "reports", "statement"})
# scikit-learn's English stop words hold words that tell what happened ("fire", "found", "kill"...): those stay.
_TELLING = frozenset({"fire", "found", "find", "bill", "call", "describe", "detail", "fill", "front", "full", "give",
                      "interest", "move", "system", "thick", "thin", "cry", "mill", "bottom", "top", "side", "back",
                      "part", "show", "put", "take", "keep", "made", "become", "became", "kill", "sincere"})


@functools.lru_cache(maxsize=65536)  # asked for each pair of close sentences, of few distinct sentences
def stated_words(text: str) -> frozenset[str]:
    """A sentence's words other than names (words capitalised inside it, and a first word before another capitalised
    one; a word in capitals throughout, "NO COLLUSION", is shouted, not named), stop words and words of saying,
    lightly stemmed."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = set()
    tokens = _TOKEN.findall(text)
    for n, w in enumerate(tokens):
        if w[0].isupper() and not w.isupper() and (n or len(tokens) > 1 and tokens[1][0].isupper()):
            continue  # a name; the first word only when the next is capitalised too ("Jeb Bush fired at ...")
        w = w.lower().strip("'’-")
        if len(w) > 2 and (w not in ENGLISH_STOP_WORDS or w in _TELLING) and w not in _SAYING:
            words.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(words)


def states_same(a: str, b: str) -> bool:
    """Does sentence ``b`` state what ``a`` states, beyond naming the same people and places (see STATED_MIN_SHARED)?
    Two sentences of names alone (no other word) say nothing against it."""
    return _states_same_words(stated_words(a), stated_words(b))


def _states_same_words(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """``states_same`` of two sentences' ``stated_words``."""
    if not wa or not wb:
        return True
    if STATED_MIN_SHARED == 1:
        return not wa.isdisjoint(wb)  # the same test, without building the intersection
    return len(wa & wb) >= STATED_MIN_SHARED


def _event_of(candidates: list[_Candidate], events: list[Event]) -> list[Event | None]:
    """For each candidate, the best-sourced dated event whose evidence lies in that sentence."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for i, c in enumerate(candidates):
        spans.setdefault(c.document, []).append((c.start, c.end, i))
    found: list[Event | None] = [None] * len(candidates)
    for e in events:
        if not _ISO_DATE.match(e.date or ""):
            continue  # PRESENT_REF, weeks, seasons: no place on a calendar
        for ev in e.evidence:
            if ev.start is None:
                continue
            for start, end, i in spans.get(ev.document, ()):
                if start <= ev.start < end:
                    if found[i] is None or e.independent_sources > found[i].independent_sources:
                        found[i] = e
                    break
    return found


def write_brief(documents: list[Document], events: list[Event], conflicts: list[Finding], sources: Sources,
                max_sentences: int = 6, candidates: list[_Candidate] | None = None,
                topical: Callable[[str], bool] | None = None) -> list[BriefSentence]:
    """The story's brief: ``max_sentences`` cited sentences in time order, then a line naming open conflicts.
    ``candidates``: ``_candidates(documents)`` when already at hand (kept per report, issue 17).
    ``topical``, when given, is asked of each sentence about to be chosen: one it refuses (a sentence carrying none of
    the pile's topic terms, ``on_story.on_topic``: issue 20, twenty-second session) is passed over, as a caption is."""
    by_id = {d.id: d for d in documents}
    reading = {d.id: n for n, d in enumerate(documents)}
    candidates = _candidates(documents) if candidates is None else candidates
    event_of = _event_of(candidates, events)
    boost = [1.0 + EVENT_WEIGHT * math.log(max(1, e.independent_sources or len(e.documents) or 1)) if e else 1.0
             for e in event_of]
    event_index = {id(c): e for c, e in zip(candidates, event_of)}
    supports: dict[int, list[_Candidate]] = {}
    refuse = reads_as_caption if topical is None else (lambda text: not topical(text) or reads_as_caption(text))
    picked = select(candidates, sources, max_sentences, boost, [c.lead for c in candidates], supports,
                    refuse=refuse)

    def order(item: tuple[_Candidate, list[str]]) -> tuple:
        c, _ = item
        p = by_id[c.document].published
        published = p.date or p.earliest or p.latest or "9999"
        event = event_index.get(id(c))
        return (event.date if event else published, published, reading[c.document], c.position)

    ordered = sorted(picked, key=order)
    # The brief opens with its main news: the best-ranked report lead among the chosen sentences (``picked`` is
    # best first), the rest in time order. Time order alone put a side detail first when it came from an earlier
    # report of the same day (ECB+ 18: a hospital spokeswoman before "A man ... shot three people, killing one").
    opening = next((item for item in picked if item[0].lead), None)
    if opening is not None:
        ordered = [opening] + [item for item in ordered if item is not opening]
    brief = [BriefSentence(c.text, docs, sources.count_support(supports[id(c)])) for c, docs in ordered]
    if conflicts:
        brief.append(_conflict_line(conflicts, sources))
    return brief


def _conflict_line(conflicts: list[Finding], sources: Sources) -> BriefSentence:
    topics = []
    for f in conflicts[:4]:
        quantity = re.search(r"disagree on ([^:]+):", f.explanation)
        phrase = re.search(r"[“\"]([^”\"]+)[”\"]", f.explanation)
        if quantity:
            topics.append(quantity.group(1))
        elif f.kind == "date":
            topics.append(f"the date of “{phrase.group(1)}”" if phrase else "the date of an event")
        else:
            topics.append(f.kind)
    more = f" and {len(conflicts) - 4} more" if len(conflicts) > 4 else ""
    documents = sorted({d for f in conflicts for d in f.documents})
    text = f"Sources conflict on {'; '.join(dict.fromkeys(topics))}{more}: see the conflicts section."
    return BriefSentence(text, documents, sources.count(documents))


def summarize_documents(documents: list[Document], max_words: int | None = DEFAULT_BUDGET_WORDS,
                        max_sentences: int | None = None, sources: Sources | None = None) -> list[str]:
    """An extractive summary within a word and/or sentence budget, in reading order.

    Sentences are taken in MMR order until the word budget is reached (the last
    one may cross it, as in the published extractive baselines) or
    ``max_sentences`` are taken, then put in the order of the reports and of
    their sentences.
    """
    if max_sentences is not None:
        limit = max_sentences
    else:  # no sentence can be shorter than MIN_WORDS, so this many always fill the word budget
        limit = (max_words or DEFAULT_BUDGET_WORDS) // MIN_WORDS + 1
    picked = select(_candidates(documents), sources or Sources(), max_sentences=limit)
    out, words = [], 0
    for c, _ in picked:
        if max_words is not None and words >= max_words:
            break
        out.append(c)
        words += len(c.text.split())
    order = {d.id: i for i, d in enumerate(documents)}
    return [c.text for c in sorted(out, key=lambda c: (order[c.document], c.position))]


def summarize_texts(texts: list[str], max_words: int | None = None, max_sentences: int | None = None) -> list[str]:
    """Summarise raw report texts (one string each), with sentences split by ``split_sentences``.

    Without a budget, the brief's default of 6 sentences applies. Texts are taken
    as independent reports (no copy detection runs here).
    """
    if max_words is None and max_sentences is None:
        max_sentences = 6
    documents = [Document(f"t{n}", f"text {n}", "", "txt", text, text, split_sentences(text), [], PublishedDate())
                 for n, text in enumerate(texts)]
    return summarize_documents(documents, max_words, max_sentences)
