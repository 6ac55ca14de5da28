"""Reconcile, the places and bodies a figure is told of: the place phrase right after it, the names its sentence
or clause holds, a whole ("worldwide") against a part, and the content words two sentences share."""

from __future__ import annotations

import functools
import math
import re
from typing import TYPE_CHECKING

from ..claims.figures import NUMBER_WORDS, VAGUE
from ..records import Claim, Entity, Place
from .memo import per_figure
from .basis import MIN_CONTEXT_OVERLAP, _STOP

if TYPE_CHECKING:  # the annotation only: compare imports this module
    from .compare import _Aliases


# The place a figure is told of, right after it: "killed 170,000 people in the province", "230,000
# people across Asia", "11 cases in New Zealand", "more than 40 confirmed cases in the United States".
# A place left out is a scope too ("about 100 cases outside Mexico", "cases beyond China"): its names are kept as
# "outside <name>", so that the figure is compared only with figures told of the same remainder, never with a figure
# that names no place or the place itself (issue 20, eleventh session, read on test17's errors, dev since then).
_LOCAL_SCOPE = re.compile(r"^(?P<before>(?:\s+[a-z-]+){0,3}?)\s+(?P<prep>in(?:\s+and\s+around)?|across|around|throughout|"
                          r"outside(?:\s+of)?|beyond)\s+(?P<scope>[^,.;:()]{1,60})")
_OUTSIDE = ("outside", "beyond")
# "has caused at least 30 deaths, mostly in Peru": a whole whose main part is the place, not the place's own figure
# (issue 20, sixteenth session, read on the fresh fdev stories: the world toll joined one country's in a progression).
_MAINLY = re.compile(r"\b(?:mainly|mostly|largely|chiefly|primarily|predominantly)\s*$", re.I)


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


# A phrase after "in" that opens on a number counts something ("in 106 games", "in three weeks"): a place only when
# what it counts are places ("in 13 countries", "in two provinces", "in 40 schools"). The number words are the claims
# stage's own (``claims.figures``: "two" and up, and the vague amounts, "dozens", "hundreds"), read, not written again.
_COUNT_WORDS = sorted((w for w, v in NUMBER_WORDS.items() if v >= 2), key=len, reverse=True) \
    + sorted(VAGUE, key=len, reverse=True)
_COUNTED_PHRASE = re.compile(r"(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?(?:\d[\d,.]*|"
                             + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _COUNT_WORDS) + r")\b", re.I)
_PLACE_NOUNS = re.compile(r"\b(?:countr(?:y|ies)|nations?|states?|provinces?|regions?|districts?|count(?:y|ies)|cit(?:y|ies)|"
                          r"towns?|villages?|areas?|camps?|sites?|locations?|places?|hospitals?|schools?|prisons?|"
                          r"neighbou?rhoods?|municipalit(?:y|ies)|continents?|islands?|ports?)\b", re.I)

# A phrase after "in" that names a dimension of the thing measured ("a tube 4 inches in diameter", "40 feet in
# length") or is a set phrase ("in fact", "in turn", "in addition"): no place (issue 22s, twenty-second session, read
# on the dev misses: "in diameter" kept a tube's width from the other reports' "6in-wide tube").
_NO_PLACE_PHRASE = re.compile(r"^(?:diameter|width|length|height|depth|thickness|circumference|radius|size|weight|"
                              r"volume|area|fact|turn|addition|particular|part|effect|general|short|return|response|"
                              r"contrast|comparison|practice|theory|principle|person|public|private|advance|time)\b",
                              re.I)

