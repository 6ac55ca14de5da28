"""The key days a story of invented reports gives: the key-date tests' shared fixture (eighteenth and nineteenth
sessions). ``rows``: (doc id, publication day, sentences, the days each sentence names)."""

from crosscheck.records import Event
from crosscheck.time import key_dates

from test_summary import _doc, select


def key_days(rows) -> list[str]:
    docs, timexes = [], []
    for doc_id, published, sentences, days in rows:
        d, t = _doc(doc_id, published, sentences, days)
        docs.append(d)
        timexes.extend(t)
    events = [Event(f"e{n}", day, "x", ["a"], 1) for n, day in enumerate(sorted({x for r in rows for ds in r[3] for x in ds}))]
    return [e.date for e in key_dates(docs, timexes, events, select)]
