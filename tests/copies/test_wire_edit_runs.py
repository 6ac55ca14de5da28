"""Issue 14, fifteenth session: two outlets' edits of one wire story (half A's wire-edit misses: a wire-based piece and
the wire story, two trade-site rewrites of one agency text). Each outlet writes its own top and changes a word here and
there in the wire's sentences, so the shared text of the smaller report is broken into many short runs that cover
about a third of it and leave its opening out: the partial rule read that as background two stories carry and turned
the pair down. Background is a few paragraphs; one text edited in many places is many runs (``partial_runs``)."""

from dataclasses import replace

from crosscheck.copies import CopySettings, find_copies, find_copies_and_passages
from crosscheck.copies.overlap import run_count

from .test_containment_and_sources import doc, prose


def _edited(sentence: str, word: str) -> str:
    """The sentence with its middle word changed (an outlet's edit)."""
    words = sentence.split()
    words[len(words) // 2] = word
    return " ".join(words)


def _pair():
    wire = prose(5100, 12)
    own_s, own_l = prose(5200, 16), prose(5300, 22)
    # the smaller outlet: its own three-sentence top, then the wire's sentences edited one word each, with two sentences
    # of its own after every third
    smaller = [" ".join(own_s[:3])]
    for k in range(4):
        smaller.append(" ".join([_edited(s, "reportedly") for s in wire[3 * k:3 * k + 3]] + own_s[3 + 2 * k:5 + 2 * k]))
    # the larger outlet: a long top of its own, the wire's sentences edited elsewhere, then its own analysis
    larger = [" ".join(own_l[:6])] + [" ".join(_edited(s, "officials") for s in wire[k:k + 4]) for k in range(0, 12, 4)]
    larger += [" ".join(own_l[6 + 4 * k:10 + 4 * k]) for k in range(4)]
    return doc(1, smaller, "Valley Times"), doc(2, larger, "Coast Courier")


def test_two_outlets_edits_of_one_wire_story_are_a_copy():
    small, large = _pair()
    assert find_copies([small, large], CopySettings())
    # the partial rule alone turned it down: without the runs exemption the pair is no copy
    assert find_copies([small, large], replace(CopySettings(), partial_runs=0)) == []


def test_a_few_background_paragraphs_stay_passages():
    """The same shape with the wire's text kept whole in two paragraphs (two runs): background, not a copy."""
    wire = prose(5100, 12)
    own_s, own_l = prose(5200, 16), prose(5300, 22)
    small = doc(1, [" ".join(own_s[:4]), " ".join(wire[:2]), " ".join(own_s[4:10]), " ".join(wire[2:4]),
                    " ".join(own_s[10:14])], "Valley Times")
    large = doc(2, [" ".join(own_l[:6]), " ".join(wire[:4])] + [" ".join(own_l[6 + 4 * k:10 + 4 * k]) for k in range(4)],
                "Coast Courier")
    groups, passages = find_copies_and_passages([small, large], CopySettings())
    assert groups == [] and passages


def test_run_count():
    import numpy as np

    assert run_count(np.array([0, 1, 1, 0, 1, 0, 0, 1], dtype=bool)) == 3
    assert run_count(np.zeros(4, dtype=bool)) == 0
