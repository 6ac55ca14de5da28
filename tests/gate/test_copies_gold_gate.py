"""Evaluation gate: copy detection on hand-labelled pairs.

- 55 Timeline17 pairs (evaluation/data/copies_gold.tsv), scored by the stage's own decision
  (candidates, the outlet's template removed, verification): P 80.6 / R 100.0 / F1 89.3
  (python -m evaluation.copies_gold). Before issue 14: P 86.7 / R 87.9 / F1 87.3. The precision floor
  moved from 85 to 78 with the threshold (containment 0.5 -> 0.3, chosen on the dev half of the second
  set): the pairs it now also flags share a few passages of a running story, which that set's reading
  calls "not"; recall, the error a cross-checker cannot afford, went to 100.
- 377 pairs from five sets (evaluation/data/copies_gold2.tsv), held-out test half:
  P 0.842 / R 0.960 / F1 0.897, recall >= 0.889 on every kind of copy
  (python -m evaluation.copies_gold --set2 --split test). Before issue 14: P 0.920 / R 0.460 / F1 0.613.
- Round 2 (thresholds re-chosen on all 377, so the old test half is no longer held out): the 55 pairs
  P 86.4 / R 98.3; the old test half P 0.891 / R 0.980 / F1 0.933. The held-out figures are now the
  fresh set's (below).
"""

from pathlib import Path

import pytest

pytestmark = pytest.mark.gate


def test_copies_gold_floor():
    from evaluation.copies_gold import ROOT, score

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    result = score()
    # Round 4: P 89.1 / R 98.3. Round 5 (quotes and shared-passage rules): P 90.3 / R 94.8. The recall floor moves
    # from 95 to 94: the rule now calls LibyaWar_reuters 233/120 and 126/276 passages, not copies; this file (round 1)
    # labels the first "partial: paragraphs reused next day" a copy, which the definition since round 2 calls not one
    # (each pair of its rejected stratum weighs ~3 in the estimate).
    assert result["precision"] >= 88.0 and result["recall"] >= 94.0


def test_copies_gold2_floor():
    from evaluation.copies_gold import ROOT, score2

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    result = score2("test")
    overall = result["overall"]
    assert overall["f1"] >= 0.87 and overall["recall"] >= 0.93 and overall["precision"] >= 0.80
    for kind in ("reprint", "lede", "embedded", "wireedit", "update"):
        assert result["kinds"][kind]["recall"] >= 0.85, kind
    for trap in ("template", "quote", "event"):
        assert result["kinds"][trap]["false_positive_rate"] <= 0.10, trap


def test_copies_fresh_held_out_floor():
    """Round 2's fresh held-out set (evaluation/data/copies_fresh.tsv: 143 pairs none of the 377, labelled by
    reading before any change of the round; read once at the end with thresholds chosen on the 377):
    P 0.870 / R 0.940 / F1 0.904 (python -m evaluation.copies_gold --fresh). Before issue 14: P 0.857 / R 0.600.
    Round 3 (dev now): P 0.873 / R 0.960 / F1 0.914 (wire edits 13/13: the short-edit rule)."""
    from evaluation.copies_gold import FRESH, ROOT, score2

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    result = score2(path=FRESH)
    overall = result["overall"]
    # Round 4 (late-start and recurring-block rules): P 0.941 / R 0.960 / F1 0.950. Round 5: P 0.960 / F1 0.960.
    assert overall["f1"] >= 0.95 and overall["recall"] >= 0.95 and overall["precision"] >= 0.95
    for kind in ("reprint", "parabp", "wireedit", "update"):
        assert result["kinds"][kind]["recall"] >= 0.90, kind
    for kind in ("lede", "embedded"):  # 7 of 8 and 6 of 7 (one uncertain label each)
        assert result["kinds"][kind]["recall"] >= 0.85, kind
    for trap in ("boiler", "quote", "event"):
        assert result["kinds"][trap]["false_positive_rate"] <= 0.05, trap


