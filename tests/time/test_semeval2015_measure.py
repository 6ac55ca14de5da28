"""The SemEval-2015 Task 4 measure (evaluation/semeval2015.py) on hand-made timelines."""

from evaluation.semeval2015 import awareness, mention_patterns, parse_timeline

GOLD = parse_timeline([
    "0\tXXXX-XX-XX\t1-5-said",
    "1\t2008-03-01\t1-2-won\t1-0-wins",
    "1\t2008-03-01\t1-3-signed",
    "2\t2008-05-XX\t2-4-delivered",
])


def test_gold_against_itself_is_perfect():
    verified, n_sys, recovered, n_gold = awareness(GOLD, GOLD)
    # Classes: {timex 2008-03-01, 1-2-won, 1-3-signed} and {timex 2008-05-XX, 2-4-delivered}:
    # 2 + 1 SIMULTANEOUS links and one BEFORE; order 0 takes no part.
    assert (verified, n_sys, recovered, n_gold) == (4, 4, 4, 4)


def test_coreferent_mention_counts_as_the_gold_event():
    system = parse_timeline(["1\t2008-03-01\t1-0-wins", "1\t2008-03-01\t1-3-signed", "2\t2008-05-XX\t2-4-delivered"])
    assert awareness(system, GOLD) == (4, 4, 4, 4)


def test_reversed_order_verifies_only_simultaneity():
    system = parse_timeline(["1\t2008-05-XX\t2-4-delivered", "2\t2008-03-01\t1-2-won", "2\t2008-03-01\t1-3-signed"])
    verified, n_sys, recovered, n_gold = awareness(system, GOLD)
    # The SIMULTANEOUS links hold in both; the one BEFORE link is reversed in each.
    assert (verified, n_sys, recovered, n_gold) == (3, 4, 3, 4)


def test_unknown_events_cost_precision_only():
    system = GOLD + parse_timeline(["1\t2008-03-01\t9-9-rose"])
    verified, n_sys, recovered, n_gold = awareness(system, GOLD)
    assert (verified, n_sys) == (4, 5) and (recovered, n_gold) == (4, 4)


def test_entity_mentions_by_full_name_or_distinctive_last_word():
    assert [p.pattern for p in mention_patterns("Louis Gallois")][1] == "(?<![\\w-])Gallois(?![\\w-])"
    assert len(mention_patterns("Singapore Airlines")) == 1  # "Airlines" alone names no one
    assert mention_patterns("Boeing")[0].search("the boeing plant")
