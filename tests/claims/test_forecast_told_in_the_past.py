"""Regression (fresh stories, session 15, fdev): a wind speed a forecast gave ("winds were expected to reach ...")
faced the wind measured that day as a conflict; "is/are expected to" was read as to come, "was/were expected to" not.
The sentences are made up."""

from crosscheck.claims import extract_claims
from crosscheck.records import Document, Sentence, Sources
from crosscheck.reconcile import reconcile_claims

SOURCES = Sources(documents=[("a", "one.example"), ("b", "two.example"), ("c", "three.example")])
SAME_DAY = {"a": "2011-01-05", "b": "2011-01-05", "c": "2011-01-05"}


def _conflicts(*texts: str):
    docs = [Document(d, d, d, "txt", t, t, [Sentence(t, 0, len(t))]) for d, t in zip("abc", texts)]
    return reconcile_claims(extract_claims(docs), SOURCES, published=SAME_DAY)[1]


def test_a_forecast_told_in_the_past_is_no_conflict_with_the_reading():
    assert _conflicts("Winds over the island reached 80 miles per hour on Tuesday, forecasters said.",
                      "Winds over the island were expected to reach 110 miles per hour on Tuesday, forecasters said.",
                      "The ferry ran late on Monday.") == []


def test_two_readings_of_the_wind_still_disagree():
    assert len(_conflicts("Winds over the island reached 80 miles per hour on Tuesday, forecasters said.",
                          "Winds over the island reached 110 miles per hour on Tuesday, forecasters said.",
                          "The ferry ran late on Monday.")) == 1


def test_was_expected_to_is_read_as_to_come():
    from crosscheck.reconcile.moments import _to_come

    def claim(text, figure):
        doc = Document("x", "x", "x", "txt", text, text, [Sentence(text, 0, len(text))])
        return next(c for c in extract_claims([doc]) if c.text.startswith(figure))

    assert _to_come(claim("Winds were expected to reach 110 miles per hour on Tuesday, forecasters said.", "110"))
    assert _to_come(claim("The storm was forecast to bring 12 inches of rain to the coast.", "12"))
    assert not _to_come(claim("Winds reached 80 miles per hour on Tuesday, forecasters said.", "80"))
