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


def test_a_body_named_by_its_country_after_to_and_a_verb_is_the_verbs_object():
    # a fresh Libya pile: "... to prevent | Libyan leader ..." and "efforts to persuade | Libyan leader ..." lost their
    # openings (lead_of audit over the dev and fdev sentences: 31 changes, 29 a subject or a sentence restored)
    text = ("Harbour towns along the coast should be ready to close their ports to prevent Freedonian forces from "
            "landing on the islands, the admiral said on Monday.")
    assert lead_of(text, first=True) == text
    text = ("International efforts to persuade Freedonian leader Omar Quist to step down gathered pace on Tuesday, as "
            "neighbours closed their borders and froze his accounts.")
    assert lead_of(text) == text


def test_a_caption_run_into_a_body_named_by_its_country_is_still_cut():
    text = ("Ferries stranded in the storm Freedonian officials said on Monday that the ports would reopen once the "
            "wind had dropped and the quays were cleared.")
    assert lead_of(text).startswith("Freedonian officials said on Monday")
