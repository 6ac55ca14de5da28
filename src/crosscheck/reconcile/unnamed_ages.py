"""Conflicts on the age of someone no report names beside it (issue 20, twelfth session: conflict recall).

``ages`` compares only ages of people named in full, since "a 32-year-old British climber" may be anyone. But when
independent sources tell an age in sentences alike enough to be one statement told twice ("a 14-month-old girl has
died of the fever in Corvale, the first death outside the capital" / "a 15-month-old girl died of the fever, the first
such death outside the capital"), the sentences say whose age it is: two different ages are a conflict. An age told in months or weeks ("a
23-month-old") is read as a span by ``basis.measure``; beside "old" it is an age here.

The sentences must share UNNAMED_AGE_MIN_SHARED content words, at least UNNAMED_AGE_MIN_OVERLAP of the shorter's (more
than an agreement of one number asks: 3 and 0.3), and pass every test of a conflict (same moment, scope, happening and
holder, the tests of ``likeness.sure_pair`` but its clause anchors). Tried and left out in this session
(bench/results/issue-20r-s12.md): the same test for money, measurements and shares with no thing counted found 1 real
conflict and 14 false ones on the 157 dev stories (sports yards, distances, gallons in alike sentences about other
things); independent outlets tell a real money or distance conflict in their own words, which no test of alike wording
sees.
"""

from __future__ import annotations

import re

from ..records import Claim, Finding, Sources
from .ages import _SURNAME_AFTER, _SURNAME_BEFORE
from .basis import MAX_DAYS_APART, aged_person, measure, unkeyed_basis
from .compare import MAX_MEASURE_RATIO, _Aliases, _comparable_claims, _independent, _ratio, _same_holder
from .happening import _same_happening
from .holders import holders_apart
from .likeness import as_of, listed
from .moments import _window, same_moment
from .wording import _conflict_text, _evidence

UNNAMED_AGE_MIN_SHARED, UNNAMED_AGE_MIN_OVERLAP = 4, 0.4

# An age told in months or weeks ("a 23-month-old", "a 22-month old boy"), right after the figure.
_OLD_AFTER = re.compile(r"^\s*-?\s*old\b", re.I)


def unnamed_age_conflicts(claims: list[Claim], sources: Sources, labels: dict[str, str],
                          published: dict[str, str | None], aliases: _Aliases) -> list[Finding]:
    """Conflicts on an unnamed person's age told by independent sources in alike sentences (the module's docstring);
    each figure in at most one finding, one figure a source."""
    # A sentence that tells two or more ages tells several people's ("John Jenkin, 23, ... his 58-year-old mother, ...
    # and her 20-year-old daughter"): which age is whose its words say, not its likeness to another sentence.
    ages_in: dict[tuple[str, str], int] = {}
    for c in claims:
        if c.value is not None and (measure(c) == "age" or _in_months(c)):
            ages_in[(c.document, c.sentence)] = ages_in.get((c.document, c.sentence), 0) + 1
    group = sorted((c for c in claims if c.value is not None and _unnamed_age(c)
                    and ages_in.get((c.document, c.sentence)) == 1 and not _SEVERAL.search(c.sentence)),
                   key=lambda c: (c.document, c.start))
    # A report that tells both ages tells two people's ("a 23-year-old man was arrested ... a 25-year-old man was
    # arrested later"): no report's two ages are one person's told twice (review of the twelfth session).
    told: dict[str, set[float]] = {}
    for c in group:
        told.setdefault(c.document, set()).add(c.value)
    found: list[Finding] = []
    used: set[str] = set()
    for i, a in enumerate(group):
        if a.id in used:
            continue
        sides: list[list[Claim]] = [[a]]
        for b in group[i + 1:]:
            if b.id in used or b.document == a.document or not _disagree(a, b, sources, published, aliases):
                continue
            if {a.value, b.value} <= told[a.document] or {a.value, b.value} <= told[b.document]:
                continue
            if any(not _independent(sources, b, o) for side in sides for o in side):
                continue
            home = next((side for side in sides[1:] if side[0].value == b.value), None)
            if home is None:
                sides.append([b])
            else:
                home.append(b)
        if len(sides) < 2:
            continue
        involved = [c for side in sides for c in side]
        used.update(c.id for c in involved)
        documents = sorted({c.document for c in involved})
        found.append(Finding("quantity", _evidence(involved), documents,
                             _conflict_text("the age of someone not named beside it", sides, labels) +
                             f" Basis: an age, told at most {MAX_DAYS_APART} day apart in sentences alike enough to be "
                             "one statement told twice (no name is written beside the age: the sentences' shared words "
                             "say whose it is).", sources.count(documents)))
    return found


