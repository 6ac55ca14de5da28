"""Claims, the figure zero written in words: "no one was killed", "nobody died", "there were no
casualties", "no injuries were reported" (issue 20). A source that says no one died disagrees
with one that counts 12 dead: the zero is a figure reconcile must see, of the people it names
(killed, injured), though no digit is written."""

from __future__ import annotations

import re

from ..records import Normalized
from .find import Quantity

# What happened, as the zero phrase names it -> the outcomes it counts zero of. "No casualties" says
# that no one was killed and no one injured.
_OUTCOME = {"killed": ("killed",), "dead": ("killed",), "died": ("killed",), "deaths": ("killed",),
            "fatalities": ("killed",), "death": ("killed",), "fatality": ("killed",), "perished": ("killed",),
            "injured": ("injured",), "hurt": ("injured",), "wounded": ("injured",), "injuries": ("injured",),
            "injury": ("injured",), "harmed": ("injured",),
            "casualties": ("killed", "injured"), "casualty": ("killed", "injured")}
_WHAT = r"(?:killed|dead|died|deaths?|fatalit(?:y|ies)|perished|injured|hurt|wounded|injur(?:y|ies)|harmed|casualt(?:y|ies))"
_KIND = r"(?:military|human|serious|major|immediate|other|further|reported|confirmed|known)"
# "no one was killed or injured", "nobody has been hurt", "none of the workers were injured"
_NOBODY = re.compile(
    rf"\b(?P<zero>no[\s-]one|nobody|none(?: of (?:the|them|those)(?: \w+)?)?)"
    rf"\s+(?:(?:was|were|is|are|has|have|had|been|being|got|appeared|seems?|seemed|to|be|reported|reportedly|"
    rf"believed|thought|known|seriously|badly|critically|else|inside|aboard|on board|in the \w+)\s+){{0,4}}"
    rf"(?P<what>{_WHAT})(?:\s+(?:or|and|nor)\s+(?P<what2>{_WHAT}))?\b", re.I)
# "there were no casualties", "no injuries were reported", "no immediate reports of any casualties",
# "no reports of civilian casualties", "unaware of any civilian casualties"
_NO_THING = re.compile(
    rf"\b(?P<zero>no|zero|(?:unaware|not aware) of any)\s+(?:(?:immediate\s+)?(?:reports?|indications?|signs?|"
    rf"word|evidence)\s+of\s+(?:any\s+)?)?(?:{_KIND}\s+){{0,2}}(?P<counted>civilian\s+)?"
    rf"(?P<what>(?:deaths|fatalities|injuries|casualties|dead|one\s+(?:killed|injured|hurt|dead)))"
    rf"(?:\s+(?:or|and|nor)\s+(?:{_KIND}\s+)?(?P<what2>{_WHAT}))?\b", re.I)
# A zero told as what its teller knows of: "no reports of civilian casualties", "no indication of any casualties",
# "unaware of any deaths" (issue 22c, twenty-second session). It stands against a count ("48 killed": a conflict, as a
# fact-checker sets a denial against a toll), but it witnesses no count: two officials who have seen no reports do not
# confirm that no one died, so reconcile shows no agreement on it (``reconcile.agreements``).
_UNAWARE = re.compile(r"(?:no\s+(?:immediate\s+)?(?:reports?|indications?|signs?|word|evidence)\s+of|(?:unaware|not aware)\s+of)\b",
                      re.I)


def told_as_unaware(text: str) -> bool:
    """A zero's own words tell what its teller knows of, not what happened ("no reports of casualties")."""
    return _UNAWARE.match(text.strip()) is not None


# A possibility, a wish or a question is no figure told: "so that no one is hurt", "hoped no one was injured".
_NOT_TOLD = re.compile(r"\b(?:if|whether|could|would|might|may|should|hope[sd]?|hoping|pray\w*|ensure|make sure|"
                       r"so that|to avoid|prevent\w*|unless|wish\w*|want\w*|aim\w*)\b[^.;:!?]*$", re.I)
_SERIOUS = re.compile(r"\b(?:serious|major|seriously|badly|critically)\b", re.I)


def zero_quantities(text: str) -> list[Quantity]:
    """The zeros a text states in words, each with the people it counts as its ``subject``."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for rx in (_NOBODY, _NO_THING):
        for m in rx.finditer(text):
            start, end = m.start("zero"), m.end()
            if any(a < end and start < b for a, b in taken):
                continue
            clause = re.split(r"[.;:!?\n]", text[max(0, start - 80):start])[-1]
            if _NOT_TOLD.search(clause):
                continue
            words = [m.group("what").lower().split()[-1]] + ([m.group("what2").lower()] if m.group("what2") else [])
            outcomes: list[str] = []
            for w in words:
                for o in _OUTCOME.get(w, ()):
                    if o not in outcomes:
                        outcomes.append(o)
            if _SERIOUS.search(m.group(0)):
                outcomes = ["seriously injured" if o == "injured" else o for o in outcomes if o != "killed"]
            counted = "civilians" if "counted" in m.groupdict() and m.group("counted") else "people"
            taken.append((start, end))
            surface_end = m.end("zero") if rx is _NOBODY else m.end("what")
            for outcome in outcomes:
                out.append(Quantity(start, surface_end, text[start:surface_end], 0.0, None, None, "exact",
                                    Normalized(0.0, None, None), subject=f"{counted} {outcome}"))
    return out
