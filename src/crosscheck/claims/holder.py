"""Whose figure it is, and of which period, read from the dependency parse (issue 20, eighth session).

Two figures under one noun are often of two holders: "Bush ran for 120 yards" and "Addai ran for 90 yards", "the
15-inch model's battery lasts 5 hours" and "the 13-inch model's ... 7 hours", "his 20 points" this season and "18
points" over his career. Reconcile compared them as one thing (the blind reads' false conflicts, test13 and the WWDC
story). The holder is the name that owns the number in the parse:

- the possessor of the thing counted ("Addai's 90 yards", "the team's 300 yards");
- otherwise the subject of the verb the figure hangs from, through prepositions and objects ("Bush ran for 120
  yards", "Hansbrough scored 20 points"), or the agent of a passive; a verb with no subject of its own takes its
  head verb's ("Bush caught six passes and ran for 40 yards");
- the owner of the noun a figure is the value of ("Newton's record of 4,051 yards": Newton's, not the breaker's).

A holder is kept only when it names a distinct owner: a proper name (or several words of one), a noun told with a
number ("the 15-inch model"), or a personal pronoun ("he": told as "?", whose it is not known). A common noun
("the quake killed 10", "police said") is no holder: it does not tell two owners apart.

The period is the season, year or career a figure is told of ("this season", "last year", "in his career", "in
2008"), from the words of time beside the figure or its verb. Only periods are read here, not days: the day a figure
is told of is ``reconcile.moments``'s.
"""

from __future__ import annotations

import re

from .counted import _AMOUNT_NOUNS

# Pronouns that stand for a person or a team: the figure has a holder, not known here.
_PERSONAL = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "i", "me", "my", "we", "us",
             "our", "you", "your"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_CLIMB_DEPS = ("dobj", "pobj", "prep", "attr", "npadvmod", "advmod", "acomp", "oprd", "dative", "appos", "nummod",
               "quantmod", "compound", "amod", "conj", "cc", "pcomp", "agent")
_STOP_AT = ("ccomp", "advcl", "relcl", "acl", "xcomp", "parataxis", "ROOT")  # a clause of its own: no further up
# A period a figure is told of: season, year, career, with the word that says which.
_PERIOD = re.compile(r"\b(?:(?P<which>this|last|next|previous|past|current|rookie|senior|junior|sophomore|freshman|"
                     r"regular|the)\s+(?P<unit>season|year|campaign)|(?P<career>career)(?!-)\b|(?:in|during)\s+"
                     r"(?P<year>(?:19|20)\d\d)\b)", re.I)
_PERIOD_NOT = re.compile(r"^career[- ]?(?:high|best|low|worst|long)", re.I)


def _name_tokens(token) -> list:
    """The words of the phrase ``token`` heads that name it: its compounds, possessors and modifiers, then itself."""
    words = [t for t in token.subtree if t.i < token.i and t.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod")
             and (t.head == token or t.head.dep_ in ("compound", "amod", "nmod"))]
    return words + [token]


def _is_name(t) -> bool:
    """A word of a proper name: tagged so, or in a named entity, or a capitalised noun with no determiner (the small
    model reads many surnames as nouns or verbs: "Hansbrough scored 20 points", "Manning threw for 364 yards"); at a
    sentence's start, one the report also writes capitalised inside a sentence, or a singular."""
    if not t.is_alpha or not t.text[:1].isupper() or t.pos_ in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "NUM", "AUX"):
        return False
    if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "PRODUCT", "FAC", "WORK_OF_ART"):
        return True
    if t.lower_ in _COMMON_CAPITALS or any(c.dep_ == "det" for c in t.children):
        return False
    if t.i != t.sent.start or t.text in _capitalised_inside(t.doc):
        return True
    return t.tag_ not in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass", "poss", "compound")


_INSIDE: dict[int, tuple[object, frozenset[str]]] = {}  # id(parse) -> (the parse, its words): the last few parses
INSIDE_KEPT = 8


