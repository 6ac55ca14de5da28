"""Issue 15, tenth session: outlets by the written label policy (evaluation/data/OUTLETS.md); invented pages."""

from crosscheck.ingest.dates import parse
from crosscheck.outlets import page_outlet

BODY = "".join(f"<p>Paragraph {i} of the article says something long enough to count as prose here.</p>"
               for i in range(6))


def _outlet(head: str, url: str | None, body: str = "", title: str = "An invented headline of several words"):
    tree = parse(f"<html><head><title>{title}</title>{head}</head><body>{body}{BODY}</body></html>")
    return page_outlet(tree, url, "Paragraph 0 of the article says something.")[0]


def test_a_site_name_like_a_sentence_that_the_title_also_gives_is_the_brand():
    # og:site_name "Das Leben, der Meister und ich..." was read as a headline (it ends with a full stop) and the
    # blog's address was given, though the title's site segment declares the same name.
    head = '<meta property="og:site_name" content="Mein Garten, mein Hund und ich...">'
    title = "Nebeltag. | Mein Garten, mein Hund und ich..."
    assert _outlet(head, "https://beispielgarten.wordpress.com/2020/01/24/nebeltag/", title=title) \
        == "Mein Garten, mein Hund und ich..."
    # an address as site name and title segment stays an address ("www.siegessaeule.de")
    address = '<meta property="og:site_name" content="www.beispielsaeule.de">'
    assert _outlet(address, "https://www.beispielsaeule.de/a/", title="Eine Schlagzeile — www.beispielsaeule.de") \
        != "www.beispielsaeule.de"
    # the same site name with no title to confirm it stays a headline: the address
    assert _outlet(head, "https://beispielgarten.wordpress.com/2020/01/24/nebeltag/") == "beispielgarten.wordpress.com"


def test_the_masthead_name_the_address_adds_a_medium_word_to_is_the_outlet():
    # "www.bike-magazin.de" as og:site_name and the logo "BIKE - Das Mountainbike Magazin": the address was given.
    head = '<meta property="og:site_name" content="www.rad-magazin.de">'
    logo = '<a href="/"><img src="/logo.svg" alt="RAD - Das Fahrradmagazin"></a>'
    assert _outlet(head, "https://www.rad-magazin.de/news/a-1", body=logo) == "RAD"
    # an address that is not a name and a medium word keeps its address
    assert _outlet(head.replace("rad-magazin", "radwelt"), "https://www.radwelt.de/news/a-1",
                   body=logo) == "radwelt.de"
    # a declared name, not an address, stays: "NBC News" on nbcnews.com beside the masthead's "NBC.COM"
    named = '<meta property="og:site_name" content="RAD News">'
    masthead = '<a href="/"><img src="/logo.svg" alt="RAD.COM"></a>'
    assert _outlet(named, "https://www.radnews.com/a-1", body=masthead) == "RAD News"


def test_a_page_with_no_address_and_no_name_takes_the_address_its_own_links_give():
    # A saved page with no URL, no canonical link and no site name had no outlet at all.
    from crosscheck.outlets import linked_host

    links = "".join(f'<a href="https://www.beispielreisen.de/seite-{i}/">Seite {i}</a>' for i in range(12))
    assert _outlet("", None, body=links) == "beispielreisen.de"
    # a name the page gives (its title's site segment) still comes first
    assert _outlet("", None, body=links, title="Ein langer Titel des Artikels « Dr. Erika Beispiel") \
        == "Dr. Erika Beispiel"
    tree = parse(f"<html><body>{links}<a href='https://other.example/'>x</a></body></html>")
    assert linked_host(tree) == "beispielreisen.de"
    # links to many sites name none
    spread = "".join(f'<a href="https://site{i}.example/">x</a>' for i in range(12))
    assert linked_host(parse(f"<html><body>{spread}</body></html>")) is None
    # an archived copy's links name the archived site, not the archive
    archived = "".join(f'<a href="https://web.archive.org/web/2013/http://beispielclan.de/{i}">x</a>'
                       for i in range(12))
    assert linked_host(parse(f"<html><body>{archived}</body></html>")) == "beispielclan.de"


