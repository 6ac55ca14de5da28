"""The provenance test splits "test4" (issue-19gold; dev since 2026-11-30) and "test6" (issue-gold6; dev since the fourth session of 2026-11-30) are
well formed and their texts load; so is "test8" (issue-gold8; sealed in the fourth session of 2026-11-30, dev since the fifth), which is
part of ``--split all``; and "test10" (issue-gold10; sealed in the fifth session of 2026-11-30, dev since the sixth),
also part of ``--split all``; and "test12" (issue-gold12; sealed in the sixth session of 2026-11-30, dev since the
seventh), also part of ``--split all``; and "test14" (issue-gold14; sealed in the seventh session of 2026-11-30, dev
since the eighth), also part of ``--split all``; and "test16" (issue-gold16; sealed in the eighth session of 2026-11-30,
dev since the ninth), also part of ``--split all``; and "test18" (issue-gold18; sealed in the ninth session of
2026-11-30, dev since the eleventh), also part of ``--split all``; and "test20" (issue-gold20p; sealed in the eleventh
session, 2026-12-01, dev since the sixteenth, 2026-12-02), also part of ``--split all``.

Format and load only: no crosscheck run, no scoring.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.gate

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
GOLD = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "provenance"
TEST4 = ["ecb22-kraft-plant-shooting", "ecb33-zurana-horton", "mn174-china-trade-retaliation",
         "mn3-ashton-meets-morsi", "wcl2-north-korea-test-freeze"]
TEST6 = ["ecb36-warren-jeffs-sentence", "ecb45-simpson-verdict", "ecb35-jamal-williams-dui",
         "ecb34-benjamin-surgeon-general", "wcl9-netanyahu-iran-files"]
SPLITS = {"test4": TEST4, "test6": TEST6}
# test8 (issue-gold8): original ECB documents, Timeline17 days (fed by topic and day, set "t17") and Multi-News rows.
TEST8 = ["ecb41-gaza-un-school", "ecb32-new-bedford-killings", "ecb38-geysers-quake", "libya-2011-05-18",
         "libya-2011-06-06", "libya-2011-05-22", "libya-2011-04-16", "syria-2011-08-27", "syria-2011-08-28",
         "mn98-vegan-newborn", "mn86-dentist-sedation-death"]


def _gold(story: str) -> dict:
    return json.loads((GOLD / f"{story}.json").read_text(encoding="utf-8"))


def _check_items(story: str, gold: dict) -> list[str]:
    """The checks every item of a gold file passes; its document names."""
    names = [d for d, _ in gold["docs"]]
    assert names == [f"d{n:02d}" for n in range(1, len(names) + 1)]
    keys = set()
    for item in gold["items"]:
        assert set(item) <= {"doc", "at", "kind", "primary", "relays", "figure"}
        assert item["doc"] in names and isinstance(item["at"], int) and item["at"] >= 0
        assert item["kind"] in ("claim", "quote")
        assert item["primary"] and all(form.strip() for form in item["primary"].split("|"))
        assert isinstance(item["relays"], list) and all(isinstance(r, str) and r for r in item["relays"])
        # labels only: names are short, never text
        assert len(item["primary"]) <= 90 and all(len(r) <= 40 for r in item["relays"])
        keys.add((item["doc"], item["at"], item["kind"]))
    assert len(keys) == len(gold["items"]), f"{story}: two items at one offset"
    figures = Counter(i["figure"] for i in gold["items"] if "figure" in i)
    assert all(n >= 2 for n in figures.values()), f"{story}: a figure stated once"
    return names


def _check_offsets(story: str, gold: dict, texts: dict[str, str]) -> None:
    """Every offset of a gold file points into its report's text at its item."""
    for item in gold["items"]:
        text = texts[item["doc"]]
        assert item["at"] < len(text)
        if item["kind"] == "claim":  # a claim's offset is the first character of its number or number word
            assert re.match(r"[0-9A-Za-z]", text[item["at"]]), (story, item["doc"], item["at"])
            assert item["at"] == 0 or not text[item["at"] - 1].isalnum(), (story, item["doc"], item["at"])
        else:
            assert not text[item["at"]].isspace(), (story, item["doc"], item["at"])


