"""The local runner: every stage in this process, in pipeline order.

``run`` is exactly :func:`crosscheck.pipeline.run`; ``analyze_stories`` is
:func:`crosscheck.pipeline.analyze_stories` over stored stories (those
``crosscheck stories`` found), one after the other. It is the reference the
cluster runner is checked against (tests/runners).
"""

from __future__ import annotations

from typing import Iterable

from .. import pipeline
from ..store import Store


class LocalRunner:
    name = "local"

    def run(self, paths: Iterable[str], store: Store, story: str, settings: pipeline.Settings | None = None,
            progress: pipeline.Progress | None = None) -> pipeline.RunSummary:
        return pipeline.run(paths, store, story, settings, progress)

    def analyze_stories(self, store: Store, stories: Iterable[str], settings: pipeline.Settings | None = None,
                        progress: pipeline.Progress | None = None) -> dict[str, list[str]]:
        """Every stage of each stored story; returns the stages run, by story."""
        return pipeline.analyze_stories(store, stories, settings or pipeline.Settings(), progress)

    def close(self) -> None:
        pass

    def __enter__(self) -> "LocalRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
