"""Updates: a figure that moved across publication days (a toll rising), a progression, not a conflict."""

from __future__ import annotations

import hashlib
import re

from ..records import Claim, Entity, Sources, Update, UpdatePoint
from .told import LEVEL
from .basis import (CUMULATIVE, DEVELOPING, EXACT_TOLERANCE, KEPT_VERBS, OUTCOME_KEYS, MAX_UPDATE_RATIO, MEASURE_WORDS, UPDATE_CUES, basis_key, developing,
    update_key)
from .compare import _Aliases, _ratio, _spread_end, story_aliases
from .moments import days_of_sentence, _past_month, same_time_told, time_told
from .scope import _places, _same_local_scope, _same_scope, _up_to_clause, _world_apart
from .likeness import _anchors
from .happening import _same_happening


def find_updates(claims: list[Claim], sources: Sources, published: dict[str, str | None] | None = None,
                 entities: list[Entity] | None = None, aliases: _Aliases | None = None) -> list[Update]:
    """Figures that moved across publication times: the same measure of the same thing, in the same
    scope, given different values on different days (a toll rising over days, the missing falling).

    Each progression holds one value per report (its first statement of the figure), in time order.
    A figure is an update when it is a developing count (killed, injured, missing, ...) or its
    sentences say it moved ("rose to", "revised", "so far"), and when its values differ between days
    beyond their bounds and rounding; the same value repeated is no update.
    """
    published = published or {}
    aliases = aliases if aliases is not None else story_aliases(entities)
    groups: dict[tuple[str, str | None, str], list[Claim]] = {}
    for c in claims:
        basis = basis_key(c)
        if basis is None or c.normalized.value is None or basis[0] in ("percentage", "duration", "temperature"):
            continue
        if _spread_end(c):
            continue  # "from just over 70 to more than 90": a spread of several figures, no value of one
        if _past_month(c, published):
            continue  # "In February, a gunman killed five people": another month's happening, no value of today's
        if basis[2].startswith("more ") or _told_as_change(c):
            continue  # an increment ("48 more deaths") is news of a change, not the figure itself
        if not (published.get(c.document) or "")[:10]:
            continue
        groups.setdefault((basis[0], basis[1], progression_key(basis[2])), []).append(c)
    updates: list[Update] = []
    for (kind, unit, key), group in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        first: dict[str, Claim] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            first.setdefault(c.document, c)
        points = sorted(first.values(), key=lambda c: ((published.get(c.document) or "")[:10], c.normalized.value or 0.0,
                                                       c.document))
        if len({published[c.document][:10] for c in points}) < 2:
            continue
        cued = {id(c): _cue_near(c) for c in points}  # issue 17: a point's update cue read once
        if kind != LEVEL and not developing(key) and not any(cued.values()):
            # (a level moves as a story develops: an alert raised, a storm upgraded; eleventh session)
            continue
        cumulative = any(key.endswith(w) for w in CUMULATIVE)
        toll = developing(key)  # a toll's figures are of a day or an incident (``_another_day``)
        # Chains of one scope: each point joins a chain it shares a scope and similar words with.
        chains: list[list[Claim]] = []
        told = {id(c): time_told(c, published) for c in points}  # issue 17: read once a point, not once a pair
        for c in points:
            # The same past year (or none) and the same place told after the figure: a toll of the 2004
            # tsunami or of another bombing is not a value of today's (issue 20); weekdays move with the days.
            # (issue 17: the tests of the chain's last value first, the cheap ones; the same answer)
            when = told[id(c)]
            if kind == "measurement" and not _cue_near(c, MEASUREMENT_CUES):
                chains.append([c])  # a length, volume or weight moves only when told as moved (see below)
                continue
            limit = MAX_UPDATE_RATIO if cued[id(c)] else QUIET_UPDATE_RATIO
            home = next((ch for ch in chains if _ratio(c, ch[-1]) <= limit
                         and not (cumulative and (c.normalized.value or 0) < 0.95 * (ch[-1].normalized.value or 0))
                         and any(same_time_told(when, told[id(o)]) and _same_scope(c, o, aliases, clause=True)
                                 # one thing in one happening: "800,000 barrels collected" is not
                                 # "4m barrels spewed" (issue 20, round 6)
                                 and _same_local_scope(c, o) and _same_happening(c, o)
                         and not (toll and _another_day(o, c, published)) for o in ch)
                         # the world's figure and one country's are never one progression, whichever value joined them
                         # (issue 20, fifteenth session: one country's cases, another's, then the world's count)
                         and not any(_world_apart(c, o, aliases) for o in ch)),
                        None)
            if home is None:
                chains.append([c])
            else:
                home.append(c)
        for chain in chains:
            days = sorted({published[c.document][:10] for c in chain})
            if len(days) < 2:
                continue
            by_day: dict[str, list[Claim]] = {}
            for c in chain:
                by_day.setdefault(published[c.document][:10], []).append(c)
            # It moved: the figure as it stood each day (its highest value, "at least 14" read as 14)
            # changed by more than rounding. A figure over time moves one way (a toll up, the missing
            # down); one that goes up and down is several figures mixed, not a progression.
            levels = [max(c.normalized.value or 0.0 for c in by_day[d]) for d in days]
            # A count moves by any whole unit (73 -> 74 countries); a measurement by more than its tolerance.
            tolerance = EXACT_TOLERANCE if unit is not None else 0.0
            # A later bound on the near side of an earlier figure moves nothing: "at least 4,300" fled, then
            # "more than 4,000" (issue 20, round 6).
            tops = [max(by_day[d], key=lambda c: (c.normalized.value or 0.0, c.id)) for d in days]
            moved = [n + 1 for n, (a, b, later) in enumerate(zip(levels, levels[1:], tops[1:]))
                     if abs(b - a) > tolerance * max(abs(a), abs(b))
                     and not (b < a and later.bound == "at_least") and not (b > a and later.bound == "at_most")]
            steps = [levels[n] - levels[n - 1] for n in moved]
            if not steps:
                continue
            if not all(_step_tied([c for d in days[:n] for c in by_day[d]], by_day[days[n]], key, cued, aliases)
                       for n in moved):
                continue
            if steps and not (all(x > 0 for x in steps) or all(x < 0 for x in steps)):
                continue
            if cumulative and all(x < 0 for x in steps) and not any(_REVISED_DOWN.search(c.sentence) for c in chain):
                # A count that only adds up (the dead, the cases) lower on a later day, with no word that it was
                # revised: one figure restated in other roundings (230, then 226 deaths worldwide), not a progression
                # (issue 20, sixteenth session, read on the fresh fdev stories' false updates).
                continue
            if (all(x < 0 for x in steps) and kind != LEVEL and not developing(key)
                    and not any(cued[id(c)] for d in days[1:] for c in by_day[d])):
                # A count of things that is no toll (tanks, boats), lower on a later day with no word of a change there:
                # two estimates of one moment, not a movement (issue 20, twelfth session: "now 50 tanks", then "some
                # 40 tanks" had deployed, Timeline17 Syria, dev). The missing or the displaced falling are tolls.
                continue
            documents = sorted({c.document for c in chain})
            digest = hashlib.sha1(f"{kind}|{unit}|{key}|{'|'.join(c.id for c in chain)}".encode()).hexdigest()[:12]
            updates.append(Update(
                id=f"update-{digest}", quantity=key, unit=unit,
                basis=(f"{MEASURE_WORDS.get(kind, kind)} of {key}, given by {len(chain)} reports on {len(days)} days "
                       f"({days[0]} to {days[-1]}) in sentences about the same happening and the same places and "
                       "bodies; values from different days are successive figures, not a disagreement."),
                points=[UpdatePoint(c.document, published[c.document][:10], c.text, c.normalized.value,
                                    c.normalized.value_max, c.bound, c.sentence, c.start, c.end) for c in chain],
                documents=documents, independent_sources=sources.count(documents)))
    return updates


