"""Regression (fresh stories, session 15, fdev): two outlets citing two different polls were listed as conflicting
on the polls' margins of error ("plus or minus 4.2" against "plus or minus 6") and sample sizes (459 against 418
voters). A poll's method is a fact of that poll, not a finding two sources can contradict. Made-up sentences."""

from crosscheck.claims import extract_claims
from crosscheck.records import Document, Sentence, Sources
from crosscheck.reconcile import reconcile_claims

SOURCES = Sources(documents=[("a", "one.example"), ("b", "two.example"), ("c", "three.example")])
SAME_DAY = {"a": "2016-02-17", "b": "2016-02-17", "c": "2016-02-17"}


def _docs(*texts):
    return [Document(d, d, d, "txt", t, t, [Sentence(t, 0, len(t))]) for d, t in zip("abc", texts)]


def _conflicts(*texts):
    return reconcile_claims(extract_claims(_docs(*texts)), SOURCES, published=SAME_DAY)[1]


def test_margins_and_samples_of_two_polls_are_no_conflict():
    assert _conflicts("The poll of 459 likely voters in the state has a margin of error of plus or minus 4.2 "
                      "percentage points.",
                      "The poll of 418 likely voters in the state has a margin of error of plus or minus 6 "
                      "percentage points.",
                      "The ferry ran late on Monday.") == []


def test_poll_method_reads_margin_and_sample_not_the_finding():
    from crosscheck.reconcile.referents import poll_method

    text = "The survey of 1,012 residents showed 45 percent favoured the bridge (margin of error: plus or minus 3 points)."
    claims = {c.text: poll_method(c) for c in extract_claims(_docs(text))}
    assert any(v for k, v in claims.items() if "1,012" in k)
    assert any(v for k, v in claims.items() if k.endswith("3"))
    assert not any(v for k, v in claims.items() if "45" in k)


def test_a_sample_told_after_other_words_is_still_a_poll_sample():
    # Regression (fresh stories, fdev, after the first mend): a sample told after other words ("ran by phone with N
    # party voters", "of N voters, the error margin ...") was still set against another poll's.
    from crosscheck.reconcile.referents import poll_method

    def figures(text):
        return {c.text: poll_method(c) for c in extract_claims(_docs(text))}

    assert figures("The county paper's poll phoned 611 Green Party voters over four evenings.")["611"]
    assert figures("Of 377 likely voters in the county, sampling error runs to five points either way.")["377"]
    # a turnout, a share and a crowd are findings, not samples
    assert not figures("In the primary, 12,000 voters cast ballots, the poll workers said.")["12,000"]
    assert not any(figures("The poll found 45 percent of likely voters back the plan.").values())
    assert not figures("Police said 40 people were arrested as the poll closed.")["40"]
