"""Reconcile, the words that make a number no figure to compare (split out of ``basis`` in the sixteenth session, which
had grown past 600 lines): a round word for a number ("thousands"), a code or phone number, a number in a title, a
rate per period, the word "one", a rank or a label ("Flight 370"), a hedge, a possibility or forecast, a window a
count is told over, a part of a whole, an increment. ``basis._basis_key`` reads them; nothing here keys a figure."""

from __future__ import annotations

import re

from ..records import Claim


# A number of things told without a figure: "thousands", "tens of thousands", "dozens", "several hundred", "a few
# dozen", "scores". A count written in words with a scale of millions is a figure (issue 20, tenth session: "an
# estimated eight million barrels of oil" and "11m barrels" were never compared, nor "five million gallons"); "a
# dozen", "two hundred", "a thousand" written in words stay loose (a round word in prose: "Two hundred people had
# arrived wounded" at one hospital agreed with "200 are wounded" nationwide, Timeline17 Libya, dev).
_VAGUE_PLURAL = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|trillions|scores)\b", re.I)
_VAGUE_FEW = re.compile(r"\b(?:several|few|many|some|a\s+couple\s+of)\s+(?:million|billion)\b|\b(?:dozen|hundred|thousand)\b",
                        re.I)


def _vague(text: str) -> bool:
    """A number of things told without a figure ("thousands", "several hundred", "a dozen"), not "eight million"."""
    if re.search(r"\d", text):
        return False
    return bool(_VAGUE_PLURAL.search(text) or _VAGUE_FEW.search(text))


# A figure told per a span of time, in its own phrase: "15,000 barrels of oil a day", "$6 million a day", "500,000
# a year" (issue 20, round 6); not "a day after the quake".
_PER_PERIOD = re.compile(r"^(?:\s*\([^()]{0,60}\))?(?:\s+[a-z-]+){0,3}?(?:\s*\([^()]{0,60}\))?(?:\s+[a-z-]+){0,2}?\s+"
                         r"(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute|second)\b"
                         r"(?!\s+(?:after|before|later|earlier|ago|of|in|when)\b)", re.I)


def _code(claim: Claim) -> bool:
    """A bare number written as a code, not a figure: a leading zero ("0845", a phone prefix or a clock time), six
    digits and more with no separator ("555111", a phone number; news writes "125,000") (issue 20, sixth session), or a
    toll-free prefix ("1-800", eleventh session: agreed as a count told in like words, Multi-News, dev)."""
    written = claim.text.strip()
    if claim.unit is not None:
        return False
    return bool(re.fullmatch(r"0\d+|\d{6,}|1-8\d\d(?:-[\dA-Z-]+)?", written)) or _in_number_run(claim) or _in_title(claim)


# A phone number written in groups: a group with a leading zero and one or two more ("0845 125 222"), or three groups of
# three or four digits (issue 20, twelfth session: "0845 125 222" and "0845 125 2222" were agreed as a count of 125 told
# in like words, ECB+ Banstead, dev).
_NUMBER_RUN = re.compile(r"(?<![\w,.])(?:0\d{2,4} \d{2,4}(?: \d{2,4})?|\d{3,4} \d{3,4} \d{3,4})(?![\w]|[,.]\d)")


def _in_number_run(claim: Claim) -> bool:
    """Is the figure one group of a phone number written in groups (``_NUMBER_RUN``)?"""
    at = claim.sentence.find(claim.text)
    if at < 0 or not claim.text.strip().isdigit():
        return False
    return any(m.start() <= at and at + len(claim.text) <= m.end()
               for m in _NUMBER_RUN.finditer(claim.sentence, max(0, at - 16), at + len(claim.text) + 16))


