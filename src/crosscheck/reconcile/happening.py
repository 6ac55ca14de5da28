"""What happened to the thing a figure counts: the verb said of it ("boats seen", "boats intercepted"),
so that two figures of one noun in two happenings are not set against each other."""

from __future__ import annotations

import re

from ..records import Claim
from .memo import per_figure
from .basis import KEPT_VERBS, OUTCOME_KEYS, SYNONYMS, _key_verb, subject_key


# Irregular forms of the verbs said of a thing counted ("fell", "fallen": fall).
_VERB_FORMS = {"fell": "fall", "fallen": "fall", "falling": "fall", "falls": "fall", "taken": "take", "seen": "see"}


def _stem(word: str) -> str:
    """A verb's stem, roughly ("intercepted" -> "intercept", "loaded" -> "load"): the same on both sides."""
    word = _VERB_FORMS.get(word, word)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


# A figure told right after "in" or "across" ("the pirates, in three boats, were trying to board", "officers in 19 states
# are following sightings") counts where or in what the verb's doer acts: the verb is the doer's, not the counted
# things' (issue 20, seventeenth session, read on the dev misses).
_IN_BEFORE = re.compile(r"\b(?:in|across)\s+(?:(?:about|some|nearly|almost|at least|more than|over)\s+)?$", re.I)


def _told_in(c: Claim, verb: str) -> bool:
    """The figure is told right after "in" or "across", and the verb is not the one right before it ("played in 10
    games" tells what happened in the games: kept, against "missed four games")."""
    at = c.sentence.find(c.text)
    m = _IN_BEFORE.search(c.sentence[:at]) if at >= 0 else None
    if m is None:
        return False
    before = re.findall(r"[a-z]+", c.sentence[:m.start()].lower())[-2:]
    return not any(_stem(w) == _stem(verb) for w in before)


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def _happening(c: Claim) -> str | None:
    """The verb the report says of the thing counted ("five boats seen approaching", "three boats
    intercepted", "seven bullets entered his body", "loaded with four bullets"), from the claim's subject,
    where the thing's key leaves it out; None when the subject names no verb."""
    words = re.findall(r"[a-z]+", (c.subject or "").lower())
    if len(words) < 2 or not _key_verb(words[-1]) or words[-1] in OUTCOME_KEYS | KEPT_VERBS:
        return None
    if _told_in(c, words[-1]):
        return None  # "pirates, in three boats, were trying to board": where the doer acts, not what happened to them
    # Only where the thing counted is the subject's ("boats" of "boats intercepted"), not a key read elsewhere
    # ("home to 120,000 people" is a population, whatever verb the subject caught).
    key = (subject_key(c) or "").removeprefix("possibly ")
    thing = {SYNONYMS.get(w, w) for w in words} | {"people"}
    if not key or not set(key.split()) <= thing:
        return None
    return _stem(words[-1])


# Verbs that tell the same happening to a thing counted (seen or spotted boats are the boats detected; arms
# seized are arms confiscated), and verbs that only say the thing happened or was counted ("aftershocks were
# felt", "followed by four aftershocks"), which tell nothing apart.
_SAME_HAPPENING = {"see": "detect", "seed": "detect", "spott": "detect", "sight": "detect", "observ": "detect",
                   "detect": "detect", "fired": "fire", "launch": "fire", "shot": "fire", "seiz": "seize",
                   "confiscat": "seize", "recover": "seize", "captur": "seize", "found": "seize", "impound": "seize",
                   "take": "seize",
                   # Oil or gas getting out, however told (issue 20, round 6): leaking, spewing, spilling, gushing.
                   "leak": "leak", "spew": "leak", "spill": "leak", "gush": "leak", "flow": "leak", "pour": "leak",
                   "escap": "leak", "discharg": "leak"}
_NEUTRAL_HAPPENING = {"feel", "feeled", "felt", "follow", "record", "report", "register", "occurr", "happen", "hit",
                      "struck", "count", "list", "given", "made", "held", "left", "caus",
                      # how a figure is known, not what happened to the thing ("thought to be leaking", "estimated")
                      "think", "thinked", "thought", "estimat", "believ", "expect"}


def _same_happening(a: Claim, b: Claim) -> bool:
    """For a conflict, the two figures count the thing in the same happening: "five boats approaching"
    and "three boats intercepted", "seven bullets entered" and "loaded with four bullets" count different
    things under one noun (issue 20, round 5: when unsure, no conflict). A figure with no verb said of
    its thing is compared as before."""
    ha, hb = _happening(a), _happening(b)
    if ha is None or hb is None or ha in _NEUTRAL_HAPPENING or hb in _NEUTRAL_HAPPENING:
        return True
    return _SAME_HAPPENING.get(ha, ha) == _SAME_HAPPENING.get(hb, hb)


# How people were killed or hurt, as a toll's sentence tells it: by gunfire (snipers, gunmen, shots) or by an explosive
# or a shell (shelling, a bomb, a rocket, an air strike). Two tolls told, each by one means only, and by two different
# means, are the dead of two happenings (issue 20, seventeenth session, fresh fdev: the dead of snipers' fire on one
# day and those of a shelling on the city's outskirts, agreed as one "six killed"): neither one figure nor a conflict.
# A sentence naming both means, or neither ("killed in clashes", "in the attack"), tells nothing apart.
_MEANS = {
    "gunfire": re.compile(r"\b(?:snipers?|gunm[ae]n|gunfire|gun\s*fire|gunshots?|shot\s+(?:dead|and\s+killed|to\s+death)|"
                          r"opened\s+fire|shooting|bullets?|machine[\s-]?guns?)\b", re.I),
    "blast": re.compile(r"\b(?:shell(?:s|ed|ing)|mortars?|rockets?|artillery|bomb(?:s|ed|ings?|ers?)?|car[\s-]bomb|"
                        r"air\s*strikes?|airstrikes?|blasts?|explosions?|explosives?|missiles?|grenades?)\b", re.I),
}
# The counts of people a means tells apart: the dead and the hurt.
_HARM_KEYS = ("killed", "dead", "died", "injured", "wounded", "hurt")


def _means(c: Claim) -> frozenset[str]:
    """The means of harm a figure's sentence names ("killed by snipers": gunfire)."""
    return frozenset(name for name, pattern in _MEANS.items() if pattern.search(c.sentence))


def means_apart(a: Claim, b: Claim, key: str) -> bool:
    """Are two counts of people harmed told of two means, one each ("six killed by snipers", "shelling killed six")?"""
    if not any(key.endswith(w) for w in _HARM_KEYS):
        return False
    ma, mb = _means(a), _means(b)
    return len(ma) == 1 and len(mb) == 1 and ma != mb
