"""Reports, system values and the gold of ``evaluation/data/real_timex.tsv`` (see the package doc)."""

from __future__ import annotations

import csv
import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path

from evaluation.real_stories import data

GOLD_TSV = Path(__file__).resolve().parents[1] / "data" / "real_timex.tsv"
RECALL_TSV = Path(__file__).resolve().parents[1] / "data" / "real_timex_recall.tsv"
FIELDS = ["id", "story", "doc", "ref", "start", "end", "text", "gold", "note"]


def half(story: str) -> str:
    """The gold's own dev/test split, by story: the non-sealed real stories in the order of a stable
    hash of their names, the first half dev, the rest test."""
    return "dev" if story in _dev_stories() else "test"


@lru_cache(maxsize=1)
def _dev_stories() -> frozenset[str]:
    names = sorted(data.story_names("all"), key=lambda n: hashlib.sha1(n.encode()).hexdigest())
    return frozenset(names[: len(names) // 2])


def anchor_of(story: dict, doc: str, ref: str) -> date | None:
    """The report's publication day as the gold gives it (first of a list), or Timeline17's given day."""
    if story["set"] == "t17":
        return date.fromisoformat(data.t17_report(ref)["published"][:10])
    published = story.get("documents", {}).get(doc, {}).get("published")
    if isinstance(published, list):
        published = published[0] if published else None
    return date.fromisoformat(published[:10]) if published else None


def reports(which: str = "all"):
    """(story name, doc, ref, text, anchor) of every dated report of the non-sealed real stories."""
    for name in data.story_names("all"):
        if which != "all" and half(name) != which:
            continue
        story = data.gold(name)
        for doc, ref in story["docs"]:
            anchor = anchor_of(story, doc, ref)
            if anchor is None:
                continue
            yield name, doc, ref, data.report_text(story["set"], ref), anchor


@lru_cache(maxsize=1)
def _nlp():
    from crosscheck.nlp import load_pipeline

    return load_pipeline()


def system(text: str, anchor: date) -> tuple[list[tuple[int, int]], dict[tuple[int, int], str]]:
    """The spans the time stage finds and the value it gives each ('none' when it drops one)."""
    from crosscheck.time import find_timexes
    from crosscheck.time.spans import find_spans

    doc = _nlp()(text)
    spans = [(s, e) for s, e, _ in find_spans(text, doc)]
    values = {(s, e): "none" for s, e in spans}
    for t in find_timexes(text, anchor, doc):
        values[(t.start, t.end)] = as_gold_value(t.type, t.value)
    return spans, values


def as_gold_value(kind: str, value: str) -> str:
    """A TIMEX3 type and value in the gold's terms: a date's ISO value, else 'none'."""
    if kind != "DATE" or not value or value[0] in "PX" or value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return "none"
    value = value.removesuffix("-WE")  # a weekend: its week
    if len(value) == 4 and value.endswith("X"):
        return "none"  # a decade: "the 1990s"
    if value[:4].isdigit() and len(value) in (4, 7, 8, 10) or "-W" in value:
        return value
    return "none"


def value_at(values: dict[tuple[int, int], str], start: int, end: int) -> str:
    """The system's value for the gold span: its own span there, else the span that overlaps it most
    (the stage may join "Thursday" and "morning" into one expression, or widen "November 2011" to
    "11 November 2011"); 'none' when no span overlaps it."""
    if (start, end) in values:
        return values[(start, end)]
    overlapping = [(min(e, end) - max(s, start), (s, e)) for s, e in values if s < end and start < e]
    return values[max(overlapping)[1]] if overlapping else "none"


def read_gold(path: Path = GOLD_TSV) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [row for row in csv.DictReader(f, delimiter="\t")]
