"""Issue 20, session 5 (branch issue-conf): conflict and agreement errors of test7, by class.

Each test is one error class read in `python -m evaluation.real_stories --split test7 --errors` (NOTES/issue-20-conf-errors.md).
The sentences are written for the tests (no text of the public sets is copied)."""

from crosscheck.records import Claim, Normalized, Sources
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.basis import basis_key, span_key, span_thing, subject_key, unkeyed_basis, SPAN_KEY


def _claim(doc, text, value, sentence, subject=None, unit=None, norm_unit=None, bound="exact"):
    start = sentence.find(text)
    return Claim(f"{doc}:c{start}", doc, text, sentence, value, None, unit, Normalized(value, None, norm_unit), subject,
                 bound, start, start + len(text))


def _span(doc, text, days, sentence, subject=None, bound="exact"):
    return _claim(doc, text, days, sentence, subject, unit=text.split()[-1], norm_unit="day", bound=bound)


SAME_DAY = {"a": "2008-11-16", "b": "2008-11-16", "c": "2008-11-16"}
SOURCES = Sources(documents=[("a", "one.example"), ("b", "two.example"), ("c", "three.example")])


def test_a_part_of_a_sum_told_by_groups_is_not_the_whole():
    # Pirates (test7): "the 12 Somali and 11 Yemeni pirates on board" gave 12 against "23 Somali and Yemeni
    # pirates" as a conflict: each figure of a sum told by groups is a part.
    part = _claim("a", "12", 12, "Marines boarded the dhow and detained the 12 Somali and 11 Yemeni pirates on board "
                  "on Saturday.", "somali and yemeni pirates")
    whole = _claim("b", "23", 23, "Marines boarded the dhow on Saturday and detained 23 Somali and Yemeni pirates.",
                   "somali and yemeni pirates")
    assert basis_key(part)[2].startswith("part: ")
    assert not basis_key(whole)[2].startswith("part: ")
    assert reconcile_claims([part, whole], SOURCES, published=SAME_DAY)[1] == []
    # Two measures joined by "and" are no sum: "10 killed and 20 injured".
    killed = _claim("a", "10", 10, "The blast left 10 killed and 20 injured.", "people killed")
    assert not basis_key(killed)[2].startswith("part: ")


def test_one_wire_text_lightly_edited_is_one_witness():
    # Sentencing (test7): two outlets carry one agency paragraph with a word changed ("in" / "during"); the
    # same figure in it is one witness, not an agreement of two sources.
    a = _claim("a", "four", 4, "A judge on Friday sentenced the gunman who killed four people in a courthouse "
               "rampage to several life terms with no chance of parole.", "people killed")
    b = _claim("b", "four", 4, "A judge on Friday sentenced the gunman who killed four people during a courthouse "
               "rampage to several life terms with no chance of parole, and to more years on other counts.",
               "people killed")
    assert reconcile_claims([a, b], SOURCES, published=SAME_DAY)[0] == []
    # Told in each outlet's own words, the same figure agrees.
    c = _claim("c", "four", 4, "The gunman, who shot four people dead at the courthouse, will die in prison, the "
               "judge ruled on Friday.", "people killed")
    assert len(reconcile_claims([a, c], SOURCES, published=SAME_DAY)[0]) == 1


def test_a_list_of_figures_from_one_statement_stays_independent():
    # Sukanya (test2): outlets that each write their own text repeat one statement's list of figures
    # ("14 rifles, 31 magazines and 923 rounds"); the numbers they share are no shared prose.
    a = _claim("a", "923", 923, "In five operations so far the crew has seized 14 rifles, 31 magazines and 923 rounds "
               "of ammunition, an officer said.", "rounds")
    b = _claim("b", "923", 923, "So far the navy has taken 14 rifles, 31 magazines and 923 rounds of ammunition from "
               "pirates in the gulf.", "rounds")
    assert len(reconcile_claims([a, b], SOURCES, published=SAME_DAY)[0]) == 1


def test_our_two_nations_is_no_figure():
    # State visit (test7): "the friendship between our two nations" in two quotes agreed on "nations".
    c = _claim("a", "two", 2, "The friendship we have built is a testament to the bond between our two nations.",
               "nations")
    assert basis_key(c) is None


