"""Issue 20, seventh session, second round (branch issue-20n): numbers a new user's review found mis-parsed.

A number that is part of a product's or a standard's name, a size that names a model, a phone number and a list's
marker are no quantity to compare; a data size or a power is no amount of money. Invented names only."""

from crosscheck.claims import extract_quantities
from crosscheck.claims.units import normalise
from crosscheck.nlp import load_pipeline


def _found(text):
    return [(q.text, q.value) for q in extract_quantities(text, load_pipeline()(text))]


def test_a_model_number_glued_to_a_letter_is_no_count():
    assert _found("The Zorbex has a Quill GT 480M graphics chip.") == []
    assert _found("The Plimbook has a Quill GT 480m chip.") == []


def test_money_in_millions_glued_to_m_is_still_money():
    assert _found("The Zorbex maker raised $480M last year.") == [("$480M", 480_000_000.0)]


def test_a_version_after_a_standard_is_no_quantity():
    assert _found("The Zorbex has USB 3.0 sockets and Blinktooth 4.0 support.") == []


def test_a_version_after_a_camel_case_system_is_no_quantity():
    assert _found("The tablet runs plimOS 6 and the desk runs XQZ 8.") == []


def test_a_size_that_names_a_model_is_no_measurement():
    text = "The 13-inch Plimbook Pro is light, and the 15-inch model is heavier."
    assert _found(text) == []


def test_a_size_of_a_thing_is_still_a_measurement():
    assert _found("The plimbook's screen is 13 inches wide.") == [("13 inches", 13.0)]


def test_a_phone_number_is_no_range():
    assert _found("Call the Zorbex desk at 303-555-0147 for details.") == []


def test_list_markers_are_no_counts():
    assert _found("Reasons:\n1) the zorb\n2) the plim\n9) the quill") == []


def test_a_count_at_a_lines_start_is_still_a_count():
    assert _found("Reasons:\n3 zorbs were sold.") == [("3", 3.0)]


def test_gigabytes_are_no_money():
    assert normalise(16.0, None, "GB", None).unit == "gigabytes"
    assert normalise(512.0, None, "MB", None).value == 0.512
    assert not normalise(2.0, None, "TB", None).unit.isupper()


def test_megawatts_are_no_money():
    assert not normalise(500.0, None, "MW", None).unit.isupper()
    assert normalise(500.0, None, "kW", None).value == 0.5


def test_the_size_of_a_named_screen_is_still_a_measurement():
    assert _found("The Zorbex has a 3.1-inch SuperZLED display.") == [("3.1-inch", 3.1)]


def test_several_hundred_is_not_one_hundred():
    assert [(q.value, q.value_max) for q in extract_quantities("Several hundred zorbists marched.",
                                                                 load_pipeline()("Several hundred zorbists marched."))] \
        == [(200.0, 999.0)]


def test_a_letter_after_a_digit_and_a_fraction_are_no_counts():
    assert _found("The zorb film is in 3-D, and about two-thirds of the plims saw it.") == []


def test_a_one_two_punch_is_no_range():
    assert _found("It was a one-two punch for the zorbs.") == []


def test_a_size_used_as_a_models_name_is_no_measurement():
    text = "The 13-and 15-inch portables ship today; the 15-inch will sell for less, as the 11-inch and 13-inch ZorBooks do."
    assert [t for t, _ in _found(text)] == []


def test_a_snowfall_in_inches_is_still_a_measurement():
    assert _found("A 6-inch snowfall covered the zorb fields.") == [("6-inch", 6.0)]
