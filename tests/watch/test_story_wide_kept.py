"""Issue 17, ninth session: more of the story-wide steps an update reruns take an old report's part from the store,
or work out once what they worked out twice; each gives what it gave when worked out again from scratch."""

from __future__ import annotations

from pathlib import Path

from crosscheck import brief, nlp, time
from crosscheck.pipeline import Settings, run
from crosscheck.records import Sources
from crosscheck.store import Store
from crosscheck.time import summary

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


def _reports() -> list[str]:
    return sorted(str(p) for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))


def test_kept_day_readings_are_the_readings_worked_out_again_and_give_the_same_key_dates(tmp_path):
    """The key dates read each report's days (``summary.read_days``); kept per report in the store (stage
    ``time.days``), read back they equal those worked out again, and the key dates made from them are the same."""
    from crosscheck.kept import _day_readings

    with Store(tmp_path / "s.sqlite") as store:
        run(_reports(), store, "s", Settings(processes=1))
        documents, timexes = store.load_documents("s"), store.load_timexes("s")
        events, sources = store.load_events("s"), store.load_sources("s", store.load_documents("s"))
        store.db.execute("DELETE FROM report_outputs WHERE stage = 'time.days'")
        by_document = summary.day_timexes(timexes)
        fresh = summary.read_days(documents, by_document)
        first = _day_readings(store)(documents, by_document)  # worked out, and kept
        kept = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'time.days'").fetchone()[0]
        calls: list[int] = []
        real = summary.read_days
        summary.read_days = lambda ds, by: calls.append(len(ds)) or real(ds, by)
        try:
            again = _day_readings(store)(documents, by_document)  # every report's reading from the store
            with_kept = time.key_dates(documents, timexes, events, brief.select, 10, sources, reader=_day_readings(store))
        finally:
            summary.read_days = real
        stored = store.load_key_dates("s")
    assert kept == len(documents) and calls == []
    assert first == again == fresh
    assert any(r.named for r in fresh) and any(r.own for r in fresh)  # the example names days: the test reads some
    assert with_kept == time.key_dates(documents, timexes, events, brief.select, 10, sources) == stored


def test_the_key_dates_fit_their_tf_idf_once(monkeypatch):
    """Both passes of the key dates (the days' naming sentences, then the days ranked) read the same sentences: the
    TF-IDF is fitted once, and the key dates are those of two fits."""
    from crosscheck.records import Document, PublishedDate, Sentence, Timex

    def doc(n: int, day: str, text: str) -> Document:
        sentences, start = [], 0
        for s in text.split("\n"):
            sentences.append(Sentence(s, start, start + len(s)))
            start += len(s) + 1
        return Document(id=f"d{n}", source=f"d{n}.txt", content_hash=f"d{n}", format="txt", original=text, text=text,
                        published=PublishedDate(day, day, day, "metadata"), sentences=sentences)

    texts = ["The dam broke on March 3 and flooded the valley below the town.\nRescuers reached the valley on Monday.",
             "Water from the broken dam flooded the valley on March 3, officials said.\nMore rain fell later.",
             "The flood that followed the dam failure on March 3 destroyed forty homes.\nThe mayor visited."]
    docs = [doc(n, f"2026-03-0{4 + n}", t) for n, t in enumerate(texts)]
    timexes = [Timex(d.id, d.text.index("March 3"), d.text.index("March 3") + 7, "March 3", "DATE", "2026-03-03",
                     "day", None, "absolute") for d in docs]
    from crosscheck.records import Event
    events = [Event("e1", "2026-03-03", "The dam broke.", [d.id for d in docs], 3, [], [])]
    expected = time.key_dates(docs, timexes, events, brief.select, 10, Sources())
    fits: list[int] = []
    real = summary._fit
    monkeypatch.setattr(summary, "_fit", lambda sentences: fits.append(len(sentences)) or real(sentences))
    again = time.key_dates(docs, timexes, events, brief.select, 10, Sources())
    assert again == expected and expected and len(fits) == 1
