"""Publication dates of web pages, issue 15 session 5 (invented pages)."""

from datetime import date

from crosscheck.ingest.dates import PageDate, page_date, parse, shown_dateline


def _page(head: str, before: str, article: str, paragraph: str, after: str = "") -> str:
    """A page: ``head``, ``before`` the article, the article (its top, then five paragraphs), ``after`` it."""
    return (f"<html><head>{head}</head><body>{before}<article>{article}" + f"<p>{paragraph}</p>" * 5
            + f"</article>{after}</body></html>")


def test_a_republished_pages_canonical_address_day_beats_its_new_stamp():
    # A saved page with no URL of its own: its canonical link is the page's address, and a republished
    # page keeps its first address ("/2017/7/12/slug") while its metadata stamps the day of the re-post.
    page = _page('<link rel="canonical" href="https://www.blog.example/home/2017/7/12/unter-uns"/>'
                 '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Unter uns",'
                 ' "datePublished": "2019-06-17T18:28:00+0200"}</script>', "", "<h1>Unter uns</h1>",
                 "Ein Strand ist ein Strand, sagt man, aber dieser ist anders als die anderen.")
    assert page_date(page, None).date == "2017-07-12"
    # and a page whose canonical address agrees keeps its stamp
    assert page_date(page.replace("2017/7/12", "2019/6/17"), None).date == "2019-06-17"


def test_the_sites_todays_date_in_its_top_bar_is_not_the_publication_day():
    # The top bar shows the day the page was saved ("Mittwoch, 8. Juli 2020"); the article shows its own.
    page = _page("<title>Grenzen</title>", '<div class="site-header__nav-top"><time class="nav-top--date">'
                 "Mittwoch, 8. Juli 2020</time></div>",
                 '<h1>Grenzen</h1><span class="publish-info">27.04.2020 - 18:50 Uhr</span>',
                 "Der Partner wird zum Fremden, sagen die Leute an der Grenze seit Wochen.")
    assert page_date(page, None).date == "2020-04-27"


def test_a_day_first_slashed_byline_date_is_a_day_the_page_shows():
    # The found day (a script's "__Updated" stamp) is shown nowhere; the byline shows "17/02/2022", a day
    # over 12 first, so day first for certain, eight days away.
    page = _page('<title>Pubertät</title><script>var x = {"__Updated": "2022-02-09T11:04:09Z"};</script>', "",
                 "<h1>Pubertät</h1><div>Familie</div><div>17/02/2022</div>",
                 "Wenn die Tochter in die Pubertät kommt, ändert sich für die ganze Familie vieles.")
    found = PageDate("2022-02-09", "2022-02-09", "2022-02-09", "page", "htmldate fast")
    assert shown_dateline(parse(page), found, date(2026, 1, 1)).date == "2022-02-17"


def test_a_readers_comments_time_is_not_the_publication_day():
    page = _page("<title>Tomaten schneiden</title>", '<div class="kb-comment-box-middle">'
                 '<time datetime="2020-09-22T12:45:17+02:00">22.09.2020 12:45</time><p>Danke für den Tipp!</p>'
                 "</div>", '<h1>Tomaten schneiden</h1><span>von <a href="/user/m.html">Marianne1</a> am 20.09.2020'
                 "</span>", "Tomaten schneidet man am besten mit einem scharfen Messer mit Wellenschliff.")
    assert page_date(page, None).date == "2020-09-20"


def test_a_compact_day_ending_the_pages_address_beats_a_day_read_from_its_content():
    page = _page('<title>Megablaze under control</title><link rel="canonical" '
                 'href="https://www.news.example/World/News/megablaze-under-control-20200113"/>', "",
                 "<h1>Megablaze under control</h1><p>Tuesday, January 14, 2020</p>",
                 "Firefighters have brought the megablaze under control after weeks of work in the hills.")
    assert page_date(page, None).date == "2020-01-13"
