"""A report that names no outlet and has no title relays what it reports under its file's name, never a machine path
(issue 17 item 5: citations show a short label). Seen in the review of the eighth session: "/tmp/.../in/d01.txt" in
the Provenance table's "relayed by" column of story.md and story.html."""

from __future__ import annotations

from dataclasses import replace

from crosscheck.provenance import trace_provenance
from crosscheck.records import Sources

from tests.provenance.test_provenance_ecb_bugs import _claim, _lines


def _relays_of(d):
    _, primaries = trace_provenance([d], [], [_claim(d, "40")], [], [], [], [], [], Sources())
    return [r for p in primaries for r in p.relays]


def test_a_relayer_recorded_as_its_report_s_path_shows_the_file_name():
    lines = ["The mayor said 40 houses were flooded."]
    assert _relays_of(replace(_lines("d01", lines), source="/tmp/someone/in/d01.txt")) == ["d01.txt"]
    assert _relays_of(replace(_lines("d02", lines), source="in\\d02.txt")) == ["d02.txt"]


def test_a_report_s_outlet_or_url_is_kept_as_written():
    lines = ["The mayor said 40 houses were flooded."]
    assert _relays_of(replace(_lines("d01", lines, outlet="ABC/WSJ"), source="/tmp/in/d01.txt")) == ["ABC/WSJ"]
    url = "https://example.org/news/a.html"
    assert _relays_of(replace(_lines("d02", lines), source=url)) == [url]
