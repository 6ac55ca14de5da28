"""Issue 20, round 5 (branch issue-20r): conflicts, agreements and updates that generalise to unseen stories.

Each test is one error class of `python -m evaluation.real_stories --split all --errors` (the ten stories of
the old sealed split test3, read as dev from 2026-11-30)."""

from crosscheck.records import Claim, Normalized, Sources
from crosscheck.reconcile import find_updates, reconcile_claims
from crosscheck.reconcile.basis import basis_key, subject_key, update_key


def _claim(doc, text, value, sentence, subject=None, unit=None, norm_unit=None, bound="exact", offset=0):
    start = sentence.find(text)
    return Claim(f"{doc}:c{offset + start}", doc, text, sentence, value, None, unit,
                 Normalized(value, None, norm_unit), subject, bound, offset + start, offset + start + len(text))


SAME_DAY = {"a": "2013-03-12", "b": "2013-03-12"}
SOURCES = Sources(documents=[("a", "one.example"), ("b", "two.example")])


def _progressions(a, b, day_a, day_b):
    """The values of each progression found between report a (told on day_a) and report b (day_b)."""
    return [[p.value for p in u.points] for u in find_updates([a, b], SOURCES, published={"a": day_a, "b": day_b})]


def test_a_length_is_never_a_count_of_people_killed():
    # Mount Cook: "A 36-year-old climber is dead after falling about 150 metres" was filed under "people killed",
    # and a fall of 150 m then 700 m (two climbers) became a progression of the toll.
    c = _claim("a", "about 150 metres", 0.15, "A 36-year-old Australian climber is dead after falling about 150 metres "
               "at Aoraki Mount Cook.", "people killed", unit="metres", norm_unit="km", bound="about")
    assert subject_key(c) is None
    assert basis_key(c) is None


def test_a_threshold_that_would_show_something_is_no_value_told():
    # Well capped: a reading in psi "below the <threshold> psi that would ... show" the well held gave a conflict
    # (and an update) between a reading and a threshold.
    threshold = _claim("b", "7,500", 7500, "Gauges showed roughly 6,700 pounds per square inch and climbing "
                       "gently, short of the 7,500 psi that would firmly prove the seal was holding.", "psi")
    reading = _claim("a", "6,700", 6700, "The pressure in the well stood at 6,700 psi on Friday.", "psi")
    assert basis_key(threshold) is None
    assert basis_key(reading) is not None


def test_an_additional_six_engines_is_an_increment_and_appliances_are_engines():
    # Waitrose fire: "called in an additional six engines" (Mid Devon Gazette) vs "called a further four
    # appliances" (FIA citing ITV): the same measure, a real conflict the report missed.
    six = _claim("a", "six", 6, "When they arrived they called in an additional six engines, an aerial platform and "
                 "an incident command vehicle.", "engines called")
    four = _claim("b", "four", 4, "Fire crews attended the scene and then called a further four appliances to help, "
                  "a report revealed.", "appliances called")
    assert basis_key(six) == basis_key(four) == ("count", None, "more engines")
    _, conflicts = reconcile_claims([six, four], SOURCES, published={"a": "2013-07-21", "b": "2013-07-22"})
    assert len(conflicts) == 1


def test_another_30_days_is_the_length_of_a_delay_not_an_increment():
    # Steel tariffs: "delay ... for another 30 days" agrees with "for a final 30 days": a span is no total.
    c = _claim("a", "30 days", 30, "The administration said it would delay the decision for another 30 days.",
               unit="days", norm_unit="day")
    assert not (basis_key(c) or ("", "", ""))[2].startswith("more ")


def test_boats_intercepted_are_not_the_boats_seen_approaching():
    # Sukanya: "five boats were seen approaching" vs "intercepted three boats": two different things
    # under one noun, no conflict; the same verb on both sides still is one.
    seen = _claim("a", "five", 5, "The incident occurred around 9.25 am when five boats were seen approaching the "
                  "merchant vessels in the Gulf of Aden.", "boats seed")
    caught = _claim("b", "three", 3, "An Indian warship on Thursday intercepted three boats with pirates in the Gulf of "
                    "Aden and foiled an attack on merchant vessels.", "boats intercepted")
    assert reconcile_claims([seen, caught], SOURCES, published=SAME_DAY)[1] == []
    other = _claim("b", "three", 3, "Three boats were seen approaching the merchant vessels in the Gulf of Aden, "
                   "officers said on Thursday.", "boats seen")
    assert len(reconcile_claims([seen, other], SOURCES, published=SAME_DAY)[1]) == 1


def test_arms_seized_and_arms_confiscated_are_one_count():
    # Sukanya: "Six AK 47 rifles ... were seized" vs "The Navy confiscated 14 AK-47 rifles": a real conflict.
    seized = _claim("a", "Six", 6, "Six assault rifles and 12 magazines were seized from the pirate boats on Thursday.",
                    "assault rifles seized")
    taken = _claim("b", "14", 14, "The navy confiscated 14 assault rifles and 31 magazines from the pirate boats on "
                   "Thursday.", "assault rifles confiscated")
    assert len(reconcile_claims([seized, taken], SOURCES, published=SAME_DAY)[1]) == 1


