"""Regressions from the ninth session's new-user review of the story report (docs: review-s9, classes CONFIRM-1,
SILENT-EMPTY, TITLE-BASIS, CITE-AMBIG)."""

import sys
from pathlib import Path

from crosscheck.report import build_story, to_markdown
from crosscheck.report.provenance import support_phrase

sys.path.insert(0, str(Path(__file__).parent))
from test_report import story_store  # noqa: E402,F401  (the shared fixture)


def _p(outlets: int, reports: int, primary: int = 1, kind: str = "brief") -> dict:
    return {"outlets": outlets, "reports": reports, "primary_count": primary, "kind": kind}


def test_one_source_is_never_said_to_confirm():
    """CONFIRM-1: 22 of 24 brief lines read "confirmed by 1 independent source"; one source confirms nothing."""
    assert support_phrase(_p(1, 1)) == "only one outlet (1 report), from 1 primary source"
    assert support_phrase(_p(1, 3, kind="quote")) == "only one outlet (3 reports), from 1 primary source"
    assert support_phrase(_p(1, 1), unnamed=1) == "only one source (1 report naming no outlet), from 1 primary source"
    assert "confirmed" not in support_phrase(_p(1, 2, kind="agreement"))
    # Two outlets still confirm; a conflict is only "in" them.
    assert support_phrase(_p(2, 3, primary=2)) == "confirmed by 2 outlets (3 reports), from 2 primary sources"
    assert support_phrase(_p(2, 2, kind="conflict")).startswith("in 2 outlets")


def test_markdown_says_when_the_figures_gave_nothing(story_store):  # noqa: F811
    """SILENT-EMPTY: with 0 conflicts, agreements and updates the Markdown had no line at all about figures, nor about
    key dates; it now says what was compared and why nothing came of it, as the HTML does."""
    story = build_story(story_store, "storm")
    story["conflicts"], story["agreements"], story["updates"], story["key_dates"] = [], [], [], []
    md = to_markdown(story)
    assert f"{len(story['claims'])} numbers read; 0 conflicts, 0 agreements, 0 updates: " in md
    assert "No key dates: no day of the timeline is told by two or more independent sources." in md
    story["independent_sources"] = 1
    assert "one independent source, so nothing to cross-check." in to_markdown(story)
    story["claims"] = []
    assert "0 numbers read; 0 conflicts, 0 agreements, 0 updates: no numbers to compare." in to_markdown(story)


def test_title_basis_counts_sources_as_the_header_does(story_store):  # noqa: F811
    """TITLE-BASIS: the title's basis counted copy families ("across the 5 independent source(s)") under a header
    counting outlets (4): headlines are grouped by independent source, as ``independent_sources`` is."""
    from crosscheck.records import Document, Sources
    from crosscheck.report.story import title_of

    heads = [("b1", "BBC", "Floods close the Hodeidah port for a week"), ("b2", "BBC", "Hodeidah port shut by floods"),
             ("c1", "CNN", "Floods shut Hodeidah port as storm hits Yemen")]
    docs = [Document(id=i, source=f"{i}.html", content_hash=i, format="html", original="", text="", title=t, outlet=o)
            for i, o, t in heads]

    class Titles:  # what title_of reads of a store
        def document_titles(self, story):
            return [(d.id, d.title, d.outlet, "") for d in docs]

        def load(self, story, kind):
            return []

    sources = Sources(documents=docs)
    _, basis = title_of(Titles(), "storm", sources)
    assert sources.count([d.id for d in docs]) == 2
    assert "across the 2 independent sources with a headline (1 other shares" in basis, basis
    md = to_markdown(build_story(story_store, "storm"))
    assert "Stored as story “storm”; title: " in md and "Story: storm" not in md


def test_reports_of_one_outlet_and_day_are_cited_apart(story_store):  # noqa: F811
    """CITE-AMBIG: three BBC reports of one day were all cited "(BBC, 2011-11-29)", and the HTML linked the three to
    the first; each citation now names its report's number in the Reports list, and a label unique to one report
    stays as it was."""
    from crosscheck.report import to_html

    story = build_story(story_store, "storm")
    first, second = story["documents"][0], story["documents"][1]
    second["outlet"], second["published"] = first["outlet"], dict(first["published"])
    md = to_markdown(story)
    plain = f"{first['outlet']}, {first['published']['date'][:10]}" if first["published"].get("date") else first["outlet"]
    assert f"{plain} #1" in md and f"{plain} #2" in md
    html = to_html(story)
    assert f'href="#d-{first["id"]}" title="{plain} #1"' in html and f'href="#d-{second["id"]}" title="{plain} #2"' in html
    story["brief"][0]["documents"] = [first["id"], second["id"]]
    assert f"({plain} #1, #2)" in to_markdown(story)
    assert '<span class="muted">#2</span>' in html


def test_reports_that_all_name_no_outlet_are_said_once():
    """New-user run (tenth session): "only one source (1 report, 1 naming no outlet)" said the one report twice."""
    assert support_phrase(_p(2, 2, kind="agreement"), unnamed=2) == (
        "confirmed by 2 independent sources (2 reports naming no outlet), from 1 primary source")
    assert support_phrase(_p(2, 3, kind="agreement"), unnamed=1) == (
        "confirmed by 2 independent sources (3 reports, 1 naming no outlet), from 1 primary source")
