"""Stories: split a stream of reports into the stories they tell, online and in time order.

Reports are taken in publication order, in batches. Each joins the active story
whose centroid it is most similar to, when that similarity, decayed by the days
since the story last grew, reaches ``join_threshold``; otherwise it starts a new
story. A copy (a member of a copy group) always joins its original's story.

Features: hashed TF-IDF over the title (counted twice, since headlines name the
story) and the first ``lead_words`` words, plus the names in them (capitalised
phrases, weighted by ``name_weight``), so that two reports about similar events
in different places ("a bridge collapse in Genoa", "a bridge collapse in
Minneapolis") stay apart. Words are hashed (scikit-learn's HashingVectorizer) and
document frequencies are learned as the stream goes, so the pass needs no
vocabulary, no second pass, and memory that does not grow with the stream.

A story whose decayed similarity could no longer reach the threshold even for a
perfect match (``exp(-days / decay_days) < join_threshold``) is retired: its
centroid is dropped and only its membership is kept. So the active set, and the
work per report, is bounded by how many stories are alive at once, not by the
length of the stream. Undated reports are compared without decay.

Exactness within a batch: similarities to the stories as they stood before the
batch come from one sparse product; what reports of the same batch added to a
story is added from the batch's own report-by-report similarities, so the
result is the same as one-report-at-a-time (up to centroid pruning, applied
between batches).

The thresholds were chosen on data: ``python -m evaluation.stories --tune``
(ECB+ topics 1-35 and Multi-News clusters 1-100), and are reported on the rest
(bench/RESULTS.md).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator, Sequence

import numpy as np

from .records import CopyGroup, Document, Story

WORD_FEATURES = 2**20
NAME_FEATURES = 2**18

# Capitalised phrases: a name, with the small words names carry inside them.
_NAME = re.compile(r"\b[A-Z][\w'’.-]*[\w](?:\s+(?:(?:of|the|de|del|al|el|bin|van|von|der|la|le)\s+)?[A-Z][\w'’-]*[\w])*")
_WORD = r"(?u)\b[^\W\d_][^\W\d_'’-]+\b"


@dataclass
class StorySettings:
    # join_threshold, name_weight and lead_words: from a grid on the dev split (python -m
    # evaluation.stories --tune), the highest threshold within 0.5 B-cubed F1 of the best (85.93
    # against 86.28 at 0.15), since merging two stories mixes their facts while splitting one
    # only repeats work. decay_days is not tuned: no dated set here is labelled by story rather
    # than by topic; a week is how long a quiet story stays open.
    join_threshold: float = 0.20  # decayed cosine to a story's centroid needed to join it
    decay_days: float = 7.0  # similarity falls by e every this many days since the story last grew
    name_weight: float = 2.0  # weight of the name features beside the word features
    lead_words: int = 1000  # words of the body read (the grid preferred 1000 to 300 and 100)
    batch: int = 512  # reports per batch (one sparse product each)
    centroid_terms: int = 600  # features kept per story centroid between batches
    max_active: int = 50_000  # active stories kept at most (least recently grown retired first)


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    extra = {"said", "says", "say", "mr", "mrs", "ms", "new", "told", "year", "years", "monday", "tuesday",
             "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
             "may", "june", "july", "august", "september", "october", "november", "december", "news", "reuters",
             "ap", "afp", "photo", "image", "copyright", "getty", "read", "more", "week", "day", "today",
             # titles: "Lt. Gen. Maria Keller" names Maria Keller
             "lt", "gen", "col", "maj", "brig", "capt", "sgt", "dr", "prof", "gov", "sen", "rep", "st", "jr"}
    return frozenset(ENGLISH_STOP_WORDS | extra)


STOP_WORDS = _stop_words()


def names_in(text: str, parts: bool = True) -> list[str]:
    """Capitalised phrases of a text, lowercased: each whole phrase and, for a phrase of
    several words and ``parts``, each of its words (so "Maria Keller" and a later "Keller"
    share a feature).

    Single capitalised words that are function words or calendar words ("The",
    "On", "Friday") are not names.
    """
    out = []
    lowered: set[str] | None = None
    for m in _NAME.finditer(text):
        phrase = m.group(0).lower().replace("’", "'")
        words = phrase.split()
        while words and words[0] in STOP_WORDS:
            words = words[1:]
        if not words:
            continue
        if len(words) == 1:
            if _starts_sentence(text, m.start()):
                # "Damage from the quake...": a capitalised first word is a name only if the
                # text never writes it in lower case.
                if lowered is None:
                    lowered = set(re.findall(r"\b[a-z][\w'-]*", text))
                if words[0] in lowered:
                    continue
            out.append(words[0])
        else:
            out.append(" ".join(words))
            if parts:
                out.extend(w for w in words if w not in STOP_WORDS and len(w) > 2)
    return out


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:\n-—"


def _lead(d: Document, words: int) -> str:
    body = d.text.split(maxsplit=words)
    return " ".join(body[:words])


def _day(d: Document) -> float:
    p = d.published
    value = p.date or (p.earliest if p.earliest and p.earliest == p.latest else None)
    if not value:
        return math.nan
    try:
        return float(date.fromisoformat(value[:10]).toordinal())
    except ValueError:
        return math.nan


@dataclass
class _StoryState:
    id: str
    documents: list[str]
    first: float
    last: float
    names: Counter
    terms: Counter
    indices: np.ndarray | None = None  # pruned centroid (sum of member vectors): feature indices
    weights: np.ndarray | None = None
    norm2: float = 0.0
    touched: int = 0  # batch number when it last grew


class StoryClusterer:
    """Online story clustering over batches of reports in time order.

    ``add(batch)`` returns the story id of each report; ``stories()`` the stories
    so far, labelled. State: document frequencies (a float array of
    ~1.3M entries, 10 MB), and for each active story a pruned centroid of at most
    ``centroid_terms`` features; retired stories keep only their membership.
    """

    def __init__(self, settings: StorySettings | None = None, copy_groups: Sequence[CopyGroup] = ()):
        from sklearn.feature_extraction.text import HashingVectorizer

        self.settings = settings or StorySettings()
        self._words = HashingVectorizer(n_features=WORD_FEATURES, alternate_sign=False, norm=None,
                                        token_pattern=_WORD, stop_words=sorted(STOP_WORDS), dtype=np.float32)
        self._names = HashingVectorizer(n_features=NAME_FEATURES, alternate_sign=False, norm=None,
                                        analyzer=names_in, dtype=np.float32)
        self._df = np.zeros(WORD_FEATURES + NAME_FEATURES, dtype=np.float64)
        self._seen = 0
        self._batches = 0
        self._states: list[_StoryState] = []
        self._active: list[int] = []  # indices into _states
        self._group_of = {doc: g.id for g in copy_groups for doc in g.documents}
        self._story_of_group: dict[str, int] = {}
        self._latest_day = -math.inf
        # A story is retired once even a perfect match could not reach the threshold.
        threshold = min(max(self.settings.join_threshold, 1e-6), 1.0)
        self._retire_after = self.settings.decay_days * math.log(1.0 / threshold) if threshold < 1 else 0.0

    # ------------------------------------------------------------------ features

    def _vectors(self, documents: Sequence[Document]):
        """L2-normalised TF-IDF rows (sublinear tf), with the document frequencies updated first."""
        import scipy.sparse as sp

        s = self.settings
        texts = [f"{d.title or ''}\n{d.title or ''}\n{_lead(d, s.lead_words)}" for d in documents]
        words = self._words.transform(texts)
        names = self._names.transform(texts)
        matrix = sp.hstack([words, names], format="csr")
        matrix.sum_duplicates()
        self._df += np.bincount(matrix.indices, minlength=self._df.shape[0])
        self._seen += len(documents)
        idf = np.log((1.0 + self._seen) / (1.0 + self._df[matrix.indices])) + 1.0
        # 1 + log(tf) keeps repeated words from dominating a report's vector.
        weight = np.where(matrix.indices >= WORD_FEATURES, s.name_weight, 1.0)
        matrix.data = ((1.0 + np.log(matrix.data)) * idf * weight).astype(np.float32)
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.diags((1.0 / norms).astype(np.float32)) @ matrix

    def _centroids(self):
        import scipy.sparse as sp

        rows = [self._states[k] for k in self._active]
        lengths = [len(r.indices) for r in rows]
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        indices = np.concatenate([r.indices for r in rows]) if rows else np.zeros(0, np.int32)
        data = np.concatenate([r.weights for r in rows]) if rows else np.zeros(0, np.float32)
        return sp.csr_matrix((data, indices, indptr), shape=(len(rows), WORD_FEATURES + NAME_FEATURES))

    # ------------------------------------------------------------------ clustering

    def add(self, documents: Sequence[Document]) -> list[str]:
        """Assign a batch of reports (in time order) to stories; returns each one's story id."""
        if not documents:
            return []
        s = self.settings
        self._batches += 1
        x = self._vectors(documents)
        n, active = len(documents), list(self._active)
        centroid_sims = (x @ self._centroids().T).toarray() if active else np.zeros((n, 0), np.float32)
        pairwise = (x @ x.T).toarray()
        days = np.array([_day(d) for d in documents])

        # Columns: the active stories, then the stories this batch starts.
        story_at = list(active)
        norm2 = [self._states[k].norm2 for k in active]
        last = [self._states[k].last for k in active]
        dots = np.zeros((n, len(active) + n), dtype=np.float64)
        dots[:, :len(active)] = centroid_sims
        column_of_row = np.full(n, -1)
        column_of_story = {k: c for c, k in enumerate(active)}
        out: list[str] = []
        for i, d in enumerate(documents):
            width = len(story_at)
            row = dots[i, :width].copy()
            joined = column_of_row[:i]
            inside = joined >= 0
            np.add.at(row, joined[inside], pairwise[i, :i][inside])
            day = days[i]
            if not math.isnan(day):
                self._latest_day = max(self._latest_day, day)
            # A copy joins its original's story: by its column while the story is active, directly
            # (no centroid update) once it is retired.
            story = self._story_of_group.get(self._group_of.get(d.id))
            column = column_of_story.get(story) if story is not None else None
            if column is not None:
                story = None
            if column is None and story is None and width:
                sims = row / np.sqrt(np.maximum(np.asarray(norm2[:width]), 1e-12))
                if not math.isnan(day):
                    ago = np.maximum(0.0, day - np.asarray(last[:width]))
                    sims *= np.exp(-np.nan_to_num(ago, nan=0.0) / s.decay_days)
                best = int(np.argmax(sims))
                if sims[best] >= s.join_threshold:
                    column = best
            if story is not None:
                self._join(story, d, day)
            else:
                if column is None:  # a new story
                    story = self._new_story(d, day)
                    column = len(story_at)
                    story_at.append(story)
                    norm2.append(0.0)
                    last.append(day)
                    column_of_story[story] = column
                story = story_at[column]
                norm2[column] += 2.0 * (row[column] if column < width else 0.0) + 1.0
                if not math.isnan(day):
                    last[column] = day if math.isnan(last[column]) else max(last[column], day)
                column_of_row[i] = column
                self._join(story, d, day)
            if d.id in self._group_of:
                self._story_of_group.setdefault(self._group_of[d.id], story)
            out.append(self._states[story].id)

        self._update_centroids(x, column_of_row, story_at)
        self._retire()
        return out

    def _new_story(self, d: Document, day: float) -> int:
        self._states.append(_StoryState(f"story-{len(self._states) + 1:06d}", [], day, day, Counter(), Counter()))
        k = len(self._states) - 1
        self._active.append(k)
        return k

    def _join(self, k: int, d: Document, day: float) -> None:
        state = self._states[k]
        state.documents.append(d.id)
        state.touched = self._batches
        if not math.isnan(day):
            state.first = day if math.isnan(state.first) else min(state.first, day)
            state.last = day if math.isnan(state.last) else max(state.last, day)
        # Names for the label come from the body: headlines capitalise every word. Counted once a
        # report, in order of first mention (dict.fromkeys, not a set), so that ties in the counts
        # break the same way in every run; a set's order changes with Python's string hashing.
        names = [n for n in names_in(_lead(d, 80), parts=False) if " " in n or n.isalpha()]
        state.names.update(dict.fromkeys(names, 1))
        terms = re.findall(r"[a-z][a-z'-]{2,}", (d.title or _lead(d, 25)).lower())
        state.terms.update(dict.fromkeys((w for w in terms if w not in STOP_WORDS), 1))
        if len(state.names) > 400:  # labels need only the most frequent
            state.names = Counter(dict(state.names.most_common(100)))
        if len(state.terms) > 400:
            state.terms = Counter(dict(state.terms.most_common(100)))

    def _update_centroids(self, x, column_of_row: np.ndarray, story_at: list[int]) -> None:
        import scipy.sparse as sp

        rows = np.flatnonzero(column_of_row >= 0)
        if not len(rows):
            return
        assignment = sp.csr_matrix((np.ones(len(rows), np.float32), (column_of_row[rows], rows)),
                                   shape=(len(story_at), x.shape[0]))
        added = (assignment @ x).tocsr()
        keep = self.settings.centroid_terms
        for column in np.unique(column_of_row[rows]):
            state = self._states[story_at[column]]
            start, end = added.indptr[column], added.indptr[column + 1]
            if state.indices is None:
                indices, weights = added.indices[start:end], added.data[start:end]
            else:
                merged = sp.csr_matrix((state.weights, state.indices, [0, len(state.indices)]), shape=(1, x.shape[1]))
                merged = merged + sp.csr_matrix((added.data[start:end], added.indices[start:end], [0, end - start]),
                                                shape=(1, x.shape[1]))
                indices, weights = merged.indices, merged.data
            if len(indices) > keep:
                top = np.argpartition(weights, -keep)[-keep:]
                indices, weights = indices[top], weights[top]
            order = np.argsort(indices)
            state.indices = indices[order].astype(np.int32)
            state.weights = weights[order].astype(np.float32)
            state.norm2 = float(np.dot(state.weights, state.weights))

    def _retire(self) -> None:
        s = self.settings
        keep = []
        for k in self._active:
            state = self._states[k]
            expired = not math.isnan(state.last) and self._latest_day - state.last > self._retire_after
            if expired:
                state.indices = state.weights = None
            else:
                keep.append(k)
        if len(keep) > s.max_active:
            keep.sort(key=lambda k: self._states[k].touched)
            for k in keep[:-s.max_active]:
                self._states[k].indices = self._states[k].weights = None
            keep = keep[-s.max_active:]
        self._active = sorted(keep)

    # ------------------------------------------------------------------ results

    def stories(self) -> list[Story]:
        return [self._story(state) for state in self._states]

    def _story(self, state: _StoryState) -> Story:
        first = None if math.isnan(state.first) else date.fromordinal(int(state.first)).isoformat()
        last = None if math.isnan(state.last) else date.fromordinal(int(state.last)).isoformat()
        shared = min(2, len(state.documents))  # a name in one report only is often a capitalised first word
        names = _distinct(n for n, c in state.names.most_common(12) if c >= shared)[:4]
        terms = [t for t, _ in state.terms.most_common(8) if not any(t in n.split() for n in names)][:4]
        words = [n.title() if n.islower() else n for n in names] or terms[:3] or ["untitled"]
        when = "" if not first else (f" ({first})" if first == last else f" ({first} to {last})")
        label = ", ".join(words) + when
        return Story(state.id, label, list(state.documents), first, last, names, terms)


