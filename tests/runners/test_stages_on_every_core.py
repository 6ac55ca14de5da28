"""The stages' per-report steps run ahead on every core (issue 18) give the records of one process."""

import json

from crosscheck import pipeline
from crosscheck.pipeline import Settings, run
from crosscheck.report import build_story
from crosscheck.store import Store


def _records(store):
    data = build_story(store, "storm")
    data.pop("generated")
    return json.loads(json.dumps(data))


def test_per_report_steps_ahead_on_two_processes_give_the_records_of_one(tmp_path, examples_dir, monkeypatch):
    with Store(tmp_path / "one.sqlite") as store:
        run([str(examples_dir)], store, "storm", Settings(processes=1))
        one = _records(store)
    sent, after = [], []
    real, mentions = pipeline.per_report_ahead, pipeline.entities.find_all_mentions
    monkeypatch.setattr(pipeline, "PER_REPORT_AHEAD", True)  # off by default (bench/results/issue-18-ahead.md)
    monkeypatch.setattr(pipeline, "PARALLEL_PARSE_FROM", 1)  # the example story is small
    monkeypatch.setattr(pipeline, "AHEAD_BATCH", 2)
    monkeypatch.setattr(pipeline, "per_report_ahead", lambda *a: sent.append(real(*a)) or sent[-1])
    # Mentions found here after the workers ran: none (they were kept by the workers, read back).
    monkeypatch.setattr(pipeline.entities, "find_all_mentions",
                        lambda ds: (after.extend(d.id for d in ds) if sent else None) or mentions(ds))
    with Store(tmp_path / "two.sqlite") as store:
        run([str(examples_dir)], store, "storm", Settings(processes=2))
        two = _records(store)
    assert sent and sent[0] > 0 and after == []
    assert two == one


def test_per_report_ahead_is_off_by_default(tmp_path, examples_dir, monkeypatch):
    sent = []
    real = pipeline.per_report_ahead
    monkeypatch.setattr(pipeline, "PARALLEL_PARSE_FROM", 1)
    monkeypatch.setattr(pipeline, "per_report_ahead", lambda *a: sent.append(real(*a)) or sent[-1])
    with Store(tmp_path / "two.sqlite") as store:
        run([str(examples_dir)], store, "storm", Settings(processes=2))
    assert sent == [0]
