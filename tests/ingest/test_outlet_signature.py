"""Lead, twelfth session: plain texts with no address and no metadata had no outlet, though they sign themselves
("(CNN) ..." after a caption, a share link of the outlet's own, "Originally published on ...", the reporter's
address); and a site of its own under a known domain took the parent's name ("Yahoo" for voices.yahoo.com).
Texts are invented."""

from crosscheck.clean import clean_without_sentences
from crosscheck.outlets import known_outlet, text_outlet
from crosscheck.records import RawDocument

BODY = ("The river broke its banks at dawn and flooded the lower town, the mayor said. About 300 homes were "
        "evacuated and two bridges were closed to traffic until the water falls.")


def _outlet(text):
    raw = RawDocument(source="a.txt", content_hash="h", format="text", text=text)
    return clean_without_sentences(raw).outlet


def test_a_dateline_tag_after_a_caption_names_the_outlet():
    assert _outlet("Volunteers filled sandbags along the main street of Riverton through the night on Monday.\n\n"
                   "RIVERTON (AP) — " + BODY) == "AP"
    assert _outlet("(CNN) " + BODY) == "CNN"
    assert _outlet("Story highlights\n\nThe river rose two metres\n\nRiverton, Oregon (CNN) " + BODY) == "CNN"


def test_signatures_at_the_end_name_the_outlet():
    assert _outlet(BODY + "\n\nShare this story: https://usat.ly/3xYzAbc") == "USA Today"
    assert _outlet(BODY + "\n\nOriginally published on Space.com.") == "Space.com"
    assert _outlet(BODY + "\n\njsmith@nydailynews.com") == "New York Daily News"


def test_no_signature_no_outlet():
    assert _outlet(BODY + "\n\nThe minister told CNN that help was on its way. (Reuters) reported more rain.") is None
    assert _outlet(BODY + "\n\nContributing: Associated Press") is None
    assert _outlet("Springfield (PA) — " + BODY) is None  # a state, not PA Media
    assert _outlet(BODY + "\n\nreader.name@gmail.com") is None  # a mail provider is no outlet
    assert text_outlet(["A long report.", "Share it: https://bit.ly/3abc"]) is None  # anyone's shortener


def test_a_site_under_a_known_domain_keeps_its_own_name():
    assert known_outlet("voices.yahoo.com") == "Yahoo Voices"
    assert known_outlet("sports.yahoo.com") == "Yahoo Sports"
    assert known_outlet("edition.cnn.com") == "CNN"  # an edition is the site itself
    assert known_outlet("uk.reuters.com") == "Reuters"
    assert known_outlet("blogs.wsj.com") == known_outlet("wsj.com")
    assert known_outlet("articles.latimes.com") == "Los Angeles Times"  # a paper's subdomain is a section of it


def test_review_s12_signatures_that_name_no_outlet():
    """Review of the twelfth session: each of these named an outlet, and two unrelated reports ending alike ("This
    story was first published on Monday.") became one source."""
    assert _outlet(BODY + "\n\nThis story was first published on Monday.") is None
    assert _outlet(BODY + "\n\njsmith@stanford.edu") is None
    assert _outlet(BODY + "\n\neditor@web.de") is None
    assert _outlet(BODY + "\n\nRead the full story at The New York Times: https://nyti.ms/2xYzAb") is None
    assert _outlet("Here is how the network reported the flood on Monday:\n\nRIVERTON, Oregon (CNN) " + BODY) is None
    assert known_outlet("de.yahoo.com") == "Yahoo" and known_outlet("login.yahoo.com") == "Yahoo"


def test_review_s12_datelines_of_any_script_and_a_figure_first():
    caption = "Volunteers filled sandbags along the main street through the night on Monday.\n\n"
    assert _outlet(caption + "WASHINGTON (AP) — 300 homes were evacuated on Monday, officials said.") == "AP"
    assert _outlet(caption + "München (dpa) - Über 300 Häuser wurden am Montag evakuiert, sagte die Polizei.") == "dpa"
    assert _outlet(caption + "Rio de Janeiro (Reuters) - Police said on Monday that 20 people died.") == "Reuters"
    assert _outlet(caption + "the minister said (Reuters) - that 20 people died in the floods on Monday.") is None
