"""Ages of people named in full: agreements and conflicts on one person's age."""

from __future__ import annotations

import re

from ..records import Claim, Finding, Sources
from .basis import aged_person, measure
from .compare import _Aliases, _independent
from .moments import _days_apart
from .wording import _agree_text, _conflict_text, _evidence
from .agreements import _agreeing


# A person's age told this many days apart is still one age (a birthday aside).
AGE_MAX_DAYS = 7


def _ages(claims: list[Claim], sources: Sources, labels: dict[str, str],
          published: dict[str, str | None], aliases: _Aliases | None = None) -> tuple[list[Finding], list[Finding]]:
    """Agreements and conflicts on the age of a person named in full beside it ("Robert Buckley, 32," and
    "31-year-old Robert Buckley"), by independent sources within AGE_MAX_DAYS (issue 20, round 5). An age
    with no full name beside it is never a side of a conflict: "a 32-year-old British climber" may be anyone.
    With the story's ``aliases``, a surname alone beside an age ("Rahman, 36,", "the 36-year-old Rahman") is the
    one person of the story that carries it, and joins that person's ages told with the full name (issue 20,
    sixth session); a surname two people of the story carry names no one."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        person = _aged(c, aliases) if c.value is not None else None
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
                                      _agree_text(person, kept, labels) + f" Basis: {person}, the person named beside "
                                      "each figure (in full, or by a surname no one else in the story carries), told at most "
                                      "a week apart.", sources.count(documents)))
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
                                 _conflict_text(person, sides, labels) + f" Basis: {person}, the person named beside "
                                 "each figure (in full, or by a surname no one else in the story carries), told at most a "
                                 "week apart.", sources.count(documents)))
    return agreements, conflicts


# A surname alone right before an age ("Rahman, 36,") or right after "N-year-old" ("the 36-year-old Rahman").
_SURNAME_BEFORE = re.compile(r"(?:^|[^\w'’-])([A-Z][a-zA-Z'’-]+),\s*(?:aged?\s+)?$")
_SURNAME_AFTER = re.compile(r"^\s+([A-Z][a-zA-Z'’-]+)\b(?!\s+[A-Z])")


def _aged(c: Claim, aliases: _Aliases | None) -> str | None:
    """Whose age the figure is: "age of <full name>" (``basis.aged_person``), or, through the story's names, "age of
    <the person's name>" of the one person entity a name beside the age (full, or a surname alone) belongs to."""
    full = aged_person(c)
    if aliases is None or measure(c) != "age":
        return full
    at = c.sentence.find(c.text)
    if full is not None:
        name = full[len("age of "):]
    elif at >= 0 and (m := _SURNAME_BEFORE.search(c.sentence[max(0, at - 40):at]) or (
            re.search(r"year[- ]old$", c.text, re.I) and _SURNAME_AFTER.match(c.sentence[at + len(c.text):]))):
        name = re.sub(r"['’]s?$", "", m.group(1))  # "the 32-year-old Klitschko's third": Klitschko
    else:
        return None
    people = {e for alias, e in aliases.pairs if e.startswith("person:") and alias.lower() == name.lower()}
    if len(people) != 1:
        return full
    person = people.pop()
    shown = max((alias for alias, e in aliases.pairs if e == person), key=len)
    return f"age of {shown}"

