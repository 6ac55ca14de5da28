"""Issue 20: updates shown as a progression (chart, table, CSV); the timeline at a glance (bars per day)."""

import csv
import io
import sys
from pathlib import Path

from crosscheck.records import Event, Evidence, Update, UpdatePoint
from crosscheck.report import build_story, to_csv, to_html, to_markdown, validate_story

sys.path.insert(0, str(Path(__file__).parent))
from test_report import EVIL, story_store  # noqa: E402,F401  (the shared fixture)


def _with_updates_and_days(store):
    store.save_stage("storm", "reconcile", agreements=[], conflicts=[], updates=[Update(
        "update-1", "people killed", None, "a count of people killed, given by 2 reports on 2 days",
        [UpdatePoint("d1", "2026-03-13", "at least 14", 14.0, None, "at_least", f"killed at least 14 {EVIL}", 0, 5),
         UpdatePoint("d2", "2026-03-15", "23", 23.0, None, "exact", "the toll rose to 23", 0, 5)],
        ["d1", "d2"], 2)])
    store.save_stage("storm", "time", date_conflicts=[], events=[
        Event(f"e{n}", day, f"event {n} {EVIL}", ["d1"], 1, [Evidence("d1", "x")])
        for n, day in enumerate(["2026-03-13", "2026-03-13", "2026-03-14", "2009", "2026-03-15"])])


def test_update_is_a_progression_in_every_export(story_store):  # noqa: F811
    _with_updates_and_days(story_store)
    story = build_story(story_store, "storm")
    validate_story(story)
    [update] = story["updates"]
    assert [i["document"] for i in update["items"]] == ["d1", "d2"]  # the evaluation reads items, like a finding's
    html = to_html(story)
    assert 'class="update-svg"' in html and "How the figure of people killed moved over 2 days" in html
    assert EVIL not in html
    md = to_markdown(story)
    assert "## Updates: figures that changed over time" in md and "| 2026-03-15 | 23 | 23 | (Outlet 2, 2026-03-14) |" in md
    rows = list(csv.DictReader(io.StringIO(to_csv(story, "updates"))))
    assert [(r["published"], r["value"]) for r in rows] == [("2026-03-13", "14.0"), ("2026-03-15", "23.0")]


def test_timeline_reads_at_a_glance(story_store):  # noqa: F811
    _with_updates_and_days(story_store)
    story = build_story(story_store, "storm")
    html = to_html(story)
    assert 'class="timeline-bars"' in html
    # One bar per day of the story, each linking to that day's list; the old year is background, listed last.
    assert html.count('<a href="#day-2026-03-13"><rect') == 1 and 'id="day-2026-03-13"' in html
    assert html.index('id="day-2026-03-15"') < html.index('id="day-2009"')
    assert ".timeline-days:has(.day:target) .day:not(:target) { display: none; }" in html


def _brief_provenance(story, outlets, reports):
    story["provenance"] = [{"id": "prov-b0", "item": "brief-0", "kind": "brief", "primary_sources": [],
                            "reports": reports, "outlets": outlets, "primary_count": 1, "relayed": False, "basis": "",
                            "chains": [{"document": d, "primary": "unattributed", "primary_name": None, "links": [],
                                        "start": 0, "end": 5} for d in story["brief"][0]["documents"]]}]
    return story


def test_brief_of_plain_files_counts_independent_sources_not_outlets(story_store):  # noqa: F811
    """The brief said "2 outlets" of reports that name no outlet (plain files): it counts independent
    sources as Sources does, and says what it counts."""
    story = build_story(story_store, "storm")
    for d in story["documents"]:
        if d["id"] == "d3":
            d["outlet"] = None  # a plain file: no outlet
    story = _brief_provenance(story, story["brief"][0]["independent_sources"], 2)
    html, md = to_html(story), to_markdown(story)
    assert "confirmed by 2 independent sources (2 reports, 1 naming no outlet), from 1 primary source" in html
    assert "confirmed by 2 independent sources (2 reports, 1 naming no outlet)" in md
    assert "2 outlets" not in html and "2 outlets" not in md
    assert "counts independent sources: the reports that carry it, with one outlet" in html
    assert "a report that names no outlet counts as its own source" in md
    # Where every report names its outlet, the count is of outlets.
    named = _brief_provenance(build_story(story_store, "storm"), 2, 2)
    assert "confirmed by 2 outlets (2 reports), from 1 primary source" in to_html(named)


