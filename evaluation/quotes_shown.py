"""Quotes as a user sees them, scored against a labelled sample (issue 20, item 8, seventh session).

The sample (evaluation/data/quotes_shown_s7.tsv) holds ids and labels only: story, report file, the quote's
offsets and kind as the quotes stage showed it at commit e996594, a label (q: a quotation of speech, writing or a
stated belief; n: not one; g: a quotation whose shown text is garbled) and the speaker as a key (lowercase word(s)
that the right speaker's name holds, alternatives split by "|"). How it was labelled: evaluation/data/QUOTES_SHOWN_S7.md.

Run the story first (`python -m crosscheck analyze <in> --out <root>/<story>/out`), then

    python -m evaluation.quotes_shown --root /tmp/20q --root /tmp/review-s7
    python -m evaluation.quotes_shown --sample s9 --root /tmp/20q

(s9: the 208 quotes of the ninth session's review stories, evaluation/data/QUOTES_SHOWN_S9.md; its label d is a
quotation shown a second time inside another shown quote of the same words, QUOTE-DUP.)

which runs the current quotes code on each analysed story's stored reports, entities and copies and prints, per
story and per group (dev / held-out): shown labelled quotes, precision (labelled q among those shown, a nested duplicate left out), speaker
accuracy (right speaker among shown q), unattributed q, q lost (labelled q no longer shown), folded (a labelled q
shown inside a longer quote of the same report, issue 20q), new (shown, unlabelled).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

SAMPLES = {"s7": Path(__file__).parent / "data" / "quotes_shown_s7.tsv",
           "s9": Path(__file__).parent / "data" / "quotes_shown_s9.tsv"}
HELD_OUT = ("mn-72-shutdown-2013-eve", "wcl-1-comey-memos")


def shown(story_dir: Path) -> list[dict]:
    """The quotes the current code shows for an analysed story (its store in ``story_dir/out``)."""
    from crosscheck import quotes
    from crosscheck.provenance import pronoun_speakers
    from crosscheck.store import Store

    store = Store(story_dir / "out" / "crosscheck.sqlite", readonly=True)
    story = store.db.execute("select name from stories").fetchone()[0]
    docs = store.load_documents(story)
    found = quotes.extract_quotes(docs, store.load_entities(story), store.load_copy_groups(story),
                                  store.load_sources(story, docs), pronouns=pronoun_speakers)  # as the pipeline
    name = {d.id: d.source.replace("\\", "/").rsplit("/", 1)[-1] for d in docs}
    return [dict(document=name[q.document], start=q.start, end=q.end, kind=q.kind, speaker=q.speaker) for q in found]


def _right(speaker: str | None, key: str) -> bool:
    if key == "NONE":
        return speaker is None
    return speaker is not None and any(k in speaker.lower() for k in key.split("|"))


def score(rows: list[dict], labels: list[dict]) -> dict:
    """Counts for one story: ``rows`` shown now, ``labels`` its labelled sample."""
    used: set[int] = set()
    c = dict(labelled=len(labels), shown=0, q=0, n=0, g=0, d=0, right=0, unattributed=0, lost=0, folded=0, new=0)
    for lab in labels:
        a, b = int(lab["start"]), int(lab["end"])
        hit = next((i for i, r in enumerate(rows) if i not in used and r["document"] == lab["document"]
                    and r["kind"] == lab["kind"] and r["start"] < b and a < r["end"]), None)
        if hit is None:
            # a quoted phrase now shown inside the reported clause around it (quotes.found.outermost): its words are
            # still shown, once, not lost (the clause may stop before the phrase's full stop: 'were "nuts."')
            inside = any(r["document"] == lab["document"] and r["start"] <= a and b <= r["end"] + 1 for r in rows)
            c["folded" if inside else "lost"] += lab["label"] == "q"
            continue
        used.add(hit)
        c["shown"] += 1
        c[lab["label"]] += 1
        if lab["label"] == "q":
            sp = rows[hit]["speaker"]
            c["right"] += _right(sp, lab["speaker_key"])
            c["unattributed"] += sp is None and lab["speaker_key"] != "NONE"
    c["new"] = len(rows) - len(used)
    return c


def _line(name: str, c: dict) -> str:
    p = c["q"] / (c["shown"] - c["d"]) if c["shown"] > c["d"] else 0.0
    acc = c["right"] / c["q"] if c["q"] else 0.0
    return (f"| {name} | {c['labelled']} | {c['shown']} | {p:.2f} | {acc:.2f} ({c['right']}/{c['q']}) | "
            f"{c['unattributed']} | {c['n']} | {c['g']} | {c['d']} | {c['lost']} | {c['folded']} | {c['new']} |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", action="append", required=True, help="folder holding <story>/out (repeatable)")
    ap.add_argument("--sample", choices=sorted(SAMPLES), default="s7", help="the labelled sample to score")
    args = ap.parse_args(argv)
    labels: dict[str, list[dict]] = {}
    with open(SAMPLES[args.sample], newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            labels.setdefault(row["story"], []).append(row)
    print("| story | labelled | still shown | precision (is a quote) | speaker right | unattributed | non-quotes "
          "shown | garbled shown | nested duplicates shown | quotes lost | folded into a shown clause | shown, unlabelled |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    groups: dict[str, dict] = {}
    for story, labs in labels.items():
        story_dir = next((Path(r) / story for r in args.root if (Path(r) / story / "out").exists()), None)
        if story_dir is None:
            print(f"| {story} | not analysed under {args.root} |")
            continue
        c = score(shown(story_dir), labs)
        print(_line(story, c))
        g = groups.setdefault("held-out" if story in HELD_OUT else "dev", dict.fromkeys(c, 0))
        for k, v in c.items():
            g[k] += v
    for name, c in groups.items():
        print(_line(f"**{name}**", c))


if __name__ == "__main__":
    main()
