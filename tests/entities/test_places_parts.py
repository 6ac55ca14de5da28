"""A part of a place named by a compass word, which the gazetteer lacks, is put at that place (issue 16, session 7):
TR-News dev "North London" and "Upper Edmonton", LGL "East Cambridgeshire", GWN "South Venezuela" were not in the
gazetteer. Only a county or a town of 50,000+: "Western Kasai" (Congo) is not Kasai, Japan; a part of a country or
a state lies far from its point ("Southern Iran" on the Qeshm quake story's map was 650 km from the quake)."""

from crosscheck.entities.places.gazetteer import load_gazetteer
from crosscheck.entities.places.resolution import Toponym, resolve


def _pick(names: list[str], which: str):
    g = load_gazetteer()
    r = resolve([Toponym(n, "d") for n in names])[names.index(which)]
    return g, r


def test_north_london_is_london():
    g, r = _pick(["North London", "Tottenham"], "North London")
    assert r.index is not None and g.name[r.index] == "London" and g.country[r.index] == "GB"
    assert r.evidence == "part of the place it names"


def test_upper_edmonton_beside_north_london_is_the_london_edmonton():
    g, r = _pick(["North London", "Upper Edmonton"], "Upper Edmonton")
    assert r.index is not None and g.country[r.index] == "GB"


def test_a_compass_word_before_a_small_town_or_a_street_finds_nothing():
    for name in ("Western Kasai", "North State Street", "South Kilburn Estate", "Southern Iran", "South Texas",
                 "South Florida"):  # not Florida, Cuba
        assert _pick([name], name)[1].index is None


def test_a_part_is_no_entity_of_the_whole():
    # Entities group by GeoNames id: "North London" with the id would be one entity with "London".
    from crosscheck.entities.places import place_of

    g, r = _pick(["North London", "London"], "North London")
    whole = _pick(["North London", "London"], "London")[1]
    assert r.index == whole.index
    assert place_of(r.index, r.evidence).geonames_id is None
    assert place_of(whole.index, whole.evidence).geonames_id is not None
