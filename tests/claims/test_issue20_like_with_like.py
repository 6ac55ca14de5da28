"""Issue 20, round 3: conflicts a fact-checker can believe (each test is one false conflict of the real stories)."""

from crosscheck.records import Claim, Normalized, Sources
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.basis import basis_key


def _claim(doc, text, value, sentence, subject=None, unit=None, norm_unit=None, bound="exact"):
    start = sentence.find(text)
    return Claim(f"{doc}:c{start}", doc, text, sentence, value, None, unit, Normalized(value, None, norm_unit), subject,
                 bound, start, start + len(text))


DAY = {"a": "2013-07-02", "b": "2013-07-02", "c": "2013-07-02"}


def test_a_past_quakes_magnitude_is_not_todays():
    today = _claim("a", "6.1", 6.1, "A 6.1-magnitude quake struck Indonesia's Aceh province on Tuesday.", "magnitude quake")
    past = _claim("b", "9.1", 9.1, "The 2004 tsunami that killed about 230,000 people was triggered by a massive "
                                   "9.1-magnitude quake off Aceh.", "magnitude quake")
    assert reconcile_claims([today, past], Sources(), published=DAY) == ([], [])


def test_magnitudes_a_whole_unit_apart_are_two_quakes():
    main = _claim("a", "4.6", 4.6, "A 4.6-magnitude earthquake rattled Northern California overnight.", "magnitude")
    usual = _claim("b", "2", 2.0, "While shakers around magnitude 2 and 3 are common to the area, the jolt lasted "
                                  "longer.", "magnitude")
    assert reconcile_claims([main, usual], Sources(), published=DAY) == ([], [])


def test_a_decimal_before_quake_is_its_magnitude_and_two_agencies_can_disagree():
    a = _claim("a", "4.4", 4.4, "A 4.4 quake is on the large size for The Geysers.", "quake")
    b = _claim("b", "4.6", 4.6, "An earthquake with a preliminary magnitude of 4.6 was recorded in the North Bay.",
               "magnitude")
    assert basis_key(a) == ("count", None, "magnitude")
    agreements, conflicts = reconcile_claims([a, b], Sources(), published=DAY)
    assert len(conflicts) == 1 and "magnitude" in conflicts[0].explanation


def test_a_part_scope_is_not_its_total_scope():
    province = _claim("a", "170,000", 170000, "In 2004 a massive tremor sparked a tsunami that killed 170,000 people "
                                                "in the province and tens of thousands more.", "people killed")
    region = _claim("b", "230,000", 230000, "In 2004, a huge earthquake off Aceh triggered a tsunami that killed "
                                              "230,000 people across Asia.", "people killed")
    assert reconcile_claims([province, region], Sources(), published=DAY) == ([], [])


def test_two_bombings_on_different_weekdays_do_not_conflict():
    yida = _claim("a", "12", 12, "The commissioner of Pariang County in South Sudan said 12 people were killed and 20 "
                                 "were wounded in Thursday's bombing in South Sudan.", "people killed")
    guffa = _claim("b", "seven", 7, "South Sudan's president said the bombing in South Sudan on Tuesday killed seven.",
                   "people killed")
    assert reconcile_claims([yida, guffa], Sources(), published=DAY) == ([], [])


def test_two_of_the_bombs_is_a_part_not_a_count_of_bombs():
    part = _claim("a", "Two", 2, '"Two of the bombs fell within the Yida camp," said the spokesman.', "bombs")
    assert basis_key(part)[2].startswith("part: ")


def test_a_distance_three_times_another_is_another_distance():
    office = _claim("a", "about 15 miles", 15, "The office building is about 15 miles north of Detroit.", None,
                    "miles", "km", "about")
    motorist = _claim("b", "50 miles", 50, "Hours later, a motorist 50 miles north of Detroit spotted the vehicle.",
                      None, "miles", "km")
    office.normalized, motorist.normalized = Normalized(24.1, None, "km"), Normalized(80.5, None, "km")
    assert reconcile_claims([office, motorist], Sources(), published=DAY) == ([], [])


def test_a_toll_told_as_rising_is_not_a_conflict_on_its_day():
    early = _claim("a", "11", 11, "A quake in Aceh province killed six children in a mosque, bringing the confirmed "
                                  "death toll from the disaster in Aceh to 11.", "people killed")
    later = _claim("b", "24", 24, "Rescue operations are under way in Aceh after a quake hit Aceh province, leaving "
                                  "24 dead in the disaster.", "people killed")
    assert reconcile_claims([early, later], Sources(), published=DAY)[1] == []


def test_a_twelve_gauge_shotgun_is_no_count():
    a = _claim("a", "12", 12, "Police found a 12-gauge pump-action shotgun in his car.", "gauge")
    assert basis_key(a) is None


def test_the_two_nations_is_a_reference_not_a_figure():
    a = _claim("a", "two", 2, "Violence along the border has strained ties between the two nations.", "nations")
    b = _claim("b", "two", 2, "While the two nations discuss how to split oil revenues, a rebellion spreads.", "nations")
    assert basis_key(a) is None and reconcile_claims([a, b], Sources(), published=DAY) == ([], [])


