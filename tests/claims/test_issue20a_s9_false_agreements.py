"""Issue 20, ninth session (branch issue-20a): false corroboration outside the conflict rules.

The new-user review (NOTES/review-s9.md) found an agreement between two owners' figures (AGR-WRONG): one report's
"$26.6 million estate" of the story's subject "agreed" with another's "$26 million estate" of a different person, whose
holder the claims stage read through "his" and reconcile then left out, so the finding said "same happening, same
bodies". The texts below are made up for the tests."""

import crosscheck

OTHER = ("Lena Marsh leaves $10,000 to her dog\n\nFilm legend Lena Marsh left behind an estimated $26 million estate, "
         "and made sure her dog Rosie would be cared for. Marsh left $10,000 to her son for the care of Rosie, "
         "according to papers filed on Friday.")


def _one(last: str) -> str:
    return ("Lena Marsh left dog bequest in will\n\nFilm star Lena Marsh, who died in August at the age of 88, had an "
            "estate worth more than $26 million, and she made sure to provide for her dog, Rosie. Marsh set aside "
            "$10,000 for the care of Rosie. She is not the first star to remember a pet. " + last)


def _estate_agreements(last: str) -> list:
    story = crosscheck.analyze([_one(last), OTHER], story="estate")
    return [f for f in story.agreements if "26 million" in f.explanation]


def test_agr_wrong_another_persons_estate_read_through_his_is_no_agreement():
    # Marsh's own two estates may agree ("an estimated $26 million estate", "an estate worth more than $26 million": one
    # figure of one person, keyed "estate" since issue 20k's eighteenth session); Verne's estate never joins them.
    found = _estate_agreements("Fashion designer Paul Verne, who took his own life, left $80,000 of his $26 million "
                               "estate to his three dogs.")
    assert not any("Verne" in (e.sentence or e.text) for f in found for e in f.items)


def test_agr_wrong_the_same_persons_estate_told_twice_stays_an_agreement():
    assert len(_estate_agreements("Marsh, who was born in New York, left $80,000 of her $26 million estate to her "
                                  "three dogs.")) == 1


# Tenth session: the ninth session's second rule (a holder against any sentence naming other people) also split one
# owner's figures whose other sentence only names someone else elsewhere; a person counts only when named just before
# the figure, in its own clause (``reconcile.holders._named_before``). Made-up sentences, the owner ids as the story's.
from crosscheck.records import Claim, Normalized  # noqa: E402
from crosscheck.reconcile.compare import _Aliases  # noqa: E402
from crosscheck.reconcile.holders import agreement_apart  # noqa: E402

PEOPLE = _Aliases([("Dan Moss", "person:moss"), ("Moss", "person:moss"), ("Lee Park", "person:park"),
                   ("Park", "person:park"), ("Rita Vale", "person:vale"), ("Vale", "person:vale")])


def _claim(sentence: str, text: str, holder: str | None) -> Claim:
    return Claim(id=sentence[:8], document=sentence[:4], text=text, sentence=sentence, value=6.0, value_max=None,
                 unit=None, normalized=Normalized(value=6.0, value_max=None, unit=None), subject="carries",
                 holder=holder)


def test_agr_wrong_another_person_named_just_before_the_figure_is_no_agreement():
    moss = _claim("Moss was limited to 30 yards on six carries in the loss.", "six", "Moss")
    park = _claim("The team will rely on Lee Park, who has had only six carries this season.", "six", None)
    assert agreement_apart(moss, park, PEOPLE) is not None


def test_agr_wrong_a_person_named_after_the_figure_or_past_a_clause_break_keeps_the_agreement():
    moss = _claim("Moss, the team's pastor, estimates damages at six million to the church.", "six million", "Moss")
    after = _claim("A fire that caused six million in damage to Rita Vale's church may have been set.", "six million",
                   None)
    broken = _claim("Lee Park spoke after officials said the fire caused six million in damage.", "six million", None)
    assert agreement_apart(moss, after, PEOPLE) is None
    assert agreement_apart(moss, broken, PEOPLE) is None


def test_agr_wrong_one_happening_told_from_two_of_its_people_stays_an_agreement():
    thrower = _claim("Moss's six-yard touchdown pass to Lee Park tied the game.", "six", "Moss")
    catcher = _claim("Lee Park caught a six-yard touchdown pass late in the game.", "six", None)
    assert agreement_apart(thrower, catcher, PEOPLE) is None
