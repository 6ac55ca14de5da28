"""Issue 20, eighth session (branch issue-20c): whose figure it is, from the parse.

test13's first blind read listed six false conflicts in three sports stories, and the WWDC story one: figures of
different holders under one noun (two players' yards, two seasons' points, two laptop models' battery life). The
claims stage now reads each figure's holder and period from the dependency parse (``claims.holder``), and reconcile
compares two figures only when their holders and periods are not known to differ (``reconcile.holders``). The
sentences below are made up for the tests."""

import re

import crosscheck.nlp as nlp
from crosscheck.claims import extract_claims
from crosscheck.claims.holder import holder_of, period_of
from crosscheck.records import Document, Sentence, Sources
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.holders import holders_apart, same_owner

SOURCES = Sources(documents=[("a", "one.example"), ("b", "two.example")])
SAME_DAY = {"a": "2013-03-12", "b": "2013-03-12"}


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, doc_id, doc_id, "txt", text, text, [Sentence(text, 0, len(text))])


def _owner(text: str, figure: str) -> tuple[str | None, str | None]:
    d = _doc("x", text)
    parsed = nlp.parse([d])["x"]
    at = re.search(r"(?<![\w,])" + re.escape(figure) + r"(?![\w])", text).start()
    return holder_of(parsed, at, at + len(figure)), period_of(parsed, at, at + len(figure))


def _judge(text_a: str, text_b: str):
    claims = extract_claims([_doc("a", text_a), _doc("b", text_b)])
    unsure: list = []
    agreements, conflicts = reconcile_claims(claims, SOURCES, published=SAME_DAY, unsure=unsure)
    return agreements, conflicts, unsure


def test_the_holder_is_the_subject_or_the_possessor_of_the_figure():
    assert _owner("Jenkins ran for 120 yards on Sunday.", "120")[0] == "Jenkins"
    assert _owner("Moreau's 90 yards led the Hawks.", "90")[0] == "Moreau"
    assert _owner("The 15-inch model's battery lasts 5 hours.", "5")[0] == "15-inch model"
    assert _owner("Last season he averaged 20 points.", "20") == ("?", "last season")
    assert _owner("Talbot, who scored 2,100 career points, retired.", "2,100") == ("Talbot", "career")
    assert _owner("Talbot caught six passes and ran for 40 yards.", "40")[0] == "Talbot"


def test_a_toll_has_no_holder():
    assert _owner("The blast killed 10 people.", "10") == (None, None)
    assert _owner("Police said 5 people were killed in the blast.", "5") == (None, None)


def test_two_players_yards_are_not_a_conflict():
    agreements, conflicts, unsure = _judge("Jenkins scored 24 points in the win over the Hawks. Coach Lee praised Jenkins.",
                                           "Moreau scored 18 points in the win over the Hawks.")
    assert conflicts == []
    assert any("different holders: Jenkins / Moreau" in f.explanation or "different holders: Moreau / Jenkins"
               in f.explanation for f in unsure)


def test_one_players_yards_told_two_ways_stay_a_conflict():
    _, conflicts, _ = _judge("Jenkins scored 24 points in the win over the Hawks. Coach Lee praised Jenkins.",
                             "Jenkins scored 18 points in the win over the Hawks. Coach Lee praised Jenkins.")
    assert len(conflicts) == 1


def test_two_models_battery_life_is_not_a_conflict():
    _, conflicts, _ = _judge("The 15-inch model gets 7 hours of battery life between charges.",
                             "The 13-inch model gets 5 hours of battery life between charges.")
    assert conflicts == []


def test_two_seasons_points_are_not_a_conflict():
    _, conflicts, _ = _judge("Talbot averaged 21 points per game this season at the university.",
                             "Talbot averaged 18 points per game last season at the university.")
    assert conflicts == []


def test_two_players_same_yards_are_not_an_agreement():
    agreements, _, _ = _judge("Jenkins scored 24 points in the win over the Hawks. Coach Lee praised Jenkins.",
                              "Moreau scored 24 points in the win over the Hawks.")
    assert agreements == []


def test_owners_joined_by_surname_or_number():
    assert same_owner("Tyler Talbot", "Talbot")
    assert not same_owner("15-inch model", "13-inch model")
    assert not same_owner("Jenkins", "Moreau")


def test_an_unknown_holder_leaves_it_to_the_rest_of_the_basis():
    from crosscheck.records import Claim, Normalized

    a = Claim("a:1", "a", "5", "s", 5, None, None, Normalized(5, None, None), "yards", holder="?")
    b = Claim("b:1", "b", "7", "s", 7, None, None, Normalized(7, None, None), "yards", holder="Jenkins")
    assert holders_apart(a, b) is None