# A figure told as the size of a change, right after a word of change: "improved by two percentage points", "is up five
# points", "rose 3%", "gained 12 seats" (issue 20, sixteenth session, read on the fresh fdev stories: one poll's gain of
# two points and another poll's rise of five were one progression). "rose to 12" is a value, not a change.
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rises|fell|fallen|falls|dropped|drops|climbed|climbs|jumped|jumps|gained|gains|"
                            r"lost|loses|declined|slipped|improved|increased|decreased|grew|shrank|up|down)\s+(?:by\s+)?"
                            r"(?:(?:about|nearly|some|almost|just|over|more than|at least|another|a further)\s+)?$", re.I)


def _told_as_change(c: Claim) -> bool:
    at = c.sentence.find(c.text)
    return at > 0 and _CHANGE_BEFORE.search(c.sentence[max(0, at - 40):at]) is not None


# Words that say a count that only adds up was lowered: "revised down", "lowered", "down from".
_REVISED_DOWN = re.compile(r"\b(?:revis\w+|lower\w*|down\s+from|cut|reduc\w+|corrected)\b", re.I)


# A figure told as a running total: its words say it adds up over time, not one day's or one incident's count.
_RUNNING = re.compile(r"\b(?:so far|thus far|to date|in total|a total of|in all|all told|altogether|overall|cumulative\w*|"
                      r"since|toll|tally|(?:rose|risen|rising|climbed|reached|increased|jumped)\s+to|bringing|brings|"
                      r"this week|(?:past|last|previous)\s+(?:\w+\s+)?(?:days|weeks|months)|(?:days|weeks|months)\s+of)\b",
                      re.I)
