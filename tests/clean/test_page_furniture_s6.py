"""Issue 15, sixth session: page furniture left in extracted article text, by class (invented pages)."""

import pytest

from crosscheck.clean import clean_without_sentences
from crosscheck.records import RawDocument

LEAD = ("The council voted on Tuesday to close the old bridge over the Arden river for repairs, "
        "the mayor said, after engineers found cracks in two of its piers.")
BODY = ("Traffic will be sent through the town centre until the work ends in March, and a ferry will "
        "carry people on foot across the river, the council said in a statement.")


def clean(text, **kw):
    return clean_without_sentences(RawDocument(source="t", text=text, content_hash="e" * 64, format="html", **kw))


def reasons(doc):
    return {r.reason for r in doc.removed}


@pytest.mark.parametrize("line", [
    "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
    "Mike Doe's book, \"Out There\", is out now. Follow him on Twitter @mikedoe. Follow us on Twitter @Example.",
    "Have a tip? Ann Roe may be reached at aroe@example.com. Follow her on Twitter @AnnRoe or on Facebook.",
])
def test_a_follow_prompt_inside_a_line_stayed_in_the_text(line):
    d = clean(f"{LEAD}\n\n{BODY}\n\n{line}")
    assert d.text == f"{LEAD}\n\n{BODY}" and "share or follow prompt" in reasons(d)


def test_a_sentence_about_following_someone_stays():
    line = "Thousands of fans began to follow him on Twitter after the match, and his club said it was delighted."
    assert line in clean(f"{LEAD}\n\n{line}\n\n{BODY}").text


@pytest.mark.parametrize("line", ["copyright Inexhibit 2019 - ISSN: 2283-5474",
                                  "© 2019 Example Media Ltd. All rights reserved."])
def test_a_copyright_line_stayed_in_the_text(line):
    d = clean(f"{LEAD}\n\n{BODY}\n\n{line}")
    assert d.text == f"{LEAD}\n\n{BODY}" and "copyright line" in reasons(d)


def test_an_unrendered_shortcode_widget_stayed_in_the_text():
    line = '[button link="http://example.com/submit/" type="big"] Send us YOUR review[/button]'
    d = clean(f"{LEAD}\n\n{BODY}\n\n{line}")
    assert d.text == f"{LEAD}\n\n{BODY}" and "unrendered shortcode (a page widget)" in reasons(d)


def test_teasers_inside_the_article_stayed_in_the_text():
    teasers = ["SEE MORE: Bridge protests: 800 drivers stuck in traffic", "DON'T MISS",
               "Mayor furious at council for bridge jibe [INSIGHT]|", "River rises again amid storm [VIDEO]"]
    d = clean("\n\n".join([LEAD, teasers[0], BODY, *teasers[1:], "The bridge opened in 1904."]))
    assert d.text == f"{LEAD}\n\n{BODY}\n\nThe bridge opened in 1904." and "teaser or related link" in reasons(d)


def test_a_bare_source_tag_is_no_teaser():
    assert "[CNBC]" in clean(f"{LEAD}\n\n[CNBC]\n\n{BODY}").text


@pytest.mark.parametrize("line", ["Updated at 1:23 p.m.", "Last updated: Nov 19, 2019 3:40 PM ET"])
def test_a_bare_update_stamp_stayed_in_the_text(line):
    body = "\n\n".join(f"{BODY} ({i})" for i in range(6))  # below the page's head, where a date line is the publication day
    d = clean(f"{LEAD}\n\n{body}\n\n{line}")
    assert d.text == f"{LEAD}\n\n{body}" and "update stamp" in reasons(d) and d.published.date is None


def test_a_call_for_comments_alone_ending_the_text_stayed():
    d = clean(f"{LEAD}\n\n{BODY}\n\nTell us what YOU think...")
    assert d.text == f"{LEAD}\n\n{BODY}" and "call for readers' comments" in reasons(d)


def test_a_list_of_related_headlines_after_the_article_stayed():
    items = ["- Deep Sea Probe Could Finally Map the Ocean Floor", "- Photos: Trench, the Darkest Place on Earth"]
    d = clean("\n\n".join([LEAD, BODY, *items]))
    assert d.text == f"{LEAD}\n\n{BODY}" and "teaser or related link" in reasons(d)


def test_a_list_ending_the_article_stays():
    items = ["- two eggs and a cup of flour", "- a pinch of salt", "- Bake for 20 minutes at 180C."]
    d = clean("\n\n".join([LEAD, BODY, *items]))
    assert all(item in d.text for item in items)


