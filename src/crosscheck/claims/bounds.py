"""Claims, a bound denied (issue 20x, twenty-second session): "more than" in a denied clause is a ceiling, "less than" a
floor. "No rival bid ran to more than seven years" tells at most seven, "none of the clubs put up more than eight
years" at most eight, "he did not score more than 20 points" at most 20; the quantity finder reads the bound word alone
and took each as "at least" (read on a dev miss: one report's ceiling of seven years against the eight years other
reports gave, lost as "at least seven").

Not denied: the gap since a thing last happened ("it has not rained in more than 100 days", "no word for more than a
week": the bound after a preposition is the gap's length, and stands), a clause joined after the denial ("no one was
hurt and more than 30 homes burned"; "no one knows whether more than 40 died"), a denial inside an aside ("the firm,
which has not paid a dividend, earned more than $5 million"). "no more than" and "not less than" are bounds of their
own (``find.BOUNDS``). A claim of the stage only, as the rises are: ``extract_quantities`` (NewsQuant's reader) is
unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .find import Quantity

# The bound words a denial turns round, at the figure's start, and what they then mean.
# ("over" and "under" are left: "claims made over $500,000" is a threshold the denial of another verb does not reach.)
_TURNED = re.compile(r"(?P<word>more than|in excess of|upwards of|less than|fewer than)\s", re.I)
_TURNED_TO = {"more than": "at_most", "in excess of": "at_most", "upwards of": "at_most",
              "less than": "at_least", "fewer than": "at_least"}
# A preposition before the bound: the figure is a gap or a span of its own ("in more than 100 days", "for over a week").
# A determiner there: the bound is inside a noun phrase ("no injuries among the more than 300 passengers").
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|for|within|since|after|before|of|by|from|to|with|at|on|than|among|across|"
                                 r"between|during|including|the|its|their|his|her|our|an?)\s+$", re.I)
# Asides a denial inside does not reach out of: brackets, dashes, a relative clause between commas.
_ASIDES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\s(?:--|—|–)\s[^—–]*?\s(?:--|—|–)\s|,\s*(?:which|who|whose|where)\b[^,]*,")
# Where a new clause starts: the denial before it is not this clause's.
# A comma too: "nobody was hurt in the village, less than 30 km from the river" (an apposition).
_CLAUSE_BREAK = re.compile(r"[;:,]|\b(?:and|but|while|"
                           r"whereas|although|though|because|whether|if|that|which|who|when|after|before|since|until|"
                           r"unless)\b", re.I)
_DENIAL = re.compile(r"\b(?:no(?![.\w])|none|neither|nobody|nothing|never|not|cannot)\b|n[’']t\b", re.I)
_NOT_A_DENIAL = re.compile(r"\bnot\s+(?:only|just|even|least|least of all)\b|\bno\s+(?:doubt|longer|sooner)\b", re.I)


def _denied(before: str) -> bool:
    """Is the clause that ends where ``before`` ends denied (in its own words, asides left out)?"""
    text = before
    while True:  # an aside inside an aside: the outer one goes too
        shorter = _ASIDES.sub(" ", text)
        if shorter == text:
            break
        text = shorter
    breaks = list(_CLAUSE_BREAK.finditer(text))
    clause = text[breaks[-1].end():] if breaks else text
    clause = _NOT_A_DENIAL.sub(" ", clause)
    return bool(_DENIAL.search(clause))


def with_denied_bounds(text: str, sentences, found: list[Quantity]) -> list[Quantity]:
    """The quantities of a report, each bound a denial turns round read as it then means ("no offer was more than
    seven years": at most seven). ``sentences``: the report's sentences (``start`` and ``end`` offsets)."""
    out = []
    for q in found:
        m = _TURNED.match(q.text)
        if m is None or q.bound not in ("at_least", "at_most") or q.value_max is not None:
            out.append(q)
            continue
        start = next((s.start for s in sentences if s.start <= q.start < s.end), max(0, q.start - 300))
        before = text[start:q.start]
        if _PREPOSITION_BEFORE.search(before) or re.search(r"\b(?:no|not)\s+$", before, re.I) or not _denied(before):
            out.append(q)
            continue
        bound = _TURNED_TO[m.group("word").lower()]
        out.append(replace(q, bound=bound))
    return out