def test_an_address_written_site_name_gives_way_to_the_publisher_the_title_names():
    # og:site_name "Philstar.com" and the JSON-LD publisher "Pilipino Star Ngayon", which the title's site
    # segment gives too: the address form was kept.
    head = ('<meta property="og:site_name" content="Beispielstar.com"><script type="application/ld+json">'
            '{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
            '"name": "Beispiel Bituin Ngayon"}}</script>')
    title = "A headline of several words here | Beispiel Bituin Ngayon"
    assert _outlet(head, "https://www.beispielstar.com/bbn/a/1", title=title) == "Beispiel Bituin Ngayon"
    # without the title's agreement the site name stands
    assert _outlet(head, "https://www.beispielstar.com/bbn/a/1") == "Beispielstar.com"


def test_the_title_site_name_comes_before_a_company_as_copyright_holder():
    # "© Perspective-Media" in the footer beat the title's "... : The Perspective" on theperspective.com.
    footer = "<footer><p>© 2019 Perspektiv-Media</p></footer>"
    title = "Items We Never Knew We Wanted : The Perspektiv"
    assert _outlet("", "https://ext.theperspektiv.com/items/", body=footer, title=title) == "The Perspektiv"


def test_a_section_site_name_gives_way_to_the_publisher_the_address_starts():
    # og:site_name "detikHealth" on health.detik.com, JSON-LD publisher "detikcom": the section was given.
    head = ('<meta property="og:site_name" content="beispielHealth"><script type="application/ld+json">'
            '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "beispielcom"}}</script>')
    assert _outlet(head, "https://health.beispiel.com/a/1") == "beispielcom"


def test_the_country_code_of_the_address_after_a_name_is_an_edition():
    # "HuffPost UK" on huffingtonpost.co.uk was kept whole ("HuffPost" does not spell the address).
    head = '<meta property="og:site_name" content="BeiPost UK">'
    assert _outlet(head, "https://www.beispielpost.co.uk/entry/a") == "BeiPost"
    assert _outlet(head, "https://www.beispielpost.com/entry/a") == "BeiPost UK"  # not the address's country


def test_a_shorter_publisher_name_stays_beside_the_title_longer_one():
    # JSON-LD publisher "Abendzeitung" (no og) and the title's and logo's "Abendzeitung München" on
    # abendzeitung-muenchen.de: the title's longer name replaced the declared one.
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
            '{"@type": "Organization", "name": "Beispielzeitung"}}</script>')
    logo = '<a href="/"><img src="/logo.svg" alt="Beispielzeitung München"></a>'
    title = "Ein Trainer in der Kritik: eine Legende findet klare Worte | Beispielzeitung München"
    assert _outlet(head, "https://www.beispielzeitung-muenchen.de/sport/a", body=logo, title=title) \
        == "Beispielzeitung"


def test_a_team_as_copyright_holder_names_the_site_without_the_word_team():
    links = "".join(f'<a href="https://www.beispielklima-global.de/p/{i}/">x</a>' for i in range(12))
    footer = "<footer><p>© 2021 Team BEISPIELKLIMA GLOBAL</p></footer>"
    assert _outlet("", None, body=links + footer) == "BEISPIELKLIMA GLOBAL"


def test_a_section_after_the_name_the_address_spells_is_cut():
    # og:site_name "POPSUGAR Smart Living UK" on popsugar.co.uk/smart-living/...: the section was kept.
    head = '<meta property="og:site_name" content="BEISPIELPOP Smart Living">'
    assert _outlet(head, "https://www.beispielpop.com/smart-living/Cheap-Costumes-42") == "BEISPIELPOP"
    assert _outlet(head, "https://www.beispielpop.com/news/Cheap-Costumes-42") == "BEISPIELPOP Smart Living"
    # a place as the address's first segment is the outlet's city, not a section ("General-Anzeiger Bonn", ga.de/bonn/)
    city = '<meta property="og:site_name" content="Beispiel-Anzeiger Bonn">'
    assert _outlet(city, "https://www.beispiel-anzeiger.de/bonn/stadt-bonn/a-1") == "Beispiel-Anzeiger Bonn"


def test_a_title_site_name_written_without_spaces_that_the_copyright_holder_starts_with():
    # "益阳：“数字”是优长-半月谈" and "© 半月谈杂志社" on banyuetan.org: the bare address was given.
    footer = "<footer><p>Copyright © 2020 例子谈杂志社</p></footer>"
    assert _outlet("", "http://www.liziyuetan.org/a/1.html", body=footer, title="益阳：数字是优长-例子谈") == "例子谈"