def test_test4_and_test6_splits_are_declared_and_part_of_all():
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert not {"test4", "test6"} & SEALED
    assert stories_of("test6") == TEST6 and stories_of("test4") == TEST4
    assert set(TEST4 + TEST6) <= set(stories_of("all")), "test4 and test6 are dev now"
    assert all(STORIES[s][2] == "test6" for s in TEST6)
    assert not set(TEST6) & set(TEST4)


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_provenance_test_gold_files_are_well_formed(split):
    total, sets = 0, set()
    for story in SPLITS[split]:
        gold = _gold(story)
        assert set(gold) == {"story", "split", "set", "docs", "note", "items"}
        assert gold["story"] == story and gold["split"] == split and gold["set"] in ("ecb", "mn", "wcl")
        assert story.startswith(gold["set"])  # the scorer feeds ecb/mn/wcl stories as plain .txt files
        sets.add(gold["set"])
        _check_items(story, gold)
        total += len(gold["items"])
    assert total >= 160 and len(sets) >= 2


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_provenance_test_texts_load_and_offsets_point_at_the_items(split):
    if not all((SHARED / name).is_dir() for name in ("ecb_plus", "multinews_longbench", "newswcl50")):
        pytest.skip("ECB+, Multi-News or NewsWCL50 is not here")
    from evaluation.provenance import fed_texts

    for story in SPLITS[split]:
        _check_offsets(story, _gold(story), fed_texts(story))


def test_split_test6_scores_only_its_stories_and_all_scores_both(monkeypatch, capsys):
    """``--split test6`` hands the scorer the five stories; neither it nor ``--split test4`` warns any more; ``--split
    all`` scores both. Nothing is run (the scorer is a stub)."""
    import evaluation.provenance as provenance

    if not provenance.T17.is_dir():
        pytest.skip("Timeline17 is not here (the command checks for it)")
    seen = []
    monkeypatch.setattr(provenance, "score", lambda stories, workdir, errors=None: seen.append(stories) or {})
    assert provenance.main(["--split", "test6"]) == 0
    assert seen == [TEST6]
    assert "SEALED" not in capsys.readouterr().err
    assert provenance.main(["--split", "test4"]) == 0
    assert seen[-1] == TEST4 and "SEALED" not in capsys.readouterr().err
    provenance.main(["--split", "all"])
    assert set(TEST6 + TEST4) <= set(seen[-1])


def test_test8_is_dev_now_and_part_of_all():
    """test8 was sealed in the fourth session of 2026-11-30 and is dev since the fifth: `--split all` holds it."""
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert "test8" not in SEALED
    assert stories_of("test8") == TEST8
    assert all(STORIES[s][2] == "test8" for s in TEST8)
    assert set(TEST8) <= set(stories_of("all"))


def _check_mixed_split(split: str, stories: list[str], least_items: int = 300, least_relays: int = 40) -> None:
    """The gold files of a split of Timeline17 days, original ECB documents and Multi-News rows (test8, test10) are well formed."""
    from evaluation.provenance import STORIES

    total = relays = figures = 0
    sets = set()
    for story in stories:
        gold = _gold(story)
        assert set(gold) == {"story", "split", "set", "docs", "note", "items"}
        assert gold["story"] == story and gold["split"] == split and gold["set"] in ("ecb", "mn", "t17")
        if gold["set"] == "t17":  # fed as the Timeline17 stories are: by topic and day (``reports``)
            assert STORIES[story][0] and STORIES[story][1] and not story.startswith(("ecb", "mn", "wcl"))
        else:  # fed as plain .txt files named by ``docs``
            assert story.startswith(gold["set"])
        if gold["set"] == "ecb":  # the original ECB documents, not the ECB+ ones
            assert all(ref.endswith("ecb") for _, ref in gold["docs"])
        sets.add(gold["set"])
        _check_items(story, gold)
        total += len(gold["items"])
        relays += sum(len(i["relays"]) for i in gold["items"])
        figures += len({i["figure"] for i in gold["items"] if "figure" in i})
    assert total >= least_items and len(sets) >= 2 and relays >= least_relays and figures >= 20


