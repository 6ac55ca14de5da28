"""Score the time stage against the gold of ``evaluation/data/real_timex.tsv``."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from evaluation.real_stories import data
from evaluation.real_timex.core import GOLD_TSV, half, read_gold, system, value_at

UNKNOWN = "date?"  # a date whose value the text does not give ("the next day" of an undated event)


def system_values(rows: list[dict]) -> dict[str, str]:
    """Row id -> the time stage's value ('none' when it finds no date there)."""
    by_report: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_report[(row["story"], row["doc"])].append(row)
    out = {}
    for (story, doc), items in by_report.items():
        gold = data.gold(story)
        ref = dict(gold["docs"])[doc]
        text = data.report_text(gold["set"], ref)
        _, values = system(text, date.fromisoformat(items[0]["published"]))
        for row in items:
            start, end = int(row["start"]), int(row["end"])
            if text[start:end].replace("\n", " ") != row["text"]:
                raise SystemExit(f"{row['id']}: the report's text moved; the gold offsets no longer hold")
            out[row["id"]] = value_at(values, start, end)
    return out


def kind(value: str) -> str:
    if value == "none":
        return "none"
    if value == UNKNOWN:
        return "date"
    if "-W" in value:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "other")


def score(split: str = "dev", rows: list[dict] | None = None, max_reports: int | None = None) -> dict:
    """Type and value accuracy on a half of the gold; ``max_reports``: only the rows of its first N
    reports (the gate's fast subset)."""
    rows = [r for r in (rows or read_gold(GOLD_TSV)) if split == "all" or half(r["story"]) == split]
    if max_reports is not None:
        keep = list(dict.fromkeys((r["story"], r["doc"]) for r in rows))[:max_reports]
        rows = [r for r in rows if (r["story"], r["doc"]) in set(keep)]
    sys_values = system_values(rows)
    n = type_ok = value_ok = valued = 0
    errors = []
    confusion: Counter = Counter()
    for row in rows:
        gold, pred = row["gold"], sys_values[row["id"]]
        n += 1
        same_type = (gold == "none") == (pred == "none")
        type_ok += same_type
        if gold == UNKNOWN:
            if not same_type:
                errors.append((row, pred))
            continue
        valued += 1
        if same_type and (gold == "none" or gold == pred):
            value_ok += 1
        else:
            errors.append((row, pred))
            confusion[(kind(gold), kind(pred))] += 1
    return {"split": split, "n": n, "stories": len({r["story"] for r in rows}), "type": type_ok / n if n else 0.0,
            "value": value_ok / valued if valued else 0.0, "valued": valued, "errors": errors, "confusion": confusion}


def recall(rows: list[dict] | None = None) -> dict:
    """Of every time expression a reader sees in the recall reports (``real_timex_recall.tsv``), how
    many the stage finds (any overlapping span), and of the dates, how many it finds with the right value."""
    from evaluation.real_timex.core import RECALL_TSV

    rows = rows or read_gold(RECALL_TSV)
    by_report: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_report[(row["story"], row["doc"])].append(row)
    found = dates = dates_right = 0
    missed = []
    for (story, doc), items in by_report.items():
        gold = data.gold(story)
        text = data.report_text(gold["set"], dict(gold["docs"])[doc])
        spans, values = system(text, date.fromisoformat(items[0]["published"]))
        for row in items:
            start, end = int(row["start"]), int(row["end"])
            hit = any(s < end and start < e for s, e in spans)
            found += hit
            if row["gold"] != "none":
                dates += 1
                right = hit and value_at(values, start, end) == row["gold"]
                dates_right += right
                if not right:
                    missed.append((row, value_at(values, start, end) if hit else "not found"))
            elif not hit:
                missed.append((row, "not found"))
    return {"n": len(rows), "reports": len(by_report), "found": found / len(rows), "dates": dates,
            "date_recall": dates_right / dates if dates else 0.0, "missed": missed}