# ("killed 50 in three days" stays told of its span: only the figures whose sentences name it are of that span.)
_TIME_NOUNS = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?)\b", re.I)


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
    if _NO_PLACE_PHRASE.match(" ".join(phrase)):
        return None  # "4 inches in diameter", "250,000 pigs was not in fact ...": a measure's dimension, a set phrase
    if _HAPPENING_PHRASE.match(" ".join(phrase)):
        return None  # "injured in the riots", "in the violence": the happening, not a place (issue 20, ninth session)
    if _COUNTED_PHRASE.match(" ".join(phrase)) and not _PLACE_NOUNS.search(" ".join(phrase)) \
            and not _TIME_NOUNS.search(" ".join(phrase)):
        return None  # "2,029 points in 106 games": a count of what, not of where (issue 20, twenty-first session)
    words = frozenset(w.lower().strip("'") for w in phrase if w.lower() not in _SCOPE_STOP)
    names = frozenset(w.lower() for w in phrase if w[:1].isupper() and w.lower() not in _SCOPE_STOP
                      and not _CALENDAR.match(w))
    if m["prep"].split()[0] in _OUTSIDE:  # the remainder: "outside mexico" is found only where a sentence says so
        prep = m["prep"].split()[0]
        names, words = frozenset(f"{prep} {n}" for n in names), frozenset(f"{prep} {w}" for w in words)
    elif (mainly := _MAINLY.search(m["before"])) is not None:  # the whole, mainly there: only where a sentence says so
        told = f"{mainly.group(0).strip().lower()} {m['prep'].lower()}"
        names, words = frozenset(f"{told} {n}" for n in names), frozenset(f"{told} {w}" for w in words)
    return (names, words) if words else None


# The bearing told right after a distance ("60 miles southwest of the capital", "55 miles south-southwest of the
# town", "20 km NNE of"): the point the distance is of.
_BEARING = re.compile(r"^\s*(?:\(\s*[^()]{1,25}\)\s*)?(?:[a-z]+\s+)?(?P<dir>(?:north|south|east|west)(?:[\s-]?(?:north|south|east|"
                      r"west)){0,2}|(?-i:[NSEW]{1,3}))(?:ern)?\s+of\b", re.I)
_POINTS = {"n": 0.0, "e": 90.0, "s": 180.0, "w": 270.0}
# Two bearings of one point differ by this or less (agencies give a quake's place as "NW" and "WNW" of a town; "S" and "SE").
BEARING_APART = 45.0


def _mean_angle(x: float, y: float) -> float:
    d = ((y - x + 180.0) % 360.0) - 180.0
    return (x + d / 2.0) % 360.0


@per_figure  # once a figure inside reconcile (``memo``)
def _bearing(c: Claim) -> float | None:
    """The compass bearing (degrees) a distance is told of, right after the figure, or None."""
    at = c.sentence.find(c.text)
    if at < 0:
        return None
    m = _BEARING.match(c.sentence[at + len(c.text):at + len(c.text) + 60])
    if m is None:
        return None
    letters = re.sub(r"north", "n", re.sub(r"south", "s", re.sub(r"east", "e", re.sub(r"west", "w", m["dir"].lower()))))
    letters = re.sub(r"[\s-]", "", letters)
    if not letters or any(ch not in _POINTS for ch in letters):
        return None
    angle = _POINTS[letters[-1]]
    if len(letters) >= 2:
        angle = _mean_angle(_POINTS[letters[-2]], _POINTS[letters[-1]])
    if len(letters) == 3:
        angle = _mean_angle(_POINTS[letters[0]], angle)
    return angle


# Two points told of this far apart (km) are two places, not one place told a little apart (agencies place one quake 3
# miles NNW and 4 miles W of a town: 6 km apart).
BEARING_GAP_KM = 40.0


