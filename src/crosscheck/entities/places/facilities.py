"""A street or building the gazetteer lacks, in a report about one town: that town's point.

A local report names its town and the streets, churches and halls in it ("Royal Street", "Holy Redeemer Church",
"City Hall" in a New Orleans report). The gazetteer holds towns, not their streets, so such a name has no
candidate at all. When every town the report's names resolve to lies in one place (within ``ONE_TOWN_KM`` of the
biggest), a name that reads as a street or a building (its words say so, ``_FACILITY``) sits at that town's point,
with no GeoNames id of its own (see ``places.place_of``), as a part of a place does ("North London").

Not a name whose kind is often far from the report's town: a university or college (a study's authors, a
player's alma mater), an embassy or consulate (abroad by definition), a tower, castle or palace (a landmark named in
passing: "Trump Tower" in a Washington report).
"""

from __future__ import annotations

import re

from .gazetteer import CITY, Gazetteer
from .model import Resolution
from .names import haversine_km

EVIDENCE = "a street or building in the report's town"
ONE_TOWN_KM = 50.0  # the report's towns all lie this near one another: the report is about one town

_FACILITY = re.compile(
    r"(?i)\b(street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|square|plaza|park|church|chapel|cathedral|"
    r"hospital|school|elementary|middle|high|academy|center|centre|stadium|arena|court|courthouse|prison|jail|"
    r"hall|library|museum|mall|market|hotel|inn|station|bridge|building|cemetery|campus|club|theatre|theater|"
    r"house|estate|canal|railroad|office)\b\.?$")
_FAR_KINDS = re.compile(r"(?i)\b(university|college|embassy|consulate|tower|castle|palace)\b")


def is_facility(name: str) -> bool:
    """Whether a name reads as a street or a building of a town ("Royal Street", "Third Presbyterian Church",
    "Buckland Elementary"), and not as a kind of place often far from the report's town (``_FAR_KINDS``)."""
    return bool(_FACILITY.search(name.strip())) and not _FAR_KINDS.search(name)


def in_report_town(g: Gazetteer, names: list[str], cands: dict[str, list[int]],
                   picks: dict[str, Resolution]) -> dict[str, Resolution]:
    """For a report's names with no candidate that read as a street or building: the report's one town, when its
    resolved names' towns all lie within ONE_TOWN_KM of the biggest (``picks``: the report's resolutions)."""
    towns = [r.index for r in picks.values() if r.index is not None and g.feature_of(r.index) == CITY]
    if not towns:
        return {}
    first = max(towns, key=lambda t: (g.population[t], -t))  # the biggest (a deterministic choice)
    if any(haversine_km(g.lat[first], g.lon[first], g.lat[t], g.lon[t]) > ONE_TOWN_KM for t in towns):
        return {}
    return {n: Resolution(n, first, EVIDENCE, 0, 0.0, first) for n in names if not cands.get(n) and is_facility(n)}
