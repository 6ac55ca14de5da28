"""Issue 16, map points on real stories: the state or country a text names right after a place decides it."""

from __future__ import annotations

import re

import pytest

from crosscheck.entities.places import gazetteer as gz
from crosscheck.entities.places import qualifiers, resolve_story
from crosscheck.entities.places.resolution import qualifier_after
from crosscheck.records import Document

try:
    gz.load_gazetteer()
except (RuntimeError, OSError):  # pragma: no cover - the gazetteer's data packages are missing
    pytest.skip("no gazetteer", allow_module_level=True)


def _story(texts: dict[str, str], names: list[str]):
    """Resolve ``names`` wherever they occur in the invented reports ``texts`` (document id -> text)."""
    docs = [Document(d, "s", "h", "txt", t, t) for d, t in texts.items()]
    spans, by_doc = [], {}
    for d, t in texts.items():
        for n in names:
            for m in re.finditer(r"(?<![\w])" + re.escape(n) + r"(?![\w])", t):
                spans.append((d, m.start(), m.end(), n))
                by_doc.setdefault(d, []).append(n)
    return resolve_story(docs, by_doc, *qualifiers(docs, spans))


def _where(resolved, name):
    place, _ = resolved[name]
    return None if place is None else (place.country, place.admin1)


def test_a_town_named_with_its_state_is_in_that_state():
    # "Surf City" was placed in New Jersey (the story names New Jersey) though the report says North Carolina.
    r = _story({"a": "A hurricane watch runs from Surf City, North Carolina, to the state line. New Jersey and "
                     "Ocean City braced too."}, ["Surf City", "North Carolina", "New Jersey", "Ocean City"])
    assert _where(r, "Surf City") == ("US", "North Carolina")
    assert r["Surf City"][1] == "named with its state or country"


def test_a_capital_named_with_its_country_beats_a_town_in_a_state_the_story_names():
    # "Nassau, the Bahamas" was placed in Nassau, New York, because the story names New York.
    r = _story({"a": "The storm was 100 miles from Nassau, the Bahamas. New York and Albany prepared."},
               ["Nassau", "Bahamas", "New York", "Albany"])
    assert _where(r, "Nassau")[0] == "BS"


def test_the_state_after_a_city_is_the_state_not_the_capital():
    r = _story({"a": "Two shootings last week in Atlanta, Georgia, and Seattle, Washington, alarmed police."},
               ["Atlanta", "Georgia", "Seattle", "Washington"])
    place, _ = r["Washington"]
    assert place.feature == gz.ADMIN1 and place.admin1 == "Washington"
    assert _where(r, "Georgia") == ("US", "Georgia")


def test_a_town_qualified_in_one_report_is_that_town_in_every_report():
    # "Venice, Louisiana" in one report, "Venice" alone in another: never Venice, Florida or Italy. The
    # gazetteer has no Venice in Louisiana, so the name stays off the map rather than a guess.
    r = _story({"a": "The barge ran aground 40 miles south-east of Venice, Louisiana.",
                "b": "The rig burned off Venice on the coast."}, ["Venice", "Louisiana"])
    place, why = r["Venice"]
    assert place is None and "Louisiana" in why


def test_a_list_of_states_is_no_qualifier():
    assert qualifier_after("Virginia, Maryland and Delaware declared emergencies.", 8, "Virginia") is None
    assert qualifier_after("a High Wycombe, England-based forecaster", 14, "High Wycombe") is None
    assert qualifier_after("in Houston, Dallas and Austin", 10, "Houston") is None
    assert qualifier_after("from Monterey, La., said", 13, "Monterey") == "La."
    # a whole name follows, not a state: "72 km southeast of Reuleuet, the US Geological Survey said"
    assert qualifier_after("southeast of Reuleuet, the US Geological Survey said", 21, "Reuleuet") is None
    # a region in a list: "pressure Europe, Canada, Mexico and other nations"
    assert qualifier_after("pressure Europe, Canada, Mexico and other nations", 15, "Europe") is None


def test_compass_regions_and_common_nouns_are_not_far_towns():
    # "the Northeast" became North East, Maryland; "Metro stations" a city in Indonesia; "the Mall" a Belgian town.
    r = _story({"a": "The storm will hit the Northeast. Metro stations got sandbags. The event on the Mall in "
                     "Washington was put off. Border states of the Southwest sent troops."},
               ["Northeast", "Metro", "Mall", "Southwest"])
    assert all(r[n][0] is None for n in ("Northeast", "Metro", "Mall", "Southwest"))


