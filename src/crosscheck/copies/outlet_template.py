"""An outlet's template learned across its stories (issue 14 item 4, twelfth session).

``template_shingles`` learns an outlet's furniture from the reports of one run: shingles in at least
``template_reports`` of them. Furniture met on only two or three pages (a long reader comment shown under two
articles, a widget, a teaser box) stays below that floor, and a running story's versions share passages in as many
reports, so the floor cannot come down. Reports of *other stories* of the outlet tell them apart: two reports about
different events that carry one passage word for word carry the outlet's furniture, not news, whatever the wording
and whatever the site.

"Otherwise unrelated" is read in two ways: the reports belong to different stories (the store's, or a benchmark's
topic folders), and neither carries the other's story: a report whose opening is found in another story's reports
(``related_share`` of its opening shingles) is one article filed under two stories, and its text is no evidence of
furniture. Only passages count: shingles lying in a run of at least ``run`` consecutive cross-story shingles of one
report (8 words and more), so stock phrases a newsroom writes in every story ("said in a statement on") stay.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from .containment import in_sorted
from .overlap import coverage_profile


def cross_story_template(reports: Sequence[tuple[str, np.ndarray, np.ndarray]], opening: int = 40,
                         related_share: float = 0.5, run: int = 4, stories: int = 2) -> np.ndarray:
    """The sorted shingles of one outlet found, as a passage, in its reports of at least ``stories`` stories.

    ``reports``: (story, sorted distinct shingles, distinct shingles in text order) of each report of one outlet.
    Empty when the reports span fewer than ``stories`` stories."""
    by_story: dict[str, list[int]] = {}
    for k, (story, _, _) in enumerate(reports):
        by_story.setdefault(story, []).append(k)
    if len(by_story) < stories:
        return np.zeros(0, dtype=np.uint64)
    union = {s: _union(reports[k][1] for k in ks) for s, ks in by_story.items()}
    # Reports whose story is told elsewhere (their opening found in another story's reports) are left out. The
    # opening is read past what more than ``stories`` stories carry (a menu or masthead over every page of a site,
    # which would make every page tell every story); one article filed under two stories stays in its opening.
    values, counts = np.unique(np.concatenate(list(union.values())), return_counts=True)
    everywhere = values[counts > stories]
    # A report with hardly anything past that (an article filed under three stories or more, a page of furniture)
    # is no evidence either.
    heads = [_head(order, everywhere, opening) for _, _, order in reports]
    kept = [k for k, (story, _, _) in enumerate(reports) if len(heads[k]) >= opening // 2
            and not any(_opens(heads[k], union[other]) >= related_share for other in union if other != story)]
    per_story = [_union(reports[k][1] for k in by_story[s] if k in set(kept)) for s in by_story]
    values, counts = np.unique(np.concatenate(per_story), return_counts=True)
    shared = values[counts >= stories]
    if not len(shared):
        return shared
    # Only runs: a passage of furniture, not a stock phrase.
    found = [order[coverage_profile(order, shared, run)] for k in kept for order in (reports[k][2],)]
    found = [f for f in found if len(f)]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.uint64)


def _union(sets: Iterable[np.ndarray]) -> np.ndarray:
    parts = [s for s in sets if len(s)]
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)


def _head(order: np.ndarray, everywhere: np.ndarray, opening: int) -> np.ndarray:
    """A report's first ``opening`` distinct shingles in text order, those in ``everywhere`` skipped."""
    return (order[~in_sorted(order, everywhere)] if len(everywhere) else order)[:opening]


def _opens(head: np.ndarray, other: np.ndarray) -> float:
    return float(in_sorted(head, other).mean()) if len(head) else 0.0
