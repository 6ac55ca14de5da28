"""Issue 20r, fifteenth session: date conflicts whose shared phrase is a name (invented sentences).

Every dev gold date conflict (22 of 190 gold conflicts) was missed, and the time stage gave no date conflict at all on
the 169 dev stories. One cause (bench/results/issue-20r-s15.md): the phrase two sentences share is often the name of
the place or person the happening is told of, and a name is no happening. Such a pair is one happening when both
sentences also write one thing done, in one past form, told of the same day as the name."""

from crosscheck.records import Sources
from crosscheck.time.date_conflicts import date_conflicts
from crosscheck.time.events import _Candidate, _content_words

SOURCES = Sources(documents=[("a", "harbour news"), ("b", "coast daily"), ("c", "island wire"), ("d", "port radio")])


def _cand(doc, sentence, marks):
    """``marks``: (word of the sentence the day is written at, ISO day), in order."""
    return _Candidate(doc, marks[0][1], "day", sentence, 0, len(sentence), _content_words(sentence), [],
                      [(sentence.index(word), day) for word, day in marks])


def test_a_name_shared_with_one_thing_done_is_a_date_conflict():
    cands = [
        _cand("a", "A navy frigate on Thursday stopped an attack by smugglers near Cape Verde and seized their boats.",
              [("Thursday", "2026-03-12")]),
        _cand("b", "The coastguard on Thursday stopped a smuggling raid near Cape Verde, the ministry wrote.",
              [("Thursday", "2026-03-12")]),
        _cand("c", "A frigate stopped an attack by armed smugglers near Cape Verde on Friday and seized three boats.",
              [("Friday", "2026-03-13")]),
    ]
    found = date_conflicts(cands, SOURCES)
    assert len(found) == 1
    assert {i.text for i in found[0].items} == {"2026-03-12", "2026-03-13"}
    assert {i.document for i in found[0].items} == {"a", "b", "c"}


def test_a_name_shared_with_nothing_done_alike_is_still_no_date_conflict():
    cands = [
        _cand("a", "Fishermen near Cape Verde watched the storm on Thursday from the old harbour wall.",
              [("Thursday", "2026-03-12")]),
        _cand("b", "On Thursday the ferries near Cape Verde stayed in port as the storm passed the harbour.",
              [("Thursday", "2026-03-12")]),
        _cand("c", "Tourists near Cape Verde filmed the storm on Friday from the harbour wall of the old town.",
              [("Friday", "2026-03-13")]),
    ]
    assert date_conflicts(cands, SOURCES) == []


def test_a_name_and_a_thing_done_told_of_two_days_is_no_date_conflict():
    # The third sentence tells two happenings: the drowning (Thursday, nearest the name) and the search (Monday,
    # nearest "searched"): the search's day is Monday in every report, no disagreement.
    cands = [
        _cand("a", "Officers of the Harbor Patrol searched the old docks on Monday after a theft was reported.",
              [("Monday", "2026-03-09")]),
        _cand("b", "On Monday the Harbor Patrol searched the old docks and the boatyards, the chief wrote.",
              [("Monday", "2026-03-09")]),
        _cand("c", "A diver of the Harbor Patrol drowned on Thursday, three days after officers searched the old docks "
                   "on Monday.", [("Thursday", "2026-03-12"), ("Monday", "2026-03-09")]),
    ]
    assert date_conflicts(cands, SOURCES) == []


def test_one_weekday_written_by_both_sources_is_no_date_conflict():
    # Both write "Saturday"; a report published a week later reads it as its own last Saturday: two readings of one
    # weekday, not two sources disagreeing.
    cands = [
        _cand("a", "The two climbers were rescued from the north ridge on Saturday morning by a helicopter crew.",
              [("Saturday", "2026-06-06")]),
        _cand("b", "A helicopter crew rescued the two climbers from the north ridge on Saturday, the rangers wrote.",
              [("Saturday", "2026-06-06")]),
        _cand("c", "Two climbers rescued from the north ridge on Saturday by a helicopter crew were flown to hospital.",
              [("Saturday", "2026-06-13")]),
        _cand("d", "The north ridge, where two climbers were rescued on Saturday by a helicopter crew, stays closed.",
              [("Saturday", "2026-06-13")]),
    ]
    assert date_conflicts(cands, SOURCES) == []
