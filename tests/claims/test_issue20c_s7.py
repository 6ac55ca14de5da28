"""Issue 20, seventh session (branch issue-20c): a conflict needs positive evidence of like with like.

Each test is one class of false conflict of the first blind reads (test3, test5, test7, test9, test11; see
bench/results/issue-20c-s7.md), and what the report still lists as a conflict. A disagreement without the evidence
is no conflict: reconcile hands it to ``unsure`` as a difference."""

from crosscheck.records import Claim, Normalized, Sources
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.likeness import as_of, elapsed, listed

SOURCES = Sources(documents=[("a", "one.example"), ("b", "two.example")])
SAME_DAY = {"a": "2013-03-12", "b": "2013-03-12"}


def _claim(doc, text, value, sentence, subject=None, unit=None, norm_unit=None, bound="exact"):
    start = sentence.find(text)
    return Claim(f"{doc}:c{start}", doc, text, sentence, value, None, unit, Normalized(value, None, norm_unit), subject,
                 bound, start, start + len(text))


def _judge(a, b, published=SAME_DAY):
    unsure: list = []
    _, conflicts = reconcile_claims([a, b], SOURCES, published=published, unsure=unsure)
    return conflicts, unsure


def test_a_shared_happening_keeps_the_conflict():
    # Yida camp: "four bombs were dropped" / "Five bombs were dropped": the same happening, said alike.
    a = _claim("a", "four", 4, "Witnesses, all of whom said that four bombs were dropped on the camp, fled.", "bombs")
    b = _claim("b", "Five", 5, "Five bombs were dropped on the Yida camp, the aid group said.", "bombs")
    conflicts, unsure = _judge(a, b)
    assert len(conflicts) == 1 and unsure == []


def test_a_figure_with_nothing_shared_but_its_noun_is_a_difference_not_a_conflict():
    # Greek riots: "about 100 youths hurled petrol bombs" and "a group of 30 youths had thrown stones at the squad
    # car": two groups of youths; nothing but the noun joins the figures.
    a = _claim("a", "about 100", 100, "But later, about 100 youths hurled volleys of petrol bombs at a police station.",
               "youths", bound="about")
    b = _claim("b", "30", 30, "He was allegedly among a group of 30 youths that had thrown stones at the squad car.",
               "youths")
    assert _judge(a, b)[0] == []


def test_a_combined_total_is_not_the_figure_of_one_part():
    # Teixeira: "43 RBIs in 54 games with the Angels" / "Playing in a combined 157 games with the Angels".
    a = _claim("a", "54", 54, "He hit .358 with 13 homers and 43 RBIs in 54 games with the Angels.", "games")
    b = _claim("b", "157", 157, "Playing in a combined 157 games with the Angels and the Braves, he hit .308.", "games")
    conflicts, unsure = _judge(a, b)
    assert conflicts == [] and len(unsure) == 1  # shown apart, as a difference whose basis is not sure
    assert unsure[0].kind == "difference" and "not compared as like with like" in unsure[0].explanation


def test_one_of_a_list_of_kinds_is_no_value_to_disagree_with():
    # IE zero-day: "32- and 64-bit versions" names two kinds of versions, not 64 versions against 32.
    a = _claim("a", "32", 32, "Microsoft's Fix It patch applies only to 32-bit versions of the browser.", "bits versions")
    b = _claim("b", "64", 64, "Both the 32- and 64-bit versions of the browser are included in the advisory.",
               "bits versions")
    assert listed(b) and not listed(a)
    assert _judge(a, b)[0] == []
    screen = _claim("a", "2880", 2880, "The screen is 2880 by 1800 pixels.", "pixels")
    assert listed(screen)


def test_a_toll_is_compared_only_where_both_tell_the_outcome():
    # Nichols: "three against the death sentence" (a jury's vote) was read as three killed, against "killed four".
    vote = _claim("a", "three", 3, "The jurors voted nine for and three against the death sentence.", "people killed")
    toll = _claim("b", "four", 4, "A judge sentenced the man who killed four people during a courthouse escape.",
                  "people killed")
    assert _judge(vote, toll)[0] == []
    other = _claim("a", "five", 5, "The gunman killed five people during the escape, police said.", "people killed")
    assert len(_judge(other, toll)[0]) == 1


def test_figures_told_as_of_two_moments_are_two_moments():
    # AFM: a count "as of" a November day (2014) and one of states "through July" (2016).
    a = _claim("a", "32", 32, "As of November 13, the CDC had logged 88 confirmed infections across 32 states.", "states")
    b = _claim("b", "17", 17, "Other than noting that cases had turned up in 17 states through July, "
               "she would not comment.", "states")
    assert as_of(a) == {"nov 13"} and as_of(b) == {"jul"}
    assert _judge(a, b)[0] == []


def test_a_span_still_growing_is_not_compared_on_unknown_days():
    # Greek riots (undated reports): "after eight days of the worst riots" / "after four days of the worst riots".
    a = _claim("a", "eight days", 8, "Athens was calm Sunday after eight days of the worst riots Greece has seen.",
               None, "days", "day")
    b = _claim("b", "four days", 4, "The youths smashed windows after four days of the worst riots Greece has seen.",
               None, "days", "day")
    assert elapsed(a) and elapsed(b)
    assert _judge(a, b, {"a": None, "b": None})[0] == []


def test_a_quake_magnitude_needs_no_shared_words():
    # A quake has one magnitude: agencies that give two compare whatever else their sentences say.
    a = _claim("a", "5.9", 5.9, "The United States Geological Survey said it had a magnitude of 5.9.")
    b = _claim("b", "6.1", 6.1, "Tremors from an earthquake of magnitude 6.1 were felt in Dubai today.")
    assert len(_judge(a, b)[0]) == 1


def test_a_tally_told_with_or_without_its_qualifier_is_one_progression():
    # H1N1, Jisr al-Shughour: "cases of the flu" / "cases", "Syrian refugees" / "refugees" were keyed as different
    # things, so a count that moved over days gave no progression; what happened to the thing still counts.
    from crosscheck.reconcile.updates import progression_key

    assert progression_key("cases flu") == progression_key("cases") == "cases"
    assert progression_key("syrian refugees") == "refugees"
    assert progression_key("protesters killed") != progression_key("protesters")
    assert progression_key("people killed") == "people killed"
