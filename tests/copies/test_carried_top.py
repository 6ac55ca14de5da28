"""Issue 14, sixteenth session: a story set as an item on a longer page without its first line (a caption, a
headline sentence) keeps its top and the next paragraph or two there as one block. The rest of the story is not on the
page, so containment is low. The opening the carried-opening rule reads starts with the dropped line, so that rule
misses it. Half A's embedded miss of this shape: a correspondent's story as an item on its outlet's multi-story page."""

from dataclasses import replace

from crosscheck.copies import CopySettings, find_copies, scan
from crosscheck.copies.verify import carries_top

from .test_containment_and_sources import doc, prose

CAPTION = ("Pictured above the harbour wall at dusk a volunteer crew hauls the last flooded rowing skiff toward the "
           "boathouse ramp while neighbours watch from the quay")


def _story_and_page(first: int, kept: int = 2):
    story = [" ".join(prose(6100 + k, 3)) for k in range(10)]
    own = [" ".join(prose(6300 + k, 3)) for k in range(2)]
    items = [" ".join(prose(6500 + k, 3)) for k in range(10)]
    original = doc(1, [CAPTION] + story, "Harbour Post")
    page = doc(2, own + story[first:first + kept] + items, "Harbour Post")  # ``kept`` of the story's paragraphs
    return original, page


def test_story_top_without_its_caption_on_a_longer_page_is_a_copy(tmp_path):
    original, page = _story_and_page(first=0)
    assert [sorted(g.documents) for g in find_copies([original, page], CopySettings())] == [["d1", "d2"]]
    # containment, the opening rules and the carried block all turn it down: without the rule it is no copy
    assert find_copies([original, page], replace(CopySettings(), top_run=0)) == []
    result = scan([(d.id, d.text, "2026-03-14") for d in (original, page)], tmp_path / "scan")
    assert [sorted(g.documents) for g in result.groups] == [["d1", "d2"]]
    assert find_copies([original, page], replace(CopySettings(), top_run=120)) == []  # the block's length decides


def test_the_same_block_from_the_middle_of_the_story_stays_a_passage():
    """Two paragraphs from the story's middle (background a later page carries): its top is not on the page."""
    original, page = _story_and_page(first=3)
    assert find_copies([original, page], CopySettings()) == []
    # the late-start and partial rules turn it down too; without them, where the block sits decides
    alone = replace(CopySettings(), late_start=1.01, partial_below=0.0)
    assert find_copies([original, page], alone) == []
    assert find_copies(list(_story_and_page(first=0)), alone)


def test_carries_top_reads_the_smaller_reports_top():
    import numpy as np

    order = np.arange(1, 201, dtype=np.uint64)  # the smaller: 200 distinct shingles in text order
    # the larger: 100 shingles of its own, then the smaller's shingles 21-110, then 300 more of its own
    other_order = np.r_[np.arange(1000, 1100), np.arange(21, 111), np.arange(1100, 1400)].astype(np.uint64)
    other = np.sort(other_order)
    settings = CopySettings()
    assert carries_top(order.copy(), other, (order, other_order), settings)  # 40 of the first 60, a run of 90
    # the same block at the larger's top too: not an item it carries
    top_order = np.r_[np.arange(21, 111), np.arange(1000, 1400)].astype(np.uint64)
    assert not carries_top(order.copy(), np.sort(top_order), (order, top_order), settings)
    late = np.sort(np.r_[np.arange(61, 151), np.arange(1000, 1400)].astype(np.uint64))  # the same run, after the top
    late_order = np.r_[np.arange(1000, 1100), np.arange(61, 151), np.arange(1100, 1400)].astype(np.uint64)
    assert not carries_top(order.copy(), late, (order, late_order), settings)


def test_one_block_below_a_line_at_the_top_of_both_pages_stays_a_passage():
    """Two pages of one site, each with a line of its own and then the same two paragraphs (a site's box, a shared top
    over two accounts), then each its own story: the block is the longer page's top too, not an item it carries (a
    template trap of this shape was flagged in the raw-text gate, tests/gate/test_copies_gold_gate.py, before this)."""
    block = [" ".join(prose(6700 + k, 3)) for k in range(2)]
    first = doc(1, [CAPTION] + block + [" ".join(prose(6800 + k, 3)) for k in range(10)], "Harbour Post")
    headline = ("Tide tables for the estuary moorings are printed every week by the harbour office and posted at the slipway "
                "for skippers and anglers")
    second = doc(2, [headline] + block + [" ".join(prose(6900 + k, 3)) for k in range(14)], "Harbour Post")
    assert find_copies([first, second], CopySettings()) == []
