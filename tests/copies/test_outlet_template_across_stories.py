"""Issue 14 item 4, twelfth session: an outlet's template learned from its reports of other stories.

A long reader comment (or a teaser, a widget) shown under two articles of one site is the site's furniture, not a
copy, though it recurs on two pages only, below the per-run template's floor. Reports of the outlet in other stories
(a store's) tell it apart from news: a passage its pages about different events carry word for word."""

from crosscheck import copies
from crosscheck.copies import CopySettings, find_copies, find_copies_and_passages
from crosscheck.copies.outlet_template import cross_story_template
from crosscheck.store import Store
from tests.copies.test_containment_and_sources import doc, prose

COMMENT = [
    "I have lived in this town for forty years and I can tell you that nobody at the council ever listens to people "
    "like us until something goes badly wrong, and then they hold a meeting and promise a review.",
    "My neighbour wrote three letters about the drains behind the school and got one reply, which thanked her for "
    "her interest and told her the matter had been passed to the relevant department.",
    "Before anyone blames the weather again, ask why the money set aside for repairs was spent on a new logo and a "
    "consultant's report that nobody outside the town hall has ever been allowed to read.",
    "Posted by Harbourwatcher at 9:41 pm | Report this comment | Reply",
]


def page(i, article, outlet="Daily Tide"):
    return doc(i, article + COMMENT, outlet=outlet)


def test_reader_comment_on_two_pages_is_the_outlets_template_given_its_other_stories():
    # Two short pages of one site about different things, the same long comment under each: the comment is most of
    # the smaller page, so on their own the two look like copies.
    a, b = page(1, prose(11, 3)), page(2, prose(12, 4))
    assert [sorted(g.documents) for g in find_copies([a, b])] == [["d1", "d2"]]
    # The site's page of another story carries the same comment: it is furniture, and the two are not copies.
    elsewhere = page(3, prose(13, 5))
    assert find_copies_and_passages([a, b], history=[("ferry-strike", elsewhere)])[0] == []


def test_a_wire_copy_stays_a_copy_when_the_outlet_files_the_story_under_another_story_too():
    # One outlet's article, reprinted by another outlet; the outlet filed the same article (with a reader comment
    # under it) in another story of the store: the article tells one story in both, so it is no furniture.
    article = prose(21, 12)
    own, reprint = doc(1, article, outlet="Daily Tide"), doc(2, article[:8], outlet="Coast Herald")
    filed_twice = doc(3, article + COMMENT, outlet="Daily Tide")
    found = find_copies_and_passages([own, reprint], history=[("harbour-inquiry", filed_twice)])[0]
    assert [sorted(g.documents) for g in found] == [["d1", "d2"]]


def test_history_of_other_outlets_changes_nothing():
    a, b = page(1, prose(11, 3)), page(2, prose(12, 4))
    other_site = page(3, prose(13, 5), outlet="Coast Herald")
    assert [sorted(g.documents) for g in find_copies_and_passages([a, b], history=[("x", other_site)])[0]] \
        == [["d1", "d2"]]


def test_a_stock_phrase_in_two_stories_is_not_template():
    # Seven words a newsroom writes in every story are no passage: only runs of run_shingles consecutive shingles.
    phrase = "the council said in a statement on"
    rows = []
    for story, seed in (("s1", 31), ("s2", 32)):
        text = " ".join(prose(seed, 2)) + " " + phrase + " " + " ".join(prose(seed + 10, 2))
        ordered = copies.ordered_shingles(text)
        rows.append((story, copies.sorted_unique(ordered), copies.in_text_order(ordered)))
    assert len(cross_story_template(rows, run=4)) == 0
    assert len(cross_story_template(rows, run=1)) > 0  # the phrase is shared: only the run length keeps it


def test_no_template_from_one_story():
    text = " ".join(prose(41, 3) + COMMENT)
    ordered = copies.ordered_shingles(text)
    rows = [("s1", copies.sorted_unique(ordered), copies.in_text_order(ordered))] * 2
    assert len(cross_story_template(rows)) == 0


