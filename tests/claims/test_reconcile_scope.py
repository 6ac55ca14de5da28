"""Reconcile: a conflict names only the figures told about the same moment as one they disagree with."""

from crosscheck.records import Claim, Normalized, Sources
from crosscheck.reconcile import reconcile_claims


def _claim(doc, text, value, bound="exact"):
    sentence = f"The storm surge killed {text} people in the port city, officials said."
    return Claim(f"{doc}:c", doc, text, sentence, value, None, None, Normalized(value, None, None), "people killed",
                 bound)


def test_an_earlier_figure_in_the_same_cluster_is_left_out_of_a_later_conflict():
    claims = [_claim("early", "at least 14", 14, "at_least"), _claim("a", "23", 23), _claim("b", "41", 41)]
    published = {"early": "2026-03-01", "a": "2026-03-14", "b": "2026-03-14"}
    _, [conflict] = reconcile_claims(claims, Sources(), published=published)
    assert conflict.documents == ["a", "b"] and "at least 14" not in conflict.explanation
