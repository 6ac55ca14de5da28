"""The local runner's analysis of many stored stories: parsed ahead on two processes, chunk by
chunk, and the same records as analysing each story alone."""

from crosscheck import nlp, pipeline
from crosscheck.runners.common import story_records
from crosscheck.runners.local import LocalRunner
from crosscheck.store import Store
from tests.stories.test_stories_command import write_stream


def _found_stories(tmp_path, name):
    store = Store(tmp_path / f"{name}.sqlite")
    summary = pipeline.find_stories([str(write_stream(tmp_path / "s.jsonl"))], store, tmp_path / f"work-{name}")
    return store, [summary.names[s.id] for s in summary.stories]


def test_stories_parsed_ahead_in_chunks_give_what_each_story_alone_gives(tmp_path, monkeypatch):
    nlp.clear_cache()
    alone, names = _found_stories(tmp_path, "alone")
    with alone:
        for name in names:
            pipeline.analyze_story(alone, name, pipeline.Settings(processes=1))
        expected = {name: story_records(alone, name) for name in names}

    nlp.clear_cache()
    # Tiny limits so that these 7 reports make two chunks, each parsed on two processes.
    monkeypatch.setattr(pipeline, "PARALLEL_PARSE_FROM", 1)
    monkeypatch.setattr(pipeline, "PARSE_AHEAD", 3)
    parsed_ahead = []
    real_parse_stream = nlp.parse_stream

    def watched(documents, n_process=1, batch_size=32):
        documents = list(documents)
        parsed_ahead.append((len(documents), n_process))
        return real_parse_stream(documents, n_process=n_process, batch_size=batch_size)

    monkeypatch.setattr(nlp, "parse_stream", watched)
    ahead, names_ahead = _found_stories(tmp_path, "ahead")
    with ahead:
        ran = LocalRunner().analyze_stories(ahead, names_ahead, pipeline.Settings(processes=2))
        assert names_ahead == names and all(ran[n] == list(pipeline.STAGES) for n in names)
        assert len(parsed_ahead) == 2 and all(p == 2 for _, p in parsed_ahead), parsed_ahead
        assert sum(n for n, _ in parsed_ahead) == 7
        assert not nlp._cache  # each chunk's parses are dropped once its stories are done
        for name in names:
            assert story_records(ahead, name) == expected[name], name
        # A rerun finds every stage current: nothing parsed, nothing run (the names may come as
        # any iterable, here a one-pass iterator).
        parsed_ahead.clear()
        assert LocalRunner().analyze_stories(ahead, iter(names), pipeline.Settings(processes=2)) == {n: [] for n in names}
        assert parsed_ahead == []
