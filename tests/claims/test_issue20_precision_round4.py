"""Issue 20, round 4 (branch issue-20b): precision of agreements, conflicts and updates that generalises.

Each test is one error class of `python -m evaluation.real_stories --split every --errors`."""

from crosscheck.records import Claim, Normalized, PassageSpan, SharedPassage, Sources
from crosscheck.reconcile import reconcile_claims
from crosscheck.reconcile.compare import _spread_end


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


def test_the_ends_of_a_spread_of_tolls_are_no_value_of_the_toll():
    # Syria: tolls given as a range "from just over 70 to more than 90" (several groups' figures, BBC 04-23)
    # and "at least 100 people died" (04-24): no progression from 70 or 90 to 100.
    from crosscheck.reconcile import find_updates

    spread = "Monitors and local medics put the toll at anywhere from just over 70 to more than 90 people killed."
    low = _claim("a", "just over 70", 70, spread, "people killed", bound="at_least")
    high = _claim("a", "more than 90", 90, spread, "people killed", bound="at_least")
    later = _claim("b", "at least 100", 100, "Activists say at least 100 people were killed in the protests on Friday.",
                   "people killed", bound="at_least")
    assert _spread_end(low) and _spread_end(high) and not _spread_end(later)
    published = {"a": "2011-04-23", "b": "2011-04-24"}
    assert find_updates([low, high, later], Sources(), published=published) == []


def test_a_figure_before_to_and_a_time_is_no_spread():
    # "rose from 20 to 35 on Friday" names two figures, but "from Monday, 20 people to hospital" does not
    # open a spread: only a figure between "from/between" and "to/and" and another figure is an end.
    c = _claim("a", "20", 20, "From Monday, 20 people were taken to hospital in the city.", "people taken")
    assert not _spread_end(c)


def test_arrests_since_a_month_are_not_the_arrests_of_a_life():
    # Brooklyn: "arrested three times since October" (Daily Mail) and "previously been arrested four times"
    # (RT) count over different windows: both can be true, so no conflict.
    published = {"a": "2013-03-12", "b": "2013-03-12"}
    since = _claim("a", "three", 3, "Gray had been in trouble with the law before, having been arrested three times "
                                    "since October.", "times arrested")
    ever = _claim("b", "four", 4, "Police also said that Gray had previously been arrested four times on charges of "
                                  "grand larceny.", "times arrested")
    assert reconcile_claims([since, ever], Sources(), published=published)[1] == []
    # The same window on both sides is still a disagreement.
    ever_since = _claim("b", "four", 4, "Police also said that Gray had been arrested four times since October, "
                                        "on charges of grand larceny.", "times arrested")
    assert len(reconcile_claims([since, ever_since], Sources(), published=published)[1]) == 1


def test_at_least_131_mph_and_130_mph_are_two_figures():
    # Irene: "winds of at least 131 mph" and "130 mph winds": 130 rounds to 131, but the bound as written
    # excludes it; "at least 10" and "10" stay one figure.
    published = {"a": "2011-08-27", "b": "2011-08-27"}

    def wind(doc, text, value, bound):
        # Each outlet in its own words (issue 20, session 5: one sentence word for word in two reports is one text).
        sentence = (f"Hurricane Irene was a major storm with winds of {text} when it struck the islands on Friday."
                    if doc == "a" else f"Irene struck the islands on Friday as a major storm, its winds at {text}.")
        return _claim(doc, text, value, sentence, "wind speed", unit="mph", norm_unit="mph", bound=bound)
    agreements, _ = reconcile_claims([wind("a", "at least 131 mph", 131, "at_least"), wind("b", "130 mph", 130, "exact")],
                                     Sources(), published=published)
    assert agreements == []
    agreements, _ = reconcile_claims([wind("a", "at least 130 mph", 130, "at_least"), wind("b", "130 mph", 130, "exact")],
                                     Sources(), published=published)
    assert len(agreements) == 1


def test_wire_related_reads_copies_and_leaves_shared_quotes_out():
    from crosscheck.records import CopyGroup

    # c shares a wire passage with b, a copy of a: a figure of c near it is the wire's, for a too. A passage
    # that is mostly a quote (two outlets quoting one official) joins nothing.
    wire = SharedPassage("p1", [PassageSpan("b", 0, 100), PassageSpan("c", 500, 600)], "x", 18)
    quote = SharedPassage("p2", [PassageSpan("c", 900, 1000), PassageSpan("d", 0, 100)], "y", 18, kind="quote")
    sources = Sources([CopyGroup("copies-1", ["a", "b"], "a", 0.9)], documents=[("a", "A"), ("b", "B"), ("c", "C"),
                                                                               ("d", "D")], passages=[wire, quote])
    assert sources.wire_related("c", "a", (650, 660), 200)
    assert not sources.wire_related("c", "a", (1650, 1660), 200)
    assert not sources.wire_related("c", "d", (950, 960), 200)
