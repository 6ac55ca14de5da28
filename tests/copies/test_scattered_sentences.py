"""Issue 14, ninth session: two reports that share only single sentences, each set in its own account below its own
opening (the background or wire sentences of ECB+ topic 45's verdict and plea stories), share passages, not one text,
though a third of the smaller report's 5-grams are in the other."""

from dataclasses import replace

from crosscheck.copies import CopySettings, find_copies, find_copies_and_passages, scan

from .test_containment_and_sources import doc, prose


def _pair(seed: int):
    # six wire sentences of 16 words (runs of 12 shingles, under the rule's 15; each a passage of 15 words or more),
    # each after a short clause of the smaller report's own and among the larger's own paragraphs, both reports below
    # an opening of their own
    shared = [" ".join(sentence.split()[:15]) + f" {k}." for k, sentence in enumerate(prose(seed, 6))]
    clauses = [" ".join(sentence.split()[:6]) + "." for sentence in prose(seed + 100, 6)]
    own_l = prose(seed + 200, 15)
    smaller = [" ".join(prose(seed + 300, 2))] + [f"{clauses[k]} {shared[k]}" for k in range(6)]
    larger = [" ".join(own_l[:3])] + [f"{shared[k]} {' '.join(own_l[3 + 2 * k:5 + 2 * k])}" for k in range(6)]
    return doc(1, smaller, "AP Herald"), doc(2, larger, "Daily Wire")


def test_scattered_shared_sentences_below_each_opening_are_not_a_copy(tmp_path):
    small, large = _pair(4500)
    assert find_copies([small, large], CopySettings()) == []
    assert scan([(d.id, d.text, "2026-03-14") for d in (small, large)], tmp_path / "scan").groups == []
    # the rule decides: without it, containment and the other rules join the two
    assert find_copies([small, large], replace(CopySettings(), scattered_run=0))
    _, passages = find_copies_and_passages([small, large], CopySettings())
    assert passages  # the shared sentences stay shared passages


def test_a_shared_run_longer_than_a_sentence_is_still_a_copy():
    small, large = _pair(4600)
    body = " ".join(prose(4700, 3))  # one shared block of three sentences
    small = doc(1, small.text.split("\n\n") + [body], "AP Herald")
    large = doc(2, large.text.split("\n\n") + [body], "Daily Wire")
    assert find_copies([small, large], CopySettings())
