"""Property-based tests of the text parsers: no exception escapes, offsets index the text,
normalised values round-trip. (The 100,000-input runs: bench/fuzz_parsers.py.)"""

import re
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

PIECES = st.sampled_from([
    "on Friday", "last month", "the week ending March 3", "12 miles", "about 30 sq km", "4,000 to 6,000",
    "more than 500", "$25 million", "EUR 2m a year", '"We will rebuild," she said.', "“Curly quote”", '"',
    "“", "said Lt. Gen. Maria Keller", "2,000 workers", "in 2009 and 2010", "5m deep", "40%", "1957-58",
    "COVID-19", "11:30", "half a hectare", "\n", "\n\n", " ", ".", ",", "according to the UN", "he said",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=40)), min_size=1, max_size=25).map(" ".join)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT, st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)) | st.none())
def test_timex_offsets_and_values(text, anchor):
    from crosscheck.nlp import load_pipeline
    from crosscheck.time import find_timexes

    for t in find_timexes(text, anchor, load_pipeline()(text)):
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value
        if t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            date.fromisoformat(t.value)  # a day value is a real calendar day


@FAST
@given(TEXT)
def test_quantity_offsets_and_round_trip(text):
    from crosscheck.claims import extract_quantities, normalise
    from crosscheck.nlp import load_pipeline

    for q in extract_quantities(text, load_pipeline()(text)):
        assert text[q.start:q.end] == q.text and q.text.strip() == q.text
        assert q.bound in ("exact", "about", "at_least", "at_most", "range")
        if q.bound == "range":
            assert q.value_max is not None
        again = normalise(q.value, q.value_max, q.unit, q.rate)
        assert again == q.normalized  # normalising is a pure function of the parsed parts


@FAST
@given(TEXT)
def test_quote_offsets(text):
    from crosscheck.clean import sentences_from_parse
    from crosscheck.nlp import load_pipeline
    from crosscheck.quotes import extract_quotes
    from crosscheck.records import Document, Sources

    doc = load_pipeline()(text)
    d = Document("d", "d", "d" * 64, "txt", text, text, sentences_from_parse(text, doc))
    for q in extract_quotes([d], [], [], Sources()):
        assert 0 <= q.start <= q.end <= len(text)
