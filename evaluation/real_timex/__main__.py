from __future__ import annotations

import argparse
import sys

from evaluation.real_timex import __doc__ as DOC
from evaluation.real_timex.score import recall, score


def main() -> None:
    parser = argparse.ArgumentParser(description=DOC, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list each error")
    parser.add_argument("--recall", action="store_true", help="also the recall reports (every expression listed)")
    args = parser.parse_args()
    if args.split != "dev":
        print(f"note: reading the {args.split} half of the gold (say so in the results)", file=sys.stderr)
    result = score(args.split)
    print(f"real-news time expressions, {args.split}: {result['n']} expressions in {result['stories']} stories")
    print(f"  type accuracy (date / not a date)  {result['type']:.3f}")
    print(f"  value accuracy ({result['valued']} with a known value)  {result['value']:.3f}")
    print("  errors by (gold kind -> system kind): " + ", ".join(
        f"{g}->{s} {c}" for (g, s), c in result["confusion"].most_common()))
    if args.errors:
        for row, pred in result["errors"]:
            print(f"  {row['id']} {row['story']} {row['doc']} {row['text']!r:32} pub {row['published']}"
                  f"  gold {row['gold']} ({row['reading']})  system {pred}")

    if args.recall:
        r = recall()
        print(f"recall, {r['reports']} reports read whole (5 dev-half, 5 test-half): {r['n']} expressions a reader sees")
        print(f"  found (any overlap)  {r['found']:.3f}   dates found with the right value  "
              f"{r['date_recall']:.3f} of {r['dates']}")
        if args.errors:
            for row, got in r["missed"]:
                print(f"  {row['id']} {row['story']} {row['doc']} {row['text']!r:32} gold {row['gold']}  system {got}")


if __name__ == "__main__":
    main()