def test_a_region_the_gazetteer_has_stays_on_the_map():
    r = _story({"a": "Storms crossed the Midwest."}, ["Midwest"])
    assert r["Midwest"][0] is not None and r["Midwest"][0].country == "US"


def test_a_sea_is_not_a_county_of_its_bare_name():
    # "the Atlantic" beside New Jersey places was Atlantic County, New Jersey.
    r = _story({"a": "Farther east in the Atlantic, a depression formed. New Jersey closed Ocean City and Cape May."},
               ["Atlantic", "New Jersey", "Ocean City", "Cape May"])
    assert r["Atlantic"][0].feature == gz.REGION


# Session 4b: a famous place against a tiny namesake, a state named only as another place's qualifier in a recap,
# and a tagger's piece of a longer name.


def _kind(resolved, name):
    place, _ = resolved[name]
    return None if place is None else (place.country, place.admin1, place.feature)


def test_a_hamlet_in_a_state_the_story_names_does_not_beat_a_famous_city():
    # "Boston" went to Boston, Virginia (504 people) because the story names Virginia.
    r = _story({"a": "Virginia declared an emergency. Flights out of Boston and Philadelphia were cancelled.",
                "b": "Massachusetts closed its beaches."}, ["Virginia", "Boston", "Philadelphia", "Massachusetts"])
    assert _kind(r, "Boston") == ("US", "Massachusetts", "city")


def test_the_ocean_is_not_a_hamlet_of_its_name_in_a_state_the_story_names():
    # "Atlantic" was read as Atlantic, Virginia (862 people).
    r = _story({"a": "The hurricane moved up the Atlantic toward Norfolk, Virginia Beach and Virginia."},
               ["Atlantic", "Norfolk", "Virginia Beach", "Virginia"])
    assert _kind(r, "Atlantic")[2] == gz.REGION


def test_a_local_town_still_beats_a_mid_sized_namesake():
    # The famous-place prior starts at a hundredfold gap: Paris, Texas (25,000) is still read in a Texas story.
    r = _story({"a": "Police in Paris and Texarkana, Texas, searched the lake."}, ["Paris", "Texarkana", "Texas"])
    assert _kind(r, "Paris")[:2] == ("US", "Texas")


def test_a_state_named_only_as_another_towns_qualifier_is_no_context_for_the_others():
    # "Vienna" (a Michigan township) went to Vienna, Georgia because a recap named "Atlanta, Georgia".
    r = _story({"a": "Police in Troy and Vienna searched the office. Earlier shootings killed nine in Atlanta, "
                     "Georgia, and six in Seattle, Washington."},
               ["Troy", "Vienna", "Atlanta", "Georgia", "Seattle", "Washington"])
    assert _kind(r, "Atlanta")[:2] == ("US", "Georgia")
    assert _kind(r, "Vienna") is None or _kind(r, "Vienna")[1] != "Georgia"


def test_a_reports_one_qualifying_state_is_still_context_for_its_other_names():
    # Only a recap that qualifies places with several states loses them as context; "Findlay, Ohio" alone is the
    # report's state, and Lima is Lima, Ohio, not Peru's capital.
    r = _story({"a": "Police in Lima and Findlay, Ohio searched the river."}, ["Lima", "Findlay", "Ohio"])
    assert _kind(r, "Lima")[:2] == ("US", "Ohio")


def test_a_piece_of_a_longer_name_is_that_name():
    # The tagger cut "New York City" to "York City" in one report: it went to York County, Virginia.
    r = _story({"a": "Subways in New York City stopped.", "b": "Norfolk, Virginia and York City braced."},
               ["New York City", "York City", "Norfolk", "Virginia"])
    assert _kind(r, "York City") == _kind(r, "New York City") == ("US", "New York", "city")


def test_the_state_after_a_pair_of_towns_qualifies_both():
    # Issue 16, session 9 (TR-News dev, a recap): "Nashville and Cordova, Tennessee, ... Indianapolis, Indiana":
    # Tennessee qualified Cordova alone, and Nashville became Nashville, Indiana (1,077 people).
    r = _story({"a": "Shelters opened in Richmond, Virginia, Frankfort and Lexington, Kentucky, Nashville and Cordova, "
                     "Tennessee, and Indianapolis, Indiana."},
               ["Richmond", "Virginia", "Frankfort", "Lexington", "Kentucky", "Nashville", "Cordova", "Tennessee",
                "Indianapolis", "Indiana"])
    assert _where(r, "Nashville") == ("US", "Tennessee")
    assert _where(r, "Richmond") == ("US", "Virginia")