def _check_mixed_texts(stories: list[str]) -> None:
    """The texts of such a split load (the Timeline17 docs are the reports ``reports`` feeds) and every offset points at its item."""
    if not all((SHARED / name).is_dir() for name in ("ecb_plus", "multinews_longbench", "timeline17_tlsrl")):
        pytest.skip("ECB+, Multi-News or Timeline17 is not here")
    from evaluation.provenance import fed_texts, reports

    for story in stories:
        gold = _gold(story)
        if gold["set"] == "t17":  # the reports the scorer feeds are the ones labelled
            assert [[d, r["ref"]] for d, r in reports(story)] == gold["docs"]
        texts = fed_texts(story)
        assert sorted(texts) == [d for d, _ in gold["docs"]]
        _check_offsets(story, gold, texts)


def test_test8_gold_files_are_well_formed():
    _check_mixed_split("test8", TEST8)


def test_test8_texts_load_and_offsets_point_at_the_items():
    _check_mixed_texts(TEST8)


def _scored_with_a_stub(monkeypatch, capsys, split: str) -> tuple[list[list[str]], str, list[str], str]:
    """Run ``--split <split>`` then ``--split all`` with the scorer stubbed (nothing is run): the story lists handed to it for
    the split, its stderr, the stories of ``all`` and that run's stderr."""
    import evaluation.provenance as provenance

    if not provenance.T17.is_dir():
        pytest.skip("Timeline17 is not here (the command checks for it)")
    seen = []
    monkeypatch.setattr(provenance, "score", lambda stories, workdir, errors=None: seen.append(stories) or {})
    assert provenance.main(["--split", split]) == 0
    handed, err = list(seen), capsys.readouterr().err
    provenance.main(["--split", "all"])
    return handed, err, seen[-1], capsys.readouterr().err


def test_split_test8_scores_only_its_stories_without_a_warning(monkeypatch, capsys):
    """``--split test8`` hands the scorer its eleven stories, with no SEALED warning (dev since the fifth session of
    2026-11-30); ``--split all`` holds them.
    Nothing is run (the scorer is a stub)."""
    handed, err, everything, _ = _scored_with_a_stub(monkeypatch, capsys, "test8")
    assert handed == [TEST8]
    assert "SEALED" not in err
    assert set(TEST8) <= set(everything)


# test10 (issue-gold10, fifth session of 2026-11-30): Timeline17 SyrianCrisis_bbc days of 2012 (set "t17"), the original ECB
# documents of topic 21 and Multi-News rows 181 and 170, labelled by reading alone. Sealed in the fifth session, dev since the sixth.
TEST10 = ["syria-2012-08-11", "syria-2012-07-24", "syria-2012-02-15", "syria-2012-01-25", "syria-2012-08-15",
          "syria-2012-07-15", "syria-2012-02-29", "syria-2012-08-04", "ecb21-bloomington-hit-and-run",
          "mn181-syria-army-hq-blasts", "mn170-us-hikers-iran"]


def test_test10_split_is_dev_now_and_part_of_all():
    """test10 was sealed in the fifth session of 2026-11-30 and is dev since the sixth: `--split all` holds it."""
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert "test10" not in SEALED
    assert stories_of("test10") == TEST10
    assert all(STORIES[s][2] == "test10" for s in TEST10)
    assert set(TEST10) <= set(stories_of("all"))
    assert not set(TEST10) & set(TEST8 + TEST6 + TEST4)


def test_test10_gold_files_are_well_formed():
    _check_mixed_split("test10", TEST10)


def test_test10_texts_load_and_offsets_point_at_the_items():
    _check_mixed_texts(TEST10)


def test_split_test10_scores_only_its_stories_without_a_warning(monkeypatch, capsys):
    """``--split test10`` hands the scorer its eleven stories, with no SEALED warning (dev since the sixth session of
    2026-11-30); ``--split all`` holds them. Nothing is run (the scorer is a stub)."""
    handed, err, everything, _ = _scored_with_a_stub(monkeypatch, capsys, "test10")
    assert handed == [TEST10]
    assert "SEALED" not in err
    assert set(TEST10) <= set(everything)


