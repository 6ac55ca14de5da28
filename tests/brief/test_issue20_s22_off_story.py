"""Issue 20, twenty-second session (22o): sentences of reports that tell another story lead neither the brief nor
the key dates, and the story report lists the reports that look off the story, with the topic terms they lack.
Invented text only."""

from __future__ import annotations

import json

import pytest

from crosscheck import on_story
from crosscheck.brief import split_sentences, write_brief
from crosscheck.records import Document, PublishedDate, Sources

OUTLETS = ["Harbour Post", "Valley Courier", "Northern Ledger", "Coast Herald", "Island Gazette"]
ON = [
    "The Korvath volcano erupted on the island of Tessaly on Monday, sending ash over the eastern villages. "
    "Volcano experts said the eruption was the largest in forty years. Rescue teams moved residents from the slopes.",
    "Ash from the Korvath eruption closed the Tessaly airport, and the volcano kept rumbling through the night. "
    "Residents of the eastern villages slept in school halls. The island's governor asked for tents and water.",
    "Lava from the Korvath volcano reached the coastal road near Tessaly harbour on Tuesday. "
    "Geologists measured the eruption's plume at nine kilometres. Fishing boats carried families to the mainland.",
    "The Tessaly eruption forced the evacuation of four villages below the Korvath volcano. "
    "A hospital on the island treated dozens for breathing trouble from the ash. Schools stayed shut all week.",
    "Volcano monitors on Tessaly warned that Korvath could erupt again after a second ash column rose. "
    "The eruption has covered farms in grey dust. Aid ships from the mainland landed blankets and food.",
]
# Another story: a bakery chain's shares, sharing no word of the eruption's (the kind 21t labelled "off").
OFF = ("Shares of the Crumbwell bakery chain jumped after the company announced record pastry sales in its northern "
       "stores. Crumbwell investors welcomed the dividend rise announced by the finance director. "
       "Analysts expect the bakery chain to open twelve more shops before winter. "
       "The chairman thanked bakers and suppliers for a strong season.")


def _doc(n: int, text: str, outlet: str) -> Document:
    return Document(f"doc{n:013d}", f"r{n}.txt", f"{n:064d}", "txt", text, text, split_sentences(text), [],
                    PublishedDate("2031-04-07"), None, outlet)


def _pile(with_off: bool = True) -> list[Document]:
    docs = [_doc(n, t, o) for n, (t, o) in enumerate(zip(ON, OUTLETS))]
    if with_off:
        docs.append(_doc(9, OFF, "Market Wire"))
    return docs


def test_the_piles_topic_terms_are_what_its_sources_share():
    docs = _pile()
    terms, share, n = on_story.topic_terms(docs, Sources(documents=docs))
    assert n == 6
    assert {"volcano", "eruption", "korvath", "tessaly"} <= set(terms)
    assert not {"bakery", "crumbwell", "share"} & set(terms)


def test_an_off_story_report_is_listed_with_the_terms_it_lacks():
    docs = _pile()
    check = on_story.check(docs, Sources(documents=docs))
    assert check.checked and "6 independent sources" in check.note
    assert [r.document for r in check.reports] == ["doc0000000000009"]
    assert "volcano" in check.reports[0].lacks and check.reports[0].share == 0.0


def test_an_off_story_sentence_no_longer_leads_the_brief():
    docs = _pile()
    sources = Sources(documents=docs)
    check = on_story.check(docs, sources)
    # Room for every candidate: without the check the bakery's sentences are in the brief ...
    before = write_brief(docs, [], [], sources, max_sentences=40)
    assert any("Crumbwell" in b.text for b in before)
    # ... with it, none is, and the brief still tells the eruption
    after = write_brief(docs, [], [], sources, max_sentences=40, topical=lambda t: on_story.on_topic(check, t))
    assert after and not any("Crumbwell" in b.text or "bakery" in b.text for b in after)
    assert sum("volcano" in b.text.lower() or "eruption" in b.text.lower() for b in after) >= 3


def test_a_small_pile_is_not_checked_and_its_brief_unchanged():
    docs = _pile(with_off=False)[:2] + [_doc(9, OFF, "Market Wire")]
    sources = Sources(documents=docs)
    check = on_story.check(docs, sources)
    assert not check.checked and not check.reports and "fewer than 4" in check.note
    assert on_story.on_topic(check, OFF)
    plain = write_brief(docs, [], [], sources, max_sentences=40)
    checked = write_brief(docs, [], [], sources, max_sentences=40, topical=lambda t: on_story.on_topic(check, t))
    assert [b.text for b in plain] == [b.text for b in checked]
    assert any("Crumbwell" in b.text for b in checked)


def test_a_pile_of_many_stories_has_no_clear_topic():
    texts = ["Farmers in the valley harvested record apple crops after a mild spring and steady summer rain.",
             "The city council approved a new cycle lane along the river embankment after a long debate.",
             "A chess prodigy aged eleven won the national junior title with a daring queen sacrifice.",
             "Engineers finished repairs on the old lighthouse, whose lamp will shine again next month.",
             "The orchestra announced a winter season of seldom heard symphonies by northern composers."]
    docs = [_doc(n, t + " " + t, o) for n, (t, o) in enumerate(zip(texts, OUTLETS))]
    check = on_story.check(docs, Sources(documents=docs))
    assert not check.checked and "no clear topic" in check.note and not check.reports


def _write(tmp_path, texts: list[tuple[str, str]]) -> list[str]:
    path = tmp_path / "in" / "reports.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"text": t, "outlet": o, "published": "2031-04-07"}) + "\n" for t, o in texts),
                    encoding="utf-8")
    return [str(path)]


@pytest.mark.parametrize("small", [False, True])
def test_story_report_lists_the_off_reports(tmp_path, small):
    from crosscheck.pipeline import run
    from crosscheck.report import build_story, validate_story
    from crosscheck.report.exports import to_html, to_markdown
    from crosscheck.store import Store

    texts = list(zip(ON, OUTLETS))[: 2 if small else 5] + [(OFF, "Market Wire")]
    with Store(tmp_path / "s.sqlite") as store:
        run(_write(tmp_path, texts), store, "eruption")
        story = build_story(store, "eruption")
    validate_story(story)
    off = story["off_story"]
    markdown, html = to_markdown(story), to_html(story)
    if small:
        assert not off["checked"] and not off["reports"] and "fewer than 4" in off["note"]
        assert "Topic check: not checked" in markdown and "Topic check: not checked" in html
        return
    assert off["checked"] and len(off["reports"]) == 1 and off["reports"][0]["name"] == "Market Wire"
    assert "volcano" in off["reports"][0]["reason"]
    assert not any("Crumbwell" in b["text"] for b in story["brief"])
    assert not any("Crumbwell" in s for k in story["key_dates"] for s in k["sentences"])
    assert "## 1 report that looks off this story" in markdown and "Market Wire" in markdown
    assert markdown.count("(looks off this story)") == 1  # the report is kept, and marked, in the list of reports
    assert "1 report that looks off this story" in html and "Market Wire" in html
