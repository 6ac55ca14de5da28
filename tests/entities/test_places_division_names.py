"""Issue 16, session 5: a state's own name beats a small same-named town of another state the story names, and
one place named several ways counts once as a neighbour. Invented sentences, shaped on GeoWebNews / GeoVirus dev
errors ("Florida" read as Florida, New York beside "New York"; "Oregon" read as Oregon, Ohio beside "Ohio")."""

from __future__ import annotations

import pytest

from crosscheck.entities.places import gazetteer as gz
from crosscheck.entities.places import resolve_story
from crosscheck.records import Document

try:
    gz.load_gazetteer()
except (RuntimeError, OSError):  # pragma: no cover - the gazetteer's data packages are missing
    pytest.skip("no gazetteer", allow_module_level=True)


def _resolve(text: str, names: list[str]):
    docs = [Document("a", "s", "h", "txt", text, text)]
    return resolve_story(docs, {"a": names})


def test_florida_beside_new_york_is_the_state_not_the_new_york_town():
    # GWN dev: "Florida" was Florida, New York (2,899 people) through "admin1 in story" from "New York", in a
    # report on a Riverdale, New York station that also named New Jersey and Morris County.
    r = _resolve("A station in Riverdale, New York, owned by a firm based in Florida, was sold. New Jersey and "
                 "Morris County inspectors visited Riverdale.",
                 ["Riverdale", "New York", "Florida", "New Jersey", "Morris County"])
    place, _ = r["Florida"]
    assert place.feature == gz.ADMIN1 and place.admin1 == "Florida"


def test_oregon_beside_ohio_is_the_state_not_the_ohio_town():
    # GeoVirus dev: "Oregon" was Oregon, Ohio (20,102 people) in a report naming Ohio towns.
    r = _resolve("Cases were found in Ohio, Columbus and Dayton, and later in Oregon.",
                 ["Ohio", "Columbus", "Dayton", "Oregon"])
    place, _ = r["Oregon"]
    assert place.feature == gz.ADMIN1 and place.admin1 == "Oregon"


def test_a_town_of_a_foreign_divisions_name_keeps_its_states_context():
    # TR-News dev: "Kingston" in Queensland must not lose Queensland's support because Jamaica has a parish
    # of that name (the rule looks at divisions of the town's own country only).
    r = _resolve("Floods hit Queensland: Kingston and Logan were cut off, Brisbane said.",
                 ["Queensland", "Kingston", "Logan", "Brisbane"])
    place, _ = r["Kingston"]
    assert place is not None and place.country == "AU"


def test_one_place_named_three_ways_counts_once_as_a_neighbour():
    # LGL dev (gainesvilleregister.com): "Washington", "D.C." and "Washington D.C." counted three times as a
    # neighbour and pulled "Gainesville" to Virginia, away from Sherman and Norman, Oklahoma.
    from crosscheck.entities.places import resolution as rs

    g = gz.load_gazetteer()
    names = ["Gainesville", "Sherman", "Norman", "Okla.", "Washington", "D.C.", "Washington D.C."]
    ctx = rs.Context(outlet_hosts={"a": "www.gainesvilleregister.com"})
    res = {r.name: r for r in rs.resolve([rs.Toponym(n, "a") for n in names], ctx, g)}
    i = res["Gainesville"].best_guess
    assert g.country[i] == "US" and g.admin1_names.get(f"US.{g.admin1[i]}") == "Texas"


def test_heathrow_in_a_british_report_is_the_airport_not_the_florida_town():
    # TR-News dev: "Heathrow" and "Gatwick" were Heathrow, Florida and nothing; the gazetteer had no airports.
    if not gz.load_gazetteer().lookup("Gatwick"):
        pytest.skip("airportsdata not installed")
    r = _resolve("Flights from Heathrow and Gatwick to Aberdeen were cancelled across Britain.",
                 ["Heathrow", "Gatwick", "Aberdeen", "Britain"])
    for name in ("Heathrow", "Gatwick"):
        place, _ = r[name]
        assert place.feature == gz.AIRPORT and place.country == "GB"
    assert r["Aberdeen"][0].country == "GB"


def test_an_airport_is_found_by_the_name_news_gives_it():
    # TR-News / GWN dev: "Pearson International Airport", "Macdonald-Cartier International Airport", "Dulles
    # International Airport" were not in the gazetteer.
    from crosscheck.entities.places.gazetteer import _airport_names

    forms, head = _airport_names("Toronto Pearson International Airport", "Mississauga", lambda w: w == "Toronto")
    assert "Pearson International Airport" in forms and head == "Pearson"
    forms, head = _airport_names("Ottawa / Macdonald-Cartier International Airport", "Ottawa")
    assert "Macdonald-Cartier International Airport" in forms and head == "Macdonald-Cartier"
    forms, head = _airport_names("Boise Airport", "Boise")
    assert forms == {"Boise Airport", "Boise International Airport"} and head == ""


def test_north_west_in_a_report_on_south_africa_is_the_province():
    # GWN dev: "North West" (South Africa's province) was "not a place on a map" (a compass word).
    r = _resolve("Protests spread in South Africa's North West, where Mahikeng shops closed.",
                 ["South Africa", "North West", "Mahikeng"])
    place, _ = r["North West"]
    assert place is not None and place.country == "ZA" and place.feature == gz.ADMIN1


def test_north_west_without_its_country_stays_no_place():
    r = _resolve("Rain moved in from the north west over Leeds and York.", ["north west", "Leeds", "York"])
    assert r["north west"][0] is None


def test_columbia_alone_is_not_the_district_of_columbia():
    # Issue 16, session 10, LGL dev: "Columbia" (South Carolina's capital; Columbia, Tennessee) was read as the
    # District of Columbia through the division's name less "District of"; news never calls D.C. "Columbia".
    g = gz.load_gazetteer()
    r = _resolve("The Columbia City Council met on Tuesday.", ["Columbia"])
    place, _ = r["Columbia"]
    assert place is None or place.feature != gz.ADMIN1
    assert not any(g.feature_of(i) == gz.ADMIN1 for i in g.lookup("Columbia"))
    assert any(g.feature_of(i) == gz.ADMIN1 and g.admin1[i] == "DC" for i in g.lookup("District of Columbia"))
