"""Issue 20, sixteenth session: two false date conflicts listed on a fresh fdev story (read there; invented sentences of
the same constructions here). A phrase two reports share is no happening of the day nearest it when

- it is an infinitive with its object ("covers attempts to drain the lake"): what a sum pays for, not what was done;
- a word of time order stands between the day and it ("gained on Monday, a day after a slide that took the stock to a
  record low": the low is the slide's, before Monday);
- the day is a telling's ("the firm told us on Monday its outlay to drain the lake ...").
"""

from crosscheck.records import Sources
from crosscheck.time.date_conflicts import date_conflicts
from crosscheck.time.events import _Candidate, _content_words

SOURCES = Sources(documents=[("a", "valley news"), ("b", "lake daily"), ("c", "hill wire"), ("d", "town radio")])


def _cand(doc, sentence, marks):
    return _Candidate(doc, marks[0][1], "day", sentence, 0, len(sentence), _content_words(sentence), [],
                      [(sentence.index(word), day) for word, day in marks])


def test_a_day_before_a_later_session_is_no_date_of_the_record_low():
    cands = [
        _cand("a", "On Friday the mill's stock sank to a record low of 41p as traders fled.", [("Friday", "2026-03-13")]),
        _cand("b", "Stock in the mill gained in early dealing on Monday, the first session after a slide that took "
                   "it to a record low, then ended flat.", [("Monday", "2026-03-16")]),
        _cand("c", "The mill's stock hit a record low of 41p on Friday amid talk of a cash call.", [("Friday", "2026-03-13")]),
    ]
    assert date_conflicts(cands, SOURCES) == []


def test_what_a_sum_pays_for_is_no_happening_of_its_day():
    cands = [
        _cand("a", "The bill climbed past Friday's tally of $2.1bn and covers attempts to drain the lake, new pumps "
                   "and aid for farmers.", [("Friday", "2026-03-13")]),
        _cand("b", "Sums the firm gave out in a note on Monday cover attempts to drain the lake, new pumps and aid for "
                   "farmers.", [("Monday", "2026-03-16")]),
        _cand("c", "The firm told us on Monday its outlay to drain the lake and help farmers stood at $2.4bn.",
              [("Monday", "2026-03-16")]),
    ]
    assert date_conflicts(cands, SOURCES) == []


def test_one_happening_on_two_days_is_still_a_date_conflict():
    cands = [
        _cand("a", "The dam burst on Friday and flooded the valley farms, officials wrote.", [("Friday", "2026-03-13")]),
        _cand("b", "On Friday the dam burst, flooding the valley farms below the town.", [("Friday", "2026-03-13")]),
        _cand("c", "The dam burst on Saturday and flooded the valley farms near the town.", [("Saturday", "2026-03-14")]),
    ]
    assert len(date_conflicts(cands, SOURCES)) == 1


def test_a_day_put_off_until_is_no_day_of_the_cause():
    # Read on a dev story after the first change (the past clause's day made a pair): the first two sentences put the
    # burst pipe on Monday, the third puts off the test "until Tuesday" because of it; Tuesday is no day of the burst.
    cands = [
        _cand("a", "The pressure test, which was halted on Monday because of a burst pipe in the pump house, is set "
                   "to resume.", [("Monday", "2026-03-16")]),
        _cand("b", "The test was due on Monday but was halted by a burst pipe in the pump house.", [("Monday", "2026-03-16")]),
        _cand("c", "The firm said late Monday that the test would be put off, probably until Tuesday, because of a burst "
                   "pipe in the pump house.", [("Monday", "2026-03-16"), ("Tuesday", "2026-03-17")]),
    ]
    assert date_conflicts(cands, SOURCES) == []
