"""Publication days a saved page's own text or address gives (issue 20, round 7): a law firm's blog
byline that says when it was posted, a date joined by underscores in a file name, and a stamp line
with a clock time but no year. Each also has a case where no day must be read."""

from datetime import date

from crosscheck.clean import clean_without_sentences
from crosscheck.ingest import read_inputs
from crosscheck.ingest.address import url_published
from crosscheck.records import RawDocument

BODY = "A driver struck a cyclist at a crossing on the east side of town, police said on Thursday.\n"


def _clean(path):
    [raw] = [d for d in read_inputs([str(path)]) if isinstance(d, RawDocument)]
    return clean_without_sentences(raw)


def test_byline_that_says_when_it_was_posted_dates_the_page(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("http://www.example-law.com/blog/cyclist-hurt.shtml\nCyclist hurt at a crossing\n"
                 "On behalf of Roe & Poe, LLP. posted in Bicycle Accidents on Friday, September 20, 2013.\n" + BODY,
                 encoding="utf-8")
    assert _clean(p).published.date == "2013-09-20"


def test_posted_byline_with_a_wrong_weekday_or_a_sentence_gives_no_day(tmp_path):
    from crosscheck.clean import _byline_stamp

    assert _byline_stamp("posted in Bicycle Accidents on Thursday, September 20, 2013.") is None
    assert _byline_stamp("The video of the crash was posted on March 3, 2012.") is None


def test_date_joined_by_underscores_in_a_file_name_is_the_url_day():
    assert url_published("http://www.example.com/stories/2013/38/crash_web_2013_09_14_q.html").date == "2013-09-14"
    assert url_published("http://www.example.com/a/item_2013_9_1.html") is None


def test_stamp_line_without_a_year_dates_an_undated_report():
    from crosscheck.time import _dateline_day

    text = "http://example.org/article/x\nTEAM WINS TO CLINCH A BERTH\nDec. 24 4:33 AM EST\nThe team won on Sunday."
    assert _dateline_day(text, date(2012, 12, 23), None) == date(2012, 12, 24)
    assert _dateline_day("The team won on Dec. 24 at 4:33 AM in the snow.", date(2012, 12, 23), None) is None
