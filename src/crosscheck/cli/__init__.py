"""The command line: parses options, calls the pipeline, reports what happened.

``guard`` turns every user error and fault into one line and its exit code (the codes are listed there and in the
README); ``options`` holds what the commands share; ``batch`` (analyze, copies, stories, export) and ``live`` (search,
serve, watch, changes) are the commands, registered on ``app`` in the order ``--help`` lists them.
"""

from . import batch, live  # noqa: F401  (registers the commands on app)
from .app import app
from .guard import EXIT_NOTHING_READ, EXIT_SKIPPED, EXIT_STOPPED, EXIT_STORE, EXIT_USAGE, UsageError

__all__ = ["app", "main", "EXIT_USAGE", "EXIT_SKIPPED", "EXIT_STORE", "EXIT_STOPPED", "EXIT_NOTHING_READ",
           "UsageError"]


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
