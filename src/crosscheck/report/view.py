"""From the story dictionary to what a page shows: anchors, highlighted text, SVG.

Everything that reaches HTML from an article is escaped here or by Jinja's
autoescape; the only markup built by hand is built from escaped pieces.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from html import escape
from typing import Any

from markupsafe import Markup

from ..labels import short_label, source_name  # noqa: F401  (re-exported: exports, templates)
from ..plural import counted


def sentence_anchor(doc_id: str, index: int) -> str:
    return f"d-{doc_id}-s{index}"


class StoryView:
    """Lookups the templates need, computed once per story."""

    def __init__(self, story: dict[str, Any]):
        self.story = story
        self.documents = {d["id"]: d for d in story["documents"]}
        self._starts = {d["id"]: [s["start"] for s in d["sentences"]] for d in story["documents"]}
        self.entity_names = {e["id"]: e["name"] for e in story["entities"]}
        self._spans_by_document: dict[str, list[tuple[int, int, str, str]]] | None = None
        self._number = {d["id"]: n for n, d in enumerate(story["documents"], start=1)}
        self._label_count: Counter | None = None

    # ------------------------------------------------------------- lookups

    def label(self, doc_id: str) -> str:
        """A citation: the outlet and the day, or the file name; never a machine path. Where several reports would
        read alike ("BBC, 2011-11-29" for three BBC reports of a day: CITE-AMBIG, review s9), each adds its number in
        the Reports list ("BBC, 2011-11-29 #3"), so a citation can be followed to the one report it means."""
        plain = self._plain_label(doc_id)
        return f"{plain} #{self.number(doc_id)}" if self._shared[plain] > 1 else plain

    def number(self, doc_id: str) -> int:
        """The report's number in the Reports list (1 for the first)."""
        return self._number.get(doc_id, 0)

    def _plain_label(self, doc_id: str) -> str:
        d = self.documents.get(doc_id)
        if d is None:
            return doc_id
        return short_label(d["source"], d.get("outlet"), (d.get("published") or {}).get("date"))

    @property
    def _shared(self) -> Counter:
        if self._label_count is None:
            self._label_count = Counter(self._plain_label(d["id"]) for d in self.story["documents"])
        return self._label_count

    def cite_groups(self, doc_ids: list[str]) -> list[tuple[str, list[str]]]:
        """Reports by their plain citation label, in first-seen order: two reports of one outlet and day cite once,
        with each report's number ("[BBC, 2011-11-29 #2, #3]")."""
        groups: dict[str, list[str]] = {}
        for i in dict.fromkeys(doc_ids):  # a report cited twice is one citation
            groups.setdefault(self._plain_label(i), []).append(i)
        return list(groups.items())

    def cite_text(self, doc_ids: list[str]) -> list[str]:
        """``cite_groups`` as plain text, one string a group: "BBC, 2011-11-29 #2, #3", "Reuters, 2011-11-30"."""
        out = []
        for plain, group in self.cite_groups(doc_ids):
            if self._shared[plain] > 1:
                plain += " " + ", ".join(f"#{self.number(i)}" for i in group)
            out.append(plain)
        return out

    def source_name(self, doc_id: str) -> str:
        """Where a report came from, shown without the folders above it: its URL or its file name."""
        d = self.documents.get(doc_id)
        return source_name(d["source"]) if d else doc_id

    def published(self, doc_id: str) -> str:
        d = self.documents.get(doc_id)
        if not d:
            return ""
        p = d["published"]
        if p["date"]:
            return p["date"]
        if p["earliest"] or p["latest"]:
            return f"{p['earliest'] or '…'} – {p['latest'] or '…'} ({p['basis']})"
        return "undated"

    def sentence_of(self, doc_id: str, offset: int | None) -> int | None:
        if offset is None or doc_id not in self._starts:
            return None
        starts = self._starts[doc_id]
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 else None

    def sentence_matching(self, doc_id: str, text: str) -> int | None:
        """The sentence of a document that holds ``text`` (evidence without offsets)."""
        d = self.documents.get(doc_id)
        if not d or not text:
            return None
        probe = text.strip()[:80]
        for i, s in enumerate(d["sentences"]):
            if probe and (probe in s["text"] or s["text"] in text):
                return i
        position = d["text"].find(probe)
        return self.sentence_of(doc_id, position) if position >= 0 else None

    def link(self, doc_id: str, offset: int | None = None, text: str | None = None) -> str:
        index = self.sentence_of(doc_id, offset) if offset is not None else None
        if index is None and text:
            index = self.sentence_matching(doc_id, text)
        return "#" + (sentence_anchor(doc_id, index) if index is not None else f"d-{doc_id}")

    # ------------------------------------------------------ highlighted text

    def highlighted_text(self, doc_id: str) -> Markup:
        """The cleaned text, each sentence anchored, each found item highlighted."""
        d = self.documents[doc_id]
        text = d["text"]
        spans = self._spans(doc_id)
        out: list[str] = []
        cursor = 0
        for index, s in enumerate(d["sentences"]):
            out.append(escape(text[cursor:s["start"]]))
            out.append(f'<span class="sent" id="{sentence_anchor(doc_id, index)}">')
            out.append(_mark_spans(text, s["start"], s["end"], spans))
            out.append("</span>")
            cursor = s["end"]
        out.append(escape(text[cursor:]))
        return Markup("".join(out))

    def _spans(self, doc_id: str) -> list[tuple[int, int, str, str]]:
        if self._spans_by_document is None:
            self._spans_by_document = self._index_spans()
        spans = self._spans_by_document.get(doc_id, [])
        # Shorter spans inside longer ones are dropped: quotes first, they are longest.
        return sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))

    def _index_spans(self) -> dict[str, list[tuple[int, int, str, str]]]:
        """Every highlighted item of the story by report, in one pass (a page of every
        report's text would otherwise rescan the whole story once per report)."""
        out: dict[str, list[tuple[int, int, str, str]]] = {}
        for q in self.story["quotes"]:
            if q.get("end"):
                out.setdefault(q["document"], []).append(
                    (q["start"], q["end"], "hl-quote", f"quote: {q.get('speaker') or 'unknown speaker'}"))
        for c in self.story["claims"]:
            if c.get("end"):
                out.setdefault(c["document"], []).append((c["start"], c["end"], "hl-claim", f"{c.get('subject') or 'quantity'}"))
        for t in self.story.get("time_expressions", []):
            out.setdefault(t["document"], []).append((t["start"], t["end"], "hl-time", t["value"]))
        for e in self.story["entities"]:
            for m in e["mentions"]:
                out.setdefault(m["document"], []).append((m["start"], m["end"], f"hl-ent hl-{e['type'].lower()}", e["name"]))
        return out

    # ---------------------------------------------------------- groupings

    def quotes_by_speaker(self) -> list[tuple[str, list[dict[str, Any]]]]:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for q in self.story["quotes"]:
            groups[q.get("speaker") or "Unattributed"].append(q)
        return sorted(groups.items(), key=lambda kv: (kv[0] == "Unattributed", -len(kv[1]), kv[0]))

    def entities_by_type(self) -> list[tuple[str, list[dict[str, Any]]]]:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in self.story["entities"]:
            groups[e["type"]].append(e)
        order = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"]
        return sorted(((t, sorted(es, key=lambda e: -len(e["mentions"]))) for t, es in groups.items()),
                      key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0]))


