"""Regression (nineteenth session): a caption or subhead run into a sentence that opens on a capitalised preposition
("... after the flood In our series of letters ...") was kept whole as a brief sentence and a title. Invented text."""

from crosscheck.furniture import lead_of


def test_caption_before_a_capitalised_in_is_cut_off():
    glued = ("The old bridge lay in pieces after the flood In our series of letters from abroad, "
             "writer Ana Ruiz considers how a river town rebuilds.")
    assert lead_of(glued, first=True) == ("In our series of letters from abroad, writer Ana Ruiz considers how a "
                                          "river town rebuilds.")


def test_subhead_before_during_is_cut_off():
    glued = ("Crews work through the night During the course of the day, the mayor of Varna met families whose "
             "homes were flooded.")
    assert lead_of(glued).startswith("During the course of the day")


def test_a_title_with_a_capitalised_in_is_not_a_seam():
    # after a capitalised word the preposition is a title's, and after a function word it is no seam either
    title = "Viewers of the film Lost In Translation in Varna were asked to stay until the end of the screening."
    assert lead_of(title) == title


def test_a_preposition_after_a_name_stays():
    sentence = "Rescue teams from the Red Cross On the Ground programme reached the villages near Varna on Monday."
    assert lead_of(sentence) == sentence


def test_headline_before_a_plural_subject_and_from_is_cut_off():
    glued = ("Varna flood crews home after rescue mission Teams from around the country were part of the rescue "
             "effort that ended on Sunday, the fire service said.")
    common = frozenset({"teams", "crews"})
    assert lead_of(glued, common, first=True).startswith("Teams from around the country")


def test_a_plural_name_before_of_stays():
    sentence = "The appeal was backed by the charity Friends of the Earth and by volunteers from the harbour district."
    assert lead_of(sentence, frozenset({"friends"})) == sentence
