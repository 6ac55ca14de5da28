"""Issue 20, twelfth session (branch issue-20r): conflict recall.

- The age of someone no report names beside it ("a 14-month-old girl") was never compared (``ages`` needs a full
  name), and an age in months was read as a span: told in alike sentences by two outlets, two ages conflict
  (``reconcile.unnamed_ages``).
- A span told as a whole number of its unit in two digits ("43 days", "45 days"; "41 years", "42 years") was widened
  by its rounding or by 2%, so two different values overlapped and never conflicted (``compare.interval``).
The sentences are made up for the tests."""

from tests.claims.one_sentence import reconcile_pair

SAME_DAY = {"a": "2031-03-04", "b": "2031-03-04"}


def test_unnamed_age_in_months_told_alike_conflicts():
    _, conflicts = reconcile_pair(
        "A 14-month-old girl has died of the fever in Corvale, the first death from the virus outside the capital.",
        "A 15-month-old girl died of the fever in Corvale, the first death from the virus outside the capital, "
        "officials said.", SAME_DAY)
    assert len(conflicts) == 1 and "age" in conflicts[0].explanation


def test_unnamed_ages_in_unlike_sentences_are_no_conflict():
    _, conflicts = reconcile_pair("A 14-month-old girl has died of the fever in Corvale.",
                                  "The 15-month-old goat won the county show on Sunday.", SAME_DAY)
    assert conflicts == []


def test_unnamed_age_of_a_person_named_in_full_is_left_to_ages():
    from tests.claims.one_sentence import claim_of
    from crosscheck.reconcile.unnamed_ages import _unnamed_age
    assert not _unnamed_age(claim_of("Marta Ilves, 34, died in the crash.", "34"))
    assert _unnamed_age(claim_of("A 34-year-old woman died in the crash.", "34-year-old"))


def test_a_span_of_whole_days_is_not_widened_by_its_rounding():
    from tests.claims.one_sentence import claim_of
    from crosscheck.reconcile.compare import _overlap, interval
    late = interval(claim_of("The tunnel was 43 days behind schedule when the flood hit.", "43 days"))
    later = interval(claim_of("The tunnel was 45 days behind schedule when the flood hit.", "45 days"))
    assert not _overlap(late, later)


def test_a_span_of_whole_years_is_not_joined_by_two_percent():
    from tests.claims.one_sentence import claim_of
    from crosscheck.reconcile.compare import _overlap, interval
    assert not _overlap(interval(claim_of("The colonel ruled Corvale for 41 years.", "41 years")),
                        interval(claim_of("The colonel ruled Corvale for 42 years.", "42 years")))


def test_a_span_and_its_conversion_stay_one_value():
    from tests.claims.one_sentence import claim_of
    from crosscheck.reconcile.compare import _overlap, interval
    assert _overlap(interval(claim_of("The talks lasted two weeks.", "two weeks")),
                    interval(claim_of("The talks lasted 14 days.", "14 days")))
    assert _overlap(interval(claim_of("The strike lasted one year.", "one year")),
                    interval(claim_of("The strike lasted 52 weeks.", "52 weeks")))
    assert _overlap(interval(claim_of("The strike lasted 12 months.", "12 months")),
                    interval(claim_of("The strike lasted 52 weeks.", "52 weeks")))


def test_spans_told_in_unlike_words_of_two_things_are_no_conflict():
    _, conflicts = reconcile_pair("The colonel ruled Corvale for 41 years before the uprising.",
                                  "The bridge over the Lanne river stood for 42 years.", SAME_DAY)
    assert conflicts == []


def test_people_who_lived_in_a_place_are_its_population():
    from tests.claims.one_sentence import claim_of
    from crosscheck.reconcile.basis import basis_key
    assert basis_key(claim_of("About 900 people lived in the valley of Harrow Creek.", "About 900"))[2] == "population"
    # the verb of a modifier is not the clause's: these people are counted for what happened to them
    evacuated = claim_of("Some 1,400 people who live there were evacuated.", "Some 1,400")
    assert basis_key(evacuated)[2] == "people evacuated"


def test_a_population_told_with_lived_conflicts_with_a_population_of():
    _, conflicts = reconcile_pair("About 900 people lived in Harrow Creek, a remote farming settlement.",
                                  "Harrow Creek, a remote farming settlement, has a population of about 1,300.",
                                  SAME_DAY)
    assert len(conflicts) == 1 and "population" in conflicts[0].explanation


def test_an_unnamed_age_in_a_short_clause_is_anchored_by_its_alike_sentence():
    # the age's clause ("A 4-year-old boy was attacked") shares no word with the other's: the sentences are alike
    _, conflicts = reconcile_pair(
        "A 4-year-old boy was attacked and killed by a crocodile on Friday at the Lanne river ferry in Corvale.",
        "A ferryman's five-year-old son has been killed by a crocodile at the Lanne river ferry in Corvale on Friday.",
        SAME_DAY)
    assert len(conflicts) == 1


def test_ages_of_a_list_are_no_conflict():
    _, conflicts = reconcile_pair(
        "The 4- and 9-year-old brothers were pulled from the Lanne river in Corvale on Friday by a ferryman.",
        "The 6-year-old brother was pulled from the Lanne river in Corvale on Friday by a ferryman.", SAME_DAY)
    assert conflicts == []


def test_ages_told_beside_surnames_are_not_unnamed():
    # two victims' ages listed by surname in alike sentences: whose each age is, the names say (``ages``)
    _, conflicts = reconcile_pair(
        "Dorsey is charged with murder in the death of Palmer, 58, and the shooting of Quill, 41, in Corvale.",
        "Dorsey is charged with murder in the death of Palmer, 58, in Corvale.", SAME_DAY)
    assert conflicts == []


def test_an_age_in_a_sentence_of_several_ages_is_left_out():
    # which of the sentence's ages is whose is not read (a victim's, a suspect's, a relative's): the age is left out,
    # even where, as here, the other report's age would be of the same man
    from tests.claims.one_sentence import claim_of
    from crosscheck.reconcile.unnamed_ages import _unnamed_age
    assert _unnamed_age(claim_of("A 23-year-old man from Corvale has been charged with the murder of his mother.",
                                 "23-year-old"))
    _, conflicts = reconcile_pair(
        "A 23-year-old man from Corvale has been charged with the murder of his 58-year-old mother on Friday.",
        "A 20-year-old man from Corvale has been charged with the murder of his mother on Friday.", SAME_DAY)
    assert conflicts == []
