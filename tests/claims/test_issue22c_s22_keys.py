"""Issue 22c, twenty-second session: keys (what a figure counts) and three false agreements of main.

- a height in feet and inches ("the 6-foot-9 forward") is one length, not its feet alone (two reports agreed on "6-foot",
  a height neither told);
- a zero told as what its teller knows of ("no reports of civilian casualties") stands against a toll but is no witness
  of an agreement (two officials of one side "agreed" on 0 killed and 0 injured while the toll was disputed);
- a toll told "believed to have died" is the toll, as "thought to have died" was ("possibly people killed" never met
  "killed up to 160 people");
- a share told of "it" by another source ("private estimates say it is nearer 20 percent") is of the thing the sentence before
  told its share of ("Joblessness is officially 9 percent").
The sentences are made up for the tests."""

import re

import pytest

from crosscheck.claims import extract_claims, extract_quantities
from crosscheck.records import Document, Sentence, Sources
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.basis import basis_key
from evaluation.real_stories.score import parse_value
from tests.claims.one_sentence import claim_of, reconcile_pair

SAME_DAY = {"a": "2031-05-06", "b": "2031-05-06"}


# Heights in feet and inches.

@pytest.mark.parametrize("text,figure,feet", [
    ("The 6-foot-9 forward from Plimton needed nine points.", "6-foot-9", 6.75),
    ("Deputies said the man is 5-foot-8, with a scar on his chin.", "5-foot-8", 5 + 8 / 12),
    ("He was 5-feet-8 inches tall and thin.", "5-feet-8 inches", 5 + 8 / 12),
    ("The keeper stands 6 feet 2 inches tall.", "6 feet 2 inches", 6 + 2 / 12),
    ("The 6ft 2in lock played on.", "6ft 2in", 6 + 2 / 12),
])
def test_a_height_in_feet_and_inches_is_one_length(text, figure, feet):
    found = [q for q in extract_quantities(text) if q.text == figure]
    assert len(found) == 1
    assert found[0].value == pytest.approx(feet)
    assert found[0].normalized.value == pytest.approx(feet * 0.0003048, rel=1e-3)


@pytest.mark.parametrize("text,figures", [
    ("Orozco is 5-foot-8, 135 pounds, deputies said.", ["5-foot-8", "135 pounds"]),  # a height then a weight
    ("Comeaux, a 6-foot, 200-pound man, was serving a sentence.", ["6-foot", "200-pound"]),  # feet alone
    ("The wall rose 6 feet 2 days later.", ["6 feet", "2 days"]),  # no inches written: another figure
])
def test_feet_and_a_figure_after_them_stay_apart(text, figures):
    assert [q.text for q in extract_quantities(text)] == figures


def test_the_inches_word_is_no_thing_measured():
    # the parse once gave "inches" as the thing the height measures, so two heights were keyed "inches"
    assert claim_of("He was 5-feet-8 inches tall and thin.", "5-feet-8 inches").subject is None


def test_two_reports_of_one_height_in_feet_and_inches_agree_on_it():
    agreements, _ = reconcile_pair("The 6-foot-9 senior scored 20 points as Plimton State beat Vantor on Friday.",
                                   "Plimton State won on Friday night behind the 6-foot-9 senior, who had 20 points "
                                   "against Vantor.", SAME_DAY)
    heights = [a for a in agreements if any("foot" in i.text for i in a.items)]
    assert heights and all(i.text == "6-foot-9" for a in heights for i in a.items)


def test_the_scorer_reads_the_gold_height_in_feet_and_inches():
    assert parse_value("6-foot-9") == pytest.approx(6.75)
    assert parse_value("5-feet-8 inches") == pytest.approx(5 + 8 / 12)
    assert parse_value("30-foot") == 30.0  # feet alone, as before


# A zero told as what its teller knows of.

