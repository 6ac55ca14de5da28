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


def _old_named_outlets(texts, mentions):
    """``kinds.named_outlets`` as it was before each report's part was kept (eighth session), for reference."""
    from crosscheck.provenance.kinds import (_ACRONYM, _CAPITALISED_RUN, _NAME_AFTER_NOUN, _NAME_BEFORE_NOUN, is_outlet,
                                             is_police, normal)

    def acronyms_of(text, outlets):
        acronyms = set(_ACRONYM.findall(text))
        if not acronyms:
            return set()
        spelled: dict[str, list[str]] = {}
        for m in _CAPITALISED_RUN.finditer(text):
            words = m.group().split()
            for a in range(len(words)):
                for b in range(a + 3, min(len(words), a + 5) + 1):
                    spelled.setdefault("".join(w[0] for w in words[a:b]), []).append(" ".join(words[a:b]))
        return {acronym.casefold() for acronym in acronyms if acronym in spelled and not is_outlet(acronym, outlets)
                and any(is_outlet(full, outlets) for full in spelled[acronym])}

    places: dict[int, list[tuple[int, int]]] = {}
    for n, a, b, kind in mentions:
        if kind in ("NORP", "GPE", "LOC"):
            places.setdefault(n, []).append((a, b))
    out: set[str] = set()
    for n, text in enumerate(texts):
        for m in _NAME_BEFORE_NOUN.finditer(text):
            a, b = m.span(1)
            if any(x <= a and b <= y for x, y in places.get(n, [])):
                continue
            words = m.group(1).split()
            while words and words[0].lower() in ("the", "a", "an"):
                words = words[1:]
            name = normal(" ".join(words))
            if name and not is_police(name) and name not in ("state", "official", "national"):
                out.add(name)
        for m in _NAME_AFTER_NOUN.finditer(text):
            name = normal(m.group(1))
            if name and not is_police(name):
                out |= {name, m.group(1).casefold()}
        out |= acronyms_of(text, frozenset(out))
    return frozenset(out)


