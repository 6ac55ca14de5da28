"""Issue 20, seventeenth session: a happening named by its day ("the 12 March blast", "the Thursday raids") or with its
day at the end of its own phrase ("a raid on Hilltown in Lake County on Wednesday"), put on different days by two
independent reports, is a date conflict even when the two sentences share no two-word phrase (read on dev stories:
one blast dated two days apart, one air raid named by its place). Invented sentences.
"""

from crosscheck.records import Sources
from crosscheck.time.date_conflicts import _dated_nouns, date_conflicts
from crosscheck.time.events import _Candidate, _content_words

SOURCES = Sources(documents=[("a", "valley news"), ("b", "lake daily"), ("c", "hill wire"), ("d", "town radio")])


def _cand(doc, sentence, marks):
    """``marks``: (text of the day as written, its day)."""
    rows = [(sentence.index(text), sentence.index(text) + len(text), day, "day", "test", text) for text, day in marks]
    return _Candidate(doc, marks[0][1], "day", sentence, 0, len(sentence), _content_words(sentence), [],
                      [(start, day) for start, _, day, _, _, _ in rows], rows)


def test_one_blast_named_by_two_days_is_a_date_conflict():
    cands = [
        _cand("a", "Shares in the mill have slid by a fifth since the 14 March blast.", [("14 March", "2026-03-14")]),
        _cand("b", "Inspectors are looking into the 12 March blast that shut the mill for a month.",
              [("12 March", "2026-03-12")]),
        _cand("c", "Workers who lived through the March 12 blast want the owners in court.", [("March 12", "2026-03-12")]),
    ]
    found = date_conflicts(cands, SOURCES)
    assert len(found) == 1 and "“blast”" in found[0].explanation
    assert {e.document for e in found[0].items} == {"a", "b", "c"}


def test_one_raid_named_by_its_place_on_two_days_is_a_date_conflict():
    cands = [
        _cand("a", "The Thursday raids on Hilltown in Lake County drew sharp words from the neighbours.",
              [("Thursday", "2026-03-12")]),
        _cand("b", "He would not answer the reported raid on Hilltown in Lake County on Wednesday, which he said "
                   "killed four.", [("on Wednesday", "2026-03-11")]),
        # another raid, on another day and place, in the same story: no day of the Hilltown raid
        _cand("c", "Nine were hurt in Friday's raid, the mayor of Ashford said.", [("Friday", "2026-03-13")]),
    ]
    found = date_conflicts(cands, SOURCES)
    assert len(found) == 1 and "2026-03-11" in found[0].explanation and "2026-03-12" in found[0].explanation
    assert {e.document for e in found[0].items} == {"a", "b"}


def test_raids_of_three_days_without_a_shared_place_are_no_date_conflict():
    cands = [
        _cand("a", "The Thursday raids drew sharp words from the neighbours.", [("Thursday", "2026-03-12")]),
        _cand("b", "Four died in the raid on Hilltown on Wednesday.", [("on Wednesday", "2026-03-11")]),
        _cand("c", "Nine were hurt in Friday's raid, the mayor of Ashford said.", [("Friday", "2026-03-13")]),
    ]
    assert date_conflicts(cands, SOURCES) == []


def test_a_telling_or_a_slot_of_time_named_by_its_day_is_no_happening():
    cands = [
        _cand("a", "Monday's statement from the mill gave no reason for the leak.", [("Monday", "2026-03-16")]),
        _cand("b", "Tuesday's statement from the mill blamed a valve.", [("Tuesday", "2026-03-17")]),
        _cand("c", "The Sunday edition of the paper ran the leak on its front page.", [("Sunday", "2026-03-15")]),
        _cand("d", "The Saturday edition of the paper had the leak first.", [("Saturday", "2026-03-14")]),
    ]
    assert date_conflicts(cands, SOURCES) == []


def test_one_weekday_written_on_both_sides_is_no_date_conflict():
    # "the Friday fire" read against two reports' own days (of two weeks) gives two Fridays; the sources agree.
    cands = [
        _cand("a", "The Friday fire gutted the depot on the quay.", [("Friday", "2026-03-13")]),
        _cand("b", "Insurers are counting the cost of the Friday fire at the depot.", [("Friday", "2026-03-06")]),
    ]
    assert date_conflicts(cands, SOURCES) == []


def test_a_day_after_a_clause_is_no_day_of_the_noun():
    # "the blast that shook the town on Friday": a verb stands between the noun and the day.
    c = _cand("a", "Police still seek the cause of the blast that shook the town on Friday.", [("Friday", "2026-03-13")])
    assert _dated_nouns(c) == []
    c = _cand("b", "An explosion on the Acme barge off Port Kell on May 2 killed two.", [("May 2", "2026-05-02")])
    assert [(n, d, names) for n, d, _, names, _ in _dated_nouns(c)] == [("explosion", "2026-05-02", {"acme", "port", "kell"})]


def test_a_noun_a_telling_takes_is_dated_by_the_telling():
    c = _cand("a", "The agency strongly condemned the bombing of Hilltown in Lake County on Friday.",
              [("on Friday", "2026-03-13")])
    assert _dated_nouns(c) == []
    c = _cand("b", "He will not answer the reported bombing of Hilltown on Friday.", [("on Friday", "2026-03-13")])
    assert [n for n, *_ in _dated_nouns(c)] == ["bombing"]