# A toll told as it stands, in the perfect: "which has killed 40 people", "1,800 people have been killed", "had died":
# the running figure, whatever day its sentence also names ("Earlier on Monday, the envoy said ...").
_STANDING = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+)?(?:killed|died|infected|injured|wounded|"
                       r"claimed|left|risen|reached|climbed)\b", re.I)


# The nouns of one incident a toll is told of.
_INCIDENT_NOUNS = r"attack|air\s*strike|strike|raid|shelling|bombing|blast|explosion|ambush|assault|bombardment|shootout|massacre"
# The one incident a toll is told of: "died in the morning raid", "in an air strike", "in the shelling".
_INCIDENT = re.compile(r"\b(?:in|during|by)\s+(?:the|an?|a|that|this)\s+(?:[a-z-]+\s+){0,3}?(?P<noun>" + _INCIDENT_NOUNS
                       + r")s?\b", re.I)
# Any incident a sentence names, however it is told ("An explosion on Sunday killed four").
_INCIDENT_NOUN = re.compile(r"\b(?P<noun>" + _INCIDENT_NOUNS + r")s?\b", re.I)


def _incident(c: Claim) -> frozenset[str]:
    """The incidents a figure's sentence tells it of ("died in the morning raid": "raid")."""
    return frozenset(re.sub(r"\s+", "", m["noun"].lower()) for m in _INCIDENT.finditer(c.sentence))


def _incident_nouns(c: Claim) -> frozenset[str]:
    """Every incident a sentence names, however ("An explosion on Sunday killed four": "explosion")."""
    return frozenset(re.sub(r"\s+", "", m["noun"].lower()) for m in _INCIDENT_NOUN.finditer(c.sentence))


def _another_day(earlier: Claim, later: Claim, published: dict[str, str | None]) -> bool:
    """Is a later figure another day's or another incident's toll than an earlier one (issue 20, sixteenth session,
    read on the fresh fdev stories' false updates)? A figure its sentence ties to a day ("on Thursday, soldiers killed
    nine") is that day's count: it moves on from an earlier figure only when the earlier one is of that day too (told
    of it, or told on that day or later). A figure tied to one incident ("31 died in the morning raid") is not the next
    value of an earlier day's toll ("Monday, no fewer than 12 people died") told of no such incident. A figure told as a
    running total ("so far", "the toll rose to", "this week", "over the past ten days") or as it stands ("has killed")
    adds up whatever came before, and moves on from any."""
    if _RUNNING.search(later.sentence) or _STANDING.search(later.sentence):
        return False
    later_days, earlier_days = _days_of_figure(later, published), _days_of_figure(earlier, published)
    if later_days and earlier_days:
        return not later_days & earlier_days
    if later_days:
        # told of days after the earlier figure was told: those days' toll (a figure of the day of the happening, told
        # again later, "Sunday's quake killed over 80,000", moves on from any earlier figure of it)
        return min(later_days) > (published.get(earlier.document) or "")[:10]
    incident = _incident(later)
    return bool(earlier_days and incident and not incident & _incident_nouns(earlier))


def _days_of_figure(c: Claim, published: dict[str, str | None]) -> frozenset[str]:
    """The days a figure's sentence ties it to, read up to the end of the figure's clause: a day told after it in a
    clause of its own is another figure's ("said 1,350 people were killed by the storm and 400 were still missing on
    Saturday": the missing, not the dead, are Saturday's; merging the sixteenth session's branches, a typhoon's toll
    told over six days lost its last value)."""
    return days_of_sentence(_up_to_clause(c), (published.get(c.document) or "")[:10])


# Words of a toll itself, shared by any two sentences that tell one ("killed", "dead" and "toll" are read as "death"):
# no sign that two tolls are of one happening.
_TOLL_ANCHORS = {"death", "injury", "killed", "wounde", "dead", "died"}


