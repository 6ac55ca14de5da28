"""ECB topic 18 (a new user's run): the model called the receptionist "Madeline Kafoury" and the manager
"Paul Riva" organisations, so they were listed as ORG entities apart from their surnames."""

from crosscheck.entities.ner import RawMention, people_by_context, surnames_of_people
from crosscheck.records import Mention


def _mentions(text, spans):
    out, at = [], 0
    for name, label in spans:  # in the order the text names them
        start = at = text.index(name, at)
        at += len(name)
        out.append(RawMention(Mention("d", start, start + len(name), name, label), None, name))
    return out


def _labels(mentions):
    return {rm.name: rm.mention.label for rm in mentions}


def test_a_name_with_an_age_after_it_is_a_person():
    text = "He is charged in the death of Kafoury, 63, of Warren. Madeline Kafoury worked at the desk."
    got = _labels(people_by_context(text, _mentions(text, [("Kafoury", "ORG"), ("Warren", "GPE"),
                                                          ("Madeline Kafoury", "ORG")])))
    assert got == {"Kafoury": "PERSON", "Warren": "GPE", "Madeline Kafoury": "ORG"}  # a full name is no surname


def test_a_year_old_before_the_name_makes_a_person():
    text = "the shotgun slaying of 63-year-old Madeline Kafoury and assault"
    assert _labels(people_by_context(text, _mentions(text, [("Madeline Kafoury", "ORG")]))) == {
        "Madeline Kafoury": "PERSON"}


def test_a_name_in_a_list_with_a_person_is_a_person_and_so_is_its_surname():
    text = "two managers, Paul Riva and Alan Steinberg, were wounded. Riva was on a ventilator."
    got = _labels(people_by_context(text, _mentions(text, [("Paul Riva", "ORG"), ("Alan Steinberg", "PERSON"),
                                                          ("Riva", "ORG")])))
    assert got == {"Paul Riva": "PERSON", "Alan Steinberg": "PERSON", "Riva": "PERSON"}


def test_organisations_and_places_beside_people_stay_what_they_are():
    text = "Gordon Advisors and Alan Steinberg declined. Troy, 12, is a town. Beaumont Hospital (3) said so."
    got = _labels(people_by_context(text, _mentions(text, [("Gordon Advisors", "ORG"), ("Alan Steinberg", "PERSON"),
                                                          ("Troy", "GPE"), ("Beaumont Hospital", "ORG")])))
    assert got == {"Gordon Advisors": "ORG", "Alan Steinberg": "PERSON", "Troy": "GPE", "Beaumont Hospital": "ORG"}


def test_a_lone_surname_of_a_person_named_in_full_is_a_person_unless_a_firm_holds_the_word():
    text = "Robert J. Pickell said so. Pickell added more. Gordon Advisors closed. Gordon said nothing."
    got = _labels(surnames_of_people(_mentions(text, [("Robert J. Pickell", "PERSON"), ("Pickell", "ORG"),
                                                      ("Gordon Advisors", "ORG"), ("Gordon", "ORG")])))
    assert got["Pickell"] == "PERSON" and got["Gordon"] == "ORG"


def test_a_code_of_capitals_and_digits_is_no_person():
    """New-user run (tenth session): the small model called the H5N1 bird-flu strain a person, so it was listed
    among the story's people. A word of capitals and digits is a code; a regnal number is still a name."""
    from types import SimpleNamespace

    from crosscheck.entities.ner import find_mentions
    from crosscheck.records import Document

    text = "Unlike H5N1, the new strain spreads easily, said Louis XIV of the lab; the A380 was grounded."
    ents = [SimpleNamespace(label_="PERSON", start_char=text.index(n), end_char=text.index(n) + len(n))
            for n in ("H5N1", "Louis XIV", "A380")]
    doc = Document(id="d", text=text, source="d.txt", content_hash="h", format="txt", original=text)
    got = _labels(find_mentions(doc, SimpleNamespace(ents=ents)))
    assert got == {"H5N1": "PRODUCT", "Louis XIV": "PERSON", "A380": "PRODUCT"}
