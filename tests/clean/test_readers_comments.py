"""Issue 15 (item 3): readers' comments under a blog post or a "Your stories" page were kept by the cleaning,
so claims, quotes, entities and key dates read them as the report's (78 of Haiti's 553 timeline events were
comments of one day). The cleaning cuts them and keeps them in ``removed``; a report that only mentions
readers, or a call for comments in the middle of a page, keeps every paragraph. All texts are invented."""

import pytest

from crosscheck.clean import clean_document
from crosscheck.furniture import comments_start
from crosscheck.records import RawDocument

POST = ("The bridge over the Arden river reopened on Tuesday after three months of repairs.\n\n"
        "The county council said the work had cost 4 million pounds and finished a week early.")
COMMENTS = ("At 3:27 pm on 21 Feb 2011, RiverWatcher wrote: I drove over it this morning and it felt solid. "
            "My commute is twenty minutes shorter now.\n\n"
            "At 05:48 pm on 21 Feb 2011, Old_Millhand wrote: This comment was removed because the moderators "
            "found it broke the House Rules.\n\n"
            "At 7:03 pm on 21 Feb 2011, jen wrote: We waited far too long for this and I still think the council "
            "wasted our money.")


def clean(text):
    return clean_document(RawDocument(source="t", text=text, content_hash="e" * 64, format="txt"))


def comments_removed(doc):
    return [r.text for r in doc.removed if r.reason == "readers' comments"]


def test_readers_comments_below_a_blog_post_are_cut():
    d = clean(POST + "\n\n" + COMMENTS + "\n\nFor the latest updates across our blogs, see the feeds.")
    assert d.text == POST
    assert not any("wrote" in s.text or "commute" in s.text for s in d.sentences)
    [cut] = comments_removed(d)
    assert cut.startswith("At 3:27 pm on 21 Feb 2011, RiverWatcher wrote:") and "wasted our money" in cut


def test_readers_comments_in_tokenised_text_are_cut():
    """Timeline17's texts are tokenised: "At 10:12 pm on 9 Mar 2011 , LeedsLad wrote :"."""
    post = "The bridge reopened on Tuesday after three months of repairs . The council paid for it ."
    comments = ("At 10:12 pm on 9 Mar 2011 , RiverWatcher wrote : I drove over it and I liked it . "
                "At 01:34 am on 10 Mar 2011 , jen wrote : We waited too long for this . "
                "At 12:19 26th Apr 2009 , sam wrote : My town needs one too .")
    assert comments_start(f"{post} {comments}") == len(post) + 1
    assert clean(f"{post} {comments}").text == post


def test_your_stories_page_keeps_only_its_report():
    intro = ("It is feared hundreds died in the flood in Arden on Monday.\n\n"
             "Readers have been describing how the flood has affected them.")
    accounts = ("MARY STONE, ARDEN\n\nI was at home when the water came in. I carried my children upstairs and "
                "we waited on the roof until a boat came for us. My neighbours lost everything.\n\n"
                "TOM REED, LOWER ARDEN\n\nWe run a small shop by the river. Our stock is gone and I do not know "
                "how we will open again. I have never seen water like it in my life.")
    d = clean(f"{intro}\n\n{accounts}")
    assert d.text == "It is feared hundreds died in the flood in Arden on Monday."
    [cut] = comments_removed(d)
    assert cut.startswith("Readers have been describing") and "Our stock is gone" in cut


# A report that says readers have been describing something, a "Have your say" box in the middle of a page,
# one reader's comment quoted inside a report, a call for comments that ends a report: no comments follow.
KEPT_WHOLE = {
    "readers_have_been_describing_in_a_report": (
        "The flood in Arden has cut the town off from the rest of the county.\n\n"
        "Readers have been describing the damage on social media since Monday, the council said.\n\n"
        "The army sent two boats and a helicopter to the town on Tuesday, and the river fell by a metre "
        "overnight. Engineers will inspect the bridge on Wednesday before it is reopened to traffic.\n\n"
        "The county's chief executive, Ann Hale, said the clean-up would take months and cost millions. "
        "\"I have never seen damage like it,\" she said. The government has promised emergency funds."),
    "have_your_say_box_mid_page": (
        "The bridge over the Arden river reopened on Tuesday after three months of repairs.\n\n"
        "Have your say\n\n"
        "The county council said the work had cost 4 million pounds. Engineers replaced the deck and two of "
        "the piers, which had been cracked by the winter floods. Traffic was light on the first morning, the "
        "police said, and the road will be fully open to lorries from next week."),
    "one_comment_quoted_in_a_report": (
        "The council's blog drew hundreds of replies.\n\n"
        "At 3:27 pm on 21 Feb 2011, RiverWatcher wrote: the bridge is a waste of money.\n\n"
        "The council answered the post the next day. Its leader said the repairs had been planned for years "
        "and were paid for by a government grant, not by the county's tax payers. The opposition said it "
        "would ask for the accounts to be published before the next budget is voted in March."),
    "leave_a_comment_ending_a_report": (
        "These were the ten best gadgets of the year, from a folding phone to a pocket projector.\n\n"
        "Leave a comment and let us know what your favourite gadget of the year is."),
}


@pytest.mark.parametrize("text", KEPT_WHOLE.values(), ids=KEPT_WHOLE.keys())
def test_a_report_that_only_mentions_readers_keeps_every_paragraph(text):
    d = clean(text)
    assert d.text == text and not comments_removed(d)
