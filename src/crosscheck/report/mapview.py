"""The story map: countries and coastlines (Natural Earth) and the story's places, as inline SVG.

Zoomed to the story's places; each point sized by the independent sources that
name it, linked to its entry in the place list (its mentions and why it was put
there); labels placed where they overlap neither another label nor a point, and
left to the point's tooltip and the list when no place is free.
"""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape

from ..plural import counted
from . import basemap

SEA, LAND, STORY_LAND, BORDER = "#d9e7f2", "#f7f5ef", "#efe6cf", "#8c9aa8"


def view_box(points: list[tuple[float, float]], width: int, height: int
             ) -> tuple[tuple[float, float, float, float], Any]:
    """The (west, south, east, north) the map shows, and its lon/lat -> x/y function."""
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    span_lat = max(north - south, 3.0)
    span_lon = max(east - west, 3.0)
    mid_lat = (north + south) / 2
    kx = max(math.cos(math.radians(mid_lat)), 0.2)  # degrees of longitude are shorter away from the equator
    pad = 0.18
    cx, cy = (west + east) / 2, (south + north) / 2
    span_lon, span_lat = span_lon * (1 + 2 * pad), span_lat * (1 + 2 * pad)
    # Fit the box to the frame's shape.
    if span_lon * kx / width > span_lat / height:
        span_lat = span_lon * kx * height / width
    else:
        span_lon = span_lat * width / height / kx
    span_lon, span_lat = min(span_lon, 360.0), min(span_lat, 180.0)
    west, east = cx - span_lon / 2, cx + span_lon / 2
    south, north = max(cy - span_lat / 2, -90.0), min(cy + span_lat / 2, 90.0)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * width, (north - lat) / (north - south) * height

    return (west, south, east, north), xy


def _radius(feature: dict[str, Any], most: int) -> float:
    """Area grows with the independent sources naming the place, up to a fixed largest point."""
    n = feature["properties"].get("independent_sources") or 1
    return 4.0 + 14.0 * math.sqrt(n / max(most, 1)) if most > 1 else 6.0


def core(features: list[dict[str, Any]], share: float = 0.1) -> list[dict[str, Any]]:
    """The places the story is about: named by at least ``share`` of the most-named place's sources.

    The map zooms to them; a place named once in passing far away does not zoom it out to the world.
    """
    most = max((f["properties"].get("independent_sources") or 0) for f in features)
    return [f for f in features if (f["properties"].get("independent_sources") or 0) >= share * most] or features


def place_labels(items: list[tuple[str, float, float, float]], width: int, height: int,
                 char_px: float = 6.4, line_px: float = 12.0,
                 reserved: list[tuple[float, float, float, float]] | None = None) -> dict[int, tuple[float, float, str]]:
    """Label positions ``{item index: (x, y, text-anchor)}`` for ``(name, x, y, r)`` items, most important first.

    A label takes the first of eight spots around its point that stays in the frame
    and overlaps no placed label, no ``reserved`` box and no more important point
    (those are drawn over it; a label is drawn over the lesser points); with none
    free it is left out, to the point's tooltip and the place list.
    """
    placed: list[tuple[float, float, float, float]] = list(reserved or [])
    circles = [(x, y, r) for _, x, y, r in items]
    out: dict[int, tuple[float, float, str]] = {}
    for k, (name, x, y, r) in enumerate(items):
        w = char_px * len(name) + 2
        spots = [(x + r + 3, y + 4, "start"), (x - r - 3, y + 4, "end"), (x, y - r - 4, "middle"),
                 (x, y + r + line_px, "middle"), (x + r, y - r - 2, "start"), (x - r, y - r - 2, "end"),
                 (x + r, y + r + line_px - 2, "start"), (x - r, y + r + line_px - 2, "end")]
        for lx, ly, anchor in spots:
            x0 = lx if anchor == "start" else lx - w if anchor == "end" else lx - w / 2
            box = (x0, ly - line_px + 2, x0 + w, ly + 2)
            if box[0] < 2 or box[2] > width - 2 or box[1] < 2 or box[3] > height - 2:
                continue
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
                continue
            if any(_box_hits_circle(box, cx, cy, cr) for cx, cy, cr in circles[:k]):
                continue
            placed.append(box)
            out[k] = (lx, ly, anchor)
            break
    return out


