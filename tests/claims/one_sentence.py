"""Helpers of issue 20c's reconcile tests: made-up reports of one sentence each, by two outlets (written once for the
tests of the ninth to eleventh sessions)."""

from crosscheck.claims import extract_claims
from crosscheck.records import Document, Sentence, Sources
from crosscheck.reconcile import reconcile_claims

TWO_OUTLETS = Sources(documents=[("a", "one.example"), ("b", "two.example")])


def one_sentence_doc(doc_id: str, text: str) -> Document:
    """A report whose text is one sentence."""
    return Document(doc_id, doc_id, doc_id, "txt", text, text, [Sentence(text, 0, len(text))])


def claim_of(text: str, figure: str):
    """The claim of ``figure`` read in the one-sentence report ``text``."""
    return next(c for c in extract_claims([one_sentence_doc("x", text)]) if c.text == figure)


def reconcile_pair(text_a: str, text_b: str, published: dict[str, str]):
    """(agreements, conflicts) of two one-sentence reports "a" and "b" by two outlets."""
    claims = extract_claims([one_sentence_doc("a", text_a), one_sentence_doc("b", text_b)])
    return reconcile_claims(claims, TWO_OUTLETS, published=published)
