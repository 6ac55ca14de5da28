"""Property-based tests of the cleaner: it never raises, and offsets always index the text."""

from hypothesis import HealthCheck, given, settings, strategies as st

from crosscheck.clean import clean_documents
from crosscheck.records import RawDocument

LINES = st.sampled_from([
    "Support our journalism: donate today.", "Share this article", "By Jane Doe, Reuters",
    "date 2021-03-05 2021/03/05 | 09:15", "Photo: AFP", "KHARKIV, Ukraine (Reuters) - Shelling hit the city.",
    "The governor said 300 people fled the province.The mayor agreed.", '"We will rebuild," she said.',
    "", "\u200b", "U.S. officials said 3.5 tonnes arrived at www.example.com/News.", "caf\u00c3\u00a9",
])
TEXT = st.lists(st.one_of(LINES, st.text(max_size=120)), min_size=1, max_size=12).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_clean_never_raises_and_offsets_hold(texts):
    raws = [RawDocument(source=f"t{i}", text=t, content_hash=f"{i:064d}", format="txt") for i, t in enumerate(texts)]
    for d in clean_documents(raws):
        for s in d.sentences:
            assert 0 <= s.start < s.end <= len(d.text)
            assert d.text[s.start:s.end] == s.text and s.text.strip() == s.text
        assert all(r.reason for r in d.removed)
        assert d.published.basis in ("metadata", "header", "unknown")
