"""Issue 20: reconcile compares like with like, tells updates from conflicts, counts only independent sources."""

from crosscheck.claims import extract_quantities, local_outcome
from crosscheck.records import Claim, CopyGroup, Normalized, Sources
from crosscheck.reconcile import find_updates, reconcile_claims
from crosscheck.reconcile.basis import measure


def _claim(doc, text, value, subject="people killed", sentence=None, unit=None, norm_unit=None, bound="exact"):
    sentence = sentence or f"The storm surge killed {text} people in the port city, officials said."
    return Claim(f"{doc}:c", doc, text, sentence, value, None, unit, Normalized(value, None, norm_unit), subject, bound)


def _outcome(text, figure):
    start = text.find(figure)
    return local_outcome(text, start, start + len(figure))


def test_injured_is_not_killed():
    assert _outcome("Five people died and 40 were injured, officials said.", "40") == "injured"
    assert _outcome("The storm killed 12 people and injured 30 others.", "12") == "killed"
    assert _outcome("The storm killed 12 people, injuring 30 others.", "30") == "injured"
    killed = _claim("a", "5", 5, sentence="Five people died and 40 were injured in the port city, officials said.")
    injured = _claim("b", "40", 40, "people injured",
                     sentence="Five people died and 40 were injured in the port city, officials said.")
    assert reconcile_claims([killed, injured], Sources()) == ([], [])


def test_seriously_injured_is_a_part_of_injured():
    assert _outcome("At least 8 people were seriously injured.", "8") == "seriously injured"
    assert _outcome("30 were hurt, 5 of them seriously.", "5") == "seriously injured"
    sentence = "The crash in the port city injured {} people, {} of them seriously, officials said."
    part = _claim("a", "8", 8, "people seriously injured", sentence=sentence.format(60, 8))
    total = _claim("b", "60", 60, "people injured", sentence=sentence.format(60, 8).replace("60", "61"))
    assert reconcile_claims([part, total], Sources()) == ([], [])


def test_missing_is_not_killed():
    assert _outcome("The toll rose to 1,100, with 300 still missing.", "300") == "missing"


def test_age_is_never_compared_with_years_of_service():
    age = _claim("a", "52-year-old", 52, "officer", unit="year-old", norm_unit="day",
                 sentence="The 52-year-old officer served the port city police, officials said.")
    service = _claim("b", "52 years", 52, "officer", unit="years", norm_unit="day",
                     sentence="The officer served the port city police for 52 years, officials said.")
    assert measure(age) == "age" and measure(service) == "duration"
    assert reconcile_claims([age, service], Sources()) == ([], [])


def test_temperature_and_rate_are_not_counts():
    hot = _claim("a", "40°C", 40, "people", unit="°C", norm_unit="°C")
    assert measure(hot) == "temperature"
    rate = _claim("a", "40 a day", 40, unit="per day", norm_unit="1/day")
    assert measure(rate) == "rate"


def test_the_word_one_is_not_an_agreement():
    s1 = "“One of the people killed was my brother,” said a man in the port city."
    s2 = "“One of the people killed was a teacher,” a woman told reporters in the port city."
    a, b = _claim("a", "One", 1, sentence=s1), _claim("b", "One", 1, sentence=s2)
    assert reconcile_claims([a, b], Sources()) == ([], [])


def test_one_wire_passage_in_two_outlets_is_not_an_agreement():
    sentence = "The storm surge killed 23 people in the port city, officials said."
    a, b = _claim("a", "23", 23, sentence=sentence), _claim("b", "23", 23, sentence=sentence)
    agreements, _ = reconcile_claims([a, b], Sources())
    assert agreements == []
    c = _claim("c", "23", 23, sentence="Officials in the port city said the storm surge killed 23 people.")
    agreements, _ = reconcile_claims([a, c], Sources())
    assert len(agreements) == 1 and "Basis:" in agreements[0].explanation
    agreements, _ = reconcile_claims([a, c], Sources([CopyGroup("g", ["a", "c"], "a", 0.9)]))
    assert agreements == []


def test_conflict_states_its_basis():
    _, [conflict] = reconcile_claims([_claim("a", "23", 23), _claim("b", "41", 41)], Sources(),
                                     published={"a": "2026-03-14", "b": "2026-03-14"})
    assert "Basis: a count of people killed, told on 2026-03-14 (the same day)" in conflict.explanation


