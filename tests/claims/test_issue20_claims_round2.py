"""Issue 20, claims round 2: figures the provenance and reconcile helpers found missing
(NOTES/19-claims-needs.md, NOTES/20-reconcile-needs.md). Each sentence is written for the test."""

from crosscheck.claims import extract_quantities
from crosscheck.nlp import load_pipeline


def q(text):
    return extract_quantities(text, load_pipeline()(text))


def parts(text):
    return [(x.value, x.unit, x.subject) for x in q(text)]


def test_age_after_a_kin_word_is_an_age():
    got = parts("She was shot while picking up her daughter, 11, from school.")
    assert (11.0, "years old", None) in got


def test_age_after_a_name_with_an_inner_capital_is_not_a_date():
    assert [(x.value, x.unit) for x in q("Cheanne McKnight, 11, is recovering from a graze wound.")] == [(11.0, "years old")]


def test_a_weekday_then_a_figure_is_no_age():
    assert all(x.unit != "years old" for x in q("On Friday, 20, people marched."))


def test_rebuilt_357_magnum_is_a_calibre():
    got = parts("She returned with a. 357 Magnum and opened fire.")
    assert got == [(357.0, None, "calibre")]  # the gold writes "357"


def test_a_figure_after_a_sentence_end_is_no_calibre():
    got = parts("He was killed. 357 Magnum owners protested.")
    assert got[0][0] == 357.0 and got[0][2] != "calibre"


def test_all_three_starts_at_all():
    got = q("All three live in a fifth-floor apartment.")
    assert [(x.text, x.start, x.value) for x in got] == [("All three", 0, 3.0)]


def test_mother_of_12_counts_children():
    assert parts("Zurana Horton, a mother of 12, was fatally shot.")[-1] == (12.0, None, "children")


def test_mother_of_13_before_a_name_is_no_name():
    assert (13.0, None, "children") in parts("Video of Brooklyn Mother of 13 Zurana Horton shot in a gang shooting.")


def test_less_than_a_minute_is_a_duration():
    got = q("They stepped out less than a minute later when it looked safe.")
    assert [(x.text, x.value, x.unit, x.bound) for x in got] == [("less than a minute", 1.0, "minute", "at_most")]


def test_over_a_day_is_no_duration():
    assert [x.value for x in q("Over a day, 20 people died.")] == [20.0]


def test_a_200m_fall_is_metres_fallen():
    assert parts("He survived a 200m fall into a crevasse.") == [(200.0, "m", "fall")]


def test_fell_about_150_metres_is_a_fall():
    assert parts("The climbers fell about 150 metres down the slope.") == [(150.0, "metres", "fall")]


def test_swept_the_skiers_300_metres_is_a_fall():
    assert parts("The avalanche swept the skiers 300 metres down the mountain.") == [(300.0, "metres", "fall")]


def test_a_level_that_fell_is_no_fall():
    assert parts("The water level fell 2 metres.") == [(2.0, "metres", None)]


def test_a_climb_is_no_fall():
    assert parts("They climbed 200 metres before the avalanche.")[0][2] != "fall"
