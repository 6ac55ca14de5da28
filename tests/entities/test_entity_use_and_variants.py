"""Issue 20 item 8, eighth session: a name's type from how the text uses it, and one thing written several ways.

The bugs (a new user's three dev stories, NOTES/review-s7.md): a district "Exarchia" typed a person (never on the
map), a city "Thessaloniki" an organisation, newspapers "Kathimerini" a person, a 32-year-old protester a building;
a boy as "Alexandros Grigoropoulos", "Alexis Grigoropoulos" and "Grigoropoulos"; "iPhone" / "iPhones"; "Greeks" a
person; "Trump Donald". Names invented."""

from crosscheck.entities import ner, usage, variants

from .test_who_and_what import _doc, _found, _groups


def _story(*reports):
    """(documents, mentions) of reports given as (text, spans)."""
    docs, mentions = [], []
    for i, (text, spans) in enumerate(reports):
        docs.append(_doc(text, f"d{i}"))
        mentions += _found(text, spans, f"d{i}")
    return docs, mentions


def test_a_diminutive_first_name_with_the_same_surname_is_one_person():
    _, mentions = _story(
        ("Alexandros Voulgaris, 15, was shot. Voulgaris died.", [("Alexandros Voulgaris", "PERSON"),
                                                                ("Voulgaris", "PERSON")]),
        ("Alexandros Voulgaris was buried.", [("Alexandros Voulgaris", "PERSON")]),
        ("The killing of Alexis Voulgaris angered many. Voulgaris was a pupil.",
         [("Alexis Voulgaris", "PERSON"), ("Voulgaris", "PERSON")]))
    got = _groups(variants.first_name_variants(mentions))
    assert got == [["Alexandros Voulgaris", "Alexis Voulgaris", "Voulgaris"]]


def test_two_full_names_sharing_a_surname_stay_two_people():
    # Two first names that are no forms of one ("Hillary Clinton" and "Bill Clinton").
    _, mentions = _story(("Marta Velis spoke.", [("Marta Velis", "PERSON")]),
                         ("Petros Velis spoke.", [("Petros Velis", "PERSON")]))
    assert len(_groups(variants.first_name_variants(mentions))) == 2
    # Two forms written in one report are two people.
    _, mentions = _story(("Alexis Dunmore and Alexandros Dunmore came.", [("Alexis Dunmore", "PERSON"),
                                                                          ("Alexandros Dunmore", "PERSON")]),
                         ("Alexis Dunmore left.", [("Alexis Dunmore", "PERSON")]))
    assert len(_groups(variants.first_name_variants(mentions))) == 2


def test_a_plural_product_name_is_the_singular():
    _, mentions = _story(("The ZePhone sold well. ZePhones are everywhere.", [("ZePhone", "ORG"), ("ZePhones", "ORG")]),
                         ("Velorians marched. A Velorian spoke.", [("Velorians", "PERSON"), ("Velorian", "NORP")]))
    got = variants.plurals_of_names(mentions)
    # A group's plural the model called a person takes the group's label; the people and the adjective stay two
    # names ("Americans", "American": NewsWCL50 chains them apart).
    assert _groups(got) == [["Velorian"], ["Velorians"], ["ZePhone", "ZePhones"]]
    assert {rm.mention.label for rm in got if rm.mention.text.startswith("Velorian")} == {"NORP"}


def test_a_plural_of_a_person_or_a_place_is_not_joined():
    _, mentions = _story(("Adam spoke to Adams.", [("Adam", "PERSON"), ("Adams", "PERSON")]),
                         ("The Americas and America.", [("Americas", "LOC"), ("America", "GPE")]),
                         ("Hamaz fighters came to Hama.", [("Hamaz", "ORG"), ("Hama", "ORG")]))
    assert len(_groups(variants.plurals_of_names(mentions))) == 6


def test_an_inverted_name_is_the_full_name():
    _, mentions = _story(("President Dorn Talvo spoke. Talvo Dorn John Talvo links.",
                          [("Dorn Talvo", "PERSON"), ("Talvo Dorn", "PERSON")]),
                         ("Dorn Talvo left.", [("Dorn Talvo", "PERSON")]))
    assert _groups(variants.inverted_names(mentions)) == [["Dorn Talvo", "Talvo Dorn"]]


def test_a_district_typed_a_person_is_a_place():
    docs, mentions = _story(
        ("Youths hit a police station in the Varkia district, where the boy was shot.", [("Varkia", "PERSON")]),
        ("It lies on the edge of the neighborhood of Varkia. Riots spread in Varkia.",
         [("Varkia", "PERSON"), ("Varkia", "PERSON")]),
        ("A clash in the district of Varkia, an incident which sparked riots.", [("Varkia", "PERSON")]))
    got = usage.places_by_use(docs, mentions, {"GR"}, lambda name, famous=False: set())
    assert {rm.mention.label for rm in got} == {"LOC"}


