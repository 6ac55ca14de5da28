"""Issue 20, twentieth session (helper 20h): the final "same thing?" check of a conflict (``likeness.sure_pair``).
Two of helper 20p's rules (nineteenth session) kept, and the false conflict its sentence-anchor rule made mended. The
sentences below are made up."""

from crosscheck.records import Claim, Normalized


def _one(doc: str, sentence: str, text: str, value: float, subject: str = "things", unit: str | None = None,
         holder: str | None = None) -> Claim:
    start = sentence.find(text)
    assert start >= 0, text
    c = Claim(f"{doc}-{start}", doc, text, sentence, value, None, unit, Normalized(value, None, unit), subject, "exact",
              start, start + len(text))
    if holder is not None:
        c.holder = holder
    return c


def test_a_number_with_a_unit_is_not_a_year():
    from crosscheck.reconcile.moments import _YEAR
    assert _YEAR.findall("The hiker fell around 2000ft (610 metres) into the gorge.") == []
    assert _YEAR.findall("a 1900-metre climb") == []
    assert _YEAR.findall("In 2000 the hut was rebuilt.") == ["2000"]


def test_two_sentences_telling_one_list_of_things_seized_are_sure():
    from crosscheck.reconcile.likeness import sure_pair
    navy = _one("a", "Sailors confiscated 9 carbines, 20 magazines and 700 cartridges from the skiff along with ropes, "
                     "the captain said.", "700", 700, "cartridges")
    other = _one("b", "During the boarding, four carbines, 11 magazines and about 250 cartridges of ammunition were found "
                      "and confiscated.", "about 250", 250, "cartridges")
    assert sure_pair(navy, other, "cartridges", {})
    # one shared word of the sentences is not enough
    loose = _one("c", "Harbour officials said about 250 cartridges were stored at the depot.", "about 250", 250,
                 "cartridges")
    assert not sure_pair(navy, loose, "cartridges", {})


def test_a_shared_place_is_not_a_shared_happening():
    """Two groups in one quarter of a town (20p's rule made them one: the sentences shared only the place)."""
    from crosscheck.reconcile.likeness import sure_pair
    first = _one("a", "He was among a group of 40 students, who had thrown eggs at the van in the Harlow Vale quarter.",
                 "40", 40, "students")
    second = _one("b", "That night, about 200 students marched with torches to the town hall, in the Harlow Vale quarter.",
                  "about 200", 200, "students")
    assert not sure_pair(first, second, "students", {})


def test_a_sentence_told_of_another_moment_is_not_sure_by_shared_words():
    from crosscheck.reconcile.likeness import sure_pair
    navy = _one("a", "Sailors confiscated 9 carbines, 20 magazines and 700 cartridges from the skiff along with ropes, "
                     "the captain said.", "700", 700, "cartridges")
    later = _one("b", "Later, four carbines, 11 magazines and about 250 cartridges of ammunition were found and "
                      "confiscated.", "about 250", 250, "cartridges")
    assert not sure_pair(navy, later, "cartridges", {})


def test_two_sentences_telling_one_person_by_one_age_are_that_persons_figures():
    """Whose fall: both sentences tell it of a person of one age, though neither clause shares a word beyond the fall."""
    from crosscheck.reconcile.likeness import sure_pair
    first = _one("a", "A 52-year-old hiker from Dunmore died on Sunday after he slipped and fell about 90m down a scree "
                      "slope.", "about 90m", 90, "fall")
    second = _one("b", "A 52-year-old tramper is dead after falling about 140 metres at Gleneagle Peak.",
                  "about 140 metres", 140, "fall")
    assert sure_pair(first, second, "fall", {})
    other = _one("c", "A 47-year-old tramper is dead after falling about 140 metres at Gleneagle Peak.",
                 "about 140 metres", 140, "fall")
    assert not sure_pair(first, other, "fall", {})


def test_a_teller_named_at_the_sentences_end_is_not_whose_figure_it_is():
    from crosscheck.reconcile.compare import _Aliases
    from crosscheck.reconcile.likeness import sure_pair, _untold
    aliases = _Aliases([("Ida Brand", "person:ida-brand"), ("Brand", "person:ida-brand"),
                        ("Otto Lenz", "person:otto-lenz"), ("Lenz", "person:otto-lenz")])
    one = _one("a", "The clerk was married two weeks ago to Ida Brand.", "two weeks", 14, "time span")
    other = _one("b", "The clerk, who was married about three weeks ago, leaves a wife and a son, Lenz said.",
                 "about three weeks", 21, "time span")
    assert _untold(other.sentence).endswith("a son")
    assert sure_pair(one, other, "time span", {}, aliases)
    # a person the sentence tells of, not as its teller, still keeps the two apart
    apart = _one("c", "Otto Lenz, who was married about three weeks ago, leaves a wife and a son.",
                 "about three weeks", 21, "time span")
    assert not sure_pair(one, apart, "time span", {}, aliases)