def test_a_status_word_does_not_split_a_progression():
    # H1N1 pandemic: "73 countries" (BBC 06-10), "74 countries" (BBC 06-11), "in 74 countries to date,
    # according to WHO's latest tally" (Reuters 06-11): one count, told with and without "infected"/"confirmed".
    assert update_key("countries infected") == update_key("countries confirmed") == "countries"
    assert update_key("people infected") == update_key("cases confirmed") == "cases"
    assert update_key("killed confirmed") == "people killed"
    assert update_key("part: people killed") == "part: people killed"


def test_a_count_that_moves_by_one_is_an_update():
    # 73 -> 74 countries is under the 2% tolerance of a measurement, but a count moves by any whole unit.
    a = _claim("a", "73", 73, "The virus has sickened more than 31,200 people in 73 countries.", "countries infected")
    b = _claim("b", "74", 74, "The virus has spread to 74 countries, according to the latest tally.", "countries spreaded")
    assert _progressions(a, b, "2009-06-10", "2009-06-11") == [[73, 74]]


def test_a_total_as_of_a_day_is_an_update_cue():
    # Odyssey Dawn: 110 Tomahawks fired (03-19) -> "As of Sunday night ... a total of 124" (03-21).
    a = _claim("a", "110", 110, "U.S. and British warships launched 110 Tomahawk missiles against air defenses around "
               "Tripoli, U.S. officials said.", "tomahawk missiles launched")
    b = _claim("b", "124", 124, "As of Sunday night, U.S. and British warships had fired a total of 124 Tomahawk "
               "missiles against air defenses around Tripoli, officials said.", "tomahawk missiles fired")
    assert _progressions(a, b, "2011-03-19", "2011-03-21") == [[110, 124]]


def test_no_one_killed_conflicts_with_a_count_of_the_killed():
    # Yida camp (gold c1): "no one was killed" (UNHCR, Reuters) vs "12 people were killed" (AP quoting an
    # official), the same day: a zero told as a figure (claims issue-20c) is compared with the count.
    zero = _claim("a", "no one", 0.0, "The UN refugee agency said no one was killed in the bombing of the Yida camp "
                  "on Thursday.", "people killed")
    twelve = _claim("b", "12", 12, "An official said 12 people were killed in the bombing of the Yida camp on "
                    "Thursday.", "people killed")
    assert basis_key(zero) == basis_key(twelve)
    _, conflicts = reconcile_claims([zero, twelve], SOURCES, published=SAME_DAY)
    assert len(conflicts) == 1


def test_no_immediate_reports_of_casualties_is_no_count_of_none():
    # The first wire of a quake: "there were no immediate reports of casualties", then a toll the same day.
    zero = _claim("a", "no", 0.0, "There were no immediate reports of casualties from the quake in Aceh province.",
                  "people killed")
    assert basis_key(zero) is None


def test_a_minute_or_two_is_no_figure():
    # Mat Maid: "arrived within a minute or two" and "in the next minute or two" agreed on "two".
    c = _claim("a", "two", 2, "The fire chief and the police arrived within a minute or two, Owen said.")
    d = _claim("a", "two", 2, "Two ladder trucks or more were sent, Owen said.", "ladder trucks")
    from crosscheck.reconcile.basis import unkeyed_basis
    assert basis_key(c) is None and unkeyed_basis(c) is None
    assert basis_key(d) is not None


def test_an_update_cue_counts_near_the_figure_only():
    # Well capped: a count of vessels followed, in a later clause, by "the estimated upper limit" of the flow made
    # "estimated" a cue of the vessels (three -> four) though it is told of the flow.
    from crosscheck.reconcile.updates import _cue_near

    far = _claim("a", "four", 4, "The minister noted that even then, the new valve would do a far better job of "
                 "piping the crude to four tankers at sea able to hold up to 80,000 barrels a day, comfortably "
                 "above the estimated upper limit of 60,000 barrels.", "vessels")
    near = _claim("b", "124", 124, "As of Sunday night the military had fired a total of 124 Tomahawk missiles.",
                  "tomahawk missiles fired")
    assert not _cue_near(far) and _cue_near(near)


def test_a_figure_told_of_a_day_weeks_before_is_another_happening():
    # Aceh (with the zeros of the claims stage): "On April 20, a 6.4-magnitude earthquake jolted Maluku, but caused
    # no casualties" (a July report) against "at least five injured" in today's quake.
    from crosscheck.reconcile.moments import _same_time

    published = {"a": "2013-07-02", "b": "2013-07-02"}
    past = _claim("a", "no casualties", 0.0, "On April 20, a 6.4-magnitude earthquake jolted Indonesia's Maluku, but "
                  "caused no casualties or material damage.", "people injured")
    today = _claim("b", "at least five", 5, "The quake injured at least five people in Aceh, officials said.",
                   "people injured", bound="at_least")
    coming = _claim("b", "three days", 3, "The trial was set for October 28 and will last three days.")
    recent = _claim("b", "five", 5, "The quake of June 30 injured five people in Aceh, officials said.", "people injured")
    assert not _same_time(past, today, published)
    assert _same_time(coming, today, published) and _same_time(recent, today, published)
    # Syria: a toll of protesters "killed since" the protests began on a day of March is today's running toll:
    # the day is where the count starts.
    toll = _claim("a", "More than 220", 220, "More than 220 marchers have died since the unrest began on "
                  "March 18 in the town of Qarra, rights monitors say.", "protesters killed", bound="at_least")
    later = _claim("b", "about 300", 300, "The bloodshed raises the toll to about 300, according to monitors.",
                   "people killed", bound="about")
    assert _same_time(toll, later, {"a": "2011-04-21", "b": "2011-04-22"})


