"""The brief and the title never carry a page's widget, an agency's title-case dateline, a dated or verbless caption, or
a headline glued before a lead that opens on a name (issue 20, item 7; the eighteenth session's labelling of the dev
briefs and titles). Every sentence here is invented."""

from crosscheck.brief import write_brief
from crosscheck.caption import reads_as_caption
from crosscheck.furniture import glued_headline_end, is_furniture, lead_of, without_dateline
from crosscheck.records import Sources
from crosscheck.report.title import story_title
from tests.brief.test_brief import doc


def test_a_title_case_agency_dateline_is_cut_off():
    assert without_dateline("Varna (CNN) Rescue crews reached the flooded villages north of the port on Friday.") \
        == "Rescue crews reached the flooded villages north of the port on Friday."
    assert without_dateline("Varna, Bulgaria (Reuters) - Rescue crews reached the flooded villages on Friday.") \
        == "Rescue crews reached the flooded villages on Friday."
    # a party's or a state's letters in brackets after a name are no agency
    same = "Senator Ana Ruiz (D-Va.) said the flood money would reach Varna by Friday."
    assert without_dateline(same) == same


def test_a_view_images_button_a_story_highlights_list_and_a_player_close_button_are_furniture():
    assert is_furniture("View Images Originally the two moons had the same share of heavy water in their ice.")
    assert is_furniture("Story highlights The mayor's comments are her first on the flood since Friday")
    assert is_furniture("CLOSE The port says it is changing how ships unload.")
    assert not is_furniture("Close to 500 people were moved from their homes in Varna on Friday.")
    assert not is_furniture("Visitors can view images of the flood at the town museum until May.")


def test_a_gallery_run_before_the_lead_is_cut_at_its_view_photos_button():
    text = ("1 of 8 Full Screen Autoplay Close Skip Ad × Crews clear a road near a village View Photos "
            "Wildlife officials in Varna shot the escaped bear after it injured a hiker, a spokesman said.")
    assert lead_of(text) == "Wildlife officials in Varna shot the escaped bear after it injured a hiker, a spokesman said."


def test_a_caption_ending_on_the_pictures_date_reads_as_caption():
    assert reads_as_caption("Smoke is blown off the roof of the warehouse near the port of Varna, March 13, 2026.")
    assert reads_as_caption("A guard carries a bear cub into its enclosure at the reserve near Varna, on March 3, 2026.")
    # the news in the past, or a verb of expecting, with the same ending: no caption
    assert not reads_as_caption("The river flooded the old town of Varna, Bulgaria, on March 13, 2026.")
    assert not reads_as_caption("The water is expected to reach the port of Varna, on March 13, 2026.")


def test_a_verbless_picture_label_reads_as_caption():
    assert reads_as_caption("Flood water in the streets of the old town near the port of Varna.")
    assert not reads_as_caption("Flood water rose in the streets of the old town near the port of Varna.")


def test_a_headline_glued_before_a_lead_that_opens_on_a_name_is_cut_off():
    glued = ("Aid pledges to triple flood crews in Varna Mayor Ana Ruiz has ordered a tripling of flood crews in the "
             "districts where the river broke its banks.")
    assert glued[glued_headline_end(glued):].startswith("Mayor Ana Ruiz has ordered")
    bill = "Port flood bill reaches $45m VarnaPort says the flood in the harbour has cost it $45m so far this spring."
    assert bill[glued_headline_end(bill):].startswith("VarnaPort says")
    # a lead with an article, or one whose words after the name share nothing with those before: no headline
    for same in ("The mayor met Governor Ana Ruiz at the flooded port of Varna on Friday to ask for more crews.",
                 "Flood crews working through the night in Varna helped Governor Ana Ruiz reopen two bridges by Friday.",
                 "Senator Luis Ortega edged out rival Ana Ruiz in Varna's runoff, a reversal from eight years ago."):
        assert glued_headline_end(same) == 0


def test_the_brief_shows_the_lead_not_the_headline_glued_before_it():
    glued = ("Aid pledges to triple flood crews in Varna Mayor Ana Ruiz has ordered a tripling of flood crews in the "
             "districts where the river broke its banks.")
    docs = [doc(1, [glued, "The river broke its banks in Varna on Friday and flooded 3,000 homes, the mayor said."]),
            doc(2, ["Mayor Ana Ruiz of Varna ordered a tripling of flood crews on Friday after the river flooded homes."])]
    brief = write_brief(docs, [], [], Sources(), max_sentences=3)
    assert brief and all(not b.text.startswith("Aid pledges") for b in brief)


def test_a_title_never_opens_on_a_caption_told_as_a_sentence():
    caption = "Smoke is blown off the roof of the warehouse near the port of Varna, March 13, 2026."
    lead = "A fire destroyed a warehouse at the port of Varna on Friday, the fire service said."
    reports = [("d1", None, "A", caption + " " + lead), ("d2", None, "B", caption + " More text follows here now."),
               ("d3", None, "C", "A fire destroyed the port warehouse in Varna on Friday, officials said.")]
    brief = [{"text": lead, "independent_sources": 2}]
    title, _ = story_title("varna-fire", reports, brief)
    assert "Smoke is blown" not in title


def test_an_agency_dateline_after_a_pages_headline_and_stamp_is_where_the_lead_begins():
    wire = ("Full Article Port workers strike over pay VARNA | Mon Mar 9, 2026 3:52 am EET VARNA ( Reuters ) - Port "
            "workers in Varna walked out on Monday over a pay offer they called an insult, their union said.")
    assert lead_of(wire) == "Port workers in Varna walked out on Monday over a pay offer they called an insult, their union said."
    cnn = ('Crews work through the night Mayor vows to "rebuild every street" Varna, Bulgaria ( CNN ) -- Flood water '
           "reached the old town of Varna on Friday, officials said.")
    assert lead_of(cnn) == "Flood water reached the old town of Varna on Friday, officials said."


def test_a_position_in_brackets_is_furniture():
    assert is_furniture("Ana Ruiz ( back ) accompanied Luis Ortega to the port of Varna last week.")
    assert not is_furniture("The mayor said the port (which reopened on Friday) was back to full capacity.")
