"""The Provenance table's "relayed by" never shows a machine path (issue 17 item 5: citations show a short label).
Seen in the review of the eighth session: a report with no outlet or title relayed its quotes as
"/tmp/.../in/d01.txt" in story.md and story.html."""

from __future__ import annotations

from crosscheck.records import PrimarySource
from crosscheck.report.story import _primary_source_form


def test_a_relayer_recorded_as_its_report_s_path_shows_the_file_name():
    p = PrimarySource("p1", "the mayor", None, "person", relays=["/tmp/someone/in/d01.txt", "in\\d02.txt", "Reuters",
                                                                 "/tmp/other/in/d01.txt"])
    assert _primary_source_form(p, {})["relays"] == ["d01.txt", "d02.txt", "Reuters"]


def test_an_outlet_name_with_a_slash_or_a_url_is_kept_as_written():
    p = PrimarySource("p1", "a poll", None, "source", relays=["ABC/WSJ", "https://example.org/news/a.html"])
    assert _primary_source_form(p, {})["relays"] == ["ABC/WSJ", "https://example.org/news/a.html"]
