"""Issue 20e, a new user's run of the BP lawsuit story (t17-bpoil-us-sues-bp-dec-2010): "Department" a PERSON
with the aliases "Justice Department, department"; "Halliburton" and "Transocean Holdings LLC" places,
"Transocean" a nationality (two Transocean entities); "Deepwater Horizon" (a rig) a person. Names invented."""

from collections import Counter
from types import SimpleNamespace

from crosscheck.entities import aliases, ner, types
from crosscheck.entities.ner import RawMention
from crosscheck.records import Document, Mention


def _mentions(text, spans, doc="d"):
    out, at = [], 0
    for name, label in spans:  # in the order the text names them
        start = at = text.index(name, at)
        at += len(name)
        out.append(RawMention(Mention(doc, start, start + len(name), name, label), None, name))
    return out


def _labels(mentions):
    return {rm.name: rm.mention.label for rm in mentions}


def _found(text, spans):
    """ner.find_mentions over the model's entities ``spans`` (text, label), without the model."""
    ents, at = [], 0
    for name, label in spans:
        start = at = text.index(name, at)
        at += len(name)
        ents.append(SimpleNamespace(label_=label, start_char=start, end_char=start + len(name)))
    document = Document(id="d", source="d.txt", content_hash="d", format="txt", original=text, text=text)
    return ner.find_mentions(document, SimpleNamespace(ents=ents))


def test_justice_department_is_not_a_person_named_department():
    got = _found("The Justice Department sued on Monday.", [("Justice Department", "ORG")])
    assert [(rm.name, rm.mention.label, rm.title) for rm in got] == [("Justice Department", "ORG", None)]
    assert ner.strip_title("General Motors") == ("General Motors", None)
    assert ner.strip_title("Mr. Park") == ("Park", "Mr.")  # an honorific is a person's title, whatever follows
    assert ner.strip_title("Judge Carl Barbier") == ("Carl Barbier", "Judge")


def test_a_common_noun_in_lower_case_is_not_a_name():
    text = "But the justice department said the gulf was calm at 298p. The Gulf was calm."
    got = _found(text, [("justice department", "PERSON"), ("gulf", "LOC"), ("298p", "FAC"), ("Gulf", "LOC")])
    kept = types.common_nouns_left_out(got)
    assert [rm.name for rm in kept] == ["gulf", "Gulf"]  # the lower-case "gulf" is the Gulf the story names
    assert aliases.canonical(kept) == ("Gulf", "LOC", ["gulf"])  # its case only: reconcile finds "the gulf"


def test_a_title_alone_is_not_a_person():
    text = "Sgt said it. Sgt. Barry Whitmore said so."
    got = _found(text, [("Sgt", "PERSON"), ("Sgt. Barry Whitmore", "PERSON")])
    assert [rm.name for rm in got] == ["Barry Whitmore"]


def test_canonical_name_is_the_fullest_proper_name():
    text = "the harbor authority; the Harbor Authority; the harbor authority; HARBOR AUTHORITY"
    group = _mentions(text, [("harbor authority", "ORG"), ("Harbor Authority", "ORG"), ("harbor authority", "ORG"),
                             ("HARBOR AUTHORITY", "ORG")])
    name, etype, _ = aliases.canonical(group)
    assert (name, etype) == ("Harbor Authority", "ORG")


def test_short_name_of_a_company_with_a_legal_form_is_an_organisation():
    text = ("Marlow Holdings LLC leased the rig. Marlow denied it. Kestrel Energy Services Inc. "
            "cemented the well; Kestrel declined to comment. Qatar Holdings LLC invested. Qatar said so. "
            "American Widgets Inc. sued. American workers left.")
    mentions = _mentions(text, [("Marlow Holdings LLC", "GPE"), ("Marlow", "NORP"),
                                ("Kestrel Energy Services Inc.", "ORG"), ("Kestrel", "GPE"),
                                ("Qatar Holdings LLC", "ORG"), ("Qatar", "GPE"),
                                ("American Widgets Inc.", "ORG"), ("American", "NORP")])
    got = _labels(types.organisations_by_legal_name(mentions, places={"qatar"}))
    assert got["Marlow Holdings LLC"] == "ORG" and got["Marlow"] == "ORG"  # its name without the legal form
    assert got["Kestrel"] == "ORG"  # the first word of a company's legal name, not a place the gazetteer found
    assert got["Qatar"] == "GPE"  # found as a place
    assert got["American"] == "NORP"  # a nationality is not a company's first word


