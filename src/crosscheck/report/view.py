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


def sentence_anchor(doc_id: str, index: int) -> str:
    return f"d-{doc_id}-s{index}"


class StoryView:
    """Lookups the templates need, computed once per story."""

    def __init__(self, story: dict[str, Any]):
        self.story = story
        self.documents = {d["id"]: d for d in story["documents"]}
        self._starts = {d["id"]: [s["start"] for s in d["sentences"]] for d in story["documents"]}
        self.entity_names = {e["id"]: e["name"] for e in story["entities"]}

    # ------------------------------------------------------------- lookups

    def label(self, doc_id: str) -> str:
        d = self.documents.get(doc_id)
        if d is None:
            return doc_id
        return d.get("outlet") or d.get("title") or d["source"]

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
        spans: list[tuple[int, int, str, str]] = []
        for q in self.story["quotes"]:
            if q["document"] == doc_id and q.get("end"):
                spans.append((q["start"], q["end"], "hl-quote", f"quote: {q.get('speaker') or 'unknown speaker'}"))
        for c in self.story["claims"]:
            if c["document"] == doc_id and c.get("end"):
                spans.append((c["start"], c["end"], "hl-claim", f"{c.get('subject') or 'quantity'}"))
        for t in self.story.get("time_expressions", []):
            if t["document"] == doc_id:
                spans.append((t["start"], t["end"], "hl-time", t["value"]))
        for e in self.story["entities"]:
            for m in e["mentions"]:
                if m["document"] == doc_id:
                    spans.append((m["start"], m["end"], f"hl-ent hl-{e['type'].lower()}", e["name"]))
        # Shorter spans inside longer ones are dropped: quotes first, they are longest.
        return sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))

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
    """A horizontal timeline of dated events, drawn as inline SVG (no scripts, no network)."""
    entries = [e for e in story["timeline"] if _date_key(e["date"]) is not None]
    if not entries:
        return Markup("")
    keys = [_date_key(e["date"]) for e in entries]
    lo, hi = min(keys), max(keys)
    span = max(hi - lo, 1)
    left, right, axis_y = 60, width - 60, 40
    row_height = 18
    rows_end: list[float] = []
    items = []
    for e, k in sorted(zip(entries, keys), key=lambda p: p[1]):
        x = left + (right - left) * (k - lo) / span
        label = e["text"][:60] + ("…" if len(e["text"]) > 60 else "")
        label_w = 6.2 * len(label)
        row = next((i for i, r_end in enumerate(rows_end) if r_end < x), None)
        if row is None:
            rows_end.append(x + label_w)
            row = len(rows_end) - 1
        else:
            rows_end[row] = x + label_w
        items.append((x, row, e, label))
    height = axis_y + 30 + row_height * max(len(rows_end), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Timeline of {len(entries)} events" class="timeline-svg">',
             f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="#555"/>',
             f'<text x="{left}" y="{axis_y - 12}" font-size="11">{escape(entries[0]["date"] if lo == keys[0] else _from_key(lo))}</text>',
             f'<text x="{right}" y="{axis_y - 12}" font-size="11" text-anchor="end">{escape(_from_key(hi))}</text>']
    for x, row, e, label in items:
        y = axis_y + 24 + row * row_height
        r = 3 + min(e.get("independent_sources", 1), 6)
        anchor = f"#ev-{escape(e.get('id', ''))}"
        parts.append(f'<a href="{anchor}"><circle cx="{x:.1f}" cy="{axis_y}" r="{r}" fill="#1f6feb">'
                     f'<title>{escape(e["date"])}: {escape(e["text"])}</title></circle>'
                     f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{y - 10}" stroke="#bbb"/>'
                     f'<text x="{x:.1f}" y="{y}" font-size="11">{escape(e["date"])} {escape(label)}</text></a>')
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
    """Places on an equirectangular world map, country outlines when available."""
    features = story["places"]["features"]
    if not features:
        return Markup("")
    try:
        from ..entities import world_map_svg  # country shapes shipped by a PyPI package
    except ImportError:
        world_map_svg = None
    if world_map_svg is not None:
        return Markup(world_map_svg(story_places=features, width=width, height=height))
    return Markup(_points_svg(features, width, height))


def _points_svg(features: list[dict[str, Any]], width: int, height: int) -> str:
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Map of {len(features)} places" class="map-svg">',
             f'<rect width="{width}" height="{height}" fill="#eef4fa"/>']
    for lon in range(-180, 181, 30):
        x = (lon + 180) / 360 * width
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#d0dae5"/>')
    for lat in range(-90, 91, 30):
        y = (90 - lat) / 180 * height
        parts.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#d0dae5"/>')
    for f in features:
        lon, lat = f["geometry"]["coordinates"]
        x, y = (lon + 180) / 360 * width, (90 - lat) / 180 * height
        name = escape(f["properties"]["name"])
        parts.append(f'<a href="#ent-{escape(f["properties"]["entity"])}"><circle cx="{x:.1f}" cy="{y:.1f}" r="4" '
                     f'fill="#d73a49"><title>{name}</title></circle>'
                     f'<text x="{x + 6:.1f}" y="{y + 4:.1f}" font-size="10">{name}</text></a>')
    parts.append("</svg>")
    return "".join(parts)
