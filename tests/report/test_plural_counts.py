"""Counts read as English (issue 17's note, eleventh session: a date conflict read "(1 independent source(s))")."""

from crosscheck.plural import counted, plural_of


def test_counted_agrees_with_the_number():
    assert counted(1, "conflict") == "1 conflict"
    assert counted(0, "conflict") == "0 conflicts"
    assert counted(3, "copy group") == "3 copy groups"
    assert counted(2, "entity") == "2 entities"
    assert counted(12_500, "report") == "12,500 reports"
    assert counted(1, "more place", "more places") == "1 more place"


def test_plural_of_inflects_only_the_last_word():
    assert plural_of("invalid byte sequence") == "invalid byte sequences"
    assert plural_of("independent source") == "independent sources"
    assert plural_of("story") == "stories"
    assert plural_of("analysis") == "analyses"


def test_no_shown_count_says_s_in_brackets(tmp_path):
    """Every count the story page, the Markdown export and the CLI show: a "(s)" in any of them is the bug."""
    from pathlib import Path

    import crosscheck

    texts = tmp_path / "reports"
    texts.mkdir()
    (texts / "a.txt").write_text("Storm kills 12 in coastal town\n\nA storm killed 12 people in the coastal town "
                                 "of Ravenmoor on Sunday, police said. Forty homes were flooded.\n", encoding="utf-8")
    (texts / "b.txt").write_text("Ravenmoor counts losses\n\nThe storm that struck Ravenmoor on Sunday killed 14 "
                                 "people, the mayor said. About 40 homes were flooded and one bridge collapsed.\n",
                                 encoding="utf-8")
    story = crosscheck.analyze([texts])
    out = tmp_path / "out"
    story.write(out)
    shown = [p for p in Path(out).iterdir() if p.suffix in (".md", ".html")]
    assert shown
    for path in shown:
        assert "(s)" not in path.read_text(encoding="utf-8").replace("http(s)", ""), path.name


def test_a_one_report_story_reads_in_the_singular(tmp_path):
    """Review of the twelfth session: a one-report story still read "1 reports · 1 independent sources · 1 entities"
    and "1 invisible control character(s)"."""
    import re

    import crosscheck

    report = tmp_path / "one.txt"
    report.write_text("Bridge closes in Ravenmoor\n\nThe old bridge in Ravenmoor\u200b was closed on Monday after "
                      "engineers found 3 cracks, the mayor said.\n", encoding="utf-8")
    story = crosscheck.analyze([report])
    out = tmp_path / "out"
    story.write(out)
    one = re.compile(r"\b1 (?:reports|independent sources|entities|events|numbers|quotes|claims|conflicts)\b")
    for name in ("story.md", "story.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert not one.search(text), (name, one.search(text).group(0))
        assert "(s)" not in text.replace("http(s)", ""), name
    assert not one.search(repr(story))
