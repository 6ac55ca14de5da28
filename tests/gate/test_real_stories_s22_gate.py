"""Twenty-second session (issues 22s and 22c, bench/results/issue-22s-s22.md, issue-22c-s22.md): in four dev
Timeline17 stories, conflicts found with no false one, and false items gone. The flu pandemic's two WHO world tallies
of one day, "to date" and "more than", are two cut-offs of a running count, no conflict (was one false conflict,
now none, and the tallies' update found); Mexico's laboratory-confirmed cases against the WHO's (4 right of 4, was 3
of 3); the deaths of an earlier epidemic told by two outlets, one sentence pointing back to the one before it (1 of
1, was 0); two officials' "no reports of civilian casualties" is a denial, no agreement on 0 killed and 0 injured
(was two false agreements). All four are dev (unsealed splits)."""

import pytest

pytestmark = pytest.mark.gate

STORIES = ("t17-h1n1-pandemic-declared-june-2009", "t17-h1n1-mexico-reopens-uk-school-closures-may-2009",
           "t17-h1n1-spread", "t17-libya-odyssey-dawn-march-2011")


@pytest.fixture(scope="module")
def scores(real_stories):
    return {s.story: s for s in real_stories(STORIES, needs=("timeline17_tlsrl",), splits=("test3", "test19", "dev"))}


@pytest.mark.parametrize("story, right", [("t17-h1n1-pandemic-declared-june-2009", 0),
                                          ("t17-h1n1-mexico-reopens-uk-school-closures-may-2009", 4),
                                          ("t17-h1n1-spread", 1), ("t17-libya-odyssey-dawn-march-2011", 1)])
def test_conflicts_found_with_no_false_one(scores, story, right):
    conflict = scores[story].tallies["conflict"]
    assert conflict.ok_pred >= right and conflict.n_pred == conflict.ok_pred, (conflict.ok_pred, conflict.n_pred)


def test_running_tallies_of_one_day_are_an_update(scores):
    update = scores["t17-h1n1-pandemic-declared-june-2009"].tallies["update"]
    assert update.ok_pred >= 2 and update.n_pred == update.ok_pred, (update.ok_pred, update.n_pred)


def test_a_denial_is_no_agreement_on_zero(scores):
    agreement = scores["t17-libya-odyssey-dawn-march-2011"].tallies["agreement"]
    assert agreement.n_pred == agreement.ok_pred, (agreement.ok_pred, agreement.n_pred)
