"""Issue 20, ninth session (branch issue-20c): how the sides of a conflict are found.

Two steps of the conflict assembly lost real conflicts on the 139 dev stories (bench/results/issue-20c-s9.md): the
sides were sought only among the figures comparable with the narrowest one, which was often another thing under the
same noun ("14 games" last season beside "missed 10 games" and "missed nine games"); and a round figure was read as
any value within half its last step ("about 200m" as 150-250 m, "one minute" as 30-90 seconds), so that "about 150
metres" and "about 200m", or "30 seconds" and "one minute", never disagreed. The sentences below are made up."""

import pytest

from crosscheck.claims import extract_claims
from crosscheck.records import Document, Sentence, Sources
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.compare import interval

SOURCES = Sources(documents=[("a", "one.example"), ("b", "two.example"), ("c", "three.example")])
SAME_DAY = {"a": "2011-01-05", "b": "2011-01-05", "c": "2011-01-05"}


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, doc_id, doc_id, "txt", text, text, [Sentence(text, 0, len(text))])


def _conflicts(*texts: str):
    docs = [_doc(d, t) for d, t in zip("abc", texts)]
    return reconcile_claims(extract_claims(docs), SOURCES, published=SAME_DAY)[1]


def _claim(text: str, figure: str):
    return next(c for c in extract_claims([_doc("x", text)]) if c.text == figure)


def test_the_narrowest_figure_of_another_thing_does_not_hide_a_conflict():
    conflicts = _conflicts("Thomas missed 14 games last season because of his knee injury, the coach said.",
                           "Thomas missed nine games this season because of his ankle injury, the coach said.",
                           "Thomas missed 10 games this season because of his ankle injury, the team said.")
    assert len(conflicts) == 1
    said = conflicts[0].explanation
    assert "“nine”" in said and "“10”" in said and "14" not in said


def _spread(text: str, figure: str) -> tuple[float, float]:
    """The interval of a figure, relative to its value."""
    c = _claim(text, figure)
    low, high = interval(c)
    return low / c.normalized.value, high / c.normalized.value


def test_a_round_figure_is_read_to_within_an_eighth():
    low, high = _spread("The climber fell about 200 metres to his death.", "about 200 metres")
    assert abs(low - 0.875) < 1e-6 and abs(high - 1.125) < 1e-6  # before: 0.75-1.25, any fall of 150-250 m
    low, high = _spread("The tremor lasted one minute.", "one minute")
    assert abs(low - 0.875) < 1e-6 and abs(high - 1.125) < 1e-6  # before: 0.5-1.5, any span of 30-90 seconds
    # a figure whose last step is finer keeps its own tolerance: "35 miles" is 32.5-37.5 miles as before
    low, high = _spread("The storm was 35 miles off the coast.", "35 miles")
    assert abs(low - 32.5 / 35) < 1e-6 and abs(high - 37.5 / 35) < 1e-6


def test_about_150_and_about_200_metres_fallen_disagree():
    conflicts = _conflicts("Rescuers said the climber fell about 150 metres down the south face of the peak.",
                           "Rescuers said the climber fell about 200 metres down the south face of the peak.",
                           "The weather was fine on Friday.")
    assert len(conflicts) == 1


@pytest.mark.parametrize("first, second", [
    # rounding: about 30 and about 32 miles are one distance told twice
    ("The storm was about 30 miles off the coast on Friday, forecasters said.",
     "The storm was about 32 miles off the coast on Friday, forecasters said."),
    # an average over ten polls is not the week's loss
    ("Trump led the last ten Iowa polls by an average of seven percentage points, Gallup said.",
     "Trump lost six percentage points in the Iowa polls of the final week, Gallup said."),
    # games to come are not the games missed
    ("Bush injured his knee on Sunday and missed four games, the Saints said on Wednesday.",
     "The Saints said on Wednesday that Bush will miss two games, the final ones of the season."),
])
def test_no_conflict(first: str, second: str):
    assert _conflicts(first, second, "The weather was fine on Friday.") == []


def test_two_figures_both_to_come_still_disagree():
    conflicts = _conflicts("The Saints said on Wednesday that Bush will miss four games with the knee injury.",
                           "The Saints said on Wednesday that Bush will miss two games with the knee injury.",
                           "The weather was fine on Friday.")
    assert len(conflicts) == 1
