"""Issue 20, seventeenth session (helper 20t): gold conflicts lost in reconcile's tests of one scope and likeness.

Read on the dev misses of ``evaluation.real_stories.conflict_misses``; the sentences below are made up for the tests."""



def _one(doc: str, sentence: str, text: str):
    from crosscheck.records import Claim, Normalized
    start = sentence.find(text)
    return Claim(f"{doc}-{start}", doc, text, sentence, 7.0, None, None, Normalized(7.0, None, None), "states", "exact",
                 start, start + len(text))


def test_so_far_in_a_contrasted_clause_is_not_the_figures_total():
    from crosscheck.reconcile.compare import _running_total
    told = _one("a", "Officers in 7 states are checking reports of the van, but a spokesman says so far none has held up.", "7")
    assert not _running_total(told)
    total = _one("b", "So far officers in 7 states have checked reports of the van.", "7")
    assert _running_total(total)
    before = _one("c", "In its three searches so far, the team has covered 7 states.", "7")
    assert _running_total(before)


def _claims_of(*sentences: str):
    from crosscheck.claims import extract_claims
    from tests.claims.one_sentence import one_sentence_doc
    return [extract_claims([one_sentence_doc(f"d{n}", s)])[0] for n, s in enumerate(sentences)]


def test_a_count_told_after_in_takes_no_verb_of_its_doer():
    # "the smugglers, in two dinghies, were trying to land": trying is the smugglers', not a happening of the dinghies.
    from crosscheck.reconcile.happening import _same_happening
    told_in, seen = _claims_of("Coastguards said the smugglers, in two dinghies, were trying to land near the harbour.",
                               "Three dinghies were seen approaching the beach, coastguards said.")
    assert _same_happening(told_in, seen)


def test_two_happenings_of_the_counted_things_stay_apart():
    from crosscheck.reconcile.happening import _same_happening
    seized, seen = _claims_of("Two dinghies were seized at the harbour, coastguards said.",
                              "Three dinghies were seen approaching the beach, coastguards said.")
    assert not _same_happening(seized, seen)


def test_a_verb_right_before_in_is_the_happening_of_the_things_counted():
    # "played in 10 games" and "missed four games": what happened in the games, two counts (not a conflict).
    from crosscheck.reconcile.happening import _same_happening
    played, missed = _claims_of("The winger played in 10 games before the injury, the club said.",
                                "The winger missed four games after the operation, the club said.")
    assert not _same_happening(played, missed)
