"""Per-report work an update takes from the store instead of reading every text again (issue 17, twelfth session):
whether a report reads as a sports report (places), and the shingles of what a report quotes (copies); and the pairs
of dated marks ``date_agreements`` asks once."""

from __future__ import annotations

import importlib
import random
from types import SimpleNamespace

import numpy as np
import pytest

from crosscheck import copies, reuse
from crosscheck.records import Document, PublishedDate
from crosscheck.store import Store

qualifiers = importlib.import_module("crosscheck.entities.places.qualifiers")

GAME = ("The Rockets beat Portland 104-98 on Sunday night. Smith had 27 points and pulled down 11 boards, and the "
        "Rockets took the season series from them three games to one. Jones added 18 points and nine assists in the win, the team's "
        "fifth straight at home, before the playoffs. The coach praised the defense after the game and the season.")
QUOTED = ('Officials in Harbourton said the bridge would reopen on Monday. "We expect traffic to flow again by noon," '
          'the mayor said. Residents had waited weeks. "It has been a long month for everyone here," one shop owner '
          'told reporters after the council met on Friday.')
PLAIN = "The council of Harbourton met on Friday to discuss the bridge repairs, which are due to end next week."


def _document(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text, text=text,
                    published=PublishedDate("2026-03-01", "2026-03-01", "2026-03-01", "metadata"))


def _documents() -> list[Document]:
    return [_document("game", GAME), _document("quoted", QUOTED), _document("plain", PLAIN)]


def test_kept_sports_reports_are_the_texts_answer_and_read_once(tmp_path, monkeypatch):
    from crosscheck.kept import _sports_reports

    documents = _documents()
    expected = {d.id for d in documents if qualifiers.sports_report(d.text)}
    assert expected == {"game"}  # the test's texts: one game report
    with Store(tmp_path / "s.sqlite") as store:
        assert _sports_reports(store, documents) == expected
        monkeypatch.setattr(qualifiers, "sports_reports", lambda ds: pytest.fail(f"read again: {[d.id for d in ds]}"))
        assert _sports_reports(store, documents) == expected  # all kept: no text read


def test_places_resolved_with_kept_sports_reports_equal_those_read_from_the_texts():
    from crosscheck.entities import places

    documents = _documents()
    names = {"game": ["Portland"], "quoted": ["Harbourton"], "plain": ["Harbourton", "Portland"]}
    sports = {d.id for d in documents if qualifiers.sports_report(d.text)}
    assert places.resolve_story(documents, names, sports=sports) == places.resolve_story(documents, names)


def test_kept_quoted_shingles_equal_the_texts_and_are_read_once(tmp_path, monkeypatch):
    from crosscheck.copies import overlap

    documents = _documents()
    settings = copies.CopySettings()
    expected = copies.quoted_of(documents, settings)
    assert len(expected["quoted"]) and not len(expected["plain"])  # quotes, and none
    with Store(tmp_path / "s.sqlite") as store:
        for n in range(2):
            found = reuse.kept_quoted(store)(documents, settings)
            assert set(found) == set(expected)
            for doc_id, array in expected.items():
                assert found[doc_id].dtype == array.dtype == np.uint64 and np.array_equal(found[doc_id], array)
            monkeypatch.setattr(overlap, "quoted_rows", lambda ds, size: pytest.fail("read again"))


def test_copies_with_kept_quoted_shingles_equal_copies_without(tmp_path):
    documents = _documents() + [_document("reprint", QUOTED + " Reporting by the Harbourton desk.")]
    settings = copies.CopySettings()
    with Store(tmp_path / "s.sqlite") as store:
        kept = copies.find_copies_and_passages(documents, settings, quoted=reuse.kept_quoted(store))
        again = copies.find_copies_and_passages(documents, settings, quoted=reuse.kept_quoted(store))
    assert kept == again == copies.find_copies_and_passages(documents, settings)
    assert kept[0]  # the reprint joins its original


def test_happenings_record_each_marks_partners_as_same_happening_tells_them():
    from crosscheck.time import dates

    rng = random.Random(5)
    vocabulary = [f"w{k}" for k in range(14)]
    for _ in range(30):
        marks = [SimpleNamespace(cand=SimpleNamespace(document=f"d{rng.randrange(5)}",
                                                      words=set(rng.sample(vocabulary, rng.randrange(2, 9)))))
                 for _ in range(rng.randrange(2, 12))]
        linked: dict[int, set[int]] = {}
        groups = dates._happenings(marks, linked)
        assert groups == dates._happenings(marks)  # the same groups, asked with or without
        for a in marks:
            partners = {id(b) for b in marks if b.cand.document != a.cand.document and dates._same_happening(a, b)}
            assert linked.get(id(a), set()) == partners
        for group in groups:  # a group holds every partner of its marks (what date_agreements counts)
            ids = {id(m) for m in group}
            assert all(linked.get(id(m), set()) <= ids for m in group)
