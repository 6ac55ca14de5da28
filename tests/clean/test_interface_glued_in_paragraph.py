"""Issue 14, eleventh session: a site's interface glued into the article's paragraph (an edition picker, a comment
system's legend, a market-data delay notice, a search header) was kept, so two pages of one outlet sharing only it were
joined as copies. Invented pages; the interface sentences are written for the test in the shape of each class."""

from crosscheck.boilerplate import without_interface_runs
from crosscheck.clean import clean_without_sentences
from crosscheck.copies import CopySettings, find_copies
from crosscheck.records import RawDocument

from ..copies.test_containment_and_sources import doc

LEAD = ("The council voted on Tuesday to close the old bridge over the Arden river for repairs, "
        "the mayor said, after engineers found cracks in two of its piers.")
OTHER = ("A freight company based in the harbour said on Monday it had bought two cargo ships from a "
         "rival for an undisclosed sum, adding about a fifth to its fleet.")

DELAY = ("Share prices on this page delayed by at least 15 minutes. Bond prices delayed by at least 30 minutes. "
         "For a complete list of exchanges and delays, please click here.")
EDITION = ("You've selected the Europe edition. Would you like to make this your default edition? YES | NO "
           "What do you think of this story? Select one of the options below. Your feedback will help our editors.")
COMMENTS = ("This commenter is one of our reporters. This commenter is a regular guest writer. "
            "You must be logged in to report a comment. All comments are posted in the main tab.")


def clean(text):
    return clean_without_sentences(RawDocument(source="t", text=text, content_hash="e" * 64, format="txt"))


def test_interface_runs_inside_a_paragraph_are_cut_with_their_reason():
    for widget in (DELAY, EDITION, COMMENTS):
        d = clean(f"{widget} {LEAD}")
        assert d.text == LEAD, widget
        assert any(r.reason.startswith("the site's interface") for r in d.removed)
        d = clean(f"{LEAD} {widget}")
        assert d.text == LEAD, widget


def test_one_interface_phrase_in_an_article_sentence_stays():
    line = ("Investigators said the hackers had logged in to the council's system with a stolen password, "
            "and residents were told to click on nothing in e-mails about the bridge.")
    assert without_interface_runs(f"{LEAD} {line}") == (f"{LEAD} {line}", [])


def test_the_article_sentence_before_a_comment_form_stays():
    text = f"{LEAD} ( required, but will not be displayed ) Comments are welcome under our Terms of Service. " \
           "You agree that anything you post may be used under our Privacy Policy."
    kept, cut = without_interface_runs(text)
    assert kept == LEAD and len(cut) == 1


def test_two_pages_sharing_only_an_interface_widget_are_not_copies():
    pages = [f"{DELAY} {LEAD} {EDITION}", f"{DELAY} {OTHER} {EDITION}"]
    raw = [doc(k, [p], "Example") for k, p in enumerate(pages)]
    assert find_copies(raw, CopySettings())  # the widget alone made them copies
    cleaned = [doc(k, [clean(p).text], "Example") for k, p in enumerate(pages)]
    assert find_copies(cleaned, CopySettings()) == []


def test_a_story_about_a_site_s_sign_up_terms_stays():
    line = ("The company changed its terms of service on Monday. Users who sign up after June must accept that their "
            "posts can be used to train its software, and its privacy policy now says so.")
    assert without_interface_runs(f"{LEAD} {line}") == (f"{LEAD} {line}", [])


def test_news_told_about_a_sites_interface_stays_whole():
    """Review s11: reported news about sign-ins, passwords or delayed quotes was cut as interface, and a whole sentence
    between two such ones went with it. Paragraphs written for the test."""
    for text in (
            "The bank told customers to click on no links. It urged them to reset your password through the website, "
            "a spokesman said.",
            "Police said the suspect told victims to click here to claim a prize. The mayor resigned on Tuesday after "
            "a long row over the budget. Residents were told to sign up for alerts, the council said."):
        assert without_interface_runs(text) == (text, []), text
