"""Reconcile, the places and bodies a figure is told of: the place phrase right after it, the names its sentence
or clause holds, a whole ("worldwide") against a part, and the content words two sentences share."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..records import Claim, Entity
from .memo import per_figure
from .basis import MIN_CONTEXT_OVERLAP, _STOP

if TYPE_CHECKING:  # the annotation only: compare imports this module
    from .compare import _Aliases


# The place a figure is told of, right after it: "killed 170,000 people in the province", "230,000
# people across Asia", "11 cases in New Zealand", "more than 40 confirmed cases in the United States".
# A place left out is a scope too ("about 100 cases outside Mexico", "cases beyond China"): its names are kept as
# "outside <name>", so that the figure is compared only with figures told of the same remainder, never with a figure
# that names no place or the place itself (issue 20, eleventh session, read on test17's errors, dev since then).
_LOCAL_SCOPE = re.compile(r"^(?:\s+[a-z-]+){0,3}?\s+(?P<prep>in|across|around|throughout|outside(?:\s+of)?|beyond)\s+"
                          r"(?P<scope>[^,.;:()]{1,60})")
_OUTSIDE = ("outside", "beyond")


_SCOPE_END = re.compile(r"\s(?:and|but|or|who|which|that|when|where|after|before|while|with|as|on|at|since|from|"
                        r"was|were|is|are|has|have|had|by|to|for)\s")


_SCOPE_STOP = {"the", "a", "an", "of", "its", "their", "this", "that", "alone"}


# A phrase after "in" that names the happening a figure is told of, not a place ("12 people were injured in the
# riots" and "18 people had been injured in the violence" tell of one day's riots in one city; issue 20, ninth
# session): no scope to compare. Only the happening itself, with no name: "in the Athens riots" keeps its place.
_HAPPENING_PHRASE = re.compile(r"^(?:the|that|this|these|those|its|their|today's|yesterday's|[a-z]+day's)?\s*"
                               r"(?:(?:day's|night's|weekend's|latest|recent|violent|fresh|new|ensuing|subsequent|"
                               r"street|deadly|fatal)\s+)?"
                               r"(?:riots?|rioting|violence|clashes|unrest|protests?|demonstrations?|fighting|attacks?|"
                               r"blasts?|explosions?|bombings?|shootings?|fire|blaze|crash|accident|collision|quake|"
                               r"earthquake|tremor|storm|incident|disaster|stampede|raids?|assault)\b", re.I)


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def _local_scope(c: Claim) -> tuple[frozenset[str], frozenset[str]] | None:
    """(names, words) of the place phrase right after a figure, or None."""
    at = c.sentence.find(c.text)
    if at < 0:
        return None
    m = _LOCAL_SCOPE.match(c.sentence[at + len(c.text):at + len(c.text) + 90])
    if not m:
        return None
    phrase = _SCOPE_END.split(" " + m["scope"] + " ", maxsplit=1)[0].split()[:6]
    if not phrase or _CALENDAR.match(phrase[0]) or re.match(r"(?:19|20)\d\d\b", phrase[0]):
        return None
    if _HAPPENING_PHRASE.match(" ".join(phrase)):
        return None  # "injured in the riots", "in the violence": the happening, not a place (issue 20, ninth session)
    words = frozenset(w.lower().strip("'") for w in phrase if w.lower() not in _SCOPE_STOP)
    names = frozenset(w.lower() for w in phrase if w[:1].isupper() and w.lower() not in _SCOPE_STOP
                      and not _CALENDAR.match(w))
    if m["prep"].split()[0] in _OUTSIDE:  # the remainder: "outside mexico" is found only where a sentence says so
        prep = m["prep"].split()[0]
        names, words = frozenset(f"{prep} {n}" for n in names), frozenset(f"{prep} {w}" for w in words)
    return (names, words) if words else None


def _same_local_scope(a: Claim, b: Claim) -> bool:
    """A figure told of a place is compared only with figures of that place: "in Sumatra alone" is
    not "across Asia", "in the province" not "in 13 countries"; a place the other sentence names
    anywhere ("in the ancient city of Bam" and "the city of Bam was razed") is the same place."""
    sa, sb = _local_scope(a), _local_scope(b)
    if sa and sb:
        if sa[0] and sb[0]:
            return bool(sa[0] & sb[0])
        if not sa[0] and not sb[0]:
            return bool(sa[1] & sb[1])
    for scope, other in ((sa, b), (sb, a)):
        if scope is None:
            continue
        text = other.sentence.lower()
        if scope[0] and not all(n in text for n in scope[0]):
            return False
        if not scope[0] and not any(w in text for w in scope[1]):
            return False
    return True


_WIDE = re.compile(r"\b(?:worldwide|globally|around the world|across the world|world-wide|nationwide|across the country|"
                   r"in total|overall|altogether)\b", re.I)


@functools.lru_cache(maxsize=65536)  # issue 17: asked for each pair compared; once a sentence
def _is_wide(sentence: str) -> bool:
    return bool(_WIDE.search(sentence))


def _same_scope(a: Claim, b: Claim, aliases: "_Aliases", clause: bool = False, alike: bool = True) -> bool:
    """Told in similar words about the same places and bodies. With ``clause``, the places and bodies are read
    in each figure's own clause (issue 20, round 5, for progressions): "There are a total of 2,317 cases and
    eleven have been found across the border in Quebec and Ontario" tells of no place for its 2,317."""
    # "1,112 cases worldwide" and "39 cases in Britain": a whole and a part of it. A figure whose own clause names no
    # place the other sentence does not (issue 20, ninth session: "killing 140" against "nearly 30,000 cases globally
    # and 141 deaths", one WHO tally; "raising the overall number of confirmed infections to six" in Australia
    # against "a jump in infections in Australia to eight") is not shown to be a part.
    if _is_wide(a.sentence) != _is_wide(b.sentence):
        wide, narrow = (a, b) if _is_wide(a.sentence) else (b, a)
        if _names_a_part(narrow, wide, aliases):
            return False
    if _world_apart(a, b, aliases):
        return False  # the world's figure and one country's: neither a conflict nor an agreement (nor one progression)
    wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
    shared = wa & wb
    if alike and (len(shared) < 2 or len(shared) / max(1, min(len(wa), len(wb))) < MIN_CONTEXT_OVERLAP):
        return False  # without ``alike``, the caller has said by other words that the figures measure one thing
    # Scope: "39 cases" in Britain and "1,112 cases" worldwide are different quantities.
    # Sentences that both name places or bodies, but none in common, count different things.
    na, nb = ((aliases.names(_clause(a)), aliases.names(_clause(b))) if clause
              else (aliases.names(a.sentence), aliases.names(b.sentence)))
    return not (na and nb and not na & nb)