# test12 (issue-gold12, sixth session of 2026-11-30): the original ECB documents of topics 37, 30, 28 and 27 and Multi-News
# rows 152, 102, 135, 155, 116 and 194, labelled by reading alone. Sealed in the sixth session, dev since the seventh.
TEST12 = ["ecb37-west-papua-quakes", "ecb30-mediterranean-cable-cuts", "ecb28-mark-felt-death", "ecb27-ie-emergency-patch",
          "mn152-gaza-reservists", "mn102-gaza-ceasefire-live-blog", "mn135-sizemore-allegation",
          "mn155-yazidi-student-rescue", "mn116-trunk-text-dispatcher", "mn194-boston-marathon-victims"]


def test_test12_split_is_dev_now_and_part_of_all():
    """test12 was sealed in the sixth session of 2026-11-30 and is dev since the seventh: `--split all` holds it."""
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert "test12" not in SEALED
    assert stories_of("test12") == TEST12
    assert all(STORIES[s][2] == "test12" for s in TEST12)
    assert set(TEST12) <= set(stories_of("all"))
    assert not set(TEST12) & set(TEST10 + TEST8 + TEST6 + TEST4)


def test_test12_gold_files_are_well_formed():
    _check_mixed_split("test12", TEST12)


def test_test12_texts_load_and_offsets_point_at_the_items():
    _check_mixed_texts(TEST12)


def _check_reports_in_no_other_gold(split: str, stories: list[str]) -> None:
    """The labelled reports (ECB document, Multi-News row:passage) of a split are used by no other provenance gold file."""
    refs = {(g["set"], ref) for s in stories for g in [_gold(s)] for _, ref in g["docs"]}
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") != split:
            assert not refs & {(gold.get("set", "t17"), ref) for _, ref in gold["docs"]}, path.name


def test_test12_reports_are_in_no_other_provenance_gold():
    _check_reports_in_no_other_gold("test12", TEST12)


def test_split_test12_scores_only_its_stories_without_a_warning(monkeypatch, capsys):
    """``--split test12`` hands the scorer its ten stories, with no SEALED warning (dev since the seventh session of
    2026-11-30); ``--split all`` holds them. Nothing is run (the scorer is a stub)."""
    handed, err, everything, err_all = _scored_with_a_stub(monkeypatch, capsys, "test12")
    assert handed == [TEST12]
    assert "SEALED" not in err
    assert set(TEST12) <= set(everything)
    assert "SEALED" not in err_all


# test14 (issue-gold14, seventh session of 2026-11-30): the original ECB documents of topics 44, 43, 40 and 42 and Multi-News
# rows 68, 58, 0, 42, 119 and 136, labelled by reading alone. Sealed in the seventh session, dev since the eighth.
TEST14 = ["ecb44-hp-buys-eds", "ecb43-amd-buys-ati", "ecb40-macbook-pro-17", "ecb42-blackberry-curve-tmobile",
          "mn68-four-seasons-fall", "mn58-cosby-sentence-sex-war", "mn0-occupy-philly-la-deadlines",
          "mn42-singer-goddard-john-doe-suit", "mn119-sunday-shows-cpac-birth-control", "mn136-teacher-adopts-student"]


def test_test14_split_is_dev_now_and_part_of_all():
    """test14 was sealed in the seventh session of 2026-11-30 and is dev since the eighth: `--split all` holds it."""
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert "test14" not in SEALED
    assert stories_of("test14") == TEST14
    assert all(STORIES[s][2] == "test14" for s in TEST14)
    assert set(TEST14) <= set(stories_of("all"))
    assert not set(TEST14) & set(TEST12 + TEST10 + TEST8 + TEST6 + TEST4)


def test_test14_gold_files_are_well_formed():
    """As test12's files, with this set's own floors: at least 450 items and 20 relays (this pool has few outlets)."""
    _check_mixed_split("test14", TEST14, least_items=450, least_relays=20)
    assert {_gold(s)["set"] for s in TEST14} == {"ecb", "mn"}


def test_test14_texts_load_and_offsets_point_at_the_items():
    _check_mixed_texts(TEST14)


def test_test14_reports_are_in_no_other_provenance_gold():
    _check_reports_in_no_other_gold("test14", TEST14)


