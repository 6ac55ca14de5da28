"""The brief never shows a photo's caption, a gallery line or a headline run into its lead as a sentence (issue 20,
item 7; the seventeenth session's labelling of the 1,050 dev brief sentences found 27 captions, 23 glued headlines).
Every sentence here is invented."""

from crosscheck.brief import write_brief
from crosscheck.caption import reads_as_caption
from crosscheck.furniture import is_furniture, lead_of
from crosscheck.records import Sources
from tests.brief.test_brief import doc


def test_a_caption_told_in_the_present_is_no_brief_sentence():
    caption = "Flood victims wait for food parcels outside a school in the port city of Varna on Friday."
    docs = [doc(1, [caption, "The river burst its banks in Varna on Friday and flooded 3,000 homes, the mayor said."]),
            doc(2, [caption, "Floods swept through Varna on Friday, forcing 3,000 families from their homes."]),
            doc(3, ["The mayor of Varna said on Friday that 3,000 homes were flooded when the river burst its banks."])]
    brief = write_brief(docs, [], [], Sources(), max_sentences=3)
    assert brief and all("wait for food parcels" not in b.text for b in brief)


def test_reads_as_caption_people_doing_something_somewhere_in_the_present():
    assert reads_as_caption("Flood victims wait for food parcels outside a school in the port city of Varna.")
    assert reads_as_caption("Governor Ana Ruiz speaks at a news conference in Varna, Friday, March 13, 2026.")
    # the news told in the past, a verb of saying or hoping, a habit, a quotation: no caption
    assert not reads_as_caption("Flood victims waited for food parcels outside a school in Varna on Friday.")
    assert not reads_as_caption("Governor Ana Ruiz hopes to reopen the schools in Varna by the end of the month.")
    assert not reads_as_caption("Volunteers gather at the town hall in Varna every morning to hand out blankets.")
    assert not reads_as_caption("The river authority says the water in Varna will fall by Sunday.")
    assert not reads_as_caption('Residents in Varna say "we have lost everything" after the flood.')


def test_a_gallery_line_and_a_dated_file_photo_are_furniture():
    assert is_furniture("Photograph number three of a set of 15 showing a flooded street in Varna.")
    assert is_furniture("In this March 2, 2019, file photo, the governor of Varna leaves a courthouse.")
    assert not is_furniture("In this election, the picture in Varna is mixed, the pollsters said.")


def test_a_video_caption_before_a_lead_that_opens_on_a_figure_is_cut_off():
    text = "Ana Ruiz reports from Varna A 70-year-old man has died in the floods, the first death of the week in the city."
    assert lead_of(text) == "A 70-year-old man has died in the floods, the first death of the week in the city."
    # "influenza A H5N1": a letter of a name, no seam
    same = "The influenza A H5N1 strain has now been found on three farms near Varna, officials said on Friday."
    assert lead_of(same) == same


def test_a_pull_quote_an_agency_credit_and_a_dated_stamp_before_the_lead_are_cut_off():
    quoted = 'Mayor Ruiz: "We will rebuild every street" The river flooded 3,000 homes in Varna on Friday night, officials said.'
    assert lead_of(quoted) == "The river flooded 3,000 homes in Varna on Friday night, officials said."
    credit = "AP In what officials call the worst flood in a century, the river flooded 3,000 homes in Varna."
    assert lead_of(credit) == "In what officials call the worst flood in a century, the river flooded 3,000 homes in Varna."
    stamped = ("Town counts the cost of a night of rising water Saturday 14 March 2026 10.05 GMT The river flooded "
               "3,000 homes in Varna on Friday night, the mayor said.")
    assert lead_of(stamped) == "The river flooded 3,000 homes in Varna on Friday night, the mayor said."
    # a clock time of the story's own, inside a sentence, stays
    own = "The water peaked at 2:25 p.m. EDT Friday in Varna and began to fall overnight, the river authority said."
    assert lead_of(own) == own


def test_a_sentence_about_what_an_earlier_one_told_does_not_stand_alone():
    from crosscheck.furniture import stands_alone

    assert not stands_alone("The news came as the river authority in Varna opened two more flood gates on Friday.")
    assert not stands_alone("The findings, published by the river authority on Friday, were shared with the mayor.")
    assert stands_alone("The news agency in Varna said on Friday that 3,000 homes had been flooded by the river.")
    assert stands_alone("The river authority's findings show that the flood gates in Varna failed on Friday.")
