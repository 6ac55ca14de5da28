"""Issue 20 item 8 ("who and what"), a new user's three dev stories: "As Greeks" a person with the alias "Greeks",
"FACTS" of "THE FACTS:", "HOST" of "KELLY MCEVERS, HOST:", "Lawyer Alexis Kougias", "Reince Priebus'",
"Karamanlis' New Democracy party", the victim as "Alexandros" apart from "Alexandros Grigoropoulos", an NPR host
"KELLY" merged into a Secretary Kelly. Names invented."""

from types import SimpleNamespace

from crosscheck.entities import aliases, ner
from crosscheck.entities.ner import RawMention
from crosscheck.records import Document, Mention


def _doc(text, doc="d"):
    return Document(id=doc, source=f"{doc}.txt", content_hash=doc, format="txt", original=text, text=text)


def _found(text, spans, doc="d"):
    """ner.find_mentions over the model's entities ``spans`` (text, label), without the model."""
    ents, at = [], 0
    for name, label in spans:
        start = at = text.index(name, at)
        at += len(name)
        ents.append(SimpleNamespace(label_=label, start_char=start, end_char=start + len(name)))
    return ner.find_mentions(_doc(text, doc), SimpleNamespace(ents=ents))


def _groups(mentions):
    return sorted(sorted({rm.mention.text for rm in g}) for g in aliases.resolve(mentions, {}, {}))


def test_a_sentence_opening_as_is_no_part_of_a_name():
    got = _found("The fires went on.\nAs Velorians try to make sense of it, as Velorians say.",
                 [("As Velorians", "NORP"), ("as Velorians", "NORP")])
    assert [rm.name for rm in got] == ["Velorians", "Velorians"]
    kept = _found("Inside As Velorians Ltd, it went on.", [("As Velorians Ltd", "ORG")])
    assert [rm.name for rm in kept] == ["As Velorians Ltd"]  # not a sentence's opening


def test_a_title_like_common_word_before_a_name_is_not_the_name():
    text = "Lawyer Dimos Kavvadas said so. The lawyer spoke."
    got = _found(text, [("Lawyer Dimos Kavvadas", "PERSON")])
    assert [(rm.name, rm.title) for rm in got] == [("Dimos Kavvadas", "Lawyer")]
    # A first name that is also a word ("bill") stays; a word the report never writes in lower case stays.
    assert [rm.name for rm in _found("Bill Dane Rusk read the bill.", [("Bill Dane Rusk", "PERSON")])] == \
        ["Bill Dane Rusk"]
    assert [rm.name for rm in _found("Orwin Dane Rusk spoke.", [("Orwin Dane Rusk", "PERSON")])] == \
        ["Orwin Dane Rusk"]


def test_a_possessive_is_no_part_of_a_name():
    text = "Marek Talvis said so. Even among supporters of Talvis' New Concord party, and Orla Brennis' aides."
    got = _found(text, [("Marek Talvis", "PERSON"), ("Talvis' New Concord party", "ORG"), ("Orla Brennis'", "PERSON")])
    assert [rm.name for rm in got] == ["Marek Talvis", "New Concord", "Orla Brennis"]
    assert [rm.name for rm in _found("The 4th Circuit year began.", [("4th Circuit year", "ORG")])] == ["4th Circuit"]
    assert [rm.name for rm in _found("Ri Sol - ju came.", [("Ri Sol - ju", "PERSON")])] == ["Ri Sol - ju"]
    # A possessor the report names no person with is the name's own first word.
    assert [rm.name for rm in _found("The Velorian Women's World Cup opened.", [("Women's World Cup", "EVENT")])] \
        == ["Women's World Cup"]


def test_a_label_in_capitals_is_no_name():
    text = " THE FACTS: it was not so.\n ELECTORAL COLLEGE\n NATO said so. The Electoral College met. VELCO NV said."
    doc = _doc(text)
    got = _found(text, [("FACTS", "ORG"), ("ELECTORAL", "ORG"), ("NATO", "ORG"), ("Electoral College", "ORG"),
                        ("VELCO", "ORG")])
    assert [rm.name for rm in ner.label_words_left_out([doc], got)] == ["NATO", "Electoral College", "VELCO"]