def test_split_test14_scores_only_its_stories_without_a_warning(monkeypatch, capsys):
    """``--split test14`` hands the scorer its ten stories, with no SEALED warning (dev since the eighth session of
    2026-11-30); ``--split all`` holds them. Nothing is run (the scorer is a stub)."""
    handed, err, everything, err_all = _scored_with_a_stub(monkeypatch, capsys, "test14")
    assert handed == [TEST14]
    assert "SEALED" not in err
    assert set(TEST14) <= set(everything)
    assert "SEALED" not in err_all


# test16 (issue-gold16, eighth session of 2026-11-30): five PolNeAR stories (train articles of April-September 2016, set "pn")
# and Multi-News rows 140, 43, 186, 160 and 195, labelled blind by reading alone. Sealed in the eighth session, dev since
# the ninth; nothing here runs crosscheck or the scorer.
TEST16 = ["pn-2016-08-29-weiner-sexting", "pn-2016-04-27-clinton-wins-april-26-primaries",
          "pn-2016-06-26-clinton-sanders-on-brexit", "pn-2016-07-05-comey-no-charges-clinton-email",
          "pn-2016-06-13-orlando-shooting-mateen", "mn140-panda-attack-compensation", "mn43-portland-texas-park-shooting",
          "mn186-jesse-matthew-bloodhound-hearing", "mn160-mega-millions-jackpot", "mn195-global-obesity-lancet-study"]


def test_test16_split_is_dev_now_and_part_of_all():
    """test16 was sealed in the eighth session of 2026-11-30 and is dev since the ninth: `--split all` holds it."""
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert "test16" not in SEALED
    assert stories_of("test16") == TEST16
    assert all(STORIES[s][2] == "test16" for s in TEST16)
    assert set(TEST16) <= set(stories_of("all"))
    assert not set(TEST16) & set(TEST14 + TEST12 + TEST10 + TEST8 + TEST6 + TEST4)


def _check_pn_mn_split(split: str, stories: list[str], months: str, mn_rows: range | None = None) -> None:
    """The gold files of a split of PolNeAR stories and Multi-News rows (test16, test18) are well formed: set "pn" (a ref
    ``train/<file stem>`` of a PolNeAR train article published in ``months`` of 2016 (a regex character class), three to
    six articles of two or more publishers a story) or "mn" (rows in ``mn_rows`` when given); floors: 300 items, 30
    relays, 20 figures."""
    total = relays = figures = 0
    for story in stories:
        gold = _gold(story)
        assert set(gold) == {"story", "split", "set", "docs", "note", "items"}
        assert gold["story"] == story and gold["split"] == split and gold["set"] in ("pn", "mn")
        assert story.startswith(gold["set"])
        if gold["set"] == "pn":
            refs = [ref for _, ref in gold["docs"]]
            assert 3 <= len(refs) <= 6 and all(re.fullmatch(rf"train/[a-z-]+_2016-0{months}-\d\d_[\w-]+", r) for r in refs)
            assert len({r.split("/")[1].split("_")[0] for r in refs}) >= 2  # two or more publishers
        else:
            assert all(re.fullmatch(r"\d+:\d+", ref) for _, ref in gold["docs"])
            assert mn_rows is None or all(int(ref.split(":")[0]) in mn_rows for _, ref in gold["docs"])
        _check_items(story, gold)
        total += len(gold["items"])
        relays += sum(len(i["relays"]) for i in gold["items"])
        figures += len({i["figure"] for i in gold["items"] if "figure" in i})
    assert total >= 300 and relays >= 30 and figures >= 20
    assert {_gold(s)["set"] for s in stories} == {"pn", "mn"}


def _check_pn_mn_texts(stories: list[str]) -> None:
    """The texts of such a split load and every offset points at its item."""
    if not all((SHARED / name).is_dir() for name in ("polnear", "multinews_longbench")):
        pytest.skip("PolNeAR or Multi-News is not here")
    from evaluation.provenance import fed_texts

    for story in stories:
        gold = _gold(story)
        texts = fed_texts(story)
        assert sorted(texts) == [d for d, _ in gold["docs"]]
        _check_offsets(story, gold, texts)


