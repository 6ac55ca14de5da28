"""Property-based tests of the text parsers: no exception escapes, offsets index the text,
normalised values round-trip. (The 100,000-input runs: bench/fuzz_parsers.py.)"""

import re
from datetime import date

import pytest
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


# Issue 21: the edges. The runs above never drew extreme values, and the parsers crashed on them.
EDGE_NUMBERS = st.sampled_from([
    "0", "-0", "-5", "1e309", "-1e309", "10^400", "2×10^400", "1.99×10^30", "9" * 400, "7" * 5000, "inf", "NaN",
    "1" + "0" * 30, "18446744073709551616", "99999999",
])
EDGE_YEARS = st.sampled_from(["0", "0000", "1", "999", "1000", "1900", "2024", "2999", "9999", "99999"])
EDGE_DATES = st.one_of(
    st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(["February", "Feb.", "April", "December"]),
              st.sampled_from(["0", "28", "29", "30", "31", "32"]), EDGE_YEARS),
    st.builds(lambda n, u, w: f"{n} {u}{w}", st.sampled_from(["0", "1", "-1", "several", "99999999", "9" * 30]),
              st.sampled_from(["second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
                               "century", "millennium"]), st.sampled_from([" ago", "s ago", " later", "s from now"])),
    st.builds(lambda y: f"Christmas {y}", EDGE_YEARS),
    st.builds(lambda y: f"the week of February 30, {y}", EDGE_YEARS),
    st.builds(lambda y: f"{y}-02-29", EDGE_YEARS),
)
EDGE_TEXT = st.lists(st.one_of(PIECES, EDGE_DATES, EDGE_NUMBERS.map(lambda n: f"{n} people"), st.text(max_size=20)),
                     min_size=1, max_size=12).map(" ".join)
EDGE_ANCHORS = st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29), date(1000, 1, 1)]) | st.dates()


@FAST
@given(EDGE_TEXT, EDGE_ANCHORS | st.none())
def test_timex_at_the_edges_of_the_calendar(text, anchor):
    from crosscheck.nlp import load_pipeline
    from crosscheck.time import find_timexes

    for t in find_timexes(text, anchor, load_pipeline()(text)):
        assert text[t.start:t.end] == t.text
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            assert 1000 <= date.fromisoformat(t.value).year <= 2999


@FAST
@given(EDGE_TEXT)
def test_quantities_at_the_edges_are_finite(text):
    import math

    from crosscheck.claims import extract_quantities
    from crosscheck.nlp import load_pipeline

    for q in extract_quantities(text, load_pipeline()(text)):
        for v in (q.value, q.value_max, q.normalized.value, q.normalized.value_max):
            assert v is None or math.isfinite(v)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(EDGE_TEXT, st.sampled_from([None, "0001-01-01", "9999-12-31", "2024-02-29", "2026-02-30"])),
                min_size=1, max_size=4))
def test_whole_pipeline_on_generated_reports(tmp_path_factory, reports):
    """Generated reports through every stage: nothing escapes, story.json is strict and valid."""
    import json

    from crosscheck.pipeline import Settings, run
    from crosscheck.report import build_story, validate_story
    from crosscheck.report.exports import to_json
    from crosscheck.store import Store

    folder = tmp_path_factory.mktemp("gen")
    with open(folder / "r.jsonl", "w", encoding="utf-8") as handle:
        for n, (text, published) in enumerate(reports):
            handle.write(json.dumps({"text": f"Report {n}. {text}.", "outlet": f"O{n}", "published": published}) + "\n")
    with Store(folder / "s.sqlite") as store:
        run([str(folder / "r.jsonl")], store, "gen", Settings(processes=1))
        story = json.loads(to_json(build_story(store, "gen")), parse_constant=lambda c: pytest.fail(c))
    validate_story(story)