def test_a_city_typed_an_organisation_is_a_place_in_the_story_country():
    docs, mentions = _story(("Riots spread from Salonika to Athens.", [("Salonika", "ORG"), ("Athens", "GPE")]),
                            ("Protests in Athens and Salonika.", [("Athens", "GPE"), ("Salonika", "ORG")]))
    countries = {"salonika": {"GR"}, "athens": {"GR", "US"}}
    got = usage.places_by_use(docs, mentions, {"GR"}, lambda name, famous=False: countries.get(ner.key(name), set()))
    assert [rm.mention.label for rm in got if rm.name == "Salonika"] == ["GPE", "GPE"]
    # Not in another country's gazetteer entries; not a body written with "the" ("to the Congress").
    docs, mentions = _story(("A bill went to the Congress. In the Congress they voted.",
                             [("Congress", "ORG"), ("Congress", "ORG")]))
    got = usage.places_by_use(docs, mentions, {"US"}, lambda name, famous=False: {"US"})
    assert {rm.mention.label for rm in got} == {"ORG"}


def test_a_small_town_of_a_body_s_name_is_no_evidence():
    from crosscheck.entities import _gazetteer_countries

    assert _gazetteer_countries("Congress") == set()  # Congress, Arizona: 2,000 people
    assert "GR" in _gazetteer_countries("Thessaloniki")
    assert "SD" in _gazetteer_countries("Khartoum", famous=True)
    assert "SY" not in _gazetteer_countries("Jisr al-Shughour", famous=True)  # a town of 40,000


def test_a_surname_used_after_a_preposition_stays_a_person():
    docs, mentions = _story(("Devin Runes spoke. Letters went to Runes.",
                             [("Devin Runes", "PERSON"), ("Runes", "PERSON")]))
    got = usage.places_by_use(docs, mentions, {"US"}, lambda name, famous=False: {"US"})
    assert {rm.mention.label for rm in got} == {"PERSON"}


def test_a_newspaper_typed_a_person_is_an_organisation():
    docs, mentions = _story(
        ("A poll in the Kathimeri newspaper found it. The conservative daily Typos Nea said so.",
         [("Kathimeri", "PERSON"), ("Typos Nea", "PERSON")]),
        ("Kathimeri said the poll was wrong.", [("Kathimeri", "NORP")]),
        ("Reuters said so. Michael Bloomberg and Bloomberg spoke.",
         [("Reuters", "PERSON"), ("Michael Bloomberg", "PERSON"), ("Bloomberg", "PERSON")]))
    got = {(rm.mention.document, rm.name): rm.mention.label for rm in usage.media_by_use(docs, mentions)}
    assert got[("d0", "Kathimeri")] == got[("d1", "Kathimeri")] == got[("d0", "Typos Nea")] == "ORG"
    assert got[("d2", "Reuters")] == "ORG"  # an agency the outlets data knows
    assert got[("d2", "Bloomberg")] == "PERSON"  # the surname of a person the story names


def test_a_district_sits_at_the_place_the_text_names_it_part_of():
    docs, mentions = _story(("Youths threw stones in the Varkia district of Athens.",
                             [("Varkia", "LOC"), ("Athens", "GPE")]),
                            ("The central Athens district of Varkia burned.", [("Athens", "GPE"), ("Varkia", "LOC")]))
    assert usage.parts_of_places(docs, mentions, {"athens"}) == {"varkia": "athens"}
    # A place named beside another with no "of" is no part of it.
    docs, mentions = _story(("From Varkia to Athens.", [("Varkia", "LOC"), ("Athens", "GPE")]))
    assert usage.parts_of_places(docs, mentions, {"athens"}) == {}


def test_a_protester_named_after_his_age_and_noun_is_a_person():
    got = _found("Said 32-year-old protester Paris Kyrou. Kyrou left.", [("Paris Kyrou", "FAC"), ("Kyrou", "ORG")])
    assert [rm.mention.label for rm in got] == ["PERSON", "PERSON"]



def test_a_capital_standing_for_its_government_is_a_place():
    docs, mentions = _story(("Khartam denies it. Juba accused Khartam. The regime in Khartam is to blame.",
                             [("Khartam", "PERSON"), ("Khartam", "PERSON"), ("Khartam", "PERSON")]))
    capitals = {"khartam": {"SD"}}
    got = usage.places_by_use(docs, mentions, {"SD"},
                              lambda name, famous=False: capitals.get(ner.key(name), set()))
    assert {rm.mention.label for rm in got} == {"GPE"}
    # A town no reader knows first as a place needs the place's use in half its mentions.
    docs, mentions = _story(("Khartam denies it. Juba accused Khartam. The regime in Khartam is to blame.",
                             [("Khartam", "PERSON"), ("Khartam", "PERSON"), ("Khartam", "PERSON")]))
    got = usage.places_by_use(docs, mentions, {"SD"},
                              lambda name, famous=False: set() if famous else {"SD"})
    assert {rm.mention.label for rm in got} == {"PERSON"}


def test_a_town_written_with_a_particle_typed_a_person_is_a_place():
    docs, mentions = _story(("Tanks moved near Jisr al-Wadi. Residents fled from Jisr al-Wadi.",
                             [("Jisr al-Wadi", "PERSON"), ("Jisr al-Wadi", "PERSON")]))
    got = usage.places_by_use(docs, mentions, {"SY"}, lambda name, famous=False: {"SY"})
    assert {rm.mention.label for rm in got} == {"GPE"}


