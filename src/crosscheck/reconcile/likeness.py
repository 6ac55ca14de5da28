"""Like with like, on positive evidence (issue 20, seventh session): a conflict is listed only where the two figures
are shown to be of the same measure of the same thing at the same time and scope, not merely where no rule found
them apart.

On every split's first blind read the conflicts were mostly false (test3 0.00, test5 0.11, test7 0.40, test9 0.00,
test11 0.07): rules that take two figures apart by a word list did not carry to unseen stories. The false ones fell in
classes (bench/results/issue-20c-s7.md): a figure of one holder against another holder's (players' games, rebounds,
touchdowns; products' storage, battery life; two officers' years of service), a part against its total ("54 games"
against "a combined 157 games"), one of a list of kinds ("32- and 64-bit versions", "2880 by 1800 pixels"), a span
still growing told on unknown days ("after four days of riots", "after eight days"), a count read from words that
say no outcome ("three against the death sentence" as three killed). So a pair of figures is *sure* only when:

- neither is one of a list of kinds, nor a total set against a part (``_aggregate``);
- and the thing is one the story's happening has a single value of (a quake's magnitude, a distance from a named
  place, a population, a storm's speed, an area): the key says it;
- or it is a toll and both figures' clauses tell the outcome in words (killed, dead, injured, missing...);
- or otherwise both clauses share a word that anchors them to one thing or happening: a content word other than
  the thing's own name, its unit and words of saying ("served ... in federal prison", "quake ... felt",
  "bombs ... dropped"), or a name.

Everything weaker is not a conflict: it is shown apart, as a difference whose basis is not sure
(:func:`unsure_finding`).
"""

from __future__ import annotations

import re

from ..records import Claim, Evidence, Finding
from .spans import SPAN_KEY
from .happening import _SAME_HAPPENING, _stem
from .holders import holder_unshown, holders_apart, sides_apart
from .scope import _clause, _content
from .wording import _fmt, key_told, measure_of

# Measures of the story's happening that have one value (the key says what): any two figures of them compare.
EVENT_MEASURES = ("magnitude", "distance from ", "population", "wind speed", "forward speed", "area affected")

# A toll is sure only where both figures' clauses tell the outcome in words ("three against the death sentence" is
# a vote, whatever the subject read for it).
_OUTCOME = re.compile(r"\b(?:kill\w*|dead|died|dies|deaths|fatalit\w+|casualt\w+|toll|perish\w*|injur\w*|wound\w*|hurt|missing|"
                      r"evacuat\w*|displaced|infect\w*|rescued|arrest\w*|cases?)\b", re.I)
_TOLL_WORDS = ("killed", "injured", "missing", "evacuated", "displaced", "infected", "rescued", "arrested", "cases")

# A total over parts, told just before or after the figure ("a combined 157 games", "a career record of 58 wins",
# "157 games in all"): not the figure of one part.
# An average, a mean or a median over many is another statistic than one observation ("leading each of the last 10
# polls by an average of seven percentage points" / "losing six percentage points in the final week"; issue 20, ninth
# session).
_AGGREGATE_BEFORE = re.compile(r"\b(?:combined|total|overall|career|all-time|cumulative\w*|aggregate|average\w*|mean|"
                               r"median)\b(?:\s+\S+){0,2}\s*$", re.I)
_AGGREGATE_AFTER = re.compile(r"^\s*\S*\s*(?:in all|in total|altogether|combined)\b", re.I)

# A figure told as a record, right after the word ("the all-time ACC scoring record (2,769 points)", "holds that mark
# with 2,769 points", "a record of 58"): the record's value, not the count of the one chasing it (issue 20, tenth
# session: Hansbrough's "2,302 points" against Redick's ACC record, ECB+ 31, a dev story).
_RECORD_BEFORE = re.compile(r"\b(?:record|mark)\s*(?:\(|(?:of|at|with|is|was|stood\s+at|stands\s+at)\s+)?$", re.I)


def told_as_record(c: Claim) -> bool:
    at = _at(c)
    return at > 0 and bool(_RECORD_BEFORE.search(c.sentence[max(0, at - 30):at]))


