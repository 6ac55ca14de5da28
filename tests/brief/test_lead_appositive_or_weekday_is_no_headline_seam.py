"""A report's first sentence cut as if a headline were glued before it (twenty-second session, a new user's fresh
PolNeAR pile: the brief read "Donald Trump is president ..." after "<senator> argued that if fellow candidate" was
cut off as a headline; on a fresh oil-spill pile "<executive> met with <prince> | Wednesday while ..." lost its
subject). A headline holds no subordinating word, and a day or month opens no name. Invented text."""

from crosscheck.furniture import glued_headline_end, lead_of


def test_an_appositive_before_a_name_after_if_is_no_headline_seam():
    text = ("Veteran lawmaker Governor Ada Pell warned that if rival contender Omar Quist becomes mayor \"we will lose "
            "the harbour, and we will lose the ferries\" and that the same holds if rival contender Mia Lorne wins.")
    assert glued_headline_end(text) == 0
    assert lead_of(text, first=True) == text


def test_a_weekday_after_the_seam_is_no_name():
    text = ("Harbour authority chief Ilse Varga met with ferry company bosses Thursday while harbour staff "
            "worked through the night to reopen the ferry quay before the weekend.")
    assert glued_headline_end(text) == 0
    assert lead_of(text, first=True) == text


def test_a_glued_headline_before_a_name_is_still_cut():
    text = ("Harbour ferries halted after storm floods quay Ilse Varga said on Sunday the ferries would stay "
            "in port until the storm had passed and the quay was dry.")
    assert glued_headline_end(text) > 0
    assert lead_of(text, first=True).startswith("Ilse Varga said on Sunday")
