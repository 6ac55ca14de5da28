"""Issue 20, round 3 (branch issue-20fix): date conflicts of the Brooklyn story (ECB+ 19) that were not conflicts."""

from crosscheck.time.date_conflicts import _FUNCTION_WORDS, _told_on
from crosscheck.time.events import _Candidate


def _candidate(sentence, word, day):
    c = _Candidate.__new__(_Candidate)
    c.sentence, c.day_marks = sentence, [(sentence.find(word), day)]
    return c


def test_the_day_a_thing_was_explained_is_not_the_day_it_happened():
    # "Yesterday" is the day the police explained; the shooting was the Saturday before.
    c = _candidate("Yesterday, the police explained that officers shot and killed a 16-year-old in Brooklyn "
                   "because he allegedly pointed a gun at the cops.", "Yesterday", "2013-03-10")
    assert _told_on(c, "officers shot")
    # A relative clause is not a telling: the attack that killed people is dated by its day.
    c = _candidate("On Thursday an attack that killed 12 people hit the camp.", "Thursday", "2011-11-10")
    assert not _told_on(c, "killed people")


def test_how_many_names_no_happening():
    assert {"how", "many"} <= _FUNCTION_WORDS
