"""Referents: figures whose number refers to no fact of the story that a second source could corroborate (issue 20,
fifteenth session). Such a figure is never a witness of an agreement; it may still be read as a claim elsewhere.

- A generic statement about a kind of thing, opening the sentence with an indefinite article: "A magnitude-6.5 quake
  can cause heavy damage" says what quakes of that size do, not what this one did; two wire rewrites carrying that
  line are no two witnesses of the story's magnitude.
- A number in a series of names: "attacks on Browser 7 and 8" (the 8 is a version, not a count of anything).
- A number that names a kind of basket in basketball: "a three-point play", "a 3-point shot", "a 3-pointer" tell no
  count of points scored; "cut the lead to three points" or "a 10-point lead" are still figures.
- One of two numbers told as alternatives ("a reading of 8,000 or 9,000 psi").

Read on the dev stories' false agreements (``python -m evaluation.real_stories --split every --errors``).
"""

from __future__ import annotations

import re

from ..records import Claim

# The sentence opens with "A"/"An", the figure within its first few words, and a modal verb follows soon after: a
# statement about any thing of that kind ("A magnitude-6.5 quake can cause heavy damage", "An 8-inch snowfall could
# close schools").
_GENERIC_OPENING = re.compile(r"^\s*(?:A|An)\s+(?:\w+[\s-]+){0,2}$")
_GENERIC_MODAL = re.compile(r"^[\w-]*(?:\s+[\w-]+){0,3}\s+(?:can|could|may|might|would|will|typically|usually|often)\b")

# A name and a number before the figure, joined by "and"/"or"/a comma: "Browser 7 and 8", "Model X3, X4 or 5".
_SERIES_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s?\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or|&|,)\s*$")

# "three-point play", "3-point shot", "3-pointer": a kind of basket, not a count of points.
_BASKET_KIND = re.compile(r"^-?\s?point(?:ers?\b|\s+(?:play|plays|shot|shots|range|attempt|attempts|line|basket|baskets|"
                          r"field\s+goals?|jumpers?|try|tries|touch)\b)", re.I)
_THREE = {"three", "3", "two", "2"}


def _around(c: Claim) -> tuple[str, str] | None:
    """The sentence before and after the figure; None when the figure's text is not found in its sentence."""
    at = c.sentence.find(c.text) if c.text else -1
    return None if at < 0 else (c.sentence[:at], c.sentence[at + len(c.text):])


def generic_figure(c: Claim) -> bool:
    """A figure of a statement about a kind of thing, not about the story: see the module's docstring."""
    around = _around(c)
    return around is not None and (_GENERIC_OPENING.match(around[0]) is not None
                                   and _GENERIC_MODAL.match(around[1]) is not None)


def in_name_series(c: Claim) -> bool:
    """A bare number after a name and a number joined by "and"/"or" ("Browser 7 and 8"): a name, not a figure."""
    if c.unit or not c.text or not c.text.isdigit():
        return False
    around = _around(c)
    return around is not None and _SERIES_BEFORE.search(around[0]) is not None


def basket_kind(c: Claim) -> bool:
    """"three-point play", "3-pointer": the number names a kind of basket."""
    if (c.text or "").lower() not in _THREE:
        return False
    around = _around(c)
    return around is not None and _BASKET_KIND.match(around[1]) is not None


# One of two numbers told as alternatives ("a reading of 8,000 or 9,000 psi"): neither is a figure of its own. (A pair
# of dimensions, "a 2,880 x 1,800 display", and a spread's ends, "between 35,000 and 60,000 barrels", are kept: the dev
# gold counts a screen's width and a spread's lower bound told alike as agreements; dropping them lost 3 right ones.)
# (", or" restates the figure in other terms: "rose $1.18, or 3.2 percent" is one fact told twice, not alternatives.)
_OTHER_NUMBER_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?or\s+\d")
_OTHER_NUMBER_BEFORE = re.compile(r"\d(?:[\d.]|,\d)*\s+(?:[a-z]+\s+)?or\s+$")


def paired_number(c: Claim) -> bool:
    """"8,000 or 9,000": the figure is one of two numbers told as alternatives (see above)."""
    around = _around(c)
    return around is not None and (_OTHER_NUMBER_BEFORE.search(around[0]) is not None
                                   or _OTHER_NUMBER_AFTER.match(around[1]) is not None)


def no_referent(c: Claim) -> bool:
    """Is the figure no witness of any fact of the story (see the module's docstring)?"""
    return generic_figure(c) or in_name_series(c) or basket_kind(c) or paired_number(c)


# A poll's own method, not a finding: its margin of error ("plus or minus 3.4 points") and its sample ("a survey of
# 1,012 adults", "800 likely voters were interviewed"). Two outlets citing two different polls disagree on these
# without contradicting each other (fresh stories, session 15: four of the fdev's twelve false conflicts).
_MARGIN_BEFORE = re.compile(r"(?:margin\s+of\s+(?:sampling\s+)?error|sampling\s+error|plus\s+or(?:\s+minus)?|\+/-|±)"
                            r"[^.;]{0,30}$", re.I)
_SAMPLE_BEFORE = re.compile(r"\b(?:poll|polled|polling|survey|surveyed|sample|interviewed|questioned)\s+(?:of\s+)?"
                            r"(?:just\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)
_SAMPLE_AFTER = re.compile(r"^\s*(?:likely\s+|registered\s+|adult\s+|eligible\s+)?(?:voters|adults|respondents|"
                           r"people|residents|Americans|Democrats|Republicans)\s+(?:were\s+|was\s+)?"
                           r"(?:polled|surveyed|interviewed|questioned|sampled)\b", re.I)


# A count of the people a poll asked, told in a sentence about the poll, whatever words stand before it ("the
# survey reached 611 Green Party members by phone"; "Of 377 likely voters in the county, sampling error runs to five
# points"): its sample.
_POLL_SENTENCE = re.compile(r"\b(?:polls?|surveys?)\b(?!\s+(?:workers?|stations?|places?|booths?|closed?|opened?|open)\b)"
                            r"|\b(?:polled|surveyed)\b|margin\s+of\s+(?:sampling\s+)?error|sampling\s+error", re.I)
_PEOPLE_ASKED_AFTER = re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,3}?(?:voters|adults|respondents|Americans|Democrats|"
                                 r"Republicans|independents)\b")


def poll_method(c: Claim) -> bool:
    """A poll's margin of error or sample size: a fact of one poll, never a side of a conflict between two outlets."""
    around = _around(c)
    if around is None:
        return False
    before, after = around
    if _MARGIN_BEFORE.search(before) or _SAMPLE_BEFORE.search(before) or _SAMPLE_AFTER.match(after):
        return True
    share = c.unit == "%" or "%" in c.text or "percent" in c.text.lower() or after.lstrip().lower().startswith(("percent", "%"))
    return not share and bool(_POLL_SENTENCE.search(c.sentence)) and bool(_PEOPLE_ASKED_AFTER.match(after))