# The kind of play a sports count is of, told right after its noun ("four touchdowns receiving", "six touchdowns on
# offense", "three more on punt returns", "205 yards rushing"): a count of one kind is a part of another's total, or
# another count (issue 20, tenth session: Reggie Bush's "six touchdowns on offense" against "four touchdowns
# receiving", ECB+ 25, a dev story). Two figures are sure only when they tell the same kind, or neither tells one.
_PLAY_KIND = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?P<kind>rushing|receiving|passing|returning|on\s+(?:offense|defense|"
                        r"offence|defence|special\s+teams|(?:punt|kick|kickoff|interception)\s+returns?)|"
                        r"in\s+the\s+(?:air|ground\s+game))\b", re.I)


def play_kind(c: Claim) -> str | None:
    """The kind of play a count is told of, lower case ("receiving", "on offense"), or None."""
    at = _at(c)
    if at < 0:
        return None
    m = _PLAY_KIND.match(c.sentence[at + len(c.text):at + len(c.text) + 40])
    return re.sub(r"\s+", " ", m["kind"].lower()) if m else None


# One figure of a list of kinds or of a compound figure: "32- and 64-bit versions", "13- and 15-inch", "2880 by
# 1800 pixels", "2,880 x 1,800": each names a kind (or a side), not a value of one thing.
_DIMENSION_WORD = r"(?:(?:pixels?|inch(?:es)?|feet|foot|cm|mm|metres?|meters?)\s+)?"
_LISTED_BEFORE = re.compile(r"\d\s*-\s*(?:and|or|,)\s*$|\d[\d,.]*\s*" + _DIMENSION_WORD + r"-?(?:by|x|×)-?\s*$", re.I)
_LISTED_AFTER = re.compile(r"^\s*-\s*(?:and|or|,)\s*\d|^\s*" + _DIMENSION_WORD + r"-?(?:by|x|×)-?\s*\d", re.I)

# A span of a happening still going on, told as elapsed ("after eight days of riots", "the six-month-old war",
# "for four days now"): it grows with the days, so two values face each other only told on one known day.
_ELAPSED_BEFORE = re.compile(r"\b(?:after|following|into)\s+(?:(?:about|nearly|almost|more than|over|some)\s+)?$", re.I)
_ELAPSED_AFTER = re.compile(r"^\s*(?:-?\s*old\b|of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:riots?|protests?|fighting|war|clashes|"
                            r"unrest|violence|siege|strike|talks|search|standoff|crisis)\b|now\b)", re.I)

# The moment a figure is told as of, in its own sentence ("As of November 13, CDC had verified 88 cases in 32 states",
# "cases have been reported in 17 states through July"): two figures told as of different moments are two moments.
_AS_OF = re.compile(r"\b(?:as of|through|until|up to|by the end of|by)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?"
                    r"(?P<when>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}\b)?|"
                    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I)


def as_of(c: Claim) -> frozenset[str]:
    """The moments the figure's sentence says it is told as of, lower case, month names cut to three letters."""
    return frozenset(re.sub(r"^([a-z]{3})[a-z]*\.?", r"\1", m["when"].lower()) for m in _AS_OF.finditer(c.sentence)
                     if not (m["when"].lower().startswith("may") and not m["when"][0].isupper()))


# Words that anchor nothing: of saying, of bounds and rounding, of time, pronouns and the like.
_NOISE = set("""said says say told tell reported according about around least more than some nearly almost over just
also people other another all only were been being had has have will would could there their they them when where which
while after before since into onto with from this that these those who what ago both each per new first last""".split())
# Units of volume and weight are units too, not an anchor ("collected 15,800 barrels of oil" and "20,000 barrels ...
# flowed from the well" share only the unit; issue 20, eleventh session, read on test17's errors, dev since then).
_UNIT = re.compile(r"^(?:second|minute|hour|day|week|fortnight|month|year|decade|centur|mile|kilomet|km|metre|meter|"
                   r"feet|foot|inch|pound|ton|percent|cent|dollar|million|billion|thousand|hundred|dozen|time|barrel|"
                   r"gallon|litre|liter|acre|hectare|kilogram|gram|ounce)")
SHORT_CLAUSE = 4  # words: a clause this short is an item of a list
STEM = 6  # two words share an anchor when their first letters agree ("deliberated", "deliberation")


def _at(c: Claim) -> int:
    return c.sentence.find(c.text)


def _aggregate(c: Claim) -> bool:
    at = _at(c)
    return at >= 0 and bool(_AGGREGATE_BEFORE.search(c.sentence[max(0, at - 40):at])
                            or _AGGREGATE_AFTER.match(c.sentence[at + len(c.text):at + len(c.text) + 25]))


