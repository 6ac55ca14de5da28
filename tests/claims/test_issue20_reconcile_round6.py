"""Issue 20, round 6 (reconcile): rules judged on stories they were not written on. Each test is one cause of a
false or missed conflict of the real stories, rebuilt from short invented sentences."""

from crosscheck.records import Claim, Normalized, Sources
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.basis import basis_key, span_key, subject_key
from crosscheck.reconcile.compare import interval

DAY = {"a": "2011-08-21", "b": "2011-08-21", "c": "2011-08-21"}
YEAR, WEEK = 365.25, 7.0


def _claim(doc, text, value, sentence, subject=None, unit=None, norm_unit=None, bound="exact", scale=1.0):
    start = sentence.find(text)
    return Claim(f"{doc}:c{start}", doc, text, sentence, value, None, unit, Normalized(value * scale, None, norm_unit),
                 subject, bound, start, start + len(text))


def _span(doc, text, value, per, sentence, bound="exact"):
    return _claim(doc, text, value, sentence, None, "years" if per == YEAR else "weeks", "day", bound, per)


def test_a_subject_of_no_words_does_not_stop_reconcile():
    # A subject read as a bare number ("22") left an empty key, and the IndexError dropped the report from reconcile.
    c = _claim("a", "10", 10, "The team won 10 of its last 22 games.", "22")
    assert subject_key(c) is None
    assert reconcile_claims([c], Sources(), published=DAY) == ([], [])


def test_over_forty_years_is_open_above_as_written_not_as_days():
    # "over 40 years" converted to 14,610 days was read as a round 14,610-14,630: 42 years "disagreed" with it.
    over = _span("a", "over 40 years", 40, YEAR, "The colonel, who has ruled the country for over 40 years, spoke.",
                 "at_least")
    assert interval(over)[1] > 42 * YEAR
    exact = _span("b", "42 years", 42, YEAR, "The colonel has ruled the country for 42 years.")
    assert reconcile_claims([over, exact], Sources(), published=DAY)[1] == []
    # A count as written keeps its round step: "more than 26,000" is not 40,000.
    assert interval(_claim("c", "more than 26,000", 26000, "More than 26,000 people died.", "people killed",
                           bound="at_least"))[1] < 30000


def test_three_of_his_eight_children_is_a_part():
    part = _claim("a", "three", 3, "She is the mother of three of his eight children, a lawyer said.", "children")
    assert basis_key(part)[2].startswith("part: ")
    total = _claim("b", "eight", 8, "The boxer had eight children by two women.", "children")
    assert reconcile_claims([part, total], Sources(), published=DAY)[1] == []


def test_a_frequency_and_a_short_talk_are_not_one_span():
    # "every 38 minutes" (how often) and "a 25-minute conversation" (how long) share only the unit.
    every = _claim("a", "38 minutes", 38, "The coast loses a field of marsh every 38 minutes, the president said "
                   "in the office.", None, "minutes", "day", scale=1 / 1440)
    talk = _claim("b", "25-minute", 25, "The president held a private 25-minute conversation with the chairman in "
                  "the office.", None, "minute", "day", scale=1 / 1440)
    assert span_key(every) is None and span_key(talk) == "span of conversation"
    assert reconcile_claims([every, talk], Sources(), published=DAY)[1] == []


def test_spans_that_say_what_they_measure_are_compared():
    # The time since a marriage, told "ago" and "before the shooting", in sentences that share few words.
    a = _span("a", "two weeks", 2, WEEK, "The officer was married two weeks ago to his second wife.")
    b = _span("b", "about three weeks", 3, WEEK, "The deputy, who was wed about three weeks ago, leaves two sons.",
              "about")
    assert span_key(a) == span_key(b) == "time before married"
    # Issue 20, seventh session: the two sentences share no word beyond the span's own ("married" / "wed"), so there
    # is no positive evidence of like with like: the disagreement is shown apart (a difference), not as a conflict.
    unsure: list = []
    agreements, conflicts = reconcile_claims([a, b], Sources(), published=DAY, unsure=unsure)
    assert conflicts == [] and len(unsure) == 1 and unsure[0].kind == "difference"
    # A span that names nothing it measures ("it takes six months") is no side of a conflict.
    c = _span("c", "six months", 6, 30.4375, "We do not mind if it takes six months, the leader said.")
    d = _span("a", "five months", 5, 30.4375, "We do not mind if it takes five months, the leader said again.")
    assert span_key(c) is None
    assert reconcile_claims([c, d], Sources(), published=DAY)[1] == []


