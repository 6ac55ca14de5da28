"""Scorer fix of the seventeenth session: a reported statement that a labeller keyed as a ``claim`` (its ``at`` on the
first word of what is said, no number there) is matched to the reported speech item that holds it, when no claim
item does. Invented text."""

from __future__ import annotations

from evaluation.provenance import _match, _number_at

TEXT = "The mayor said the bridge would reopen soon. Crews fixed 12 lamps, a clerk said, and a dozen more wait."


def _items():
    said = TEXT.index("the bridge")
    twelve = TEXT.index("12")
    speech = {"doc": "d01", "start": said, "end": TEXT.index(". Crews"), "kind": "quote"}
    number = {"doc": "d01", "start": twelve, "end": twelve + 8, "kind": "claim"}
    found = {(i["doc"], i["start"], i["kind"]): i for i in (speech, number)}
    by_doc = {("d01", "quote"): [speech], ("d01", "claim"): [number]}
    return speech, number, found, by_doc


def test_a_statement_keyed_as_a_claim_is_matched_to_the_reported_speech_holding_it():
    speech, _, found, by_doc = _items()
    at = TEXT.index("the bridge")
    g = {"doc": "d01", "at": at, "kind": "claim", "statement": not _number_at(TEXT, at)}
    assert g["statement"]
    assert _match(g, found, by_doc) is speech


def test_a_number_claim_is_still_matched_only_to_claims():
    _, number, found, by_doc = _items()
    at = TEXT.index("12")
    assert _number_at(TEXT, at)
    assert _match({"doc": "d01", "at": at, "kind": "claim", "statement": False}, found, by_doc) is number
    dozen = TEXT.index("a dozen")
    assert _number_at(TEXT, dozen)
    # a number claim that no claim item holds stays not found, even inside some other item
    assert _match({"doc": "d01", "at": dozen, "kind": "claim", "statement": False}, found, by_doc) is None


def test_number_words_and_a_number_within_three_words_are_numbers():
    assert _number_at("Twenty-one people came.", 0)
    assert _number_at("twice in the head", 0)
    assert _number_at("mother of 12 children", 0)
    assert not _number_at("the council would vote later", 0)