# A figure told of the whole world: "worldwide", "globally", "around the world", "the global toll", "in 20 countries".
_WORLD = re.compile(r"\b(?:worldwide|world-wide|globally|global\s+(?:death\s+)?(?:toll|total|tally|count|number|figure)s?|"
                    r"(?:around|across|throughout) the (?:world|globe)|in the world|(?:in|across|to)\s+(?:more than\s+|"
                    r"at least\s+|some\s+|about\s+|nearly\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                    r"twelve|a dozen|[a-z]+-[a-z]+)\s+countries)\b", re.I)
# A count of countries or nations: the world's figure whatever country its sentence names.
_COUNTRIES_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+)?(?:countries|nations|states)\b", re.I)


def _places(names: set[str]) -> set[str]:
    """The places (countries, regions, cities: entities of the story) among a sentence's names."""
    return {n for n in names if n.startswith(("gpe:", "loc:"))}


def _world_apart(a: Claim, b: Claim, aliases: "_Aliases") -> bool:
    """The world's figure against one country's, of the same thing (issue 20, fifteenth session): "the fever has now
    reached some 2,300 patients across the globe" and "Chile reports nine deaths and 820 patients are in care", the
    country named anywhere in the narrower sentence, not only in its figure's clause. A count of countries is the
    world's on both sides."""
    if _counts_countries(a) or _counts_countries(b):
        return False
    wa, wb = _world_figure(a, aliases), _world_figure(b, aliases)
    if wa == wb:
        return False
    world, country = (a, b) if wa else (b, a)
    return bool(_places(aliases.names(country.sentence)) - _places(aliases.names(_clause(world))))


