"""Reports that carry only their web address: a page saved as text whose first line is its URL,
and a JSON line with a ``url`` and nothing else (the real-story evaluation read the publication day
and outlet of 0 of 27 such reports)."""

import json

from crosscheck.clean import clean_without_sentences
from crosscheck.ingest import read_inputs
from crosscheck.records import RawDocument

BODY = ("An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday, killing at least "
        "10 people and injuring many others, officials said.\n")


def _clean(path):
    docs = [d for d in read_inputs([str(path)]) if isinstance(d, RawDocument)]
    assert len(docs) == 1
    return docs[0], clean_without_sentences(docs[0])


def test_txt_with_leading_url_and_posted_line_gets_url_outlet_and_day(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("http://www.cbc.ca/news/world/strong-quake-hits-southern-iran-1.563290\n"
                 "Strong quake hits southern Iran\n"
                 "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 28, 2005 8:10 PM ET\n" + BODY, encoding="utf-8")
    raw, doc = _clean(p)
    assert raw.url == "http://www.cbc.ca/news/world/strong-quake-hits-southern-iran-1.563290"
    assert doc.outlet == "CBC"  # the broadcaster; its news, sports and other sites are all cbc.ca
    assert doc.published.date == "2005-11-27" and doc.published.basis == "header"
    assert doc.title == "Strong quake hits southern Iran"  # the title rule still works after the URL line
    assert doc.text.startswith("An earthquake") and "cbc.ca" not in doc.text and "Posted" not in doc.text


def test_txt_date_line_forms_before_the_body(tmp_path):
    for line, day in (("Sunday, November 27-2005 at 16:12", "2005-11-27"), ("Nov 28, 2005", "2005-11-28"),
                      ("November 28, 2005", "2005-11-28"), ("POSTED: 1052 GMT (1852 HKT), April 10, 2007", "2007-04-10"),
                      ("on April 30, 2008 at 4:31 AM, updated May 1, 2008 at 8:33 AM", "2008-04-30"),
                      ("11/28/05", "2005-11-28")):
        p = tmp_path / "b.txt"
        p.write_text(f"http://www.ameinfo.com/72760.html\nIranian earthquake tremor hits Dubai\n{line}\n{BODY}",
                     encoding="utf-8")
        _, doc = _clean(p)
        assert (line, doc.published.date) == (line, day)
        assert doc.outlet == "ameinfo.com"


def test_txt_numeric_date_line_read_the_way_its_url_confirms(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text("http://usatoday30.usatoday.com/news/nation/2007-04-09-office-shooting_N.htm\n"
                 "1 dead, 2 hurt in Mich. office shooting\nUpdated 4/9 / 2007 6:04 PM\n" + BODY, encoding="utf-8")
    _, doc = _clean(p)
    assert doc.published.date == "2007-04-09" and doc.outlet == "USA Today"


def test_txt_url_day_is_the_fallback_with_its_basis(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("http://articles.latimes.com/2005/nov/28/world/fg-quake28\n"
                 "Earthquake Levels Villages on Iranian Island of Qeshm\n" + BODY, encoding="utf-8")
    _, doc = _clean(p)
    assert doc.published.date == "2005-11-28" and doc.published.basis == "url"
    assert doc.outlet == "Los Angeles Times"


def test_txt_without_url_line_is_unchanged(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("Quake hits southern Iran\n" + BODY + "See http://example.com/2005/11/27/x for more.\n",
                 encoding="utf-8")
    raw, doc = _clean(p)
    assert raw.url is None and raw.outlet is None and doc.published.date is None


def test_date_like_body_line_is_not_a_date_line(tmp_path):
    p = tmp_path / "f.txt"
    p.write_text("http://example.org/story\nQuake hits southern Iran\n"
                 "In 2005 the island had 4/5 of its houses rebuilt by November 28, 2005 officials said\n" + BODY,
                 encoding="utf-8")
    _, doc = _clean(p)
    assert doc.published.date is None


def test_jsonl_url_only_gets_outlet_from_domain(tmp_path):
    p = tmp_path / "r.jsonl"
    rows = [{"text": BODY, "url": "https://www.nytimes.com/2018/04/29/world/europe/harbour-strike-ends.html?x=1"},
            {"text": BODY + "Two.", "url": "http://www.breitbart.com/news/dockers-vote-on-new-offer/"},
            {"text": BODY + "Three.", "url": "https://www.nytimes.com/2018/04/29/x.html", "outlet": "Given",
             "published": "2018-04-30"}]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs = [d for d in read_inputs([str(p)]) if isinstance(d, RawDocument)]
    assert [d.outlet for d in docs] == ["The New York Times", "Breitbart", "Given"]
    cleaned = [clean_without_sentences(d) for d in docs]
    assert (cleaned[0].published.date, cleaned[0].published.basis) == ("2018-04-29", "url")
    assert cleaned[1].published.date is None
    assert (cleaned[2].published.date, cleaned[2].published.basis) == ("2018-04-30", "metadata")


def test_a_date_line_that_reads_both_ways_takes_the_month_of_its_address(tmp_path):
    """Lead, twelfth session: "8/2 / 13" on a page whose address names August 2013 went to 8 February."""
    p = tmp_path / "g.txt"
    p.write_text("http://www.example-culture.com/2013/08/five-thoughts-on-the-host.html\n8/2 / 13 at 1:30 PM\n"
                 "Five thoughts on the new host\n" + BODY, encoding="utf-8")
    _, doc = _clean(p)
    assert doc.published.date == "2013-08-02"
    # both ways round (review of the twelfth session): the reading inside the address's month, day first or month first
    for month, line, day in (("2013/02", "02.08.13", "2013-02-08"), ("2013/08", "02.08.13", "2013-08-02"),
                             ("2013/09", "9/2/13", "2013-09-02"), ("2013/02", "9/2/13", "2013-02-09")):
        p.write_text(f"http://www.example-culture.com/{month}/five-thoughts.html\n{line}\nFive thoughts on the host\n"
                     + BODY, encoding="utf-8")
        _, doc = _clean(p)
        assert doc.published.date == day, (month, line)
    # an address whose slug reads as a day ("/2013/08/5-thoughts": the 5th) keeps its month's window
    p.write_text("http://www.example-culture.com/2013/08/5-thoughts-on-the-host.html\n8/2 / 13 at 1:30 PM\n"
                 "Five thoughts on the new host\n" + BODY, encoding="utf-8")
    _, doc = _clean(p)
    assert doc.published.date == "2013-08-02"