def _check_polnear_in_no_tsv(stories: list[str]) -> None:
    """The PolNeAR articles of a split are not named by any of evaluation/data/*.tsv (the copy-detection and passage sets)."""
    stems = [ref.split("/", 1)[1] for s in stories for g in [_gold(s)] if g["set"] == "pn" for _, ref in g["docs"]]
    tsv = "".join(p.read_text(encoding="utf-8") for p in (GOLD.parent).glob("*.tsv"))
    assert stems and not [s for s in stems if s in tsv]


def test_test16_gold_files_are_well_formed():
    _check_pn_mn_split("test16", TEST16, "[4-9]")


def test_test16_texts_load_and_offsets_point_at_the_items():
    _check_pn_mn_texts(TEST16)


def test_test16_reports_are_in_no_other_provenance_gold():
    _check_reports_in_no_other_gold("test16", TEST16)


def test_test16_polnear_articles_are_in_no_copies_or_passages_set():
    _check_polnear_in_no_tsv(TEST16)


def test_split_test16_scores_only_its_stories_without_a_warning(monkeypatch, capsys):
    """``--split test16`` hands the scorer its ten stories, with no SEALED warning (dev since the ninth session of
    2026-11-30); ``--split all`` holds them. Nothing is run (the scorer is a stub)."""
    handed, err, everything, err_all = _scored_with_a_stub(monkeypatch, capsys, "test16")
    assert handed == [TEST16]
    assert "SEALED" not in err
    assert set(TEST16) <= set(everything)
    assert "SEALED" not in err_all


# test18 (issue-gold18, ninth session of 2026-11-30): five PolNeAR stories (train articles of July-September 2016, set "pn")
# and Multi-News rows 171, 146, 187, 100 and 188, labelled blind by reading alone. Sealed until the eleventh session of
# 2026-12-01 (read three times as a summary), dev since; nothing here runs crosscheck or the scorer.
TEST18 = ["pn-2016-07-11-republicans-press-clinton-email-case", "pn-2016-07-19-trump-nominated-at-rnc",
          "pn-2016-07-25-sanders-supporters-at-dnc-opening", "pn-2016-08-15-biden-scranton-rally",
          "pn-2016-08-17-manafort-ukraine-money", "mn171-mali-coup-soldiers-seize-power", "mn146-airasia-wreck-found",
          "mn187-egeland-staged-shooting-sentence", "mn100-warratyi-rock-shelter-49000-years",
          "mn188-tesla-model-x-autopilot-crash"]


def test_test18_split_is_dev_now_and_part_of_all():
    """test18 was sealed in the ninth session of 2026-11-30 and is dev since the eleventh: `--split all` holds it."""
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert "test18" not in SEALED
    assert stories_of("test18") == TEST18
    assert all(STORIES[s][2] == "test18" for s in TEST18)
    assert set(TEST18) <= set(stories_of("all"))
    assert not set(TEST18) & set(TEST16 + TEST14 + TEST12 + TEST10 + TEST8 + TEST6 + TEST4)


def test_test18_gold_files_are_well_formed():
    """As test16's, with PolNeAR articles of July to September 2016 and Multi-News rows 100-199 (this labeller's pool)."""
    _check_pn_mn_split("test18", TEST18, "[7-9]", range(100, 200))


def test_test18_texts_load_and_offsets_point_at_the_items():
    _check_pn_mn_texts(TEST18)


def test_test18_reports_are_in_no_other_provenance_gold():
    _check_reports_in_no_other_gold("test18", TEST18)


def test_test18_polnear_articles_are_in_no_copies_or_passages_set():
    _check_polnear_in_no_tsv(TEST18)


def test_split_test18_scores_only_its_stories_without_a_warning(monkeypatch, capsys):
    """``--split test18`` hands the scorer its ten stories, with no SEALED warning (dev since the eleventh session of
    2026-12-01); ``--split all`` holds them. Nothing is run (the scorer is a stub)."""
    handed, err, everything, err_all = _scored_with_a_stub(monkeypatch, capsys, "test18")
    assert handed == [TEST18]
    assert "SEALED" not in err
    assert set(TEST18) <= set(everything)
    assert "SEALED" not in err_all