def bearings_apart(a: Claim, b: Claim) -> bool:
    """Two distances told of points in two directions from a place ("a village 40 miles northwest of the port", "the
    town some 120 km south of the port"; a cyclone "60 miles south-southeast" of an island one day and "80 miles
    east" of it the next): two distances, not two estimates of one (issue 20, sixteenth session, read on the fresh
    fdev stories' false conflicts)."""
    ba, bb = _bearing(a), _bearing(b)
    if ba is None or bb is None:
        return False
    turn = abs(((ba - bb + 180.0) % 360.0) - 180.0)
    if turn <= BEARING_APART:
        return False
    da, db = a.normalized.value, b.normalized.value
    if a.normalized.unit != "km" or b.normalized.unit != "km" or da is None or db is None:
        return True
    # how far apart the two points lie (the law of cosines over the two distances and the turn between them)
    gap = math.sqrt(max(0.0, da * da + db * db - 2 * da * db * math.cos(math.radians(turn))))
    return gap > BEARING_GAP_KM


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
    if _countries_apart(a, b, aliases):
        return False  # told of places in two different countries, none shared: two scopes
    if places_apart(a, b, aliases):
        return False  # of two places, neither inside the other (the sentence's, else the paragraph's): two scopes
    wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
    ta, tb = _content_told(a, aliases), _content_told(b, aliases)
    if len((ta & tb) - (wa & wb) - _NOISE_WORDS) >= 2:  # the sentences before tell of one thing: read with them
        wa, wb = ta, tb
    shared = len(wa & wb) + _anchors(a.sentence, b.sentence, wa & wb, aliases)
    if alike and (shared < 2 or shared / max(1, min(len(wa), len(wb))) < MIN_CONTEXT_OVERLAP):
        return False  # without ``alike``, the caller has said by other words that the figures measure one thing
    # Scope: "39 cases" in Britain and "1,112 cases" worldwide are different quantities.
    # Sentences that both name places or bodies, but none in common, count different things.
    na, nb = ((aliases.names(_clause(a)), aliases.names(_clause(b))) if clause
              else (aliases.names(a.sentence), aliases.names(b.sentence)))
    return not (na and nb and not na & nb)


# A sentence that tells of the thing of the sentence before it: it opens on a pronoun or a demonstrative ("It ran for
# nine weeks and left 310 dead", "That one too began on the coast yet took over 900 lives"), or names its thing with
# "that", "this" or "the same" and a word of that sentence ("a broadcaster put that march at 12,000 at its height"):
# its words are read with the sentence before's (issue 22s, twenty-second session, read on the dev misses).
# A pronoun that tells ("It said two of the guards died") is the teller, not the thing told of.
_REFERS_BACK = re.compile(r"^\W*(?:but\s+|and\s+)?(?:it|that|this|these|those|they)\b(?!\s+(?:is|was|are|were)\s+"
                          r"(?:not\s+)?(?:clear|unclear|likely|possible|unknown|believed|thought|expected|estimated)\b)"
                          r"(?!\s+(?:\w+ly\s+)?(?:said|says|say|told|tells|reported|reports|added|quoted|claimed|stated|"
                          r"announced|estimated|estimates|put|puts)\b)", re.I)
# Words that tell of no thing (content words of ``_content`` all the same): two sentences before are shown to tell of
# one thing only by two words beside these.
_NOISE_WORDS = frozenset("""which who whom whose what where when while also would could should will there their they them
these those this that than then other another some many much more most such very said says say told according
news agency agencie media source report quoted""".split())
_SAME_THING = re.compile(r"\b(?:that|this|the\s+same)\s+(?P<word>[a-z]{4,})\b", re.I)


def _content_told(c: Claim, aliases: "_Aliases") -> frozenset[str]:
    """The content words of a figure's sentence, with the sentence before's where the figure's sentence tells of its
    thing (``_REFERS_BACK``, ``_SAME_THING``); worked out once a figure."""
    memo = aliases.__dict__.setdefault("_content_told", {})
    if c.id not in memo:
        words = aliases.content(c.sentence)
        before = _sentence_before(c, aliases)
        if before:
            told = aliases.content(before)
            same = {_content(m["word"]).pop() for m in _SAME_THING.finditer(c.sentence) if _content(m["word"])}
            if _REFERS_BACK.match(c.sentence) or same & told:
                words = words | told
        memo[c.id] = words
    return memo[c.id]


