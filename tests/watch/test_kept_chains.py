"""The provenance stage's claim chains kept per report across runs (issue 17)."""

from __future__ import annotations

from pathlib import Path

from crosscheck import provenance, reuse
from crosscheck.pipeline import Settings, run
from crosscheck.records import to_dict
from crosscheck.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


def _trace(store: Store, kept=None, outlets_extra: str | None = None):
    documents = store.load_documents("s")
    if outlets_extra:  # another outlet in the story: every report's key changes
        documents[0].outlet = outlets_extra
    return provenance.trace_provenance(
        documents, store.load_entities("s"), store.load_claims("s"),
        store.load_quotes("s") + store.load_attributions("s"), store.load_events("s"),
        store.load_agreements("s"), store.load_conflicts("s"), store.load_brief("s"), store.load_sources("s", documents),
        kept=kept)


class _Counting:
    """``reuse.kept_chains`` that counts the reports it is asked to keep."""

    def __init__(self, store: Store):
        self.inner = reuse.kept_chains(store)
        self.kept: list[str] = []

    def lookup(self, keys):
        return self.inner.lookup(keys)

    def keep(self, rows):
        self.kept += [d for d, _, _ in rows]
        self.inner.keep(rows)


def test_kept_chains_give_the_records_tracing_gives_and_change_with_their_inputs(tmp_path):
    paths = sorted(str(p) for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    with Store(tmp_path / "s.sqlite") as store:
        run(paths, store, "s", Settings(processes=1))  # keeps every report's chains
        stored = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'provenance.chains'").fetchone()[0]
        reports_with_claims = len({c.document for c in store.load_claims("s")})
        traced = _trace(store)  # no kept chains: every chain traced
        counting = _Counting(store)
        reused = _trace(store, counting)
        assert stored == reports_with_claims > 0
        assert counting.kept == []  # nothing traced again: every report's inputs unchanged
        assert [to_dict(r) for r in reused[0]] == [to_dict(r) for r in traced[0]]
        assert [to_dict(p) for p in reused[1]] == [to_dict(p) for p in traced[1]]
        # An input every report's chains may read (the story's outlets) changed: every report traced again.
        counting = _Counting(store)
        changed = _trace(store, counting, outlets_extra="A New Outlet")
        assert sorted(counting.kept) == sorted({c.document for c in store.load_claims("s")})
        assert [to_dict(r) for r in changed[0]] == [to_dict(r) for r in _trace(store, None, "A New Outlet")[0]]


def test_a_reports_chains_read_no_story_wide_field_of_a_quote():
    """The key of a report's kept chains leaves out a quote's story-wide fields (the reports carrying it, its
    variants, its support), which a new report changes: no module the chains are read by may read them."""
    import re

    from crosscheck.provenance.kept import STORY_WIDE_QUOTE_FIELDS

    package = Path(provenance.__file__).parent
    for name in ("chains", "speakers", "reading", "mentions", "kinds", "cues"):
        source = (package / f"{name}.py").read_text()
        for field in STORY_WIDE_QUOTE_FIELDS:
            assert not re.search(rf"\.{field}\b", source), f"provenance/{name}.py reads .{field}"


def test_a_quote_carried_by_one_more_report_keeps_the_key_of_the_others():
    from dataclasses import replace

    from crosscheck.provenance.kept import report_key
    from crosscheck.records import Document, Quote

    d = Document(id="a", source="a.txt", content_hash="h", format="txt", original="x", text="x")
    q = Quote("quote-1", "a", "words", "Jane Doe", "person:jane-doe", documents=["a"], independent_sources=1)
    more = replace(q, documents=["a", "b"], independent_sources=2)
    other_speaker = replace(q, speaker="John Roe")
    key = report_key((d, [], None, [(0, 5, q)], frozenset({"reuters"})))
    assert report_key((d, [], None, [(0, 5, more)], frozenset({"reuters"}))) == key
    assert report_key((d, [], None, [(0, 5, other_speaker)], frozenset({"reuters"}))) != key
    assert report_key((d, [], None, [(0, 5, q)], frozenset({"reuters", "afp"}))) != key


def test_outlets_sorted_once_give_the_keys_of_sorting_them_for_each_report():
    """Issue 17 (session 11): ``ReportChains`` sorts the story's outlets once for all its reports' keys; the keys are
    those of ``sorted`` each time, and another collection of outlets (even an equal one) is sorted for itself."""
    from crosscheck.provenance.kept import _sorted_once, report_key
    from crosscheck.records import Document

    docs = [Document(id=i, source=f"{i}.txt", content_hash=i, format="txt", original=i, text=i) for i in "abc"]
    outlets = {"reuters", "afp", "bbc", "ap"}
    in_order = _sorted_once()
    for d in docs:
        assert report_key((d, [], None, [], outlets), in_order) == report_key((d, [], None, [], outlets))
    other = {"reuters", "cnn"}
    assert report_key((docs[0], [], None, [], other), in_order) == report_key((docs[0], [], None, [], other))
    assert report_key((docs[0], [], None, [], other), in_order) != report_key((docs[0], [], None, [], outlets))
