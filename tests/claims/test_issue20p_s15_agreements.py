"""Issue 20p, fifteenth session: agreement precision (texts made up for these tests)."""

from crosscheck.claims.tallies import tally_quantities
from crosscheck.records import Claim, Sources
from crosscheck.reconcile import reconcile_claims


def _tally_claims(doc, text):
    return [Claim(f"{doc}:{n}", doc, q.text, text, q.value, None, None, q.normalized, q.subject, start=q.start,
                  end=q.end) for n, q in enumerate(tally_quantities(text))]


def test_a_record_and_a_score_of_equal_figures_do_not_agree():
    a = _tally_claims("a", "The Hornets are 21-14 all-time in the conference semifinal round.")
    b = _tally_claims("b", "A late 9-2 burst took the Hornets from a 12-12 tie to a 21-14 lead.")
    assert [c.subject.split()[0] for c in a + b if c.text == "21-14"] == ["win-loss", "score"]
    assert reconcile_claims(a + b, Sources())[0] == []


def test_two_scores_of_one_game_still_agree():
    a = _tally_claims("a", "The Hornets broke a 12-12 tie with a dunk early in the first half.")
    b = _tally_claims("b", "A 7-0 run turned a 12-12 tie into a lead the Hornets never gave up.")
    agreements, _ = reconcile_claims(a + b, Sources())
    assert len(agreements) == 1 and "“12-12”" in agreements[0].explanation


from crosscheck.reconcile.referents import basket_kind, generic_figure, in_name_series  # noqa: E402

from tests.claims.one_sentence import claim_of, reconcile_pair  # noqa: E402

SAME_DAY = {"a": "2024-03-05", "b": "2024-03-05"}


def test_a_generic_statement_about_a_kind_of_quake_is_no_witness():
    text = "A magnitude-6.5 tremor can flatten whole streets of mud-brick homes in the valley."
    assert generic_figure(claim_of(text, "6.5"))
    agreements, _ = reconcile_pair(text, "A magnitude 6.5 tremor can flatten mud-brick homes, geologists in Varn warn.", SAME_DAY)
    assert agreements == []
    # the story's own magnitude, told by two outlets, still agrees
    agreements, _ = reconcile_pair("The quake, of magnitude 6.5, struck the island of Varn on Sunday.",
                                   "A magnitude-6.5 quake struck Varn island on Sunday, the survey said.", SAME_DAY)
    assert len(agreements) == 1


def test_a_version_in_a_series_of_names_is_no_count():
    assert in_name_series(claim_of("Hackers went after Browser 7 and 8 in a few cases, the vendor admitted.", "8"))
    assert in_name_series(claim_of("Hackers went after NV8 and 9 in a few cases, the vendor admitted.", "9"))
    assert not in_name_series(claim_of("The storm killed 7 and injured 8 in Varn.", "8"))
    agreements, _ = reconcile_pair("Directed attacks on NetView 8 and 9 had been seen already, the firm said.",
                                   "There were sightings of directed attacks on NetView 8 and 9, the firm said.", SAME_DAY)
    assert agreements == []


def test_a_three_point_play_is_no_count_of_points():
    assert basket_kind(claim_of("Mbeki slammed home a dunk, drew the foul and completed a three-point play from the line.", "three"))
    assert basket_kind(claim_of("Ortega missed an open 3-pointer late in the game.", "3"))
    assert not basket_kind(claim_of("The Hawks cut the lead to three points midway through the half.", "three"))
    agreements, _ = reconcile_pair("Mbeki slammed home a dunk, drew the foul and completed a three-point play from the line.",
                                   "Fresh off the bench, Mbeki completed a three-point play with a thunderous slam and a foul shot.", SAME_DAY)
    assert agreements == []


def test_nearly_three_weeks_and_more_than_three_weeks_do_not_agree():
    agreements, _ = reconcile_pair("Crews have battled the marsh fire for more than three weeks, the regulator said.",
                                   "Crews have battled the marsh fire for nearly three weeks, the regulator said.", SAME_DAY)
    assert agreements == []


def test_a_round_figure_and_a_precise_one_outside_its_rounding_do_not_agree():
    agreements, _ = reconcile_pair("Tankers took away 15,800 barrels of oil by Tuesday night, the operator reported.",
                                   "A big swimming pool holds 15,725 barrels of oil, engineers reported.", SAME_DAY)
    assert agreements == []
    # a round figure and a conversion within its rounding still agree
    agreements, _ = reconcile_pair("The town lies about 40 miles north of Port Alder.",
                                   "The town is 64 kilometres north of Port Alder.", SAME_DAY)
    assert len(agreements) == 1


def test_one_of_two_alternative_numbers_is_no_witness():
    from crosscheck.reconcile.referents import paired_number
    assert paired_number(claim_of("Engineers want the gauge to show 7,000 or 9,000 psi before they call the seal sound.", "7,000"))
    assert not paired_number(claim_of("The laptop has 800 songs and a faster chip.", "800"))
    assert not paired_number(claim_of("Shares of the miner gained $1.25, or 2.4 percent, by the closing bell in Oslo.",
                                      "2.4 percent"))
    agreements, _ = reconcile_pair(
        "Engineers want the gauge on the seal to show 7,000 or 9,000 psi before they call it sound.",
        "A gauge on the seal showing 7,000 psi would mean it is sound, engineers want to see.", SAME_DAY)
    assert agreements == []


def test_two_teams_records_told_as_subject_and_in_brackets_do_not_agree():
    a = _tally_claims("a", "The Falcons are 11-4 and hold the division lead after Sunday's 30-10 rout of the Rams.")
    b = _tally_claims("b", "Their last regular-season game is at home against the Portland Herons (11-4) next week.")
    assert reconcile_claims(a + b, Sources())[0] == []
    # a record read near a name that is not what the sentence says holds it still agrees
    c = _tally_claims("c", "The Herons, tipped as contenders in the autumn, have a record of 9-14.")
    d = _tally_claims("d", "Okafor lost his job as coach when the team stumbled to a 9-14 start.")
    assert len(reconcile_claims(c + d, Sources())[0]) == 1
