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
    assert _estate_agreements("Fashion designer Paul Verne, who took his own life, left $80,000 of his $26 million "
                              "estate to his three dogs.") == []


def test_agr_wrong_the_same_persons_estate_told_twice_stays_an_agreement():
    assert len(_estate_agreements("Marsh, who was born in New York, left $80,000 of her $26 million estate to her "
                                  "three dogs.")) == 1
