"""A candidate's score and the choice among a name's candidates (see :mod:`.resolution` for what each part means):
the weights, each candidate's components, and the evidence kept for the winner, or why the name stays unresolved."""

from __future__ import annotations

import difflib
import math
from collections import Counter

from .gazetteer import ADMIN1, ADMIN2, AIRPORT, CITY, COUNTRY, REGION, Gazetteer, load_gazetteer
from .model import Resolution
from .names import (NOT_PLACES, SMALL_TOWN, _biggest_town, _division_people, _famous_size, _famous_size_in,
                    _primary, _same_named_divisions, _within, fold, haversine_km)
from .qualifiers import _dateline_form


# Weights, tuned on the dev halves of LGL and GeoWebNews (evaluation/geoparsing.py).
W = {
    "population": 0.3,  # per factor of ten people
    "primary": 0.6,  # the name is the entry's own, not an alternate
    COUNTRY: 3.0,
    REGION: 5.0,  # a sea, continent or region named beats a hamlet of that name ("North Sea", New York)
    ADMIN1: 2.2,
    ADMIN2: 0.2,
    AIRPORT: 2.0,  # an airport's bare name ("Heathrow", "Gatwick") beats a small town of that name
    "capital": 3.0,  # a national capital counts as much as its country ("Washington")
    "country in story": 2.2,
    "admin1 in story": 2.0,
    "nearby place": 1.6,
    "dateline": 2.0,
    "outlet country": 0.5,
    "coherent readings": 1.2,  # a reading near some plausible reading of each other name of the report
    "outlet home": 1.0,  # a town or county near the town the outlet is named for ("columbuslocalnews.com")
    "tiny namesake": 0.5,  # per factor of ten a town is smaller than its famous namesake, beyond FAMOUS_RATIO
    "states beside": 1.5,
    "dateline form": 1.0,  # a name in capitals ("NEW YORK") is a dateline's: the town of a division's name  # a name read as a first-level division among others of its country the report names
}
STATES_BESIDE = 4  # ... when at least this many other first-level divisions of that country are named there
FAMOUS = 100_000  # a town this big (or a sea or region) makes its far smaller namesakes unlikely readings ...
FAMOUS_RATIO = 100  # ... when they are more than this many times smaller ("Boston", Virginia: 504 people)
PLAUSIBLE = 10  # readings of another name that count for coherence: its best few after the first pass,
PLAUSIBLE_GAP = 1.0  # ... those scoring within this of its best (less the feature prior)
NEAR_KM = 250.0  # a place this far from the others counts as about one third "near"
COHERENT_KM = 100.0  # a sharper scale for coherent readings: ambiguous names that share one place lie together
UNRESOLVED_MARGIN = 0.25


def _plausible_towns(g: Gazetteer, scored: list) -> list[int]:
    """A name's plausible readings as a town or county: the best few by their first-pass score less the
    feature prior (a capital's or a division's extra weight says nothing of which town is meant)."""
    towns = sorted(((t - c.get("country beats town", 0.0) - c.get("famous place", 0.0), i) for t, i, c in scored
                    if g.feature_of(i) in (CITY, ADMIN2)), reverse=True)[:PLAUSIBLE]
    return [i for t, i in towns if t >= towns[0][0] - PLAUSIBLE_GAP]


