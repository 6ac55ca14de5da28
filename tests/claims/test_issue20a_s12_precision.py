"""Issue 20a, twelfth session: agreement and update precision (texts made up for these tests).

- an agreement's numbers are one figure only when equal once in one unit, not when only compatible within their
  rounding ("about 58km" / "60km", "80 minutes" / "77-minute", "4.9 million barrels" / "200 million gallons");
- a phone number written in groups and a number word inside a title are no figures;
- a length, volume or weight joins a progression only when its words say it moved.
"""

from crosscheck.records import Claim, Normalized, Sources
from crosscheck.reconcile import find_updates
from crosscheck.reconcile.basis import basis_key, unkeyed_basis

from tests.claims.one_sentence import claim_of, reconcile_pair

SAME_DAY = {"a": "2024-03-05", "b": "2024-03-05"}


def test_compatible_distances_are_two_figures_not_an_agreement():
    agreements, _ = reconcile_pair("The quake's epicentre was about 58km south of Port Alder, the survey said.",
                                   "The epicentre was 60km south of Port Alder, seismologists said.", SAME_DAY)
    assert agreements == []


def test_the_same_distance_in_two_units_still_agrees():
    agreements, _ = reconcile_pair("The quake's epicentre was 60km south of Port Alder, the survey said.",
                                   "The epicentre was 60 kilometres south of Port Alder, seismologists said.", SAME_DAY)
    assert len(agreements) == 1


def test_eighty_minutes_and_a_77_minute_briefing_do_not_agree():
    agreements, _ = reconcile_pair("The mayor answered questions from reporters for 80 minutes on Monday.",
                                   "The mayor gave a rambling 77-minute news conference on Monday.", SAME_DAY)
    assert agreements == []


def test_barrels_and_gallons_only_compatible_within_rounding_do_not_agree():
    agreements, _ = reconcile_pair("Some 4.9 million barrels of crude escaped from the tanker wreck, engineers estimated.",
                                   "The tanker wreck leaked more than 200 million gallons of oil.", SAME_DAY)
    assert agreements == []


def test_the_same_toll_told_in_words_and_digits_still_agrees():
    agreements, _ = reconcile_pair("Three people died when the barn collapsed in the storm.",
                                   "The storm killed 3 people when a barn collapsed.", SAME_DAY)
    assert len(agreements) == 1


def test_a_group_of_a_phone_number_is_no_figure():
    for text in ("Detectives urged anyone with information to call them on 0845 125 999.",
                 "Anyone with information should ring detectives on 0845 125 9999."):
        for group in ("125", text.rsplit(" ", 1)[1].rstrip(".")):  # the last group too, before the full stop
            c = claim_of(text, group)
            assert basis_key(c) is None and unkeyed_basis(c) is None


def test_a_number_word_in_a_title_is_no_count():
    c = claim_of("She became famous as one half of the cookery show Three Hungry Cooks on regional television.", "Three")
    assert basis_key(c) is None and unkeyed_basis(c) is None
    agreements, _ = reconcile_pair(
        "She became famous as one half of the cookery show Three Hungry Cooks on regional television.",
        "The cookery programme “Three Hungry Cooks” ran on regional television for years.", SAME_DAY)
    assert agreements == []


def test_a_headline_number_word_is_still_a_count():
    c = claim_of("Officials: Three Dead After Barn Collapses In Storm", "Three")
    assert basis_key(c) is not None


def _claim(doc: str, text: str, sentence: str, metres: float, unit: str, value: float) -> Claim:
    start = sentence.find(text)
    return Claim(f"{doc}:c0", doc, text, sentence, value, None, unit, Normalized(metres / 1000, None, "km"),
                 "fall", "about", start, start + len(text))


def test_two_falls_told_plainly_on_two_days_are_no_progression():
    """Two climbers' falls: a length told plainly on two days is two things, not one that moved."""
    a = _claim("a", "about 120 metres", "A hiker died after falling about 120 metres on the north ridge.", 120, "metres", 120)
    b = _claim("b", "about 1,500 feet", "A second climber fell about 1,500 feet near the north ridge on Sunday.",
               457.2, "feet", 1500)
    sources = Sources(documents=[("a", "one.example"), ("b", "two.example")])
    assert find_updates([a, b], sources, {"a": "2024-03-05", "b": "2024-03-07"}) == []


def _count(doc: str, text: str, sentence: str, value: float, thing: str) -> Claim:
    start = sentence.find(text)
    return Claim(f"{doc}:c0", doc, text, sentence, value, None, None, Normalized(value, None, None), thing, "exact",
                 start, start + len(text))


def test_a_count_of_things_lower_next_day_told_plainly_is_no_progression():
    """Not a toll: "now 30 trucks" then "20 trucks" told plainly the next day are two estimates, not a count that fell."""
    a = _count("a", "30", "Villagers say there are now 30 army trucks parked outside the town.", 30, "army trucks")
    b = _count("b", "20", "Villagers say there are 20 army trucks parked outside the town.", 20, "army trucks")
    sources = Sources(documents=[("a", "one.example"), ("b", "two.example")])
    assert find_updates([a, b], sources, {"a": "2024-03-05", "b": "2024-03-06"}) == []


def test_a_count_of_things_rising_told_as_moved_is_still_a_progression():
    a = _count("a", "30", "Villagers say there are now 30 army trucks parked outside the town.", 30, "army trucks")
    b = _count("b", "45", "Villagers say there are now 45 army trucks parked outside the town.", 45, "army trucks")
    sources = Sources(documents=[("a", "one.example"), ("b", "two.example")])
    assert len(find_updates([a, b], sources, {"a": "2024-03-05", "b": "2024-03-06"})) == 1
