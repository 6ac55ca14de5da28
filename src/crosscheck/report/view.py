"""From the story dictionary to what a page shows: anchors, highlighted text, SVG.

Everything that reaches HTML from an article is escaped here or by Jinja's
autoescape; the only markup built by hand is built from escaped pieces.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from html import escape
from typing import Any

from markupsafe import Markup

from ..labels import short_label, source_name  # noqa: F401  (re-exported: exports, templates)


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

    # ------------------------------------------------------------- lookups

    def label(self, doc_id: str) -> str:
        """A citation: the outlet and the day, or the file name; never a machine path."""
        d = self.documents.get(doc_id)
        if d is None:
            return doc_id
        return short_label(d["source"], d.get("outlet"), (d.get("published") or {}).get("date"))

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
                     f'{background} earlier or later event(s) listed below</text>')
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
                     f'{p["mentions"]} mention(s))</title></circle>'
                     f'<text x="{x + r + 3:.1f}" y="{y + 4:.1f}" font-size="12">{name}</text></a>')
    parts.append("</svg>")
    return "".join(parts)
