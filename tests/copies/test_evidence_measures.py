"""Issue 14, seventeenth session: the evidence measures of ``evaluation.copies_evidence`` (sentence alignment, word
LCS cover, agency credits, AUC), on invented text."""

import math

from evaluation.copies_evidence import (auc, content_ngram_containment, credits, longest_increasing,
                                        sentence_alignment, word_lcs_cover)

STORY = [
    "The harbour ferry Blue Heron ran aground on a sandbar near Pellow Point early on Thursday morning.",
    "Coastguard crews lifted eleven passengers from the tilted deck before the tide turned again.",
    "Two crew members were treated for mild hypothermia at the island clinic, a nurse there said.",
    "The operator suspended every crossing to the outer islands until divers inspect the damaged hull.",
    "Residents complained that the channel markers had been missing since the winter storms last year.",
]
# One text edited: the same sentences in the same order, a few words changed.
EDITED = [
    "The harbour ferry Blue Heron ran aground on a sandbar near Pellow Point on Thursday.",
    "Coastguard crews lifted 11 passengers from its tilted deck before the tide turned.",
    "Two crew members were treated for mild hypothermia at the island clinic, according to a nurse.",
    "The operator suspended all crossings to the outer islands until divers inspect the hull.",
    "Residents said the channel markers had been missing since the winter storms.",
]


def test_an_edited_text_keeps_its_sentences_in_order():
    same_order = sentence_alignment(" ".join(STORY), " ".join(EDITED))
    assert same_order["matched"] == 1.0 and same_order["in_order"] == 1.0 and same_order["head_in_order"] == 1.0
    reordered = sentence_alignment(" ".join(STORY), " ".join(reversed(EDITED)))
    assert reordered["matched"] == 1.0 and reordered["in_order"] == 0.2  # every sentence found, one in order


def test_word_lcs_cover_survives_small_edits_that_break_shingles():
    assert word_lcs_cover(" ".join(STORY), " ".join(EDITED)) > 0.7
    other = ("A new library opened downtown with a reading garden on its roof. "
             "The mayor cut a ribbon while a brass band played for the crowd outside.")
    assert word_lcs_cover(" ".join(STORY), other) < 0.4
    assert content_ngram_containment(" ".join(STORY), " ".join(EDITED)) > content_ngram_containment(" ".join(STORY), other)


def test_agency_credits_are_read_from_the_text():
    assert credits("PELLOW POINT (AP) - A ferry ran aground.") == {"AP"}
    assert credits("A ferry ran aground, Reuters reported. Reporting by Ann Vale") == {"Reuters", "credit line"}
    assert credits("A ferry ran aground near the point.") == frozenset()


def test_auc_and_longest_increasing():
    assert auc([2.0, 3.0], [1.0]) == 1.0
    assert auc([1.0], [1.0]) == 0.5
    assert auc([2.0, float("nan")], [1.0]) == 1.0
    assert math.isnan(auc([], [1.0]))
    assert longest_increasing([3, 0, 1, 5, 2, 4]) == 4


def test_band_rule_share_counts_edited_sentences_and_order():
    from evaluation.copies_evidence import band_rule_share

    edited = band_rule_share(" ".join(STORY), " ".join(EDITED))
    assert edited["share"] >= 0.8 and edited["own"] == 0.0  # every sentence one of the other's, edited, in order
    reordered = band_rule_share(" ".join(STORY), " ".join(reversed(EDITED)))
    assert reordered["share_any"] >= 0.8 and reordered["share"] < 0.4  # found, but not in the other's order
    own = band_rule_share(" ".join(STORY[:2]) + " A fisherman said he had warned the harbour office twice in March "
                          "about the drifting sandbar and had received no answer from anyone.", " ".join(EDITED))
    assert own["own"] > 0.3  # a sentence of its own, neither shared nor a paraphrase