def test_readers_comments_stay_out_of_the_timeline(tmp_path):
    """Issue 20v: readers' comments under a BBC blog ("At 3:27 pm on 21 Feb 2011, X wrote: ...") became
    dozens of timeline events of the day they were posted; the report's timeline leaves them out, built
    or streamed."""
    import json

    from crosscheck.records import Document, PublishedDate, Sentence
    from crosscheck.report.story import write_story_json
    from crosscheck.store import Store

    story_text = "Rescue teams reached the capital on Monday."
    comment = "At 3:27 pm on 21 Feb 2011, WebAlice wrote: I watched the news today and cried."
    text = f"{story_text} {comment}"
    at = text.index("I watched")
    d = Document("b1", "blog.txt", "b" * 64, "txt", text, text,
                 [Sentence(story_text, 0, len(story_text)), Sentence(comment, len(story_text) + 1, len(text))], [],
                 PublishedDate("2010-01-18", "2010-01-18", "2010-01-18", "metadata"), outlet="BBC")
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("blog", [d])
        store.save_stage("blog", "time", date_conflicts=[], events=[
            Event("e1", "2010-01-18", story_text, ["b1"], 1, [Evidence("b1", story_text, start=0, end=len(story_text))]),
            Event("e2", "2010-01-18", "I watched the news today and cried.", ["b1"], 1,
                  [Evidence("b1", "today", start=at + 17, end=at + 22)])])
        built = build_story(store, "blog")
        streamed = json.loads(write_story_json(store, "blog", tmp_path / "story.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in built["timeline"]] == ["e1"] == [e["id"] for e in streamed["timeline"]]
    validate_story(built)


def test_one_event_weeks_away_does_not_stretch_the_timeline_chart(story_store):  # noqa: F811
    """Issue 20v: on a real story (Haiti, 12-22 January) one "first broadcast on 10 March" event stretched the
    bar chart to March, the story's days a sliver at its left; it is background now, listed below."""
    days = ["2026-03-13"] * 4 + ["2026-03-14"] * 3 + ["2026-03-16", "2026-03-20", "2026-05-10"]
    story_store.save_stage("storm", "time", date_conflicts=[], events=[
        Event(f"e{n}", day, f"event {n}", ["d1"], 1 + n % 2, [Evidence("d1", "x")]) for n, day in enumerate(days)])
    story = build_story(story_store, "storm")
    html = to_html(story)
    assert "2026-03-20</text>" in html and "2026-05-10</text>" not in html  # the axis ends on the story's last day
    assert "1 event on dates far from the story are listed below, as background" in html
    assert html.index('id="day-2026-03-20"') < html.index('id="day-2026-05-10"')
    # The clicked day's bar is outlined (CSS, no script); in a day, the best-sourced events come first.
    assert '#timeline:has(#day-2026-03-13:target) .timeline-bars a[href="#day-2026-03-13"] rect' in html
    first_day = html[html.index('id="day-2026-03-13"'):html.index('id="day-2026-03-14"')]
    assert first_day.index('id="ev-e1"') < first_day.index('id="ev-e0"')


def test_the_most_reported_update_comes_first(story_store):  # noqa: F811
    point = lambda doc, day, v: UpdatePoint(doc, day, str(v), float(v), None, "exact", str(v), 0, 2)  # noqa: E731
    story_store.save_stage("storm", "reconcile", agreements=[], conflicts=[], updates=[
        Update("u-a", "britons", None, "b", [point("d1", "2026-03-13", 30), point("d2", "2026-03-14", 60)], ["d1", "d2"], 2),
        Update("u-b", "people killed", None, "k", [point("d1", "2026-03-13", 14), point("d2", "2026-03-14", 23),
                                                   point("d3", "2026-03-15", 41)], ["d1", "d2", "d3"], 2)])
    story = build_story(story_store, "storm")
    html, md = to_html(story), to_markdown(story)
    assert html.index('id="update-u-b"') < html.index('id="update-u-a"')
    assert md.index("**people killed**") < md.index("**britons**")
    assert "○ a bound" in html


def test_reports_of_one_label_cite_once_with_their_number(story_store):  # noqa: F811
    """Issue 20v: on a one-outlet story an event cited "[BBC, 2010-01-14][BBC, 2010-01-14]"."""
    story = build_story(story_store, "storm")
    for d in story["documents"]:
        d["outlet"], d["published"]["date"] = "Wire", "2026-03-14"
    story["brief"][0]["documents"] = ["d1", "d2", "d3"]
    html = to_html(story)
    # Cited once, each report by its number and its own link (CITE-AMBIG, review s9: "×3" linked only the first).
    assert ('[Wire, 2026-03-14 <a href="#d-d1" title="Wire, 2026-03-14 #1">#1</a>, '
            '<a href="#d-d2" title="Wire, 2026-03-14 #2">#2</a>, ') in html
    assert "[Wire, 2026-03-14][Wire, 2026-03-14]" not in html
