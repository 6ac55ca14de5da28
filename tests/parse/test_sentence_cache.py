"""Issue 18: each distinct sentence is parsed once, and a reused analysis is a fresh one."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import clean, claims, entities, nlp, quotes, sentcache, time
from crosscheck.ingest import read_inputs
from crosscheck.records import RawDocument, to_dict

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


def _documents() -> list:
    """The example corpus, plus reports made of its sentences: a reprint, and a report that carries
    a shared passage (two sentences of the wire story) inside its own text."""
    raws = [r for r in read_inputs([str(EXAMPLES)]) if isinstance(r, RawDocument)]
    wire = next(r for r in raws if "red-sea-wire-storm" in r.source)
    passage = " ".join(s.text for s in clean.sentences_from_parse(wire.text, nlp.load_pipeline()(wire.text))[1:3])
    extra = [RawDocument("reprint.txt", "Reprinted from Red Sea Wire.\n\n" + wire.text, "h-reprint", "txt"),
             RawDocument("passage.txt", f"Aid Watch, 14 March. Crews worked through the night. {passage} "
                         "Dr. Amal Hassan said on Friday that 3 more boats had left.", "h-passage", "txt")]
    return [clean.clean_document(r) for r in raws + extra]


def _records(documents: list) -> list[dict]:
    out: list = []
    out += entities.find_all_mentions(documents)
    out += time.resolve_times(documents)
    out += claims.extract_claims(documents)
    out += quotes.find_all(documents)
    return [to_dict(r) if not isinstance(r, dict) else r for r in out]


def _doc_table(doc) -> list[tuple]:
    return [(t.idx, t.text, t.whitespace_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i,
             t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


@pytest.fixture
def fresh_caches(monkeypatch):
    monkeypatch.setattr(nlp, "PIECEWISE", True)
    monkeypatch.setattr(sentcache, "CACHE", sentcache.PieceCache())
    nlp.clear_cache()
    yield
    nlp.clear_cache()


def test_reused_sentences_give_the_records_of_a_fresh_parse(fresh_caches):
    documents = _documents()
    fresh_docs = nlp.parse(documents)
    fresh = _records(documents)
    first = dict(sentcache.CACHE.stats)
    # Shared sentences were parsed once already in the first run: the reprint cost nothing.
    assert first["pieces parsed"] < first["pieces"]

    nlp.clear_cache()  # report parses gone; the sentence analyses kept
    reused_docs = nlp.parse(documents)
    assert sentcache.CACHE.stats["pieces parsed"] == first["pieces parsed"]  # nothing parsed again
    for d in documents:
        assert reused_docs[d.id] is not fresh_docs[d.id]
        assert reused_docs[d.id].text == d.text
        assert _doc_table(reused_docs[d.id]) == _doc_table(fresh_docs[d.id])
    assert _records(documents) == fresh


def test_a_shared_passage_is_parsed_once_and_mapped_into_each_report(fresh_caches):
    passage = "Flood waters rose 2 metres overnight in Hodeidah, officials said on Friday."
    texts = [f"Port News. {passage} Boats were sent.", f"A second report.\n\n{passage}\n\nMore later."]
    documents = [clean.clean_document(RawDocument(f"r{i}.txt", t, f"h{i}", "txt")) for i, t in enumerate(texts)]
    parsed = nlp.parse(documents)
    stats = sentcache.CACHE.stats
    assert stats["pieces"] == 6 and stats["pieces parsed"] == 5
    spans = []
    for d in documents:
        start = d.text.index(passage)
        span = parsed[d.id].char_span(start, start + len(passage))
        assert span is not None and span.text == passage
        spans.append([(t.text, t.dep_, t.head.i - span.start, t.ent_type_) for t in span])
        assert any(s.text == passage for s in d.sentences)
    assert spans[0] == spans[1]


def test_abbreviations_and_initials_do_not_cut_a_sentence():
    text = "Lt. Gen. Maria Keller met John F. Kennedy Jr. at 3 p.m. in the U.S. Capitol. Then she left."
    cut = [text[s:e] for s, e in sentcache.pieces(text)]
    assert cut == ["Lt. Gen. Maria Keller met John F. Kennedy Jr. at 3 p.m. in the U.S. Capitol.", "Then she left."]


def test_whitespace_between_pieces_is_kept_exactly(fresh_caches):
    text = "One sentence here.  Two spaces before.\n\n  Indented line.\nLast one. "
    doc = next(sentcache.parse_texts([(text, None)], lambda chunks: nlp.load_pipeline().pipe(chunks, as_tuples=True),
                                     nlp.load_pipeline().vocab))[0]
    assert doc.text == text
    assert [t.text for t in doc if t.is_space] == [" ", "\n\n  ", "\n"]
    assert all(t.tag_ == "_SP" and t.head.i == t.i - 1 for t in doc if t.is_space)


def test_sentences_parsed_in_an_earlier_run_come_from_the_store(tmp_path, fresh_caches):
    from crosscheck.pipeline import Settings, run
    from crosscheck.store import Store

    shared = "The harbour master said on Friday that 14 ships had been turned away from Hodeidah."
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(f"Storm closes port.\n\n{shared} Crews worked late.\n", encoding="utf-8")
    (second / "b.txt").write_text(f"Port still shut.\n\n{shared} Fishermen waited.\n", encoding="utf-8")
    with Store(tmp_path / "s.sqlite") as store:
        run([str(first)], store, "storm", Settings(processes=1))
        kept = store.db.execute("SELECT COUNT(*) FROM sentence_parses").fetchone()[0]
        assert kept >= 3
        sentcache.CACHE.clear()  # a new process: nothing in memory
        nlp.clear_cache()
        before = dict(sentcache.CACHE.stats)
        run([str(second)], store, "storm", Settings(processes=1))
        stats = sentcache.CACHE.stats
        assert stats["pieces from the store"] - before["pieces from the store"] >= 1  # the shared sentence
        b = next(d for d in store.load_documents("storm") if "Fishermen" in d.text)
    fresh = nlp.load_pipeline()(shared)
    nlp.clear_cache()
    sentcache.CACHE.clear()
    doc = nlp.parse([b])[b.id]
    start = b.text.index(shared)
    span = doc.char_span(start, start + len(shared))
    assert [(t.text, t.dep_, t.head.i - span.start, t.lemma_, t.ent_type_) for t in span] == \
        [(t.text, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in fresh]


def test_a_story_larger_than_the_parse_cache_is_put_together_again_not_parsed_again(fresh_caches, monkeypatch):
    monkeypatch.setattr(nlp, "PIECEWISE_CACHE_SIZE", 2)
    documents = _documents()
    first = nlp.parse(documents)
    tables = {d.id: _doc_table(first[d.id]) for d in documents}
    parsed = sentcache.CACHE.stats["pieces parsed"]
    assert len(nlp.missing(documents)) == len(documents) - 2  # the parse cache holds two reports
    again = nlp.parse(documents)
    assert sentcache.CACHE.stats["pieces parsed"] == parsed
    assert {d.id: _doc_table(again[d.id]) for d in documents} == tables


def test_a_parse_made_elsewhere_is_kept_by_its_sentences(fresh_caches):
    documents = _documents()
    parsed = nlp.parse(documents)
    tables = {d.id: _doc_table(parsed[d.id]) for d in documents}
    elsewhere = {d.id: parsed[d.id].to_bytes(exclude=["tensor"]) for d in documents}
    sentcache.CACHE.clear()
    nlp.clear_cache()
    from spacy.tokens import Doc

    for d in documents:
        sentcache.remember_doc(d.text, Doc(nlp.load_pipeline().vocab).from_bytes(elsewhere[d.id]))
    before = sentcache.CACHE.stats["pieces parsed"]
    again = nlp.parse(documents)
    assert sentcache.CACHE.stats["pieces parsed"] == before
    assert {d.id: _doc_table(again[d.id]) for d in documents} == tables
