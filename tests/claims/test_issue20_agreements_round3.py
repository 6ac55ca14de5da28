"""Issue 20, round 3 (branch issue-20fix): agreements that generalise across the 21 real stories.

Each test is one error class of `python -m evaluation.real_stories --split every --errors`."""

from crosscheck.records import Claim, CopyGroup, Normalized, PassageSpan, SharedPassage, Sources
from crosscheck.reconcile import reconcile_claims


def _claim(doc, text, value, sentence, subject=None, unit=None, norm_unit=None, bound="exact", offset=0):
    start = sentence.find(text)
    return Claim(f"{doc}:c{offset + start}", doc, text, sentence, value, None, unit,
                 Normalized(value, None, norm_unit), subject, bound, offset + start, offset + start + len(text))


DAY = {"a": "2005-11-28", "b": "2005-11-28", "c": "2005-11-28", "d": "2005-11-28"}


def test_the_sources_on_one_side_of_a_conflict_still_agree():
    # Qeshm: four outlets say 80 injured, one says 70: a conflict, and the four agree with one another.
    said = {"a": "The quake on Qeshm island killed 10 people and injured {}, officials said.",
            "b": "Officials said {} people were injured on Qeshm island when the quake struck villages.",
            "c": "On Qeshm island the quake injured {} people in seven villages, according to officials.",
            "d": "The quake injured {} people on Qeshm island, officials were quoted as saying."}
    claims = [_claim(d, v, float(v), said[d].format(v), "people injured") for d, v in
              (("a", "80"), ("b", "80"), ("c", "80"), ("d", "70"))]
    agreements, conflicts = reconcile_claims(claims, Sources(), published=DAY)
    assert len(conflicts) == 1
    assert len(agreements) == 1 and {i.document for i in agreements[0].items} == {"a", "b", "c"}


def test_two_lower_bounds_of_different_numbers_are_no_agreement():
    # Libya: one outlet's "at least 2xx people are dead", another's higher "at least" toll: both can be true, but
    # they are two figures, not one figure told twice.
    a = _claim("a", "at least 219", 219, "After a week of clashes in Oravia, at least 219 people are dead, "
                                         "according to hospital staff.", "people killed", bound="at_least")
    b = _claim("b", "at least 233", 233, "The clashes in Oravia have left at least 233 people dead, according to "
                                         "hospital staff.", "people killed", bound="at_least")
    agreements, _ = reconcile_claims([a, b], Sources(), published={"a": "2011-02-21", "b": "2011-02-21"})
    assert agreements == []


def test_a_figure_told_again_by_a_source_agrees_with_another_source():
    # An outlet's first statement of a toll is an older figure (219); its later report, and another
    # outlet, say 233: the 233s agree though the outlet's first statement differs.
    published = {"a": "2011-02-21", "b": "2011-02-21", "c": "2011-02-21"}
    older = _claim("a", "at least 219", 219, "Medical sources in Libya said at least 219 people had died.",
                   "people killed", bound="at_least")
    later = _claim("b", "at least 233", 233, "Human Rights Watch said at least 233 people had died in Libya.",
                   "people killed", bound="at_least")
    other = _claim("c", "at least 233", 233, "Human Rights Watch said at least 233 people had died in Libya "
                                             "in five days.", "people killed", bound="at_least")
    sources = Sources(documents=[("a", "CNN"), ("b", "CNN"), ("c", "Reuters")])
    agreements, _ = reconcile_claims([older, later, other], sources, published=published)
    assert [sorted(i.document for i in f.items) for f in agreements] == [["b", "c"]]