def test_turned_off_by_template_stories_zero():
    a, b = page(1, prose(11, 3)), page(2, prose(12, 4))
    off = CopySettings(template_stories=0)
    found = find_copies_and_passages([a, b], off, history=[("ferry-strike", page(3, prose(13, 5)))])[0]
    assert [sorted(g.documents) for g in found] == [["d1", "d2"]]


def test_store_gives_the_outlets_reports_of_other_stories(tmp_path):
    a, b, c, d = page(1, prose(11, 3)), page(2, prose(12, 4)), page(3, prose(13, 5)), \
        page(4, prose(14, 5), outlet="Coast Herald")
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("harbour", [a, b])
        store.add_documents("ferry", [c, d, a])  # a is filed in both stories: never its own history
        history = store.outlet_history("harbour", {"Daily Tide"})
    assert [(story, x.id) for story, x in history] == [("ferry", "d3")]


def test_shared_topic_header_only_is_not_a_copy():
    # Two pages of one topic section open with the section's two-sentence header, then each its own article: the
    # shared text is their openings and nothing more (the opening rule asks for more than one opening's worth).
    header = ["Harbour wall repairs Engineers, the council and a crew of volunteers are racing to shore up the old "
              "harbour wall before the winter storms arrive on the east coast, where three villages flooded last year."]
    a, b = doc(1, header + prose(51, 5)), doc(2, header + prose(52, 4))
    settings = CopySettings()
    sa, sb = copies.shingles(a.text), copies.shingles(b.text)
    assert copies.measure(sa, sb)[1] >= settings.opening_containment  # the header alone is a fifth of the smaller
    assert find_copies([a, b]) == []
    assert [sorted(g.documents) for g in find_copies([a, b], CopySettings(opening_shared=0))] == [["d1", "d2"]]


MENU = ["Home News Sport Weather Business Opinion Culture Travel Puzzles Podcasts Newsletters Subscribe Sign in "
        "Search the Tide Today's paper Local councils Schools Courts Harbour and ferries Letters to the editor",
        "Follow us on the harbour channel and the coast network for the latest from every village on the estuary"]
FOOTER = ["About the Daily Tide Contact the newsroom Advertise with us Terms and conditions Cookie settings "
          "Complaints and corrections Accessibility Careers at the Tide Syndication and reprints Site map"]


def test_a_sites_menu_and_footer_on_every_page_are_learned_from_its_other_stories():
    # Whole pages (menu, article, footer) of one site: the menu over every page would make each page "tell" every
    # other story if openings were read from the top; they are read past what three stories or more carry.
    def site_page(i, seed, sentences):
        return doc(i, MENU + prose(seed, sentences) + FOOTER, outlet="Daily Tide")

    a, b = site_page(1, 61, 3), site_page(2, 62, 3)
    assert [sorted(g.documents) for g in find_copies([a, b])] == [["d1", "d2"]]
    history = [("storm-damage", site_page(3, 63, 5)), ("school-budget", site_page(4, 64, 4))]
    assert find_copies_and_passages([a, b], history=history)[0] == []


WIRE_BACKGROUND = [
    "The port authority has spent four years and most of its reserve fund on a breakwater that engineers first "
    "proposed after the winter floods, and the second phase has yet to be put out to tender.",
    "Fishing crews say the dredging has moved the sandbanks twice since the spring, and two boats ran aground on the "
    "northern channel before the harbour master marked it with new buoys.",
]


def test_a_wire_paragraph_an_outlet_reprints_in_every_story_stays_a_shared_passage():
    """Review of the twelfth session: the wire's background paragraph, reprinted by one outlet in each of its stories,
    was learned as that outlet's furniture, so the passage it shares with the wire's own report was lost and the two
    reports counted as independent."""
    tide = doc(1, prose(31, 6) + WIRE_BACKGROUND, outlet="Daily Tide")
    wire = doc(2, prose(32, 6) + WIRE_BACKGROUND, outlet="Gulf Wire")
    history = [("ferry-strike", doc(3, prose(33, 5) + WIRE_BACKGROUND, outlet="Daily Tide")),
               ("harbour-inquiry", doc(4, prose(34, 5) + WIRE_BACKGROUND, outlet="Daily Tide"))]
    _, passages = find_copies_and_passages([tide, wire], history=history)
    assert any({"d1", "d2"} <= set(p.documents) for p in passages), passages
