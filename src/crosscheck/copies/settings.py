"""``CopySettings``: the copies stage's named thresholds, each with where it was chosen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CopySettings:
    """Named thresholds. Defaults chosen on real pairs (see bench/RESULTS.md, copies).

    - ``shingle_words``: 5 words keep shared boilerplate phrases and short
      common n-grams from making independent reports look alike.
    - ``bands`` x ``rows_per_band`` MinHash values (rensa's RMinHash, 126 in all):
      a pair collides in some band with probability 1 - (1 - J^3)^42, i.e. 0.68
      at Jaccard 0.3 (a reprint keeping a third of its original), 0.93 at 0.4 and
      0.996 at 0.5, while unrelated reports (J < 0.05) almost never do;
      verification below removes the false candidates.
    - ``max_bucket``: a band bucket holding more reports than this (the same stock
      boilerplate everywhere) is compared as a chain, not all pairs.
    - ``min_containment``: share of the smaller report's shingles (template
      removed) found in the other. First chosen on the dev half of 377 labelled
      pairs (0.3); in round 2 re-chosen on all 377 (evaluation/copies_gold.py
      --set2 --split all, grid 0.3-0.35 x template 3-6): 0.32 with template 5 is
      the highest F1 (0.911, P 0.866, R 0.960) keeping recall >= 0.90 on every
      kind (0.35 drops edited-wire and update copies to 0.86-0.89).
    - ``min_shared_shingles``: a copy must share at least this many shingles,
      so two short notes sharing one stock sentence are not copies.
    """

    shingle_words: int = 5
    # Candidates by containment (``copies.containment``): 1 in ``sample`` shingles indexed; a pair
    # sharing ``min_hits`` of them, ``min_estimate`` of the smaller report's sample, is compared.
    sample: int = 8
    min_hits: int = 1
    min_estimate: float = 0.1
    # A sampled shingle held by more than this many reports is stock text (a place or byline line, a
    # widget) or a wire story reprinted everywhere: it links its reports as a star around the first,
    # not as all pairs (the index's memory and time grow with the pairs; at 200, 100k reports passed 2 GB).
    index_max_df: int = 50
    # Template text: a shingle found in at least this many of one outlet's reports (and this share of
    # them) is the outlet's page furniture (navigation, boxes, widgets) and never counts as shared.
    # On the labelled pairs (evaluation/data/copies_gold2.tsv, dev half) page furniture recurs in 6 to 29
    # reports of an outlet's few hundred, while a running story's versions share a passage in 2 to 8.
    template_reports: int = 5  # 6 before round 2; 5 chosen on all 377 pairs with ``min_containment``
    template_share: float = 0.0
    # ... and, given reports of the outlet in other stories (a store's), a passage (``run_shingles`` consecutive
    # shingles) its reports carry in at least this many stories, reports that do not tell one another's story (an
    # opening ``lede_candidate`` found in another story): a reader comment, teaser or widget met on two pages only
    # (``outlet_template``; issue 14, twelfth session). 0 turns it off.
    template_stories: int = 2
    # Shared passages: runs of at least this many words two non-copy reports carry word for word.
    # 15 (about one wire sentence) chosen on half of evaluation/data/passages_gold.tsv (F1 0.70 against
    # 0.62 at 12 words and 0.53 at 20); the other half: precision 0.78, recall 0.95.
    passage_words: int = 15
    # Stock text in a large stream (``scan``): a shingle in at least this many reports, and this share of
    # the stream, is a stock phrase and is not counted as shared, unless the two reports are near-duplicates
    # (Jaccard >= ``near_duplicate``): a wire story reprinted hundreds of times stays a copy.
    stock_reports: int = 100
    stock_share: float = 0.005
    near_duplicate: float = 0.5
    bands: int = 42
    rows_per_band: int = 3
    min_containment: float = 0.32
    min_shared_shingles: int = 15
    # A short report most of which is in another (two thirds, at least ``short_shared`` shingles: one
    # 12-word sentence) is a copy though it cannot share ``min_shared_shingles``: one wire sentence in two
    # edits (issue 14 round 3; set by the rule's meaning, not fitted: on the 520 dev pairs it changes one).
    short_share: float = 2 / 3
    short_shared: int = 8
    # A report that carries the other's opening (``opening_share`` of its first ``opening_shingles`` distinct
    # shingles, about two sentences) and ``opening_containment`` of the smaller's text is a copy: an update
    # with a new top keeps the old lede lower down, a local paper merges the agency story under its own top.
    # Chosen on half A of the 520 pairs read (evaluation/copies_gold.py --set2 --halves; see
    # bench/results/issue-14-round3.md): a plateau over containment 0.15-0.2 and share 0.6-0.9.
    opening_shingles: int = 40
    opening_share: float = 0.7
    opening_containment: float = 0.2
    # ... and they share more than one opening's worth (``opening_shingles``): two pages whose only shared text is the
    # same top (a topic page's header, a two-sentence lede over two accounts) share a passage, not a text (round 3's
    # shared-lede trap). Issue 14, twelfth session, set by the rule's meaning after reading half B's topic-header trap
    # (bpoil_washingtonpost 320/47): flat on half A from 0 to 60 (no copy of A needs less), B 0.932 -> 0.934.
    opening_shared: int = 40
    # A copy shares text from near its top: when the first ``late_start`` of the smaller report's distinct
    # shingles (in text order, template removed) share nothing with the other, what they share is a passage
    # after an opening of the smaller's own (a background paragraph, a widget, a footer), not its body.
    # Issue 14 round 4: chosen on half A of the 825 pairs read (evaluation/copies_gold.py --late-grid; see
    # bench/results/issue-14-round4.md); 1.01 turns the rule off.
    late_start: float = 0.45
    # A recurring block: when nearly all (``recurring_share``) of what two reports share is found in at least
    # ``recurring_reports`` reports of their outlet (fewer than its template needs) and begins after the smaller
    # report's top (``recurring_start`` of its distinct shingles), it is the outlet's furniture (a video widget, a
    # comment-rules box, a footer) met on a few pages, not a copy. Issue 14 round 4, chosen on half A of the 825
    # pairs (evaluation/copies_gold.py --recurring-grid); a running story's versions share their text from the top.
    recurring_reports: int = 3
    recurring_share: float = 0.9
    recurring_start: float = 0.3
    # Quotes of one speech: when the shared text covers less than ``quoted_below`` of the smaller report (runs of
    # shared shingles, ``coverage_profile``) and at least ``quoted_share`` of what the two share lies inside quotation
    # marks in both reports, two reporters quoted one speaker, statement or tweet: not a copy (a document's text so
    # quoted stays a shared passage). Issue 14 round 5, chosen on half A of the 1153 pairs read
    # (python -m evaluation.copies_features --load TABLE --quoted-grid; bench/results/issue-14-s4.md).
    quoted_below: float = 0.5
    quoted_share: float = 0.7
    # Two texts sharing passages, not one text reused: when the shared runs cover less than ``partial_below`` of the
    # smaller report, leave its opening (first ``partial_lead_shingles`` distinct shingles) under ``partial_lead``
    # covered and sit in one part of the larger (first to last shared run under ``partial_span`` of it), the two
    # share background, not a body (its passages stay shared passages). 0 turns the rule off. Issue 14 round 5, chosen
    # on half A of the 1153 pairs (evaluation/copies_features.py --partial-grid, --other-grid, --block-grid).
    partial_below: float = 0.35
    partial_lead: float = 0.2
    partial_span: float = 0.7
    partial_lead_shingles: int = 60
    # ... unless one shared run is a block of at least this many shingles (about 100 words): a body kept; or
    # the larger report's opening is ``partial_lead_other`` covered (the smaller carries the other's lede).
    partial_block: int = 100
    partial_lead_other: float = 0.1
    # ... unless the shared text lies in at least this many separate runs (``run_shingles`` or more each): one text
    # edited in many places (two outlets' edits of one wire story, a writethru with a new top), where background two
    # stories carry is a few paragraphs. 0 turns it off. Issue 14, fifteenth session: chosen on half A of the 1779 dev
    # pairs (evaluation/copies_features.py --runs-grid; bench/results/issue-14-s15.md).
    partial_runs: int = 9
    # A shared run: at least this many consecutive shared shingles (4 shingles of 5 words: 8 words).
    run_shingles: int = 4
    # A carried opening (``overlap.carries_opening``; issue 14 session 5): one report's opening (``lede_open`` of its
    # first ``opening_shingles``) is in the other and one unbroken run of at least ``lede_run`` shingles starting within
    # its first ``lede_first`` shingles is: an excerpt, teaser, truncated page or embedded body, a copy whatever share of
    # either report it covers. 0 turns the rule off. Chosen on half A of all 1458 pairs read (copies_fresh4 included;
    # grid run 30-60 x open 0.5-0.7 x first 10-40, bench/results/issue-14-s5.md): F1 A 0.894 -> 0.916, B 0.898 -> 0.917.
    # Run 40 (about 45 words, a paragraph), not A's best 30 (0.918: one more single-paragraph blurb), so that a report
    # sharing only another's two-sentence lede stays a shared passage (round 3's test of that trap).
    lede_run: int = 40
    lede_open: float = 0.6
    lede_first: int = 20
    # Candidates for it: a report holding this share of another's opening (exact lookup of every opening).
    lede_candidate: float = 0.5
    # ... and where the late-start (or recurring-block) rule turned a pair down, one report still carries the other's
    # opening as one block of at least this many shingles (about 100 words, ``partial_block``'s "a body kept"): a copy
    # (the band rule's shape 1, evaluation/data/COPIES_BAND_RULE.md: a live or multi-story page holding a story's top
    # as an item, below the page's own top). 0 turns it off. Issue 14, eighth session: chosen on half A of the 1779
    # dev pairs after the band relabel (plateau 80-150, A 0.915 -> 0.917, no false copy; 40-60 add a Reuters
    # template pair, 200 loses a lede); B 0.918 -> 0.922 (bench/results/issue-14-s8.md).
    carried_block: int = 100
    # A carried top (``verify.carries_top``): when containment turns a pair down, the smaller report's opening (first
    # ``partial_lead_shingles`` distinct shingles) at least ``top_cover`` in shared runs and one shared run of at least
    # ``top_run`` shingles (about 85 words) pass it on to the rules below (late start, quotes, partial, scattered): a
    # story set as an item on a longer page without its first line (a caption or headline), which ``carries_opening``
    # misses. 0 turns it off. Issue 14, sixteenth session: chosen on half A of the 1779 dev pairs (copies_features.py
    # --top-grid: no false copy over run 60-90 x cover 0.3-0.5, one at run 50 or cover 0.25; A 0.946 -> 0.948), the
    # middle of that plateau; found while reading half A's embedded misses (a correspondent's story as an item on a
    # multi-story page of its outlet).
    top_run: int = 80
    top_cover: float = 0.4
    # Scattered sentences, not a body: when no shared run is longer than about one sentence (``scattered_run``
    # shingles, ~19 words), the smaller report's shared text starts past ``scattered_start`` of it and neither report's
    # opening is carried (each opening under ``scattered_open`` found in the other), two reports share background or
    # wire sentences each set in its own account: shared passages, not a copy (the band rule's "merely share pieces",
    # evaluation/data/COPIES_BAND_RULE.md). 0 turns it off. Issue 14, ninth session: chosen on half A of the 1779 dev
    # pairs (plateau run 12-15 x start 0.1-0.2 x open 0.3; A 0.917 -> 0.922, 3 false copies fewer, no copy lost; B
    # 0.920 -> 0.922; bench/results/issue-14-s10.md, section 1).
    scattered_run: int = 15
    scattered_start: float = 0.2
    scattered_open: float = 0.3
    # Versions of one republished document (``republished``): a pair under ``min_containment`` only once its outlets'
    # template is removed, whose full texts share ``min_containment`` of the smaller in at least ``versions_runs``
    # runs in each, from within each top's ``versions_start`` and spread over ``versions_span`` of each, is a copy (a
    # timeline or factbox the outlet put out again with new entries: the template took what the versions share).
    # 0 turns it off. Issue 14, tenth session: chosen on half A of the 1779 dev pairs (plateau runs 4-8 x span 0.8-0.9
    # at start 0.05; start 0.1 adds a BBC running story labelled partial; +2 update copies, no false one); half B +3,
    # no false one (bench/results/issue-14-s10.md, section 3).
    versions_runs: int = 6
    versions_span: float = 0.9
    versions_start: float = 0.05
    max_bucket: int = 200
    seed: int = 1
