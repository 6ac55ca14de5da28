"""Regression tests for the quotes a reader was shown wrongly in the seventh session's review of three dev stories
(NOTES/review-s7.md: WWDC 2012, Trump's 16 Feb 2017 news conference, the Greek riots of December 2008): objects of
verbs that say nothing shown as quotes, "he" given to the last person named (or a former president), transcript
turns ignored, a mis-decoded closing mark. Each test is named after the bug; the texts are made up in their shape.
"""

from __future__ import annotations

from crosscheck import nlp
from crosscheck.clean import sentences_from_parse
from crosscheck.quotes import extract_quotes, find_quotes
from crosscheck.quotes.shown import repair_closing_marks, transcript_turns
from crosscheck.records import Document, Sources


def _doc(text: str, doc_id: str = "d1") -> Document:
    d = Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text, text=text)
    d.sentences = sentences_from_parse(text, nlp.load_pipeline()(text))
    return d


def _shown(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes([_doc(text)], [], [], Sources([]))]


def test_the_object_of_a_verb_of_no_saying_is_not_a_quote():
    text = ("The updated laptop boasts a faster chip and seven hours of battery life.\n\n"
            "Prime Minister Kostas Lambrou has rejected calls by opposition leaders to hold early elections.")
    shown = _shown(text)
    assert not any("battery" in t or "elections" in t for t, _ in shown)
    # the finder still reads them (PolNeAR annotates stances too): only the story's quotes leave them out
    assert any("elections" in f.text and f.not_speech for f in find_quotes(text))


def test_a_statement_is_still_a_quote():
    shown = _shown("Kostas Lambrou said the government would not resign before the budget vote.")
    assert ("the government would not resign before the budget vote", "Kostas Lambrou") in shown


def test_he_is_the_subject_before_not_the_last_person_named():
    text = ("The president also addressed stories about his campaign and its ties to Moscow, which Senator Mark Hollis "
            "had raised.\n\nHe said the leaks were real but the news was fake.")
    shown = dict(_shown("President Daniel Cole held a news conference on Thursday.\n\n" + text))
    assert shown.get("the leaks were real but the news was fake") != "Mark Hollis"


def test_the_president_is_not_a_former_president():
    text = ("Former President Barack Obama left office in January. President Daniel Cole spoke on Thursday.\n\n"
            "\"Russia is a ruse,\" the president said.")
    assert dict(_shown(text)).get("Russia is a ruse") != "Barack Obama"


def test_a_transcript_turn_names_its_speaker():
    text = ("Here is the exchange.\n\nREPORTER: I just want you to clarify whether anyone on your campaign spoke "
            "with Moscow.\n\nCOLE: Well, I think the leaks are real and the news is fake.")
    turns = transcript_turns(text)
    assert [text[a:b] for _, _, a, b in turns] == ["REPORTER", "COLE"]
    shown = _shown(text)
    assert not any(s == "COLE" for t, s in shown if "clarify" in t)
    assert any(s and s.upper() == "COLE" for t, s in shown if "leaks are real" in t)


def test_we_of_the_writer_is_no_speaker():
    assert not any("shipping" in t for t, _ in _shown("We are told all of them are shipping today, and we expect "
                                                       "that the old model is gone."))


def test_a_mis_decoded_closing_mark_closes_the_quote():
    text = 'Jake Morrow called it "unhinged\ufffd? and "wild.\ufffd? The show went on.'
    assert len(repair_closing_marks(text)) == len(text)
    quotes = [f.text for f in find_quotes(text) if f.kind == "direct"]
    assert not any("\ufffd" in q or "show went on" in q for q in quotes)


def test_a_backquote_pair_written_as_the_closing_mark_closes_the_quote():
    text = ("``I feel sorry for the young, ``said 40-year-old Eleni Stavrou, a public sector worker.\n"
            "Kostas Mavros has also been charged with the ``illegal use ``of his service weapon.")
    quotes = [f.text for f in find_quotes(text) if f.kind == "direct"]
    assert "I feel sorry for the young" in quotes
    assert not any("said 40-year-old" in q or "of his service weapon" in q for q in quotes)