def test_rising_toll_is_an_update_not_a_conflict():
    claims = [_claim("a", "at least 14", 14, bound="at_least"),
              _claim("b", "23", 23, sentence="The death toll from the storm surge in the port city rose to 23."),
              _claim("c", "41", 41, sentence="The death toll from the storm surge in the port city rose to 41.")]
    published = {"a": "2026-03-13", "b": "2026-03-14", "c": "2026-03-16"}
    _, conflicts = reconcile_claims(claims, Sources(), published=published)
    assert conflicts == []
    [update] = find_updates(claims, Sources(), published)
    assert update.quantity == "people killed"
    assert [(p.published, p.value) for p in update.points] == [("2026-03-13", 14), ("2026-03-14", 23),
                                                               ("2026-03-16", 41)]
    assert "not a disagreement" in update.basis


def test_the_same_figure_repeated_is_no_update():
    claims = [_claim("a", "23", 23), _claim("b", "23", 23)]
    assert find_updates(claims, Sources(), {"a": "2026-03-13", "b": "2026-03-14"}) == []


def test_an_update_keeps_its_scope():
    uk = "Cases of swine flu in Britain rose to {} on the day, the Health Protection Agency said."
    world = "Cases of swine flu worldwide rose to {} on the day, the World Health Organization said."
    claims = [_claim("a", "39", 39, "cases", sentence=uk.format(39)),
              _claim("b", "1,112", 1112, "cases", sentence=world.format("1,112")),
              _claim("c", "55", 55, "cases", sentence=uk.format(55))]
    published = {"a": "2009-05-01", "b": "2009-05-02", "c": "2009-05-03"}
    [update] = find_updates(claims, Sources(), published)
    assert [p.value for p in update.points] == [39, 55]


def test_quantities_read_killed_and_injured_apart():
    text = "The storm killed 12 people and injured 30 others, 5 of them seriously."
    import crosscheck.nlp as nlp
    from crosscheck.records import Document, Sentence

    d = Document("d", "d", "h", "txt", text, text, [Sentence(text, 0, len(text))])
    subjects = {q.text: q.subject for q in extract_quantities(text, nlp.parse([d])["d"])}
    assert subjects == {"12": "people killed", "30": "people injured", "5": "people seriously injured"}


def test_a_past_disaster_toll_is_compared_apart_from_todays():
    today = "The quake in Qeshm killed {} people, officials said on Sunday."
    past = "A quake in Bam killed more than {} people in December 2003, the reports recalled."
    claims = [_claim("a", "10", 10, sentence=today.format(10)), _claim("a", "more than 26,000", 26000, bound="at_least",
                                                                      sentence=past.format("26,000")),
              _claim("b", "10", 10, sentence="Officials said on Sunday that 10 people were killed by the quake in Qeshm."),
              _claim("b", "more than 31,000", 31000, bound="at_least",
                                                                      sentence=past.format("31,000"))]
    agreements, [conflict] = reconcile_claims(claims, Sources())
    assert {i.text for i in conflict.items} == {"more than 26,000", "more than 31,000"}
    assert len(agreements) == 1 and {i.text for i in agreements[0].items} == {"10"}


def test_a_part_including_is_not_its_total():
    sentence = "The US has 20 confirmed cases of the flu, including eight in New York, officials said."
    total = _claim("a", "20", 20, "cases", sentence=sentence)
    part = _claim("b", "eight", 8, "cases", sentence=sentence.replace("20", "21"))
    assert reconcile_claims([total, part], Sources()) == ([], [])


def test_who_tells_a_figure_is_not_its_scope():
    from crosscheck.records import Entity

    a = _claim("a", "12 mph", 12, "forward speed", unit="mph", norm_unit="km/h",
               sentence="Irene is crawling along at 12 mph, a slow pace for a hurricane.")
    b = _claim("b", "14 mph", 14, "forward speed", unit="mph", norm_unit="km/h",
               sentence="The storm cleared the Bahamas, heading north at 14 mph, according to the National Hurricane Center.")
    entities = [Entity("org:nhc", "National Hurricane Center", "ORG"), Entity("gpe:bahamas", "Bahamas", "GPE"),
                Entity("person:irene", "Irene", "PERSON")]
    _, conflicts = reconcile_claims([a, b], Sources(), entities=entities)
    assert len(conflicts) == 1


def test_relatives_of_two_missing_workers_are_not_the_missing_count():
    claims = [_claim("a", "11", 11, "people missing",
                     sentence="The rig sank as hopes dimmed for 11 missing workers in the Gulf, officials said."),
              _claim("b", "two", 2, "people missing",
                     sentence="Family members of two missing workers in the Gulf filed lawsuits, officials said.")]
    assert find_updates(claims, Sources(), {"a": "2010-04-22", "b": "2010-04-23"}) == []