def test_a_press_release_about_its_publisher_stayed_in_the_text():
    about = ("Acme is a leading supplier of scheduling software and mobile workflow tools "
             "for hospitals.")
    home = "Acme is headquartered in Baar (Switzerland) and employs around 1,300 people worldwide."
    d = clean(f"BAAR, SWITZERLAND\n\n{LEAD}\n\n{BODY}\n\n{about}\n\n{home}", outlet="Acme")
    assert d.text == f"{LEAD}\n\n{BODY}" and d.dateline == "BAAR, SWITZERLAND"
    assert "the publisher's own description (press-release boilerplate)" in reasons(d)


def test_a_closing_sentence_naming_the_outlet_stays():
    line = "Reuters has not been able to verify the reports independently, and the ministry did not comment."
    assert line in clean(f"{LEAD}\n\n{BODY}\n\n{line}", outlet="Reuters").text


def test_the_headline_again_in_another_wording_stayed_in_the_text():
    d = clean(f"High School Roundup: Westfield beats Oakmont to stay unbeaten\n\n{LEAD}\n\n{BODY}",
              title="HS Roundup: Westfield beats Oakmont to stay unbeaten | Example Today")
    assert d.text == f"{LEAD}\n\n{BODY}" and "title repeated in the text (another wording)" in reasons(d)


def test_a_first_line_sharing_words_with_the_title_is_kept_when_a_sentence():
    d = clean(f"{LEAD}\n\n{BODY}", title="Council votes to close the old bridge over the Arden river")
    assert d.text == f"{LEAD}\n\n{BODY}"


@pytest.mark.parametrize("line,reason", [
    ("If you enjoyed this article, we have a proposition for you: Join EXPLUS. Members get all of our content, "
     "no paywalls or content meters.", "subscription appeal"),
    ("Filed under: Bridges |", "tags line"),
    ("Additional reporting by Joseph Doe", "credit line"),
])
def test_an_appeal_tags_or_credit_line_stayed_in_the_text(line, reason):
    d = clean(f"{LEAD}\n\n{BODY}\n\n{line}")
    assert d.text == f"{LEAD}\n\n{BODY}" and reason in reasons(d)


def test_a_republication_note_stays_and_the_related_list_before_it_goes():
    items = ["- 15 Amazing Images of Bridges", "- 11 Fascinating Facts About Our River"]
    d = clean("\n\n".join([LEAD, BODY, *items, "Originally published on Example Science."]))
    assert d.text == f"{LEAD}\n\n{BODY}\n\nOriginally published on Example Science."


def test_a_persons_hover_card_glued_into_a_sentence_was_kept():
    line = ("A man pleaded guilty to threatening Rep. Ann RoeAnn RoeValley news: Bill stalls | Senators call for a "
            "coordinator | Storm hits coast MORE (D-Minn.), the prosecutor's office said on Monday.")
    d = clean(f"{LEAD}\n\n{line}")
    assert "A man pleaded guilty to threatening Rep. Ann Roe (D-Minn.), the prosecutor's office said on Monday." in d.text
    assert "a person's hover card inside a sentence" in reasons(d)


def test_a_name_glued_to_a_capital_without_a_card_stays():
    line = "He met McDonald at the launch, and MORE than 300 people came to see the new iPhone on Friday."
    assert line in clean(f"{LEAD}\n\n{line}").text


# Issue 14, tenth session (part 2): Multi-News pages that are only Twitter's location widget (mn:8:1/2/4, mn:124:1/5)
# kept its notice through cleaning, so any two pages of one cluster looked like copies of each other.
@pytest.mark.parametrize("heading,notice", [
    ("Tweet with a location",
     "You can add location information to your Tweets, such as your city or precise location, from the web and via "
     "third-party applications. You always have the option to delete your Tweet location history. Learn more"),
    ("Add a location to your Tweets",
     "When you tweet with a location, Twitter stores that location. You can switch location on/off before each Tweet "
     "and always have the option to delete your location history. Learn more"),
])
def test_twitter_location_notice_stayed_in_the_text(heading, notice):
    page = clean(f"{heading}\n\n{notice}")
    assert page.text == "" and page.title is None
    assert "Twitter's location notice (a page widget)" in reasons(page)
    d = clean(f"{LEAD}\n\n{heading}\n\n{notice}\n\n{BODY}")
    assert d.text == f"{LEAD}\n\n{BODY}"


def test_a_report_on_twitter_location_history_stays():
    line = ("Twitter said on Tuesday that users will have the option to delete their location history, after "
            "regulators found that the app stored where people were when they tweeted.")
    assert line in clean(f"{LEAD}\n\n{line}\n\n{BODY}").text
