"""Publication dates of web pages, issue 15 session 5 (invented pages)."""

from crosscheck.ingest.dates import page_date


def test_a_republished_pages_canonical_address_day_beats_its_new_stamp():
    # A saved page with no URL of its own: its canonical link is the page's address, and a republished
    # page keeps its first address ("/2017/7/12/slug") while its metadata stamps the day of the re-post.
    page = ('<html><head><link rel="canonical" href="https://www.blog.example/home/2017/7/12/unter-uns"/>'
            '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Unter uns",'
            ' "datePublished": "2019-06-17T18:28:00+0200"}</script></head><body><article><h1>Unter uns</h1>'
            + "<p>Ein Strand ist ein Strand, sagt man, aber dieser ist anders als die anderen.</p>" * 5
            + "</article></body></html>")
    assert page_date(page, None).date == "2017-07-12"
    # and a page whose canonical address agrees keeps its stamp
    assert page_date(page.replace("2017/7/12", "2019/6/17"), None).date == "2019-06-17"


def test_the_sites_todays_date_in_its_top_bar_is_not_the_publication_day():
    # The top bar shows the day the page was saved ("Mittwoch, 8. Juli 2020"); the article shows its own.
    page = ('<html><head><title>Grenzen</title></head><body><div class="site-header__nav-top">'
            '<time class="nav-top--date">Mittwoch, 8. Juli 2020</time></div><article><h1>Grenzen</h1>'
            '<span class="publish-info">27.04.2020 - 18:50 Uhr</span>'
            + "<p>Der Partner wird zum Fremden, sagen die Leute an der Grenze seit Wochen.</p>" * 5
            + "</article></body></html>")
    assert page_date(page, None).date == "2020-04-27"
