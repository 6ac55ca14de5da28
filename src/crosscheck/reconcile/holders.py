"""Two figures of two holders, or of two periods, are two figures (issue 20, eighth session).

The claims stage reads from the parse whose figure each is (``Claim.holder``: "Bush" of "Bush ran for 120 yards",
"15-inch model" of "the 15-inch model's battery lasts 5 hours", "?" for a pronoun) and the season, year or career it
is told of (``Claim.period``). Two figures whose holders are both named and are not the same owner, or whose periods
are both named and differ, measure two things, whatever noun they share: no conflict, and no agreement either
("Bush ran for 40 yards" and "Addai ran for 40 yards" confirm nothing). One holder unknown leaves the question to the
rest of the basis (``likeness.sure_pair``).

Two holders are the same owner when the story's entities join them (an alias of one entity: "Reggie Bush", "Bush"),
or, where the entities do not say, when they end in the same word and carry the same numbers ("Tyler Hansbrough" /
"Hansbrough"; not "15-inch model" / "13-inch model").
"""

from __future__ import annotations

import re

from ..records import Claim

UNKNOWN = "?"
RESOLVED = "~"  # claims.holder.RESOLVED: a holder read through a pronoun


def _entities(holder: str, aliases) -> set[str]:
    """The story's entities a holder names (by any alias written in it, a whole-word match)."""
    if aliases is None:
        return set()
    return {e for alias, e in aliases.pairs if alias in holder
            and re.search(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", holder)}


def _last(holder: str) -> str:
    words = re.findall(r"[A-Za-z][\w'’]*", holder)
    return words[-1].lower().removesuffix("'s").removesuffix("’s") if words else ""


def same_owner(x: str, y: str, aliases=None) -> bool:
    """Are two holders (as the parse names them) one owner?"""
    if x == y:
        return True
    nx, ny = re.findall(r"\d+(?:\.\d+)?", x), re.findall(r"\d+(?:\.\d+)?", y)
    if nx or ny:
        # a noun told with a number ("the 15-inch model") against another: the numbers tell; against a name ("the
        # MacBook Pro", "the 6-foot-9 senior" for a player), nothing is known
        return nx == ny if nx and ny else True
    ex, ey = _entities(x, aliases), _entities(y, aliases)
    if ex and ey:
        return bool(ex & ey)
    return _last(x) == _last(y)


def _plain(holder: str | None, guesses: bool) -> str | None:
    """A holder as named; one read through a pronoun ("~Bush") only when ``guesses`` are taken."""
    if holder and holder.startswith(RESOLVED):
        return holder[len(RESOLVED):] if guesses else None
    return holder


def _kind(period: str) -> str | None:
    """A period's kind: a year ("2008"), a season ("this season", "last year") or a career. A career and a year are
    not two periods of one kind ("finished his career in 1978 with 2,290 points", "a mark of 2,290 points set in
    1978")."""
    if period == "career":
        return "career"
    if re.fullmatch(r"\d{4}", period):
        return "year"
    return "season" if re.search(r"(?:season|year)$", period) else None


def holders_apart(a: Claim, b: Claim, aliases=None, guesses: bool = True) -> str | None:
    """Words saying why two figures are of two owners or two periods ("different holders: Bush / Addai"); None when
    nothing in the parse says so (same owner, or one unknown). ``guesses``: holders read through a pronoun count too
    (for a conflict; an agreement is kept apart only by holders named in both sentences)."""
    ha, hb = _plain(getattr(a, "holder", None), guesses), _plain(getattr(b, "holder", None), guesses)
    if ha and hb and UNKNOWN not in (ha, hb) and not same_owner(ha, hb, aliases):
        return f"different holders: {ha} / {hb}"
    pa, pb = getattr(a, "period", None), getattr(b, "period", None)
    if pa and pb and pa != pb and _kind(pa) is not None and _kind(pb) is not None \
            and (_kind(pa) == _kind(pb) or "career" in (pa, pb)) and {_kind(pa), _kind(pb)} != {"year", "career"}:
        return f"different periods: {pa} / {pb}"
    return None


def _names_holder(holder: str, sentence: str, aliases) -> bool:
    """Does ``sentence`` name the holder: its last word, or any alias of the entity it names?"""
    last = _last(holder)
    if last and re.search(r"(?<![\w])" + re.escape(last) + r"(?![\w])", sentence, re.I):
        return True
    ids = _entities(holder, aliases)
    return any(e in ids and re.search(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", sentence)
               for alias, e in (aliases.pairs if aliases is not None else []) if alias in sentence)


def holder_unshown(a: Claim, b: Claim, aliases=None) -> str | None:
    """One figure is an owner's ("Thomas had six touchdowns") and nothing in the other's sentence names that owner
    ("the undrafted rookie finished with five touchdowns"): not shown to be one owner's figures. Words saying so, or
    None. A holder told by a pronoun not resolved ("?") says nothing here."""
    for x, y in ((a, b), (b, a)):
        hx = _plain(getattr(x, "holder", None), True)
        if hx and hx != UNKNOWN and not getattr(y, "holder", None) and not _names_holder(hx, y.sentence, aliases):
            return f"the holder of one figure ({hx}) is not named with the other"
        hy = _plain(getattr(y, "holder", None), True)
        if hx and hy and UNKNOWN not in (hx, hy) and bool(re.search(r"\d", hx)) != bool(re.search(r"\d", hy)) \
                and not _names_holder(hx, y.sentence, aliases) and not _names_holder(hy, x.sentence, aliases):
            return f"holders not shown to be one: {hx} / {hy}"
    return None


def sides_apart(sides: list[list[Claim]], aliases=None) -> str | None:
    """The first reason two figures of two sides are of two owners or periods, for a finding's words."""
    for i, side in enumerate(sides):
        for other in sides[i + 1:]:
            for a in side:
                for b in other:
                    if (why := holders_apart(a, b, aliases) or holder_unshown(a, b, aliases)) is not None:
                        return why
    return None


def _own_holder(c: Claim, aliases) -> str | None:
    """A figure's holder for an agreement: one named in the parse, or one read through a pronoun whose person the
    figure's own sentence names ("jazz pianist Tomas Ekdahl, who died in March, left $45,000 of his $9
    million estate": his = Ekdahl, named a few words before). A pronoun read back into earlier sentences stays a
    guess (None); "?" (a pronoun not read) stays unknown."""
    held = getattr(c, "holder", None)
    if not held or held == UNKNOWN:
        return None
    if held.startswith(RESOLVED):
        held = held[len(RESOLVED):]
        return held if _names_holder(held, c.sentence, aliases) else None
    return held


def agreement_apart(a: Claim, b: Claim, aliases=None) -> str | None:
    """Words saying why two equal figures are not shown to be one fact of one owner, for an agreement (issue 20, ninth
    session, AGR-WRONG: Bacall's "$26.6 million estate" agreed with McQueen's "his $26 million estate", whose holder
    was read through "his" and so left out; Hansbrough's "24 points" with "his team's first 24 points" in a sentence
    about Clark). A false agreement is the worst error of a cross-checker, so beside ``holders_apart`` (named
    holders) an agreement also takes:

    - holders read through a pronoun whose person the figure's own sentence names (``_own_holder``);
    - one figure's holder, a person of the story, against a figure with no holder known whose sentence names
      another person of the story just before it, in the figure's own clause (``_named_before``: "Mike Bell, who has
      had only six carries" against "Bush ... was limited to 30 yards on six carries"), and not that holder.

    None when nothing says the two are of two owners."""
    why = holders_apart(a, b, aliases, guesses=False)
    if why is not None:
        return why
    ha, hb = _own_holder(a, aliases), _own_holder(b, aliases)
    if ha and hb and not same_owner(ha, hb, aliases):
        return f"different holders: {ha} / {hb}"
    if aliases is None:
        return None
    for x, hx, y, hy in ((a, ha, b, hb), (b, hb, a, ha)):
        if not hx or hy:
            continue
        mine = {e for e in _entities(hx, aliases) if e.startswith("person:")}
        named = _named_before(y, aliases) if mine else set()
        if not named or mine & named or not hasattr(aliases, "people"):
            continue
        # the other's person named in this figure's sentence too is one happening told from two of its people
        # ("Manning's one-yard touchdown pass to Dallas Clark" / "Clark collected a one-yard touchdown pass")
        if not mine & aliases.people(y.sentence) and not named & aliases.people(x.sentence):
            return f"the holder of one figure ({hx}) is not the person the other's figure is told of"
    return None


# A person named this few words before a figure, with no clause between, is whom the figure is told of, though the
# parse gave it no holder ("Vaughn finished with 16 points and nine rebounds", "Mike Bell, who has had only six
# carries", "Alexandros was among a group of 30 youths"). A person named after the figure, or before a clause break
# (a subordinator, a semicolon, a bracket, a dash), is not: "A fire that caused more than $1 million in damage to
# Sarah Palin's church", "Obama announced the deal after White House officials held four-hour talks", "two of her
# employees received sums (Maria Santos ...)". Read on the agreements the ninth session's rule dropped on the dev
# stories: naming any person of the story anywhere in the sentence dropped 6 right agreements with 6 false ones.
NAMED_BEFORE_WORDS = 10
_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–]|\s-\s|\b(?:after|before|while|when|whereas|because|since|as|but|though|"
                           r"although|if|until|unless|then|said|says|told|according)\b", re.I)


def _named_before(c: Claim, aliases) -> set[str]:
    """The people of the story (entity ids) named within ``NAMED_BEFORE_WORDS`` words before the figure ``c``, in its
    own clause (see above)."""
    pairs = getattr(aliases, "_person_pairs", None)
    at = c.sentence.find(c.text) if c.text else -1
    if not pairs or at < 0:
        return set()
    found = set()
    for alias, e in pairs:
        for m in re.finditer(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", c.sentence[:at]):
            between = c.sentence[m.end():at]
            if len(between.split()) <= NAMED_BEFORE_WORDS and not _CLAUSE_BREAK.search(between):
                found.add(e)
    return found