def _distinct(names: Iterable[str]) -> list[str]:
    """Names, dropping a single word already inside a longer chosen name (keep "maria keller", not "keller")."""
    chosen: list[str] = []
    for n in names:
        if any(n in c.split() or c in n.split() for c in chosen):
            continue
        chosen.append(n)
    return chosen


def cluster_stories(documents: Iterable[Document], copy_groups: Sequence[CopyGroup] = (),
                    settings: StorySettings | None = None) -> list[Story]:
    """Stories of a stream of reports given in time order (see the module's docstring)."""
    clusterer = StoryClusterer(settings, copy_groups)
    for batch in batches(documents, clusterer.settings.batch):
        clusterer.add(batch)
    return clusterer.stories()


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def time_order_day(d: Document) -> str:
    """The day a report takes its place in the stream by (undated reports last)."""
    p = d.published
    return p.date or p.latest or p.earliest or "9999-12-31"


def story_names(story: Story) -> Iterator[str]:
    """Readable names for a story in a store, best first: its first day and key names
    ("2026-03-14-hodeidah-united-nations"), then the same with "-2", "-3"... suffixes."""
    words = " ".join(story.key_names[:3] or story.key_terms[:3] or ["story"])
    slug = re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")[:60] or "story"
    base = f"{story.first}-{slug}" if story.first else slug
    yield base
    n = 2
    while True:
        yield f"{base}-{n}"
        n += 1
