"""Lead, twelfth session: "the number of people killed ... has reached 151" was keyed "number of people", so a
typhoon's toll told over four days (38, 151, 612, 1,200) lost its second value from the progression. Sentences are
invented."""

from crosscheck.claims import extract_quantities
from crosscheck.nlp import load_pipeline


def _subject(text, value):
    found = [q for q in extract_quantities(text, load_pipeline()(text)) if q.value == value]
    assert len(found) == 1, [(q.text, q.value) for q in found]
    return found[0].subject


def test_number_of_people_killed_is_the_toll():
    assert _subject("The number of people killed by the storm has reached 151, officials said.", 151) == "people killed"
    assert _subject("The number of people injured in the blast stood at 64.", 64) == "people injured"
    assert _subject("The number of those killed in the storm rose to 152.", 152) == "people killed"
    assert _subject("The total of residents evacuated rose to 9,000 on Friday.", 9000) == "people evacuated"


def test_number_of_things_keeps_its_noun():
    # no participle, or a participle that is no outcome of people: the old key stays
    assert _subject("The number of refugees rose to 4,300.", 4300) == "number of refugees"
    assert _subject("The number of homes built rose to 4,300.", 4300) == "number of homes"


def test_a_toll_rising_from_dozens_to_over_a_thousand_is_one_progression(tmp_path):
    """The issue's own complaint (issue 20: "a death toll rising over days, from dozens to over a thousand, gave
    nothing at all"), end to end: five outlets over six days, no report saying the toll "rose"."""
    import json

    import crosscheck

    told = [("Daily Star", "2026-03-02", "Typhoon Mara made landfall on the eastern coast on Sunday. At least 38 people "
                                         "were killed, the disaster agency said on Monday."),
            ("Coast Herald", "2026-03-03", "The number of people killed by Typhoon Mara has reached 151, officials said "
                                           "on Tuesday, as rescuers reached towns cut off since the storm struck."),
            ("Manila Wire", "2026-03-04", "Authorities said on Wednesday that 612 people were killed by Typhoon Mara."),
            ("Global Times Online", "2026-03-06", "More than 1,200 people were killed by Typhoon Mara, the disaster "
                                                  "agency said on Friday."),
            ("Island Post", "2026-03-07", "The disaster agency said 1,350 people were killed by Typhoon Mara and 400 "
                                          "were still missing on Saturday.")]
    path = tmp_path / "mara.jsonl"
    path.write_text("".join(json.dumps({"outlet": o, "published": d, "title": "Typhoon Mara", "text": t}) + "\n"
                            for o, d, t in told), encoding="utf-8")
    story = crosscheck.analyze(path).data
    assert story["conflicts"] == []
    [toll] = [u for u in story["updates"] if u["quantity"] == "people killed"]
    assert [p["value"] for p in toll["points"]] == [38, 151, 612, 1200, 1350]
