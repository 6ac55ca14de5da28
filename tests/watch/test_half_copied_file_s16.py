"""Regression (review of the fifteenth session): a watched folder's file still being copied in was read half and
never again (a watched item is read once). A file is now taken once it stays the same for a moment; one still
changing is left for a later pass and named."""

import threading
import time

from crosscheck.watch import Fetcher, FolderSource

LINE = "The ferry reached the harbour two hours late, the port authority said on Monday.\n"


def test_a_file_still_being_written_is_left_for_a_later_pass(tmp_path):
    (tmp_path / "done.txt").write_text(LINE * 5, encoding="utf-8")
    growing = tmp_path / "growing.txt"
    growing.write_text(LINE, encoding="utf-8")
    stop = threading.Event()

    def write_on():
        while not stop.is_set():
            with growing.open("a", encoding="utf-8") as handle:
                handle.write(LINE)
            time.sleep(0.05)

    writer = threading.Thread(target=write_on)
    writer.start()
    source = FolderSource(str(tmp_path), settle=0.3)
    try:
        first = [i.location for i in source.items(Fetcher(delay=0))]
    finally:
        stop.set()
        writer.join()
    assert first == [str(tmp_path / "done.txt")] and source.still_written == [str(growing)]
    time.sleep(0.35)
    second = [i.location for i in source.items(Fetcher(delay=0))]
    assert second == [str(tmp_path / "done.txt"), str(growing)] and source.still_written == []


def test_a_file_written_just_now_and_left_alone_is_taken_in_the_same_pass(tmp_path):
    (tmp_path / "new.txt").write_text(LINE, encoding="utf-8")
    source = FolderSource(str(tmp_path), settle=0.3)
    assert [i.location for i in source.items(Fetcher(delay=0))] == [str(tmp_path / "new.txt")]
