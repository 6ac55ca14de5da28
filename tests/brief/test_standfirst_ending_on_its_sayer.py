"""A standfirst that ends on who says it, run into a lead that opens on a title and a name (twentieth session, a new
user's oil-spill pile: the brief's first line carried the standfirst, its sayer and the lead as one sentence).
Invented text."""

from crosscheck.furniture import lead_of


def test_standfirst_ending_on_its_sayer_is_cut_off_the_lead():
    text = ("The flood gives the mayor a chance in her speech tonight to rebuild the levees, says Dana K. Whitlow "
            "President Ana Ruiz has made four trips to the coast and now plans to speak to the nation this evening.")
    assert lead_of(text) == ("President Ana Ruiz has made four trips to the coast and now plans to speak to the "
                             "nation this evening.")


def test_a_title_after_a_body_or_a_title_word_is_no_seam():
    for text in ("The deal is done and the ships can sail again, said European Commission President Ana Ruiz on Friday.",
                 "The deal is done and the ships can sail again, said Vice President Ana Ruiz on Friday.",
                 "The deal is done and the ships can sail again, said US President Ana Ruiz on Friday."):
        assert lead_of(text) == text
