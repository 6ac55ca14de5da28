"""What a place name may be: its gazetteer candidates, and facts about the name that do not depend on the story.

- :func:`candidates`: the entries a name may be, with spelling variants ("the Bronx", "Borno State", "Plymouth Co.")
  and, for a venue or body the gazetteer lacks, the well-known place its name begins with;
- the size of a name's biggest division, town or famous namesake (cached per name for the shipped gazetteer);
- :func:`fold` (cached) and :func:`haversine_km`.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, REGION, Gazetteer, load_gazetteer
from .gazetteer import fold as _fold

fold = lru_cache(maxsize=1 << 17)(_fold)  # names repeat across a story's candidates and reports: fold each once


REGION_PEOPLE = 10_000_000  # a sea or region counts as this big for the above ("Atlantic", Virginia)
MAX_CANDIDATES = 40
NOT_PLACES = {"earth", "world", "the world", "globe", "heaven", "hell", "planet", "north", "south", "east", "west",
              "south east", "south west", "north east", "north west", "downtown", "uptown", "overseas", "abroad",
              # a country's own regions named by a compass word, and common nouns a tagger takes for a place
              # ("Metro stations", "the Mall", "Qeshm Island" cut to "Island"): no point rather than a far town
              "northeast", "northwest", "southeast", "southwest", "metro", "mall", "island"}
SMALL_TOWN = 5000  # a town this small is put on the map only when the story supports it
EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def candidates(g: Gazetteer, name: str) -> list[int]:
    """Gazetteer entries a place name may be, biggest first (at most MAX_CANDIDATES)."""
    found = list(g.lookup(name))
    if not found:
        for variant in _variants(name):
            found = list(g.lookup(variant))
            if found:
                break
    if not found:
        found = _place_it_is_in(g, name) or _part_of(g, name)
    if any(g.feature_of(i) in (COUNTRY, ADMIN1, REGION) or i in g.capitals for i in found):
        # A county reached by its bare name ("Washington", "Delaware", "Atlantic") is not read over a state,
        # a country, a capital or a sea of that name.
        key = fold(name)
        found = [i for i in found if g.feature_of(i) != ADMIN2 or fold(g.name[i]) == key]
    found.sort(key=lambda i: (-g.feature[i] if False else 0, -g.population[i]))
    # Keep every country and division, then the biggest towns.
    top = [i for i in found if g.feature_of(i) != CITY]
    top += [i for i in found if g.feature_of(i) == CITY][: MAX_CANDIDATES - len(top)]
    return top


def _place_it_is_in(g: Gazetteer, name: str) -> list[int]:
    """For a venue or body the gazetteer lacks, the well-known place its name starts with: "Dubai World
    Cup", "Seoul Central District Court", "Liverpool Academy" -> Dubai, Seoul, Liverpool. The longest
    head that is a place's own name decides; a one-word head counts only as a country, a first-level
    division, a region or a city of 100,000+ ("Trump Tower" stays unfound). Only venues and bodies
    (a court, school, hospital, airport, council...): a street, road or creek named after a place is
    not in it ("Washington Drive"), and "Atlantic season" or "Texas beach" is not a place at all."""
    words = name.replace("-", " ").split()
    tail = {w.lower().strip(".,'’s") for w in words[1:]}
    if tail & _STREET_WORDS or not tail & _VENUE_WORDS:
        return []  # "Washington Drive" is named after a place, not in it; "Atlantic season" is no venue
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if fold(head) in _GENERIC_HEADS:
            continue
        named = [i for i in g.lookup(head) if _primary(g, i, head)]
        if named:  # the longest head that names a place decides ("Henderson County Jail": the county)
            return [i for i in named if k > 1 or g.feature_of(i) in (COUNTRY, ADMIN1, REGION)
                    or g.population[i] >= 100_000]
    return []


_STREET_WORDS = {"street", "st", "road", "rd", "drive", "dr", "avenue", "ave", "lane", "ln", "boulevard", "blvd",
                 "highway", "hwy", "way", "parkway", "pike", "trail", "circle", "terrace", "creek", "river", "lake",
                 "hills", "heights", "park", "estate", "village", "township"}
_VENUE_WORDS = {"court", "courthouse", "cup", "academy", "school", "college", "university", "hospital", "centre",
                "center", "clinic", "airport", "stadium", "arena", "station", "council", "office", "church",
                "cathedral", "mosque", "temple", "prison", "jail", "hall", "market", "mall", "port", "harbour",
                "harbor", "racecourse", "zoo", "museum", "library", "hotel", "campus", "assembly", "parliament",
                "fc", "afc", "club"}  # a football club named by its home town ("Liverpool FC")
_GENERIC_HEADS = {"northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeast",
                  "northwest", "southeast", "southwest", "central", "metro", "upper", "lower", "greater", "new",
                  "old", "great", "little", "national", "royal"}


_PART = re.compile(r"^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|downtown|"
                   r"north[ -]?east|north[ -]?west|south[ -]?east|south[ -]?west|northeastern|northwestern|"
                   r"southeastern|southwestern|midtown)[ -]+(.+)$", re.I)
PART_OF_PEOPLE = 50_000  # a town this big or more has parts news names by a compass word ("North London")


def _part_of(g: Gazetteer, name: str) -> list[int]:
    """For a part of a place the gazetteer lacks, named by a compass word: "North London", "Upper Edmonton",
    "East Cambridgeshire" -> London, Edmonton, Cambridgeshire. Only a second-level division or a town of
    PART_OF_PEOPLE or more: "Western Kasai" (a Congolese province) is no part of Kasai, a town of Japan; and a
    part of a country, a state or a sea lies far from its middle ("Southern Iran", where the Qeshm quake struck,
    is 650 km from Iran's point; "South Pacific"), so it gets no point at all."""
    m = _PART.match(name.strip())
    if not m or _PLACE_WORDS_AFTER.search(m.group(1)):
        return []
    rest = m.group(1)
    found = [i for i in g.lookup(rest) if _primary(g, i, rest)]
    if any(g.feature_of(i) in (COUNTRY, ADMIN1, REGION) for i in found):
        return []  # "South Florida" is a part of the state, not Florida, Cuba
    return [i for i in found if (
        g.feature_of(i) == ADMIN2 or (g.feature_of(i) == CITY and g.population[i] >= PART_OF_PEOPLE))]


# "North State Street", "South Kilburn Estate": a street or estate named after a place is not a part of it.
_PLACE_WORDS_AFTER = re.compile(r"\b(street|st|road|avenue|ave|estate|church|trust|centre|center|park|drive|lane)\b\.?$",
                                re.I)


def _within(g: Gazetteer, name: str, evidence: str) -> str:
    """The evidence, or "place its name begins with" when the name itself is not in the gazetteer ("part of the
    place it names" for "North London")."""
    if g.lookup(name) or any(g.lookup(v) for v in _variants(name)):
        return evidence
    if _part_of(g, name):
        return "part of the place it names"
    return "place its name begins with"


def _variants(name: str) -> list[str]:
    out = []
    s = name.strip()
    for prefix in ("the ", "The "):
        if s.startswith(prefix):
            out.append(s[len(prefix):])
    if s.endswith("'s") or s.endswith("’s"):
        out.append(s[:-2])
    for art in ("Al-", "al-", "Al ", "al ", "El-", "el-"):
        if s.startswith(art):
            out.append(s[len(art):])
    if "," in s:  # "Springfield, Ill." -> "Springfield"
        out.append(s.split(",", 1)[0])
    for abbr in (" Co.", " CO.", " Co"):  # "Plymouth Co.", "PLYMOUTH CO.": the county
        if s.endswith(abbr):
            out.append(s[: -len(abbr)] + " County")
    for suffix in (" City", " Town", " town", " city", " State", " state", " Province", " province", " Region",
                   " District", " district", " County"):  # "Borno State", "Fars Province", "Bronx County"
        if s.endswith(suffix):
            out.append(s[: -len(suffix)])
    return out


def _primary(g: Gazetteer, i: int, name: str) -> bool:
    return fold(g.name[i]) == fold(name) or g.feature_of(i) in (COUNTRY, REGION)


def _divisions_of(g: Gazetteer, name: str) -> list[int]:
    """The countries and first-level divisions a name may be ("La." -> Louisiana, "the Bahamas" -> Bahamas)."""
    return [i for i in candidates(g, name) if g.feature_of(i) in (COUNTRY, ADMIN1)]


_BASE_SUFFIX = re.compile(r" (county|city|parish|borough)$")


def _base(g: Gazetteer, name: str) -> str:
    """A name without a trailing "County", "City", "Parish", "Borough": "Suffolk County", "Suffolk City" and
    "Suffolk" are one name written three ways, none of them context for the others. Not when the rest names a
    country or a first-level division: "Kansas City", "Panama City" are other places than Kansas and Panama."""
    return _base_named(name) if g is load_gazetteer() else _base_in(g, name)


def _base_in(g: Gazetteer, name: str) -> str:
    f = fold(name)
    base = _BASE_SUFFIX.sub("", f)
    if base != f and any(g.feature_of(i) in (COUNTRY, ADMIN1) for i in g.lookup(base)):
        return f
    return base


@lru_cache(maxsize=65536)
def _base_named(name: str) -> str:
    return _base_in(load_gazetteer(), name)


def _division_people(g: Gazetteer, name: str, country: str) -> int:
    """The people of the biggest first-level division of ``country`` whose own name this is (0 if none)."""
    by_country = _division_people_named(name) if g is load_gazetteer() else _division_people_in(g, name)
    return dict(by_country).get(country, 0)


def _division_people_in(g: Gazetteer, name: str) -> tuple[tuple[str, int], ...]:
    best: dict[str, int] = {}
    for j in candidates(g, name):
        if g.feature_of(j) == ADMIN1 and _primary(g, j, name):
            best[g.country[j]] = max(best.get(g.country[j], 0), g.population[j])
    return tuple(best.items())


@lru_cache(maxsize=65536)
def _division_people_named(name: str) -> tuple[tuple[str, int], ...]:
    return _division_people_in(load_gazetteer(), name)


def _famous_size_in(g: Gazetteer, name: str) -> int:
    """The size of the biggest place of this very name: a town or county by its people, a sea or region as
    REGION_PEOPLE."""
    best = 0
    for j in candidates(g, name):
        if not _primary(g, j, name) or g.feature_of(j) in (COUNTRY, ADMIN1):
            continue
        best = max(best, REGION_PEOPLE if g.feature_of(j) == REGION else g.population[j])
    return best


@lru_cache(maxsize=65536)
def _famous_size(name: str) -> int:
    return _famous_size_in(load_gazetteer(), name)


def _same_named_divisions(g: Gazetteer, name: str) -> frozenset[tuple[str, str]]:
    return _divisions_named(name) if g is load_gazetteer() else frozenset(
        (g.country[j], g.admin1[j]) for j in candidates(g, name) if g.feature_of(j) == ADMIN1)


def _biggest_town(g: Gazetteer, name: str) -> int:
    return _biggest_town_named(name) if g is load_gazetteer() else max(
        [g.population[j] for j in candidates(g, name) if g.feature_of(j) == CITY], default=0)


@lru_cache(maxsize=65536)
def _biggest_town_named(name: str) -> int:
    g = load_gazetteer()
    return max([g.population[j] for j in candidates(g, name) if g.feature_of(j) == CITY], default=0)


@lru_cache(maxsize=65536)
def _divisions_named(name: str) -> frozenset[tuple[str, str]]:
    g = load_gazetteer()
    return frozenset((g.country[j], g.admin1[j]) for j in candidates(g, name) if g.feature_of(j) == ADMIN1)
