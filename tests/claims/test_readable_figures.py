"""A figure shown to a reader in a unit a reader uses (issue 20, seventh session: a new user's runs of three dev
stories read "13-inch (0.00033 km)", "15-year-old -> 5,479 day", "how long “life” lasted", "part: time span").
Display only: the values compared are unchanged. Invented sentences."""

from crosscheck.readable import plain_number, readable_quantity
from crosscheck.reconcile.basis import span_told
from crosscheck.reconcile.wording import _basis_text, _conflict_text, _fmt, key_told
from crosscheck.records import Claim, Normalized


def _claim(text, value, unit, norm_value, norm_unit, sentence="x", doc="d"):
    return Claim("c", doc, text, sentence, value, None, unit, Normalized(norm_value, None, norm_unit), None)


def test_a_small_length_is_not_shown_in_kilometres():
    # was: “14-inch” (0.000356 km)
    assert _fmt(_claim("14-inch", 14, "inch", 0.0003556, "km")) == "“14-inch”"
    assert _fmt(_claim("0.62 inches", 0.62, "inches", 1.5748e-05, "km")) == "“0.62 inches”"


def test_a_long_length_keeps_its_kilometres():
    assert _fmt(_claim("40 miles", 40, "miles", 64.37, "km")) == "“40 miles” (64.37 km)"
    assert _fmt(_claim("900 feet", 900, "feet", 0.27432, "km")) == "“900 feet” (274.3 m)"


def test_a_weight_under_a_tonne_is_in_kilograms():
    assert readable_quantity(0.0680389, None, "metric_ton") == "68.04 kg"
    assert readable_quantity(0.0680389, None, "t") == "68.04 kg"
    assert _fmt(_claim("150 pounds", 150, "pounds", 0.0680389, "metric_ton")) == "“150 pounds” (68.04 kg)"


def test_no_scientific_notation_in_a_shown_number():
    for x in (1.8e-05, 3.3e-04, 0.05347, 13514.0, 650e6):
        assert "e" not in plain_number(x).lower()
    assert plain_number(1.8e-05) == "0.000018"
    assert plain_number(13514.0) == "13,514"


def test_an_age_in_days_is_shown_in_years():
    # was: "15-year-old | 5,479 day" in the Numbers table
    assert readable_quantity(5479.0, None, "day") == "15 years"
    assert readable_quantity(13514.0, None, "day") == "37 years"


def test_a_span_in_days_is_shown_in_the_unit_a_reader_uses():
    assert readable_quantity(0.2083, None, "day") == "5 hours"        # was 0.2083 day
    assert readable_quantity(0.05347, None, "day") == "77 minutes"    # was 0.05347 day
    assert readable_quantity(182.6, None, "day") == "6 months"        # was 182.6 day
    assert readable_quantity(28.0, None, "day") == "4 weeks"
    assert readable_quantity(10.0, None, "day") == "10 days"
    assert readable_quantity(1.0, None, "day") == "1 day"
    assert readable_quantity(2557.0, None, "day") == "7 years"


def test_a_small_length_in_the_numbers_table_is_in_centimetres():
    assert readable_quantity(0.0003556, None, "km") == "35.56 cm"
    assert readable_quantity(100.0, 1199.0, "USD") == "100–1,199 USD"
    assert readable_quantity(20.6, None, "%") == "20.6%"


def test_a_span_label_names_the_whole_noun_phrase():
    # was: how long “life” lasted
    c = _claim("9-hour", 9, "hour", 0.375, "day", sentence="The glorbix tablet has a 9-hour battery life, they said.")
    assert span_told(c) == "how long the “battery life” lasted"


def test_a_span_label_of_a_verb_reads_as_english():
    # was: how long “swirled” lasted
    c = _claim("three weeks", 3, "weeks", 21.0, "day", sentence="Rumours about the zintor deal have swirled for three weeks.")
    told = span_told(c)
    assert told is not None and "swirled" not in told and told == "a span of time"


def test_a_part_of_a_span_is_not_shown_as_a_key():
    # was: "disagree on part: time span"
    assert key_told("part: time span") == "a span of time (a part of a total)"
    assert key_told("more cases") == "more cases"
    a = _claim("six days", 6, "days", 6.0, "day", doc="a")
    b = _claim("nine days", 9, "days", 9.0, "day", doc="b")
    text = _conflict_text("part: time span", [[a], [b]], {}) + " " + _basis_text("duration", "part: time span", [a, b], {}, 1)
    assert "part:" not in text and "time span" not in text


def test_a_span_naming_nothing_is_not_said_twice_in_its_basis():
    # was: "Basis: a duration: a span of time, ..." (after the verb fallback)
    a = _claim("two weeks", 2, "weeks", 14.0, "day", doc="a")
    b = _claim("two weeks", 2, "weeks", 14.0, "day", doc="b")
    assert _basis_text("duration", "a span of time", [a, b], {}, 1).startswith("Basis: a duration, undated")


def test_pounds_are_not_shown_in_tonnes():
    # was: "3.1 pounds | 0.001406 t" in the Numbers table (the claims stage labels tonnes "t")
    assert readable_quantity(0.001406, None, "t") == "1.406 kg"
    assert readable_quantity(2.5, None, "t") == "2.5 tonnes"
    assert _fmt(_claim("3.1 pounds", 3.1, "pounds", 0.001406, "t")) == "“3.1 pounds” (1.406 kg)"