def _components(g: Gazetteer, i: int, name: str, countries: dict[str, float], admin1s: dict[tuple[str, str], float],
                others: list[int] | None, outlet: str | None, dateline: list[int] | None,
                readings: list[list[int]] | None = None, local: bool = False,
                home: list[int] | None = None, home_town: bool = False,
                beside: Counter | None = None) -> dict[str, float]:
    feature = g.feature_of(i)
    if feature == CITY and (g.country[i], g.admin1[i]) in _same_named_divisions(g, name):
        feature = ADMIN1  # "Hodeidah": the city in the governorate of that name is the more precise reading
    elif (feature == CITY and i in g.capitals and fold(g.name[i]) == fold(name) and g.population[i] >= 100_000
          and not local):
        feature = "capital"
    elif feature == ADMIN1 and g.population[i] < _biggest_town(g, name):
        feature = ADMIN2  # a small division does not beat a bigger same-named town ("Portland", Jamaica)
    comp = {
        "population": 0.0 if home_town else W["population"] * math.log10(g.population[i] + 10),
        "famous place": -_tiny_namesake(g, i, name) if feature in (CITY, ADMIN2) and not home_town else 0.0,
        "primary": W["primary"] if _primary(g, i, name) else 0.0,
        "country beats town": W.get(feature, 0.0) if feature != CITY else 0.0,
        "country in story": W["country in story"] * countries.get(g.country[i], 0.0),
        "admin1 in story": (W["admin1 in story"] * admin1s.get((g.country[i], g.admin1[i]), 0.0)
                            if g.feature_of(i) in (CITY, ADMIN2, ADMIN1) else 0.0),
    }
    if (beside and feature == ADMIN1 and _primary(g, i, name) and not _dateline_form(name)
            and beside.get(g.country[i], 0) >= STATES_BESIDE):
        # One of several states the report names ("... Utah, Virginia, Washington, West Virginia and Wyoming"):
        # the state, not the capital or a town of its name.
        comp["states beside"] = W["states beside"]
    if feature == ADMIN1 and g.feature_of(i) == CITY and _dateline_form(name):
        # A name in capitals is a dateline's ("NEW YORK (AP) -"), and a dateline names a town: the city of the
        # division's name, not the division ("NEW YORK": New York City, not the state).
        comp["dateline form"] = W["dateline form"]
    if others:
        near = 0.0
        for j in others:
            if j == i:
                continue
            d = haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j])
            if feature == REGION:  # a sea or region is near the countries around it
                near += math.exp(-d / (4 * NEAR_KM))
            # A state's point is no place things happen near: a town or county gets nearness from towns, counties
            # and regions (the state already gives "admin1 in story"; counted twice, Boston, New York, 8,049 people,
            # beside "New York" and "Texas" looked nearer the report's places than Boston, Massachusetts).
            elif g.feature_of(j) != COUNTRY and not (feature in (CITY, ADMIN2) and g.feature_of(j) == ADMIN1):
                near += math.exp(-d / NEAR_KM)
        comp["nearby place"] = W["nearby place"] * min(1.0, near / 2)
    if readings and feature in (CITY, ADMIN2):
        # Coherence: each other name of the report that has some plausible reading near this one
        # ("Mansfield" beside "Arlington" and "Grand Prairie", all ambiguous, all in Texas).
        fit = sum(max(math.exp(-haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) / COHERENT_KM) for j in js)
                  for js in readings)
        comp["coherent readings"] = W["coherent readings"] * min(1.0, fit / 2)
    if home and feature in (CITY, ADMIN2):
        # The town the outlet is named for: a local paper's other places lie around it.
        comp["outlet home"] = W["outlet home"] * max(
            math.exp(-haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) / NEAR_KM) for j in home)
    if outlet:
        comp["outlet country"] = W["outlet country"] if g.country[i] == outlet else 0.0
    if dateline:
        d = min(haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) for j in dateline)
        comp["dateline"] = W["dateline"] * math.exp(-d / NEAR_KM)
    if (feature in (CITY, ADMIN2) and not home_town and g.population[i] < FAMOUS
            and _division_people(g, name, g.country[i]) > DIVISION_RATIO * (g.population[i] + 10)):
        # A name that is a country's or a first-level division's own ("Florida", "Oregon", "Wyoming") means the
        # division: a far smaller town of that name gets no credit from the story's other places ("Florida", New
        # York beside "New York"; "Oregon", Ohio beside "Ohio"). Only the text's own qualifier ("Oregon, Ohio")
        # makes it the town (see qualifier_after).
        for k in DIVISION_NAME_BLOCKS:
            if k in comp:
                comp[k] = 0.0
    return comp


DIVISION_RATIO = 10  # a country or division this many times bigger than a same-named town is what the name means
DIVISION_NAME_BLOCKS = ("admin1 in story", "nearby place", "coherent readings", "outlet home")


def _tiny_namesake(g: Gazetteer, i: int, name: str) -> float:
    """How much less likely a town is for being far smaller than a famous place of its name: a weak cue (a
    state the story names once) does not beat a thousandfold gap ("Boston": Massachusetts, not the hamlet in
    Virginia; "Atlantic": the ocean, not Atlantic, Virginia). Nothing for a gap under FAMOUS_RATIO, so a local
    story's town still beats a mid-sized namesake ("Paris", Texas)."""
    famous = _famous_size(name) if g is load_gazetteer() else _famous_size_in(g, name)
    if famous < FAMOUS:
        return 0.0
    gap = math.log10(famous / (g.population[i] + 10)) - math.log10(FAMOUS_RATIO)
    return W["tiny namesake"] * gap if gap > 0 else 0.0


