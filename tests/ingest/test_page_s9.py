"""Issue 15, ninth session: outlets by the written label policy (evaluation/data/OUTLETS.md); invented pages."""

import pytest

from crosscheck.ingest.dates import parse
from crosscheck.outlets import clean_name, page_outlet

BODY = "".join(f"<p>Paragraph {i} of the article says something long enough to count as prose here.</p>"
               for i in range(6))
OG = '<meta property="og:site_name" content="%s">'


def _outlet(head: str, url: str) -> str | None:
    tree = parse(f"<html><head><title>An invented headline of several words</title>{head}</head>"
                 f"<body>{BODY}</body></html>")
    return page_outlet(tree, url, "Paragraph 0 of the article says something.")[0]


@pytest.mark.parametrize("declared, url, expected", [
    ("Twin Cities", "https://www.twincities.com/2020/01/01/a/", "Twin Cities"),  # not "Twin Cities Pioneer Press"
    ("ZEIT ONLINE", "https://www.zeit.de/a/b", "ZEIT"),  # not "Die Zeit"
    ("Sky News", "https://news.sky.com/story/a-1", "Sky"),
    ("mirror", "https://www.mirror.co.uk/news/a-1", "Mirror"),  # in the known name's lettering
])
def test_a_known_outlet_does_not_replace_the_page_own_shorter_brand(declared, url, expected):
    # The known outlet's fixed spelling replaced the brand the page declares in its metadata, which the
    # label policy names: the publisher's brand as the page declares it.
    assert _outlet(OG % declared, url) == expected


@pytest.mark.parametrize("declared, url, expected", [
    ("usatoday", "https://eu.usatoday.com/story/a/", "USA Today"),  # the known name run together: known spelling
    ("WSJ", "https://www.wsj.com/articles/a-1", "The Wall Street Journal"),  # its initials
    ("AP News", "https://apnews.com/article/a-1", "Associated Press"),  # another name, not a form of it
    ("Hosted", "https://hosted.ap.org/a/1", "Associated Press"),  # a subdomain's word
    ("Express.co.uk", "https://www.express.co.uk/news/a/1", "Daily Express"),  # an address
    ("", "https://www.twincities.com/2020/01/01/a/", "Twin Cities Pioneer Press"),  # nothing declared
])
def test_a_known_outlet_keeps_its_spelling_where_the_page_declares_no_other_form(declared, url, expected):
    assert _outlet(OG % declared if declared else "", url) == expected


def test_a_city_after_the_outlet_whole_name_is_part_of_the_name():
    # "ABC13 Houston" on abc13.com became "ABC13" and "NEWS10 ABC" "NEWS10" ("ABC" is another name of a
    # town in the places data): a city after the name that spells the address is not one edition of an
    # outlet published in several.
    assert clean_name("KBEI7 Musterstadt", "kbei7.example") == "KBEI7 Musterstadt"
    assert clean_name("NEWS12 ABC", "news12.example") == "NEWS12 ABC"
    assert clean_name("Beispiel University", "beispiel.edu") == "Beispiel University"
    # Known loss: one city edition of an outlet published in several ("The Real Deal New York" on therealdeal.com,
    # labelled "The Real Deal") keeps its city too; nothing on the page tells the two kinds apart.
    # a country or a language is an edition
    assert clean_name("Beispiel Insider Deutschland", "beispielinsider.de") == "Beispiel Insider"
    assert clean_name("Beispiel Insider UK", "beispielinsider.co.uk") == "Beispiel Insider"
    assert clean_name("Beispiel Voices auf Deutsch", "beispielvoices.org") == "Beispiel Voices"


def test_a_section_word_after_the_name_the_address_spells_is_cut():
    # The JSON-LD publisher "SWR Sport" (og:site_name an address) on swr.de named the outlet by its section.
    assert clean_name("Beispielfunk Sport", "www.beispielfunk.de") == "Beispielfunk"
    assert clean_name("Beispiel Sports", "beispielsports.example") == "Beispiel Sports"  # the address holds the word


def test_a_title_after_a_three_word_headline_names_the_site_when_nothing_else_does():
    # No address, no metadata: "Kein Beispiel (diesmal) « Dr. Erika Muster" and "Wissen für Bastler | Bastelwerk"
    # named no outlet (the headline before the site name had to be four words long).
    from crosscheck.outlets import title_outlet

    assert title_outlet("Kein Beispiel (diesmal) « Dr. Erika Muster") == "Dr. Erika Muster"
    assert title_outlet("Knowledge for makers | Bastelwerk") == "Bastelwerk"
    assert title_outlet("Two words | Bastelwerk") is None  # a short first segment may be the site's own name
    assert title_outlet("Storm hits port | World") is None  # a section


def test_a_tagline_list_before_the_name_in_the_site_name_gives_way_to_the_name():
    # og:site_name "Boston News, Weather, Sports | WHDH 7News" on whdh.com was named by its tagline.
    assert clean_name("Musterstadt News, Weather, Sports | KBEI 9News", "kbei.example") == "KBEI 9News"
    # no list first: the first segment stays
    assert clean_name("Musterstadt Rundschau | KBEI 9News", "kbei.example") == "Musterstadt Rundschau"
