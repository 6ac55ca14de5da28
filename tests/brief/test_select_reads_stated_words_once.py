"""Issue 17 (session 11): ``brief.select`` reads each candidate's stated words once and steps through a block's close
sentences as Python ints, where it asked ``states_same`` of the two texts for every close pair. Its choice, order,
citations and supports are those of the code before (2794c76), kept here as the reference."""

import math
import random

from crosscheck import brief
from crosscheck.brief import (BLOCK_ROWS, LEAD_FLOOR, LEAD_REDUNDANCY, LEAD_SHARED, MMR_LAMBDA, NEAR_DUPLICATE_COSINE,
                              SUPPORT_COSINE, SUPPORT_WEIGHT, _Candidate, states_same)
from crosscheck.records import CopyGroup, Sources


def _old_select(candidates, sources, max_sentences, boost=None, leads=None, supports=None):
    """``brief.select`` as it was (2794c76)."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not candidates or max_sentences <= 0:
        return []
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
    try:
        matrix = vectorizer.fit_transform([c.text for c in candidates])
    except ValueError:
        return []
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    centrality = matrix @ (centroid / (np.linalg.norm(centroid) or 1.0))
    transposed = matrix.T.tocsc()
    doc_of = [c.document for c in candidates]
    support, shown = [], []
    scores = np.zeros(len(candidates))
    for first in range(0, len(candidates), BLOCK_ROWS):
        block = (matrix[first:first + BLOCK_ROWS] @ transposed).tocsr()
        block.data[block.data < SUPPORT_COSINE] = 0
        block.eliminate_zeros()
        for k in range(block.shape[0]):
            i = first + k
            c = candidates[i]
            where = {c.document: c}
            stated = {c.document: c}
            for j in block.indices[block.indptr[k]:block.indptr[k + 1]]:
                where.setdefault(doc_of[j], candidates[j])
                if doc_of[j] not in stated and states_same(c.text, candidates[j].text):
                    stated[doc_of[j]] = candidates[j]
            support.append(where)
            shown.append(stated)
            lead = 1.0 / math.sqrt(1 + c.position)
            independent = sources.count_support(where.values())
            scores[i] = float(centrality[i]) * (1 + SUPPORT_WEIGHT * math.log(independent)) * (LEAD_FLOOR + lead)
    if boost is not None:
        scores *= np.asarray(boost, dtype=float)
    chosen = []
    available = np.ones(len(candidates), dtype=bool)
    redundancy = np.zeros(len(candidates))
    top = scores.max() or 1.0
    is_lead = np.array(leads if leads is not None else [False] * len(candidates), dtype=float)
    while available.any() and len(chosen) < max_sentences:
        mmr = MMR_LAMBDA * scores - (1 - MMR_LAMBDA) * redundancy * top
        mmr[~available] = -np.inf
        best = int(np.argmax(mmr))
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


_NAMES = ["Jeb Bush", "Marco Rubio", "Ted Cruz", "the governor", "Police", "The mayor", "Reuters", "NO COLLUSION"]
_WORDS = ["fired", "at", "said", "the", "fire", "spread", "quickly", "across", "hills", "killed", "two", "people",
          "officials", "told", "reporters", "evacuated", "homes", "near", "river", "on", "Monday", "second", "with",
          "percent", "behind", "him", "and", "of", "a", "storm", "hit", "coast"]


def _sentence(rng):
    words = [rng.choice(_NAMES if rng.random() < 0.25 else _WORDS) for _ in range(rng.randint(2, 14))]
    return " ".join(words) + "."


def test_select_chooses_cites_and_supports_as_before():
    rng = random.Random(1117)
    chosen = cited = 0
    for trial in range(40):
        n_docs = rng.randint(1, 12)
        pool = [_sentence(rng) for _ in range(rng.randint(3, 30))]  # sentences repeat across reports, as wire copy does
        candidates = []
        for d in range(n_docs):
            for p in range(rng.randint(0, 8)):
                text = rng.choice(pool) if rng.random() < 0.6 else _sentence(rng)
                candidates.append(_Candidate(f"d{d}", text, 10 * p, 10 * p + len(text), p, p == 0))
        sources = Sources([CopyGroup("g", ["d0", "d1"], "d0", 0.9)] if n_docs > 1 else [],
                          documents=[(f"d{d}", f"outlet{d % 4}") for d in range(n_docs)])
        boost = [1.0 + rng.random() for _ in candidates]
        leads = [c.lead for c in candidates]
        got_supports, old_supports = {}, {}
        most = rng.randint(1, 6)
        got = brief.select(candidates, sources, most, boost, leads, got_supports)
        old = _old_select(candidates, sources, most, boost, leads, old_supports)
        chosen += len(got)
        cited += sum(len(docs) > 1 for _, docs in got)
        assert [(id(c), docs) for c, docs in got] == [(id(c), docs) for c, docs in old], trial
        assert {k: [id(c) for c in v] for k, v in got_supports.items()} == \
            {k: [id(c) for c in v] for k, v in old_supports.items()}, trial
    assert chosen > 60 and cited > 10  # the trials chose sentences, and cited some to several reports
