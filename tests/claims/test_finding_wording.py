"""How a finding shows its figures to a reader (a new user's runs of ECB topic 18 and Timeline17 H1N1)."""

from crosscheck.reconcile.conflicts import _teller, _teller_words
from crosscheck.reconcile.wording import _fmt
from crosscheck.records import Claim, Normalized


def _claim(text, value, unit, norm_value, norm_unit, sentence="x"):
    return Claim("c", "d", text, sentence, value, None, unit, Normalized(norm_value, None, norm_unit), None)


def test_an_age_compared_in_days_is_shown_as_written():
    # was: “63-year-old” (2.301e+04 day)
    assert _fmt(_claim("63-year-old", 63, "year-old", 23011.0, "day")) == "“63-year-old”"


def test_a_converted_value_is_shown_without_an_exponent():
    assert _fmt(_claim("up to 120 miles per hour", 120, "miles per hour", 193.1, "km/h")) == \
        "“up to 120 miles per hour” (193.1 km/h)"
    assert _fmt(_claim("11 million gallons", 11e6, "gallons", 261904.8, "barrels")) == \
        "“11 million gallons” (261,905 barrels)"


def test_a_teller_is_named_as_the_report_writes_it():
    c = _claim("91", 91, None, 91, None,
               sentence="Acting NIH Director Helen Marsh said the institute has counted 109 infections in the state, "
                        "up from 91 yesterday.")
    # was: "acting nih director helen marsh says “91”"; the comparison key stays lower case
    assert " ".join(_teller_words(c)) == "Acting NIH Director Helen Marsh"
    assert _teller(c) == "acting nih director helen marsh"