# test20 (issue-gold20p, eleventh session, 2026-12-01): Multi-News rows 134, 165, 153, 173, 121, 109, 196 and 179 (rows >= 100
# named by no gold file), labelled blind by reading alone. No PolNeAR story: the pool it was to come from (PolNeAR train
# articles of 2016-10 onward) is empty, PolNeAR's train part ends in September 2016. Sealed until the sixteenth session
# (2026-12-02; read three times as a summary), dev since; nothing here runs crosscheck or the scorer.
TEST20 = ["mn134-josh-hardy-brincidofovir", "mn165-vanderbilt-confederate-hall-rename", "mn153-hope-rabid-raccoon-drowned",
          "mn173-house-intel-memo-release-vote", "mn121-olorgesailie-320000-year-tools", "mn109-disneyland-dry-ice-bomb",
          "mn196-cruise-letter-to-holmes", "mn179-oitnb-hack-leak"]
REAL_STORIES_GOLD = Path(__file__).resolve().parents[2] / "evaluation" / "real_stories" / "gold"


def _mn_rows(stories: list[str]) -> set[int]:
    return {int(ref.split(":")[0]) for s in stories for _, ref in _gold(s)["docs"]}


def test_test20_split_is_dev_now_and_part_of_all():
    """test20 was sealed in the eleventh session (2026-12-01) and is dev since the sixteenth: `--split all` holds it."""
    from evaluation.provenance import SEALED, STORIES, stories_of

    assert "test20" not in SEALED
    assert stories_of("test20") == TEST20
    assert all(STORIES[s][2] == "test20" for s in TEST20)
    assert set(TEST20) <= set(stories_of("all"))
    assert not set(TEST20) & set(TEST18 + TEST16 + TEST14 + TEST12 + TEST10 + TEST8 + TEST6 + TEST4)


def test_test20_gold_files_are_well_formed():
    """Set "mn" only, rows 100-199, at least 300 items, 10 relays and 10 figures (Multi-News alone carries fewer relays
    and figures than test16's and test18's PolNeAR + Multi-News mix: the floors are this set's, not theirs)."""
    total = relays = figures = 0
    for story in TEST20:
        gold = _gold(story)
        assert set(gold) == {"story", "split", "set", "docs", "note", "items"}
        assert gold["story"] == story and gold["split"] == "test20" and gold["set"] == "mn" and story.startswith("mn")
        assert all(re.fullmatch(r"\d+:\d+", ref) and 100 <= int(ref.split(":")[0]) < 200 for _, ref in gold["docs"])
        assert len({ref.split(":")[0] for _, ref in gold["docs"]}) == 1  # one row a story
        _check_items(story, gold)
        total += len(gold["items"])
        relays += sum(len(i["relays"]) for i in gold["items"])
        figures += len({i["figure"] for i in gold["items"] if "figure" in i})
    assert total >= 300 and relays >= 10 and figures >= 10


def test_test20_texts_load_and_offsets_point_at_the_items():
    _check_pn_mn_texts(TEST20)


def test_test20_reports_are_in_no_other_provenance_gold():
    _check_reports_in_no_other_gold("test20", TEST20)


def test_test20_rows_are_named_by_no_other_gold_file_nor_copies_or_passages_set():
    """No other passage of a test20 row is in another provenance or real-stories gold file, nor in evaluation/data/*.tsv."""
    rows = _mn_rows(TEST20)
    for path in list(GOLD.glob("*.json")) + list(REAL_STORIES_GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") == "test20" or gold.get("set") != "mn":
            continue
        assert not rows & {int(ref.split(":")[0]) for _, ref in gold["docs"]}, path.name
    tsv = "".join(p.read_text(encoding="utf-8") for p in (GOLD.parent).glob("*.tsv"))
    assert not [r for r in rows if f"mn:{r}:" in tsv]


def test_split_test20_scores_only_its_stories_without_a_warning(monkeypatch, capsys):
    """``--split test20`` hands the scorer its eight stories, with no SEALED warning (dev since the sixteenth session,
    2026-12-02); ``--split all`` holds them. Nothing is run (the scorer is a stub)."""
    handed, err, everything, err_all = _scored_with_a_stub(monkeypatch, capsys, "test20")
    assert handed == [TEST20]
    assert "SEALED" not in err
    assert set(TEST20) <= set(everything)
    assert "SEALED" not in err_all