def _sentence_before(c: Claim, aliases: "_Aliases") -> str:
    """The sentence right before the figure's in its report ("" when none, or no text)."""
    text = (getattr(aliases, "texts", None) or {}).get(c.document)
    if not text or not (0 <= c.start <= len(text)):
        return ""
    head = c.sentence[:40]
    at = text.rfind(head, max(0, c.start - len(c.sentence) - 2), c.start + len(head) + 1) if head else -1
    if at <= 0 or at > c.start:
        return ""
    before = _SENTENCE_END.split(text[max(0, at - 600):at].strip())
    return before[-1] if before else ""


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _anchors(sa: str, sb: str, shared: set[str] | frozenset[str], aliases: "_Aliases") -> int:
    """What two sentences share beside their content words (issue 22s, twenty-second session, read on the dev
    conflicts missed at the like-words test): a place or body of the story both name, written two ways ("the hospital
    in Benghazi", "Benghazi's hospital": the content words read "benghazi" and "benghazi's"), and a year both tell
    ("began tracking it in 2014, when 121 cases were confirmed", "peaked in 2014, with 120 cases"). Each counts once,
    and a name whose words are already shared counts no more."""
    names = {n for n in aliases.names(sa) & aliases.names(sb) if ":" in n
             and not _content(n.split(":", 1)[1].replace("-", " ")) <= set(shared)}
    return len(names) + len(set(_YEAR.findall(sa)) & set(_YEAR.findall(sb)))


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


def _countries(sentence: str, aliases: "_Aliases") -> frozenset[str]:
    """The countries (ISO2) of the places a sentence names, where the entities stage placed them."""
    countries = getattr(aliases, "countries", None) or {}
    return frozenset(countries[n] for n in aliases.names(sentence) if n in countries)


def _countries_apart(a: Claim, b: Claim, aliases: "_Aliases") -> bool:
    """Two figures whose sentences name places of two different countries and none of one (issue 20, sixteenth
    session, read on the fresh fdev stories' false updates: four protesters killed in a city of one country, then
    twelve militants killed in a province of another; the wounded of a refugee camp in one country against the wounded
    rebels around a port of another): two scopes, whatever words the sentences share. A count of countries is the
    world's, as in ``_world_apart``."""
    if _counts_countries(a) or _counts_countries(b) or (_is_world(a.sentence) and _is_world(b.sentence)):
        return False  # (two figures of the world: the places their sentences name are incidental)
    ca, cb = _countries(_up_to_clause(a), aliases), _countries(_up_to_clause(b), aliases)
    return bool(ca and cb and not ca & cb)


def _up_to_clause(c: Claim) -> str:
    """The sentence up to the end of the figure's clause: a place named after it, in a clause of its own, is another
    figure's ("there are 640 cases in all and three were found across the river in Bolivia")."""
    clause = _clause(c)
    at = c.sentence.find(clause)
    return c.sentence[:at + len(clause)] if at >= 0 else c.sentence


def _world_figure(c: Claim, aliases: "_Aliases") -> bool:
    """Is the figure told of the whole world: its sentence says so, and its own clause names no place? The world's
    words tell of the figure only when no place is named between them and it (issue 20, sixteenth session, read on
    the fresh fdev stories; in other words: "labs across the world are studying the fever that killed 20 people in
    Peru, which now counts 700 cases" tells Peru's cases, not the world's; "which has reached 4,100 people in 25
    countries and killed 52, according to a doctor at a university in Lima" is the world's toll)."""
    if not _is_world(c.sentence) or _places(aliases.names(_clause(c))):
        return False
    at = c.sentence.find(c.text)
    if at < 0:
        return True
    # the world's words tell of the figure when no place is named between them and it
    for m in _WORLD.finditer(c.sentence):
        between = c.sentence[m.end():at] if m.end() <= at else c.sentence[at + len(c.text):m.start()]
        if not _places(aliases.names(between)):
            return True
    return False


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
def _clause_of(sentence: str, text: str, breaks: re.Pattern = _CLAUSE_BREAK) -> str:
    """The part of ``sentence`` around ``text`` between the ``breaks`` before and after it (the whole sentence when
    ``text`` is not in it)."""
    at = sentence.find(text)
    if at < 0:
        return sentence
    start = max((m.end() for m in breaks.finditer(sentence, 0, at)), default=0)
    end = next((m.start() for m in breaks.finditer(sentence, at + len(text))), len(sentence))
    return sentence[start:end]


