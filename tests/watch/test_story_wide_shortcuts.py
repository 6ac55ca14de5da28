"""Issue 17, seventh session: the story-wide steps an update reruns ask fewer questions, with the same answers.

Each shortcut is checked against the code it replaced (kept here as the reference), on random inputs:
the pairs close in time (reconcile's comparable parts and differences), a source's one figure of a conflict
(the figures' own test before the sources'), and where a quote's words are in another report (provenance).
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

from crosscheck import reconcile
from crosscheck.provenance import _find
from crosscheck.reconcile import conflicts
from crosscheck.reconcile.moments import _near_pairs, apart_beyond
from crosscheck.unionfind import UnionFind


def _random_days(rng: random.Random, n: int) -> list[int | None]:
    return [None if rng.random() < 0.15 else 738000 + rng.randrange(12) for _ in range(n)]


def test_near_pairs_are_the_pairs_the_double_loop_asks():
    rng = random.Random(17)
    for _ in range(300):
        days = _random_days(rng, rng.randrange(0, 40))
        for max_days in (0, 1, 3, 7):
            expected = [(i, j) for i in range(len(days)) for j in range(i + 1, len(days))
                        if not apart_beyond(days[i], days[j], max_days)]
            found = _near_pairs(days, max_days)
            assert sorted(found) == expected
            assert len(set(found)) == len(found)  # each pair once


def _old_comparable_parts(group, published, aliases, max_days, told):
    joined = UnionFind()
    days = [reconcile._day_number(published.get(c.document)) for c in group]
    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            if apart_beyond(days[i], days[j], max_days):
                continue
            if joined.find(i) != joined.find(j) and told(group[i], group[j], published, aliases):
                joined.union(i, j)
    parts: dict[int, list] = {}
    for i, c in enumerate(group):
        parts.setdefault(joined.find(i), []).append(c)
    return list(parts.values())


def test_comparable_parts_are_the_parts_every_pair_gave(monkeypatch):
    rng = random.Random(7)
    for _ in range(200):
        n = rng.randrange(1, 30)
        published = {f"d{k}": (None if rng.random() < 0.1 else f"2026-11-{1 + rng.randrange(10):02d}") for k in range(8)}
        group = [SimpleNamespace(document=f"d{rng.randrange(8)}", id=f"c{k}") for k in range(n)]
        edges = {(a.id, b.id) for a in group for b in group if rng.random() < 0.08}  # not symmetric: asked as (i, j)

        def told(a, b, published, aliases):
            return (a.id, b.id) in edges

        monkeypatch.setattr(reconcile, "_comparable_told", told)
        for max_days in (0, 7):
            assert reconcile._comparable_parts(group, published, None, max_days) == \
                _old_comparable_parts(group, published, None, max_days, told)


def _old_one_per_source(group, sources, comparable, independent):
    ordered = sorted(group, key=lambda c: (c.document, c.start))
    per_source, tried = {}, {}
    for c in ordered:
        source = sources.key(c.document)
        if source in per_source and tried.get(source, 0) == 0:
            continue
        if any(not independent(sources, c, o) for s, o in per_source.items() if s != source):
            continue
        if source not in per_source:
            per_source[source] = c
        elif tried[source] >= conflicts.PEER_TRIES:
            continue
        peer = any(comparable(c, o) for o in ordered if o.document != c.document and independent(sources, c, o))
        if peer:
            per_source[source] = c
            tried[source] = 0
        else:
            tried[source] = tried.get(source, 0) + 1
    return per_source


def test_one_figure_per_source_is_the_one_chosen_before(monkeypatch):
    rng = random.Random(20)
    for _ in range(300):
        docs = [f"d{k}" for k in range(rng.randrange(1, 9))]
        source_of = {d: f"s{rng.randrange(4)}" for d in docs}
        sources = SimpleNamespace(key=lambda d: source_of[d])
        group = [SimpleNamespace(document=rng.choice(docs), start=rng.randrange(500), id=f"c{k}")
                 for k in range(rng.randrange(1, 14))]
        together = {(a.id, b.id) for a in group for b in group if rng.random() < 0.2}
        alike = {(a.id, b.id) for a in group for b in group if rng.random() < 0.3}

        def independent(sources, a, b):
            return (a.id, b.id) not in together

        def comparable(a, b):
            return (a.id, b.id) in alike

        monkeypatch.setattr(conflicts, "_independent", independent)
        assert conflicts._one_per_source(group, sources, comparable) == \
            _old_one_per_source(group, sources, comparable, independent)


def _old_find(text: str, needle: str) -> int | None:
    first = needle.split(" … ")[0].split("…")[0]
    probe = " ".join(first.split()[:8])
    if len(probe) < 8:
        return None
    i = text.find(probe)
    if i == -1 and len(first.split()) > 1:
        words = [re.escape(w) for w in re.findall(r"\w[\w'’-]*", first)[:6]]
        m = re.search(r"\b" + r"\W+".join(words) + r"\b", text) if len(words) >= 5 else None
        return m.start() if m else None
    return i if i != -1 else None


def test_a_quote_is_found_in_another_report_where_it_was_found_before():
    rng = random.Random(19)
    vocabulary = ["the", "storm", "surge", "hit", "Hodeidah", "port", "on", "Sunday", "officials", "said", "it's",
                  "well-known", "“", "”", ",", ".", "\n", "—", "killed", "23", "people"]
    for _ in range(2000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(5, 60)))
        words = text.split()
        if rng.random() < 0.6 and len(words) > 8:  # a piece of the text, its spacing or punctuation changed
            k = rng.randrange(len(words) - 6)
            needle = rng.choice([" ", "  ", ", ", "\n"]).join(words[k:k + rng.randrange(3, 10)])
        else:
            needle = " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 12)))
        if rng.random() < 0.2:
            needle += " … " + " ".join(rng.choice(vocabulary) for _ in range(3))
        assert _find(text, needle) == _old_find(text, needle), (text, needle)


def test_kept_ordered_shingles_are_the_shingles_worked_out_again_and_cannot_be_changed():
    import numpy as np
    import pytest

    import importlib

    sh = importlib.import_module("crosscheck.copies.shingles")  # (copies.shingles is also the function)

    text = "The storm surge hit Hodeidah’s port on Sunday, officials said — 23 people were killed."
    first, again = sh.ordered_shingles(text), sh.ordered_shingles(text)
    assert first is again  # asked twice in a run: worked out once
    assert np.array_equal(first, sh._ordered_shingles(text, 5))
    assert np.array_equal(sh.shingles(text), np.unique(sh._ordered_shingles(text, 5)))
    with pytest.raises(ValueError):
        first[0] = 1  # shared by every caller: read-only


def test_support_is_counted_as_the_support_groups_are_made():
    from crosscheck.records import CopyGroup, CopyMember, Evidence, PassageSpan, SharedPassage, Sources

    rng = random.Random(14)
    for _ in range(300):
        docs = [f"d{k}" for k in range(rng.randrange(1, 12))]
        outlets = [(d, rng.choice([None, "Reuters", "AP", "bbc.com", "BBC"]), rng.choice([None, None, "AFP"]))
                   for d in docs]
        groups = []
        if len(docs) > 2 and rng.random() < 0.5:
            a, b = rng.sample(docs, 2)
            groups.append(CopyGroup(f"g-{a}", [a, b], a, 0.9, [CopyMember(b, 0.9, 0.9)]))
        passages = []
        for n in range(rng.randrange(0, 4)):
            if len(docs) < 2:
                break
            a, b = sorted(rng.sample(docs, 2))
            s, t = rng.randrange(0, 200), rng.randrange(0, 200)
            passages.append(SharedPassage(f"p{n}", [PassageSpan(a, s, s + 80), PassageSpan(b, t, t + 80)],
                                          "a wire passage", 12, rng.choice(["wire", "quote"])))
        sources = Sources(groups, outlets, passages)
        items = []
        for _ in range(rng.randrange(0, 15)):
            d = rng.choice(docs)
            if rng.random() < 0.3:
                items.append(d)
            else:
                start = rng.randrange(0, 240)
                items.append(Evidence(d, "a sentence", "", start, start + rng.randrange(1, 60)))
        assert sources.count_support(items) == len(sources.support_groups(items))
