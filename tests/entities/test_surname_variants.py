"""Issue 20 item 8: one person written with two spellings of a surname; a bare surname after one full name."""

from crosscheck.entities.aliases import resolve
from crosscheck.entities.ner import RawMention
from crosscheck.records import Mention


def _m(doc, name, start=0, title=None):
    return RawMention(Mention(doc, start, start + len(name), name, "PERSON"), title, name)


def _groups(mentions):
    return sorted(sorted({rm.name for rm in g}) for g in resolve(mentions, {}, {}))


def test_transliterated_surnames_are_one_person():
    groups = _groups([_m("a", "Omarr Kaddouri"), _m("a", "Kaddouri"), _m("b", "Oumarr Qaddouri"),
                      _m("b", "Qaddouri"), _m("c", "Khaddouri")])
    assert groups == [["Kaddouri", "Khaddouri", "Omarr Kaddouri", "Oumarr Qaddouri", "Qaddouri"]]


def test_close_surnames_with_different_first_names_stay_two_people():
    groups = _groups([_m("a", "Dalia Penwarden"), _m("b", "Tobias Penwardin")])
    assert len(groups) == 2


def test_close_surname_alone_does_not_join_a_person_written_one_way():
    # "Halvorsen" is not "Greta Halvorson" unless the story itself spells her two ways.
    groups = _groups([_m("a", "Greta Halvorson"), _m("b", "Halvorsen")])
    assert len(groups) == 2


def test_spelling_that_fits_two_people_joins_neither():
    groups = _groups([_m("a", "Ivo Marchetti"), _m("b", "Ivo Marchetty"), _m("c", "Ivo Marcheti")])
    assert len(groups) == 1  # one person, three spellings: all agree
    # "J. Marchetty" fits Jan and Jon Marchetti, two people: it joins neither.
    groups = _groups([_m("a", "Jan Marchetti"), _m("a", "Jon Marchetti"), _m("b", "J. Marchetty")])
    assert ["J. Marchetty"] in groups and len(groups) == 3


def test_bare_surname_joins_the_full_name_named_before_it_not_the_byline():
    groups = _groups([_m("a", "Corwin T. Basset Sr.", 100), _m("a", "Basset", 200), _m("a", "Basset", 300),
                      _m("a", "Nadia Basset", 900), _m("b", "Nadia Basset", 500)])
    assert ["Basset", "Corwin T. Basset Sr."] in groups
    assert ["Nadia Basset"] in groups


def test_bare_surname_stays_apart_when_two_full_names_come_before_it():
    groups = _groups([_m("a", "Luisa Ferreira", 100), _m("a", "Anton Ferreira", 150), _m("a", "Ferreira", 200)])
    assert ["Ferreira"] in groups


def test_two_close_spellings_in_one_report_are_two_people():
    # A senator and an admiral with close surnames, both named in one report, and in others apart.
    groups = _groups([_m("a", "Greta Landrieu"), _m("a", "Greta Landry"), _m("b", "Greta Landry"),
                      _m("c", "Greta Landrieu")])
    assert len(groups) == 2