@pytest.mark.parametrize("text,unaware", [
    ("no reports of civilian casualties", True),
    ("no indication of any civilian casualties", True),
    ("unaware of any deaths", True),
    ("no casualties", False),
    ("no one", False),
])
def test_a_zero_told_as_what_its_teller_knows_of(text, unaware):
    from crosscheck.claims.zeros import told_as_unaware

    assert told_as_unaware(text) is unaware


def test_two_officials_who_saw_no_reports_of_casualties_are_no_agreement():
    text_a = "The commander told reporters in Plimton she knew of no reports of civilian casualties there."
    text_b = "\"There is no indication of any civilian casualties in Plimton,\" the general told reporters."
    agreements, _ = reconcile_pair(text_a, text_b, SAME_DAY)
    assert not [a for a in agreements if any("casualties" in i.text for i in a.items)]


def test_no_reports_of_casualties_still_stands_against_a_toll():
    # a denial against a count: the conflict a fact-checker expects is kept (a witness of no agreement only)
    _, conflicts = reconcile_pair("A health official said 64 civilians had been killed in the raids on Plimton.",
                                  "The commander told reporters in Plimton she knew of no reports of civilian "
                                  "casualties there.", SAME_DAY)
    assert any({i.text for i in c.items} >= {"64", "no reports of civilian casualties"} for c in conflicts)


def test_two_reports_that_no_one_was_hurt_still_agree():
    agreements, _ = reconcile_pair("No one was injured in the blaze at the Plimton depot, firefighters said.",
                                   "The Plimton depot blaze on Tuesday left no one injured, the fire service said.",
                                   SAME_DAY)
    assert [a for a in agreements if any(i.text.lower().startswith("no one") for i in a.items)]


# "believed to have died": the toll.

def test_a_toll_believed_to_have_died_is_the_toll():
    assert basis_key(claim_of("Officials said up to 120 people were now believed to have died after the storm.",
                              "up to 120")) == ("count", None, "people killed")


@pytest.mark.parametrize("text,figure", [
    ("Twelve sailors are believed dead after the storm.", "Twelve"),  # no happening told: still hedged
    ("Nine pupils are believed to be infected.", "Nine"),
    ("The sect is believed to have about 700 members in the valley.", "about 700"),  # "have" of owning
])
def test_a_belief_with_no_happening_told_stays_hedged(text, figure):
    key = basis_key(claim_of(text, figure))
    assert key is not None and key[2].startswith("possibly ")


# A share told of "it".

def _doc(doc_id: str, text: str) -> Document:
    sentences, at = [], 0
    for s in re.split(r"(?<=[.!?])\s+", text):
        start = text.find(s, at)
        sentences.append(Sentence(s, start, start + len(s)))
        at = start + len(s)
    return Document(doc_id, doc_id, doc_id, "txt", text, text, sentences)


def _reconcile(claims):
    return reconcile_claims(claims, Sources(documents=[("a", "one.example")]), published={"a": "2031-05-06"})


def _keys(text: str) -> dict[str, tuple | None]:
    return {c.text: basis_key(c) for c in extract_claims([_doc("a", text)])}


@pytest.mark.parametrize("text", [
    "Joblessness is officially 9 percent. Private estimates say it is nearer 20 percent.",
    "Joblessness is officially 9 percent. Economists put it at 20 percent.",
])
def test_a_share_told_of_it_by_another_source_is_of_the_thing_told_before(text):
    keys = _keys(text)
    assert keys["9 percent"] == keys["20 percent"] == ("percentage", "%", "joblessness")


@pytest.mark.parametrize("text", [
    "The jobless rate is 5 percent. Analysts say it will be 7 percent next year.",  # a forecast
    "Inflation is 4 percent. Critics say it was 6 percent in May.",  # another time
    "Inflation is 4 percent. It is 6 percent in the north.",  # no source telling its own figure
])
def test_a_share_of_it_of_another_time_or_teller_has_no_key_from_before(text):
    second = [k for t, k in _keys(text).items() if t.startswith(("7", "6"))]
    assert second == [None]
