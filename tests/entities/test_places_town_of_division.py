"""Issue 16, session 9: a first-level division and the town of its name inside it ("Tokyo", "Sao Paulo") are not
two rival places nothing tells apart: the town is read (it lies in the division), where the report names no other
division of that country ("Quebec" beside "British Columbia" stays the province's name, not Quebec City).
Shaped on LGL dev ("Tokyo" was unresolved) and GeoVirus dev ("Sao Paulo" beside "Rio de Janeiro")."""

from __future__ import annotations

import pytest

from crosscheck.entities.places import gazetteer as gz
from crosscheck.entities.places import resolution as rs

try:
    gz.load_gazetteer()
except (RuntimeError, OSError):  # pragma: no cover - the gazetteer's data packages are missing
    pytest.skip("no gazetteer", allow_module_level=True)


def _resolve(names: list[str]) -> dict[str, rs.Resolution]:
    g = gz.load_gazetteer()
    return {r.name: r for r in rs.resolve([rs.Toponym(n, "a") for n in names], rs.Context(), g)}


def test_tokyo_alone_is_the_city():
    g = gz.load_gazetteer()
    r = _resolve(["Tokyo", "Japan"])["Tokyo"]
    assert r.index is not None and g.feature_of(r.index) == gz.CITY and g.country[r.index] == "JP"
    assert r.evidence == "town of the division's name"


def test_a_division_that_holds_a_town_of_its_name_is_no_other_division():
    # "Rio de Janeiro" (a state and its city) beside "Sao Paulo" says nothing of which reading Sao Paulo takes.
    g = gz.load_gazetteer()
    r = _resolve(["Brazil", "Rio de Janeiro", "Sao Paulo"])["Sao Paulo"]
    assert r.index is not None and g.feature_of(r.index) == gz.CITY and g.country[r.index] == "BR"


def test_quebec_beside_another_province_is_not_the_city():
    g = gz.load_gazetteer()
    r = _resolve(["Ottawa", "British Columbia", "Quebec"])["Quebec"]
    assert r.index is None or g.feature_of(r.index) == gz.ADMIN1
