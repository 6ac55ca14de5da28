"""Issue 16, map points on real stories (session 4b): a famous place against a tiny namesake, a state named only as
another place's qualifier, and a tagger's piece of a longer name. Invented sentences."""

from __future__ import annotations

import re

import pytest

from crosscheck.entities.places import gazetteer as gz
from crosscheck.entities.places import qualifiers, resolve_story
from crosscheck.records import Document

try:
    gz.load_gazetteer()
except (RuntimeError, OSError):  # pragma: no cover - the gazetteer's data packages are missing
    pytest.skip("no gazetteer", allow_module_level=True)


def _story(texts: dict[str, str], names: list[str]):
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
    return None if place is None else (place.country, place.admin1, place.feature)


def test_a_hamlet_in_a_state_the_story_names_does_not_beat_a_famous_city():
    # "Boston" went to Boston, Virginia (504 people) because the story names Virginia.
    r = _story({"a": "Virginia declared an emergency. Flights out of Boston and Philadelphia were cancelled.",
                "b": "Massachusetts closed its beaches."}, ["Virginia", "Boston", "Philadelphia", "Massachusetts"])
    assert _where(r, "Boston") == ("US", "Massachusetts", "city")


def test_the_ocean_is_not_a_hamlet_of_its_name_in_a_state_the_story_names():
    # "Atlantic" was read as Atlantic, Virginia (862 people).
    r = _story({"a": "The hurricane moved up the Atlantic toward Norfolk, Virginia Beach and Virginia."},
               ["Atlantic", "Norfolk", "Virginia Beach", "Virginia"])
    assert _where(r, "Atlantic")[2] == gz.REGION


def test_a_local_town_still_beats_a_mid_sized_namesake():
    # The famous-place prior starts at a hundredfold gap: Paris, Texas (25,000) is still read in a Texas story.
    r = _story({"a": "Police in Paris and Texarkana, Texas, searched the lake."}, ["Paris", "Texarkana", "Texas"])
    assert _where(r, "Paris")[:2] == ("US", "Texas")


def test_a_state_named_only_as_another_towns_qualifier_is_no_context_for_the_others():
    # "Vienna" (a Michigan township) went to Vienna, Georgia because a recap named "Atlanta, Georgia".
    r = _story({"a": "Police in Troy and Vienna searched the office. Earlier shootings killed nine in Atlanta, "
                     "Georgia, and six in Seattle, Washington."},
               ["Troy", "Vienna", "Atlanta", "Georgia", "Seattle", "Washington"])
    assert _where(r, "Atlanta")[:2] == ("US", "Georgia")
    assert _where(r, "Vienna") is None or _where(r, "Vienna")[1] != "Georgia"


def test_a_reports_one_qualifying_state_is_still_context_for_its_other_names():
    # Only a recap that qualifies places with several states loses them as context; "Findlay, Ohio" alone is the
    # report's state, and Lima is Lima, Ohio, not Peru's capital.
    r = _story({"a": "Police in Lima and Findlay, Ohio searched the river."}, ["Lima", "Findlay", "Ohio"])
    assert _where(r, "Lima")[:2] == ("US", "Ohio")


def test_a_piece_of_a_longer_name_is_that_name():
    # The tagger cut "New York City" to "York City" in one report: it went to York County, Virginia.
    r = _story({"a": "Subways in New York City stopped.", "b": "Norfolk, Virginia and York City braced."},
               ["New York City", "York City", "Norfolk", "Virginia"])
    assert _where(r, "York City") == _where(r, "New York City") == ("US", "New York", "city")
