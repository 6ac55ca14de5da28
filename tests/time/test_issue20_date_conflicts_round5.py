"""Issue 20, round 5: a day told relative to the publication day is no side of a one-day date conflict."""

from crosscheck.records import Sources
from crosscheck.time.date_conflicts import date_conflicts
from crosscheck.time.events import _Candidate, _content_words


def _cand(doc, sentence, day, mark):
    return _Candidate(doc, day, "day", sentence, 0, len(sentence), _content_words(sentence), [],
                      [(sentence.index(mark), day)])


SOURCES = Sources(documents=[("a", "mail"), ("b", "itv"), ("c", "mirror")])


def _two_saturdays():
    return [_cand("a", "Both women were found dead at their home in Millom on Saturday morning.", "2013-06-08", "Saturday"),
            _cand("b", "The two women were found dead at their home in Millom on Saturday, police confirmed.",
                  "2013-06-08", "Saturday")]


def test_yesterday_in_next_mornings_paper_is_no_date_conflict():
    # Millom: the Mirror dated 06-10 writes "questioned yesterday after his mother and sister were found dead at
    # home" (written on 06-09 about Saturday 06-08): one day off, read from the publication day.
    late = _cand("c", "A man was questioned on suspicion of murder yesterday after his mother and sister were found "
                 "dead at their home in Millom.", "2013-06-09", "yesterday")
    assert date_conflicts(_two_saturdays() + [late], SOURCES) == []


def test_a_clock_time_alone_is_no_date_conflict():
    # Mat Maid: "a call came in from the Valley Hotel at 3:33 a.m." in a report of the next day.
    late = _cand("c", "Owen said the women were found dead at their home in Millom at 3:33 a.m. by a neighbour.",
                 "2013-06-09", "3:33")
    assert date_conflicts(_two_saturdays() + [late], SOURCES) == []


def test_a_named_day_one_day_off_is_still_a_date_conflict():
    late = _cand("c", "A man was questioned on suspicion of murder after his mother and sister were found dead at "
                 "their home in Millom on Sunday.", "2013-06-09", "Sunday")
    assert len(date_conflicts(_two_saturdays() + [late], SOURCES)) == 1


def test_a_clock_time_after_about_is_no_date_conflict():
    # Round 7 (ECB+ 21): "struck ... at about 7 p.m." in two reports of the next day was read as that day,
    # against a third report's "on Friday": the mark starts at "about", which the rule did not look past.
    early = _cand("a", "The woman was struck by a grey car on 117th Street near 97th Avenue on Friday night.",
                  "2013-09-13", "Friday")
    late = [_cand(doc, f"The woman was struck by a grey car on 117th Street near 97th Avenue at about 7 p.m., {who}.",
                  "2013-09-14", "about 7") for doc, who in (("b", "police said"), ("c", "a friend said"))]
    assert date_conflicts([early] + late, SOURCES) == []
