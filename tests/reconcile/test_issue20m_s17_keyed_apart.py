"""Issue 20, seventeenth session (branch issue-20m-s17): gold conflicts lost because the two sides' keys name one
thing in other words ("keyed apart").

Read on the dev stories' misses: "at least seven of the marchers were arrested" was keyed as a part ("part: people
arrested") and never faced the police's "arrested eight people"; a country's "number of infections" never faced a
list's "confirmed cases". The sentences below are made up for the tests."""

from crosscheck.claims import extract_claims
from crosscheck.records import Entity
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.basis import basis_key
from tests.claims.one_sentence import TWO_OUTLETS, one_sentence_doc

PLACES = [Entity("gpe:peru", "Peru", "GPE"), Entity("gpe:lima", "Lima", "GPE")]
SAME_DAY = {"a": "2010-05-05", "b": "2010-05-05"}


def _pair(text_a: str, text_b: str):
    claims = extract_claims([one_sentence_doc("a", text_a), one_sentence_doc("b", text_b)])
    return reconcile_claims(claims, TWO_OUTLETS, published=SAME_DAY, entities=PLACES)


def _claim(text: str, figure: str):
    return next(c for c in extract_claims([one_sentence_doc("a", text)]) if c.text == figure)


def test_a_part_told_as_all_who_were_arrested_conflicts_with_the_arrest_count():
    # "nine of the marchers were arrested": a part of the marchers, all of those arrested.
    _, conflicts = _pair("In Lima on Monday, at least nine of the marchers were arrested by police at the depot gate.",
                         "Police in Lima arrested six people on Monday at the depot gate, an officer said.")
    assert len(conflicts) == 1


def test_a_part_told_with_another_outcome_stays_a_part():
    from crosscheck.reconcile.meet import told_whole

    c = _claim("Two of the injured were children from the village near Lima.", "Two")
    key = basis_key(c)[2]
    assert key.startswith("part: ") and not told_whole(c, key)
    c = _claim("At least nine of the marchers were arrested by police at the depot gate.", "At least nine")
    key = basis_key(c)[2]
    assert key.startswith("part: ") and told_whole(c, key)


def test_the_number_of_infections_is_a_count_of_cases():
    from crosscheck.reconcile.meet import conflict_key

    assert conflict_key("number infected") == conflict_key("confirmed cases") == "case"
    assert conflict_key("infections") == "case"
    assert conflict_key("people infected") != "case"  # a toll's people told as infected in a sentence of deaths
    assert conflict_key("suspected cases") != "case"


def test_a_holders_own_people_arrested_stay_a_part_of_all_arrests():
    # "140 of its members were arrested": the party's share of the arrests, not all of them.
    from crosscheck.reconcile.meet import told_whole

    c = _claim("The party said on Monday that 140 of its members were arrested in Lima.", "140")
    key = basis_key(c)[2]
    assert key.startswith("part: ") and not told_whole(c, key)


def test_a_counter_told_alone_meets_the_one_stuff_it_counts():
    # "410 rounds" in a story that tells "rounds of ammunition" only: the same stuff counted; an "eight-round win" is
    # no counter of a stuff.
    from crosscheck.reconcile.meet import _counter_of, _told_of

    assert _counter_of("round", "round ammunition") and not _counter_of("round", "part: round ammunition")
    assert not _counter_of("homer", "homer season")
    assert _told_of(_claim("The crew seized 120 rounds of ammunition from the skiff.", "120"), "round")
    assert not _told_of(_claim("He took an eight round decision win in Lima.", "eight"), "round")