def listed(c: Claim) -> bool:
    """The figure is one of a list of kinds or a side of a compound figure ("32- and 64-bit", "2880 by 1800")."""
    at = _at(c)
    return at >= 0 and bool(_LISTED_BEFORE.search(c.sentence[max(0, at - 16):at])
                            or _LISTED_AFTER.match(c.sentence[at + len(c.text):at + len(c.text) + 16]))


def elapsed(c: Claim) -> bool:
    """A span told as the time elapsed of a happening still going on ("after eight days of riots")."""
    at = _at(c)
    return at >= 0 and bool(_ELAPSED_BEFORE.search(c.sentence[max(0, at - 24):at])
                            and _ELAPSED_AFTER.match(c.sentence[at + len(c.text):at + len(c.text) + 50])
                            or re.match(r"^\s*-?\s*old\b", c.sentence[at + len(c.text):at + len(c.text) + 8], re.I))


def _anchors(c: Claim, key: str, whole: bool = False) -> set[str]:
    """The words that anchor a figure to one thing or happening: its clause's content words (``whole``: its
    sentence's) other than the thing's own name, units and words of saying, verbs of one happening told alike
    ("seized", "confiscated": ``happening``), each cut to its first ``STEM`` letters."""
    own = {w[:STEM] for w in _content(key.removeprefix("part: ").removeprefix("more ").removeprefix("possibly "))}
    told = c.sentence if whole else _clause(c)
    words = {_SAME_HAPPENING.get(_stem(w), w)[:STEM] for w in _content(told)
             if w not in _NOISE and not _UNIT.match(w) and not w[0].isdigit()}
    return words - own


def _short(c: Claim) -> bool:
    """A figure in a list ("six AK-47 rifles, 12 magazines and 300 rounds were seized"): its clause is the figure and
    its noun only, and its sentence tells what happened to them."""
    return len(_clause(c).split()) <= SHORT_CLAUSE


def _names(c: Claim) -> set[str]:
    """Capitalised words inside the clause (not its first word): names."""
    clause = _clause(c).strip()
    return set(re.findall(r"(?<=[\s(\"'“])[A-Z][A-Za-z'’-]+", clause)) - {"The", "A", "An", "In", "On", "At"}


def is_toll(key: str) -> bool:
    words = key.removeprefix("part: ").removeprefix("more ").split()
    return bool(words) and words[-1] in _TOLL_WORDS


# The period of a rate or a likeness, right after "every" ("one Exxon Valdez tanker every 6.4 days", "an Exxon Valdez
# every five days or so"): a way of telling another figure, not a measure of the happening (issue 20, eleventh session,
# read on test17's errors, dev since then).
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)


def rate_period(c: Claim) -> bool:
    at = _at(c)
    return at > 0 and bool(_EVERY_BEFORE.search(c.sentence[max(0, at - 12):at]))


_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.I)


_PART_PLACE = {"near", "in", "at", "around", "outside", "inside", "on", "off", "from", "across"}