def test_a_state_before_and_is_not_qualified_by_the_next_towns_state():
    # LGL dev: "Sioux Falls, S.D. and Surprise, Ariz.": S.D. is South Dakota, not a place in Arizona.
    r = _story({"a": "The finalists, Denver, Sioux Falls, S.D. and Surprise, Ariz., made the shortlist."},
               ["Denver", "Sioux Falls", "S.D.", "Surprise", "Ariz."])
    assert _where(r, "S.D.") == ("US", "South Dakota")


def test_one_state_written_two_ways_is_one_qualifier():
    # TR-News dev: "Paris, Mo." and "Holliday, Missouri" made the report a recap of several states, so Missouri was
    # no context for "Marion County", which became Marion County, Texas.
    r = _story({"a": "PARIS, Mo. - Crews from Holliday, Missouri, and Marion County helped. Texas sent aid."},
               ["PARIS", "Holliday", "Missouri", "Marion County", "Texas"])
    assert _where(r, "Marion County") == ("US", "Missouri")


def test_a_place_named_with_its_state_is_a_town_not_the_county():
    # LGL dev: "Caddo, Okla." was Caddo County (its people outnumber the town's); a county is written "X County".
    r = _story({"a": "The boy, from Caddo, Okla., was found safe."}, ["Caddo"])
    place, _ = r["Caddo"]
    assert place is not None and place.feature == "city" and place.admin1 == "Oklahoma"


def test_a_province_written_as_news_writes_it_in_a_list_is_no_qualifier():
    # Issue 16, session 10, GeoVirus dev (once its spans were aligned): "Guangxi, Hainan, Hunan" is a list of
    # provinces; "Guangxi" (Guangxi Zhuangzu Zizhiqu) was taken for a town qualified by Hainan and left unresolved.
    assert qualifier_after("in the provinces of Yunnan, Fujian, Guangxi, Hainan, Hunan", 44, "Guangxi") is None
    r = _story({"a": "Outbreaks were confirmed in the provinces of Yunnan, Fujian, Guangxi, Hainan and Hunan."},
               ["Yunnan", "Fujian", "Guangxi", "Hainan", "Hunan"])
    assert _where(r, "Guangxi") is not None


def test_a_qualifier_the_gazetteer_holds_as_a_second_level_division_is_still_a_place():
    # GeoVirus dev: a town, then "Davao del Sur", then the island: "Davao del Sur", used only as a qualifier, is no
    # country or first-level division in the gazetteer; it was left "unresolved: no place of that name in None".
    r = _story({"a": "More than 80 hogs were culled on six farms in Santa Maria, Davao del Sur, on Mindanao island."},
               ["Santa Maria", "Davao del Sur", "Mindanao"])
    assert _where(r, "Davao del Sur") == ("PH", "Davao")


def test_a_country_named_only_as_a_qualifier_in_a_recap_stays_context():
    # GeoVirus dev: "Toronto, Canada" and "Buffalo, New York" in one report (two qualifiers, read as a recap):
    # Canada stays context, so "Ontario" is the province, not Ontario, New York.
    r = _story({"a": "Sunnybrook in Toronto, Canada, treats one in five babies born in Ontario. Some mothers go to "
                     "Buffalo, New York, in the United States."},
               ["Toronto", "Canada", "Ontario", "Buffalo", "New York", "United States"])
    assert _where(r, "Ontario")[0] == "CA"


def test_a_two_word_state_abbreviation_qualifies_the_town():
    # Issue 16, session 10, LGL dev: "Greenwood, W. Va." read "W." alone as the qualifier (the run stops at the
    # first word with a full stop), so Greenwood got a point in Indiana; West Virginia has no Greenwood of 500+.
    assert qualifier_after("jailed in Greenwood, W. Va., for a probation breach", 19, "Greenwood") == "W. Va."
    assert qualifier_after("in Monterey, La. Police said", 11, "Monterey") == "La."
    r = _story({"a": "He was booked into the county lockup in Greenwood, W. Va., for a probation breach. "
                     "Greenwood police said."}, ["Greenwood", "W. Va."])
    assert r["Greenwood"][0] is None
