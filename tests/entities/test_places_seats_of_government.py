"""A seat of government news names by its building is that building, not a namesake town (issue 16, session 7):
TR-News dev "the White House" was White House, Tennessee; GWN's "Oval Office" and "West Wing" were not in the
gazetteer and its "White House" was Fallston, Maryland (which carries "White House" as an old name)."""

from crosscheck.entities.places.gazetteer import REGION, load_gazetteer
from crosscheck.entities.places.resolution import Toponym, haversine_km, resolve

WHITE_HOUSE = (38.8977, -77.0365)


def _pick(names: list[str], which: str):
    g = load_gazetteer()
    res = resolve([Toponym(n, "d") for n in names])
    r = res[names.index(which)]
    return g, r.index


def test_white_house_is_the_building_not_a_tennessee_town():
    g, i = _pick(["White House", "Nashville", "Tennessee"], "White House")
    assert i is not None and g.feature_of(i) == REGION
    assert haversine_km(g.lat[i], g.lon[i], *WHITE_HOUSE) < 1


def test_oval_office_and_kremlin_are_found():
    g, i = _pick(["Oval Office", "Moscow"], "Oval Office")
    assert i is not None and haversine_km(g.lat[i], g.lon[i], *WHITE_HOUSE) < 1
    g, k = _pick(["Kremlin", "Washington"], "Kremlin")
    assert k is not None and g.country[k] == "RU"


def test_a_town_named_like_a_left_out_seat_keeps_its_reading():
    # "Whitehall" and "Capitol Hill" are left out: towns and a Seattle neighbourhood bear them.
    g, i = _pick(["Whitehall", "Columbus", "Ohio"], "Whitehall")
    assert i is not None and g.country[i] == "US" and g.admin1[i] == "OH"