def test_copies_all_old_pairs_and_lede_floor():
    """All 377 old pairs, on which round 2 chose its thresholds: P 0.866 / R 0.960 / F1 0.911; lede-only
    copies 19 of 19 since short reports are looked up shingle by shingle (0.947 before). Round 3 (the opening
    rule, short edits): P 0.868 / R 0.980 / F1 0.921."""
    from evaluation.copies_gold import ROOT, score2

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    result = score2("all")
    # Round 4: P 0.884 / R 0.980 / F1 0.930. Round 5: P 0.907 / R 0.970 / F1 0.938.
    assert result["overall"]["f1"] >= 0.93 and result["overall"]["precision"] >= 0.90
    assert result["overall"]["recall"] >= 0.97
    assert result["kinds"]["lede"]["recall"] >= 0.99


def test_shared_passages_floor():
    """Shared passages: 62 old pairs P 0.821 / R 0.780 (the passage rule's quotation reading chosen on them);
    the fresh sample of 54 pairs (evaluation/data/passages_fresh.tsv, read once in round 2): P 0.84 / R 0.60.
    Round 3 (both sets dev now): document passages, blank lines of spaces, the nearest mark on long lines:
    old (scored by its own definition, no quotation: wire passages only) P 0.868 / R 0.805; fresh P 0.895 / R 0.971."""
    from evaluation.copies_gold import OLD_PASSAGE_KINDS, PASSAGES_FRESH, ROOT, score_passages

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    old = score_passages(kinds=OLD_PASSAGE_KINDS)
    assert old["precision"] >= 0.85 and old["recall"] >= 0.78
    fresh = score_passages(gold_path=PASSAGES_FRESH)
    assert fresh["precision"] >= 0.85 and fresh["recall"] >= 0.97  # round 4: P 0.897 / R 1.000


def test_copies_fresh2_floor():
    """Round 3's sealed set (evaluation/data/copies_fresh2.tsv, 305 pairs), dev from round 4: scored by the lead at
    the end of round 3 P 0.853 / R 0.951 / F1 0.899; round 4 (late-start and recurring-block rules, chosen on half A
    of all 825 pairs) P 0.892 / R 0.951 / F1 0.921, every kind's recall >= 0.91, template traps 0 of 46."""
    from evaluation.copies_gold import FRESH2, ROOT, score2

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    result = score2(path=FRESH2)
    overall = result["overall"]
    # Round 5 (quotes of one speech, two texts sharing passages): P 0.935 / R 0.951 / F1 0.943, quote traps 0 of 26.
    assert overall["f1"] >= 0.93 and overall["recall"] >= 0.94 and overall["precision"] >= 0.92
    assert result["kinds"]["quote"]["false_positive_rate"] <= 0.04
    for kind in ("reprint", "lede", "parabp", "embedded", "wireedit", "update"):
        assert result["kinds"][kind]["recall"] >= 0.90, kind
    for trap in ("template", "boiler", "event"):
        assert result["kinds"][trap]["false_positive_rate"] <= 0.03, trap


def test_shared_passages_fresh2_floor():
    """passages_fresh2.tsv (52 pairs, 62 gold passages), dev from round 4: round 3 P 0.867 / R 0.645; round 4 ("says"
    and "added" no cue, a long unattributed quotation a document's text, doubled apostrophes, a quotation with its
    attribution) P 0.907 / R 0.806."""
    from evaluation.copies_gold import PASSAGES_FRESH2, ROOT, score_passages

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    fresh2 = score_passages(gold_path=PASSAGES_FRESH2)
    assert fresh2["precision"] >= 0.88 and fresh2["recall"] >= 0.78


