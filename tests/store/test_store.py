import sqlite3

import pytest

from crosscheck.records import (
    BriefSentence, Claim, CopyGroup, CopyMember, Document, Entity, Evidence, Event, Finding, Mention,
    Normalized, Place, PublishedDate, Quote, Removed, Sentence, Skipped, Timex,
)
from crosscheck.store import SCHEMA_VERSION, Store, StoreBusy, StoreError


def doc(n, text=None, published=None):
    text = text or f"Report number {n} says the port reopened. Officials agreed."
    return Document(id=f"doc{n:013d}", source=f"r{n}.txt", content_hash=f"{n:064d}", format="txt", original=text,
                    text=text, sentences=[Sentence(text[:text.index('.') + 1], 0, text.index('.') + 1)],
                    removed=[Removed("Share this", "share or follow prompt")],
                    published=published or PublishedDate("2026-03-14", "2026-03-14", "2026-03-14", "metadata"),
                    title=f"Title {n}", outlet="Wire")


def test_wal_mode_and_schema_version(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.schema_version() == SCHEMA_VERSION


def test_documents_round_trip_and_rerun_adds_nothing(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        assert store.add_documents("story", [doc(1), doc(2)]) == 2
        assert store.add_documents("story", [doc(1), doc(2)]) == 0
        assert store.document_ids("story") == [doc(1).id, doc(2).id]
        loaded = store.load_documents("story")
        assert loaded[0] == doc(1)
        # The same report in a second story is stored once, linked twice.
        assert store.add_documents("other", [doc(1)]) == 0
        assert store.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert {s["name"]: s["documents"] for s in store.stories()} == {"story": 2, "other": 1}


def test_every_record_kind_round_trips(tmp_path):
    records = dict(
        copy_groups=[CopyGroup("g1", ["a", "b"], "a", 0.8, [CopyMember("b", 0.8, 0.95, [])])],
        entities=[Entity("e1", "United Nations", "ORG", ["UN"], [Mention("a", 0, 2, "UN", "ORG")],
                         Place(15.0, 43.0, "YE", 1, "city"), 2)],
        timexes=[Timex("a", 3, 9, "Friday", "DATE", "2026-03-13", "day", "2026-03-14", "weekday")],
        events=[Event("ev1", "2026-03-13", "Storm hits", ["a"], 1, [Evidence("a", "Storm hits.")], ["e1"])],
        date_conflicts=[Finding("date", [Evidence("a", "x"), Evidence("b", "y")], ["a", "b"], "April vs May", 2)],
        claims=[Claim("a:c0", "a", "12 miles", "s", 12.0, None, "mile", Normalized(19.31, None, "km"), "road")],
        quotes=[Quote("q1", "a", "We will rebuild", "Maria Keller", "e1", documents=["a", "b"], independent_sources=1)],
        agreements=[Finding("quantity", [Evidence("a", "x"), Evidence("c", "y")], ["a", "c"], "agree", 2)],
        conflicts=[],
        brief=[BriefSentence("Storm hits.", ["a"], 1)],
    )
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("s", [doc(1)])
        store.save_stage("s", "all", **records)
        for kind, expected in records.items():
            if kind != "date_conflicts" and kind != "conflicts":
                assert store.load("s", kind) == expected, kind
        assert store.load_conflicts("s") == records["date_conflicts"]


def test_stage_replaced_whole_and_marked_current(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("s", [doc(1)])
        assert not store.stage_is_current("s", "claims")
        c = Claim("x:c0", "x", "3 km", "s", 3.0, None, "km", Normalized(3.0, None, "km"), None)
        store.save_stage("s", "claims", claims=[c, c])
        store.save_stage("s", "claims", claims=[c])
        assert len(store.load_claims("s")) == 1 and store.stage_is_current("s", "claims")
        store.add_documents("s", [doc(2)])  # new input: the stage must run again
        assert not store.stage_is_current("s", "claims")


def test_failed_stage_leaves_previous_output(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("s", [doc(1)])
        good = [BriefSentence("Old brief.", ["a"], 1)]
        store.save_stage("s", "brief", brief=good)

        class Boom:  # serialising this record fails half-way through the transaction
            document = "a"

        with pytest.raises(Exception):
            store.save_stage("s", "brief", brief=[BriefSentence("New.", ["a"], 1), Boom()])
        assert store.load_brief("s") == good


def test_published_refinement_applies_per_story(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        d = doc(1, published=PublishedDate())
        store.add_documents("s", [d])
        refined = PublishedDate(None, "2026-03-13", "2026-03-20", "content")
        store.save_stage("s", "time", published=[(d.id, refined)])
        assert store.load_documents("s")[0].published == refined


def test_full_text_search_marks_hits_and_escapes(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("s", [doc(1, "The café <script>alert(1)</script> reopened near the harbour."), doc(2)])
        hits = store.search("cafe harbour")
        assert len(hits) == 1 and "<mark>" in hits[0].snippet and "<script>" not in hits[0].snippet
        assert store.search('"port reopened"', story="s")[0].document == doc(2).id
        # FTS5 syntax in user input is taken as words, never as query syntax.
        assert store.search('NEAR( OR "') == []
        assert store.search("title:reopened") == []  # a column filter would have matched nothing either way
        assert [h.document for h in store.search("reopened OR")] == []  # OR is a word here, not an operator
        assert store.search("") == []


def test_readonly_and_broken_stores(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.sqlite", readonly=True)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a crosscheck store or damaged"):
        Store(junk)
    plain = tmp_path / "plain.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a crosscheck store"):
        Store(plain, readonly=True)


def test_migration_from_version_1(tmp_path):
    from crosscheck.store import MIGRATIONS, _statements

    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[1]):
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    d = doc(7, "Old report about the flooded harbour.")
    con.execute("INSERT INTO documents (id, content_hash, source, format, published, original, text, sentences, removed, added)"
                " VALUES (?, ?, 'r', 'txt', '{}', ?, ?, '[]', '[]', 'now')", (d.id, d.content_hash, d.text, d.text))
    con.commit()
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.search("harbour")[0].document == d.id  # v2 indexed what v1 held
        from crosscheck.records import Skipped

        store.add_skipped("s", Skipped("crawl/logo.png", "not a report format (.png)", ignored=True))
        store.add_skipped("s", Skipped("crawl/bad.html", "binary file"))
        assert [(k.source, k.ignored) for k in store.load_skipped("s")] == [
            ("crawl/bad.html", False), ("crawl/logo.png", True)]  # v4: errors first, then ignored files


def test_second_writer_refused(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "s.sqlite"
    Store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from crosscheck.store import Store\n"
        f"s = Store({str(path)!r})\n"
        "with s.writer_lock():\n    print('locked', flush=True); time.sleep(30)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with Store(path) as second:
            with pytest.raises(StoreBusy, match=f"another crosscheck run is writing to this store \\(pid {holder.pid}\\)"):
                with second.writer_lock():
                    pass
    finally:
        holder.kill()
        holder.wait()
    with Store(path) as second, second.writer_lock():  # free again once the holder is gone
        pass


def test_reader_sees_committed_data_while_writer_holds_transaction(tmp_path):
    path = tmp_path / "s.sqlite"
    with Store(path) as writer:
        writer.add_documents("s", [doc(1)])
        reader = Store(path, readonly=True)
        with writer.transaction():
            writer.db.execute("DELETE FROM story_documents")
            assert reader.document_ids("s") == [doc(1).id]  # WAL: not blocked, sees the last commit
        assert reader.document_ids("s") == []
        reader.close()


def test_skipped_recorded_once(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.add_skipped("s", Skipped("a.bin", "binary file"))
        store.add_skipped("s", Skipped("a.bin", "binary file"))
        assert store.load_skipped("s") == [Skipped("a.bin", "binary file")]


def test_link_stored_adds_known_report_to_story(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("a", [doc(1)])
        assert store.link_stored("b", doc(1).content_hash)
        assert store.link_stored("b", doc(1).content_hash)  # twice: still one link
        assert not store.link_stored("b", "0" * 64)
        assert store.document_ids("b") == [doc(1).id]
