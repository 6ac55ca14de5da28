"""Runners: where the pipeline's stage functions run.

- ``local`` (:class:`LocalRunner`): in this process, as ``crosscheck.pipeline.run``;
- ``dask`` (:class:`~crosscheck.runners.dask_runner.DaskRunner`): on a Dask cluster, a local
  one or a scheduler's address; needs the optional ``cluster`` extra.

Both take the same inputs and give the same records (tests/runners); the choice of
Dask is explained in docs/design/runner.md.
"""

from __future__ import annotations

from .local import LocalRunner

RUNNERS = ("local", "dask")

__all__ = ["RUNNERS", "LocalRunner", "make_runner"]


def make_runner(name: str, workers: int = 2, address: str | None = None):
    """A runner by name; the dask one starts (or joins, with ``address``) its cluster here."""
    if name == "local":
        return LocalRunner()
    if name == "dask":
        from .dask_runner import DaskRunner

        return DaskRunner(workers=workers, address=address)
    raise ValueError(f"unknown runner {name!r}: choose one of {', '.join(RUNNERS)}")