def _capitalised_inside(doc) -> frozenset[str]:
    """The words a report writes capitalised inside a sentence (not at its start): names (worked out once a parse,
    kept here rather than on the parse, which the store serialises)."""
    kept = _INSIDE.get(id(doc))
    if kept is not None and kept[0] is doc:
        return kept[1]
    known = frozenset(t.text for t in doc if t.is_alpha and t.text[:1].isupper() and not t.is_sent_start
                      and t.i > 0 and doc[t.i - 1].text not in ('"', "“", "'", "‘", ":", "(", "-", "—"))
    if len(_INSIDE) >= INSIDE_KEPT:
        _INSIDE.clear()
    _INSIDE[id(doc)] = (doc, known)
    return known


# Collective nouns that open a sentence in capitals without a determiner: no name.
_COMMON_CAPITALS = {"police", "staff", "security", "management", "government", "administration", "everyone",
                    "nobody", "someone", "anyone", "each", "one", "team", "officials"}
_RELATIVE = {"who", "which", "that", "whom"}


def _holder_phrase(token, skip: frozenset[int] = frozenset()) -> str | None:
    """The holder ``token`` names: "?" for a personal pronoun; its proper name with the names compounded to it
    ("Reggie Bush", "MacBook Air"); else its possessor's ("the 15-inch model's battery": the model); else the noun
    itself when told with a number ("15-inch model"); None for a common noun ("Staunton police": the police, no
    name). ``skip``: the figure's own words, never its holder's number ("an 8.7-magnitude earthquake" is no holder
    of the 8.7)."""
    if token.lower_ in _PERSONAL and token.pos_ == "PRON":
        return UNKNOWN
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        return _holder_phrase(token.head.head)  # "Hansbrough, who scored 2,592 points"
    words = _name_tokens(token)
    if _is_name(token):
        return " ".join(t.text for t in words if _is_name(t))
    possessor = next((c for c in token.children if c.dep_ == "poss"), None)
    if possessor is not None:
        held = _holder_phrase(possessor)
        if held is not None:
            return held
    numbered = [t for t in words if (t.like_num or any(c.isdigit() for c in t.text)) and t.i not in skip]
    if numbered and token.pos_ in ("NOUN", "PROPN"):
        owned = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree} | skip
        sized = " ".join(t.text for t in token.subtree if t.i <= token.i and t.i not in owned
                         and t.dep_ not in ("det", "case"))
        return re.sub(r"\s*-\s*", "-", sized)
    return None


UNKNOWN = "?"
RESOLVED = "~"  # the mark of a holder read through a pronoun ("~Bush": "he", standing for Bush): a guess
CLIMB = 8  # steps up the parse from the thing counted to its verb
_SINGULAR_PERSON = {"he", "him", "his", "she", "her", "hers"}
LOOK_BACK = 2  # sentences before the pronoun's own read for the person it stands for


