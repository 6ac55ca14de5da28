"""Regression tests for the split between what "who said what" shows and what provenance traces (issue 20q, eleventh
session). The tenth session hid attributions that hold no statement ("X has defended the handling of
...", "found guilty ... by a jury") and folded a quoted phrase into the reported clause around it ('X vowed to hold
the builder accountable for the "terrible collapse"'); provenance lost those items with them (tests/gate/test_provenance_gate.py,
four Timeline17 stories: primary-source accuracy 0.936 -> 0.897, six items not found). Not shown as a quote is not
unattributed. The texts are written for the tests, in the shape of the items lost (no
words of the reports; review s11 finding 5).
"""

from __future__ import annotations

import json

from crosscheck import nlp
from crosscheck.clean import sentences_from_parse
from crosscheck.quotes import extract_attributions, extract_quotes
from crosscheck.records import Document, Sources

DEFENDED = "Governor Anna Castell has defended her administration's handling of the flood in the valley."
FOLDED = ('Speaking in the town hall, Mayor Tom Reddick vowed to hold the builder accountable for the "terrible '
          'collapse". He said the inquiry would start soon.')


def _doc(text: str, doc_id: str = "d1") -> Document:
    d = Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text, text=text)
    d.sentences = sentences_from_parse(text, nlp.load_pipeline()(text))
    return d


def test_hidden_attribution_not_speech_is_kept_as_an_attribution_with_its_speaker():
    found = extract_attributions([_doc(DEFENDED)], [], [], Sources([]))
    assert not any("handling of the flood" in q.text for q in found.shown)
    hidden = [q for q in found.hidden if "handling of the flood" in q.text]
    assert len(hidden) == 1 and hidden[0].hidden == "object" and hidden[0].speaker == "Anna Castell"


def test_hidden_attribution_a_folded_quoted_phrase_is_kept_as_an_attribution():
    found = extract_attributions([_doc(FOLDED)], [], [], Sources([]))
    assert any(q.kind == "reported" and q.text.endswith('"terrible collapse') for q in found.shown)
    assert not any(q.text == "terrible collapse" for q in found.shown)
    inner = [q for q in found.hidden if q.text == "terrible collapse"]
    assert len(inner) == 1 and inner[0].hidden == "inside" and inner[0].kind == "direct"
    assert inner[0].speaker == "Tom Reddick"


def test_hidden_attribution_extract_quotes_is_what_who_said_what_shows():
    d = _doc(FOLDED + " " + DEFENDED)
    found = extract_attributions([d], [], [], Sources([]))
    assert extract_quotes([d], [], [], Sources([])) == found.shown
    assert found.hidden and all(q.hidden for q in found.hidden) and not any(q.hidden for q in found.shown)
    # (ids apart: the same words shown in one report and hidden in another are two records)
    assert all(q.id.startswith("attribution-") for q in found.hidden)
    assert not {q.id for q in found.shown} & {q.id for q in found.hidden}


def test_hidden_attribution_provenance_traces_it_and_story_json_keeps_it_out_of_quotes(tmp_path):
    from crosscheck.pipeline import Settings, run
    from crosscheck.report import build_story, to_markdown, validate_story
    from crosscheck.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "r1.jsonl").write_text(json.dumps({"text": FOLDED + "\n\n" + DEFENDED, "published": "2026-03-14",
                                                 "outlet": "Valley Courier"}) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.sqlite") as store:
        run([str(folder)], store, "s", Settings(processes=1))
        data = build_story(store, "s")
    validate_story(data)
    shown = {q["text"] for q in data["quotes"]}
    hidden = {q["text"]: q for q in data["attributions"]}
    assert "terrible collapse" in hidden and not shown & set(hidden)
    assert any("handling of the flood" in t for t in hidden)
    prov = {p["item"]: p for p in data["provenance"]}
    expected = {"terrible collapse": "Tom Reddick", "handling of the flood": "Anna Castell"}  # each its own speaker
    for q in hidden.values():
        p = prov[q["id"]]
        assert p["kind"] == "attribution"
        names = [s["name"] for s in data["primary_sources"] if s["id"] in p["primary_sources"]]
        want = next(name for words, name in expected.items() if words in q["text"])
        assert names and names[0] == want, (q["text"], names)
    markdown = to_markdown(data)
    assert "handling of the flood" not in markdown.split("## Who said what")[-1].split("\n## ")[0]