# A number word with a capital inside a sentence, before a capitalised word, after a lower-case word or an opening quote
# mark, is part of a name or title ("the duo Two Fat Ladies", "“Two Fat Ladies” made its debut"), no figure (issue 20,
# twelfth session: the show's name was agreed as a count of "fat ladies", Multi-News, dev). A headline in title case
# ("Officials: Two Dead In ...") has a capitalised word before it, so it is left alone.
_TITLE_NUMBER = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand)")
_BEFORE_TITLE = re.compile(r"(?:(?<![\w'’-])[a-z][\w'’-]*\s+|[\"“‘`']\s*)$")


def _in_title(claim: Claim) -> bool:
    at = claim.sentence.find(claim.text)
    if at < 0 or not _TITLE_NUMBER.fullmatch(claim.text.strip()):
        return False
    after = claim.sentence[at + len(claim.text):at + len(claim.text) + 3]
    before = _BEFORE_TITLE.search(claim.sentence[max(0, at - 30):at])
    if not (re.match(r" [A-Z][a-z]", after) and before):
        return False
    # After an opening quote mark, only a short quoted name is a title ("“Two Fat Ladies” made its debut"); a quoted
    # sentence is a figure ('"Two Americans were killed," the spokesman said': review of the twelfth session).
    if before.group(0).strip()[:1] not in "\"“‘`'":
        return True
    quoted = re.match(r"([^\"”’'.,;:!?]{0,40})[\"”’']", claim.sentence[at + len(claim.text):])
    return quoted is not None and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in quoted.group(1).split())


_TITLE_SMALL_WORDS = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "with"}


def _per_period(claim: Claim, at: int) -> str | None:
    if at < 0:
        return None
    m = _PER_PERIOD.match(claim.sentence[at + len(claim.text):at + len(claim.text) + 120])
    if m is None:
        m = _PER_PERIOD_BEFORE.search(claim.sentence[max(0, at - 60):at])
    return m.group(1).lower() if m else None


# The period told before the figure: "Each year, road traffic kills up to 3,000 people" is a yearly rate, not the toll of
# one event ("That storm killed about two thousand people"; issue 20, tenth session, Timeline17 H1N1, dev).
_PER_PERIOD_BEFORE = re.compile(r"\b(?:each|every)\s+(day|week|month|year)\b(?!\s+(?:after|before|since|of|in|when|until)\b)"
                                r"(?![^,;]*\b(?:ago|earlier|later)\b)", re.I)


def _word_one(claim: Claim) -> bool:
    """The word "one" (or "a", "half"), bound or not ("at least one"): a singular, not a figure told (issue 20)."""
    words = claim.text.strip().lower().split()
    if claim.value == 0 and words[:1] in (["no"], ["no-one"], ["nobody"], ["none"]):
        return False  # "no one was killed": a zero told, not the word "one"
    at = claim.sentence.find(claim.text)
    if at > 0 and not re.search(r"\d", claim.text) and _OR_LOOSE.search(claim.sentence[max(0, at - 25):at]):
        return True  # "within a minute or two", "one or two": a loose amount, no figure told (issue 20, round 5)
    return bool(words) and words[-1] in ("one", "a", "an", "half") and not re.search(r"\d", claim.text)


# A number right after the noun it names is a label ("lane 1", "Group 2", "Gate 23"; issue 20, eleventh session: United's
# boarding lanes and groups agreed as counts told in like words, Multi-News, dev).
_RANK_BEFORE = re.compile(r"\b(?:category|cat\.|level|grade|phase|stage|no\.|number|code|route|flight|article|section|"
                          r"force|class|type|lanes?|groups?|gates?|terminal|platform|room|row|seat|pier|zone|channel|"
                          r"chapter|page|episode|exit|highway|interstate|precinct|ward|lot|floor|apartment|suite)\s*$",
                          re.I)


_HEDGE = re.compile(r"\b(?:likely|probable|probably|possible|possibly|suspected|presumed|feared|believed)\b", re.I)


