"""A story built in updates equals the same story analysed at once (issue 17)."""

from __future__ import annotations

from pathlib import Path

from crosscheck import nlp
from crosscheck.pipeline import Settings, analyze_story, ingest_and_clean, run
from crosscheck.report import build_story
from crosscheck.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


def _reports() -> list[str]:
    return sorted(str(p) for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))


def _comparable(story: dict) -> dict:
    story = dict(story)
    story.pop("generated")
    return story


def test_incremental_update_equals_a_run_from_scratch(tmp_path, monkeypatch):
    import importlib

    from crosscheck.entities import ner

    qualifiers = importlib.import_module("crosscheck.entities.places.qualifiers")
    read_case: list[list[str]] = []  # the reports whose words' case each update read from their texts (issue 17)
    read_sports: list[list[str]] = []  # ... and whose texts it read for a sports report (twelfth session)
    case_words, sports_reports = ner.case_words, qualifiers.sports_reports
    monkeypatch.setattr(ner, "case_words", lambda ds: read_case[-1].extend(d.id for d in ds) or case_words(ds))
    monkeypatch.setattr(qualifiers, "sports_reports",
                        lambda ds: read_sports[-1].extend(d.id for d in ds) or sports_reports(ds))
    paths = _reports()
    settings = Settings(processes=1)
    with Store(tmp_path / "updates.sqlite") as store:
        for batch in (paths[:2], paths[2:4], paths[4:]):
            nlp.clear_cache()  # as a later process would: old reports' parses come from the store
            before = set(store.document_ids("s"))
            ingest_and_clean(batch, store, "s", settings)
            read_case.append([])
            read_sports.append([])
            analyze_story(store, "s", settings)
            new = sorted(set(store.document_ids("s")) - before)
            assert sorted(read_case[-1]) == new and sorted(read_sports[-1]) == new  # only the new reports
            # Every stage ran on every report: a stage failing on both sides alike would still give equal stories.
            assert store.stage_errors("s") == []
        updated = build_story(store, "s")
        kept = store.db.execute("SELECT count(*) FROM report_parses").fetchone()[0]
        reused = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'claims'").fetchone()[0]
        case = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'entities.case'").fetchone()[0]
        sports = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'entities.sports'").fetchone()[0]
    nlp.clear_cache()
    with Store(tmp_path / "scratch.sqlite") as store:
        run(paths, store, "s", settings)
        scratch = build_story(store, "s")
        assert store.stage_errors("s") == []
    assert kept == len(updated["documents"]) and reused == len(updated["documents"]) and case == reused == sports
    assert all(read_case) and _comparable(updated) == _comparable(scratch)


def test_old_reports_are_not_parsed_again(tmp_path, monkeypatch):
    paths = _reports()
    settings = Settings(processes=1)
    with Store(tmp_path / "s.sqlite") as store:
        run(paths[:-1], store, "s", settings)
        nlp.clear_cache()
        summary = ingest_and_clean(paths, store, "s", settings)
        parsed: list[str] = []

        original_pipe = nlp._pipe

        def counting_pipe(pairs, *args, **kwargs):  # what spaCy is given to parse (a parse restored is not)
            pairs = list(pairs)
            parsed.extend(d.id for _, d in pairs)
            return original_pipe(pairs, *args, **kwargs)

        monkeypatch.setattr(nlp, "_pipe", counting_pipe)
        analyze_story(store, "s", settings)
        assert summary.new_documents >= 1
        # The new report was parsed as it was read; the stages parse nothing: the old
        # reports' parses come back from the store (without it they would all be parsed here).
        assert parsed == []


def _report(n: int, outlet: str, wire: bool) -> "Document":
    import random

    from crosscheck.records import Document

    rng = random.Random(n)
    words = "harbour storm water roads clinic fuel convoy bridge market school pumps crews radio tents".split()
    own = " ".join(f"{' '.join(rng.choice(words) for _ in range(11))} number {n} {k}." for k in range(12))
    passage = ("The storm surge breached the northern sea wall at dawn on Friday, flooding the fish market, "
               "the old customs house and three schools, port officials said in a statement. ")
    text = (passage if wire else "") + own
    return Document(id=f"r{n:02d}", source=f"r{n:02d}.txt", content_hash=f"h{n}", format="txt", original=text,
                    text=text, outlet=outlet)


def test_kept_shared_passages_equal_a_fresh_comparison_and_only_new_pairs_are_compared():
    from crosscheck import copies
    from crosscheck.copies.kept import passages_between_kept

    outlets = ["Red Sea Wire", "Coastal Times", "Gulf Herald", "Aid Watch", "Harbour Post", "Port News Daily"]
    old = [_report(n, outlets[n % 6], wire=n % 2 == 0) for n in range(8)]
    new = [_report(n, outlets[n % 6], wire=n % 2 == 0) for n in range(8, 11)]
    kept: dict[str, tuple[str, list]] = {}
    compared: list[str] = []

    def lookup(keys):
        return {pair: kept[pair][1] for pair, key in keys.items() if pair in kept and kept[pair][0] == key}

    def keep(rows):
        compared.extend(pair for pair, _, _ in rows)
        kept.update({pair: (key, passages) for pair, key, passages in rows})

    between = passages_between_kept(lookup, keep)
    first = copies.find_copies_and_passages(old, between=between)
    assert first == copies.find_copies_and_passages(old) and first[1]  # the wire passage is found
    compared.clear()
    grown = copies.find_copies_and_passages(old + new, between=between)
    assert grown == copies.find_copies_and_passages(old + new)
    # Only pairs holding a new report were compared again; the old pairs' passages came from what was kept.
    assert compared and all({"r08", "r09", "r10"} & set(pair.split("|")) for pair in compared)


