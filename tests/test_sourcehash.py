"""crosscheck.sourcehash: the code part of the keys work is kept under (issue 17)."""

from crosscheck.sourcehash import source_key


def test_source_key_changes_with_any_byte_of_any_file_and_with_names(tmp_path):
    a, b = tmp_path / "a.py", tmp_path / "b.py"
    a.write_text("x = 1\n")
    b.write_text("y = 2\n")
    first = source_key(a, b)
    assert len(first) == 16 and source_key(a, b) == first
    assert source_key(tmp_path) == source_key(a, b)  # a folder: its .py files, sorted
    b.write_text("y = 3\n")
    assert source_key(a, b) != first
    c = tmp_path / "c.py"
    c.write_text("y = 3\n")
    assert source_key(a, c) != source_key(a, b)  # the same bytes under another name
