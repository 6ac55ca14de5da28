"""Issue 17: alias merging asks each pair of full names once, and spelling variants only for pairs close as
wholes (``aliases._close_pairs``, in C for a whole bucket). The names joined must be those of asking every pair."""

from __future__ import annotations

import itertools
import random

from crosscheck.entities import aliases
from crosscheck.entities.ner import RawMention
from crosscheck.records import Mention

FIRST = ["Maria", "Mario", "Bill", "William", "Stan", "Stanley", "Hasan", "Hassan", "J.", "John", "Jon", "Joan",
         "Katie", "Kate", "Omar", "Leila", "Ahmed", "G. Gordon", "Gordon", "Muammar", "Moammar"]
LAST = ["Keller", "Kellar", "Gaddafi", "Gadhafi", "Qaddafi", "Haddad", "Liddy", "Johnson", "Johnston", "Garcia"]
ORGS = ["Red Sea Wire", "Red Sea Wires", "Aid Watch", "Aid Watcher", "United Nations", "Unted Nations",
        "Harbour Post", "Harbor Post", "Gulf Herald", "Gulf Heralds"]


def _mentions(seed: int) -> list[RawMention]:
    rng = random.Random(seed)
    out = []
    for n in range(400):
        doc = f"d{rng.randrange(40)}"
        kind = rng.random()
        if kind < 0.55:
            name, label = f"{rng.choice(FIRST)} {rng.choice(LAST)}", "PERSON"
        elif kind < 0.75:
            name, label = rng.choice(LAST), "PERSON"
        else:
            name, label = rng.choice(ORGS), "ORG"
        title = rng.choice([None, None, "Mr.", "Mrs.", "Gen."]) if label == "PERSON" else None
        out.append(RawMention(Mention(doc, n * 20, n * 20 + len(name), name, label), title, name))
    return out


def _every_bucket_pair(buckets, names):
    """What the loop over each bucket did before: every pair (i < j) of a bucket, in the order of i, then j."""
    return iter(sorted((i, j) for bucket in buckets.values() for i, j in itertools.combinations(bucket, 2)))


def _groups(mentions):
    return [[(rm.mention.document, rm.mention.start) for rm in group] for group in aliases.resolve(mentions, {}, {})]


def test_spelling_variants_asked_only_for_pairs_close_as_wholes_join_the_same_names(monkeypatch):
    for seed in range(6):
        mentions = _mentions(seed)
        fast = _groups(mentions)
        with monkeypatch.context() as m:
            m.setattr(aliases, "_close_pairs", _every_bucket_pair)
            assert _groups(mentions) == fast


def test_close_pairs_are_the_bucket_pairs_scoring_the_threshold():
    from rapidfuzz import fuzz

    keys = [("PERSON", "maria keller"), ("PERSON", "maria kellar"), ("PERSON", "mario keller"),
            ("PERSON", "maria haddad"), ("ORG", "red sea wire"), ("ORG", "red sea wires")]
    buckets = {"a": [0, 1, 2, 3], "b": [4, 5], "c": []}
    expected = [(i, j) for i, j in _every_bucket_pair(buckets, keys)
                if fuzz.ratio(keys[i][1], keys[j][1]) >= aliases.FUZZY_THRESHOLD]
    assert list(aliases._close_pairs(buckets, keys)) == expected
    assert (0, 1) in expected and (0, 3) not in expected


def test_same_person_name_is_symmetric_so_each_pair_is_asked_once():
    # The full-name rule asks (i, j) and not (j, i) again: only sound while the answer does not depend on the order.
    names = [n.lower().replace(".", "").split() + [last.lower()] for n in FIRST for last in ("Keller",)]
    names += [["anthony", "lacalamita"], ["razorback", "peyton", "hillis"], ["peyton", "hillis"], ["k", "keller"]]
    for a, b in itertools.product(names, repeat=2):
        assert aliases.same_person_name(a, b) == aliases.same_person_name(b, a), (a, b)


def test_union_find_roots_do_not_depend_on_the_order_of_unions():
    # The other half of asking each pair once (and of skipping pairs already joined): the partition, and each
    # set's root (its smallest member, which later rules compare), are the same whatever order unions come in.
    rng = random.Random(7)
    pairs = [(rng.randrange(60), rng.randrange(60)) for _ in range(45)]
    roots = []
    for _ in range(5):
        rng.shuffle(pairs)
        uf = aliases.UnionFind()
        for a, b in pairs:
            uf.union(*((a, b) if rng.random() < 0.5 else (b, a)))
        roots.append([uf.find(i) for i in range(60)])
    assert all(r == roots[0] for r in roots)
    assert all(r <= i for i, r in enumerate(roots[0]))