def _box_hits_circle(box: tuple[float, float, float, float], cx: float, cy: float, r: float) -> bool:
    nx, ny = min(max(cx, box[0]), box[2]), min(max(cy, box[1]), box[3])
    return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r


def story_map_svg(story: dict[str, Any], width: int = 760, height: int = 440) -> Markup:
    """The map of the story's places, or an empty Markup when it has none."""
    features = [f for f in story["places"]["features"] if f.get("geometry")]
    if not features:
        return Markup("")
    main = core(features)
    view, xy = view_box([tuple(f["geometry"]["coordinates"]) for f in main], width, height)
    west, south, east, north = view
    outside = [f for f in features if not (west <= f["geometry"]["coordinates"][0] <= east
                                           and south <= f["geometry"]["coordinates"][1] <= north)]
    features = [f for f in features if f not in outside]
    most = max((f["properties"].get("independent_sources") or 0) for f in features)
    story_countries = {f["properties"].get("country") for f in features}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Map of {len(features)} places" class="map-svg story-map">',
             f'<rect width="{width}" height="{height}" fill="{SEA}"/>', '<g class="land">']
    for iso, name, d in basemap.outline_paths(view, xy):
        fill = STORY_LAND if iso in story_countries else LAND
        parts.append(f'<path d="{d}" fill="{fill}" stroke="{BORDER}" stroke-width="0.6" '
                     f'stroke-linejoin="round"><title>{escape(name)}</title></path>')
    parts.append("</g>")
    order = sorted(range(len(features)), key=lambda k: (-(features[k]["properties"].get("independent_sources") or 0),
                                                         -features[k]["properties"].get("mentions", 0)))
    items = []
    for k in order:
        x, y = xy(*features[k]["geometry"]["coordinates"])
        items.append((features[k]["properties"]["name"], x, y, _radius(features[k], most)))
    reserved = [(width - 130, height - 16, width, height), (0, height - 40, 150, height)]  # attribution, scale
    if outside:
        reserved.append((width - 400, 0, width, 18))
    labels = place_labels(items, width, height, reserved=reserved)
    parts.append('<g class="points">')
    for pos, k in reversed(list(enumerate(order))):  # the biggest drawn last, on top
        p = features[k]["properties"]
        name, x, y, r = items[pos]
        sources = p.get("independent_sources") or 0
        tip = (f'{name}: {p.get("feature") or "place"}{", " + p["admin1"] if p.get("admin1") else ""}'
               f'{", " + p["country"] if p.get("country") else ""}; named by {counted(sources, "independent source")}, '
               f'{counted(p.get("mentions", 0), "mention")}')
        parts.append(f'<a href="#place-{escape(p["entity"])}" class="map-point" data-entity="{escape(p["entity"])}">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#c0392b" fill-opacity="0.85" '
                     f'stroke="#fff" stroke-width="1.2"><title>{escape(tip)}</title></circle>')
        if pos in labels:
            lx, ly, anchor = labels[pos]
            parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="11" text-anchor="{anchor}" '
                         f'paint-order="stroke" stroke="#fff" stroke-width="3" fill="#1b1f23">{escape(name)}</text>')
        parts.append("</a>")
    parts.append("</g>")
    parts.append(_scale_bar(view, width, height))
    if outside:
        parts.append(f'<text x="{width - 4}" y="14" font-size="11" text-anchor="end" fill="#1b1f23" '
                     f'paint-order="stroke" stroke="#fff" stroke-width="3">{counted(len(outside), "more place", "more places")} '
                     f'outside this view, named by fewer sources: see the list</text>')
    parts.append(f'<text x="{width - 4}" y="{height - 4}" font-size="9" text-anchor="end" fill="#5a6570">'
                 'Borders: Natural Earth</text></svg>')
    return Markup("".join(parts))


def _scale_bar(view: tuple[float, float, float, float], width: int, height: int) -> str:
    west, south, east, north = view
    km_per_px = (east - west) * 111.32 * math.cos(math.radians((south + north) / 2)) / width
    target = km_per_px * width / 5
    step = 10 ** math.floor(math.log10(max(target, 1e-3)))
    km = max(s for s in (step, 2 * step, 5 * step) if s <= target) if target >= step else step
    px = km / km_per_px
    label = f"{km:g} km"
    return (f'<g class="scale"><rect x="8" y="{height - 22}" width="{px:.1f}" height="4" fill="#1b1f23"/>'
            f'<text x="8" y="{height - 26}" font-size="10" fill="#1b1f23">{label}</text></g>')
