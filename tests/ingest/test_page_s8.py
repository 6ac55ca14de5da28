"""Issue 15, eighth session: article text and outlets by class (invented pages and names)."""

import trafilatura

from crosscheck.ingest import html


def _para(i: int) -> str:
    return f"Paragraph {i} of the invented article says something long enough to count as a real sentence here."


def test_an_article_held_twice_is_not_doubled_by_recovery(monkeypatch):
    # A page that holds its article twice (a second, hidden copy): the default pass reads both copies; once
    # one dropped paragraph came back, every paragraph of the precision text was taken from both copies and
    # the article's text was doubled.
    dropped = ("A dropped paragraph of the invented article that is prose, long enough, and ends like a "
               "sentence so that it comes back from the default pass of the extractor.")
    copy = [_para(0), _para(1), dropped, _para(2), _para(3)]
    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: "\n".join(copy + ["Teaser line"] + copy))
    precision = "\n".join([_para(0), _para(1), _para(2), _para(3)])
    out = html._recover_paragraphs(precision, "<html></html>", None).split("\n")
    assert out == copy


def test_a_line_the_article_repeats_keeps_its_count(monkeypatch):
    # The precision text's own repeated line ("Also at the shop") stays as often as it has it.
    lines = [_para(0), "Also at the shop", _para(1), "Also at the shop", _para(2)]
    dropped = ("A dropped paragraph of the invented article that is prose, long enough, and ends like a "
               "sentence so that it comes back from the default pass of the extractor.")
    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: "\n".join(lines[:3] + [dropped] + lines[3:]))
    out = html._recover_paragraphs("\n".join(lines), "<html></html>", None).split("\n")
    assert out == lines[:3] + [dropped] + lines[3:]
