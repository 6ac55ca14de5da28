"""Issue 20, sixteenth session (branch issue-20a-s16): conflict recall lost to keys that name one thing in other words.

Read on the dev stories' missed gold conflicts (bench/results/issue-20r-s15.md, "keyed apart"): a WHO list's "140
confirmed cases" never faced a ministry's "165 cases" of one country, nor "355 damaged shops" a federation's "565
shops suffering serious damage", nor "923 rounds" the "300 rounds of ammunition" of one seizure; a count told beside
"possible sightings" was read as a possible count. The sentences below are made up for the tests."""

from crosscheck.claims import extract_claims
from crosscheck.records import Entity
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.basis import basis_key
from tests.claims.one_sentence import TWO_OUTLETS, one_sentence_doc

PLACES = [Entity("gpe:peru", "Peru", "GPE"), Entity("gpe:athens", "Athens", "GPE"),
          Entity("gpe:chile", "Chile", "GPE")]
SAME_DAY = {"a": "2010-05-05", "b": "2010-05-05"}


def _pair(text_a: str, text_b: str):
    claims = extract_claims([one_sentence_doc("a", text_a), one_sentence_doc("b", text_b)])
    return reconcile_claims(claims, TWO_OUTLETS, published=SAME_DAY, entities=PLACES)


def _keys(text: str) -> list:
    return [basis_key(c) for c in extract_claims([one_sentence_doc("a", text)])]


def test_confirmed_cases_and_cases_of_one_country_conflict():
    # A status word ("confirmed", "reported") says how a case is known, not what is counted.
    _, conflicts = _pair("Peru has reported 165 cases of the fever, the health ministry said on Tuesday.",
                         "The agency's list shows 120 confirmed cases of the fever in Peru.")
    assert len(conflicts) == 1


def test_damaged_shops_conflict_with_shops_told_as_suffering_damage():
    # The bare key ("shops") meets the fuller one ("damaged shops") where its own sentence tells the extra word.
    _, conflicts = _pair("The owners say there are 210 damaged shops in Athens after the riots.",
                         "In Athens, 480 shops suffered serious damage in the riots, the traders' union said.")
    assert len(conflicts) == 1


def test_a_bare_noun_does_not_meet_a_fuller_key_whose_words_its_sentence_lacks():
    # "arrested protesters" are a part of the protesters: the bare figure's sentence says nothing of arrests.
    _, conflicts = _pair("Police held 60 arrested protesters in Athens after the march on the ministry.",
                         "About 150 protesters marched in Athens to the ministry, police said.")
    assert conflicts == []


def test_a_part_or_a_degree_is_never_a_fuller_telling_of_its_total():
    from crosscheck.reconcile.meet import _fuller

    assert _fuller("people injured", "people seriously injured") is None
    assert _fuller("vessel", "foreign vessel") is None
    assert _fuller("people killed", "people injured") is None
    assert _fuller("shop", "damaged shop") == ["damaged"]
    assert _fuller("climber", "climber rescued") is None  # words after the thing: a part of it


def test_conflict_key_drops_status_words_and_keeps_the_marks_of_a_part():
    from crosscheck.reconcile.meet import conflict_key

    assert conflict_key("confirmed cases") == conflict_key("cases reported") == conflict_key("cases") == "case"
    assert conflict_key("laboratory confirmed cases") == "case"
    assert conflict_key("heads pig") == conflict_key("pigs")
    assert conflict_key("part: confirmed cases") == "part: case"
    assert conflict_key("suspected cases") != conflict_key("cases")  # a suspicion is not a case


def test_a_hedge_on_another_noun_does_not_make_the_count_possible():
    # "possible sightings" is hedged, not the 19 states where they are looked into.
    keys = _keys("Police in 19 states are now working on possible sightings of the two men.")
    assert ("count", None, "states") in keys
    # told of the figure itself, the hedge stays: "eight were found to be probable cases"
    keys = _keys("Of nine pupils tested, eight were found to be probable cases of the fever.")
    assert not any(k and k[2] == "cases" for k in keys)


def test_a_count_told_as_now_is_a_running_total_not_a_conflict():
    # "there are now 91 cases": the count as of the telling, an update of the morning's 65 (read on a dev pair of
    # keys made to meet: "now 91 confirmed cases" / "65 cases ... confirmed").
    _, conflicts = _pair("Officials said there are now 91 cases of the fever in Chile.",
                         "Officials in Chile said there are 65 cases of the fever, most of them mild.")
    assert conflicts == []


def test_a_fine_told_with_its_two_conditions_is_no_conflict_with_one_of_them():
    # "$1,200 (£750) a tonne, or $4,500 a tonne if ...": the report tells both values, as two conditions; the other
    # report's "$4,500 per tonne" is one of them (read on a dev pair that keys made to meet: "fine" / "fines").
    _, conflicts = _pair("Under the law the firm faces fines of $1,200 (£750) a tonne, or $4,500 a tonne if negligence "
                         "is found.",
                         "The firm faces fines of $4,500 per tonne if negligence is proven, its filing said.")
    assert conflicts == []
