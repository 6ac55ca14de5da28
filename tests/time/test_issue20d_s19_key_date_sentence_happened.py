"""Issue 20d, nineteenth session: a key date is told by a sentence saying something happened on it when the day has
one ("The minister praised the boy ..." before "The song is as relevant today as ..."); the day itself is kept or
dropped as before. Invented sentences."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_summary import _doc, select  # noqa: E402

from crosscheck.records import Event  # noqa: E402
from crosscheck.time import key_dates  # noqa: E402
from crosscheck.time.summary import _happening  # noqa: E402


def test_what_tells_a_happening():
    assert _happening("The boy rode his bike ten miles round the park on Sunday.")
    assert _happening("The van was flagged down in the high street on Monday.")
    assert _happening("The actor has flown his own jet to the island.")
    assert _happening("Thousands are fleeing the coast road tonight.")
    assert _happening("A pump invented in Leeds is being used by the rescue teams.")
    assert _happening("Aid agencies say thousands of children are without homes.")
    assert not _happening("The old anthem is as popular today as it was in 1990.")
    assert not _happening("A magnitude six quake releases far more energy than a magnitude five one.")
    assert not _happening("( Update 6 p.m. in Lisbon, 1 p.m. ET )")
    assert not _happening("The ferry would have sailed on Monday.")


def test_a_key_date_is_told_by_the_sentence_saying_what_happened_on_it():
    rows = [
        ("a", "2026-05-13", ["The old anthem of the appeal is as popular today as it ever was in the valley.",
                             "The minister praised the boy who cycled for the appeal today in a letter to his school."],
         [["2026-05-13"], ["2026-05-13"]]),
        ("b", "2026-05-13", ["The old anthem is as popular today as it was in the valley thirty years ago.",
                             "Choirs in the valley sing it at every benefit concert for the appeal."],
         [["2026-05-13"], []]),
    ]
    docs, timexes = [], []
    for doc_id, published, sentences, days in rows:
        d, t = _doc(doc_id, published, sentences, days)
        docs.append(d)
        timexes.extend(t)
    found = key_dates(docs, timexes, [Event("e1", "2026-05-13", "x", ["a"], 1)], select)
    assert [k.date for k in found] == ["2026-05-13"]
    assert found[0].sentences[0].startswith("The minister praised the boy")