def test_outlet_names_read_report_by_report_are_the_names_read_over_the_story():
    """``named_outlets`` reads each report's part alone (``text_outlets``, kept per report by an update) and joins them
    in order (an acronym is an outlet's when a report read before names the outlet): the same names as before, on
    random stories of outlet names, acronyms and places."""
    import random

    from crosscheck.provenance.kinds import named_outlets

    pieces = ["he told the Hollywood Reporter on Monday.", "she told THR later.", "Syrian television said it.",
              "Lund's University Magazine reported.", "told LUM in an interview.", "Al-Arabiya television reported.",
              "Tunisia's state-run TAP news agency said.", "the Palestinian news agency Ma'an said.", "Ma'an reported.",
              "The Daily Star Newspaper Group said DSNG would print.", "told Anatolia news agency on Friday.",
              "Police said the road was closed.", "The National Health Service Trust (NHST) said."]
    rng = random.Random(9)
    acronyms = 0
    for _ in range(200):
        texts = [" ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 5))) for _ in range(rng.randrange(1, 6))]
        mentions = []
        for n, text in enumerate(texts):
            for word in ("Syrian", "Tunisia", "Palestinian"):
                at = text.find(word)
                if at >= 0 and rng.random() < 0.7:
                    mentions.append((n, at, at + len(word), rng.choice(["NORP", "GPE", "ORG"])))
        found = named_outlets(texts, mentions)
        assert found == _old_named_outlets(texts, mentions)
        acronyms += bool(found & {"thr", "lum", "dsng", "nhst"})
    assert acronyms > 20  # the stories have acronyms to read


def test_kept_outlet_names_are_the_names_read_again(tmp_path):
    """Each report's outlet names and acronyms are kept in the store (stage ``provenance.outlets``); read back they
    equal those read again, and a report whose places change is read again."""
    from crosscheck import provenance, reuse
    from crosscheck.records import Document

    texts = ["Syrian television said the dam broke.", "The Hollywood Reporter wrote it. She told THR on Monday.",
             "Al-Arabiya television reported that the Daily Star was closed."]
    docs = [Document(id=f"d{n}", source=f"d{n}.txt", content_hash=f"d{n}", format="txt", original=t, text=t)
            for n, t in enumerate(texts)]
    places = {"d0": [(0, 6)]}
    with Store(tmp_path / "s.sqlite") as store:
        fresh = provenance.read_outlets(docs, places)
        first = reuse.kept_outlets(store)(docs, places)
        again = reuse.kept_outlets(store)(docs, places)
        kept = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'provenance.outlets'").fetchone()[0]
        moved = reuse.kept_outlets(store)(docs, {})  # d0's place is gone: "Syrian television" is an outlet now
    assert kept == 3 and first == again == fresh
    assert moved == provenance.read_outlets(docs, {}) != fresh
    assert "thr" in provenance.kinds.outlets_named(fresh)


def test_date_conflicts_pair_only_sentences_with_a_phrase_that_may_name_a_happening(monkeypatch):
    """``date_conflicts`` pairs only the sentences that hold a phrase that may name a happening (issue 17, ninth
    session): the pairs it steps through are those the pairs of every sentence sharing a phrase gave, once filtered."""
    import random

    from crosscheck.time import date_conflicts as conflicts
    from crosscheck.time import events

    rng = random.Random(5)
    stepped = 0
    words = ["storm", "surge", "hit", "port", "bridge", "collapsed", "officials", "said", "the", "river", "flood"]
    for _ in range(60):
        cands = []
        for n in range(rng.randrange(2, 40)):
            sentence = " ".join(rng.choice(words) for _ in range(rng.randrange(3, 9))) + "."
            day = f"2026-03-{1 + rng.randrange(4):02d}"
            cands.append(events._Candidate(f"d{rng.randrange(8)}", day, "day", sentence, 0, len(sentence),
                                           set(sentence.rstrip(".").split()), day_marks=[(0, day)]))
        asked: list[tuple[str, str]] = []
        real = conflicts._overlap
        monkeypatch.setattr(conflicts, "_overlap", lambda a, b: asked.append((tuple(sorted(a)), tuple(sorted(b))))
                            or real(a, b))
        found = conflicts.date_conflicts(cands, Sources())
        monkeypatch.setattr(conflicts, "_overlap", real)
        days = [c for c in cands if c.day_marks]
        grams = [conflicts._bigrams(c.sentence) for c in days]
        index: dict = {}
        for i, g in enumerate(grams):
            for gram in g:
                index.setdefault(gram, []).append(i)
        reports = {g: len({days[i].document for i in m}) for g, m in index.items()}
        near = {g: {conflicts._day_near(days[i], " ".join(g)) for i in m} for g, m in index.items()
                if reports[g] >= conflicts.MIN_PHRASE_REPORTS}
        eligible = {g for g, n in reports.items() if n >= conflicts.MIN_PHRASE_REPORTS and len(near.get(g, ())) <= 2}
        telling = [g & eligible for g in grams]
        old = sorted(p for p in {(i, j) for g, m in index.items()
                                 if len(m) <= conflicts.MAX_PHRASE_SENTENCES and reports[g] >= conflicts.MIN_PHRASE_REPORTS
                                 for x, i in enumerate(m) for j in m[x + 1:]}
                     if telling[p[0]] and telling[p[1]] and not telling[p[0]].isdisjoint(telling[p[1]]))
        expected = [(tuple(sorted(days[i].words)), tuple(sorted(days[j].words))) for i, j in old
                    if days[i].document != days[j].document]
        assert asked == expected
        assert found == conflicts.date_conflicts(cands, Sources())
        stepped += len(asked)
    assert stepped > 100  # the random stories have pairs to step through


def test_kept_sentences_read_alone_are_those_read_again(tmp_path):
    """What a timeline candidate's sentence gives read alone (``events._read_alone``) is kept per report (stage
    ``time.alone``); read back it is what reading it again gives, and a sentence not kept is read and added."""
    from crosscheck.kept import _alone_readings
    from crosscheck.time import events

    sentences = ["LONDON (Reuters) - The storm surge hit the port on Friday, officials said.",
                 "But it was not the first time.", "The bridge collapsed on Thursday after heavy rain in the valley.",
                 "Storm hits port | World news The surge flooded the lower town on Friday night, police said."]

    def cand(doc: str, s: str):
        return events._Candidate(doc, "2026-03-01", "day", s, 0, len(s), set())

    first = [cand("a", sentences[0]), cand("a", sentences[1]), cand("b", sentences[2])]
    with Store(tmp_path / "s.sqlite") as store:
        got = _alone_readings(store)(first)
        again_cands = [cand("a", sentences[0]), cand("a", sentences[1]), cand("b", sentences[2]),
                       cand("b", sentences[3])]
        calls: list[str] = []
        real = events._read_alone
        events._read_alone = lambda s: calls.append(s) or real(s)
        try:
            again = _alone_readings(store)(again_cands)
        finally:
            events._read_alone = real
        rows = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'time.alone'").fetchone()[0]
    assert [got[id(c)] for c in first] == [events._read_alone(c.sentence) for c in first]
    assert [again[id(c)] for c in again_cands] == [events._read_alone(s) for s in sentences]
    assert calls == [sentences[3]] and rows == 2
    assert got[id(first[1])] is None and got[id(first[0])] is not None
