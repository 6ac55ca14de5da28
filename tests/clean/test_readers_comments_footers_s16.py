"""Issue 20v (sixteenth session): readers' comments marked by a FOOTER after each comment (a name, a time and the page's
buttons), by a site's notice or by a board's date header were read as the report's text: on the fresh Timeline17
stories a reader's "the response caused no deaths" was set against an explosion's 11 dead, a reader's world tally mixed
into one country's cases. ``furniture.comments_start`` finds them; the cleaning cuts them. All texts are invented."""

import pytest

from crosscheck.clean import clean_document
from crosscheck.furniture import comments_start
from crosscheck.records import RawDocument

COLUMN = ("The flood barrier on the Arden river failed on Monday and 14 people died in the lower town. The county "
          "council said the barrier had been inspected in March. Engineers blamed a cracked gate, the council said.")
# The first comment has no header: it stands between the report's end and the first footer.
FIRST_COMMENT = ("You have the facts wrong again. The council's response caused no deaths at all. Why do you blame "
                 "the engineers for a storm? I live by the river and we were warned in time.")
FOOTED = (" Posted by: riverfan | Sept 9, 2031 11:58 PM | Report abuse Nobody listens to us until it floods. "
          "I have lived here for forty years and it never got this bad. Posted by: millhand | Sept 10, 2031 "
          "0:41 AM | Report abuse")


def clean(text):
    return clean_document(RawDocument(source="t", text=text, content_hash="f" * 64, format="txt"))


def test_comments_with_footers_are_cut_from_the_first_comment_on():
    text = f"{COLUMN} {FIRST_COMMENT}{FOOTED}"
    assert comments_start(text) == len(COLUMN) + 1
    d = clean(text)
    assert d.text == COLUMN
    assert not any("no deaths" in s.text for s in d.sentences)
    assert [r.reason for r in d.removed] == ["readers' comments"]


def test_a_blog_boards_date_and_time_footers_are_cut():
    comments = ("You are all missing the point here! I live by the river and the water came up in an hour. "
                "Sept 9, 2031 at 11:58 pm | Report abuse | Reply We were lucky this time. "
                "Sept 10, 2031 at 0:41 am | Reply")
    assert comments_start(f"{COLUMN} {comments}") == len(COLUMN) + 1


def test_an_agency_notice_opens_the_comments():
    notice = "Views expressed in the comments do not bind the Arden Wire or its editors. "
    comments = "The toll is more than 50, my cousin counted them herself. I do not trust the council's figures."
    assert comments_start(f"{COLUMN} {notice}{comments}") == len(COLUMN) + 1
    assert "50" not in clean(f"{COLUMN} {notice}{comments}").text


@pytest.mark.parametrize("headers", [
    ("9th Sept 2031 - 23:58", "10th Sept 2031 - 00:41"),
    ("Added: Tuesday, 9 Sept, 2031, 23:58 GMT 23:58 UK", "Added: Wednesday, 10 Sept, 2031, 00:41 GMT 00:41 UK"),
])
def test_a_boards_date_headers_open_the_comments(headers):
    comments = (f"{headers[0]} The barrier was a waste of money from the start. "
                f"{headers[1]} My street was under water for two days and nobody came.")
    assert comments_start(f"{COLUMN} {comments}") == len(COLUMN) + 1


def test_a_shows_blog_viewers_answers_follow_its_question():
    post = "Tonight we ask whether the county should pay for a new barrier. "
    answers = "Wonder which ones made it on air? No, the river board should pay. I pay enough tax already."
    text = f"{COLUMN} {post}{answers}"
    assert comments_start(text) == len(f"{COLUMN} {post}")


def test_the_walk_back_from_a_footer_stops_at_a_transcript_or_an_attribution():
    """A column of a transcript or of attributed speech keeps every sentence: only the reader's own comment goes."""
    transcript = ("HOST: Will you rebuild the barrier this year? MAYOR: We will start in May and we hope to "
                  "finish before the winter storms.")
    comment = "I will believe it when I see it!"
    text = f"{COLUMN} {transcript} {comment} Sept 9, 2031 at 11:58 pm | Reply Another comment here."
    assert comments_start(text) == len(f"{COLUMN} {transcript}") + 1


def test_the_walk_back_from_a_footer_goes_no_further_than_a_first_comment():
    """A first-person column (an interview, a blog) before the first footer is not read as one long comment."""
    column = " ".join(["I think we have to rebuild the barrier higher than before, and I said so to the board."] * 20)
    text = f"{column} What a load of nonsense! Posted by: riverfan | Report as abusive"
    start = comments_start(text)
    assert start is not None and start >= len(column) - 1_000


KEPT_WHOLE = {
    # "posted by" inside a report's sentence, not a comment's footer
    "posted_by_in_a_sentence": (
        "A map posted by the county showed the flooded streets. The barrier failed on Monday, the council said. "
        "Engineers will inspect it on Tuesday before the river is opened to boats again."),
    # a post's own byline with a date, a time and a bar: no comment's buttons, no run of them
    "a_posts_byline": (
        "Sept 9, 2031 at 11:58 pm | The flood barrier on the Arden river failed and I watched it go from my window. "
        "The council said the barrier had been inspected in March, and engineers blamed a cracked gate."),
    # a report quoting the date of a board's post once: no run of headers
    "one_dated_line": (
        "The council's notice, dated 9th Sept 2031 - 23:58, told residents to leave. The barrier failed an hour "
        "later, and 14 people died in the lower town, the police said."),
    # a call for comments that may be published, no comments below it
    "comments_may_be_published": (
        "Write to the desk. Some of your comments could appear on air. The barrier failed on Monday "
        "and 14 people died, the police said. Engineers are at the site."),
}


@pytest.mark.parametrize("text", KEPT_WHOLE.values(), ids=KEPT_WHOLE.keys())
def test_a_report_without_comments_keeps_every_sentence(text):
    assert comments_start(text) is None
    assert clean(text).text == text