def _best(g, name, cs, countries, admin1s, others, outlet, dateline, readings=None, local=False, home=None,
          home_town=False, beside=None, team=False):
    if not cs:
        return None, []
    comps = [(i, _components(g, i, name, countries, admin1s, others, outlet, dateline, readings, local, home,
                             home_town, beside)) for i in cs]
    if others:  # nearness is only known in the second pass
        _state_needs_nearness(g, comps)
    if team:
        _team_city(g, comps)
    scored = [(sum(c.values()), i, c) for i, c in comps]
    scored.sort(key=lambda s: -s[0])
    return scored[0][1], scored


NAMESAKE_RATIO = 30  # a town this many times smaller than a city of 100,000+ of its name is its "small namesake"


def _state_needs_nearness(g: Gazetteer, comps: list[tuple[int, dict[str, float]]]) -> None:
    """A state the story names supports a far smaller namesake of a famous city only when the town also lies
    nearer the report's other places than the famous city does: "Buffalo" in a Toronto report naming Texas (the
    Rangers) is Buffalo, New York, not Buffalo, Texas (1,887 people); "Boston" beside "New York City" is not
    Boston, New York. A local report's town keeps it (Paris, Texas beside Texarkana and Clarksville)."""
    def near(c: dict[str, float]) -> float:
        return c.get("nearby place", 0.0) + c.get("coherent readings", 0.0)

    if not any(c.get("admin1 in story", 0.0) > 0 for _, c in comps):
        return
    famous = [(g.population[j], near(c)) for j, c in comps if g.population[j] >= FAMOUS and g.feature_of(j) == CITY]
    if not famous:
        return
    for i, c in comps:
        if c.get("admin1 in story", 0.0) > 0 and g.feature_of(i) in (CITY, ADMIN2) and any(
                people >= NAMESAKE_RATIO * (g.population[i] + 10) and near(c) < near_j for people, near_j in famous):
            c["admin1 in story"] = 0.0


def _team_city(g: Gazetteer, comps: list[tuple[int, dict[str, float]]]) -> None:
    """In a sports report whose other towns are all big cities (teams' home cities: "Dallas", "Houston",
    "Oakland"), a name shared by a famous city and a far smaller town is the famous city's team: the small
    namesake gets no credit from the state or the places around it ("The Rockets swept their season series with
    Portland" in an AP roundup naming Texas cities is Portland, Oregon, not Portland, Texas). A local sports page
    naming small towns ("Belle Plaine", "Watertown", "Montgomery", Minnesota) is not such a report (see resolve)."""
    famous = max((g.population[j] for j, _ in comps if g.feature_of(j) == CITY and g.population[j] >= FAMOUS),
                 default=0)
    if not famous:
        return
    for i, c in comps:
        if g.feature_of(i) in (CITY, ADMIN2) and famous >= NAMESAKE_RATIO * (g.population[i] + 10):
            for k in TEAM_CITY_BLOCKS:
                if k in c:
                    c[k] = 0.0


TEAM_CITY_BLOCKS = ("admin1 in story", "nearby place", "coherent readings", "outlet home")
# What ties a reading to the report's own region, not just its country.
LOCAL_SUPPORT = ("admin1 in story", "nearby place", "coherent readings", "dateline", "outlet home")


def _another_places_name(g: Gazetteer, i: int, name: str) -> bool:
    """Whether ``name`` reaches entry ``i`` only through an alternate name that shares no word with the entry's own
    and does not read as a spelling of it ("Mill Hill" for Trenton; not "Kharkov" for Kharkiv, "Peking" aside)."""
    own, said = fold(g.name[i]), fold(name)
    if own == said or set(own.split()) & set(said.split()):
        return False
    return difflib.SequenceMatcher(None, own, said).ratio() < DIFFERENT_NAME_RATIO


# Below this similarity two names are not spellings of one ("kharkov"/"kharkiv" 0.86, "peking"/"beijing" 0.62,
# "mill hill"/"trenton" 0.0): the middle of the gap between transliterations and unrelated names.
DIFFERENT_NAME_RATIO = 0.5


