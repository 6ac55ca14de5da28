"""Saved RSS and Atom feeds given to `analyze`: each entry with its article's text is a report."""

from __future__ import annotations

from crosscheck.ingest import read_inputs
from crosscheck.records import RawDocument, Skipped

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Gazette</title><link>https://harbour.example/</link>
<item><title>Storm toll rises</title><link>https://harbour.example/2026/03/15/storm-toll</link>
<pubDate>Sun, 15 Mar 2026 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The death toll from the storm that hit Hodeidah on Thursday rose to 31 on Sunday, the
health ministry said.</p><p>Rescue teams were still searching for 12 people missing along the coast, officials
told the Gazette on Sunday evening.</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://harbour.example/2026/03/15/teaser</link><description>Read more.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title>
<entry><title>Port reopens</title><link href="https://coastwire.example/port-reopens"/>
<updated>2026-03-16T10:00:00Z</updated>
<content type="html">&lt;p&gt;The port of Hodeidah reopened on Monday after the storm, the port authority said, three days
after ships were turned away and cranes were tied down against the wind along the whole quay.&lt;/p&gt;</content>
</entry></feed>
"""


def test_rss_entries_with_text_are_reports_with_title_outlet_day_and_link(tmp_path):
    path = tmp_path / "gazette.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_inputs([str(path)]))
    reports = [i for i in items if isinstance(i, RawDocument)]
    assert len(reports) == 1
    report = reports[0]
    assert report.format == "feed" and report.source == f"{path}#1"
    assert (report.title, report.outlet, report.published) == ("Storm toll rises", "Harbour Gazette", "2026-03-15")
    assert report.url == "https://harbour.example/2026/03/15/storm-toll"
    assert report.text.split("\n\n")[1].startswith("Rescue teams")  # paragraphs kept, markup gone
    assert "<p>" not in report.text


def test_feed_entry_with_only_a_teaser_is_named_not_dropped(tmp_path):
    path = tmp_path / "gazette.rss"
    path.write_text(RSS, encoding="utf-8")
    skipped = [i for i in read_inputs([str(path)]) if isinstance(i, Skipped)]
    assert [s.source for s in skipped] == [f"{path}#2"]
    assert "crosscheck watch" in skipped[0].reason


def test_atom_feed_saved_as_xml_is_read_and_other_xml_is_not(tmp_path):
    (tmp_path / "wire.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "corpus.xml").write_text("<Document><token>Storm</token></Document>", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    reports = [i for i in items if isinstance(i, RawDocument)]
    assert [(r.outlet, r.published, r.title) for r in reports] == [("Coast Wire", "2026-03-16", "Port reopens")]
    other = [i for i in items if isinstance(i, Skipped) and i.source.endswith("corpus.xml")]
    assert len(other) == 1 and other[0].ignored


def test_feed_cut_short_keeps_its_entries_and_names_the_fault(tmp_path):
    path = tmp_path / "cut.rss"
    path.write_text(RSS[: RSS.index("<item><title>Teaser")], encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert sum(isinstance(i, RawDocument) for i in items) == 1
    faults = [i for i in items if isinstance(i, Skipped) and i.source == str(path)]
    assert faults and "not well-formed" in faults[0].reason and not faults[0].ignored


def test_file_named_rss_that_is_no_feed_is_skipped_with_its_reason(tmp_path):
    path = tmp_path / "notes.rss"
    path.write_text("just some words, not a feed", encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert "feed" in items[0].reason
