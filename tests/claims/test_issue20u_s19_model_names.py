"""Issue 20u, nineteenth session: a model's name read as a figure on the fresh fdev stories (a laptop's size written
with an inch mark of two apostrophes, a graphics chip's code glued to a capital "M"). Invented names only."""

from crosscheck.claims import extract_quantities
from crosscheck.nlp import load_pipeline


def _found(text):
    return [(q.text, q.value) for q in extract_quantities(text, load_pipeline()(text))]


def test_a_size_with_an_inch_mark_of_apostrophes_names_a_model():
    assert _found("The keynote introduced the 17 '' ZorbBook Pro.") == []
    assert _found('The 15" model ships in June.') == []


def test_a_count_before_a_closing_quote_mark_is_still_a_count():
    assert _found("He said the patrol met 17'' Army scouts.") == [("17", 17.0)]


def test_a_chip_code_of_four_digits_glued_to_m_is_no_figure():
    assert _found("Using the 8600M you get five hours of battery life.") == [("five hours", 5.0)]
    assert _found("It lasts longer on the 8600M (less on the 8700M).") == []


def test_millions_glued_to_m_with_fewer_digits_or_money_are_still_figures():
    assert _found("The plim site has 500M readers.") == [("500M", 500_000_000.0)]
    assert _found("The zorb maker spent $9400M.") == [("$9400M", 9_400_000_000.0)]
