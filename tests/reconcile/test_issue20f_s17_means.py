"""Issue 20, seventeenth session (branch issue-20f-s17): the dead of two means of harm are two happenings' dead.

Read on a judged false agreement of the fresh fdev stories (evaluation/real_stories/fresh): the dead of snipers' fire on
one day and those of a shelling on a city's outskirts, agreed as one count of people killed. A toll told by gunfire and
a toll told by an explosive or a shell are neither one figure nor a conflict; a sentence naming both means, or none,
tells nothing apart. The sentences below are made up for the tests."""

from crosscheck.claims import extract_claims
from crosscheck.reconcile import reconcile_claims
from tests.claims.one_sentence import TWO_OUTLETS, one_sentence_doc

SAME_DAY = {"a": "2011-03-24", "b": "2011-03-24"}


def _pair(text_a: str, text_b: str, published=SAME_DAY):
    claims = extract_claims([one_sentence_doc("a", text_a), one_sentence_doc("b", text_b)])
    return reconcile_claims(claims, TWO_OUTLETS, published=published, entities=[])


def test_snipers_dead_and_a_shellings_dead_are_no_agreement():
    agreements, _ = _pair("Six people were killed on Thursday by snipers hidden on the rooftops of Varna.",
                          "Army units shelled a village outside Varna on Thursday, killing six people, a witness said.")
    assert agreements == []


def test_snipers_dead_and_a_shellings_dead_are_no_conflict():
    _, conflicts = _pair("Snipers killed seven people in Varna on Thursday, a doctor said.",
                         "Shelling killed nine people in Varna on Thursday, a doctor said.")
    assert conflicts == []


def test_a_bombs_dead_told_twice_still_agree():
    agreements, _ = _pair("A car bomb killed six people in Varna on Thursday, police said.",
                          "Six people were killed when a bomb went off in Varna on Thursday, police said.")
    assert len(agreements) == 1


def test_a_toll_told_with_no_means_still_agrees():
    agreements, _ = _pair("Six people were killed by snipers in Varna on Thursday, police said.",
                          "Police said six people were killed in Varna on Thursday.")
    assert len(agreements) == 1


def test_a_sentence_naming_both_means_tells_nothing_apart():
    agreements, _ = _pair("Gunmen opened fire and threw grenades in Varna on Thursday, killing six people, police said.",
                          "Six people were killed by a grenade blast in Varna on Thursday, police said.")
    assert len(agreements) == 1


def test_the_means_tell_apart_only_counts_of_people_harmed():
    from crosscheck.reconcile.happening import means_apart
    from crosscheck.records import Claim, Normalized

    def claim(doc: str, sentence: str, subject: str) -> Claim:
        return Claim(f"{doc}-0", doc, "six", sentence, 6, None, None, Normalized(6, None, None), subject, "exact", 0, 3)
    snipers = claim("a", "Six were killed by snipers.", "people killed")
    shells = claim("b", "Shelling killed six.", "people killed")
    assert means_apart(snipers, shells, "people killed")
    assert means_apart(snipers, claim("b", "Six were wounded by mortar fire.", "people wounded"), "people wounded")
    assert not means_apart(snipers, shells, "buildings")
    assert not means_apart(snipers, claim("b", "Six were killed by gunmen.", "people killed"), "people killed")
