"""Reading real pages right (issue 15): publication date, outlet and agency, the article's own text."""

from datetime import date

from crosscheck.clean import clean_without_sentences
from crosscheck.ingest.common import Limits
from crosscheck.ingest.dates import page_date, strip_archive, url_month
from crosscheck.ingest.html import html_to_raw
from crosscheck.outlets import clean_name, page_outlet, same_outlet, title_outlet
from crosscheck.ingest.dates import parse

TODAY = date(2026, 11, 30)
BODY = "".join(f"<p>Paragraph {i} of the article says something long enough to count as prose here.</p>"
               for i in range(6))


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_json_ld_date_published_wins_over_a_sidebar_date():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-07-09T10:04:04Z"}</script>'
    body = BODY + '<aside><time datetime="2021-01-01">Jan 1, 2021</time></aside>'
    found = page_date(_page(head, body), today=TODAY)
    assert found.date == "2020-07-09" and found.basis == "metadata"


def test_capture_date_of_an_archive_is_not_the_publication_date():
    head = '<meta property="article:published_time" content="2019-03-05T12:00:00+01:00">'
    page = ("<!-- BEGIN WAYBACK TOOLBAR INSERT --><div>captured 2021-08-20</div>"
            "<!-- END WAYBACK TOOLBAR INSERT -->" + _page(head)
            + '<script>__wm.init("https://web.archive.org/web/20210820205919/");</script>')
    assert "20210820" not in strip_archive(page)
    assert page_date(page, today=TODAY).date == "2019-03-05"


def test_url_with_only_year_and_month_gives_month_bounds():
    found = url_month("https://example.org/2021/02/some-story", TODAY)
    assert found.date is None and (found.earliest, found.latest) == ("2021-02-01", "2021-02-28")
    assert found.basis == "url"


def test_page_with_no_date_gets_month_bounds_from_its_url():
    found = page_date(_page("<title>x</title>", "<p>No date anywhere.</p>"), "https://ex.org/news/2019/11/x",
                      today=TODAY)
    assert found.date is None and found.earliest == "2019-11-01"


def test_headline_title_is_never_an_outlet():
    assert clean_name("Cat found in New Mexico after going missing in Oregon for five long years now") is None
    assert title_outlet("Nytimes.com - Storm floods the port as thousands flee") == "Nytimes.com"
    assert same_outlet("TheHill", "The Hill") and same_outlet("cleveland", "cleveland.com")


def test_site_name_from_metadata_and_the_agency_behind_a_syndicated_page():
    head = '<meta property="og:site_name" content="Yahoo News"><link rel="canonical" href="https://news.yahoo.com/x">'
    tree = parse(_page(head))
    outlet, agency = page_outlet(tree, None, "WASHINGTON (AP) — The Senate voted on Tuesday.")
    assert outlet == "Yahoo News" and agency == "Associated Press"


def test_agency_own_site_is_not_syndicated():
    tree = parse(_page('<meta property="og:site_name" content="Reuters">'))
    assert page_outlet(tree, "https://www.reuters.com/a", "LONDON (Reuters) - Shares fell.") == ("Reuters", None)


def test_outlet_from_the_domain_when_the_page_names_none():
    tree = parse(_page("<title>Storm floods the port - Some words here</title>"))
    outlet, _ = page_outlet(tree, "https://www.kiow.com/2020/10/26/x", "Text.")
    assert outlet == "kiow.com"


def test_news_agency_lead_paragraph_is_kept():
    body = ("<p>HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper said Wednesday that the U.S. is "
            "providing Vietnam with another ship to help it patrol.</p>" + BODY)
    raw = html_to_raw(_page('<meta property="og:site_name" content="Houston Chronicle">', body), "p.html", Limits())
    doc = clean_without_sentences(raw)
    assert doc.text.startswith("U.S. Defense Secretary Mark Esper said Wednesday")
    assert doc.dateline.startswith("HANOI, Vietnam (AP)") and doc.agency == "Associated Press"
    assert doc.outlet == "Houston Chronicle"


def test_help_keep_sentence_is_not_a_donation_appeal():
    raw = html_to_raw(_page("", "<p>Summary Fiber can help keep you feeling full to reduce calorie intake.</p>" + BODY),
                      "p.html", Limits())
    doc = clean_without_sentences(raw)
    assert "Fiber can help keep you feeling full" in doc.text


def test_rows_repeated_down_a_list_are_the_articles_own():
    rows = "".join(f"<p>Meal {i}</p><p>Eat every 2-3 hours</p><p>Item {i} of the plan for the day.</p>"
                   for i in range(4))
    raw = html_to_raw(_page("", BODY + rows), "p.html", Limits())
    doc = clean_without_sentences(raw)
    assert doc.text.count("Eat every 2-3 hours") == 4
    assert not [r for r in doc.removed if r.reason == "repeated line"]


def test_byline_date_wins_over_sidebar_and_script_dates():
    page = ('<html><head><title>Storm floods port - Gulf Herald</title></head><body>'
            '<article><h1>Storm floods port</h1><p class="byline">By Jane Roe, March 14, 2024</p>' + BODY
            + '</article><aside><h3>Latest</h3><ul><li>Other story, June 2, 2026</li><li>Another, June 3, 2026</li>'
            '</ul></aside><script>var captured = "2026-06-03T10:00:00Z";</script></body></html>')
    found = page_date(page, today=TODAY)
    assert found.date == "2024-03-14" and found.basis == "page"