def _world_figure(c: Claim, aliases: "_Aliases") -> bool:
    """Is the figure told of the whole world: its sentence says so, and its own clause names no place?"""
    return _is_world(c.sentence) and not _places(aliases.names(_clause(c)))


@functools.lru_cache(maxsize=65536)  # asked for each pair compared; once a sentence
def _is_world(sentence: str) -> bool:
    return bool(_WORLD.search(sentence))


def _counts_countries(c: Claim) -> bool:
    at = c.sentence.find(c.text)
    return at >= 0 and bool(_COUNTRIES_AFTER.match(c.sentence[at + len(c.text):at + len(c.text) + 30]))


def _names_a_part(narrow: Claim, wide: Claim, aliases: "_Aliases") -> bool:
    """Does the narrower figure's clause name a place (a place phrase right after the figure, or a place or unknown
    name in its clause) that the wider figure's sentence does not name?"""
    scope = _local_scope(narrow)
    text = wide.sentence.lower()
    if scope is not None and not (scope[0] and all(n in text for n in scope[0])):
        return True
    return bool(aliases.names(_clause(narrow)) - aliases.names(wide.sentence))


_CLAUSE_BREAK = re.compile(r"[;,()]|\s(?:and|but|while|whereas)\s|\s-\s")


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def _clause(c: Claim) -> str:
    """The clause of the sentence that holds the figure (between commas, semicolons, "and", "but")."""
    return _clause_of(c.sentence, c.text)


@functools.lru_cache(maxsize=65536)  # issue 17: asked for each pair compared; once a figure
def _clause_of(sentence: str, text: str) -> str:
    at = sentence.find(text)
    if at < 0:
        return sentence
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, at + len(text))), len(sentence))
    return sentence[start:end]


_SCOPE_TYPES = ("gpe:", "loc:", "fac:")


def _names(sentence: str, aliases: list[tuple[str, str]]) -> set[str]:
    """The names that set a sentence's scope: places (by any alias) and capitalised words no entity
    of the story covers. A person or body named is who tells the figure ("the National Hurricane
    Center said", "IRNA reported"), not where or what it counts (issue 20)."""
    found: set[str] = set()
    covered: set[str] = set()
    for alias, entity_id in aliases:
        if alias in sentence:
            if entity_id.startswith(_SCOPE_TYPES):
                found.add(entity_id)
            covered.update(alias.split())
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z'-]+", sentence.strip())
    return found | {w for w in words if w.lower() not in _STOP and w not in covered
                    and not _CALENDAR.match(w)}  # "on Sunday", "in March": a time, not a scope


_CALENDAR = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
                       r"august|september|october|november|december", re.I)


def _alias_index(entities: list[Entity]) -> list[tuple[str, str]]:
    """(surface form, entity id), longest forms first, for every name of every entity."""
    pairs = {(form, e.id) for e in entities for form in [e.name, *e.aliases] if len(form) >= 2}
    return sorted(pairs, key=lambda p: -len(p[0]))


def _content(sentence: str) -> set[str]:
    words = re.findall(r"[a-z][a-z'-]+", sentence.lower())
    words = [_SAME_WORD.get(w, w) for w in words]  # "the death toll" and "killed" tell of the same deaths
    return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in _STOP and len(w) > 2}


_SAME_WORD = {w: "death" for w in ("killed", "killing", "kill", "dead", "died", "deaths", "toll", "fatalities")}


_SAME_WORD.update({w: "injury" for w in ("injured", "injuring", "wounded", "hurt", "injuries")})
_SAME_WORD.update({w: "engine" for w in ("appliance", "appliances")})  # a fire service's appliances (basis.SYNONYMS)
