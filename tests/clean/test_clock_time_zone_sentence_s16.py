"""A sentence the parser cut after a clock's "a.m." before its time zone is one sentence (lead, sixteenth session).

Seen in a browser on a real story's timeline: the fragment "UTC (3:37 a.m. EDT), killing at least one ..." stood as
an event of its own. Invented sentences of the same construction."""

from crosscheck.clean import clean_document
from crosscheck.records import RawDocument


def _sentences(text: str) -> list[str]:
    return [s.text for s in clean_document(RawDocument(source="r.txt", text=text, content_hash="h1",
                                                       format="text")).sentences]


def test_clock_time_then_utc_is_one_sentence():
    text = ("A strong quake shook the island at 06:12 a.m. UTC (2:12 a.m. EDT), killing at least two villagers. "
            "Rescuers arrived later.")
    assert _sentences(text)[0].endswith("killing at least two villagers.")


def test_clock_time_then_local_time_is_one_sentence():
    text = "The dam gave way at 11:40 a.m. local time (0440 GMT) on Sunday. Nobody was hurt."
    assert _sentences(text) == ["The dam gave way at 11:40 a.m. local time (0440 GMT) on Sunday.", "Nobody was hurt."]


def test_a_sentence_after_a_clock_time_at_its_end_stays_apart():
    text = "The ferry left at 5 p.m.\nThe crew counted 40 passengers."
    assert _sentences(text) == ["The ferry left at 5 p.m.", "The crew counted 40 passengers."]
