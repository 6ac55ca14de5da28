"""Issue 14, tenth session: two versions of a timeline an outlet republishes every few days (Reuters' Libya and
spill timelines, labelled `update` copies) share entries that recur in so many of the outlet's reports that its template
takes them; the pair then fell under the containment rule. Their full texts share those entries in many runs spread over
both from both tops, which a page's furniture or a stock box (one or two compact blocks) does not."""

from dataclasses import replace

from crosscheck.copies import CopySettings, find_copies

from .test_containment_and_sources import doc, prose

_MONTHS = ("Jan", "January", "Feb", "February", "March", "Mar")


def _timeline(version: int, entries: list[str]) -> str:
    # each version writes the entries' date labels its own way, so runs break between entries (as the real versions'
    # "Feb. 24 -" and "February 24 -" do)
    intro = " ".join(prose(6000, 1)) + " Here is the timeline of events."
    lines = [f"{_MONTHS[(k + version) % len(_MONTHS)]} {k + 1} version {version} item - {e}"
             for k, e in enumerate(entries)]
    return "\n\n".join([intro] + lines)


def _outlet(reports: int, kept: int, added: int):
    entries = prose(6100, kept + added * reports)
    # every version republishes the first ``kept`` entries (the outlet's template takes them) and ``added`` more
    return [doc(v, [_timeline(v, entries[:kept + added * (v + 1)])], "Wire Desk", date=f"2026-03-{10 + v:02d}")
            for v in range(reports)]


def test_versions_of_a_republished_timeline_are_copies_though_the_template_takes_their_entries():
    docs = _outlet(6, 20, 2)
    # consecutive versions are copies (a chain: the group's original is the version most others copy)
    [group] = find_copies(docs, CopySettings())
    assert len(group.documents) >= 3 and group.original in group.documents
    # the rule decides: without it the template leaves every pair under the containment rule
    assert find_copies(docs, replace(CopySettings(), versions_runs=0)) == []


def test_two_stories_sharing_a_stock_box_are_still_not_copies():
    box = " ".join(prose(6500, 8))  # one stock explainer box the outlet prints in many stories (its template)
    line = prose(6550, 2)  # two background sentences only the first two stories share: they are a candidate pair
    stories = [doc(k, [" ".join(prose(6600 + 10 * k, 4)), box, " ".join(prose(6605 + 10 * k, 4) + line[:2 * (k < 2)])],
                   "Wire Desk") for k in range(6)]
    assert find_copies(stories, CopySettings()) == []
    # their full texts share a third of the smaller: a rule without the runs' count and spread would join them
    loose = replace(CopySettings(), versions_runs=1, versions_span=0.0, versions_start=1.0)
    assert find_copies(stories, loose)