def test_a_story_grown_in_updates_keeps_the_same_shared_passages(tmp_path):
    from crosscheck.pipeline import analyze_story
    from crosscheck.store import Store

    outlets = ["Red Sea Wire", "Coastal Times", "Gulf Herald", "Aid Watch", "Harbour Post", "Port News Daily"]
    reports = [_report(n, outlets[n % 6], wire=n % 2 == 0) for n in range(10)]
    settings = Settings(processes=1)
    with Store(tmp_path / "updates.sqlite") as store:
        for batch in (reports[:6], reports[6:]):
            store.add_documents("s", batch)
            analyze_story(store, "s", settings)
        updated = store.load_passages("s")
        pairs = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'copies.passages'").fetchone()[0]
        quoted = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'copies.quoted'").fetchone()[0]
        assert store.stage_errors("s") == []
    with Store(tmp_path / "scratch.sqlite") as store:
        store.add_documents("s", reports)
        analyze_story(store, "s", settings)
        scratch = store.load_passages("s")
        assert store.stage_errors("s") == []
    assert updated == scratch and updated and pairs and quoted


def test_kept_sentence_readings_and_speaker_names_give_the_records_the_parse_gives(tmp_path):
    """The per-report parts an update takes from the store instead of a parse (the timeline's sentence
    readings, the names speakers are looked for among) give the same events, date conflicts and quotes
    as the parse itself, after the round trip through the store."""
    from crosscheck import provenance, quotes, reuse, time
    from crosscheck.pipeline import _time_expressions
    from crosscheck.records import to_dict

    with Store(tmp_path / "s.sqlite") as store:
        run(_reports(), store, "s", Settings(processes=1))
        documents = store.load_documents("s")
        entities, sources = store.load_entities("s"), store.load_sources("s", documents)
        copy_groups, timexes = store.load_copy_groups("s"), _time_expressions(store, documents)
        kept_readings = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'time.readings'").fetchone()[0]
        kept_names = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'quotes.names'").fetchone()[0]
        stored = (store.load_events("s"), store.load_quotes("s"))
    assert kept_readings == len(documents) and kept_names == len(documents)
    readings = {r.document: reuse.rebuild(time.SentenceReading, to_dict(r))
                for r in time.sentence_readings(documents, timexes)}
    # Only the sentences holding a time expression are read (and kept), not every sentence.
    assert 0 < sum(len(r.sentences) for r in readings.values()) < sum(len(d.sentences) for d in documents)
    from_parse = time.build_timeline(documents, timexes, entities, sources)
    assert time.build_timeline(documents, timexes, entities, sources, readings) == from_parse
    assert from_parse[0] and from_parse[0] == stored[0]
    found = quotes.find_all(documents)
    names = {r.document: reuse.rebuild(quotes.ReportNames, to_dict(r)) for r in quotes.report_names(documents)}
    read = provenance.pronoun_speakers  # handed in as the pipeline hands it
    with_names = quotes.extract_quotes(documents, entities, copy_groups, sources, found, names, pronouns=read)
    assert with_names == quotes.extract_quotes(documents, entities, copy_groups, sources, found, pronouns=read) == stored[1]
    assert any(q.speaker for q in with_names)


def test_an_update_restores_no_old_parse_it_does_not_need(tmp_path, monkeypatch):
    """Issue 17: an update reads its old reports' per-report parts from the store; the parse of an old
    report is restored only for a step that still reads it (an undated report's time expressions are
    resolved against the story's latest dated day: that report's and that day's parses)."""
    from crosscheck import reuse

    paths = _reports()
    settings = Settings(processes=1)
    restored: list[str] = []
    original = reuse.restore_parses

    def counting(store, documents):
        documents = list(documents)
        restored.extend(d.id for d in nlp.missing(documents))
        return original(store, documents)

    with Store(tmp_path / "s.sqlite") as store:
        run(paths[:-1], store, "s", settings)
        nlp.clear_cache()
        monkeypatch.setattr(reuse, "restore_parses", counting)
        run(paths, store, "s", settings)
        documents = store.load_documents("s", refined=False)
    undated = {d.id for d in documents if not d.published.date}
    latest = max((d for d in documents if d.published.date), key=lambda d: d.published.date).id
    assert len(documents) == 7 and undated
    assert set(restored) <= undated | {latest}


def _doc(doc_id: str, text: str):
    from crosscheck.records import Document

    return Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text, text=text)


