"""The local runner: every stage in this process, in pipeline order.

``run`` is exactly :func:`crosscheck.pipeline.run`; ``run_stories`` cleans
every input, hands the documents in time order to a story-assignment function,
and analyses each story in turn. It is the reference the cluster runner is
checked against (tests/runners).
"""

from __future__ import annotations

from typing import Iterable

from .. import clean, pipeline
from ..ingest import read_inputs
from ..records import RawDocument, Skipped
from ..store import Store
from .common import AssignStories, StoriesSummary, stories_in_order, time_order


class LocalRunner:
    name = "local"

    def run(self, paths: Iterable[str], store: Store, story: str, settings: pipeline.Settings | None = None,
            progress: pipeline.Progress | None = None) -> pipeline.RunSummary:
        return pipeline.run(paths, store, story, settings, progress)

    def run_stories(self, paths: Iterable[str], store: Store, assign: AssignStories,
                    settings: pipeline.Settings | None = None,
                    progress: pipeline.Progress | None = None) -> StoriesSummary:
        settings = settings or pipeline.Settings()
        raws: list[RawDocument] = []
        skipped: list[Skipped] = []
        for item in read_inputs(paths, max_file_bytes=settings.max_file_bytes):
            (skipped if isinstance(item, Skipped) else raws).append(item)
        n_process = settings.processes if len(raws) >= pipeline.PARALLEL_PARSE_FROM else 1
        ordered = time_order(clean.clean_stream(raws, n_process=n_process))
        summaries = []
        for story, documents in stories_in_order(ordered, assign(ordered)).items():
            new = store.add_documents(story, documents)
            ran = pipeline.analyze_story(store, story, settings, progress)
            summaries.append(pipeline.RunSummary(story, len(documents), new, [], ran))
        return StoriesSummary(summaries, len(ordered), skipped)

    def close(self) -> None:
        pass

    def __enter__(self) -> "LocalRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
