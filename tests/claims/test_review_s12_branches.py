"""Review of the twelfth session's branches (issues 20a, 20r, 19): each test is one finding, with texts made up here.

- a quotation that opens with a number word is a figure, not a title ('"Two Americans were killed," he said');
- "5,000 people lived in tents in ..." is no population: where people live must be a place;
- one figure told in two units ("5 miles" / "8 km") is one figure, its conversion rounded;
- "the theft was reported to police" names no unnamed reports;
- one unknown word after "published in" ("Geneva") is no journal that relays a study.
"""

from crosscheck.records import Claim, Normalized
from crosscheck.reconcile.agreements import _told_equal
from crosscheck.reconcile.basis import _LIVE_AFTER
from crosscheck.reconcile.nonfigure import _in_title


def _claim(text, sentence, value=2.0, unit=None, normalized=None, norm_unit=None):
    start = sentence.find(text)
    return Claim("d:c0", "d", text, sentence, value, None, unit,
                 Normalized(value if normalized is None else normalized, None, norm_unit), None, "exact",
                 start, start + len(text))


def test_a_quotation_opening_with_a_number_word_is_a_figure():
    assert not _in_title(_claim("Two", '"Two Americans were killed," the spokesman said.'))
    assert not _in_title(_claim("Two", "He said: 'Two Britons died in the crash', police said."))
    assert _in_title(_claim("Three", "“Three Tall Sisters” first aired in 2004."))  # a short quoted name stays a title
    assert _in_title(_claim("Three", "The show starred the trio Three Tall Sisters on public radio."))


def test_people_living_in_tents_are_no_population():
    assert not _LIVE_AFTER.match(" people lived in tents in Port Alder after the quake")
    assert _LIVE_AFTER.match(" people lived in Port Alder before the quake")
    assert _LIVE_AFTER.match(" people live there")


def test_a_figure_converted_between_units_is_one_figure():
    miles = _claim("5 miles", "The road was closed for 5 miles.", 5, "mile", 8.047, "km")
    km = _claim("8 km", "The road was closed for 8 km.", 8, "km", 8.0, "km")
    assert _told_equal(miles, km)
    barrels = _claim("4.9m barrels", "About 4.9m barrels leaked.", 4.9e6, "barrel", 205.8e6, "gallon")
    gallons = _claim("200 million gallons", "About 200 million gallons leaked.", 200e6, "gallon", 200e6, "gallon")
    assert not _told_equal(barrels, gallons)
    same_unit = _claim("58 km", "It struck 58 km away.", 58, "km", 58, "km")
    assert not _told_equal(same_unit, _claim("60 km", "It struck 60 km away.", 60, "km", 60, "km"))


def test_reported_to_police_names_no_unnamed_reports():
    from crosscheck.quotes.agentless import _SAID_TO

    assert not _SAID_TO.search("The theft was reported to police on Monday by the shop owner.")
    assert _SAID_TO.search("The suspect is said to have fled across the border.")


def test_a_place_after_published_in_relays_nothing():
    from crosscheck.provenance import read_sentence

    for sentence in ("The report, published in Geneva on Monday by the United Nations, said 300 people had died.",
                     "According to figures published in Kabul by the health ministry, 40 people died."):
        assert read_sentence(sentence, 0).relays == [], sentence
    study = "A study published in Hepatology found that 40 percent of the patients recovered."
    assert [study[a:b] for a, b, *_ in read_sentence(study, 0).relays] == ["Hepatology"]


def test_two_unnamed_people_of_one_report_are_no_age_conflict():
    """20r's unnamed ages: a report that tells both ages, or a sentence counting people off, tells several people."""
    from crosscheck.reconcile.unnamed_ages import _SEVERAL

    assert _SEVERAL.search("A second man, aged 25, was arrested on Monday in connection with the stabbing.")
    assert not _SEVERAL.search("A 23-year-old man was arrested on Monday in connection with the stabbing.")
