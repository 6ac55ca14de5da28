"""Ages of people named in full: agreements and conflicts on one person's age."""

from __future__ import annotations

from ..records import Claim, Finding, Sources
from .basis import aged_person
from .compare import _independent
from .moments import _days_apart
from .wording import _agree_text, _conflict_text, _evidence
from .agreements import _agreeing


# A person's age told this many days apart is still one age (a birthday aside).
AGE_MAX_DAYS = 7


def _ages(claims: list[Claim], sources: Sources, labels: dict[str, str],
          published: dict[str, str | None]) -> tuple[list[Finding], list[Finding]]:
    """Agreements and conflicts on the age of a person named in full beside it ("Robert Buckley, 32," and
    "31-year-old Robert Buckley"), by independent sources within AGE_MAX_DAYS (issue 20, round 5). An age
    with no full name beside it is never a side of a conflict: "a 32-year-old British climber" may be anyone."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        person = aged_person(c) if c.value is not None else None
        if person is not None:
            groups.setdefault(person, []).append(c)

    def near(a: Claim, b: Claim) -> bool:
        gap = _days_apart(published.get(a.document), published.get(b.document))
        return gap is None or gap <= AGE_MAX_DAYS

    agreements, conflicts = [], []
    for person, group in sorted(groups.items()):
        # One age is one whole number of years: 32 and 31 are two ages, though near in days.
        same_age = [[c for c in group if c.value == v] for v in sorted({c.value for c in group})]
        for kept in (k for figure in same_age for k in _agreeing(figure, sources, near)):
            documents = sorted({c.document for c in kept})
            agreements.append(Finding("quantity", _evidence(kept), documents,
                                      _agree_text(person, kept, labels) + f" Basis: {person}, the person named in "
                                      "full beside each figure, told at most a week apart.", sources.count(documents)))
        per_source: dict[str, Claim] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            if all(_independent(sources, c, o) for o in per_source.values()):
                per_source[sources.key(c.document)] = c
        by_value: dict[float, list[Claim]] = {}
        for c in per_source.values():
            by_value.setdefault(c.value, []).append(c)
        sides = [cl for _, cl in sorted(by_value.items())]
        if len(sides) < 2 or not any(near(a, b) for i, x in enumerate(sides) for y in sides[i + 1:]
                                     for a in x for b in y):
            continue
        involved = [c for cl in sides for c in cl]
        documents = sorted({c.document for c in involved})
        conflicts.append(Finding("quantity", _evidence(involved), documents,
                                 _conflict_text(person, sides, labels) + f" Basis: {person}, the person named in full "
                                 "beside each figure, told at most a week apart.", sources.count(documents)))
    return agreements, conflicts