def test_a_host_cut_short_in_a_speaker_label_is_not_the_secretary_of_that_surname():
    one = "Secretary Owen Carrow spoke. Carrow said so."
    two = " CARROW TELLIS, HOST: Good evening. Carrow said it."
    ms = (_found(one, [("Owen Carrow", "PERSON"), ("Carrow", "PERSON")], "a")
          + _found(two, [("CARROW", "PERSON"), ("Carrow", "PERSON")], "b"))
    ms = ner.label_words_left_out([_doc(one, "a"), _doc(two, "b")], ms)
    assert [rm.name for rm in ms] == ["Owen Carrow", "Carrow", "CARROW TELLIS", "Carrow"]
    assert ["CARROW TELLIS"] in _groups(ner.first_names_of_people(ms))


def test_a_first_name_alone_joins_its_one_full_name():
    one = "Reporter Nessa Quillan was there. Hi, Nessa. Davor Pelkic died. Davor was 15."
    two = "Davor was a student. Nessa left."
    ms = (_found(one, [("Nessa Quillan", "PERSON"), ("Nessa", "PERSON"), ("Davor Pelkic", "PERSON"),
                       ("Davor", "PERSON")], "a")
          + _found(two, [("Davor", "PERSON"), ("Nessa", "PERSON")], "b"))
    groups = _groups(ner.first_names_of_people(ms))
    assert ["Davor", "Davor Pelkic"] in groups and ["Nessa", "Nessa Quillan"] in groups


def test_a_first_name_shared_by_two_full_names_or_that_is_a_surname_joins_none():
    text = "Ilian Marsk and Ilian Tovey came. Ilian spoke. Petra Ilian and Ilian Rudd were there."
    ms = _found(text, [("Ilian Marsk", "PERSON"), ("Ilian Tovey", "PERSON"), ("Ilian", "PERSON")])
    assert [rm.name for rm in ner.first_names_of_people(ms)][-1] == "Ilian"
    ms = _found(text, [("Ilian", "PERSON"), ("Petra Ilian", "PERSON"), ("Ilian Rudd", "PERSON")])
    assert [rm.name for rm in ner.first_names_of_people(ms)][0] == "Ilian"  # "Ilian" is a surname in the story


def test_a_common_word_capitalised_only_where_a_sentence_opens_is_no_name():
    text = "Riot police fired tear gas. The riot went on.\nGroups of youths ran. Bush said groups hid in the bush, as Bush saw."
    got = _found(text, [("Riot", "PERSON"), ("Groups", "ORG"), ("Bush", "PERSON")])
    assert [rm.name for rm in ner.sentence_words_left_out([_doc(text)], got)] == ["Bush"]  # "Bush" is not one here
    text = "Mallow said so. Riot police came; Riot is his dog."
    got = _found(text, [("Riot", "PERSON")])
    assert [rm.name for rm in ner.sentence_words_left_out([_doc(text)], got)] == ["Riot"]  # never in lower case


def test_a_date_run_into_a_name_is_no_part_of_it():
    """A related link's headline ending in a date run into a caption's name ("... likens the flood to 9/11 Mara
    Lindqvist speaks at a briefing"): the name is "Mara Lindqvist" (twentieth session, a new user's pile listed the
    date as part of an alias). A stage name's number stays ("50 Cent")."""
    text = "Mayor likens the flood to 9/11 Mara Lindqvist speaks at a briefing. In 2031 Tomas Berg spoke. 50 Cent sang."
    got = {rm.mention.text for rm in _found(text, [("9/11 Mara Lindqvist", "PERSON"), ("2031 Tomas Berg", "PERSON"),
                                                   ("50 Cent", "PERSON")])}
    assert got == {"Mara Lindqvist", "Tomas Berg", "50 Cent"}