# A sentence that counts people off ("a second man, 25, was arrested", "another 30-year-old"): one of several.
_SEVERAL = re.compile(r"\b(?:second|third|fourth|another|other|both)\b", re.I)


def _unnamed_age(c: Claim) -> bool:
    """An age with no person named beside it: "a 52-year-old", or an age in months or weeks ("a 23-month-old")."""
    at = c.sentence.find(c.text)
    if measure(c) == "duration":
        return _in_months(c)
    basis = unkeyed_basis(c)
    if basis is None or basis[0] != "age" or at < 0 or aged_person(c) is not None:
        return False
    # A name beside the age, full or a surname alone ("Kafoury, 63,", "the 36-year-old Rahman"), says whose it is:
    # ``ages`` (a list of people's ages in alike sentences, "Kafoury, 63, ... Riva, 47", is no one age told twice).
    named = _SURNAME_BEFORE.search(c.sentence[max(0, at - 40):at]) or (
        re.search(r"year[- ]old$", c.text, re.I) and _SURNAME_AFTER.match(c.sentence[at + len(c.text):]))
    return named is None


def _in_months(c: Claim) -> bool:
    """An age told in months or weeks, read as a span: "a 23-month-old"."""
    at = c.sentence.find(c.text)
    return (measure(c) == "duration" and at >= 0
            and bool(_OLD_AFTER.match(c.sentence[at + len(c.text):at + len(c.text) + 8])))


def _disagree(a: Claim, b: Claim, sources: Sources, published: dict[str, str | None], aliases: _Aliases) -> bool:
    """Two ages as written (32 and 33 years are two, though 2% apart in days), in alike sentences of independent
    sources, with every test of a conflict."""
    same_unit = (a.unit or "").split("-")[0] == (b.unit or "").split("-")[0]  # "year-old" and "year", not "month"
    if a.value == b.value or not same_unit or _ratio(a, b) > MAX_MEASURE_RATIO:
        return False
    if not _independent(sources, a, b) or not alike(a, b, aliases):
        return False
    return (_comparable_claims(a, b, published, aliases, MAX_DAYS_APART) and _window(a) == _window(b)
            and _same_happening(a, b) and _same_holder(a, b, aliases, strict=True) and same_moment(a, b, published)
            and _sure(a, b, aliases))


def _sure(a: Claim, b: Claim, aliases: _Aliases) -> bool:
    """``likeness.sure_pair``'s tests but its anchors: neither age one of a list ("the 12- and 14-year-old sisters"),
    no two holders or periods told apart, no two moments. Its anchors are read in the figure's clause, and an age's
    clause is a few words ("A 2-year-old toddler was attacked"): alike whole sentences (``alike``) anchor it here."""
    if listed(a) or listed(b) or holders_apart(a, b, aliases) is not None:
        return False
    ta, tb = as_of(a), as_of(b)
    return not (ta and tb and not ta & tb)


def alike(a: Claim, b: Claim, aliases: _Aliases) -> bool:
    """Sentences alike enough to be one statement told twice (the module's thresholds)."""
    wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
    shared = len(wa & wb)
    return shared >= UNNAMED_AGE_MIN_SHARED and shared / max(1, min(len(wa), len(wb))) >= UNNAMED_AGE_MIN_OVERLAP