def test_one_wire_passage_lightly_edited_is_one_witness():
    a = _claim("a", "three", 3, "Witnesses at the camp said there were three other explosions at 3 p.m. (1200 GMT).",
               "explosions")
    b = _claim("b", "three", 3, "Witnesses said there were three further explosions at 3 p.m. (1200 GMT).", "explosions")
    assert reconcile_claims([a, b], Sources(), published=DAY) == ([], [])


def test_about_three_miles_and_four_miles_disagree():
    a = _claim("a", "about 3 miles", 3, "The USGS said the quake was centered about 3 miles southwest of Cobb, near "
                                        "The Geysers.", None, "miles", "km", "about")
    b = _claim("b", "four miles", 4, "The USGS said the quake began near The Geysers, four miles west of Cobb.", None,
               "miles", "km")
    a.normalized, b.normalized = Normalized(4.83, None, "km"), Normalized(6.44, None, "km")
    assert len(reconcile_claims([a, b], Sources(), published=DAY)[1]) == 1


def test_how_long_a_quake_shook_is_compared_only_in_like_sentences():
    def span(doc, text, seconds, sentence):
        c = _claim(doc, text, seconds, sentence, None, "seconds", "day")
        c.normalized = Normalized(seconds / 86400, None, "day")
        return c
    a = span("a", "15 seconds", 15, "The quake shook houses in Banda Aceh for 15 seconds, residents said.")
    b = span("b", "one minute", 60, "The quake shook houses in Banda Aceh for about one minute, residents said.")
    assert len(reconcile_claims([a, b], Sources(), published=DAY)[1]) == 1
    after = span("c", "one day", 86400, "The attack on the camp came one day after bombings in another region.")
    other = span("a", "three days", 3 * 86400, "Refugees walked for three days across the border to the camp.")
    assert reconcile_claims([after, other], Sources(), published=DAY) == ([], [])


def test_home_to_a_number_of_people_is_a_population_and_two_populations_disagree():
    a = _claim("a", "120,000", 120000, "The quake struck Qeshm island, home to 120,000 people, state media said.",
               "people striked")
    b = _claim("b", "200,000", 200000, "The quake was centred near Qeshm Island, home to 200,000 people, the USGS said.",
               "people centred")
    assert basis_key(a) == ("count", None, "population")
    assert len(reconcile_claims([a, b], Sources(), published=DAY)[1]) == 1


def test_figures_told_of_different_places_are_shown_as_differs_not_comparable():
    from crosscheck.reconcile import find_differences
    nz = _claim("a", "11", 11, "The 11 cases in New Zealand, among students back from Mexico, are the first in Asia.",
                "cases")
    us = _claim("b", "eight", 8, "Health officials confirmed eight cases among students back from Mexico.", "cases")
    assert reconcile_claims([nz, us], Sources(), published=DAY)[1] == []
    [difference] = find_differences([nz, us], Sources(), published=DAY)
    assert difference.kind == "difference" and difference.explanation.startswith("Differs, not comparable")
    assert "“New Zealand" in difference.explanation
    # A past year's figure is another thing for certain: no difference either.
    past = _claim("c", "9", 9, "In 2009 nine cases among students back from Mexico were confirmed.", "cases")
    assert find_differences([past, us], Sources(), published=DAY) == []


def test_students_likely_infected_are_not_the_students_tested():
    likely = _claim("a", "Eight", 8, "Eight students at a school in New York are \"likely\" to have contracted the virus, "
                                     "the New York Times said.", "students")
    tested = _claim("b", "nine", 9, "Specimens were taken from nine students at a school in New York, and eight were "
                                    "determined to be probable cases.", "students")
    assert basis_key(likely)[2] == "possibly students" and basis_key(tested)[2] == "students"
    assert reconcile_claims([likely, tested], Sources(), published=DAY)[1] == []


def test_a_running_toll_is_no_conflict_on_its_day():
    a = _claim("a", "up to 81", 81, "The fever has killed up to 81 people in Peru and reached Bolivia.",
               "people killed", bound="at_most")
    b = _claim("b", "more than 100", 100, "Doctors believe the fever has killed more than 100 people in Peru.",
               "people killed", bound="at_least")
    assert reconcile_claims([a, b], Sources(), published=DAY)[1] == []


def test_a_running_toll_pinned_to_a_day_is_still_compared():
    # The example story's conflict: the port authority's toll "rose to 23 on Sunday", hospitals count 41.
    a = _claim("a", "23", 23, "The death toll from the storm surge in Hodeidah rose to 23 on Sunday, the port "
                              "authority said.", "people killed")
    # "given by officials on Saturday" is when a figure was told, not a day the figure is about.
    b = _claim("b", "41", 41, "The storm surge in Hodeidah killed 41 people, according to a count by local hospitals, "
                              "far above the figure given by officials on Saturday.", "people killed")
    assert len(reconcile_claims([a, b], Sources(), published=DAY)[1]) == 1
