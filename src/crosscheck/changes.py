"""What changed: a digest of each update of a story (issue 17).

A story followed for days changes a little at a time. After each update (``update``:
new reports read, the stages rerun on what they change) the story's state is summed
up (``snapshot``: its reports, outlets, figures, conflicts, quotes and key dates, each
under a stable key) and compared with the state the last update left (``diff``). The
digest lists what is new or changed: reports and outlets added, figures new or changed,
conflicts new, changed or settled, quotes and key dates added. It is kept in the store
(table ``digests``), printed by ``crosscheck watch``, listed by ``crosscheck changes``
and shown on the web app's "since you last looked" page.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, Iterable

from .records import RawDocument, Skipped
from .store import Store

SECTIONS = ("reports", "outlets", "figures", "conflicts", "quotes", "key_dates")


def now() -> str:
    # Milliseconds: a page looked at and an update made within one second are still told apart.
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def readable_time(value: str | None) -> str:
    """An ISO time as people read it: '30 Nov 2026, 02:12:05 UTC' (as given when it is not ISO)."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return value
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return f"{when.day} {when:%b %Y, %H:%M:%S} UTC"


def parse_since(value: str) -> str:
    """An ISO time (UTC when no zone is given) or an age ('90m', '2h', '3d') to an ISO UTC time."""
    import re as _re
    from datetime import timedelta

    m = _re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*", value.lower())
    if m:
        unit = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[m.group(2)]
        return (datetime.now(timezone.utc) - timedelta(**{unit: float(m.group(1))})).isoformat(timespec="milliseconds")
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not a time: {value!r} (use e.g. 2026-03-14, 2026-03-14T09:00 or 2h)") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def update(store: Store, story: str, items: Iterable[RawDocument | Skipped], settings=None,
           progress=None, before: dict[str, Any] | None = None) -> dict[str, Any]:
    """Add reports to a story, rerun what they change, and keep the digest of what changed.

    Every write is its own transaction (reports, each stage, the digest): stopped at any
    point, the store holds the last complete state of each, and the next update's digest
    also lists what the interrupted one had added.
    """
    from . import pipeline

    settings = settings or pipeline.Settings()
    # Against the state the last digest left; with none yet, everything in the story is new (a story
    # ``analyze`` made, or an update stopped before its digest: what it had added is listed now).
    # ``before``: the state to compare with when the caller knows it better (a stream's story that
    # took reports before any digest of it: its state without them, ``snapshot(leave_out=...)``).
    before = store.last_state(story) or before or empty()
    summary = pipeline.ingest_raw(items, store, story, settings, progress)
    stages = pipeline.analyze_story(store, story, settings, progress) if store.document_ids(story) else []
    after = snapshot(store, story)
    result = diff(before, after)
    result["story"] = story
    result["stages"] = stages
    result["skipped"] = [{"source": s.source, "reason": s.reason} for s in summary.skipped if not s.ignored]
    if any(result[s] for s in SECTIONS) or store.last_state(story) is None:
        result["number"] = store.add_digest(story, result, after)
    return result


def empty() -> dict[str, Any]:
    return {"at": None, "reports": {}, "outlets": [], "figures": {}, "conflicts": {}, "quotes": {}, "key_dates": {}}


def snapshot(store: Store, story: str, leave_out: Iterable[str] = ()) -> dict[str, Any]:
    """The story's state, each item under a key that stays the same from update to update;
    without the reports ``leave_out`` names (and outlets only they bring)."""
    from .labels import short_label

    leave_out = set(leave_out)
    rows = [r for r in store.report_rows(story) if r[0] not in leave_out]  # (report, source, outlet, published)
    reports = {report: short_label(source, outlet, published) for report, source, outlet, published in rows}
    outlets = sorted({outlet for _, _, outlet, _ in rows if outlet is not None})
    return {
        "at": now(),
        "reports": reports,
        "outlets": outlets,
        "figures": {finding_key(f.explanation): f.explanation for f in store.load_agreements(story)},
        "conflicts": {finding_key(f.explanation): f.explanation for f in store.load_conflicts(story)},
        "quotes": {q.id: f"{q.speaker or 'Unattributed'}: “{q.text}”" for q in store.load_quotes(story)},
        "key_dates": {k.date: (k.sentences[0] if k.sentences else "") for k in store.load_key_dates(story)},
    }