def _mark_spans(text: str, start: int, end: int, spans: list[tuple[int, int, str, str]]) -> str:
    out: list[str] = []
    cursor = start
    for s_start, s_end, css, title in spans:
        if s_start < cursor or s_start < start or s_end > end or s_end <= s_start:
            continue  # overlaps an earlier highlight or crosses the sentence
        out.append(escape(text[cursor:s_start]))
        out.append(f'<mark class="{css}" title="{escape(title)}">{escape(text[s_start:s_end])}</mark>')
        cursor = s_end
    out.append(escape(text[cursor:end]))
    return "".join(out)


# --------------------------------------------------------------- timeline SVG


def timeline_svg(story: dict[str, Any], width: int = 900) -> Markup:
    """A horizontal timeline of dated events, drawn as inline SVG (no scripts, no network).

    The axis spans the story's main period: events far before it (background such as
    "the worst since 2009") are listed under the chart, not allowed to squash it.
    """
    dated = [(e, _date_key(e["date"])) for e in story["timeline"]]
    dated = [(e, k) for e, k in dated if k is not None]
    if not dated:
        return Markup("")
    keys = sorted(k for _, k in dated)
    median = keys[len(keys) // 2]
    main = [(e, k) for e, k in dated if abs(k - median) <= 120]  # within four months of the story's centre
    background = len(dated) - len(main)
    lo, hi = min(k for _, k in main), max(k for _, k in main)
    span = max(hi - lo, 1)
    left, right, axis_y, row_height = 20, width - 20, 40, 18
    rows_end: list[float] = []
    items = []
    for e, k in sorted(main, key=lambda p: p[1]):
        x = left + (right - left) * (k - lo) / span
        label = f'{e["date"]} {e["text"]}'
        label = label[:70] + ("…" if len(label) > 70 else "")
        label_w = 6.0 * len(label)
        anchor_end = x + label_w > right  # labels near the right edge grow leftwards
        x0, x1 = (x - label_w, x) if anchor_end else (x, x + label_w)
        row = next((i for i, r_end in enumerate(rows_end) if r_end < x0), None)
        if row is None:
            rows_end.append(x1 + 8)
            row = len(rows_end) - 1
        else:
            rows_end[row] = x1 + 8
        items.append((x, row, e, label, anchor_end))
    height = axis_y + 30 + row_height * max(len(rows_end), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Timeline of {len(main)} events" class="timeline-svg">',
             f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="#555"/>',
             f'<text x="{left}" y="{axis_y - 12}" font-size="11">{escape(_from_key(lo))}</text>',
             f'<text x="{right}" y="{axis_y - 12}" font-size="11" text-anchor="end">{escape(_from_key(hi))}</text>']
    if background:
        parts.append(f'<text x="{width / 2:.0f}" y="{axis_y - 12}" font-size="11" text-anchor="middle" fill="#6a737d">'
                     f'{counted(background, "earlier or later event")} listed below</text>')
    for x, row, e, label, anchor_end in items:
        y = axis_y + 24 + row * row_height
        r = 3 + min(e.get("independent_sources", 1), 6)
        anchor = f"#ev-{escape(e.get('id', ''))}"
        parts.append(f'<a href="{anchor}"><circle cx="{x:.1f}" cy="{axis_y}" r="{r}" fill="#1f6feb">'
                     f'<title>{escape(e["date"])}: {escape(e["text"])}</title></circle>'
                     f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{y - 10}" stroke="#bbb"/>'
                     f'<text x="{x:.1f}" y="{y}" font-size="11" text-anchor="{"end" if anchor_end else "start"}">'
                     f'{escape(label)}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _date_key(value: str) -> float | None:
    from datetime import date

    try:
        parts = value.split("-")
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        d = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return date(y, m, d).toordinal()
    except (ValueError, IndexError):
        return None


def _from_key(key: float) -> str:
    from datetime import date

    return date.fromordinal(int(key)).isoformat()


# ---------------------------------------------------------------------- map


def map_svg(story: dict[str, Any], width: int = 720, height: int = 360) -> Markup:
    """The story's places on a map (no tiles, no network)."""
    features = story["places"]["features"]
    if not features:
        return Markup("")
    from .mapview import story_map_svg

    return story_map_svg(story)


def _points_svg(features: list[dict[str, Any]], width: int, height: int) -> str:
    """Places on an equirectangular graticule, zoomed to the story's region."""
    lons = [f["geometry"]["coordinates"][0] for f in features]
    lats = [f["geometry"]["coordinates"][1] for f in features]
    pad = 8.0
    west, east = max(min(lons) - pad, -180), min(max(lons) + pad, 180)
    south, north = max(min(lats) - pad, -90), min(max(lats) + pad, 90)
    # Keep degrees square: widen the narrower side.
    if (east - west) / width < (north - south) / height:
        extra = ((north - south) * width / height - (east - west)) / 2
        west, east = west - extra, east + extra
    else:
        extra = ((east - west) * height / width - (north - south)) / 2
        south, north = south - extra, north + extra

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * width, (north - lat) / (north - south) * height

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Map of {len(features)} places" class="map-svg">',
             f'<rect width="{width}" height="{height}" fill="#eef4fa"/>']
    step = 5 if east - west <= 60 else 15 if east - west <= 180 else 30
    for lon in range(int(west // step * step), int(east) + 1, step):
        x, _ = xy(lon, 0)
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#d0dae5"/>'
                     f'<text x="{x + 2:.1f}" y="{height - 4}" font-size="9" fill="#8a99a8">{lon}°</text>')
    for lat in range(int(south // step * step), int(north) + 1, step):
        _, y = xy(0, lat)
        parts.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#d0dae5"/>'
                     f'<text x="2" y="{y - 2:.1f}" font-size="9" fill="#8a99a8">{lat}°</text>')
    for f in sorted(features, key=lambda f: -f["properties"]["mentions"]):
        x, y = xy(*f["geometry"]["coordinates"])
        p = f["properties"]
        name = escape(p["name"])
        r = 4 + min(p["mentions"], 10) / 2
        parts.append(f'<a href="#ent-{escape(p["entity"])}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                     f'fill="#d73a49" fill-opacity="0.8"><title>{name} ({escape(p.get("feature") or "")}, '
                     f'{counted(p["mentions"], "mention")})</title></circle>'
                     f'<text x="{x + r + 3:.1f}" y="{y + 4:.1f}" font-size="12">{name}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------- updates and the timeline by day (issue 20)


def update_svg(update: dict[str, Any], labels: Any = None, width: int = 420, height: int = 140) -> Markup:
    """A figure that moved over the story's days as a small line chart (inline SVG, no network):
    one dot per report's value at its publication day, a range drawn as a bar, ``labels(doc_id)``
    naming each report in the dot's tooltip."""
    points = [(p, _date_key(p.get("published") or "")) for p in update.get("points", [])]
    points = [(p, k) for p, k in points if k is not None and p.get("value") is not None]
    if len(points) < 2:
        return Markup("")
    keys = [k for _, k in points]
    highs = [p.get("value_max") if p.get("value_max") is not None else p["value"] for p, _ in points]
    lo_k, hi_k = min(keys), max(keys)
    top = max(highs) or 1.0
    left, right, top_y, bottom_y = 48, width - 12, 14, height - 26

    def x(k: float) -> float:
        return left + (right - left) * (k - lo_k) / max(hi_k - lo_k, 1)

    def y(v: float) -> float:
        return bottom_y - (bottom_y - top_y) * v / top

    quantity = escape(update.get("quantity") or "figure")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="How the figure of {quantity} moved over {len(set(keys))} days" class="update-svg">',
             f'<line x1="{left}" y1="{bottom_y}" x2="{right}" y2="{bottom_y}" stroke="#555"/>',
             f'<line x1="{left}" y1="{top_y}" x2="{left}" y2="{bottom_y}" stroke="#555"/>',
             f'<text x="{left - 4}" y="{top_y + 4}" font-size="10" text-anchor="end">{escape(_number_label(top))}</text>',
             f'<text x="{left - 4}" y="{bottom_y}" font-size="10" text-anchor="end">0</text>',
             f'<text x="{left}" y="{height - 8}" font-size="10">{escape(_from_key(lo_k))}</text>',
             f'<text x="{right}" y="{height - 8}" font-size="10" text-anchor="end">{escape(_from_key(hi_k))}</text>']
    # The line joins each day's highest value: the figure as it stood that day.
    best: dict[float, float] = {}
    for (p, k), high in zip(points, highs):
        best[k] = max(best.get(k, 0.0), p["value"])
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(k):.1f},{y(v):.1f}" for i, (k, v) in enumerate(sorted(best.items())))
    parts.append(f'<path d="{path}" fill="none" stroke="#1f6feb" stroke-width="1.5"/>')
    for (p, k), high in zip(points, highs):
        who = labels(p["document"]) if labels else p["document"]
        tip = escape(f'{p.get("published")}: {p.get("text")} ({who})')
        if high != p["value"]:
            parts.append(f'<line x1="{x(k):.1f}" y1="{y(p["value"]):.1f}" x2="{x(k):.1f}" y2="{y(high):.1f}" '
                         f'stroke="#1f6feb" stroke-width="4" stroke-opacity="0.4"/>')
        marker = "none" if p.get("bound") in ("at_least", "at_most") else "#1f6feb"  # a bound, not a value
        parts.append(f'<circle cx="{x(k):.1f}" cy="{y(p["value"]):.1f}" r="4" fill="{marker}" stroke="#1f6feb">'
                     f'<title>{tip}</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _number_label(v: float) -> str:
    return f"{v:,.0f}" if v >= 10 or v == int(v) else f"{v:,.2g}"


def timeline_days(story: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The timeline's events grouped by their date as written (a day, a month, a year): the days of the
    story's main period first, in date order, then the background (dates outside it); in a day, the
    events told by the most independent sources first."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in story["timeline"]:
        groups[e["date"]].append(e)
    for events in groups.values():
        # ... an event told only by reports that look off the story last (issue 20, ``on_story``)
        events.sort(key=lambda e: (bool(e.get("off_story")), -(e.get("independent_sources") or 1),
                                   -len(e.get("documents") or ())))
    return sorted(groups.items(), key=lambda kv: (is_background_day(story, kv[0]), kv[0]))


def is_background_day(story: dict[str, Any], day: str) -> bool:
    """Is ``day`` outside the story's main period (the timeline list shows it after the others)?"""
    period = main_period(story)
    k = _date_key(day)
    return period is None or k is None or len(day) < 10 or not period[0] <= k <= period[1]


MAIN_GAP_DAYS = 10  # a stretch this long without a dated event ends the story's main period


def main_period(story: dict[str, Any]) -> tuple[float, float] | None:
    """The story's main period, as (first, last) day ordinals: from the day of the median event, the run
    of event days with no gap longer than ``MAIN_GAP_DAYS`` between them, widened to the key dates. A
    lone event weeks away (a broadcast date, a stale forecast, "in 2004") is background: it no longer
    stretches the chart until the story's weeks are a sliver of it (issue 20v)."""
    cache_key = (id(story["timeline"]), len(story["timeline"]), len(story.get("key_dates") or ()))
    cached = _PERIODS.get(id(story))
    if cached is not None and cached[0] == cache_key:
        return cached[1]
    counts: dict[float, int] = defaultdict(int)
    for e in story["timeline"]:
        if e.get("background") or e.get("off_story"):
            continue  # told of a date before the story (the time stage's reading; issue 20, eighth session), or only
            # by reports that look off the story (twenty-second session)
        k = _date_key(e["date"]) if len(e["date"]) == 10 else None
        if k is not None:
            counts[k] += 1
    period = None
    if counts:
        days = sorted(counts)
        weights = [k for k in days for _ in range(counts[k])]
        i = j = days.index(weights[len(weights) // 2])
        while i > 0 and days[i] - days[i - 1] <= MAIN_GAP_DAYS:
            i -= 1
        while j < len(days) - 1 and days[j + 1] - days[j] <= MAIN_GAP_DAYS:
            j += 1
        keys = [k for k in (_date_key(d["date"]) for d in story.get("key_dates") or []) if k is not None]
        period = (min([days[i], *keys]), max([days[j], *keys]))
    if len(_PERIODS) > 8:
        _PERIODS.clear()
    _PERIODS[id(story)] = (cache_key, period)
    return period


_PERIODS: dict[int, tuple[tuple, tuple[float, float] | None]] = {}


def timeline_day_styles(story: dict[str, Any]) -> Markup:
    """CSS that outlines the bar of the day shown alone (its list targeted), one rule a day (no script)."""
    rules = [f'#timeline:has(#day-{d}:target) .timeline-bars a[href="#day-{d}"] rect '
             f'{{ stroke: #111; stroke-width: 2; }}' for d, _ in timeline_days(story) if len(d) == 10
             and all(c.isdigit() or c == "-" for c in d)]
    return Markup(f"<style>{' '.join(rules)}</style>") if rules else Markup("")


def updates_in_order(story: dict[str, Any]) -> list[dict[str, Any]]:
    """The story's updates, the most reported progression first (a toll given by nine reports before a
    count given twice), then by the figure's name."""
    return sorted(story.get("updates") or [], key=lambda u: (-len(u.get("points") or ()), u.get("quantity") or ""))


from datetime import date  # noqa: E402  (the bar chart's week ticks)


def timeline_bars_svg(story: dict[str, Any], width: int = 900, height: int = 170) -> Markup:
    """Events per day as a bar chart (inline SVG, no scripts): one bar per day of the story's main
    period, its height the number of events dated that day, the key dates marked; each bar links
    to that day's list below (``#day-DATE``), which the page's CSS shows alone when targeted."""
    days = [(d, _date_key(d), len(es)) for d, es in timeline_days(story) if len(d) == 10]
    days = [(d, k, n) for d, k, n in days if k is not None]
    if not days:
        return Markup("")
    key_days = {k["date"] for k in story.get("key_dates", [])}
    period = main_period(story)
    main = [(d, k, n) for d, k, n in days if period is not None and period[0] <= k <= period[1]]
    if not main:
        return Markup("")
    # Every event listed under "Background" (a year, a month, a day far from the story: issue 20, eighth session).
    outside = sum(len(es) for d, es in timeline_days(story) if is_background_day(story, d))
    lo, hi = min(k for _, k, _ in main), max(k for _, k, _ in main)
    span = int(hi - lo) + 1
    left, right, top_y, bottom_y = 34, width - 10, 22, height - 34
    slot = (right - left) / span
    bar_w = max(min(slot * 0.8, 28), 1.5)
    most = max(n for _, _, n in main)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Events per day, {len(main)} days from {_from_key(lo)} to {_from_key(hi)}; '
             f'key dates marked" class="timeline-bars">',
             f'<line x1="{left}" y1="{bottom_y}" x2="{right}" y2="{bottom_y}" stroke="#555"/>',
             f'<text x="{left - 4}" y="{top_y + 4}" font-size="10" text-anchor="end">{most}</text>',
             f'<text x="{left - 4}" y="{bottom_y}" font-size="10" text-anchor="end">0</text>',
             f'<text x="{left}" y="{height - 18}" font-size="11">{escape(_from_key(lo))}</text>',
             f'<text x="{right}" y="{height - 18}" font-size="11" text-anchor="end">{escape(_from_key(hi))}</text>',
             f'<text x="{right}" y="12" font-size="10" text-anchor="end" fill="#6a737d">bar: events that day · '
             f'▼ key date · click a bar to list its events</text>']
    if outside:
        parts.append(f'<text x="{left}" y="12" font-size="10" fill="#6a737d">{counted(outside, "event")} on dates far '
                     f'from the story are listed below, as background</text>')
    # Week ticks under the axis (Mondays), thinned to stay apart; key-date labels likewise.
    step = max(1, int(60 // max(slot * 7, 1)) + 1) * 7
    first_monday = int(lo) + (7 - date.fromordinal(int(lo)).weekday()) % 7
    for tick in range(first_monday, int(hi) + 1, step):
        tx = left + slot * (tick - lo + 0.5)
        if left + 70 < tx < right - 70:
            parts.append(f'<line x1="{tx:.1f}" y1="{bottom_y}" x2="{tx:.1f}" y2="{bottom_y + 4}" stroke="#555"/>'
                         f'<text x="{tx:.1f}" y="{height - 18}" font-size="10" text-anchor="middle" fill="#444">'
                         f'{escape(_from_key(tick)[5:])}</text>')
    last_label = -1e9
    for d, k, n in main:
        cx = left + slot * (k - lo + 0.5)
        h = max((bottom_y - top_y) * n / most, 2)
        key = d in key_days
        fill = "#d73a49" if key else "#1f6feb"
        parts.append(f'<a href="#day-{escape(d)}"><rect x="{cx - bar_w / 2:.1f}" y="{bottom_y - h:.1f}" '
                     f'width="{bar_w:.1f}" height="{h:.1f}" fill="{fill}"><title>{escape(d)}: {counted(n, "event")}'
                     f'{" — key date" if key else ""}</title></rect>')
        if key:
            parts.append(f'<text x="{cx:.1f}" y="{bottom_y - h - 3:.1f}" font-size="10" text-anchor="middle" '
                         f'fill="#d73a49">▼</text>')
            if cx - last_label >= 34:  # labels of close key dates would overlap: the bar's tooltip has it
                parts.append(f'<text x="{cx:.1f}" y="{height - 4}" font-size="9" text-anchor="middle" '
                             f'fill="#d73a49">{escape(d[5:])}</text>')
                last_label = cx
        parts.append("</a>")
    parts.append("</svg>")
    return Markup("".join(parts))