def _hedged(claim: Claim) -> bool:
    """Is the figure told as likely, not known ("eight students are 'likely' to have contracted the virus",
    "12 feared dead")? Read in its own clause: up to a comma or "and" after it, a few words before it."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    after = re.split(r"[,;:.()]|\s(?:and|but|while|whereas)\s", claim.sentence[at + len(claim.text):at + len(claim.text) + 100],
                     maxsplit=1)[0]
    before = re.split(r"[,;:.()]", claim.sentence[max(0, at - 25):at])[-1]
    own = set(re.findall(r"[a-z]+", (claim.subject or "").lower()))
    told = before + " " + after
    for m in _HEDGE.finditer(told):
        if _REPORTED_HAPPENING.match(told[m.start():]):
            continue  # "120 villagers are believed to have drowned": a toll as reported, as "thought to have died" (below)
        # "19 states are working on possible sightings": the hedge is an adjective of another noun, not of the figure
        # (issue 20, sixteenth session); "eight were found to be probable cases" tells it of the figure.
        noun = _ATTRIBUTIVE_HEDGE.match(told[m.start():])
        if noun is None or noun["noun"].lower() in own or _PREDICATE_BEFORE.search(told[:m.start()]):
            return True
    return False


# "are believed to have died", "were believed to have been killed": a toll as it is reported, told with a verb of belief
# and a perfect infinitive, as "thought to have drowned", which was never hedged (claims.counted._told_to_have reads the
# happening through both; issue 22c, twenty-second session: a toll told "believed to have died" was "possibly people
# killed" and never met the same toll told with "killed"). "believed dead", "believed to be infected", "believed to have
# about 700 members" (no happening told) stay hedged.
_REPORTED_HAPPENING = re.compile(r"believed\s+to\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|lt|pt|ught)\b", re.I)


# A hedge told as the adjective of the noun right after it ("possible sightings", "suspected looters").
_ATTRIBUTIVE_HEDGE = re.compile(r"(?:possible|probable|suspected|presumed)\s+(?P<noun>[a-z][a-z-]+)", re.I)
_PREDICATE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|as)\s+(?:an?\s+)?$", re.I)


_OR_LOOSE = re.compile(r"\b(?:a|an|one)(?:\s+[a-z]+)?\s+or\s+$", re.I)


# A zero told as provisional: no figure yet, which a later toll completes rather than contradicts.
_PROVISIONAL = re.compile(r"\b(?:immediate(?:ly)?|initial(?:ly)?|so far|yet|at this stage|at this time|early|"
                          r"first reports?)\b", re.I)


# "may" in lower case only: the month "May" ("the board drafted the plan in May and has had some 4,000 letters since")
# is no possibility (issue 20k, eighteenth session: the figure had no key).
_HYPOTHETICAL = re.compile(r"\b(?:could|might|(?-i:may)|would|worst[- ]case)\b", re.I)


# A forecast told anywhere in the figure's clause before it, however far (issue 20, sixth session).
_FORECAST = re.compile(r"\b(?:(?:probably|likely)\s+will|will\s+(?:probably|likely)|would\s+end\s+up|expects?\s+to|"
                       r"expected\s+to|(?:is|are)\s+projected\s+to|forecast\s+to)\b", re.I)


# The window a count is told over: "of its next 23 games", "in their last 10 games" (issue 20, sixth session).
_WINDOW_BEFORE = re.compile(r"\b(?:of|in|over|from)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:next|last|first|past|previous|"
                            r"final|opening)\s+$", re.I)


_KIND_AFTER = re.compile(r"-?\s?(?:gauge|caliber|calibre|bore|star)\b", re.I)


# Every possessive determiner, the speaker's too ("our two nations", issue 20 session 5).
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|both|its|their|his|her|our|my|your)\s+$", re.I)


_COUNT_WORD = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen|twenty)")
# A figure followed by its own qualifier and a second figure joined by "and" before the shared noun ("12 Somali and 11
# Yemeni pirates").
# The qualifiers are names of groups (capitalised: "Somali", "Democratic"); "10 killed and 20 injured" are two measures.
_SUM_PART_AFTER = re.compile(r"^\s+[A-Z][\w'-]*\s+and\s+" + _COUNT_WORD + r"\s+[A-Z]")


# A toll broken down by who the dead were, "seven children, three women and two men": each figure of the list is a part
# of the whole, not a toll of its own (issue 20u, nineteenth session: "three women" of a family's twelve dead agreed
# with three people killed at a school, fresh fdev). The figure's own noun and another count of another such noun
# beside it, joined by a comma or "and".
_BREAKDOWN_NOUN = r"(?:children|women|men|boys|girls|adults|minors|teenagers|infants|babies|elderly)"
_BREAKDOWN_AFTER = re.compile(r"^\s+(?P<noun>" + _BREAKDOWN_NOUN + r")\b[^,;.]{0,40}?(?:,\s*|\s+and\s+)" + _COUNT_WORD +
                              r"\s+(?P<other>" + _BREAKDOWN_NOUN + r")\b", re.I)
_BREAKDOWN_BEFORE = re.compile(r"\b" + _COUNT_WORD + r"\s+(?P<other>" + _BREAKDOWN_NOUN + r")\b[^,;.]{0,40}?"
                               r"(?:,\s*|\s+and\s+)$", re.I)
_OWN_NOUN = re.compile(r"^\s+(?P<noun>" + _BREAKDOWN_NOUN + r")\b", re.I)


def _in_breakdown(claim: Claim, at: int) -> bool:
    """Is the figure one count of a list of who was counted ("seven children, three women and two men")?"""
    if at < 0:
        return False
    after = claim.sentence[at + len(claim.text):at + len(claim.text) + 90]
    m = _BREAKDOWN_AFTER.match(after)
    if m and m["noun"].lower() != m["other"].lower():
        return True
    own = _OWN_NOUN.match(after)
    before = _BREAKDOWN_BEFORE.search(claim.sentence[max(0, at - 70):at])
    return bool(own and before and own["noun"].lower() != before["other"].lower())


_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|them|these|those|its|their|his|her|our|my|your|whom|which)\b(?!\s+[\d,.]+\b)", re.I)


# A figure told as a part of a total given right after it ("won 5 of the 9 appeals", "three of the 12 dead"), read
# up to three words after the total.
_OF_A_NUMBER = re.compile(r"^\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our|these|those)\s+" + _COUNT_WORD +
                          r"\s+(?P<rest>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})", re.I)


def _part_of_number(after: str, key: str) -> bool:
    """Is the figure a part of the total told right after it, of the same thing (issue 20, fifteenth session): "the
    firm won 5 of the 9 appeals" is a part of 9 appeals, no value of "appeals" to set against "lodged 9 appeals";
    "three of the 12 dead". Not when the total counts another thing: "the fever killed 310 of the 4,100 patients it
    reached" is a toll ("killed" is not "reached")."""
    from .basis import PEOPLE, SYNONYMS  # (basis reads this module: imported when called)

    m = _OF_A_NUMBER.match(after)
    if m is None:
        return False
    rest = {"people" if w in PEOPLE else SYNONYMS.get(w, w) for w in re.findall(r"[a-z]+", m["rest"].lower())}
    own = set(key.split()) - {"people"}
    return bool(own & rest)


# "that would clearly show ...", "which could mean ...": the figure is a condition, a threshold, not a value told.
_HYPOTHETICAL_AFTER = re.compile(r"^\s*(?:[a-z%]+\s+){0,2}(?:that|which)\s+(?:would|could|might)\b", re.I)


_INCREMENT_BEFORE = re.compile(r"\b(?:an?\s+)?(?:additional|further|extra|another)\s+$", re.I)


_INCREMENT = re.compile(r"\s+(?:more|new|additional|further|extra|other)\b", re.I)
