"""The brief: a short extractive summary where every sentence cites its sources.

Sentences are scored by how central they are to the story (TF-IDF cosine to
the story's centroid), how many independent sources say the same thing (a
sentence of another report with cosine above ``SUPPORT_COSINE`` supports it;
copies count once), and where they stand in their report (news puts the
essentials first). Selection is MMR, so the brief does not repeat itself; the
chosen sentences are then put in time order (event dates where the timeline
has them, else publication order). A closing line names the open conflicts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .records import BriefSentence, Document, Event, Finding, Sources

SUPPORT_COSINE = 0.5
SUPPORT_WEIGHT = 1.0  # how much each further independent source raises a sentence
LEAD_FLOOR = 0.5  # a sentence deep in its report keeps this much of a lead sentence's weight
MMR_LAMBDA = 0.7
MAX_CANDIDATES = 6000  # sentences scored per story; beyond it, the earliest of each report
MAX_PER_DOCUMENT = 30
MIN_WORDS, MAX_WORDS = 8, 60


@dataclass
class _Candidate:
    document: str
    text: str
    start: int
    position: int


def _candidates(documents: list[Document]) -> list[_Candidate]:
    out = []
    per_doc = max(3, min(MAX_PER_DOCUMENT, MAX_CANDIDATES // max(1, len(documents))))
    for d in documents:
        sentences = d.sentences or [_s for _s in _split(d.text)]
        kept = 0
        for position, s in enumerate(sentences):
            words = len(s.text.split())
            if not MIN_WORDS <= words <= MAX_WORDS or s.text.endswith("?"):
                continue
            out.append(_Candidate(d.id, s.text, s.start, position))
            kept += 1
            if kept >= per_doc:
                break
    return out


def _split(text: str):
    from .records import Sentence

    for m in re.finditer(r"[^.!?\n]+[.!?]*", text):
        if m.group(0).strip():
            yield Sentence(m.group(0).strip(), m.start(), m.end())


def select(candidates: list[_Candidate], sources: Sources, max_sentences: int) -> list[tuple[_Candidate, list[str]]]:
    """The chosen sentences with the reports that support each."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not candidates:
        return []
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
    try:
        matrix = vectorizer.fit_transform([c.text for c in candidates])
    except ValueError:  # only stop words
        return []
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid) or 1.0
    centrality = matrix @ (centroid / norm)
    similarity = (matrix @ matrix.T).tocsr()  # rows are L2-normalised: this is cosine

    # Support: reports with a sentence at cosine >= SUPPORT_COSINE (CSR rows, no Python per-cell lookups).
    strong = similarity.multiply(similarity >= SUPPORT_COSINE).tocsr()
    doc_of = [c.document for c in candidates]
    support: list[list[str]] = []
    scores = np.zeros(len(candidates))
    for i, c in enumerate(candidates):
        row = strong.indices[strong.indptr[i]:strong.indptr[i + 1]]
        docs = {c.document} | {doc_of[j] for j in row}
        support.append(sorted(docs))
        independent = sources.count(docs)
        lead = 1.0 / math.sqrt(1 + c.position)
        scores[i] = float(centrality[i]) * (1 + SUPPORT_WEIGHT * math.log(independent)) * (LEAD_FLOOR + lead)

    # MMR, with each candidate's redundancy (max cosine to the chosen) kept up to date.
    chosen: list[int] = []
    available = np.ones(len(candidates), dtype=bool)
    redundancy = np.zeros(len(candidates))
    top = scores.max() or 1.0
    while available.any() and len(chosen) < max_sentences:
        mmr = MMR_LAMBDA * scores - (1 - MMR_LAMBDA) * redundancy * top
        mmr[~available] = -np.inf
        best = int(np.argmax(mmr))
        chosen.append(best)
        row = similarity.getrow(best).toarray().ravel()
        redundancy = np.maximum(redundancy, row)
        available[best] = False
        available[row >= 0.8] = False  # near-duplicates of a chosen sentence (copies) never come back
    return [(candidates[i], support[i]) for i in chosen]


def write_brief(documents: list[Document], events: list[Event], conflicts: list[Finding], sources: Sources,
                max_sentences: int = 6) -> list[BriefSentence]:
    by_id = {d.id: d for d in documents}
    picked = select(_candidates(documents), sources, max_sentences)
    event_date = {(ev.document, ev.start): e.date for e in events for ev in e.evidence if ev.start is not None}

    def order(item: tuple[_Candidate, list[str]]) -> tuple:
        c, _ = item
        d = by_id[c.document]
        published = d.published.date or d.published.latest or d.published.earliest or "9999"
        return (event_date.get((c.document, c.start), published), published, c.position)

    brief = [BriefSentence(c.text, docs, sources.count(docs)) for c, docs in sorted(picked, key=order)]
    if conflicts:
        brief.append(_conflict_line(conflicts, sources))
    return brief


def _conflict_line(conflicts: list[Finding], sources: Sources) -> BriefSentence:
    topics = []
    for f in conflicts[:4]:
        m = re.search(r"disagree on ([^:]+):", f.explanation)
        topics.append(m.group(1) if m else ("the date of an event" if f.kind == "date" else f.kind))
    more = f" and {len(conflicts) - 4} more" if len(conflicts) > 4 else ""
    documents = sorted({d for f in conflicts for d in f.documents})
    text = f"Sources conflict on {'; '.join(dict.fromkeys(topics))}{more}: see the conflicts section."
    return BriefSentence(text, documents, sources.count(documents))


def summarize_documents(documents: list[Document], max_words: int = 250) -> list[str]:
    """An extractive summary within a word budget (evaluation against gold summaries).

    Sentences are taken in MMR order until the budget is reached, then put in
    reading order, as for the brief.
    """
    picked = select(_candidates(documents), Sources(), max_sentences=60)
    out, words = [], 0
    for c, _ in picked:
        if words >= max_words:
            break
        out.append(c)
        words += len(c.text.split())
    order = {d.id: i for i, d in enumerate(documents)}
    return [c.text for c in sorted(out, key=lambda c: (order[c.document], c.position))]
