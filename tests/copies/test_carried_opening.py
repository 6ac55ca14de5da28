"""Issue 14, session 5: a page carrying another report's opening as a block (an excerpt on a hub or blog index page, a
page truncated after its opening, a short story's body inside a multi-story page) is a copy, however small a share of
either report the block is; the candidates find it by exact lookup of each report's opening."""

import numpy as np

from crosscheck.copies import CopySettings, find_copies, ordered_shingles, in_text_order, opening_of, scan, shingles
from crosscheck.copies.containment import opening_candidates
from crosscheck.copies.overlap import carries_opening, lead_run

from .test_containment_and_sources import doc, prose


def _story(seed: int, paragraphs: int) -> list[str]:
    return [" ".join(prose(seed + k, 3)) for k in range(paragraphs)]


def test_hub_page_teaser_of_a_story_opening_is_a_copy():
    # A 20-paragraph story; a hub page of 12 other teasers holds its first paragraph (~60 words): ~5% of the story,
    # ~8% of the hub page, far under any containment threshold (fresh4's blog index and multi-story pages).
    story = _story(100, 20)
    hub = _story(300, 6) + [story[0]] + _story(400, 6)
    [group] = find_copies([doc(1, story, "Wire"), doc(2, hub, "Wire Blogs", date="2026-03-15")])
    assert sorted(group.documents) == ["d1", "d2"]


def test_short_story_body_inside_a_multi_story_page_with_comments_is_a_copy():
    # The short page is its body (2 paragraphs) then a long comment thread; the multi-story page holds the body among
    # other items: the body is a fifth of the short page, a twentieth of the long one.
    body = _story(700, 2)
    short = body + _story(800, 8)
    multi = _story(900, 15) + body + _story(1000, 20)
    [group] = find_copies([doc(1, short, "News"), doc(2, multi, "News Live", date="2026-03-15")])
    assert sorted(group.documents) == ["d1", "d2"]


def test_one_shared_sentence_at_the_top_is_not_a_carried_opening():
    # Two independent stories opening with the same one wire sentence (~18 words) are not copies.
    sentence = prose(55, 1)[0]
    a = [sentence + " " + " ".join(prose(1200, 2))] + _story(1300, 10)
    b = [sentence + " " + " ".join(prose(1400, 2))] + _story(1500, 10)
    assert find_copies([doc(1, a, "Herald"), doc(2, b, "Courier")]) == []


def test_lead_run_counts_only_runs_starting_at_the_top():
    order = np.arange(1, 101, dtype=np.uint64)
    other = np.sort(np.r_[np.arange(1, 31), np.arange(60, 100)].astype(np.uint64))
    assert lead_run(order, other, 10) == 30  # the run from the top, not the longer one later on
    assert lead_run(order, np.arange(50, 90, dtype=np.uint64), 10) == 0


def test_carried_opening_needs_the_opening_in_the_other_page():
    settings = CopySettings()
    story, hub = " ".join(_story(100, 20)), " ".join(_story(300, 6) + _story(100, 1) + _story(400, 6))
    sets = (shingles(story), shingles(hub))
    orders = tuple(in_text_order(ordered_shingles(t)) for t in (story, hub))
    openings = tuple(opening_of(ordered_shingles(t), settings.opening_shingles) for t in (story, hub))
    assert carries_opening(*sets, openings, orders, settings)
    unrelated = shingles(" ".join(_story(2000, 12)))
    assert not carries_opening(sets[0], unrelated, (openings[0], openings[0][:0]), (orders[0], orders[0][:0]), settings)


def test_opening_candidates_pair_the_page_holding_an_opening():
    story, hub, other = (shingles(" ".join(p)) for p in (_story(100, 20), _story(300, 6) + _story(100, 1),
                                                          _story(5000, 8)))
    heads = {k: opening_of(ordered_shingles(" ".join(p)), 40)
             for k, p in enumerate((_story(100, 20), _story(300, 6) + _story(100, 1), _story(5000, 8)))}
    found = opening_candidates(enumerate([story, hub, other]), heads, 0.5, 50)
    assert [tuple(p) for p in found[:, :2].tolist()] == [(0, 1)]


def test_scan_finds_a_hub_page_teaser(tmp_path):
    story = _story(100, 20)
    items = [("story", "\n\n".join(story), "2026-03-14"),
             ("hub", "\n\n".join(_story(300, 6) + [story[0]] + _story(400, 6)), "2026-03-15")]
    items += [(f"x{k}", "\n\n".join(_story(6000 + 50 * k, 8)), "2026-03-15") for k in range(5)]
    result = scan(items, tmp_path)
    assert [(a, b) for a, b, _, _ in result.pairs] == [("story", "hub")] or \
        sorted((a, b) for a, b, _, _ in result.pairs) == [("hub", "story")]