_SCOPE_TYPES = ("gpe:", "loc:", "fac:")


def _names(sentence: str, aliases: list[tuple[str, str]]) -> set[str]:
    """The names that set a sentence's scope: places (by any alias) and capitalised words no entity
    of the story covers. A person or body named is who tells the figure ("the National Hurricane
    Center said", "IRNA reported"), not where or what it counts (issue 20)."""
    found: set[str] = set()
    covered: set[str] = set()
    places: set[str] = set()  # the words of the story's places' names: their people's names are no place
    people_of: list[tuple[int, int]] = []  # where a place's name runs on into its people's ("North Korean")
    for alias, entity_id in aliases:
        if entity_id.startswith(("gpe:", "loc:")):
            places.update(alias.split())
        if alias in sentence:
            if entity_id.startswith(_SCOPE_TYPES) and not _only_as_people(alias, sentence, people_of):
                found.add(entity_id)
            covered.update(alias.split())
    return found | _told_places(sentence, found) | _unknown_names(sentence.strip(), frozenset(covered), frozenset(places))


def _only_as_people(alias: str, sentence: str, people_of: list[tuple[int, int]]) -> bool:
    """Is a place's name found in ``sentence`` only as part of a longer word, its people's ("one North Korean",
    "Libyan forces"), or inside such a word found before (``people_of``: "North" of "North Korean")? A nationality is
    who, not where (issue 20, twenty-first session). The aliases come longest first, so the whole name is seen first."""
    only = True
    for m in re.finditer(re.escape(alias), sentence):
        inside = any(start <= m.start() and m.end() <= end for start, end in people_of)
        if not alias[-1:].isalpha() or not sentence[m.end():m.end() + 1].isalpha():
            if not inside:
                only = False
        elif not inside:
            end = m.end()
            while end < len(sentence) and sentence[end].isalpha():
                end += 1
            people_of.append((m.start(), end))
    return only


# The endings that make a place's name its people's ("Libya" "Libyans", "Iraq" "Iraqi", "Egypt" "Egyptian", "China"
# "Chinese", "Mexico" "Mexican"): a nationality, never a place of its own.
_DEMONYM_ENDINGS = ("n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "ish")


def _demonym(word: str, places: frozenset[str]) -> bool:
    """Is ``word`` a nationality made from the name of a place of the story ("Libyans" by "Libya")?"""
    return any(word == stem + end for name in places if len(name) >= 4 and name[:1].isupper()
               for stem in (name, name[:-1]) for end in _DEMONYM_ENDINGS)


# A capitalised word that could name a place the entities stage missed: one starting a word, not its sentence's nor a
# phrase's first word (after an opening quote, a dash or a colon: "Sept. 23 - Researchers put ..."), not inside a
# hyphened name ("al-Obaidi": the person "Habib al-Obaidi"), not joined to a number ("AK-47", "F-16": a product).
_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][a-zA-Z'\u2019-]*")
_OPENS_PHRASE = frozenset(".!?:-\u2013\u2014\"\u201c\u2018(")
# "Englishman", "Frenchmen", "Congressman", "Newman": a person (by nationality, office or surname), never a place.
_PERSON_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:man|men|woman|women)")
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)$")
_OPENING_NAME = re.compile(r"[\"\u201c\u2018']?[A-Z][a-zA-Z'\u2019.-]*(?:\s+[A-Z][a-zA-Z'\u2019.-]*)*")