def _antecedent(pronoun) -> str:
    """The person a singular pronoun stands for: the last name told as a subject before it, in its sentence or the
    ``LOOK_BACK`` before ("Jenkins was hurt in May. He missed four games."), marked as read through a pronoun
    (``RESOLVED``); "?" when none is found."""
    if pronoun.lower_ not in _SINGULAR_PERSON:
        return UNKNOWN
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(LOOK_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for t in reversed(doc[first:pronoun.i]):
        if (t.dep_ in ("nsubj", "nsubjpass") and _is_name(t) and t.tag_ != "NNPS"
                and t.ent_type_ not in ("ORG", "GPE", "NORP", "PRODUCT", "FAC")):
            held = _holder_phrase(t)
            if held not in (None, UNKNOWN):
                return RESOLVED + held
    return UNKNOWN


# Verbs whose subject has what is counted, whatever the subject is ("the MacBook Pro features 7 hours of battery
# life", "the Colts have 11 wins"); with other verbs the subject owns the figure only when it is a person, who
# scores, runs, misses or earns it ("Bush ran for 120 yards"); a body that acts on things is no owner of them ("the
# Navy confiscated 14 rifles", "police arrested 5 people").
_HAVE_VERBS = {"have", "get", "feature", "boast", "offer", "last", "come", "include", "carry", "deliver", "total",
               "average", "own", "hold", "weigh", "measure", "cost", "sell", "retail", "start"}
_BODY_TYPES = ("ORG", "GPE", "NORP", "FAC", "LOC")


def _owns(subject, verb) -> bool:
    """Does the subject of ``verb`` own the figure it hangs from (see ``_HAVE_VERBS``)?"""
    if verb.lemma_.lower() in _HAVE_VERBS:
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in _SINGULAR_PERSON or subject.lower_ in _RELATIVE
    head = subject if subject.ent_type_ else next((t for t in _name_tokens(subject) if t.ent_type_), subject)
    return head.ent_type_ not in _BODY_TYPES and subject.lower_ not in _COMMON_CAPITALS


def _counted(num):
    """The token a figure counts or measures ("yards" of "120 yards"); the number itself when it stands alone."""
    if num.dep_ in ("nummod", "quantmod", "compound") and num.head.pos_ in ("NOUN", "PROPN") and num.head.i > num.i:
        return num.head
    return num


def _verb_subject(verb):
    """The subject of ``verb``, or of the verb it is joined to ("caught six passes and ran for 40 yards")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if (verb.dep_ in ("conj", "xcomp") or verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")) \
                and verb.head.pos_ in ("VERB", "AUX"):  # "... while posting 20 points": the head verb's subject
            verb = verb.head
            continue
        return None
    return None


def holder_of(doc, start: int, end: int) -> str | None:
    """Whose figure the characters ``start:end`` of ``doc`` are (see the module); None when the parse names none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    num = next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), span[-1])
    thing = _counted(num)
    inside = set(range(span.start, span.end)) | {thing.i}
    possessor = next((c for c in thing.children if c.dep_ == "poss"), None)
    if possessor is not None:
        held = _holder_phrase(possessor)
        return _antecedent(possessor) if held == UNKNOWN else held
    token = thing
    for _ in range(CLIMB):
        if token.dep_ in _SUBJECT_DEPS:
            return None  # the thing counted is the subject: "10 people died", "5 hours of battery life were ..."
        if token.dep_ in _STOP_AT or token.head is token:
            break
        if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN") \
                and token.head.i > token.i:
            # "drove around the 9-acre complex": the complex's size, not the driver's
            return _holder_phrase(token.head, frozenset(inside))
        if (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN")
                and token.head.head.i < token.i and token.head.head.lemma_.lower() not in _AMOUNT_NOUNS):
            return _holder_phrase(token.head.head, frozenset(inside))  # "Newton's record of 4,051 yards": the record's
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("dobj", "pobj", "attr"):  # ("completed 29 of 34
            # passes": the small model reads "passes" as a verb whose subject is "29")
            subject = _verb_subject(token)
            if subject is None or subject.i in inside:
                return None
            if not _owns(subject, token):
                return None
            held = _holder_phrase(subject)
            return _antecedent(subject) if held == UNKNOWN else held
        if token.dep_ not in _CLIMB_DEPS and token.pos_ not in ("ADP", "NOUN", "PROPN", "NUM"):
            break
    return None


def period_of(doc, start: int, end: int) -> str | None:
    """The season, year or career a figure is told of, lower case ("this season", "career", "2008"), read in the
    clause of the figure's verb; None when none is named."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    num = next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), span[-1])
    verb = next((a for a in num.ancestors if a.pos_ in ("VERB", "AUX")), None)
    top = verb if verb is not None else _counted(num)
    # the verb's own words, not those of a clause of its own below it
    skip = {t.i for c in top.children if c.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "conj") and c.i != num.i
            and num.i not in {x.i for x in c.subtree} for t in c.subtree}
    tokens = [t for t in top.subtree if t.i not in skip]
    if not tokens:
        return None
    text = "".join(t.text_with_ws for t in sorted(tokens, key=lambda t: t.i))
    for m in _PERIOD.finditer(text):
        if m.group("career"):
            if _PERIOD_NOT.match(text[m.start():]):
                continue
            return "career"
        if m.group("year"):
            return m.group("year")
        which = m.group("which").lower()
        if which == "the":
            continue
        return f"{which} {m.group('unit').lower().replace('campaign', 'season')}"
    return None
