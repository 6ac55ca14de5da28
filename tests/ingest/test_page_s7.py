"""Issue 15, seventh session: pages refused or misread by class (invented pages)."""

import pytest

from crosscheck.ingest.common import InputError, Limits
from crosscheck.ingest.html import _check_depth


def test_a_script_writing_html_is_no_nesting():
    # A newspaper page whose scripts write its menus as strings, close tags escaped ("<\/a>"): counted as
    # markup, 500 tags opened and never closed refused the page as "nested deeper than 400 levels".
    script = "<script>var menu = '" + "<div class=\"m\"><a href=\"/x\">Item<\\/a><\\/div>" * 500 + "';</script>"
    page = "<html><head>" + script + "</head><body>" + "<p>Text.</p>" * 500 + "</body></html>"
    _check_depth(page, Limits())  # no InputError


def test_deep_markup_outside_scripts_is_still_refused():
    page = "<html><body><script>var a = 1;</script>" + "<div>" * 5000 + "text" + "</div>" * 5000 + "</body></html>"
    with pytest.raises(InputError, match="nested deeper"):
        _check_depth(page, Limits())


# Outlets (invented pages).
from crosscheck.ingest.dates import parse  # noqa: E402
from crosscheck.outlets import clean_name, page_outlet  # noqa: E402

BODY = "".join(f"<p>Paragraph {i} of the article says something long enough to count as prose here.</p>"
               for i in range(6))


def _outlet(head: str, body: str = BODY, url: str | None = None) -> str | None:
    tree = parse(f"<html><head>{head}</head><body>{body}</body></html>")
    return page_outlet(tree, url, "Paragraph 0 of the article says something.")[0]


def test_a_name_with_its_short_form_in_brackets_is_the_short_form_the_address_spells():
    assert clean_name("Bundesamt für Musterhilfe (BMH)", "bmh.de") == "BMH"
    # the long form spells the address: it stays, brackets and all; no host: unchanged
    assert clean_name("Beispielzeitung (BZ)", "beispielzeitung.de") == "Beispielzeitung (BZ)"
    assert clean_name("Bundesanstalt für Beispielhilfe (BFB)") == "Bundesanstalt für Beispielhilfe (BFB)"


def test_a_chinese_title_separates_its_site_name_without_spaces():
    # A saved page with no address: the title's "-新华网" and the masthead's home link name the site.
    head = "<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>"
    body = '<div class="top"><a href="/">新华网</a><a href="/a">教育</a></div>' + BODY
    assert _outlet(head, body) == "新华网"
    # a hyphen between Latin words is no separator
    assert _outlet("<title>Covid-19 news today</title>", '<a href="/">news today</a>' + BODY) is None


def test_a_fragment_from_the_precision_pass_gives_way_to_the_article(monkeypatch):
    # The precision pass keeps only "Skip to content" (or a date, or a notice that the browser is out of
    # date) on a page whose article trafilatura's default pass holds: crosscheck keeps the article.
    import trafilatura

    from crosscheck.ingest.html import html_to_raw

    story = " ".join(f"Sentence {i} of the tribute tells how the couple met and what the star wrote." for i in range(20))
    real = trafilatura.bare_extraction

    def two_passes(page, **kw):
        found = real(page, **kw)
        if kw.get("favor_precision"):
            found.text = "Skip to content"
        return found

    monkeypatch.setattr(trafilatura, "bare_extraction", two_passes)
    page = f"<html><head><title>A tribute</title></head><body><article><p>{story}</p></article></body></html>"
    assert "Sentence 7 of the tribute" in html_to_raw(page, "tribute.html", Limits()).text


def test_an_agency_behind_a_syndicated_page_by_its_desk_its_source_line_or_a_co_credit():
    from crosscheck.outlets import agency_of

    assert agency_of("Hamburg (dpa/lno) – Trotz eines Gesprächs bleiben die Fronten verhärtet.") == "dpa"
    assert agency_of("Wiesbaden (KNA/iz). Der Bundespräsident sieht eine Radikalisierung.") == "KNA"
    assert agency_of("Bruselas, 7 oct (EFE).- El alto representante consideró este miércoles ...") == "EFE"
    assert agency_of("Quelle: dpa-AFX\nNiedrige Zinsen ziehen junge Menschen an die Börse.") == "dpa"
    assert agency_of("The government announced on Saturday ...", "Colleen Example; The Associated Press") == "Associated Press"
    assert agency_of("Un point c'est tout pour les Red Devils.", "Par AFP publié le; Mis à jour à") == "Agence France-Presse"
    assert agency_of("El alto representante consideró ...", "Agencia Efe") == "EFE"
    # not an agency: a source named in a sentence, a person's name, a poll credited inside a sentence
    assert agency_of("WeWork is reportedly being investigated. According to Reuters, the questions include ...") is None
    assert agency_of("A text.", "Sid Example; Jane Doe") is None
    assert agency_of("In 2019 a poll for the paper (AFP). Later the figures changed.") is None