def test_copies_fresh3_floor():
    """Round 4's sealed set (evaluation/data/copies_fresh3.tsv, 328 pairs), dev from round 5: scored by the lead at the
    end of round 4 P 0.844 / R 0.967 / F1 0.902 (partial traps 16 of 80, quote 2 of 23); round 5 (the quotes and
    shared-passage rules, chosen on half A of all 1153 pairs) P 0.875 / R 0.967 / F1 0.919, partial 12 of 80,
    quote 1 of 23. Shared passages (passages_fresh3.tsv, 62 pairs, 72 gold): P 0.912 / R 0.875, unchanged.
    Eighth session: 16 of its labels moved from not to copy by the written band rule (COPIES_BAND_RULE.md, a blind
    re-read; bench/results/issue-14-s8-band-relabel.md), so the floors are re-set on the new labels, not lowered for
    the stage: with copies 9 P 0.920 / R 0.906 / F1 0.913, wireedit 0.800 (the relabelled rewrites of one wire text the
    stage still calls partial), partial traps 0.108."""
    from evaluation.copies_features import FRESH3
    from evaluation.copies_gold import ROOT, score2, score_passages

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    result = score2(path=FRESH3)
    overall = result["overall"]
    assert overall["f1"] >= 0.90 and overall["recall"] >= 0.89 and overall["precision"] >= 0.90
    for kind in ("reprint", "lede", "parabp", "embedded", "update"):
        assert result["kinds"][kind]["recall"] >= 0.90, kind
    assert result["kinds"]["wireedit"]["recall"] >= 0.78  # band relabel (eighth session): the stage's open class
    assert result["kinds"]["partial"]["false_positive_rate"] <= 0.12
    for trap in ("quote", "event"):
        assert result["kinds"][trap]["false_positive_rate"] <= 0.05, trap
    passages = score_passages(gold_path=FRESH3.with_name("passages_fresh3.tsv"))
    assert passages["precision"] >= 0.90 and passages["recall"] >= 0.86


def test_copies_fresh4_floor():
    """Session 4's sealed set (evaluation/data/copies_fresh4.tsv, 305 pairs), dev from session 5: scored by the lead in
    session 4 F1 0.696 then 0.728 (lede 3 of 19, embedded 14 of 24); session 5 (a page carrying another report's
    opening as a block is a copy, chosen on half A of all 1458 pairs) P 0.843 / R 0.850 / F1 0.847, lede 18 of 19,
    embedded 19 of 24 (bench/results/issue-14-s5.md)."""
    from evaluation.copies_gold import ROOT, score2

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    fresh4 = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "copies_fresh4.tsv"
    result = score2(path=fresh4)
    overall = result["overall"]
    assert overall["f1"] >= 0.84 and overall["recall"] >= 0.84 and overall["precision"] >= 0.83
    for kind in ("reprint", "lede"):
        assert result["kinds"][kind]["recall"] >= 0.90, kind
    assert result["kinds"]["embedded"]["recall"] >= 0.79 and result["kinds"]["update"]["recall"] >= 0.82
    for trap, rate in (("partial", 0.14), ("template", 0.11), ("boiler", 0.06), ("quote", 0.03), ("event", 0.0)):
        assert result["kinds"][trap]["false_positive_rate"] <= rate, trap


def test_template_of_a_sealed_folder_uses_only_labelled_reports():
    """The copies evaluation computes a Timeline17 folder's template over the folder's reports; for a sealed folder
    (IraqWar_guardian, seventh session) it must shingle only the reports a labelled file already names."""
    from evaluation.copies_gold import ROOT, SEALED_T17_FOLDERS, _labelled_keys, _outlet_corpus

    if not ROOT.is_dir():
        pytest.skip(f"{ROOT} is not here")
    for folder in SEALED_T17_FOLDERS:
        used = sorted(k for k in _labelled_keys() if k.startswith(f"t17:{folder}:"))
        if not used:  # a sealed folder no labelled pair uses (Finan_washingtonpost) is never read at all
            continue
        _, members = _outlet_corpus(used[0])
        assert members and set(members) <= set(used)