def _opens_phrase(before: str) -> bool:
    """Does a word after ``before`` (stripped) open a phrase: after a stop, a colon, a dash, a bracket, or an opening
    quote (a quote after a space; one closing a quotation, 'casualties," Gortney said', opens nothing)?"""
    last = before[-1]
    if last in "\"'\u201c\u2018":
        return len(before) == 1 or before[-2].isspace() or last in "\u201c\u2018"
    return last in _OPENS_PHRASE


def _unknown_names(sentence: str, covered: frozenset[str], places: frozenset[str] = frozenset()) -> set[str]:
    """The capitalised words of ``sentence`` no entity of the story covers that may name a place (issue 20, twenty-first
    session, read on the dev conflict misses stopped at scope: a person's surname, a possessive of a place the story
    names, "Benghazi's", a product, "AK-47", a nationality noun, "Englishman", and a word opening a phrase were each a
    scope that kept two figures of one place apart). A possessive is read without its ending: "Benghazi's" is
    Benghazi."""
    out: set[str] = set()
    for m in _CAPITALISED.finditer(sentence):
        word = m.group(0)
        if sentence[m.end():m.end() + 1].isdigit() or word.endswith("-") and len(word) <= 4:
            continue  # "AK-47", "G8": a make or model
        before = sentence[:m.start()].rstrip()
        if not before or _opens_phrase(before) or (_OPENING_NAME.fullmatch(before)
                                                   and before.split()[0].strip("\"\u201c\u2018'").lower() not in _STOP):
            continue  # the sentence's or a phrase's first word, or the rest of a name it opens on ("Human Rights groups")
        word = _POSSESSIVE.sub("", word.rstrip("-"))
        if (len(word) < 2 or word.lower() in _STOP or word in covered or _CALENDAR.match(word)  # "on Sunday": a time
                or _PERSON_NOUN.fullmatch(word) or _demonym(word, places)):
            continue
        out.add(word)
    return out


# A name the sentence itself tells is a place, whatever type the entities stage gave it: the name of a camp, village,
# town, district or province ("the Bureij refugee camp"), or a name after a compass word ("northern Sanaa"). Issue 20u,
# nineteenth session (fresh fdev): the parser typed two camps' and a capital's names as people, and the injured of a
# shelling in one refugee camp were set in conflict with the injured at a school in another camp, the names of
# people never being a scope.
_PLACE_NOUN_AFTER = re.compile(r"\b(?P<name>[A-Z][a-zA-Z'-]+(?:\s[A-Z][a-zA-Z'-]+)?)\s+(?:refugee\s+camp|village|town|"
                               r"district|province|governorate|neighbou?rhood|suburb)\b(?!\s+(?:hall|house|council|meeting)s?\b)")
_COMPASS_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|central|north-eastern|north-western|"
                             r"south-eastern|south-western)\s+(?P<name>[A-Z][a-zA-Z'-]+)(?![\w'-])")


def _told_places(sentence: str, found: set[str]) -> set[str]:
    """The places the sentence's own words tell (``_PLACE_NOUN_AFTER``, ``_COMPASS_BEFORE``), by the id a place
    entity of that name has (one the sentence already names keeps its id), else a place id made from the name."""
    out: set[str] = set()
    for m in [*_PLACE_NOUN_AFTER.finditer(sentence), *_COMPASS_BEFORE.finditer(sentence)]:
        name = m["name"]
        if name.split()[0].lower() in _STOP or _CALENDAR.match(name):
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        if not any(f.split(":", 1)[1] == slug for f in found if ":" in f):
            out.add(f"loc:{slug}")
    return out


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
# An infection counted is a case ("puts the number of infections at 840" and "590 confirmed cases": one count of the sick;
# basis.SYNONYMS reads "infections" as "infected"; issue 22s, twenty-second session, read on the dev misses).
_SAME_WORD.update({w: "case" for w in ("infection", "infections", "infected", "cases")})


