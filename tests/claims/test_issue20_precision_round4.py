"""Issue 20, round 4 (branch issue-20b): precision of agreements, conflicts and updates that generalises.

Each test is one error class of `python -m evaluation.real_stories --split every --errors`."""

from crosscheck.records import Claim, Normalized, PassageSpan, SharedPassage, Sources
from crosscheck.reconcile import reconcile_claims


def _claim(doc, text, value, sentence, subject=None, unit=None, norm_unit=None, bound="exact", offset=0):
    start = sentence.find(text)
    return Claim(f"{doc}:c{offset + start}", doc, text, sentence, value, None, unit,
                 Normalized(value, None, norm_unit), subject, bound, offset + start, offset + start + len(text))


DAY = {"a": "2011-11-10", "b": "2011-11-11"}


def _reuters_pair(passage_start_b: int):
    # Yida: trust.org (a) and rnw.nl (b) carry one Reuters text; the figure's sentence was edited
    # ("three other explosions at 3 p.m. (1200 GMT)" / "three further explosions at 3 p.m."), but the
    # next sentence, about the crater, is the same wire passage in both.
    a = _claim("a", "three", 3, "Witnesses at the camp said there were three other explosions at 3 p.m. (1200 GMT).",
               "more explosions", offset=100)
    b = _claim("b", "three", 3, "Witnesses said there were three further explosions at 3 p.m.",
               "more explosions", offset=100)
    crater = "an unexploded bomb wedged in the side of a school building and a white aircraft flying north"
    passage = SharedPassage("passage-1", [PassageSpan("a", 200, 200 + len(crater)),
                                          PassageSpan("b", passage_start_b, passage_start_b + len(crater))], crater, 18)
    return a, b, Sources(documents=[("a", "trust.org"), ("b", "rnw.nl")], passages=[passage])


def test_a_figure_next_to_a_shared_wire_passage_is_one_witness():
    a, b, sources = _reuters_pair(passage_start_b=170)
    agreements, _ = reconcile_claims([a, b], sources, published=DAY)
    assert agreements == []


def test_a_wire_passage_far_from_the_figure_leaves_two_witnesses():
    # The two reports share a wire paragraph elsewhere (a quote of the police, far down one report):
    # the figure's own paragraph is each outlet's own, so the two stay two witnesses.
    a, b, sources = _reuters_pair(passage_start_b=3000)
    a = _claim("a", "three", 3, "Witnesses at the camp said there were three other explosions at 3 p.m. (1200 GMT).",
               "more explosions", offset=2000)
    agreements, _ = reconcile_claims([a, b], sources, published=DAY)
    assert len(agreements) == 1