def test_the_length_of_a_war_is_one_thing_in_several_words():
    war = _span("a", "six-month", 6, 30.4375, "Air strikes were key to ending the six-month-old civil war.")
    fighting = _span("b", "six months", 6, 30.4375, "Analysts spoke after six months of fighting between the rebels "
                     "and the army.")
    assert basis_key(war) is not None  # "the six-month-old war": a figure, though after "the"
    assert span_key(war) == span_key(fighting) == "span of conflict"
    agreements, conflicts = reconcile_claims([war, fighting], Sources(), published=DAY)
    assert len(agreements) == 1 and conflicts == []


def test_a_window_of_years_is_not_the_length_of_anything():
    # "made over the last 10-20 years" and "mistakes made over 30 years": windows something happened in.
    a = _span("a", "10 years", 10, YEAR, "A great deal of money was made over the last 10 years in the country.")
    b = _span("b", "30 years", 30, YEAR, "All the mistakes made by politicians over 30 years in the country, he said.")
    assert span_key(a) is None and span_key(b) is None
    assert reconcile_claims([a, b], Sources(), published=DAY)[1] == []


def test_a_source_is_heard_by_its_figure_that_can_be_compared():
    # A report's first mention of the war's length sits in a headline run into the text and names other places;
    # its second, in a sentence of its own, faces the other report's figure.
    first = _span("a", "five months", 5, 30.4375, "Militias gain ground near Kurra Analysts warn The coastal "
                  "state has been torn by fighting over the past five months ( CNN ) --")
    later = _span("a", "five-month", 5, 30.4375, "Air strikes were key to every gain made in the five-month-old war.")
    later = Claim("a:c999", "a", later.text, later.sentence, later.value, None, later.unit, later.normalized, None,
                  "exact", 999, 1008)
    other = _span("b", "six-month", 6, 30.4375, "Oil in Zawiyah is key to ending the six-month-old civil war.")
    conflicts = reconcile_claims([first, later, other], Sources(), published=DAY)[1]
    assert len(conflicts) == 1 and {i.text for i in conflicts[0].items} == {"five-month", "six-month"}


def test_two_players_figures_are_two_figures():
    from crosscheck.records import Entity

    people = [Entity("person:reggie-wayne", "Reggie Wayne", "PERSON", ["Wayne"]),
              Entity("person:dwayne-allen", "Dwayne Allen", "PERSON", ["Allen"]),
              Entity("person:jamaal-charles", "Jamaal Charles", "PERSON", ["Charles"])]
    wayne = _claim("a", "five", 5, "Wayne had five catches in the win on Sunday.", "catches")
    allen = _claim("b", "three", 3, "Allen had three catches in the win on Sunday.", "catches")
    assert reconcile_claims([wayne, allen], Sources(), published=DAY, entities=people)[1] == []
    # A person named and one told by a pronoun are not known to be one: no conflict, though they may agree.
    charles = _claim("a", "22", 22, "Charles had 226 yards on 22 carries in the loss on Sunday.", "carries")
    he = _claim("b", "6", 6, "He ended the day with 205 yards and 6 carries in the loss on Sunday.", "carries")
    assert reconcile_claims([charles, he], Sources(), published=DAY, entities=people)[1] == []
    # The teller is not the holder: "the officer said" names who tells the figure, not whose it is.
    told = _claim("a", "12", 12, "The navy seized 12 rifles from the boat on Sunday, Wayne said.", "rifles")
    other = _claim("b", "six", 6, "The navy seized six rifles from the boat on Sunday.", "rifles")
    assert len(reconcile_claims([told, other], Sources(), published=DAY, entities=people)[1]) == 1


def test_barrels_a_day_are_a_rate_not_barrels_collected():
    rate = _claim("a", "about 15,000 barrels", 15000, "By Monday the funnel was capturing about 15,000 barrels of oil a "
                  "day.", "oil", "barrels", "barrel", "about")
    total = _claim("b", "about 127,000 barrels", 127000, "Engineers have so far captured about 127,000 barrels of oil "
                   "since the funnel went on.", "oil", "barrels", "barrel", "about")
    assert basis_key(rate) == ("rate", "barrel/day", "oil") and basis_key(total)[0] == "measurement"
    # "a day after" is a time, not a rate.
    after = _claim("c", "12", 12, "The quake killed 12 people a day after the storm.", "people killed")
    assert basis_key(after)[0] == "count"


