"""Issue 16, session 10: a division a report's public bodies are named for ("Georgia Bureau of Investigation") is
context for its places, though the division is no toponym. Invented texts shaped on an LGL dev error (an Atlanta
paper's "Albany" serial-rape arrest, with the GBI, stayed unresolved between Albany, New York and Albany, Georgia);
science news citing a university of a state stays no such context (GeoVirus dev: "University of California"
researchers beside "Pittsburgh" would make it Pittsburg, California)."""

from __future__ import annotations

import pytest

from crosscheck.entities.places import gazetteer as gz
from crosscheck.entities.places import resolution as rs
from crosscheck.entities.places.qualifiers import institution_divisions

try:
    gz.load_gazetteer()
except (RuntimeError, OSError):  # pragma: no cover - the gazetteer's data packages are missing
    pytest.skip("no gazetteer", allow_module_level=True)


def _resolve(names: list[str], text: str) -> dict[str, rs.Resolution]:
    g = gz.load_gazetteer()
    ctx = rs.Context(institutions={"a": institution_divisions(text, g)})
    return {r.name: r for r in rs.resolve([rs.Toponym(n, "a") for n in names], ctx, g)}


def _state(r: rs.Resolution) -> str:
    g = gz.load_gazetteer()
    return "" if r.index is None else f"{g.country[r.index]}.{g.admin1[r.index]}"


def test_public_bodies_name_their_division():
    text = ("Agents of the Georgia Bureau of Investigation and the Texas Department of Transportation met Ohio Gov. "
            "Ted Strickland; the State of Oregon and the Washington Post were not there.")
    found = institution_divisions(text)
    assert {("US", "GA"), ("US", "TX"), ("US", "OH"), ("US", "OR")} <= found
    assert ("US", "WA") not in found  # a newspaper is no public body
    assert not institution_divisions("Researchers at the University of California found the virus.")
    assert not institution_divisions("The Kansas City Police said the man was arrested.")  # a city, no state


def test_a_town_in_a_report_on_a_states_bureau_is_in_that_state():
    text = ("A man from Albany whom police named as the suspect in a string of burglaries is now in custody. An "
            "Albany police tactical unit and Georgia Bureau of Investigation agents searched his house on Wednesday.")
    assert _state(_resolve(["Albany"], text)["Albany"]) == "US.GA"


def test_without_the_bureau_the_town_stays_undecided():
    # The guard: the same report without the state's bureau has nothing that tells the two Albanys apart.
    text = "A man from Albany whom police named as the suspect in a string of burglaries was arrested on Wednesday."
    assert _state(_resolve(["Albany"], text)["Albany"]) != "US.GA"


def test_a_university_of_a_state_is_no_context():
    text = "Researchers at the University of California and in Pittsburgh tested the vaccine in San Diego."
    assert _state(_resolve(["San Diego", "Pittsburgh"], text)["Pittsburgh"]) == "US.PA"
