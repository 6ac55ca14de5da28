"""The --shown measure of evaluation.real_stories.fresh.on_story (issue 20, twenty-second session): what users read,
counted by the label of the reports each item cites. Invented report dictionaries."""

from evaluation.real_stories.fresh.on_story import item_label, kept_out, shown_items, shown_shares

LABELS = {"d01": "on", "d02": "side", "d03": "off"}
SOURCES = {"r1": "d01", "r2": "d02", "r3": "d03"}


def _report(brief_docs, timeline=()):
    return {"brief": [{"text": f"Sentence {n} of the brief.", "documents": docs} for n, docs in enumerate(brief_docs)]
            + [{"text": "Sources conflict on the toll: see the conflicts section.", "documents": ["r1", "r3"]}],
            "key_dates": [{"date": "2031-01-02", "sentences": ["A day's sentence."], "documents": ["r3"]}],
            "timeline": list(timeline)}


def test_an_item_takes_the_most_on_story_label_of_its_reports():
    assert item_label(["d03", "d02"], LABELS) == "side"
    assert item_label(["d03", "d01"], LABELS) == "on"
    assert item_label(["d03"], LABELS) == "off"
    assert item_label(["d99"], LABELS) == "on"  # not labelled: never counted off


def test_shares_per_view_leave_out_the_conflicts_line_and_events_listed_apart():
    events = [{"text": "An event.", "documents": ["r3"], "off_story": True},
              {"text": "Another event.", "documents": ["r2"]}]
    items = shown_items(_report([["r1"], ["r3"], ["r2", "r3"]], events), SOURCES, LABELS)
    shares = shown_shares(items)
    assert shares["brief"]["n"] == 3 and shares["brief"]["labels"] == {"on": 1, "off": 1, "side": 1}
    assert abs(shares["brief"]["off"] - 1 / 3) < 1e-9 and abs(shares["brief"]["off+side"] - 2 / 3) < 1e-9
    assert shares["key_dates"]["labels"] == {"off": 1}
    assert shares["timeline"]["n"] == 1 and shares["timeline"]["labels"] == {"side": 1}
    assert shares["all"]["n"] == 5


def test_kept_out_counts_what_is_no_longer_shown_by_label():
    before = {"items": {"p": shown_items(_report([["r1"], ["r3"]]), SOURCES, LABELS)}}
    after = {"items": {"p": shown_items(_report([["r1"]]), SOURCES, LABELS)}}
    assert kept_out(before, after, {"p": LABELS}) == {"brief": {"off": 1}, "key_dates": {}, "timeline": {}}
