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
    assert _subject("The total of residents evacuated rose to 9,000 on Friday.", 9000) == "people evacuated"


def test_number_of_things_keeps_its_noun():
    # no participle, or a participle that is no outcome of people: the old key stays
    assert _subject("The number of refugees rose to 4,300.", 4300) == "number of refugees"
    assert _subject("The number of homes built rose to 4,300.", 4300) == "number of homes"
