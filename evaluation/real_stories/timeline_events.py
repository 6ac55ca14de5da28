"""Timeline events read alone: a small labelled check (issue 20, eighth session).

    python -m evaluation.real_stories.timeline_events --sample          # print the sample to label (terminal only)
    python -m evaluation.real_stories.timeline_events                   # score the current code on the labels
    python -m evaluation.real_stories.timeline_events --cache DIR       # ... or the runs kept in a cache folder

A reader meets a timeline event away from its report: it must stand alone ("Today, it finally got it." does
not) and tell something that happened in the story. The labels (``timeline_events_s8.tsv``: ids, offsets and
labels only, no text) were made by reading 100 events of the main code's timelines (f2dcbc8): 10 events drawn
at random (seed 20) from each of 10 dev stories with 10 events or more, from four public sets. Each event is
keyed by its story, the gold report of the sentence shown and the sentence's start offset, and labelled

- ``alone``: ``y`` when the sentence can be read alone (its subject and its time are in it: no opening
  pronoun or "But"/"It"/"Today" whose referent is in the sentence before, no quotation cut open, no
  headline glued to it), else ``n``;
- ``event``: ``y`` when it tells a happening of the story on its date (an act, a death, an announcement,
  a ruling, a count at a time), ``n`` for background years before the story, page furniture, a forecast
  or plan, a biography line.

The score reads the current code's timelines of the same 10 stories: of the events it shows, how many are
labelled, and of those the share that stands alone and the share that is a story event; and how many labelled
events (``alone`` and ``event`` both ``y``) it no longer shows (what a filter cost). Sentences shown now that
were not in the sample are listed with ``--unlabelled`` to be labelled in turn.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

LABELS = Path(__file__).with_name("timeline_events_s8.tsv")
STORIES = (
    "ecb-16plus-deputy-ortiz-killing", "ecb-19plus-brooklyn-police-shooting", "ecb-26plus-gigante-death",
    "ecb-40plus-wwdc-2012-macbooks", "wcl-1-comey-memos", "ecb-4ecb-bettie-page-death",
    "mn-73-parker-solar-probe", "mn-132-katriuk-death", "t17-bpoil-first-week", "t17-h1n1-outbreak",
)
PER_STORY = 10
SEED = 20


def _events(name: str, cache: str | None = None):
    """(gold doc, start, event) of each timeline event of the story, as the current code reports it (or as a run
    kept in ``cache``, a real-stories cache folder of one code version, reported it)."""
    from evaluation.real_stories.data import gold
    from evaluation.real_stories.run import run_story

    if cache:
        import json

        found = sorted(Path(cache).glob(f"{name}-*.json"))
        if len(found) != 1:
            raise SystemExit(f"{cache}: {len(found)} runs of {name} (one expected)")
        blob = json.loads(found[0].read_text(encoding="utf-8"))
        report, sources = blob["report"], blob["sources"]
    else:
        report, sources, _ = run_story(gold(name))
    out = []
    for e in report["timeline"]:
        head = (e.get("evidence") or [{}])[0]
        out.append((sources.get(head.get("document")), head.get("start"), e))
    return out


def read_labels() -> dict[tuple[str, str, int], tuple[str, str]]:
    if not LABELS.exists():
        return {}
    with LABELS.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(r["story"], r["doc"], int(r["start"])): (r["alone"], r["event"]) for r in rows}


def sample(cache: str | None = None) -> int:
    rng = random.Random(SEED)
    for name in STORIES:
        events = _events(name, cache)
        picked = sorted(rng.sample(range(len(events)), min(PER_STORY, len(events))))
        for i in picked:
            doc, start, e = events[i]
            print(f"{name}\t{doc}\t{start}\t{e['date']}\t{e['text']}")
    return 0


def score(show_unlabelled: bool = False, cache: str | None = None) -> int:
    labels = read_labels()
    shown = 0
    tally = {"main": [0, 0, 0], "background": [0, 0, 0]}  # labelled, alone, event
    kept: set[tuple[str, str, int]] = set()
    unlabelled = []
    for name in STORIES:
        for doc, start, e in _events(name, cache):
            shown += 1
            key = (name, doc, start)
            kept.add(key)
            if key not in labels:
                unlabelled.append((name, doc, start, e))
                continue
            t = tally["background" if e.get("background") else "main"]
            t[0] += 1
            t[1] += labels[key][0] == "y"
            t[2] += labels[key][1] == "y"
    good = {k for k, (a, ev) in labels.items() if a == "y" and ev == "y"}
    n = tally["main"][0] + tally["background"][0]
    print(f"{len(STORIES)} stories: {shown} events shown, {n} of them labelled ({len(labels)} labels)")
    for part, (k, alone, event) in tally.items():
        if k:
            print(f"  {part:<10} list: {k} labelled; stand alone {alone}/{k} = {alone / k:.2f}; "
                  f"story events {event}/{k} = {event / k:.2f}")
    print(f"labelled events that stand alone and are story events: {len(good & kept)}/{len(good)} still shown")
    from crosscheck.furniture import stands_alone

    texts = {(name, doc, start): e["text"] for name in STORIES for doc, start, e in _events(name, cache)}
    judged = [(labels[k][0] == "y", stands_alone(texts[k])) for k in labels if k in texts]
    if judged:
        tp = sum(1 for gold, got in judged if gold and got)
        print(f"stands_alone against the labels (events shown): agrees on {sum(g == x for g, x in judged)}/{len(judged)}; "
              f"of those it keeps, {tp}/{sum(x for _, x in judged)} stand alone")
    if show_unlabelled:
        for name, doc, start, e in unlabelled:
            print(f"{name}\t{doc}\t{start}\t{e['date']}\t{e['text']}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.real_stories.timeline_events", description=__doc__)
    ap.add_argument("--sample", action="store_true", help="print the events to label (never into the repository)")
    ap.add_argument("--unlabelled", action="store_true", help="also list the events shown that are not labelled")
    ap.add_argument("--cache", help="read the runs kept in this real-stories cache folder (one code version) instead")
    args = ap.parse_args(argv)
    return sample(args.cache) if args.sample else score(args.unlabelled, args.cache)


if __name__ == "__main__":
    sys.exit(main())
