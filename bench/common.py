"""What the benchmarks share: a measurement in a fresh process, and its peak memory."""

from __future__ import annotations

import multiprocessing as mp
import resource


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its finished children (parse workers):
    the work done, which a machine shared with other jobs stretches far less than wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb() -> float:
    """Peak resident memory of this process, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_child(target, *args, **kwargs) -> dict:
    """Run ``target(*args, queue, **kwargs)`` in a fresh spawned process; return what it puts on the queue."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue), kwargs=kwargs)
    proc.start()
    result = queue.get()
    proc.join()
    return result


def synthetic_documents(reports: list[dict], dated: bool = False) -> list:
    """Documents of synthetic reports (``synthetic.corpus``), as the stage benchmarks use them."""
    from crosscheck.records import Document, PublishedDate

    def published(r: dict) -> PublishedDate:
        return PublishedDate(r["published"], r["published"], r["published"], "metadata") if dated else PublishedDate()

    return [Document(id=r["id"], source=r["id"], content_hash=r["id"], format="jsonl", original=r["text"],
                     text=r["text"], published=published(r)) for r in reports]


def planted_copy_groups(reports: list[dict]) -> list:
    """The copy groups ``synthetic.corpus`` planted (each reprint with its original)."""
    from crosscheck.records import CopyGroup, CopyMember

    members: dict[str, list[str]] = {}
    for r in reports:
        if "copy_of" in r:
            members.setdefault(r["copy_of"], []).append(r["id"])
    return [CopyGroup(f"g-{orig}", [orig, *copies], orig, 0.9, [CopyMember(c, 0.9, 0.9) for c in copies])
            for orig, copies in members.items()]


PARSE_CPU_SECONDS = 0.0  # CPU seconds of the last timed_parse (1 process)


def timed_parse(documents: list) -> float:
    """Seconds spaCy takes to parse the documents (1 process: the baseline of the stage
    benchmarks); the parse is cached for the stages and each document gets its sentences."""
    import time

    from crosscheck import nlp
    from crosscheck.records import Sentence

    global PARSE_CPU_SECONDS
    nlp.load_pipeline()
    start = time.perf_counter()
    cpu = time.process_time()
    parsed = nlp.parse(documents)
    seconds = time.perf_counter() - start
    PARSE_CPU_SECONDS = time.process_time() - cpu  # CPU time of the same parse (ratios on a shared machine)
    for d in documents:
        d.sentences = [Sentence(s.text, s.start_char, s.end_char) for s in parsed[d.id].sents]
    return seconds


def synthetic_setup(description: str, argv: list[str] | None = None, dated: bool = False,
                    extra: dict[str, int] | None = None):
    """The start every stage benchmark shares: ``--reports`` and ``--words`` (and any ``extra``
    integer options, name -> default) read from ``argv``, the synthetic reports made into
    documents and parsed (timed: the baseline), and their planted copy groups. Returns a
    namespace: args, reports, documents, groups, parse_seconds."""
    import argparse
    from types import SimpleNamespace

    from synthetic import corpus

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--words", type=int, default=400)
    for name, default in (extra or {}).items():
        ap.add_argument(f"--{name}", type=int, default=default)
    args = ap.parse_args(argv)
    reports = corpus(args.reports, words=args.words)
    documents = synthetic_documents(reports, dated=dated)
    parse_seconds = timed_parse(documents)
    return SimpleNamespace(args=args, reports=reports, documents=documents,
                           groups=planted_copy_groups(reports), parse_seconds=parse_seconds)


def parsed_synthetic_corpus(description: str, argv: list[str] | None = None, dated: bool = False):
    """(documents, copy groups, parse seconds) of ``synthetic_setup``."""
    run = synthetic_setup(description, argv, dated)
    return run.documents, run.groups, run.parse_seconds


def write_story_report(store, story: str, out) -> None:
    """The story's report files as ``crosscheck analyze`` writes them: ``report.story.write_report``
    (story.json streamed, issue 18), or ``write_all(build_story(...))`` on a version without it."""
    try:
        from crosscheck.report.story import write_report
    except ImportError:
        from crosscheck.report import build_story, write_all

        write_all(build_story(store, story), out)
        return
    write_report(store, story, out)