def finding_key(explanation: str) -> str:
    """What a finding is about, without who says what: 'quantity: the death toll', 'date: the surge'."""
    # A date agreement ("3 independent sources agree on the day of “storm, landfall”: ...") is about a date, not a
    # quantity (issue 20: it was filed as "quantity: the day of ...").
    m = re.search(r"\bagree on the (day|year) of “(.+?)”", explanation)
    if m:
        return f"date: the {m.group(1)} of {m.group(2)}"
    m = re.search(r"\b(?:agree|disagree) on (.+?): ", explanation)
    if m:
        return "quantity: " + m.group(1)
    m = re.search(r"\(“(.+?)”\)", explanation)
    if m:
        return "date: " + m.group(1)
    return explanation[:120]


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """What ``after`` has that ``before`` had not, or had otherwise."""

    def added(section: str) -> list[str]:
        return [v for k, v in after[section].items() if k not in before[section]]

    def changed(section: str) -> list[dict[str, str]]:
        return [{"before": before[section][k], "now": v} for k, v in after[section].items()
                if k in before[section] and before[section][k] != v]

    reports = [{"id": k, "label": v} for k, v in after["reports"].items() if k not in before["reports"]]
    result = {
        "at": after["at"],
        "since": before.get("at"),
        "reports": reports,
        "outlets": [o for o in after["outlets"] if o not in set(before["outlets"])],
        "figures": {"new": added("figures"), "changed": changed("figures")},
        "conflicts": {"new": added("conflicts"), "changed": changed("conflicts"),
                      "settled": [v for k, v in before["conflicts"].items() if k not in after["conflicts"]]},
        "quotes": added("quotes"),
        "key_dates": [f"{k}: {v}" for k, v in after["key_dates"].items() if k not in before["key_dates"]],
    }
    for section in ("figures", "conflicts"):
        if not any(result[section].values()):
            result[section] = {}
    result["summary"] = summary(result)
    return result


def summary(d: dict[str, Any]) -> str:
    """One line: '3 new reports (2 new outlets), 1 new conflict, 2 new quotes'."""
    parts = []
    if d["reports"]:
        parts.append(_n(len(d["reports"]), "new report"))
    if d["outlets"]:
        parts.append(_n(len(d["outlets"]), "new outlet"))
    for section, word in (("figures", "figure"), ("conflicts", "conflict")):
        for kind, count in ((k, len(v)) for k, v in (d[section] or {}).items() if v):
            parts.append(_n(count, f"{kind} {word}") if kind != "new" else _n(count, f"new {word}"))
    if d["quotes"]:
        parts.append(_n(len(d["quotes"]), "new quote"))
    if d["key_dates"]:
        parts.append(_n(len(d["key_dates"]), "key date") + " added")
    return ", ".join(parts) or "nothing new"


def _n(count: int, noun: str) -> str:
    if count == 1:
        return f"1 {noun}"
    head, _, last = noun.rpartition(" ")
    plural = last + ("es" if last.endswith("s") else "s")
    return f"{count} {(head + ' ') if head else ''}{plural}"


def format_digest(d: dict[str, Any], limit: int = 10) -> str:
    """The digest as plain text for a terminal."""
    when = d.get("at") or ""
    lines = [f"{d.get('story', '')} @ {readable_time(when)}: {d.get('summary') or summary(d)}"]

    def block(title: str, items: list[str]) -> None:
        if not items:
            return
        lines.append(f"  {title}:")
        lines.extend(f"    - {_short(i)}" for i in items[:limit])
        if len(items) > limit:
            lines.append(f"    … and {len(items) - limit} more")

    block("new reports", [r["label"] for r in d["reports"]])
    block("new outlets", d["outlets"])
    for section in ("figures", "conflicts"):
        for kind, items in (d[section] or {}).items():
            texts = [i["now"] if isinstance(i, dict) else i for i in items]
            block(f"{kind} {section}", texts)
    block("new quotes", d["quotes"])
    block("key dates added", d["key_dates"])
    for s in d.get("skipped", []):
        lines.append(f"  skipped: {s['source']}: {s['reason']}")
    return "\n".join(lines)


def _short(text: str, width: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