def test_one_company_typed_three_ways_is_one_organisation():
    text = "Marlow Offshore Holdings LLC and Marlow Ltd; Marlow said. Marlow added."
    mentions = _mentions(text, [("Marlow Offshore Holdings LLC", "GPE"), ("Marlow Ltd", "ORG"), ("Marlow", "GPE"),
                                ("Marlow", "NORP")])
    mentions = types.organisations_by_legal_name(mentions, places=set())
    groups = aliases.resolve(mentions, {}, {})
    marlow = [g for g in groups if any(rm.name == "Marlow" for rm in g)]
    assert len(marlow) == 1 and {rm.name for rm in marlow[0]} >= {"Marlow", "Marlow Ltd"}
    assert aliases.canonical(marlow[0])[1] == "ORG"


def test_rig_named_after_its_noun_and_its_last_word_alone_count_too():
    text = ("The drilling rig Sea Falcon sank. The Falcon rig burned. The Falcon disaster. Since the Falcon explosion, "
            "the Falcon spill grew. Rep. Ann Falcon spoke.")
    document = Document(id="d", source="d.txt", content_hash="d", format="txt", original=text, text=text)
    mentions = _mentions(text, [("Sea Falcon", "PERSON"), ("Falcon", "LOC"), ("Falcon", "ORG"), ("Falcon", "LOC"),
                                ("Falcon", "ORG")])
    things = types.things_by_noun([document], mentions)
    assert things == {"sea falcon": "PRODUCT"}
    # the rig's last word is no person's surname, though the model typed the rig a person
    got = _labels(types.surnames_typed_as_places(mentions, places=set(), things=things))
    assert got["Falcon"] != "PERSON"


def test_deepwater_rig_written_as_a_person_is_a_thing():
    text = ("The Sea Falcon drilling rig exploded. Sea Falcon was leased. The Sea Falcon rig sank. "
            "Alan Brook jet lagged, Alan Brook said. Alan Brook left.")
    document = Document(id="d", source="d.txt", content_hash="d", format="txt", original=text, text=text)
    mentions = _mentions(text, [("Sea Falcon", "PERSON"), ("Sea Falcon", "PERSON"), ("Sea Falcon", "LOC"),
                                ("Alan Brook", "PERSON"), ("Alan Brook", "PERSON"), ("Alan Brook", "PERSON")])
    assert types.things_by_noun([document], mentions) == {"sea falcon": "PRODUCT"}  # a jet once in three: a person


def test_surname_typed_as_a_place_is_the_persons():
    text = "Rep. Carla Menzies spoke. Menzies said so. Elena Warren of Warren County. Warren is far. Boyle went."
    mentions = _mentions(text, [("Carla Menzies", "PERSON"), ("Menzies", "GPE"), ("Elena Warren", "PERSON"),
                                ("Warren County", "GPE"), ("Warren", "GPE"), ("Boyle", "GPE")])
    got = _labels(types.surnames_typed_as_places(mentions, places=set()))
    assert got["Menzies"] == "PERSON"
    assert got["Warren"] == "GPE"  # a place's name holds the word too
    assert _labels(types.surnames_typed_as_places(_mentions("Carla Menzies. Menzies.", [
        ("Carla Menzies", "PERSON"), ("Menzies", "GPE")]), places={"menzies"}))["Menzies"] == "GPE"  # found as a place


def test_type_is_the_majority_of_the_full_name_mentions_and_a_tie_is_a_persons():
    text = "Ocean Star; Ocean Star; Ocean Star; Star; Star; Star; Star"
    group = _mentions(text, [("Ocean Star", "LOC"), ("Ocean Star", "LOC"), ("Ocean Star", "PERSON"), ("Star", "PERSON"),
                             ("Star", "PERSON"), ("Star", "PERSON"), ("Star", "PERSON")])
    assert aliases.canonical(group)[:2] == ("Ocean Star", "LOC")
    assert types.majority_label(Counter({"WORK_OF_ART": 1, "PERSON": 1})) == "PERSON"
    assert types.majority_label(Counter({"ORG": 1, "GPE": 1})) == "GPE"  # "Paris", "Queens"
    tie = _mentions("Charlene Moss; Charlene Moss", [("Charlene Moss", "WORK_OF_ART"), ("Charlene Moss", "PERSON")])
    assert aliases.canonical(tie)[1] == "PERSON"


def test_department_of_justice_and_justice_department_are_one_body():
    text = "Department of Justice; Justice Department; Justice Dept.; State Department; Harbor Department"
    mentions = _mentions(text, [("Department of Justice", "ORG"), ("Justice Department", "ORG"), ("Justice Dept.", "ORG"),
                                ("State Department", "ORG"), ("Harbor Department", "ORG")])
    groups = types.join_department_names([[rm] for rm in mentions])
    assert sorted(len(g) for g in groups) == [1, 1, 3]
