"""Issue 20, sixth session (branch issue-20c): reconcile's alias index is a parameter, the date gap one test;
win-loss records, scores and ordinals are claims of their own, compared like with like."""

from crosscheck.records import Claim, Entity, Normalized, Sources
from crosscheck.reconcile import find_differences, find_updates, reconcile_claims, story_aliases
from crosscheck.reconcile import compare
from crosscheck.reconcile.moments import apart_beyond


def _claim(doc, text, sentence, value, subject, unit=None, start=0):
    return Claim(f"{doc}:{start}", doc, text, sentence, value, None, unit, Normalized(value, None, unit), subject,
                 start=start, end=start + len(text))


def test_alias_index_is_a_parameter_not_a_module_global():
    un = Entity("org:un", "United Nations", "ORG", aliases=["UN", "United Nations"])
    a = _claim("a", "12", "The UN said 12 people were killed in the storm.", 12.0, "people killed")
    b = _claim("b", "12", "The United Nations said 12 people were killed in the storm.", 12.0, "people killed")
    aliases = story_aliases([un])
    assert reconcile_claims([a, b], Sources(), entities=[un]) == reconcile_claims([a, b], Sources(), entities=[un],
                                                                                   aliases=aliases)
    assert find_differences([a, b], Sources(), entities=[un], aliases=aliases) == []
    assert find_updates([a, b], Sources(), entities=[un], aliases=aliases) == []
    assert not hasattr(compare, "_LAST_ALIASES") and not hasattr(compare, "shared_aliases")


def test_date_gap_is_one_test():
    assert apart_beyond(10, 12, 1) and not apart_beyond(10, 11, 1)
    assert not apart_beyond(None, 12, 0) and not apart_beyond(10, None, 0)


# --- tallies: win-loss records, scores, knockouts (claims.tallies, reconcile.tallies) ---

from crosscheck.claims.tallies import tally_quantities  # noqa: E402
from crosscheck.records import tally_of  # noqa: E402


def _tally_claims(doc, text):
    return [Claim(f"{doc}:{n}", doc, q.text, text, q.value, None, None, q.normalized, q.subject, start=q.start,
                  end=q.end) for n, q in enumerate(tally_quantities(text))]


def test_record_in_brackets_after_a_name_is_a_record_of_that_name():
    qs = tally_quantities("Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in Mannheim.")
    assert [(q.text, q.value, q.subject) for q in qs] == [
        ("52-3", 52.0, "win-loss record of Klitschko"), ("46 KOs", 46.0, "knockouts of Klitschko"),
        ("45-7-2", 45.0, "win-loss record of Rahman"), ("36 KOs", 36.0, "knockouts of Rahman")]


def test_score_is_not_a_record_and_a_range_is_neither():
    assert [(q.text, q.subject) for q in tally_quantities("Friday night's 88-72 loss in Cleveland hurt.")] == [
        ("88-72", "score")]
    assert [(q.text, q.subject) for q in tally_quantities("The Colts beat the Chiefs 20-13 on Sunday.")] == [
        ("20-13", "score")]
    assert tally_quantities("Winds of 10-15 miles an hour and 3-4 days of rain.") == []
    assert tally_quantities("He led the team in the 2008-09 season; see colts-beat-chiefs-20-13-clinch.") == []


def test_record_of_a_part_or_another_season_has_no_holder():
    text = "The Colts (10-5, 4-4 away) owned the worst record. The 2008 Chiefs ended the season with a 2-14 record."
    assert [(q.text, q.subject) for q in tally_quantities(text)] == [
        ("10-5", "win-loss record of Colts"), ("4-4", "win-loss record"), ("2-14", "win-loss record")]


def test_tally_claims_replace_the_stray_figures_read_inside_them():
    from crosscheck.claims import _with_tallies, extract_quantities
    text = "Hasim Rahman (45-7-2, 36 KOs) fell into the title shot."
    found = _with_tallies(text, extract_quantities(text))
    assert [(q.text, q.subject) for q in found] == [("45-7-2", "win-loss record of Rahman"),
                                                     ("36 KOs", "knockouts of Rahman")]
    assert tally_of("win-loss record of Rahman") == ("win-loss record", "Rahman", True)
    assert tally_of("win-loss record near Colts") == ("win-loss record", "Colts", False) and tally_of("workers killed") is None


def test_boxer_records_one_day_apart_by_a_fight_conflict_and_the_majority_is_not_an_agreement_too():
    a = _tally_claims("a", "Wladimir Klitschko (52-3, 46 KOs) blasted Hasim Rahman.")
    b = _tally_claims("b", "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled Rahman.")
    c = _tally_claims("c", "The victory took Klitschko (52-3, 46 KOs) to a tenth straight win.")
    agreements, conflicts = reconcile_claims(a + b + c, Sources())
    kinds = sorted(f.explanation.split(":")[0] for f in conflicts)
    assert kinds == ["Independent sources disagree on the knockouts of Klitschko",
                     "Independent sources disagree on the win-loss record of Klitschko"]
    assert all("Basis:" in f.explanation for f in conflicts)
    assert agreements == []  # 52-3 and 46 KOs are the conflicts' larger sides


