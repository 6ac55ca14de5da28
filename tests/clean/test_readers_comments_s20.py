"""Issue 20c (twentieth session): comment threads of two more footer formats were read as the report's text.

- a political blog's footer that prints the time twice: "Sept 9, 2031 11:58 pm at 11:58 pm |" (the s16 rule knew
  "Sept 9, 2031 at 11:58 pm |" only);
- a blog engine's "Posted by NAME on Sept 9, 2031 11:58 PM." after each comment (and a travel page's "Posted by NAME
  9 Sept 2031" under readers' tips), which a list of a site's posts also prints, one line under another, with no
  comment between: that list is not cut (a name with an initial, "Ann B. Cole", once broke the line in two);
- a first comment opening with a title ("Sen. Hale and Sen. Moor are ...") was cut after the title's stop.

All texts are invented."""

from crosscheck.clean import clean_document
from crosscheck.furniture import comments_start
from crosscheck.records import RawDocument

REPORT = ("The flood barrier on the Arden river failed on Monday and 14 people died in the lower town. The county "
          "council said the barrier had been inspected in March. Engineers blamed a cracked gate, the council said.")


def clean(text):
    return clean_document(RawDocument(source="t", text=text, content_hash="e" * 64, format="txt"))


def test_footers_that_print_the_time_twice_are_cut_from_the_first_comment_on():
    comments = ("Nobody died because of the council, stop blaming them!!! Sept 9, 2031 11:58 pm at 11:58 pm | "
                "I live by the river and we had two days of warning. Sept 10, 2031 00:41 am at 0:41 am | "
                "Why does nobody ask the engineers? Sept 10, 2031 01:02 am at 1:02 am |")
    text = f"{REPORT} {comments}"
    assert comments_start(text) == len(REPORT) + 1
    d = clean(text)
    assert d.text == REPORT
    cut = [r for r in d.removed if r.reason == "readers' comments"]
    assert len(cut) == 1 and len(cut[0].text) == len(comments)  # the record says how much was cut: all of it


def test_a_blog_engines_posted_by_footers_are_cut():
    comments = ("Is this the same council that said the gate was fine in March? I do not believe a word of it. "
                "Posted by River Fan on Sept 9, 2031 11:58 PM. The toll is more than 50, my cousin counted them. "
                "Posted by millhand on Sept 10, 2031 00:41 AM. We were lucky this time and I know it. "
                "Posted by Ann B. Cole on Sept 10, 2031 01:02 AM.")
    text = f"{REPORT} {comments}"
    assert comments_start(text) == len(REPORT) + 1
    assert "50" not in clean(text).text


def test_readers_tips_under_a_travel_page_are_cut_at_the_first_footer():
    tips = ("Posted by islandhopper 2 May 2031 The ferry leaves twice a day and the beach is quiet in May. "
            "Posted by sandyroads 22 Jan 2031")
    text = f"{REPORT} {tips}"
    assert comments_start(text) == len(REPORT) + 1


def test_a_list_of_a_sites_posts_is_not_a_comment_thread():
    # An opinion panel's question, then its contributors' posts listed one under another: no comment between two
    # lines; the question's own questions must stay (a walk back from a "footer" would read them as a reader's).
    text = ("Is the flood a failure of planning? The Arden barrier failed on Monday. Who should pay for a new one? "
            "Posted by Tom Reed and Ann Lowe on Sept 9, 2031 10:20 AM Posted by Ann B. Cole, on Sept 9, 2031 9:37 AM "
            "Posted by Willis E. Marsh, on Sept 8, 2031 4:36 PM Posted by Jo Park, on Sept 8, 2031 1:16 PM")
    assert comments_start(text) is None
    assert "Who should pay" in clean(text).text


def test_a_first_comment_opening_with_a_title_is_cut_whole():
    comment = ("Sen. Hale and Sen. Moor are right about this and that's good! We need the barrier rebuilt before "
               "winter. ")
    footers = "Sept 9, 2031 11:58 pm at 11:58 pm | Build it now! Sept 10, 2031 00:41 am at 0:41 am |"
    text = f"{REPORT} {comment}{footers}"
    assert comments_start(text) == len(REPORT) + 1


def test_an_article_about_comments_keeps_every_sentence():
    # A report ABOUT readers' comments, quoting a post and its time: one "posted by ... on" line, no run, no buttons.
    text = ("The county council closed the comments under its flood notice on Tuesday after 300 readers posted "
            "within an hour. The notice, posted by the council's press office on Sept 9, 2031 at 11:58 pm, said the "
            "barrier had been inspected in March. \"We read every comment,\" a spokeswoman said. Several readers "
            "wrote that they had been warned in time; others asked who would pay for a new barrier. "
            "The council said it would answer the questions at a meeting on Friday.")
    assert comments_start(text) is None
    d = clean(text)
    assert not [r for r in d.removed if r.reason == "readers' comments"]
    assert d.text.endswith("at a meeting on Friday.")
