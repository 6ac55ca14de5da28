"""Islands and historical regions news names that are no first-level division of today (issue 16, session 7):
LGL dev "Normandy" was Normandy, Missouri; GeoVirus "Luzon" a village of Luzon; GWN "SOUTH WAZIRISTAN" not found."""

from crosscheck.entities.places.gazetteer import REGION, load_gazetteer
from crosscheck.entities.places.resolution import Toponym, resolve


def _pick(names: list[str]):
    g = load_gazetteer()
    r = resolve([Toponym(n, "d") for n in names])[0]
    return None if r.index is None else (g.feature_of(r.index), g.country[r.index])


def test_normandy_beside_france_is_the_region():
    assert _pick(["Normandy", "France", "Paris"]) == (REGION, "FR")


def test_normandy_in_a_missouri_story_stays_the_town():
    assert _pick(["Normandy", "St. Louis", "Missouri", "Ferguson"]) == ("city", "US")


def test_luzon_and_waziristan_are_regions():
    assert _pick(["Luzon", "Manila"]) == (REGION, "PH")
    assert _pick(["SOUTH WAZIRISTAN", "Pakistan"]) == (REGION, "PK")
