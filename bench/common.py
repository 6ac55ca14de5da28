"""What the benchmarks share: a measurement in a fresh process, and its peak memory."""

from __future__ import annotations

import multiprocessing as mp
import resource


def peak_mb() -> float:
    """Peak resident memory of this process, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_child(target, *args) -> dict:
    """Run ``target(*args, queue)`` in a fresh spawned process; return what it puts on the queue."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result
