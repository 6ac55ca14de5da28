"""Issue 14, eighth session: a page carrying another report's opening as one long block below its own top is a copy
(the band rule's shape 1, evaluation/data/COPIES_BAND_RULE.md), though the late-start rule turns the pair down."""

from dataclasses import replace

from crosscheck.copies import CopySettings, find_copies, scan

from .test_containment_and_sources import doc, prose


def test_story_top_carried_below_a_pages_own_top_is_a_copy(tmp_path):
    story = [" ".join(prose(5100 + k, 3)) for k in range(20)]
    own = [" ".join(prose(5300 + k, 3)) for k in range(12)]
    page = doc(1, own + story[:6], "CNN")  # a multi-story page: its own items, then the story's first six paragraphs
    original = doc(2, story, "CNN")
    assert [sorted(g.documents) for g in find_copies([page, original], CopySettings())] == [["d1", "d2"]]
    assert find_copies([page, original], replace(CopySettings(), carried_block=0)) == []  # the late-start rule alone
    result = scan([(d.id, d.text, "2026-03-14") for d in (page, original)], tmp_path / "scan")
    assert [sorted(g.documents) for g in result.groups] == [["d1", "d2"]]


def test_one_carried_paragraph_below_a_pages_own_top_stays_a_passage():
    # Containment passes (a third of the page), the late-start rule turns it down, and one paragraph (about 50
    # shingles) is under the block's 100: not a copy (on half A, blocks of 40-60 shingles joined a site template).
    story = [" ".join(prose(5500 + k, 3)) for k in range(20)]
    own = [" ".join(prose(5700 + k, 3)) for k in range(2)]
    page, original = doc(1, own + story[:1], "CNN"), doc(2, story, "CNN")
    assert find_copies([page, original], CopySettings()) == []
    assert find_copies([page, original], replace(CopySettings(), carried_block=40))  # the block's length decides
