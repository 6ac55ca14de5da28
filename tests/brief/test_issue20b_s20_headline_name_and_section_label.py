"""Regression (issue 20b, twentieth session): in a report's first sentence, a page's headline and a caption glued before
a lead that opens on the name the headline opens on ("... rescue mission Harbour volunteers have ...") were kept as
one brief sentence; so was a section's label before a lead opening on a plural and "including" ("... by the Digest
Singers including ..."). Invented text."""

from crosscheck.furniture import lead_of

COMMON = frozenset({"crews", "singers", "volunteers", "rescue", "mission"})


def test_lead_repeating_the_headline_name_after_a_caption_is_cut_out():
    glued = ("Harbour town's flood rescue mission Crews from across the region joined the rescue mission Harbour "
             "volunteers have now come home from the flooded valley after ten days.")
    assert lead_of(glued, COMMON, first=True) == ("Harbour volunteers have now come home from the flooded valley "
                                                  "after ten days.")


def test_the_name_inside_the_lead_after_a_comma_stays():
    # the caption between the cut headline and the name holds a comma: the name is inside the lead
    glued = ("Harbour town's flood rescue mission Crews from across the region joined the rescue, in a week when "
             "Harbour volunteers have worked day and night to reach the valley.")
    assert lead_of(glued, COMMON, first=True).startswith("Crews from across the region")


def test_no_repeat_when_what_was_cut_is_a_sentence_not_a_headline():
    # before the first seam stand an article and an auxiliary: a sentence's words, not a headline's
    glued = ("Harbour was the town the storm hit hardest of all Crews from across the region said the valley "
             "Harbour volunteers cleared has been reopened to traffic this week.")
    assert "Harbour volunteers cleared" in lead_of(glued, COMMON, first=True)


def test_section_label_before_a_plural_and_including_is_cut_off():
    glued = ("Old songs, looked at again by the Digest Singers including Ana Ruiz and the Varna Choir are recording "
             "a charity single for the flooded valley.")
    assert lead_of(glued, COMMON, first=True).startswith("Singers including Ana Ruiz")


def test_a_plural_name_after_the_stays_whole():
    for sentence in ("Aid from the United States and from the Gulf reached the valley on Monday, officials said.",
                     "Ships of the Marshall Islands in the harbour were checked by inspectors on Monday morning.",
                     "A board of the Armed Forces met the harbour town's mayor on Monday to plan the repairs."):
        assert lead_of(sentence, frozenset({"states", "islands", "forces", "singers"}), first=True) == sentence