def test_same_tally_agrees_but_not_of_two_holders_named():
    a = _tally_claims("a", "The 76ers have a record of 9-14 and had been expected to contend.")
    b = _tally_claims("b", "Cheeks was fired after a disappointing 9-14 start to the season.")
    agreements, conflicts = reconcile_claims(a + b, Sources())
    assert len(agreements) == 1 and "“9-14”" in agreements[0].explanation and conflicts == []
    c = _tally_claims("c", "Next Sunday the Houston Texans (12-3) head to Indianapolis.")
    d = _tally_claims("d", "Peyton Manning and the Denver Broncos (12-3) beat the Browns.")
    assert reconcile_claims(c + d, Sources()) == ([], [])


def test_scores_never_conflict():
    a = _tally_claims("a", "The Colts jumped out to a 13-3 halftime lead.")
    b = _tally_claims("b", "The Colts took a 20-13 lead late.")
    assert reconcile_claims(a + b, Sources())[1] == []


# --- a toll's people named in other words agree (basis.toll_key) ---

def test_workers_and_men_killed_agree_on_one_toll_but_do_not_conflict():
    a = _claim("a", "11", "The blast on the Coral Ridge production platform killed 11 workers.", 11.0, "workers killed")
    b = _claim("b", "Eleven", "Eleven men died in the blast on the Coral Ridge platform.", 11.0, "men killed")
    agreements, _ = reconcile_claims([a, b], Sources())
    assert len(agreements) == 1 and "told as “men” and “workers”" in agreements[0].explanation
    c = _claim("c", "3", "Three soldiers died in the blast on the Coral Ridge platform.", 3.0, "soldiers killed")
    assert reconcile_claims([a, c], Sources())[1] == []


def test_a_toll_still_moving_is_no_agreement_across_names():
    a = _claim("a", "More than 220", "More than 220 people have been killed in the crackdown, rights groups say.", 220.0,
               "people killed")
    b = _claim("b", "more than 200", "Rights groups say more than 200 protesters have been killed in the crackdown.", 200.0,
               "protesters killed")
    a.bound = b.bound = "at_least"
    assert reconcile_claims([a, b], Sources())[0] == []


def test_a_share_named_in_other_words_agrees_in_alike_sentences():
    a = _claim("a", "80%", "The panel wants 80% of Clean Water Act fines dedicated to Gulf restoration.", 80.0,
               "fines dedicated", unit="%")
    b = _claim("b", "80 percent", "The panel recommended that 80 percent of Clean Water Act fines go to Gulf restoration.",
               80.0, "clean water act fines", unit="%")
    agreements, conflicts = reconcile_claims([a, b], Sources())
    assert len(agreements) == 1 and "in its own words" in agreements[0].explanation and conflicts == []


def test_a_forecast_is_not_the_count_so_far():
    a = _claim("a", "125,000", "Morrow has handed out about $2 billion to date to 125,000 claimants.", 125000.0,
               "claimants paid")
    b = _claim("b", "175,000", "Morrow said he would end up paying $2.3 billion in emergency payments so far to "
               "175,000 claimants.", 175000.0, "claimants paid")
    assert reconcile_claims([a, b], Sources())[1] == []


def test_the_window_of_a_count_is_no_count():
    a = _claim("a", "23", "Philadelphia won 18 of its next 23 games and made the playoffs.", 23.0, "games won")
    b = _claim("b", "10", "The Sixers won only two of their last 10 games and made the playoffs.", 10.0, "games won")
    assert reconcile_claims([a, b], Sources()) == ([], [])


def test_a_surname_alone_beside_an_age_is_the_one_person_who_carries_it():
    rahman = Entity("person:rahman", "Hasim Rahman", "PERSON", aliases=["Hasim Rahman", "Rahman"])
    a = _claim("a", "36", "Rahman, 36, soon grew more intent on survival than winning.", 36.0, None)
    b = _claim("b", "36-year-old", "By the sixth round the 36-year-old Rahman was exhausted.", 36.0, None,
               unit="year-old")
    a.unit = "years old"
    agreements, _ = reconcile_claims([a, b], Sources(), entities=[rahman])
    assert len(agreements) == 1 and "age of Hasim Rahman" in agreements[0].explanation
    other = Entity("person:sheikh", "Sheikh Rahman", "PERSON", aliases=["Sheikh Rahman", "Rahman"])
    assert reconcile_claims([a, b], Sources(), entities=[rahman, other])[0] == []  # two people carry the surname


def test_phone_numbers_and_codes_are_no_figures_to_agree_on():
    a = _claim("a", "0845", "For information call the helpline on 0845 600 555111 or visit the website.", 845.0, None)
    b = _claim("b", "0845", "Anyone with information should call the helpline on 0845 600 555111.", 845.0, None)
    c = _claim("c", "555111", "For information call the helpline on 0845 600 555111 or visit the website.", 555111.0, None)
    d = _claim("d", "555111", "Anyone with information should call the helpline on 0845 600 555111.", 555111.0, None)
    assert reconcile_claims([a, b, c, d], Sources()) == ([], [])