def test_an_age_before_a_preposition_does_not_make_the_place_after_it_a_person():
    got = _found("A 40-year-old from Tal Wadi said so.", [("Tal Wadi", "ORG")])
    assert [rm.mention.label for rm in got] == ["ORG"]
    docs, mentions = _story(("A 40-year-old from Jisr al-Wadi said so. Most of Jisr al-Wadi's 50,000 people fled to "
                             "Turkey from Jisr al-Wadi.", [("Jisr al-Wadi", "PERSON"), ("Jisr al-Wadi", "PERSON"),
                                                          ("Jisr al-Wadi", "PERSON")]))
    got = usage.places_by_use(docs, mentions, {"SY"}, lambda name, famous=False: {"SY"})
    assert {rm.mention.label for rm in got} == {"GPE"}


def test_a_plural_and_singular_are_named_as_the_story_writes_them_most():
    _, mentions = _story(("The Velor Awards opened. At the Velor Awards and the Velor Awards, one Velor Award went.",
                          [("Velor Awards", "EVENT"), ("Velor Awards", "EVENT"), ("Velor Awards", "EVENT"),
                           ("Velor Award", "EVENT")]))
    assert {rm.name for rm in variants.plurals_of_names(mentions)} == {"Velor Awards"}


def test_a_word_written_in_the_plural_as_an_award_is_no_first_name():
    _, mentions = _story(("He will host the Velors. Their son, Velor Maximo, came.",
                          [("Velors", "EVENT"), ("Velor Maximo", "PERSON")]),
                         ("He won a Velor.", [("Velor", "PERSON")]))
    got = ner.first_names_of_people(mentions)
    assert [rm.name for rm in got] == ["Velors", "Velor Maximo", "Velor"]


def test_a_nationality_before_a_newspaper_is_no_newspaper():
    docs, mentions = _story(("The French daily Le Journal said so. A French minister agreed.",
                             [("French", "NORP"), ("Le Journal", "ORG"), ("French", "NORP")]))
    assert [rm.mention.label for rm in usage.media_by_use(docs, mentions)] == ["NORP", "ORG", "NORP"]


def test_a_surname_of_a_person_the_model_called_an_organisation_stays_a_person():
    # "Lennox Lewis" typed an organisation; "to Lewis" is no place, though a Lewis is in the gazetteer.
    docs, mentions = _story(("He floored Lennox Darrow in 2001. They made love to Darrow while Darrow agreed.",
                             [("Lennox Darrow", "ORG"), ("Darrow", "PERSON"), ("Darrow", "PERSON")]))
    got = usage.places_by_use(docs, mentions, {"US"}, lambda name, famous=False: {"US"})
    assert [rm.mention.label for rm in got] == ["ORG", "PERSON", "PERSON"]


def test_a_king_after_the_city_of_is_a_person():
    docs, mentions = _story(("Two kings, Hamurabi, who ruled long. The capital city of Hamurabi.",
                             [("Hamurabi", "PERSON"), ("Hamurabi", "PERSON")]))
    got = usage.places_by_use(docs, mentions, {"IQ"}, lambda name, famous=False: set())
    assert {rm.mention.label for rm in got} == {"PERSON"}


def test_a_common_word_is_no_town():
    docs, mentions = _story(("Memos were read at Justice. It was obstruction of justice, at Justice.",
                             [("Justice", "ORG"), ("Justice", "ORG")]))
    got = usage.places_by_use(docs, mentions, {"US"}, lambda name, famous=False: {"US"})
    assert {rm.mention.label for rm in got} == {"ORG"}


def test_a_team_a_group_a_nationality_and_a_peer_are_no_towns():
    """Read on the 120 dev stories after a first run: "a loss to Syracuse" (a team), "Oceana, an environmental
    group", "South Korean" beside South Korea, "Lord Butler" and "the Butler report"."""
    def labels(text, spans, countries=("US",)):
        docs, mentions = _story((text, spans))
        got = usage.places_by_use(docs, mentions, set(countries), lambda name, famous=False: set(countries))
        return [rm.mention.label for rm in got]

    assert labels("A loss to Syracuse. Led by Moss, Syracuse won.", [("Syracuse", "ORG"), ("Syracuse", "ORG")]) == \
        ["ORG", "ORG"]
    assert labels("Said a director at Oceana, an environmental group.", [("Oceana", "ORG")]) == ["ORG"]
    assert labels("North and South Korean athletes came to South Korea. In South Korean hands.",
                  [("South Korean", "PERSON"), ("South Korea", "GPE"), ("South Korean", "PERSON")], ("KR",)) == \
        ["PERSON", "GPE", "PERSON"]
    assert labels("Lord Butler said so. According to the Butler report.", [("Butler", "PERSON"), ("Butler", "PERSON")],
                  ("GB",)) == ["PERSON", "PERSON"]
    # A place in apposition stays one: "Carrefour, a suburb of the capital".
    assert labels("In Carrefour, a suburb of the capital, homes fell.", [("Carrefour", "ORG")], ("HT",)) == ["GPE"]
