"""The brief on reports written for these tests."""

from crosscheck.brief import write_brief
from crosscheck.records import CopyGroup, Document, Evidence, Event, Finding, PublishedDate, Sentence, Sources


def doc(i, sentences, day="2026-03-14"):
    text = " ".join(sentences)
    out, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        out.append(Sentence(s, start, start + len(s)))
        pos = start + len(s)
    return Document(f"d{i}", f"d{i}", str(i) * 64, "txt", text, text, out, [], PublishedDate(day, day, day, "metadata"))


STORM = "A storm surge flooded the port city of Hodeidah on Friday and forced thousands from their homes."
DOCS = [
    doc(1, [STORM, "The port authority said the container yard and the grain terminal were under water.",
            "Fishermen said the surge was the worst they had seen since a cyclone hit the coast in 2009."]),
    doc(2, ["A storm surge flooded the port city of Hodeidah on Friday, forcing thousands from their homes.",
            "Health workers warned that cholera could spread through the flooded districts of the city."]),
    doc(3, ["Aid agencies asked donors for money to pay for shelters, clean water and medical supplies.",
            "A storm surge flooded the port city of Hodeidah on Friday and forced thousands from homes."]),
]


def test_sentences_cite_every_supporting_report_and_count_sources():
    brief = write_brief(DOCS, [], [], Sources(), max_sentences=3)
    storm = [b for b in brief if "storm surge flooded" in b.text]
    assert len(storm) == 1  # said three times, told once
    assert storm[0].documents == ["d1", "d2", "d3"] and storm[0].independent_sources == 3
    assert len(brief) == 3


def test_copies_count_once():
    sources = Sources([CopyGroup("g", ["d1", "d2"], "d1", 0.9)])
    brief = write_brief(DOCS, [], [], sources, max_sentences=2)
    storm = [b for b in brief if "storm surge flooded" in b.text][0]
    assert storm.independent_sources == 2


def test_time_order_follows_events_and_conflicts_close_the_brief():
    events = [Event("e1", "2026-03-10", "Aid appeal", ["d3"], 1, [Evidence("d3", DOCS[2].sentences[0].text, "", 0, 10)])]
    conflict = Finding("quantity", [Evidence("d1", "14"), Evidence("d2", "41")], ["d1", "d2"],
                       "Independent sources disagree on people killed: A says 14 versus B says 41.", 2)
    brief = write_brief(DOCS, events, [conflict], Sources(), max_sentences=3)
    assert brief[0].text.startswith("Aid agencies")  # its event is the earliest
    assert brief[-1].text.startswith("Sources conflict on people killed") and brief[-1].documents == ["d1", "d2"]


def test_empty_story():
    assert write_brief([], [], [], Sources()) == []
