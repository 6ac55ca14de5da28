"""Evaluation gate: provenance must not slip below its floors.

- Attribution sources on the first 40 PolNeAR dev articles (``python -m evaluation.polnear
  --split dev --sources --limit 40``): source F1 of every attribution 60.6 strict, of the relayed
  ones ("according to", "reported", "citing", "told <outlet>") 69.7 strict; speaker F1 on
  PolNeAR's DIRECT quotes 85.7 by overlap. About 15 s of CPU.
- Primary sources on four dev stories labelled by reading (``evaluation/data/provenance``; two of
  them were test until 2026-11-30): 0.936 of 156 items right (146). About 20 s of CPU.

- Primary sources and relays on the three ECB+ stories that were the fresh test until 2026-11-30 (dev
  since; ``evaluation/data/provenance/ecb*``, 228 items, 24 relays, 15 figures): primary-source accuracy
  0.864, relay F1 91.3, figures with the right primary-source count 15/15. About 10 s of CPU.

- Round 4: the three ECB+ stories that were the second fresh test until 2026-11-30 (read once at 02:17, dev
  since; 219 items, 14 relays, 24 figures): primary-source accuracy 0.785, relay F1 83.3, figures right
  22/24. About 10 s of CPU.

- Round 5: the Multi-News / NewsWCL50 stories that were round 4's fresh test (dev since): accuracy 0.803 of 203 items,
  relay F1 73.3, figures 17/21. About 15 s of CPU.

- Round 6 (``bench/results/issue-19-round6.md``): the provenance split test4 (sealed until 2026-11-30, read twice by the
  lead, dev since; 384 items, 23 relays, 31 figures): accuracy 0.833, relay F1 73.7, figures 26/31; the floors above
  raised to what round 6 measures (ECB+ first set 0.904 / 98.0 / 15 of 15; second set 0.886 / 92.3 / 23 of 24; round-4
  set 0.837 / 77.4 / 17 of 21).

Floors sit a little below.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.gate

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def test_polnear_attribution_sources_floor():
    if not (SHARED / "polnear" / "dev").is_dir():
        pytest.skip("PolNeAR is not here")
    from evaluation.polnear import load, score_sources

    result = score_sources(load("dev", 40))
    assert result["all attributions"]["strict"][2] >= 58.0
    assert result["relayed attributions"]["strict"][2] >= 66.0
    assert result["DIRECT (corpus category)"]["lenient (overlap)"][2] >= 83.0


def test_primary_source_accuracy_floor():
    if not (SHARED / "timeline17_tlsrl").is_dir():
        pytest.skip("Timeline17 is not here")
    from evaluation.provenance import score

    with tempfile.TemporaryDirectory() as tmp:
        result = score(["bpoil-2010-05-27", "egypt-2011-01-28", "mj-2011-11-08", "syria-2011-04-27"], Path(tmp))
    # 156 items until the twentieth session; 17 of them lie in a CNN page's readers' comments (marked by reading in
    # the gold, ``readers_comments``), which the clean stage now cuts: counted apart (0.95 on the 139 measured then)
    assert result["items"] == 139 and result["items in readers' comments (apart)"] == 17
    assert result["primary-source accuracy"] >= 0.92


def test_ecb_dev_relays_and_primary_source_counts_floor():
    if not (SHARED / "ecb_plus").is_dir():
        pytest.skip("ECB+ is not here")
    from evaluation.provenance import score

    with tempfile.TemporaryDirectory() as tmp:
        result = score(["ecb10-teixeira-offer", "ecb19-kimani-gray", "ecb8-athens-bank-fire"], Path(tmp))
    assert result["items"] == 228
    assert result["primary-source accuracy"] >= 0.89  # 0.85 until round 6 (0.904 measured then)
    assert result["relay P/R/F1"][2] >= 95.0  # 88 until round 4 (93.6 measured then), 90 until round 6 (98.0)
    right, total = (int(x) for x in result["gold figures (one quantity in 2+ places) with the right primary-source "
                                           "count"].split(" = ")[0].split("/"))
    assert total == 15 and right >= 14


def test_second_ecb_dev_set_primary_sources_relays_and_counts_floor():
    result = _ecb_scores(["ecb41-yida-bombing", "ecb37-aceh-quake", "ecb1-lohan-rehab"])
    assert result["items"] == 219
    assert result["primary-source accuracy"] >= 0.87  # 0.77 until round 6 (0.886 then), 0.86 until round 7 (0.895)
    assert result["relay P/R/F1"][2] >= 92.0  # 80 until round 6 (92.3), 89 until round 7 (96.3)
    right, total = _figures(result)
    assert total == 24 and right >= 22  # 21 until round 6 (23)


def _ecb_scores(stories: list[str]) -> dict:
    if not (SHARED / "ecb_plus").is_dir():
        pytest.skip("ECB+ is not here")
    from evaluation.provenance import score

    with tempfile.TemporaryDirectory() as tmp:
        return score(stories, Path(tmp))


def _figures(result: dict) -> tuple[int, int]:
    """(right, total) of the gold figures with the right primary-source count."""
    share = result["gold figures (one quantity in 2+ places) with the right primary-source count"]
    right, total = (int(x) for x in share.split(" = ")[0].split("/"))
    return right, total


def test_round4_test_set_now_dev_primary_sources_relays_and_counts_floor():
    """Round 5: the Multi-News and NewsWCL50 stories that were the third fresh test (read once at 02:57 UTC on
    2026-11-30, dev since): 203 items, 15 relays, 21 figures; measured 0.803, relay F1 73.3, figures 17/21."""
    if not (SHARED / "multinews_longbench").is_dir() or not (SHARED / "newswcl50").is_dir():
        pytest.skip("Multi-News or NewsWCL50 is not here")
    from evaluation.provenance import score

    with tempfile.TemporaryDirectory() as tmp:
        result = score(["mn80-craigslist-shooting", "mn33-daycare-glue-gun", "mn192-us-ambassador-hama",
                        "wcl0-pompeo-kim-meeting"], Path(tmp))
    assert result["items"] == 203
    assert result["primary-source accuracy"] >= 0.84  # 0.79 until round 6 (0.837 then), 0.82 until round 7 (0.862)
    assert result["relay P/R/F1"][2] >= 80.0  # 70 until round 6 (77.4), 75 until round 7 (84.8)
    right, total = _figures(result)
    assert total == 21 and right >= 18  # 16 until round 7 (19 measured then)


def test_test4_now_dev_primary_sources_relays_and_counts_floor():
    """Round 6: the provenance split test4 (ECB+ 22/33, Multi-News 174/3, NewsWCL50 2; sealed until 2026-11-30, dev
    since): 384 items, 23 relays, 31 figures; measured 0.833, relay F1 73.7, figures 26/31 (the lead's reads before
    round 6: 0.711, 52.4, 26/31)."""
    if not all((SHARED / s).is_dir() for s in ("ecb_plus", "multinews_longbench", "newswcl50")):
        pytest.skip("ECB+, Multi-News or NewsWCL50 is not here")
    from evaluation.provenance import stories_of

    result = _ecb_scores(stories_of("test4"))
    assert result["items"] == 384
    assert result["primary-source accuracy"] >= 0.85  # 0.81 until round 7 (0.875 measured then)
    assert result["relay P/R/F1"][2] >= 74.0  # 70 until round 7 (76.9)
    right, total = _figures(result)
    assert total == 31 and right >= 28  # 25 until round 7 (30 measured then)


def test_test6_now_dev_primary_sources_relays_and_counts_floor():
    """Round 7 (``bench/results/issue-19-s4.md``): the provenance split test6 (ECB+ 34/35/36/45, NewsWCL50 9; sealed until
    the fourth session of 2026-11-30, its errors read since): 338 items, 19 relays, 21 figures; measured 0.861, relay F1
    91.4, figures 19/21 (0.796, 44.4, 15/21 before the round)."""
    if not all((SHARED / s).is_dir() for s in ("ecb_plus", "newswcl50")):
        pytest.skip("ECB+ or NewsWCL50 is not here")
    from evaluation.provenance import stories_of

    result = _ecb_scores(stories_of("test6"))
    assert result["items"] == 338
    assert result["primary-source accuracy"] >= 0.84
    assert result["relay P/R/F1"][2] >= 86.0
    right, total = _figures(result)
    assert total == 21 and right >= 18


def test_test8_quote_marks_and_relays_floor():
    """Fifth session (``bench/results/issue-19-s5.md``): three stories of the provenance split test8 (sealed until the
    fourth session of 2026-11-30, its errors read since) where the quotes are written as a tokeniser writes them
    (``...'', ECB 41's original files) or read inside out in a one-line text (LibyaWar 2011-05-22), and where the outlets
    are named only as the story writes them ("Al-Arabiya television", LibyaWar 2011-04-16): 103 items, 15 relays;
    measured 93/103 = 0.903, relay F1 85.7 (before the session: 63/103 = 0.612, relay F1 36.4)."""
    if not all((SHARED / s).is_dir() for s in ("ecb_plus", "timeline17_tlsrl")):
        pytest.skip("ECB+ or Timeline17 is not here")
    result = _ecb_scores(["ecb41-gaza-un-school", "libya-2011-05-22", "libya-2011-04-16"])
    assert result["items"] == 103
    assert result["primary-source accuracy"] >= 0.88
    assert result["relay P/R/F1"][2] >= 80.0


def test_test10_bodies_outlets_and_nested_relays_floor():
    """Sixth session (``bench/results/issue-19-s6.md``): three stories of the provenance split test10 (sealed in the fifth
    session of 2026-11-30, its errors read since) where the sources are bodies and outlets named by description ("the
    station reported", "the charges say", "The group says" after "... told AFP"), outlets inside outlets ("Sana reported
    ..., according to news agency AFP"), a speaker cut after "Sgt." and an apposition holding an acronym in brackets
    (SyrianCrisis 2012-07-15 and 2012-01-25, ECB topic 21): 139 items, 9 relays, 8 figures; measured 118/139 = 0.849,
    relay F1 80.0, figures 7/8 (before the session: 100/139 = 0.719, relay F1 50.0, figures 5/8)."""
    if not all((SHARED / s).is_dir() for s in ("ecb_plus", "timeline17_tlsrl")):
        pytest.skip("ECB+ or Timeline17 is not here")
    result = _ecb_scores(["syria-2012-07-15", "ecb21-bloomington-hit-and-run", "syria-2012-01-25"])
    assert result["items"] == 139
    assert result["primary-source accuracy"] >= 0.82
    assert result["relay P/R/F1"][2] >= 72.0
    right, total = _figures(result)
    assert total == 8 and right >= 6


def test_test12_live_blog_credits_and_outlet_acronyms_floor():
    """Seventh session (``bench/results/issue-19-s7.md``): two stories of the provenance split test12 (labelled blind in
    the sixth session of 2026-11-30, its errors read since): a live blog whose entries are credited to agencies at their
    end ("... . (Reuters, DPA)"; Multi-News row 102) and a report quoting people who "told LUM" (Lund's University
    Magazine; row 155): 164 items, 57 relays, 5 figures; measured 139/164 = 0.848, relay F1 90.6, figures 3/5 (before
    the session: 134/164 = 0.817, relay F1 28.6, figures 2/5)."""
    if not (SHARED / "multinews_longbench").is_dir():
        pytest.skip("Multi-News is not here")
    from evaluation.provenance import score

    with tempfile.TemporaryDirectory() as tmp:
        result = score(["mn102-gaza-ceasefire-live-blog", "mn155-yazidi-student-rescue"], Path(tmp))
    assert result["items"] == 164
    assert result["primary-source accuracy"] >= 0.82
    assert result["relay P/R/F1"][2] >= 80.0
    right, total = _figures(result)
    assert total == 5 and right >= 3


def test_test14_brand_listeners_and_relays_after_the_verb_floor():
    """Eighth session (``bench/results/issue-19-s8.md``): four stories of the provenance split test14 (labelled blind in
    the seventh session of 2026-11-30, read three times there as a summary, its errors read since): outlets a source
    "told" written as brands ("told TODAY", "told ET", "confirmed to eWEEK"), '"...," he said, according to CNN',
    bodies by their kind ("the firm said"), one body by its initials ("H-P"); Multi-News rows 136 and 58, ECB topics 44
    and 43: 244 items, 14 relays, 16 figures; measured 212/244 = 0.869, relay F1 100.0, figures 16/16 (before the session:
    206/244 = 0.844, relay F1 35.3, figures 14/16)."""
    if not (SHARED / "multinews_longbench").is_dir() or not (SHARED / "ecb_plus").is_dir():
        pytest.skip("Multi-News or ECB+ is not here")
    from evaluation.provenance import score

    with tempfile.TemporaryDirectory() as tmp:
        result = score(["mn136-teacher-adopts-student", "mn58-cosby-sentence-sex-war", "ecb44-hp-buys-eds",
                        "ecb43-amd-buys-ati"], Path(tmp))
    assert result["items"] == 244
    assert result["primary-source accuracy"] >= 0.85
    assert result["relay P/R/F1"][2] >= 90.0
    right, total = _figures(result)
    assert total == 16 and right >= 15
