"""Speed of the claims and reconcile stages on synthetic reports, beside the baselines.

    python bench/bench_claims.py --reports 1000 --quantulum-reports 100

Both stages run on the shared spaCy parse (crosscheck.nlp), so the first baseline
in the same run is that parse: ``nlp.pipe`` with the same model over the same
texts. The second is quantulum3 (if installed), the rule-and-classifier quantity
extractor the issue asks to measure, over the first ``--quantulum-reports`` of the
same texts (it is slow; its rate is per report, so the figures compare). Reconcile
runs with no publication dates, so every figure of a subject is compared with every
other (its worst case); copy groups are the reprints the generator planted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import synthetic_setup  # noqa: E402


def quantulum_seconds(texts: list[str]) -> tuple[float, int] | None:
    """Seconds quantulum3 takes to parse ``texts``, and what it finds; None if not installed."""
    try:
        import sklearn
        from quantulum3 import classifier, parser
    except ImportError:
        return None
    # Its shipped classifier is pickled by one scikit-learn version; retrain once for this one.
    path = Path.home() / ".cache" / "crosscheck" / f"quantulum3-clf-sklearn-{sklearn.__version__}.joblib"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        classifier.train_classifier(store=True, output_path=str(path), n_jobs=1)
    parser.parse("warm up: 5 km", classifier_path=str(path))
    start = time.perf_counter()
    found = sum(len(parser.parse(t, classifier_path=str(path))) for t in texts)
    return time.perf_counter() - start, found


def main(argv: list[str] | None = None) -> int:
    run = synthetic_setup(__doc__.split("\n")[0], argv, extra={"quantulum-reports": 100})
    args, reports, documents, groups, parse_seconds = run.args, run.reports, run.documents, run.groups, run.parse_seconds

    from crosscheck.claims import extract_claims
    from crosscheck.reconcile import reconcile_claims
    from crosscheck.records import Sources

    start = time.perf_counter()
    claims = extract_claims(documents)  # reads the cached parse
    claims_seconds = time.perf_counter() - start

    start = time.perf_counter()
    agreements, conflicts = reconcile_claims(claims, Sources(groups), {r["id"]: r["outlet"] for r in reports})
    reconcile_seconds = time.perf_counter() - start

    n = len(documents)
    words = sum(len(d.text.split()) for d in documents)
    print(f"{n} reports, {words:,} words, {len(groups)} copy groups")
    print(f"baseline spaCy parse (en_core_web_sm, 1 process): {parse_seconds:8.2f} s ({n / parse_seconds:7.1f} reports/s)")
    print(f"claims stage on the cached parse:                {claims_seconds:8.2f} s ({n / claims_seconds:7.1f} reports/s)")
    print(f"reconcile stage ({len(claims):,} claims, no dates):       {reconcile_seconds:8.2f} s "
          f"({n / reconcile_seconds:7.1f} reports/s)")
    print(f"ratio (claims + reconcile) / parse: {(claims_seconds + reconcile_seconds) / parse_seconds:.2f}")
    print(f"claims: {len(claims):,}; agreements: {len(agreements)}; conflicts: {len(conflicts)}")
    q = quantulum_seconds([r["text"] for r in reports[:args.quantulum_reports]])
    if q is None:
        print("quantulum3: not installed (pip install quantulum3)")
    else:
        seconds, found = q
        m = min(args.quantulum_reports, n)
        print(f"baseline quantulum3 parse of the first {m} reports:  {seconds:8.2f} s ({m / seconds:7.1f} reports/s), "
              f"{found:,} quantities; claims stage per report is {(m / seconds) and (n / claims_seconds) / (m / seconds):.1f}x "
              f"its rate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
