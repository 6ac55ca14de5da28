"""What a command does with errors: every user error and fault becomes one line and its exit code.

Exit status (also in the README):
  0  every input was read
  2  bad usage (unknown option, missing argument)
  3  some inputs were skipped (each named on standard error and in the report); files
     in input folders that are not report formats are named as ignored, not counted here
  4  the store is busy (another run is writing to it) or unusable
  5  the run stopped before its end: the disk is full, an output cannot be written, or a
     parse worker died; everything finished is kept in the store, a rerun continues
  6  nothing could be read: every input was skipped (each named on standard error) and the store holds no report
     of the story, so no report is written
  128+N  stopped by signal N (130: Ctrl+C, 143: SIGTERM), the store intact
A user error never shows a Python trace: one line names the thing and the reason.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import typer
from rich.console import Console
from typer.core import TyperGroup

from ..printable import for_terminal

EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_STORE = 4
EXIT_STOPPED = 5
EXIT_NOTHING_READ = 6

err = Console(stderr=True, highlight=False, soft_wrap=True)


class UsageError(Exception):
    """A bad path or option: shown as one line, exit 2."""


class GuardedGroup(TyperGroup):
    """Every command runs inside :func:`guard`: no user error or fault shows a trace."""

    def invoke(self, ctx):
        with guard():
            return super().invoke(ctx)


class Stopped(BaseException):
    """A signal asked the run to stop (SIGTERM, SIGHUP): unwinds like Ctrl+C, so every
    transaction rolls back, no temp file stays and the parse workers are ended."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextmanager
def guard() -> Iterator[None]:
    """Turn every user error and fault of a command into one line and its exit code.

    Bad paths and options exit 2, unusable stores 4, a full disk, an output that cannot be
    written or a dead parse worker 5, a signal 128+N; anything else (a bug) one line, exit 1,
    with the trace only when CROSSCHECK_DEBUG is set.
    """
    import errno
    import os
    import signal
    import sqlite3

    from ..store import StoreError

    def stop(signum, frame):  # noqa: ARG001
        raise Stopped(signum)

    previous = {}
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        try:
            previous[sig] = signal.signal(sig, stop)
        except (ValueError, OSError):  # not the main thread: leave them
            pass

    def fail(code: int, message: str) -> typer.Exit:
        err.print(f"error: {for_terminal(message)}", markup=False)
        return typer.Exit(code)

    try:
        yield
    except (typer.Exit, typer.Abort, SystemExit):
        raise
    except UsageError as error:
        raise fail(EXIT_USAGE, str(error)) from None
    except StoreError as error:
        raise fail(EXIT_STORE, str(error)) from None
    except (KeyboardInterrupt, Stopped) as error:
        signum = getattr(error, "signum", signal.SIGINT)
        raise fail(128 + signum, f"stopped by {signal.Signals(signum).name}; the store keeps every finished "
                                 "step, run again to continue") from None
    except sqlite3.Error as error:
        full = "full" in str(error)
        raise fail(EXIT_STOPPED if full else EXIT_STORE,
                   f"the store: {'disk full' if full else error}; everything finished is kept") from None
    except OSError as error:
        what = error.filename or "an output"
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise fail(EXIT_STOPPED, f"{what}: disk full; everything finished is kept in the store, "
                                     "free space and run again to continue") from None
        raise fail(EXIT_STOPPED, f"{what}: {error.strerror or error}") from None
    except Exception as error:  # noqa: BLE001 - a bug: one line, the trace on request
        from ..nlp import WorkerDied

        if any(c.__name__ == "ClickException" for c in type(error).__mro__):
            raise  # usage errors: click (vendored by typer) shows them
        if isinstance(error, WorkerDied):
            raise fail(EXIT_STOPPED, f"{error}; everything finished is kept in the store, run again to continue")
        if os.environ.get("CROSSCHECK_DEBUG"):
            raise
        raise fail(1, f"internal error: {type(error).__name__}: {error} (CROSSCHECK_DEBUG=1 shows the trace)")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


