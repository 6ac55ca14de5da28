"""story.md reads as plain text; citations are short labels, never machine paths (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.report import build_story, to_html, to_markdown
from crosscheck.report.exports import md_escape, short_label

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


def test_full_stops_and_brackets_are_not_escaped():
    text = "U.S. troops (about 3,000) left on Friday - officials said! 2.5 km away + more."
    assert md_escape(text) == text


@pytest.mark.parametrize("text,escaped", [
    ("<script>x</script>", "&lt;script>x&lt;/script>"),
    ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
    ("*bold* and `code`", "\\*bold\\* and \\`code\\`"),
    ("a | b", "a \\| b"),
    ("_emphasis_ but snake_case", "\\_emphasis\\_ but snake_case"),
    ("# not a heading", "\\# not a heading"),
    ("1. not a list", "1\\. not a list"),
    ("- not a list", "\\- not a list"),
    ("AT&T &amp; co", "AT&T &amp;amp; co"),
])
def test_what_markdown_would_misread_is_escaped(text, escaped):
    assert md_escape(text) == escaped


def test_short_label_is_outlet_and_day_or_file_name():
    assert short_label("/home/ana/news/storm.txt", "Red Sea Wire", "2026-03-14") == "Red Sea Wire, 2026-03-14"
    assert short_label("/home/ana/news/storm.txt", None, "2026-03-14") == "storm.txt, 2026-03-14"
    assert short_label("/home/ana/feeds.jsonl#3", None, None) == "feeds.jsonl#3"
    assert short_label("https://example.org/a/b.html", None, "2026-03-14") == "example.org, 2026-03-14"


@pytest.fixture(scope="module")
def example_story(tmp_path_factory):
    from crosscheck.pipeline import Settings, run
    from crosscheck.store import Store

    tmp = tmp_path_factory.mktemp("ex")
    with Store(tmp / "s.sqlite") as store:
        run([str(EXAMPLE)], store, "hodeidah", Settings(processes=1))
        return build_story(store, "hodeidah")


def test_exports_never_show_a_machine_path(example_story):
    folder = str(EXAMPLE)
    md, html = to_markdown(example_story), to_html(example_story)
    assert folder not in md and folder not in html
    assert "Red Sea Wire, 2026-03-14" in md  # a citation: outlet and day
    assert "\\." not in md  # no escaped full stop anywhere
