"""Issue 20x, twenty-first session: figures a side of a gold conflict told that the claims stage made no claim of
("not extracted"). Invented sentences only."""

from crosscheck.claims import extract_claims, extract_quantities
from crosscheck.nlp import load_pipeline
from crosscheck.readable import readable_quantity

from tests.claims.one_sentence import one_sentence_doc


def _claims(text):
    return [(c.text, c.value, c.unit, c.subject) for c in extract_claims([one_sentence_doc("x", text)])]


def _found(text):
    return [(q.text, q.value, q.value_max, q.normalized.unit) for q in extract_quantities(text, load_pipeline()(text))]


# Counting ordinals ("the eighth day of protests", "his sixth defence", "the third attempt").

def test_an_ordinal_that_counts_days_is_a_figure_of_which_day():
    assert _claims("Plim rioters attacked banks on the eighth day of protests.") == [
        ("eighth day", 8.0, "ordinal", "which day")]
    assert _claims("The marches went on for the seventh straight day.") == [
        ("seventh straight day", 7.0, "ordinal", "which day")]


def test_an_ordinal_of_a_defence_or_an_attempt_is_a_figure():
    assert _claims("It was Zorbin's sixth defense of the belt.") == [("sixth defense", 6.0, "ordinal", "which defence")]
    assert _claims("The crew got the pipe in at the 3rd attempt.") == [("3rd attempt", 3.0, "ordinal", "which attempt")]


def test_first_a_share_a_name_and_a_wrong_suffix_are_no_ordinal_figures():
    assert _claims("It rained for the first day in a month.") == []
    assert _claims("He was down in the third round and won for the second time.") == []  # many rounds, many times
    assert _claims("A third of the plims were sold.") == []
    assert _claims("The Third Day Choir sang.") == []
    assert _claims("It was the 2th day.") == []


def test_an_ordinal_is_never_compared_with_a_count():
    ordinal = extract_claims([one_sentence_doc("x", "Marchers met on the eighth day of the strike.")])[0]
    count = extract_claims([one_sentence_doc("y", "Marchers met after eight days of the strike.")])[0]
    assert ordinal.normalized.unit == "ordinal" and count.normalized.unit == "day"


def test_an_ordinal_reads_as_an_ordinal():
    assert readable_quantity(8.0, None, "ordinal") == "8th"
    assert readable_quantity(22.0, None, "ordinal") == "22nd"
    assert readable_quantity(11.0, None, "ordinal") == "11th"


# "twice" after a verb.

def test_married_twice_is_two_times_married():
    assert _claims("Mary Plim married twice.") == [("twice", 2.0, None, "times married")]
    assert _claims("Zorb was twice convicted of fraud.") == [("twice", 2.0, None, "times convicted")]


def test_twice_as_a_multiplier_or_a_rate_is_no_count():
    assert _claims("The new plim hall is twice as big.") == []
    assert _claims("The ferry sails twice a week.") == []
    assert _claims("Gunmen will think twice about firing.") == []
    assert _claims("The bureau moved its warning level twice, from 2 to 4.")[0][0] != "twice"
    assert _claims("The plim costs twice the price of a zorb.") == []


# Temperatures: glued C and F, "degrees C", "°C" converted.

def test_a_temperature_glued_to_c_or_f_is_a_temperature():
    assert _found("The surface of the plim star is 6,000C, said Dr Zorb.") == [("6,000C", 6000.0, None, "degC")]
    assert _found("Highs of 30C and lows of -5C are forecast.") == [("30C", 30.0, None, "degC"),
                                                                  ("-5C", -5.0, None, "degC")]
    (text, value, _, unit), = _found("It was 86F in Plimton.")
    assert (text, unit) == ("86F", "degC") and abs(value - 86.0) < 1e-9  # the value as written, normalised to 30 degC


def test_a_code_glued_to_c_is_no_temperature():
    assert _found("The 4C Group met in Plimton.") == []
    assert _found("A Category 4C storm hit Plimton.") == []
    assert _found("Bus fares rose 5c.") == []  # cents, lower case: no temperature


def test_degrees_c_and_degrees_f_are_temperatures_not_angles():
    found = _found("The plim core is 5,500 degrees C, or 10,000 degrees F.")
    assert [(t, u) for t, _, _, u in found] == [("5,500 degrees C", "degC"), ("10,000 degrees F", "degC")]
    assert abs(found[1][1] - 10000.0) < 1e-9


def test_a_degree_sign_is_converted_as_a_temperature_not_kept_as_a_currency_code():
    assert _found("It was 30°C in Plimton.") == [("30°C", 30.0, None, "degC")]
    celsius = extract_quantities("It was 86°F in Plimton.")[0].normalized
    assert celsius.unit == "degC" and abs(celsius.value - 30.0) < 1e-6


# Money: a euro sign lost to "e".

def test_a_euro_sign_written_e_before_a_scaled_figure_is_euros():
    assert _found("Thieves stole more than e85 million worth of plims.") == [("more than e85 million", 85e6, None, "EUR")]
    assert _found("Robbers steal e80 million from Plim store") == [("e80 million", 80e6, None, "EUR")]


def test_an_e_before_a_bare_number_is_no_euro():
    assert _found("Route e85 runs north.") == []


# A rise told "from X to Y" or "by X to Y": the figure before and after, not a range.

def _claimed(text):
    return [(c.text, c.value, c.value_max, c.normalized.unit) for c in extract_claims([one_sentence_doc("x", text)])]


def test_a_rise_from_one_figure_to_another_is_two_claims():
    assert _claimed("The levy went up, raising each plim fee from $41 to $46.") == [
        ("$41", 41.0, None, "USD"), ("$46", 46.0, None, "USD")]


def test_a_rise_stays_one_range_for_the_quantity_reader():
    # NewsQuant's gold (read by extract_quantities) writes a rise from one figure to another as one range
    assert _found("The plim count jumped from 112 to 139 overnight.") == [("112 to 139", 112.0, 139.0, None)]


def test_a_range_after_from_without_a_verb_of_rising_stays_a_range():
    assert _claimed("From 10 to 15 plims were hurt.") == [("10 to 15", 10.0, 15.0, None)]
    assert _claimed("The alert level was raised from 4 to 5.") == [("4 to 5", 4.0, 5.0, None)]
    assert _claimed("Wage rises at the plim works ranged from 3.1 to 6.4 per cent.") == [
        ("3.1 to 6.4 per cent", 3.1, 6.4, "%")]


def test_rose_by_a_few_to_a_level_is_the_change_and_the_level():
    assert _found("Plimland's fever count went up by four to 61 on Monday.") == [("four", 4.0, None, None),
                                                                                   ("61", 61.0, None, None)]
    assert _found("Temperatures fell by 1 to 1.5 degrees.")[0][:3] == ("1 to 1.5 degrees", 1.0, 1.5)


# The ECB+ rebuild (evaluation): a height then a weight are not one number.

def test_the_rebuild_keeps_a_height_and_a_weight_apart():
    from evaluation.real_stories.data import _ecb_untokenise

    assert _ecb_untokenise("He is 5 - foot - 8, 135 pounds.") == "He is 5-foot-8, 135 pounds."
    assert _ecb_untokenise("He is 6 - foot - 10, 260 - pound.") == "He is 6-foot-10, 260-pound."
    assert _ecb_untokenise("It cost 120, 000 dollars.") == "It cost 120,000 dollars."