def test_a_later_lower_bound_below_an_earlier_figure_is_no_update():
    from crosscheck.reconcile import find_updates

    early = _claim("a", "At least 4,300", 4300, "At least 4,300 people have now crossed into the neighbouring country.",
                   "people displaced", bound="at_least")
    late = _claim("b", "More than 4,000", 4000, "More than 4,000 people have crossed into the neighbouring country.",
                  "people displaced", bound="at_least")
    days = {"a": "2011-06-11", "b": "2011-06-12"}
    assert find_updates([early, late], Sources(), days) == []
    more = _claim("b", "More than 5,000", 5000, "More than 5,000 people have fled into the neighbouring country.",
                  "people displaced", bound="at_least")
    assert len(find_updates([early, more], Sources(), days)) == 1


def test_a_figure_of_an_earlier_game_or_told_as_it_stands_now_is_another_moment():
    today = _claim("a", "6", 6, "The quarterback ended the day with 205 yards and 6 carries for 21 yards.", "carries")
    before = _claim("b", "nine", 9, "It came one week after the quarterback managed 10 yards on nine carries.", "carries")
    assert reconcile_claims([today, before], Sources(), published=DAY)[1] == []
    now = _claim("a", "50", 50, "Refugees say there are now 50 tanks around the town on the border.", "tanks")
    later = _claim("b", "some 40", 40, "Residents said some 40 tanks had deployed around the town on the border.",
                   "tanks", bound="about")
    days = {"a": "2011-06-09", "b": "2011-06-10"}
    assert reconcile_claims([now, later], Sources(), published=days)[1] == []
    assert len(reconcile_claims([now, later], Sources(), published={"a": "2011-06-10", "b": "2011-06-10"})[1]) == 1


def test_a_bound_agrees_only_with_the_number_it_bounds():
    over = _span("a", "over 40 years", 40, YEAR, "The colonel has ruled the country for over 40 years.", "at_least")
    exact = _span("b", "42 years", 42, YEAR, "The colonel has ruled the country for 42 years.")
    assert reconcile_claims([over, exact], Sources(), published=DAY) == ([], [])
    ten = _claim("a", "at least 10", 10, "At least 10 people were killed in the quake.", "people killed",
                 bound="at_least")
    also = _claim("b", "10", 10, "The quake killed 10 people, officials said.", "people killed")
    assert len(reconcile_claims([ten, also], Sources(), published=DAY)[0]) == 1


def test_a_progression_follows_one_happening():
    from crosscheck.reconcile import find_updates

    collected = _claim("a", "about 15,000 barrels", 15000, "The funnel is now capturing about 15,000 barrels of crude oil a day "
                       "from the pipe.", "oil collected", "barrels", "barrel", "about")
    flowing = _claim("b", "60,000 barrels", 60000, "Officials said the pipe was spewing 60,000 barrels of crude oil a day "
                     "into the sea.", "oil spewed", "barrels", "barrel")
    days = {"a": "2010-06-14", "b": "2010-06-15"}
    assert find_updates([collected, flowing], Sources(), days) == []
    # Leaking, spewing and spilling tell one happening: oil getting out.
    leaking = _claim("a", "35,000 barrels", 35000, "Scientists now reckon 35,000 barrels of oil a day are leaking "
                     "out of the pipe.", "oil leaked", "barrels", "barrel")
    assert len(find_updates([leaking, flowing], Sources(), days)) == 1


def test_a_report_that_sets_two_tellers_against_each_other_is_a_conflict():
    residents = _claim("a", "14", 14, "Residents said 14 people were killed in the village on Friday.", "people killed")
    television = _claim("a", "eight", 8, "State television said eight people were killed in the village on Friday.",
                        "people killed")
    television = Claim("a:c500", "a", television.text, television.sentence, 8, None, None, television.normalized,
                       "people killed", "exact", 500, 505)
    conflicts = reconcile_claims([residents, television], Sources(), published=DAY)[1]
    assert len(conflicts) == 1 and "Residents says" in conflicts[0].explanation
    # One teller (or none named) giving two figures is not two sources; a forecast is no account.
    again = Claim("a:c600", "a", "eight", "Residents said eight people were killed in the village on Friday.", 8, None,
                  None, television.normalized, "people killed", "exact", 600, 605)
    assert reconcile_claims([residents, again], Sources(), published=DAY)[1] == []
    expected = Claim("a:c700", "a", "eight", "State television said it expected eight people killed in the village on "
                     "Friday.", 8, None, None, television.normalized, "people killed", "exact", 700, 705)
    assert reconcile_claims([residents, expected], Sources(), published=DAY)[1] == []