def test_kept_brief_candidates_are_worked_out_again_when_the_story_writes_a_word_in_lower_case(tmp_path):
    """A report's brief candidates are kept in the store (issue 17), but they read the story's lower-case words: a
    report added later that writes "makeshift" makes "... blockages Makeshift camps ..." a glued lead."""
    from crosscheck import brief, pipeline

    a = _doc("a", "Floods hit the northern town on Sunday, hampered heavy blockages Makeshift camps are sprouting "
                  "across the valley as families flee the rising water.\nOfficials said the river rose overnight and "
                  "more rain is expected in the coming days.")
    b = _doc("b", "Aid groups set up makeshift shelters near the school where dozens of families slept on Monday "
                  "night after the storm.")
    with Store(tmp_path / "s.sqlite") as store:
        alone = pipeline._brief_candidates(store, [a])
        kept = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'brief.candidates'").fetchone()[0]
        both = pipeline._brief_candidates(store, [a, b])
        again = pipeline._brief_candidates(store, [a, b])  # every report's candidates from the store now
    assert kept == 1 and alone == brief._candidates([a])
    assert both == again == brief._candidates([a, b])
    assert both[0].text.startswith("Makeshift camps") and not alone[0].text.startswith("Makeshift")


def test_an_update_writes_the_story_json_a_scratch_run_writes(tmp_path):
    """``changes.update`` (what ``crosscheck watch`` runs) on a story of four input files with the last two more: the story.json
    written after it equals that of one run over all seven, all but the time it was generated."""
    import json

    from crosscheck import changes
    from crosscheck.ingest import read_inputs
    from crosscheck.report.story import write_report

    paths = _reports()
    settings = Settings(processes=1)
    with Store(tmp_path / "updates.sqlite") as store:
        run(paths[:4], store, "s", settings)
        nlp.clear_cache()  # as a later process would: old reports' parses and outputs come from the store
        digest = changes.update(store, "s", read_inputs(paths[4:]), settings)
        write_report(store, "s", tmp_path / "updated")
    nlp.clear_cache()
    with Store(tmp_path / "scratch.sqlite") as store:
        run(paths, store, "s", settings)
        write_report(store, "s", tmp_path / "scratch")
    updated, scratch = (json.loads((tmp_path / side / "story.json").read_text()) for side in ("updated", "scratch"))
    assert digest["stages"] and len(updated["documents"]) > 4  # the update reran the stages over the new reports
    assert _comparable(updated) == _comparable(scratch)


def test_kept_basis_keys_are_the_keys_worked_out_again(tmp_path):
    """Reconcile's basis key of each claim is kept per report (issue 17); read back from the store (JSON), each is
    the key ``basis._basis_key`` works out for that claim, a tuple again."""
    from crosscheck import pipeline
    from crosscheck.reconcile import basis

    settings = Settings(processes=1)
    with Store(tmp_path / "s.sqlite") as store:
        run(_reports(), store, "s", settings)
        documents, claims = store.load_documents("s"), store.load_claims("s")
        kept = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'reconcile.basis'").fetchone()[0]
        basis._BASIS_KEYS.clear()
        pipeline._kept_basis_keys(store, documents, claims)
        remembered = dict(basis._BASIS_KEYS)
    assert kept == len({c.document for c in claims}) and len(remembered) == len(claims)
    assert any(k is not None for k in remembered.values())
    for c in claims:
        assert remembered[basis.claim_fields(c)] == basis._basis_key(c)


def test_kept_brief_candidates_serve_a_story_that_lets_each_report_give_fewer(tmp_path, monkeypatch):
    """How many candidates a report may give falls as the story grows (``MAX_CANDIDATES`` a story): the candidates
    kept under the larger cap are cut, not worked out again, and equal those worked out again (issue 17: 1,000
    reports give 6 each, 1,010 give 5)."""
    from crosscheck import brief, pipeline

    monkeypatch.setattr(brief, "MAX_CANDIDATES", 8)  # 2 reports: 4 each; 3 reports: 3 each
    lines = ["The river rose two metres overnight and flooded the lower town near the old bridge.",
             "Officials said more than four hundred homes were damaged by the water in the valley.",
             "Rescue teams moved families from the school to a sports hall on the hill above town.",
             "The mayor said the cost of the damage would be known once the water had gone down.",
             "Forecasters expect more heavy rain across the region on Thursday and into Friday night."]
    a, b, c = (_doc(name, "\n".join(lines[k:] + lines[:k])) for k, name in enumerate("abc"))
    with Store(tmp_path / "s.sqlite") as store:
        two = pipeline._brief_candidates(store, [a, b])
        asked: list[str] = []
        real = brief.report_candidates
        monkeypatch.setattr(brief, "report_candidates", lambda d, *rest: asked.append(d.id) or real(d, *rest))
        three = pipeline._brief_candidates(store, [a, b, c])
        worked_out = list(asked)
    assert [x.document for x in two].count("a") == 4 and [x.document for x in three].count("a") == 3
    assert two == brief._candidates([a, b]) and three == brief._candidates([a, b, c])
    assert worked_out == ["c"]  # a's and b's kept candidates cut to 3
