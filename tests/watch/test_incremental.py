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


def test_incremental_update_equals_a_run_from_scratch(tmp_path):
    paths = _reports()
    settings = Settings(processes=1)
    with Store(tmp_path / "updates.sqlite") as store:
        for batch in (paths[:2], paths[2:4], paths[4:]):
            nlp.clear_cache()  # as a later process would: old reports' parses come from the store
            ingest_and_clean(batch, store, "s", settings)
            analyze_story(store, "s", settings)
        updated = build_story(store, "s")
        kept = store.db.execute("SELECT count(*) FROM report_parses").fetchone()[0]
        reused = store.db.execute("SELECT count(*) FROM report_outputs WHERE stage = 'claims'").fetchone()[0]
    nlp.clear_cache()
    with Store(tmp_path / "scratch.sqlite") as store:
        run(paths, store, "s", settings)
        scratch = build_story(store, "s")
    assert kept == len(updated["documents"]) and reused == len(updated["documents"])
    assert _comparable(updated) == _comparable(scratch)


def test_old_reports_are_not_parsed_again(tmp_path, monkeypatch):
    paths = _reports()
    settings = Settings(processes=1)
    with Store(tmp_path / "s.sqlite") as store:
        run(paths[:-1], store, "s", settings)
        nlp.clear_cache()
        parsed: list[str] = []

        original_parse = nlp.parse

        def counting_parse(documents, batch_size=32):
            documents = list(documents)
            parsed.extend(d.id for d in nlp.missing(documents))
            return original_parse(documents, batch_size)

        monkeypatch.setattr(nlp, "parse", counting_parse)
        summary = run(paths, store, "s", settings)
        assert summary.new_documents >= 1
        # The new report was parsed as it was read; the stages parse nothing: the old
        # reports' parses come back from the store (without it they would all be parsed here).
        assert parsed == []