def _next_word(text: str) -> str:
    """The word after a figure, past a conversion in brackets and an article of a rate ("$1,100 (£691) a barrel" ->
    "barrel", as "$4,300 per barrel"; issue 20, sixteenth session: a fine told with its two conditions in one sentence
    was set against one of them)."""
    m = re.match(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:a|an|per|each)\s+)?\(?\s*([A-Za-z]+)", text)
    return m.group(1).lower() if m else ""


def broken_down(a: Claim, b: Claim) -> bool:
    """Does one figure's sentence also tell the other's number, as another figure ("destroyed 11 tanks on the outskirts
    of Ajdabiyah ... and 14 near Misrata" against "destroying 14 tanks")? The report then sets the two values apart
    itself, as two parts (two places, two kinds): no disagreement (issue 20, eleventh session, read on test17's errors,
    dev since then)."""
    for x, y in ((a, b), (b, a)):
        at = _at(x)
        if at < 0:
            continue
        rest = x.sentence[:at] + " " * len(x.text) + x.sentence[at + len(x.text):]
        for number in re.findall(r"\d[\d,]*(?:\.\d+)?", y.text):
            own = _next_word(x.sentence[at + len(x.text):])
            for m in re.finditer(r"(?<![\w.,])" + re.escape(number) + r"(?![\w]|[.,]\d)", rest):
                if number in x.text or _MONTH_BEFORE.search(rest[max(0, m.start() - 12):m.start()]):
                    continue  # a day of a month ("June 3") is a date, not a figure
                # A part of the same list: the same noun ("11 tanks ... 14 tanks") or none, a place right after
                # ("and 14 near Misrata"); not another measure of the sentence ("18 injured ... and 12 arrested").
                after = _next_word(rest[m.end():])
                if after == own or after in _PART_PLACE:
                    return True
    return False


def sure_pair(a: Claim, b: Claim, key: str, published: dict[str, str | None], aliases=None) -> bool:
    """Positive evidence that two figures are of the same measure of the same thing at the same time and scope.
    ``aliases`` (``compare.story_aliases``): the story's people, so that two sentences that each name people, none
    in common ("Echenique scored 11 points", "McDermott ... seven rebounds"), are two holders' figures."""
    if listed(a) or listed(b) or _aggregate(a) != _aggregate(b) or play_kind(a) != play_kind(b):
        return False
    if told_as_record(a) != told_as_record(b):
        return False
    if rate_period(a) or rate_period(b) or broken_down(a, b):
        return False
    if holders_apart(a, b, aliases) is not None:
        return False  # two owners' figures, or two seasons' ("Bush ran for 120 yards", "Addai ran for 90 yards")
    if (ta := as_of(a)) and (tb := as_of(b)) and not ta & tb:
        return False  # told as of two moments: "as of November 13" and "through July"
    if key == SPAN_KEY or key.endswith(SPAN_KEY):
        if elapsed(a) or elapsed(b):
            da, db = (published.get(a.document) or "")[:10], (published.get(b.document) or "")[:10]
            if not da or da != db:
                return False
    if any(key.startswith(m) or key.endswith(m) for m in EVENT_MEASURES):
        return True
    if is_toll(key):
        return bool(_OUTCOME.search(_clause(a))) and bool(_OUTCOME.search(_clause(b)))
    if holder_unshown(a, b, aliases) is not None:
        return False  # one figure is an owner's, the other's sentence does not name that owner (``holders``)
    if aliases is not None:
        pa, pb = aliases.people(_untold(a.sentence)), aliases.people(_untold(b.sentence))
        if pa and pb and not pa & pb:
            return False
    if (age := _age(a)) is not None and age == _age(b):
        return True  # whose figure: both sentences tell it of a person of one age ("a 36-year-old ... fell 150 metres")
    whole = _short(a) or _short(b)
    if bool(_anchors(a, key, whole) & _anchors(b, key, whole)) or bool(_names(a) & _names(b)):
        return True
    # Two sentences that share two or more words of what happened tell one happening, though each figure's own clause
    # names none of them ("confiscated 14 rifles, 31 magazines and 923 rounds from the boat" and "six rifles, 12
    # magazines and about 300 rounds of ammunition were seized"; issue 20, nineteenth session, helper 20p). A place
    # both name is not such a word ("30 youths ... in the Exarchia district" and "about 100 youths ... at a police
    # station in the Exarchia district" are two groups), nor is a sentence told of another moment ("later, about 100
    # youths ..."; issue 20, twentieth session, helper 20h: the false conflict 20p's rule made on a dev story).
    return (not whole and not (_other_moment(a) or _other_moment(b))
            and len(_happening_anchors(a, key) & _happening_anchors(b, key)) >= SENTENCE_ANCHORS)


SENTENCE_ANCHORS = 2  # words of what happened two figures' sentences share, where their clauses share none

# Nouns of a place: where a thing happened, not what ("in the harbour district", "across the region").
_PLACE_NOUN = re.compile(r"^(?:district|area|region|province|county|state|city|town|village|suburb|neighbo|street|"
                         r"road|avenue|square|capital|countr|island|coast|border|quarter|zone)")
# A sentence told of another moment than the news: "later", "earlier", "the day before".
_ANOTHER_MOMENT = re.compile(r"\b(?:later|earlier|previously|the (?:day|night|week) before|the previous (?:day|night|week)|"
                             r"last (?:week|month|year))\b", re.I)


# A person told by age ("a 36-year-old climber", "Rait, 36,", "aged 36"). Two figures whose sentences each name one
# person by age, the same age, are that person's: the holder the parse did not name ("A 36-year-old man died after he
# fell about 200m" and "a 36-year-old Australian climber is dead after falling about 150 metres"; issue 20, twentieth
# session, helper 20h, read on the dev misses: a fall of one of two climbers of one story).
_AGE = re.compile(r"\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b", re.I)


def _age(c: Claim) -> str | None:
    """The one age a figure's sentence tells a person by; None where it tells none or more than one."""
    ages = {m.group(1) or m.group(2) for m in _AGE.finditer(c.sentence)}
    return ages.pop() if len(ages) == 1 else None


# Who tells a figure, at the end of its sentence or after "according to" ("..., is survived by his wife, Waldie said";
# "said Sheriff Lee Baca"): a teller, not whose figure it is, so not a person set against the other sentence's
# (issue 20, twentieth session, helper 20h: a spokesman's name kept a deputy's wedding told in two reports apart).
_TELLER_END = re.compile(r",\s*(?:(?:[A-Z][\w'’.-]*|of|the)\s+){1,5}(?:said|says|told\s+\w+)\s*[.!?\"”']*\s*$|"
                         r",\s*(?:said|says)\s+(?:(?:[A-Z][\w'’.-]*|of|the)\s*){1,6}[.!?\"”']*\s*$|"
                         r",?\s*according to\s+(?:(?:[A-Z][\w'’.-]*|of|the)\s*){1,6}[.!?\"”']*\s*$")


def _untold(sentence: str) -> str:
    """A sentence without its teller's words at its end."""
    return _TELLER_END.sub("", sentence)


def _other_moment(c: Claim) -> bool:
    return _ANOTHER_MOMENT.search(c.sentence) is not None


def _happening_anchors(c: Claim, key: str) -> set[str]:
    """The anchoring words of a figure's whole sentence that tell what happened: not a name (a word the sentence writes
    capitalised, past its first) nor a noun of a place."""
    named = {w.lower()[:STEM] for w in re.findall(r"(?<=[\s(\"'“])[A-Z][A-Za-z'’-]+", c.sentence)}
    return {w for w in _anchors(c, key, True) if w not in named and not _PLACE_NOUN.match(w) and w not in _NOT_DEED}


# Pronouns and number words anchor no happening ("his", "two": a test of the seventh session).
_NOT_DEED = {"his", "her", "hers", "its", "our", "your", "him", "she", "one", "two", "three", "four", "five", "six",
             "seven", "eight", "nine", "ten", "dozen", "second", "third"}


def sure_sides(sides: list[list[Claim]], key: str, published: dict[str, str | None],
               aliases=None) -> list[list[Claim]] | None:
    """The sides of a conflict kept to the figures with a sure partner on another side; None when fewer than two
    sides keep one (the disagreement is then not shown as a conflict)."""
    kept = [[c for c in side if any(sure_pair(c, o, key, published, aliases) for j, other in enumerate(sides) if j != i
                                     for o in other)]
            for i, side in enumerate(sides)]
    kept = [side for side in kept if side]
    return kept if len(kept) >= 2 else None


def unsure_finding(kind: str, key: str, sides: list[list[Claim]], labels: dict[str, str], count: int,
                   aliases=None) -> Finding:
    """A disagreement without positive evidence of like with like: shown apart, as a difference (not a conflict).
    Where the parse says the figures are two owners' or two periods' (``holders``), the words say so."""
    involved = [c for side in sides for c in side]
    said = " versus ".join(", ".join(f"{labels.get(c.document, c.document)} says {_fmt(c)}" for c in side)
                           for side in sides)
    apart = sides_apart(sides, aliases)
    why = (f"the parse tells whose figure each is: {apart};" if apart is not None else
           "nothing in their sentences shows they are the same measure of the same thing at the same time and scope (no "
           "shared words or names beyond the thing counted, a total against a part, one of a list of kinds, or a span "
           "still growing),")
    return Finding(
        "difference", [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in involved],
        sorted({c.document for c in involved}),
        f"Differs, not compared as like with like: {said} about {key_told(key)}, but {why} so this is not listed as a "
        f"conflict. Basis: {measure_of(kind, key)}.", count)
    said = " versus ".join(", ".join(f"{labels.get(c.document, c.document)} says {_fmt(c)}" for c in side)
                           for side in sides)
    return Finding(
        "difference", [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in involved],
        sorted({c.document for c in involved}),
        f"Differs, not compared as like with like: {said} about {key_told(key)}, but nothing in their sentences shows they are "
        f"the same measure of the same thing at the same time and scope (no shared words or names beyond the thing "
        f"counted, a total against a part, one of a list of kinds, or a span still growing), so this is not listed "
        f"as a conflict. Basis: {measure_of(kind, key)}.", count)
