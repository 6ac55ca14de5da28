"""Issue 20 (time): the largest error kinds of the real-news time-expression gold (evaluation/real_timex)."""

from datetime import date

from crosscheck.time import find_timexes, normalise

FRIDAY = date(2010, 4, 30)


def _timexes(text: str, anchor: date):
    from crosscheck import nlp
    from crosscheck.records import Document, Sentence

    d = Document("d", "d", "h", "txt", text, text, [Sentence(text, 0, len(text))])
    return find_timexes(text, anchor, nlp.parse([d])["d"], "d")


def test_weekday_morning_is_one_day_not_a_valueless_morning():
    text = "Patrol vessel INS Sukanya was escorting five ships in the Gulf of Aden Thursday morning when the crew saw them."
    [t] = [t for t in _timexes(text, date(2011, 11, 11)) if "morning" in t.text]
    assert t.text == "Thursday morning" and t.value == "2011-11-10"


def test_day_number_before_month_and_year_is_kept():
    text = "UNHCR condemns air attack on refugee camp\n11 November 2011\nThe UN refugee agency on Friday condemned it."
    [t] = [t for t in _timexes(text, date(2011, 11, 11)) if "November" in t.text]
    assert t.text == "11 November 2011" and t.value == "2011-11-11"  # not the month 2011-11


def test_end_of_a_month_is_that_month():
    assert normalise("the end of July", date(2013, 9, 9)).value == "2013-07"
    assert normalise("the end of this year", date(2009, 4, 27)).value == "2009"
    assert normalise("the end of the day", date(2009, 4, 27)) is None


def test_a_century_is_a_duration_not_a_year():
    v = normalise("a century", FRIDAY)
    assert v.type == "DURATION"


def test_weekend_is_the_weekend_of_a_week():
    assert normalise("the weekend", date(2010, 5, 3)).value == "2010-W17-WE"  # Monday: the one just past
    assert normalise("the weekend", FRIDAY, future=True).value == "2010-W17-WE"  # the coming one
    assert normalise("last weekend", FRIDAY).value == "2010-W16-WE"


def test_yesterday_morning_is_yesterday():
    assert normalise("yesterday morning", FRIDAY).value == "2010-04-29"


def test_could_resume_thursday_is_the_coming_thursday():
    text = "The harbour master said divers could resume the search Thursday morning if the sea calmed."
    [t] = [t for t in _timexes(text, date(2010, 4, 28)) if "Thursday" in t.text]
    assert t.value == "2010-04-29"  # not the Thursday before (2010-04-22)
    text = "Police could not say Thursday why the permit was denied."
    [t] = [t for t in _timexes(text, date(2010, 4, 28)) if "Thursday" in t.text]
    assert t.value == "2010-04-22"


def test_friday_called_for_is_the_coming_friday():
    text = "Unions have called for nationwide strikes in every port after Friday prayers."
    [t] = [t for t in _timexes(text, date(2011, 4, 21)) if "Friday" in t.text]
    assert t.value == "2011-04-22"  # not the Friday before (2011-04-15)
    text = "Protesters on Friday called for the president to resign."
    [t] = [t for t in _timexes(text, date(2011, 4, 21)) if "Friday" in t.text]
    assert t.value == "2011-04-15"


def test_would_in_a_relative_clause_keeps_the_past_monday():
    text = ("He said police found a box consistent with one that would hold a shotgun in a Dumpster outside "
            "his apartment Monday evening.")
    [t] = [t for t in _timexes(text, date(2007, 4, 12)) if "Monday" in t.text]
    assert t.value == "2007-04-09"  # not the Monday after (2007-04-16)