def test_deliberation_and_deliberating_are_one_span():
    # Sentencing (test7): "after 30 hours of deliberation" (keyed "deliberation" by its subject) and "deliberated
    # for 40 hours" (a span naming "deliberated") are the jury's deliberation: two figures of one span, a conflict.
    a = _span("a", "30 hours", 30 / 24, "The jury could not reach a verdict on the sentence after 30 hours of "
              "deliberation over four days.", "deliberation")
    b = _span("b", "40 hours", 40 / 24, "Jurors deliberated for 40 hours and then told the judge they could not agree "
              "on the sentence.")
    assert subject_key(a) == subject_key(b) == SPAN_KEY
    assert span_thing(a) == span_thing(b)
    conflicts = reconcile_claims([a, b], SOURCES, published=SAME_DAY)[1]
    assert len(conflicts) == 1
    assert "time span" not in conflicts[0].explanation and "deliberat" in conflicts[0].explanation


def test_a_stay_in_hospital_is_the_span_of_the_stay():
    # Pin-up's death (test7): "had been in hospital for three weeks" named nothing that lasted; "hospitalized for
    # four weeks" named the stay: one thing, two figures.
    a = _span("a", "three weeks", 21, "Her agent said she had been in hospital for three weeks with pneumonia.")
    b = _span("b", "four weeks", 28, "She had been hospitalized for four weeks with pneumonia.")
    assert span_key(a) == "span of hospital"
    assert span_thing(a) == span_thing(b) == "span of hospital"


def test_a_span_basis_says_what_lasted():
    # New-user run: an agreement on "about 30 days" and "30 days" was told only as "a duration of time span".
    a = _span("a", "about 30 days", 30, "The company was given about 30 days to respond to the regulator.", bound="about")
    b = _span("b", "30 days", 30, "The regulator gave the company 30 days to respond to the findings.")
    agreements = reconcile_claims([a, b], SOURCES, published=SAME_DAY)[0]
    assert len(agreements) == 1
    text = agreements[0].explanation
    assert "time span" not in text and "respond" in text


def test_a_span_since_a_death_naming_nothing_is_not_compared():
    # Election (test7): "two years after the death of the ruler" and "since his death two years ago" agreed as "a
    # duration told in like words": what lasted is named by neither figure, so no basis can say it.
    c = _span("a", "two years", 730.5, "The vote is the first since the death of the ruler two years ago.")
    assert unkeyed_basis(c) is None


def test_an_age_beside_a_name_of_four_words_is_that_persons_age():
    # Arrest (test7): "Sharron Diane Crawford Smith, age 61," and "60-year-old Sharron Diane Crawford Smith" are one
    # woman's age (60 vs 61, a conflict); a name of four words, or "age 61", hid it.
    from crosscheck.reconcile.basis import aged_person, measure

    def age(doc, text, value, sentence, unit=None):
        return _claim(doc, text, value, sentence, None, unit=unit, norm_unit="day")
    a = age("a", "61", 61, "Police charged Mary Ann Carter Jones, age 61, with two counts of murder.")
    b = age("b", "60-year-old", 60, "Detectives said 60-year-old Mary Ann Carter Jones was arrested at her home.",
            unit="year-old")
    assert measure(a) == "age"
    assert aged_person(a) == aged_person(b) == "age of carter jones"
    assert len(reconcile_claims([a, b], SOURCES, published=SAME_DAY)[1]) == 1


def test_a_report_that_tells_both_figures_as_two_moments_has_two_happenings():
    # Island quake (test7): three outlets' Sunday 5.6 against a report's "a magnitude-5.2 quake has injured three
    # people", where that report also says "Earlier on Sunday a 5.6 quake jolted the island": two quakes, no
    # conflict; the report's own two tellers of the second quake (state TV 5.2, USGS 5.4) are one.
    day = {"a": "2008-09-15", "b": "2008-09-15"}
    sunday = _claim("a", "5.6", 5.6, "A 5.6 magnitude earthquake hit the island on Sunday, injuring five people, state "
                    "media said.", "quake magnitude")
    monday = _claim("b", "5.2", 5.2, "Iran's state television says a magnitude-5.2 quake has injured three people on "
                    "the island.", "quake magnitude")
    usgs = _claim("b", "5.4", 5.4, "The U.S. Geological Survey put the quake's strength at magnitude-5.4.",
                  "quake magnitude")
    earlier = _claim("b", "5.6", 5.6, "Earlier on Sunday a 5.6 quake jolted the island.", "quake magnitude")
    for c, offset in ((usgs, 200), (earlier, 300)):
        c.start, c.end = c.start + offset, c.end + offset
    conflicts = reconcile_claims([sunday, monday, usgs, earlier], SOURCES, published=day)[1]
    assert [sorted(i.text for i in f.items) for f in conflicts] == [["5.2", "5.4"]]
