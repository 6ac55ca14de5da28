"""Issue 17 (session 11): ``brief.select`` reads each candidate's stated words once and steps through a block's close
sentences as Python ints, where it asked ``states_same`` of the two texts for every close pair. The support it counts
for each candidate (its score, hence the choice), and what each chosen sentence is cited to, are those of the loop
before (2794c76), kept here as the reference."""

import random

from crosscheck import brief
from crosscheck.brief import BLOCK_ROWS, STATED_MIN_SHARED, SUPPORT_COSINE, _Candidate, stated_words
from crosscheck.records import CopyGroup, Sources


def _old_states_same(a, b):
    """``brief.states_same`` as it was (2794c76)."""
    wa, wb = stated_words(a), stated_words(b)
    if not wa or not wb:
        return True
    return len(wa & wb) >= STATED_MIN_SHARED


def _old_support(candidates):
    """The support loop of ``brief.select`` as it was (2794c76), over the same TF-IDF rows: for each candidate, each
    report's first close sentence (``where``, whose sources its score counts) and each report's first close sentence
    that states the same (``shown``, what a chosen sentence is cited to)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(
        [c.text for c in candidates])
    transposed = matrix.T.tocsc()
    doc_of = [c.document for c in candidates]
    support, shown = [], []
    for first in range(0, len(candidates), BLOCK_ROWS):
        block = (matrix[first:first + BLOCK_ROWS] @ transposed).tocsr()
        block.data[block.data < SUPPORT_COSINE] = 0
        block.eliminate_zeros()
        for k in range(block.shape[0]):
            c = candidates[first + k]
            where = {c.document: c}
            stated = {c.document: c}
            for j in block.indices[block.indptr[k]:block.indptr[k + 1]]:
                where.setdefault(doc_of[j], candidates[j])
                if doc_of[j] not in stated and _old_states_same(c.text, candidates[j].text):
                    stated[doc_of[j]] = candidates[j]
            support.append(where)
            shown.append(stated)
    return support, shown


_NAMES = ["Jeb Bush", "Marco Rubio", "Ted Cruz", "the governor", "Police", "The mayor", "Reuters", "NO COLLUSION"]
_WORDS = ["fired", "at", "said", "the", "fire", "spread", "quickly", "across", "hills", "killed", "two", "people",
          "officials", "told", "reporters", "evacuated", "homes", "near", "river", "on", "Monday", "second", "with",
          "percent", "behind", "him", "and", "of", "a", "storm", "hit", "coast"]


_PEOPLE = ["Jeb Bush", "Marco Rubio", "Ted Cruz", "John Kasich", "Donald Trump", "Carly Fiorina"]
_VERBS = ["fired at", "trailed", "debated", "praised", "mocked", "endorsed", "was second behind"]


def _sentence(rng):
    if rng.random() < 0.4:
        # Names and one verb: close to another such sentence by its names, stating something else (``states_same``).
        people = rng.sample(_PEOPLE, rng.randint(3, 5))
        return f"{people[0]} {rng.choice(_VERBS)} {', '.join(people[1:-1])} and {people[-1]}."
    words = [rng.choice(_NAMES if rng.random() < 0.25 else _WORDS) for _ in range(rng.randint(2, 14))]
    return " ".join(words) + "."


def test_select_counts_cites_and_supports_as_before(monkeypatch):
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
        counted = []  # the support whose sources ``select`` counts, candidate by candidate (its score)
        count_support = Sources.count_support
        monkeypatch.setattr(Sources, "count_support", lambda self, items: counted.append(list(items)) or
                            count_support(self, counted[-1]))
        supports = {}
        got = brief.select(candidates, sources, rng.randint(1, 6), boost, leads, supports)
        monkeypatch.undo()
        if not counted:  # no candidate, or only stop words: nothing chosen
            assert got == []
            continue
        where, shown = _old_support(candidates)
        assert [[id(c) for c in items] for items in counted] == [[id(c) for c in w.values()] for w in where], trial
        index = {id(c): i for i, c in enumerate(candidates)}
        for c, docs in got:
            assert docs == sorted(shown[index[id(c)]]), trial
            assert [id(x) for x in supports[id(c)]] == [id(x) for x in shown[index[id(c)]].values()], trial
        chosen += len(got)
        cited += sum(len(docs) > 1 for _, docs in got)
    assert chosen > 60 and cited > 10  # the trials chose sentences, and cited some to several reports