def _step_tied(before: list[Claim], later: list[Claim], key: str, cued: dict[int, bool], aliases: _Aliases) -> bool:
    """Is a value that moved on a later day tied to the chain's earlier values (issue 20, fifteenth session)? Its words
    say it moved ("rose to", "so far", "the latest tally"), or its sentence shares with an earlier value's a place of
    the story or a word that anchors both to one happening (the same market raid, the same monitoring group), not only
    the toll's own words. Two tolls told plainly with nothing in common (nine dead in a riot at one port, "no fewer than
    40 have died" in a siege elsewhere; four killed by one air raid, "a provincial officer said 15 were dead" of
    another) are two happenings' figures, not one figure that moved."""
    for c in later:
        if cued[id(c)]:
            return True
        anchors, places = _anchors(c, key, True) - _TOLL_ANCHORS, _places(aliases.names(c.sentence))
        if any(anchors & _anchors(o, key, True) or places & _places(aliases.names(o.sentence)) for o in before):
            return True
    return False


def progression_key(key: str) -> str:
    """The thing a progression follows, its head noun without the words that qualify it (issue 20, seventh session:
    15 of 38 missed updates had their values keyed as different things): "cases of flu", "cases of the virus" and
    "cases" are one tally ("cases flu", "cases virus" -> "cases"); "Syrian refugees" and "refugees", "response
    vessels" and "vessels" one count. What happened to the thing stays ("protesters killed" is not "protesters"),
    and so do the prefixes (``update_key``). The chain's scope and same-happening tests still keep places apart."""
    key = update_key(key)
    head = ""
    for prefix in ("part: ", "more ", "possibly "):
        if key.startswith(prefix):
            head, key = head + prefix, key[len(prefix):]
    words = key.split()
    if len(words) < 2 or any(w in OUTCOME_KEYS or w in KEPT_VERBS or w in DEVELOPING for w in words[1:]) \
            or words[0] in ("people", "time", "part:"):
        return head + key
    if words[0] in BODY_ACRONYMS:
        # "five EU states" are not "14 states" (US states): the union or country that owns the things counted stays
        # (issue 20, fifteenth session; "US states" was read as the plural noun "us")
        return head + key
    if words[0].endswith("s") and not words[0].endswith("ss"):
        return head + words[0]  # the counted noun first, then what qualifies it ("cases flu", "cases in california")
    if len(words) == 2 and words[1].endswith("s") and not words[1].endswith("ss"):
        return head + words[1]  # a word that qualifies the counted noun before it ("syrian refugees")
    return head + key


# Short names of a country or union written before a counted noun ("EU states", "US states", "UK hospitals").
BODY_ACRONYMS = {"us", "eu", "uk", "un", "uae", "usa"}


# A value this many times the last of its progression joins it only when its own words say it moved ("the toll rose
# to 1,000"): a larger number told plainly is more often a wider scope (issue 20, eleventh session: Libya's 33 injured
# in one clash, 200, then about 1,000 in the city).
QUIET_UPDATE_RATIO = 5.0


# A measurement (a length, a volume, a weight; not a rate) joins a progression only when its own words say it moved
# ("rose to", "so far"): two of them told plainly on two days are more often two things than one thing that moved
# (issue 20, twelfth session: on the 157 dev stories the three progressions of measurements were all wrong: two
# climbers' falls of 150 metres and 2,000 feet; oil collected and oil spilled; oil collected and an Olympic pool's
# volume). A toll, a count of cases and a flow rate are read as before.


# The words that say a measurement moved: not a verb of motion, which tells what a thing did ("fell about 2,000 feet",
# "climbed 300 metres", "the oil rose to the surface"), but a word of the figure's telling.
MEASUREMENT_CUES = re.compile(r"\b(?:revised|updated|latest|so far|estimate[sd]?|up from|down from|a total of|as of|"
                              r"to date|tally|has grown|increased|lowered|raised|now)\b", re.I)


# A word that says a figure moved counts where it is told of the figure: this many characters either side
# ("the estimated upper limit of 60,000 barrels" says nothing of the four vessels earlier in the sentence).
CUE_WINDOW = 80


def _cue_near(c: Claim, cues: "re.Pattern[str]" = UPDATE_CUES) -> bool:
    at = c.sentence.find(c.text)
    if at < 0:
        return cues.search(c.sentence) is not None
    return cues.search(c.sentence[max(0, at - CUE_WINDOW):at + len(c.text) + CUE_WINDOW]) is not None
