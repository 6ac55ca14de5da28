"""Regression (issue 20b, twentieth session): a key date was told by a sentence naming the day in a side phrase ("a
worker killed in the storm on 4 May has been identified"), where another sentence told what happened that day ("the
storm hit the harbour on Monday, 4 May"). A sentence naming the day in a side phrase now comes after the others.
Invented sentences."""

from crosscheck.records import Document, Event, PublishedDate, Sentence, Timex
from crosscheck.time import key_dates
from crosscheck.time.summary import _side_day

SIDE = "The body of a ferry worker lost in the storm on 4 May has been identified by the coastguard in Varna."
HAPPENING = "The coastguard sent its boats out when the storm hit the harbour of Varna on Monday, 4 May."


def _at(text: str, words: str) -> tuple[tuple[int, int], ...]:
    start = text.index(words)
    return ((start, start + len(words)),)


def test_a_day_in_a_side_phrase():
    assert _side_day(SIDE, _at(SIDE, "4 May"))  # "lost" modifies the worker: a side phrase
    assert not _side_day(HAPPENING, _at(HAPPENING, "Monday, 4 May"))  # "hit" is the happening of the day
    assert not _side_day(SIDE, ())
    bound = "A ferry sunk until 4 May by the storm was raised from the harbour floor by divers."
    assert not _side_day(bound, _at(bound, "4 May"))  # no preposition putting the thing on the day: not held against it


def _doc(doc_id: str, published: str, sentences: list[tuple[str, str | None, str | None]]):
    text, spans, timexes = "", [], []
    for s, words, day in sentences:
        start = len(text)
        spans.append(Sentence(s, start, start + len(s)))
        if words:
            at = start + s.index(words)
            timexes.append(Timex(doc_id, at, at + len(words), words, "DATE", day, "day"))
        text += s + " "
    p = PublishedDate(published, published, published, "metadata")
    return Document(doc_id, f"in/{doc_id}.txt", "", "txt", text, text, spans, published=p), timexes


def test_a_key_date_is_told_by_the_sentence_whose_day_goes_with_its_happening():
    for first, second in ((SIDE, HAPPENING), (HAPPENING, SIDE)):  # whichever report comes first
        words = {SIDE: "4 May", HAPPENING: "Monday, 4 May"}
        a, ta = _doc("a", "2026-05-06", [(first, words[first], "2026-05-04"),
                                         ("Volunteers from the town joined the search along the shore.", None, None)])
        b, tb = _doc("b", "2026-05-06", [(second, words[second], "2026-05-04"),
                                         ("The harbour stayed closed to all ships for two days.", None, None)])
        found = key_dates([a, b], ta + tb, [Event("e1", "2026-05-04", "x", ["a", "b"], 2)], _select)
        assert [k.date for k in found] == ["2026-05-04"]
        assert found[0].sentences[0] == HAPPENING


def _select(candidates, sources, n):
    # the side sentence ranked first, as TF-IDF ranked the real one: the preference must overturn the rank
    ranked = sorted(candidates, key=lambda c: c.text != SIDE)
    return [(c, [c.document]) for c in ranked[:n]]