def _town_of_the_division(g: Gazetteer, name: str, i: int, j: int) -> int | None:
    """Of a first-level division and a town both of this very name ("Tokyo", "Sao Paulo"), the town when it lies in
    the division; None for any other pair."""
    town, division = sorted((i, j), key=lambda k: g.feature_of(k) != CITY)
    if (g.feature_of(town) == CITY and g.feature_of(division) == ADMIN1
            and (g.country[town], g.admin1[town]) == (g.country[division], g.admin1[division])
            and fold(g.name[town]) == fold(name) == fold(g.name[division])):
        return town
    return None


def _resolution(g, name, cs, countries, admin1s, others, outlet, dateline, readings=None, local=False,
                home=None, home_town=False, beside=None, team=False, divided=frozenset(),
                qualified=False) -> Resolution:
    if fold(name) in NOT_PLACES:
        # A compass word is no place, except as the own name of a first-level division of a country the same
        # report names ("North West" in a report on South Africa: the North West province).
        cs = [i for i in cs if g.feature_of(i) == ADMIN1 and _primary(g, i, name) and countries.get(g.country[i]) == 1.0]
        if not cs:
            return Resolution(name, None, "not a place on a map")
    best, scored = _best(g, name, cs, countries, admin1s, others, outlet, dateline, readings, local, home, home_town,
                         beside, team)
    if best is None:
        return Resolution(name, None, "not in the gazetteer")
    total, i, comp = scored[0]
    context_support = any(comp.get(k, 0.0) > 0.05 for k in ("country in story", "admin1 in story", "nearby place",
                                                               "coherent readings", "dateline", "outlet country",
                                                               "outlet home"))
    # (A town the text names with its state or country, "Caddo, Okla.", has the text's own support.)
    if g.feature_of(i) == CITY and g.population[i] < SMALL_TOWN and not context_support and not qualified:
        return Resolution(name, None, "unresolved: only a small town of that name, and nothing in the story near it",
                          len(scored), 0.0, i, comp)
    if (g.feature_of(i) == CITY and not qualified and g.population[i] < FAMOUS and _another_places_name(g, i, name)
            and any(c != g.country[i] for c, w in countries.items() if w > 0)
            and not any(comp.get(k, 0.0) > 0.05 for k in LOCAL_SUPPORT)):
        # GeoNames files a town's districts and villages among its alternate names ("Mill Hill" under Trenton, New
        # Jersey): such a name is another place, often one the gazetteer lacks (Mill Hill, London, in a BBC report
        # naming Britain: the tenth session's new-user run put it in the United States). Where the story also names
        # another country, only the report's own region makes it the town; its country alone does not. A famous
        # city's other names are its own (Calcutta, Saigon, Canton: FAMOUS spares them).
        return Resolution(name, None, f"unresolved: {name} is filed under {g.name[i]} as another name, and nothing "
                          "in the story lies near it", len(scored), 0.0, i, comp)
    if len(scored) == 1:
        return Resolution(name, i, _within(g, name, "only candidate"), 1, 0.0, i, comp)
    runner_total, j, runner = scored[1]
    margin = total - runner_total
    diffs = {k: comp.get(k, 0.0) - runner.get(k, 0.0) for k in comp}
    evidence = max(diffs, key=lambda k: diffs[k])
    if g.feature_of(i) == CITY and g.feature_of(j) == ADMIN1 and (g.country[i], g.admin1[i]) == (
            g.country[j], g.admin1[j]):
        evidence = "town of the division's name"
    elif evidence == "primary":
        evidence = "name"
    elif evidence == "country beats town" and g.feature_of(i) == REGION:
        evidence = "sea or region beats town"
    far = haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) > 161
    if evidence == "population" and far and margin < UNRESOLVED_MARGIN:
        town = _town_of_the_division(g, name, i, j)
        if town is not None and g.country[town] not in divided:
            # A division and the town of its name inside it ("Tokyo", "Sao Paulo") are not two rival places that
            # nothing tells apart: the town is the more precise reading, and it lies in the division. Not where the
            # report names other divisions of that country ("Quebec" beside "British Columbia": the province).
            return Resolution(name, town, "town of the division's name", len(scored), margin, town,
                              comp if town == i else runner)
        return Resolution(name, None, "unresolved: same-named places of like size, nothing in the story decides",
                          len(scored), margin, i, comp)
    return Resolution(name, i, _within(g, name, evidence), len(scored), margin, i, comp)
