"""Issue 21q: a room or a building the model labelled a country, city or state (GPE) is a facility ("the Oval Office")."""

from __future__ import annotations

from crosscheck.entities.ner import RawMention
from crosscheck.entities.types import rooms_and_buildings
from crosscheck.records import Mention


def _m(name: str, label: str) -> RawMention:
    return RawMention(Mention("d", 0, len(name), name, label), None, name)


def test_a_room_or_a_building_labelled_gpe_is_a_facility():
    got = rooms_and_buildings([_m("Oval Office", "GPE"), _m("East Room", "GPE"), _m("Carnegie Hall", "GPE")], {})
    assert [rm.mention.label for rm in got] == ["FAC", "FAC", "FAC"]


def test_a_town_named_like_a_building_and_other_labels_stay():
    got = rooms_and_buildings([_m("Mill Hall", "GPE"), _m("Foreign Office", "ORG"), _m("Ohio", "GPE"),
                               _m("White House", "GPE")], {"mill hall": "city"})
    assert [rm.mention.label for rm in got] == ["GPE", "ORG", "GPE", "GPE"]
