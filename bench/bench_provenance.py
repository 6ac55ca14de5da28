"""Speed of the provenance stage on synthetic reports, against spaCy's parse of the same reports.

    python bench/bench_provenance.py --reports 1000

The stage reads no parse: it reads the records of the stages before it (entities,
claims, quotes, events, reconcile's findings, the brief), which are built here first and
not timed. The baseline in the same run is spaCy's ``nlp.pipe`` over the same texts, the
cost every report pays once; the figure to watch is the ratio provenance / parse.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import parsed_synthetic_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from crosscheck import claims, entities, reconcile, time as timeline
    from crosscheck.provenance import pronoun_speakers, trace_provenance
    from crosscheck.quotes import extract_quotes
    from crosscheck.records import Sources

    documents, groups, parse_seconds = parsed_synthetic_corpus(__doc__.split("\n")[0], argv, dated=True)
    sources = Sources(groups)

    found_entities = entities.extract_entities(documents, sources)
    found_claims = claims.extract_claims(documents)
    quotes = extract_quotes(documents, found_entities, groups, sources, pronouns=pronoun_speakers)
    timexes = timeline.resolve_times(documents)
    events, _ = timeline.build_timeline(documents, timexes, found_entities, sources)
    published = {d.id: d.published.date for d in documents}
    agreements, conflicts = reconcile.reconcile_claims(found_claims, sources, None, published, found_entities)

    start = time.perf_counter()
    cpu = time.process_time()
    records, primaries = trace_provenance(documents, found_entities, found_claims, quotes, events, agreements,
                                          conflicts, [], sources)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    import common

    parse_cpu = common.PARSE_CPU_SECONDS

    words = sum(len(d.text.split()) for d in documents)
    attributed = sum(1 for r in records for c in r.chains if c.primary != "unattributed")
    chains = sum(len(r.chains) for r in records)
    print(f"{len(documents)} reports, {words:,} words, {len(groups)} copy groups")
    print(f"baseline spaCy parse (en_core_web_sm, 1 process): {parse_seconds:.2f} s")
    print(f"provenance stage:                                 {seconds:.2f} s "
          f"({len(records)} items, {chains} chains, {attributed} attributed, {len(primaries)} primary sources)")
    print(f"ratio provenance / parse: {seconds / parse_seconds:.3f} (wall)")
    if parse_cpu:
        print(f"CPU time: parse {parse_cpu:.2f} s, provenance {cpu_seconds:.2f} s; "
              f"ratio provenance / parse (CPU): {cpu_seconds / parse_cpu:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
