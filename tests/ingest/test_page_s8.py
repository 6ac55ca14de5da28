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


# Outlets (invented names and pages).
from crosscheck.ingest.dates import parse  # noqa: E402
from crosscheck.outlets import clean_name, page_outlet  # noqa: E402

BODY = "".join(f"<p>Paragraph {i} of the article says something long enough to count as prose here.</p>"
               for i in range(6))


def _outlet(head: str, url: str) -> str | None:
    tree = parse(f"<html><head>{head}</head><body>{BODY}</body></html>")
    return page_outlet(tree, url, "Paragraph 0 of the article says something.")[0]


def test_online_blog_and_news_are_kind_of_medium_words_when_the_rest_spells_the_address():
    # "Cicero Online" on cicero.de, "Campact Blog" on blog.campact.de were named with their kind-of-medium word,
    # while "Yle Uutiset" on yle.fi was already "Yle": one outlet, one name.
    assert clean_name("Beispielblatt Online", "www.beispielblatt.de") == "Beispielblatt"
    assert clean_name("Musterhaus Blog", "blog.musterhaus.de") == "Musterhaus"
    assert clean_name("Wunderfunk News", "www.wunderfunk.example") == "Wunderfunk"
    # the rest does not spell the address: the word is part of the name
    assert clean_name("Foo News", "www.foonews.example") == "Foo News"
    assert clean_name("Gazeta Beispiel Online", "www.beispiel.al") == "Gazeta Beispiel Online"


def test_an_address_as_site_name_gives_way_to_the_publisher_that_does_not_spell_it():
    # og:site_name "thestar.com" and the JSON-LD publisher "Toronto Star": the address was kept as the name.
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "%s"}}</script>'
    og = '<meta property="og:site_name" content="dailybeispiel.example">'
    url = "https://www.dailybeispiel.example/a/1"
    assert _outlet(og + ld % "Musterstadt Kurier", url) == "Musterstadt Kurier"
    # not a company, not a wire agency (a syndicated text's publisher), not another known outlet
    assert _outlet(og + ld % "Beispiel Holding SA", url) != "Beispiel Holding SA"
    assert _outlet(og + ld % "Associated Press", url) != "Associated Press"
    assert _outlet(og + ld % "The Washington Post", url) != "The Washington Post"
