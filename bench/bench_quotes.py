"""Speed of the quotes stage on synthetic reports, against spaCy's parse of the same reports.

    python bench/bench_quotes.py --reports 1000

The stage reads the shared parse (crosscheck.nlp), so the baseline in the same
run is that parse: spaCy's ``nlp.pipe`` with the same model over the same
texts, which every stage reading the parse needs once. The figure to watch is
the ratio (quotes / parse), since machines differ. Copy groups are the
reprints the generator planted, so that recovering a speaker through a copy is
part of the work measured.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import synthetic_setup  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    run = synthetic_setup(__doc__.split("\n")[0], argv)
    reports, documents, groups, parse_seconds = run.reports, run.documents, run.groups, run.parse_seconds

    from crosscheck.provenance import pronoun_speakers
    from crosscheck.quotes import extract_quotes
    from crosscheck.records import Sources

    start = time.perf_counter()
    quotes = extract_quotes(documents, [], groups, Sources(groups), pronouns=pronoun_speakers)  # as the pipeline
    quote_seconds = time.perf_counter() - start

    words = sum(len(d.text.split()) for d in documents)
    kinds = Counter(q.kind for q in quotes)
    bases = Counter(q.speaker_basis for q in quotes)
    print(f"{len(documents)} reports, {words:,} words, {len(groups)} copy groups")
    print(f"baseline spaCy parse (en_core_web_sm, 1 process): {parse_seconds:.2f} s "
          f"({len(documents) / parse_seconds:.0f} reports/s)")
    print(f"quotes stage on the cached parse:               {quote_seconds:.2f} s "
          f"({len(documents) / quote_seconds:.0f} reports/s)")
    print(f"ratio quotes / parse: {quote_seconds / parse_seconds:.2f}")
    print(f"quotes: {len(quotes)} ({dict(kinds)}); speaker basis: {dict(bases)}; "
          f"with a speaker: {sum(1 for q in quotes if q.speaker)}; "
          f"in more than one report: {sum(1 for q in quotes if len(q.documents) > 1)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