def test_a_progression_reads_the_places_of_the_figures_own_clause():
    # H1N1 outbreak: a total of cases with a second figure of cases "over the border" in two states (04-25), and a
    # later total of reported cases (04-26): the two states are the second figure's, not the total's; one progression.
    a = _claim("a", "1,004", 1004, "So far there are a total of 1,004 cases, while eight more have been found across the border in "
               "Arizona and Nevada.", "cases")
    b = _claim("b", "1,324", 1324, "Seventeen deaths have been confirmed in Mexico to date, from a total of 1,324 "
               "reported cases, and 39 more are being examined.", "reported cases")
    assert _progressions(a, b, "2009-04-25", "2009-04-26") == [[1004, 1324]]


def test_a_toll_of_an_earlier_month_is_no_value_of_todays_toll():
    # Troy (April 2007): "In February, a gunman killed five people ... at a shopping mall in Salt Lake City"
    # became the next value of the office shooting's "1 dead".
    from crosscheck.reconcile.moments import _past_month

    published = {"a": "2007-04-09", "b": "2007-04-10"}
    today = _claim("a", "1", 1, "1 dead, 2 hurt in office shooting; police say suspect had worked there.",
                   "people killed")
    before = _claim("b", "five", 5, "In February, a gunman killed five people and injured several others at a "
                    "shopping mall, before an off-duty policeman killed the shooter.", "people killed")
    assert _past_month(before, published)
    assert find_updates([today, before], SOURCES, published=published) == []
    spread = _claim("b", "74", 74, "The strain was first found in Mexico in April and has since reached 74 countries.",
                    "countries")
    assert not _past_month(spread, {"b": "2009-06-11"})


def _age(doc, text, value, sentence):
    return _claim(doc, text, value, sentence, unit="years old" if "year" not in text else "year-old",
                  norm_unit="day")


def test_a_named_persons_age_told_differently_is_a_conflict():
    # Mount Cook (gold c3): "Robert Buckley, 32," (AP, PA) vs "31-year-old Robert Buckley" (First Tracks).
    a = _age("a", "32", 32, "Robert Buckley, 32, fell about 2,000 feet while climbing to a small hut, police said.")
    b = _age("b", "31-year-old", 31, "An ill-equipped climber, 31-year-old Robert Buckley of the U.K., slipped on ice.")
    from crosscheck.reconcile.basis import aged_person

    assert aged_person(a) == aged_person(b) == "age of robert buckley"
    _, conflicts = reconcile_claims([a, b], SOURCES, published={"a": "2013-09-15", "b": "2013-09-16"})
    assert len(conflicts) == 1


def test_siblings_who_share_a_surname_keep_their_own_ages():
    # Millom: "John Jenkin, 23," and "Katie Jenkin, 20,": two people, no conflict; an age with no name beside
    # it ("a 32-year-old British climber") is never a side of one.
    from crosscheck.reconcile.basis import aged_person

    john = _age("a", "23", 23, "John Jenkin, 23, was arrested near the terraced house, police said.")
    katie = _age("b", "20", 20, "His sister Katie Jenkin, 20, was found dead at the house, police said.")
    someone = _age("b", "32-year-old", 32, "A 32-year-old British climber died after falling from a mountain.")
    assert aged_person(john) != aged_person(katie) and aged_person(someone) is None
    assert reconcile_claims([john, katie, someone], SOURCES, published=SAME_DAY)[1] == []


def test_the_span_of_the_initial_tremor_is_not_the_span_of_the_shaking():
    # Qeshm: "The initial tremor lasted just over 10 seconds" vs "the tremor lasted 30 seconds" (felt in Dubai):
    # a part of the shaking against all of it; the same span with no ordinal on either side still conflicts.
    def span(doc, text, seconds, sentence):
        return _claim(doc, text, seconds / 86400, sentence, unit="seconds", norm_unit="day")

    first = span("a", "just over 10 seconds", 10, "The initial tremor lasted just over 10 seconds in the city, she said.")
    whole = span("b", "30 seconds", 30, "An office worker said the tremor lasted 30 seconds in the city.")
    assert reconcile_claims([first, whole], SOURCES, published=SAME_DAY)[1] == []
    short = span("a", "10 seconds", 10, "A resident said the tremor lasted 10 seconds in the city.")
    assert len(reconcile_claims([short, whole], SOURCES, published=SAME_DAY)[1]) == 1
