"""Issue 20, fourth session (branch issue-20c): the claim describes its figure right on unseen stories.

Each test is one cause read from the errors of `python -m evaluation.real_stories --split test5 --errors` and
`python -m evaluation.real_stories.claims_recall --split test5 --misses` (bench/results/issue-20-claims-s4.md).
Sentences are invented."""

from crosscheck.claims import extract_quantities
from crosscheck.nlp import load_pipeline


def _q(text):
    return extract_quantities(text, load_pipeline()(text))


def _one(text, value):
    found = [q for q in _q(text) if q.value == value]
    assert len(found) == 1, [(q.text, q.value) for q in _q(text)]
    return found[0]


def test_an_age_at_death_is_not_a_count_of_people_killed():
    q = _one("Maria Lopez, who died on Tuesday in a hospice at 81, was a painter.", 81)
    assert q.unit == "years old" and q.subject is None
    q = _one("The singer died in his sleep at the age of 64.", 64)
    assert q.unit == "years old"
    assert _one("The index closed at 81 on Tuesday.", 81).unit is None  # a level, not an age


def test_an_age_in_apposition_to_a_name_at_a_sentence_start():
    # the parser reads a surname opening a sentence as an adjective; the apposition still says it is an age
    assert _one("Kowalczyk, 44, was charged with arson on Monday.", 44).unit == "years old"


def test_a_win_loss_record_is_not_a_range():
    assert not [q for q in _q("The Hawks (3-11, 2-5 away) lost again on Sunday.") if q.value_max is not None]
    assert not [q for q in _q("They ended a 4-12 season with a loss.") if q.value_max is not None]
    assert _one("Forecasters expect 10-15 inches of snow.", 10).value_max == 15  # a range stays a range


def test_barrels_a_day_written_bpd_is_a_rate():
    q = _one("The field's output was 8,000-9,000 bpd in March.", 8000)
    assert q.unit == "barrels" and q.rate == "day" and q.value_max == 9000


def test_a_rate_told_twice_carries_the_unit_told_once():
    q = _one("The pump now moves 5,000 gallons a day, up from about 3,000 a day.", 3000)
    assert q.unit == "gallons" and q.rate == "day"


def test_an_adjective_between_a_figure_and_its_unit():
    assert _one("The visitors gained 280 net yards on the ground.", 280).unit == "yards"
    assert _one("The judge gave him two more years in prison.", 2).normalized.unit == "day"


def test_a_hyphenated_count_names_what_it_counts():
    q = _one("The mayor dismissed the entire seven-member planning board.", 7)
    assert q.subject == "members of planning board"
    assert not _one("A 6.2-strength tremor shook the valley.", 6.2).subject.startswith("strengths")


def test_a_mile_and_a_half_is_one_and_a_half_miles():
    q = _one("The farm lies about a mile and a half from the river.", 1.5)
    assert q.unit == "mile" and q.bound == "about"
    assert _one("The hearing lasted two and a half hours.", 2.5).unit == "hours"
    assert _one("She served 3 1/2 months in jail.", 3.5).unit == "months"
    assert _one("She served 31/2 months in jail.", 3.5).unit == "months"  # "½" lost its space in a saved page
    assert not [q for q in _q("The form was signed 11/2/2004.") if q.value == 1.5]


def test_the_time_left_on_a_game_clock_is_no_span():
    assert not [q for q in _q("He scored with just over three minutes left in the game.") if q.value == 3]
    assert _one("The meeting lasted three minutes.", 3).unit == "minutes"


def test_a_span_repeated_every_n_minutes_is_an_interval():
    assert _one("A child goes missing every 40 minutes, the charity said.", 40).subject == "interval"


def test_a_level_reached_names_the_thing_that_reached_it():
    assert _one("The rookie added 90 yards, lifting his season yardage to 1,210.", 1210).subject == "season yardage"
    assert _one("The repair costs, which have already hit $4.2 million, keep rising.", 4.2e6).subject == "repair costs"
    assert _one("The payments were expected to be about $1.2 billion per quarter.", 1.2e9).subject == "payments"


def test_a_figure_after_of_is_the_value_of_the_noun_before():
    assert _one("The annual grant payment of $3.1 million was delayed.", 3.1e6).subject.endswith("grant payment")
    assert _one("The town has a population of 12,000.", 12000).subject == "population"
    assert _one("A total of 12 people were hurt.", 12).subject == "people injured"  # "total" says no thing


def test_money_per_quarter_is_a_rate():
    q = _one("Dividends were worth $1.2 billion per quarter.", 1.2e9)
    assert q.rate == "quarter" and q.normalized.unit == "USD/quarter"


def test_ages_in_a_list_are_no_dates():
    # the parser called the second age of "ages 16 and 6" a date, so it was no claim
    found = [q for q in _q("She is survived by two sons, ages 16 and 6, the family said.") if q.unit == "years old"]
    assert sorted(q.value for q in found) == [6, 16]


def test_a_hyphenated_kind_is_no_count_and_a_plural_is_spelled():
    assert _one("Officers found a 12-gauge pump-action shotgun in the car.", 12).subject == "gauge"
    assert _one("He is one of three players with two 90-catch seasons.", 90).subject == "catches of seasons"


def test_things_told_before_are_not_the_value_of_the_noun_before_of():
    assert _one("Records list her as the owner of all four.", 4).subject is None


def test_a_range_of_ages_is_ages():
    q = _one("Most cases were among people aged 5 to 24.", 5)
    assert q.unit == "years old" and q.value_max == 24


def test_several_dozen_is_dozens_not_twelve():
    q = _one("The convoy carried several dozen wounded to the border.", 24)
    assert q.value_max == 99
    assert _one("A dozen people were hurt.", 12).value_max is None


def test_a_width_in_metres_inside_brackets_is_metres():
    assert _one("The deck measures 300ft ( 91m ) long by 200ft ( 61m ) wide.", 61).unit == "m"