def test_a_wire_passage_shared_with_a_copy_is_no_second_witness():
    # Aceh: ndtv.com (a) carries AFP's text; indianexpress.com (b) is a copy of ndtv.com; ahram.org.eg (c)
    # shares AFP's paragraph with indianexpress.com. ndtv's and ahram's 170,000 are one witness.
    sentence = "In 2004 a massive tremor sparked a tsunami that killed 170,000 people in the province."
    a = _claim("a", "170,000", 170000, sentence, "people killed")
    edited = "In 2004 a massive tremor set off a tsunami which killed 170,000 people in the province, AFP said."
    c = _claim("c", "170,000", 170000, edited, "people killed", offset=500)
    copies = [CopyGroup("copies-1", ["a", "b"], "a", 0.9)]
    passage = SharedPassage("passage-1", [PassageSpan("b", 300, 300 + len(sentence)),
                                          PassageSpan("c", 500, 500 + len(sentence))], sentence, 15)
    sources = Sources(copies, documents=[("a", "ndtv.com"), ("b", "indianexpress.com"), ("c", "ahram.org.eg")],
                      passages=[passage])
    published = {"a": "2013-07-02", "b": "2013-07-02", "c": "2013-07-02"}
    assert reconcile_claims([a, c], sources, published=published) == ([], [])


def test_a_running_total_is_not_one_operations_figure():
    # INS Sukanya: "about 300 rounds" seized in Thursday's operation; "923 rounds" in its five operations so far.
    published = {"a": "2011-11-11", "b": "2011-11-11"}
    one = _claim("a", "about 300", 300, "During the operation, six AK-47 rifles, 12 magazines and about 300 rounds "
                                        "of ammunition were found and confiscated.", "rounds ammunition", bound="about")
    total = _claim("b", "923", 923, "So far, the Indian Navy has confiscated 14 AK-47 rifles, 31 magazines and 923 "
                                    "rounds of ammunition from pirates in the operation.", "rounds ammunition")
    assert reconcile_claims([one, total], Sources(), published=published) == ([], [])


def test_tolls_of_happenings_on_different_weekdays_are_no_progression():
    # Yida / Guffa: the bombing "on Tuesday" killed seven; "Thursday's bombing" killed 12: two happenings,
    # not one toll that rose from 7 to 12.
    from crosscheck.reconcile import find_updates

    tuesday = _claim("a", "seven", 7, "The president said the bombing of the border town on Tuesday killed seven "
                                      "people in the state.", "people killed")
    thursday = _claim("b", "12", 12, "The commissioner said 12 people were killed in Thursday's bombing of the "
                                     "border town in the state.", "people killed")
    published = {"a": "2011-11-10", "b": "2011-11-11"}
    assert find_updates([tuesday, thursday], Sources(), published) == []


def test_a_tiny_figure_has_a_rounding_step():
    # A figure like 0.00001 (repr "1e-05") made reconcile raise, and the story lost its whole reconcile output.
    from crosscheck.reconcile.compare import _rounding

    assert _rounding(0.00001) == 0.00001 and _rounding(2.5) == 0.1 and _rounding(35.0) == 5


def test_a_figure_with_no_thing_named_agrees_in_alike_sentences_and_never_conflicts():
    # Aceh: "at a depth of 10 kilometres" names no thing counted; told alike by two outlets it is one fact.
    published = {"a": "2013-07-02", "b": "2013-07-02", "c": "2013-07-02"}
    a = _claim("a", "10 kilometres", 10, "The quake struck at a depth of 10 kilometres, the US Geological Survey said.",
               norm_unit="km", unit="kilometres")
    b = _claim("b", "10 kilometers", 10, "The US Geological Survey said the quake struck at a shallow depth of 10 "
                                        "kilometers.", norm_unit="km", unit="kilometers")
    c = _claim("c", "15 kilometres", 15, "The quake struck at a depth of 15 kilometres, the US Geological Survey said.",
               norm_unit="km", unit="kilometres")
    agreements, conflicts = reconcile_claims([a, b, c], Sources(), published=published)
    assert conflicts == []
    assert [sorted(i.document for i in f.items) for f in agreements] == [["a", "b"]]
    assert "like words" in agreements[0].explanation


def test_at_least_one_is_the_word_one_not_a_figure():
    # Aceh: ibtimes.com and sunstar.com.ph both say "at least one" person died: the singular, no corroboration.
    published = {"a": "2013-07-02", "b": "2013-07-02"}
    a = _claim("a", "at least one", 1, "The quake killed at least one person in Aceh province, officials said.",
               "people killed", bound="at_least")
    b = _claim("b", "at least one", 1, "Officials said at least one person was killed in Aceh province by the quake.",
               "people killed", bound="at_least")
    assert reconcile_claims([a, b], Sources(), published=published) == ([], [])