# The place a figure is of (issue 20s, twentieth session, read on the fresh fdev stories: a roundup's paragraph on
# another country, or another town, set beside the story's figure; "We are attacking from three sides", said in a
# paragraph on one oil town, agreed with a city "sealed off on three sides" in another): the places its sentence names
# up to the end of its clause, else those of the nearest earlier sentence of its paragraph that names one. Only places
# the gazetteer placed (a point, a country) count; a figure with none is of no known place and is never set apart.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d]?\s+(?=[\"'\u201c]?[A-Z])")


def _placed(names: set[str], aliases: "_Aliases") -> frozenset[str]:
    places = getattr(aliases, "places", None) or {}
    return frozenset(n for n in names if n in places)


def _figure_places(c: Claim, aliases: "_Aliases") -> frozenset[str]:
    """The places (entity ids) a figure is of: its sentence's (up to its clause's end), else its paragraph's (worked
    out once a figure and story: kept on ``aliases``)."""
    kept = aliases.__dict__.setdefault("figure_places", {})
    key = (c.document, c.start, c.sentence)
    if key not in kept:
        kept[key] = _placed(aliases.names(_up_to_clause(c)), aliases) or _paragraph_places(c, aliases)
    return kept[key]


# A paragraph sets its place for the sentences after it only when the sentence naming it opens on it: "In Yemen,
# security forces ...", "Elsewhere, in Bahrain, ..." (a roundup's paragraph). Any place named further into the
# sentence ("BP, based in London, said ...") may be incidental: measured on the dev stories, inheriting any earlier
# sentence's places lost true agreements and updates (a company's head office, a toll first told of the capital).
_OPENS_IN_PLACE = re.compile(r"^[\"'\u201c]?(?:(?:meanwhile|elsewhere|separately|further\s+\w+|in\s+neighbou?ring\s+\w+)\s*,?\s+)?"
                             r"in\s+(?:the\s+)?[A-Z][^,;:.]{0,40}", re.I)


def _paragraph_places(c: Claim, aliases: "_Aliases") -> frozenset[str]:
    """The places the nearest earlier sentence of the figure's paragraph names (empty: none, or no text)."""
    text = (getattr(aliases, "texts", None) or {}).get(c.document)
    if not text or not (0 <= c.start <= len(text)):
        return frozenset()
    head = c.sentence[:40]
    at = text.rfind(head, max(0, c.start - len(c.sentence) - 2), c.start + len(head) + 1) if head else -1
    if at < 0 or at > c.start:
        return frozenset()
    paragraph = text.rfind("\n\n", 0, at)
    before = text[paragraph + 2 if paragraph >= 0 else 0:at]
    for sentence in reversed(_SENTENCE_END.split(before.strip())):
        found = _placed(aliases.names(sentence), aliases)
        if found:
            opening = _OPENS_IN_PLACE.match(sentence)
            return _placed(aliases.names(opening.group(0)), aliases) if opening else frozenset()
    return frozenset()


def _related(p: "Place", q: "Place") -> bool:
    """Is one place inside the other, or are they one place? By country: places of one country are one scope (towns
    and provinces of one country set apart by the gazetteer's divisions and points were measured on the dev stories
    and dropped: true agreements and updates were lost, a company's figures told in its head office's city and in
    the place it works). A region of no one country ("the Middle East") may hold either."""
    if p.geonames_id is not None and p.geonames_id == q.geonames_id:
        return True
    return not p.country or not q.country or p.country == q.country


def places_apart(a: Claim, b: Claim, aliases: "_Aliases") -> bool:
    """Two figures of places none inside another (places of two countries, the figure's own or its paragraph's):
    "20 died in Benghazi" and "20 died in Libya" are of one scope, a paragraph on Yemen and one on Libya are not. A
    count of countries, or two figures of the world, are not read by place (as ``_countries_apart``)."""
    if _counts_countries(a) or _counts_countries(b) or (_is_world(a.sentence) and _is_world(b.sentence)):
        return False
    pa, pb = _figure_places(a, aliases), _figure_places(b, aliases)
    if not pa or not pb or pa & pb:
        return False
    places = aliases.places
    return not any(_related(places[x], places[y]) for x in pa for y in pb)
