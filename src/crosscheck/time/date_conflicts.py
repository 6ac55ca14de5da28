"""Date conflicts: the same happening put on different days by independent sources.

Read over the timeline's candidates (``events.candidates``: a sentence with a verb and the resolved dates it holds).
Two sentences of independent reports tell one happening when they share a two-word phrase naming it ("storm
surge", "the April 20 explosion") and enough content words; the day compared on each side is the one written nearest
that phrase. Split out of ``events`` (eighteenth session): the timeline builds events, this module finds where
reports disagree on their days.
"""

from __future__ import annotations

import re

from ..plural import counted
from ..records import Evidence, Finding, Sources
from .events import _STOP, _WORD, _Candidate, _overlap

# A date conflict needs the same happening: shared content words, a shared two-word
# phrase ("storm surge"), days at most a week apart, and neither sentence naming the
# other's date (a sentence can speak of two days).
CONFLICT_OVERLAP = 0.3
CONFLICT_MAX_DAYS = 7
MAX_PHRASE_SENTENCES = 200
MIN_PHRASE_REPORTS = 3


def date_conflicts(cands: list[_Candidate], sources: Sources) -> list[Finding]:
    """The same happening put on different days by independent sources.

    The two sentences must share a two-word phrase naming the happening ("storm
    surge"); the day compared on each side is the one written nearest that phrase,
    since a sentence can name several days ("warned on Sunday ... Friday's surge").
    """
    days = [c for c in cands if c.day_marks]
    groups: dict[tuple[str, str, str], dict[tuple[str, str], _Candidate]] = {}
    # Only pairs that share a two-word phrase are compared: an inverted index keeps
    # this near-linear; a phrase in very many sentences ("officials said") names nothing.
    grams = [_bigrams(c.sentence) for c in days]
    index: dict[tuple[str, str], list[int]] = {}
    for i, g in enumerate(grams):
        for gram in g:
            index.setdefault(gram, []).append(i)
    # A happening the story is about recurs across its reports; a phrase found in fewer
    # than MIN_PHRASE_REPORTS reports is an aside, whose dates are not worth a conflict.
    phrase_reports = {g: len({days[i].document for i in members}) for g, members in index.items()}
    # A one-off happening told on two different days is a conflict; a phrase dated on
    # three or more days ("cases confirmed" each day of an outbreak) names a recurring
    # kind of happening, whose different days are news, not a contradiction.
    phrase_days = {g: {_day_near(days[i], " ".join(g)) for i in members}
                   for g, members in index.items() if phrase_reports[g] >= MIN_PHRASE_REPORTS}
    # The phrases that may name a happening, and each sentence's (worked out once, not once a pair:
    # a story of 1,000 reports holds a million pairs; issue 17). A pair sharing none of them gives
    # nothing below, so it is left out before the pairs are put in order.
    eligible = {g for g, n in phrase_reports.items() if n >= MIN_PHRASE_REPORTS and len(phrase_days.get(g, ())) <= 2}
    telling = [g & eligible for g in grams]
    # Only sentences with such a phrase are paired (issue 17, ninth session: the pairs of every sentence sharing a
    # phrase were made first, then most dropped; the same pairs).
    pairs = sorted(pair for pair in {(i, j) for g, members in index.items()
                                     if len(members) <= MAX_PHRASE_SENTENCES and phrase_reports[g] >= MIN_PHRASE_REPORTS
                                     for told in ([i for i in members if telling[i]],)
                                     for x, i in enumerate(told) for j in told[x + 1:]}
                   if not telling[pair[0]].isdisjoint(telling[pair[1]]))
    for i, j in pairs:
        a, b = days[i], days[j]
        shared = telling[i] & telling[j]
        if not shared or a.document == b.document or sources.same_source(a.document, b.document):
            continue
        overlap = _overlap(a.words, b.words)
        if overlap < CONFLICT_OVERLAP or len(a.words & b.words) < 3:
            continue
        # The phrase must name a happening, not a person or place: "alan johnson" is no event.
        happenings = sorted(g for g in shared if not (_is_name(g, a.sentence) and _is_name(g, b.sentence))
                            and not (_names_part(g, a.sentence) or _names_part(g, b.sentence)))
        if not happenings and (done := _done_alike(a, b)):
            # A second test of one happening (issue 20, fifteenth session): the phrase both sentences share is a
            # name ("a frigate stopped a raid near Cape Verde on Friday" / "on Thursday the coastguard stopped
            # smugglers off Cape Verde"), and both tell the same thing done, in one verb form ("stopped").
            # The name and the thing done are told of one day in each sentence: "killed on the 24th while
            # investigating the shooting of the 20th" tells two happenings, two days.
            happenings = sorted(g for g in shared if not set(g) & done
                                and all(_day_near(c, " ".join(g)) == _day_near(c, w) for c in (a, b) for w in done))
        if not happenings:
            continue
        phrase = " ".join(happenings[0])
        day_a, day_b = _day_near(a, phrase), _day_near(b, phrase)
        if day_a == day_b or _days_apart(day_a, day_b) > CONFLICT_MAX_DAYS:
            continue
        if _same_weekday_word(a, b, phrase):
            continue
        if _told_on(a, phrase) or _told_on(b, phrase):
            continue
        if _aim(a, phrase) or _aim(b, phrase) or _another_happening(a, phrase) or _another_happening(b, phrase):
            continue
        if _days_apart(day_a, day_b) <= 1 and (_relative_day(a, phrase) or _relative_day(b, phrase)):
            # "found dead ... yesterday" in a paper dated the next morning, "the call came at 3:33 a.m." in a
            # report of the next day: a day read from the publication day is a day uncertain, and one day
            # apart it is no sign that the sources disagree (issue 20, round 5).
            continue
        if set(phrase.split()) <= _FUNCTION_WORDS:
            continue  # "how many" (in a chanted slogan) names no happening (issue 20, round 3)
        for c, day in ((a, day_a), (b, day_b)):
            groups.setdefault((phrase, min(day_a, day_b), max(day_a, day_b)), {}).setdefault(
                (c.document, day), c)
    # (a day named, or a weekday written: no day read from a publication day, so one source a side is enough)
    named = _dated_noun_pairs(days, sources, groups) | _weekday_pairs(days, sources, groups)
    findings = []
    for (phrase, d1, d2), members in sorted(groups.items()):
        items = [Evidence(doc_id, day, c.sentence, c.start, c.end)
                 for (doc_id, day), c in sorted(members.items(), key=lambda kv: (kv[0][1], kv[0][0]))]
        documents = sorted({doc_id for doc_id, _ in members})
        says = {day: sources.count(doc_id for doc_id, d in members if d == day) for day in (d1, d2)}
        # One source against one, a day apart, is most often one report's "yesterday" read against a
        # publication day off by one (issue 20): a conflict needs two sources on a side, or days further apart.
        if max(says.values()) < 2 and _days_apart(d1, d2) <= 1 and (phrase, d1, d2) not in named:
            continue
        findings.append(Finding(
            kind="date", items=items, documents=documents,
            explanation=f"Independent reports put the same happening (“{phrase}”) on different days: "
                        f"{d1} ({counted(says[d1], 'independent source')}) and {d2} ({counted(says[d2], 'independent source')}).",
            independent_sources=sources.count(documents)))
    return findings


# A happening named by its day: a noun the day is written into ("the April 20 explosion", "the Wednesday bombings",
# "Friday's vote"), or a noun with the day at the end of its own phrase ("a bombing of Hilltown in Lake County on
# Tuesday", "an explosion on the Acme rig on May 2"). Two independent reports that name one happening so, by one noun,
# on different days disagree on its day (issue 20, seventeenth session: the reports of one blast, one air raid, share no
# two-word phrase, or only a name, and were never paired). The noun must be one of a happening, not of a telling or a
# recurring slot of time ("Monday's statement", "the Sunday edition"), and the two must be one happening: the same
# name in both noun phrases ("... in Lake County"), or the noun dated on these two days only in the whole story (a
# story of two raids, on Tuesday and Thursday, names each by its day and its place).
_NOUN_NOT_HAPPENING = set("""morning afternoon evening night midnight noon weekend week month year day time date
edition issue episode show broadcast programme program column paper newspaper times post news statement announcement
report reports interview briefing speech remarks comment comments address letter release conference session sitting
trading close open opening deadline game match race round final schedule talks meeting meetings hearing
after before following since until when while which that from with into through during between against about""".split())
_DATED_NOUN_BEFORE = re.compile(r"\b(?:the|its|their|this|last)\s+$", re.I)
_DATED_NOUN_AFTER = re.compile(r"\s+(?:(?:morning|afternoon|evening|night)\s+)?([a-z][a-z-]{3,})\b")
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([a-z][a-z-]{3,})\b")
_NOUN_WORD = re.compile(r"(?<![\w'’-])([a-z][a-z-]{3,})(?![\w'’-])")
_PHRASE_PREPOSITIONS = {"of", "in", "at", "on", "aboard", "near", "off", "outside", "inside", "against"}
_PHRASE_DETERMINERS = {"the", "a", "an"}


def _noun_lemma(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word


def _noun_phrase_tail(words: list[str], prefix: bool = False) -> list[str] | None:
    """The names (capitalised words) of the prepositional phrases of a noun ("of Hilltown in Lake County"), read from
    the words after the noun; None when the words are not such phrases (a verb, a clause, more than two common words:
    "the blast that rocked the town on Friday" dates the rocking's telling, not the noun's phrase). ``prefix``: the
    phrases may end before the words do ("the May 2 explosion at the Acme plant killed ..." gives "acme")."""
    if words and words[0] not in _PHRASE_PREPOSITIONS:
        return [] if prefix else None
    names, common = [], 0
    for w in words:
        if w in _PHRASE_PREPOSITIONS or w in _PHRASE_DETERMINERS:
            continue
        if w[:1].isupper() and w.strip(".'’-").isalpha():
            names.append(w.strip(".'’-").lower())
            continue
        if not w.isalpha() or w in _STOP or w.endswith("ed") or common >= 2:
            return names if prefix else None
        common += 1
    return names


_NOUN_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "last"}


def _after_determiner(words: list[str], k: int) -> bool:
    """Is the word at ``k`` a noun after its determiner, with one modifier at most ("the bombing", "the reported
    bombing"), not a verb ("died in the raid on ...": "died")?"""
    return k >= 1 and (words[k - 1].lower() in _NOUN_DETERMINERS or (
        k >= 2 and words[k - 2].lower() in _NOUN_DETERMINERS and words[k - 1].isalpha() and words[k - 1].islower()
        and words[k - 1] not in _STOP))


def _dated_nouns(c: _Candidate) -> list[tuple[str, str, bool, set[str], int]]:
    """The nouns of happening the sentence dates directly: (noun, day, written into the day (not after it), the names
    of its phrase, offset of the day in the sentence)."""
    out = []
    for start, end, value, granularity, rule, text in c.marks:
        if granularity != "day" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            continue
        body = text.lower()
        before, after = c.sentence[:start], c.sentence[end:]
        # "Friday's vote" (the "'s" after the day or in it), "the April 20 explosion", "the Wednesday night raids"
        m = _POSSESSIVE_NOUN.match(after)
        if m is None and re.search(r"['’]s$", text):
            m = re.match(r"\s*([a-z][a-z-]{3,})\b", after)
        if m is None and (_DATED_NOUN_BEFORE.search(before) or body.startswith("the ")):
            m = _DATED_NOUN_AFTER.match(after)
        if m:
            tail = re.findall(r"[^\s,;:()\"“”]+|[,;:()\"“”]", after[m.end():])[:8]
            out.append((m.group(1), value, True, set(_noun_phrase_tail(tail, prefix=True)), start))
            continue
        # "... on Tuesday": the noun before, its phrase between
        if not re.match(r"on\s", body) and not re.search(r"\bon\s+$", before):
            continue
        head = before[:len(before) - len(re.search(r"(?:\bon\s+)?$", before).group(0))]
        words, head_noun, at = head.split(), None, 0
        # the noun that heads the phrases: "an explosion on the Acme barge off Port Kell on May 2" dates the explosion
        for k in range(len(words) - 2, max(-1, len(words) - 10), -1):
            if _noun_phrase_tail(["of"] + words[k + 1:]) is None:
                break  # a verb, a clause or too many common words after it: no noun before heads the phrases
            names = _noun_phrase_tail(words[k + 1:])
            if names is not None and _NOUN_WORD.fullmatch(words[k]) and words[k] not in _STOP \
                    and not words[k].endswith("ed") and _after_determiner(words, k):
                head_noun, at = (words[k], value, False, set(names), start), k
        # ... unless a verb of telling takes the noun: "condemned the bombing of Hilltown on Friday" dates the telling
        # (the words before its determiner: "the reported bombing" is the bombing's)
        det = at - 1 if at >= 1 and words[at - 1].lower() in _NOUN_DETERMINERS else at - 2
        if head_noun and not _TELLING.search(" ".join(words[max(0, det - 3):max(0, det)])):
            out.append(head_noun)
    return [(_noun_lemma(n), d, pre, names, at) for n, d, pre, names, at in out
            if n not in _NOUN_NOT_HAPPENING and n not in _FUNCTION_WORDS and not n.endswith("ly")]


def _dated_noun_pairs(days: list[_Candidate], sources: Sources,
                      groups: dict[tuple[str, str, str], dict[tuple[str, str], _Candidate]]) -> set[tuple[str, str, str]]:
    """Add to ``groups`` the pairs of sentences that name one happening by its noun and put it on different days
    (see above); the keys of the groups added (their days are named days, never a day relative to the report's)."""
    found = [(c, noun, day, pre, names, at) for c in days for noun, day, pre, names, at in _dated_nouns(c)]
    story_days: dict[str, set[str]] = {}
    for _, noun, day, _, _, _ in found:
        story_days.setdefault(noun, set()).add(day)
    added = set()
    for x, (a, noun, day_a, pre_a, names_a, at_a) in enumerate(found):
        for b, noun_b, day_b, pre_b, names_b, at_b in found[x + 1:]:
            if noun_b != noun or day_a == day_b or not (pre_a or pre_b) or a.document == b.document \
                    or sources.same_source(a.document, b.document) or _days_apart(day_a, day_b) > CONFLICT_MAX_DAYS:
                continue
            if not (names_a & names_b) and story_days[noun] != {day_a, day_b}:
                continue
            if any(_RELATIVE_DAY.match(c.sentence, at) for c, at in ((a, at_a), (b, at_b))):
                continue
            weekdays = {m.group(1).lower() if (m := _WEEKDAY_AT.match(c.sentence, at)) else None
                        for c, at in ((a, at_a), (b, at_b))}
            if len(weekdays) == 1 and None not in weekdays:
                continue  # one weekday written on both sides, read against two reports' days
            _add_pair(groups, added, noun, (a, day_a), (b, day_b))
    return added


def _add_pair(groups: dict[tuple[str, str, str], dict[tuple[str, str], _Candidate]], added: set[tuple[str, str, str]],
              phrase: str, *sides: tuple[_Candidate, str]) -> None:
    """Add two sentences dating one happening (``phrase``) on two days to ``groups`` and their key to ``added``, unless
    a group of the same two days already holds both reports (the pair is already told by a phrase)."""
    days = sorted(day for _, day in sides)
    key = (phrase, days[0], days[-1])
    reports = {c.document for c, _ in sides}
    if any(k[1:] == key[1:] and reports <= {doc for doc, _ in members} for k, members in groups.items()):
        return
    for c, day in sides:
        groups.setdefault(key, {}).setdefault((c.document, day), c)
    added.add(key)


def _weekday_pairs(days: list[_Candidate], sources: Sources,
                   groups: dict[tuple[str, str, str], dict[tuple[str, str], _Candidate]]) -> set[tuple[str, str, str]]:
    """Add to ``groups`` the pairs of sentences of independent reports of which one dates a happening by a weekday read
    against the day the other gives it (``weekdays.WEEKDAY_NOTE``: a report with no day of its own), when the two tell
    that happening alike (``weekdays.same_happening``) on different days (issue 20, twenty-first session: "checked
    into the clinic on Friday" in a bare text and "checked herself in on Tuesday, December 9, 2008" share no two-word
    phrase). Each sentence names its one day (a sentence of two days is not read so). The keys of the groups added.
    """
    from .direction import WEEKDAY_NOTE
    from .weekdays import same_happening, sole_day

    def one_day(c: _Candidate) -> tuple[int, str, str] | None:
        marks = [(start, end, value, rule) for start, end, value, granularity, rule, _ in c.marks if granularity == "day"]
        if len({value for _, _, value, _ in marks}) != 1 or not sole_day(c.sentence, marks[0][0], marks[0][1]):
            return None
        return marks[0][0], marks[0][2], marks[0][3]

    added = set()
    read = [(c, m) for c in days if (m := one_day(c)) is not None]
    pinned = [(c, m) for c, m in read if m[2].endswith(WEEKDAY_NOTE)]
    for a, (at_a, day_a, _) in pinned:
        for b, (at_b, day_b, rule_b) in read:
            if b is a or day_a == day_b or a.document == b.document or sources.same_source(a.document, b.document) \
                    or _days_apart(day_a, day_b) > CONFLICT_MAX_DAYS:
                continue
            weekday_a, weekday_b = _WEEKDAY_AT.match(a.sentence, at_a), _WEEKDAY_AT.match(b.sentence, at_b)
            if rule_b.endswith(WEEKDAY_NOTE) and weekday_a and weekday_b \
                    and weekday_a.group(1).lower() == weekday_b.group(1).lower():
                continue  # (one weekday on both sides)
            done = same_happening(a.sentence, a.words, at_a, b.sentence, b.words, at_b)
            if not done or _RELATIVE_DAY.match(b.sentence, at_b):
                continue
            _add_pair(groups, added, min(done), (a, day_a), (b, day_b))
    return added


# Verb forms of telling, not of the happening told ("said", "reported"), and forms that are no happening ("including").
_NOT_DONE = {"said", "reported", "announced", "confirmed", "added", "stated", "declared", "denied", "warned",
             "urged", "called", "claimed", "according", "including", "following", "during", "being", "based",
             "expected", "asked", "saying", "speaking", "telling", "quoted", "cited", "described", "named", "aged",
             "armed", "united", "related", "concerned", "involved", "wanted", "used", "needed"}
_DONE_FORM = re.compile(r"[a-z]{3,}ed$")


def _done_alike(a: _Candidate, b: _Candidate) -> set[str]:
    """The past forms ("stopped", "signed") both sentences write, in lower case, of what was done; empty when they
    share none. (Forms in -ing are left out: "hearing", "meeting", "briefing" name kinds of happening, of which a
    story holds many.)"""
    def forms(c: _Candidate) -> set[str]:
        return {w for w in re.findall(r"(?<![\w'-])[a-z][a-z]+(?![\w'-])", c.sentence)
                if _DONE_FORM.fullmatch(w) and w not in _NOT_DONE}
    return forms(a) & forms(b)


def _same_weekday_word(a: _Candidate, b: _Candidate, phrase: str) -> bool:
    """Do both sentences write the same weekday for the happening ("on Saturday" / "on Saturday morning")? Two
    sources that name one weekday agree on it: two days read from it are two readings against the reports' own days
    (a report of the next week reads "Saturday" as its last Saturday), no disagreement of the sources."""
    def weekday(c: _Candidate) -> str | None:
        m = _WEEKDAY_AT.match(c.sentence, _mark_near(c, phrase)[0])
        return m.group(1).lower() if m else None
    day_a = weekday(a)
    return day_a is not None and day_a == weekday(b)


_WEEKDAY_AT = re.compile(r"(?:(?:on|last|this|early|late|next)\s+)*((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def _is_name(gram: tuple[str, str], sentence: str) -> bool:
    """Is the phrase written as a name ("Alan Johnson", "LaCalamita III")?"""
    m = re.search(r"\b" + r"\W+".join(re.escape(w) for w in gram) + r"\b", sentence, re.I)
    return m is not None and all(w[:1].isupper() for w in re.findall(r"\w+", m.group(0)))


def _names_part(gram: tuple[str, str], sentence: str) -> bool:
    """Does the phrase run into a name ("refugee camp in South Sudan": "camp south")? A happening is
    told in common words; a phrase with a capitalised word inside a sentence is part of a name."""
    m = re.search(r"\b" + r"(?:\W+\w+){0,2}?\W+".join(re.escape(w) for w in gram) + r"\b", sentence, re.I)
    return m is not None and m.start() > 0 and any(w[:1].isupper() for w in re.findall(r"\w+", m.group(0)))


# A day that dates the telling, not the happening: "the UN refugee agency on Friday strongly condemned the
# bombing of a refugee camp" (the bombing was Thursday).
_TELLING = re.compile(r"\b(?:said|says|told|condemned|condemns|denounced|announced|reported|confirmed|denied|"
                      r"warned|urged|called|critici[sz]ed|stated|added|declared|blamed|accused|welcomed)\b", re.I)


def _told_on(c: _Candidate, phrase: str) -> bool:
    """Is the day nearest the phrase the day someone told or reacted to it (a reporting verb between)?"""
    m = re.search(r"\b" + r"(?:\W+\w+){0,2}?\W+".join(re.escape(w) for w in phrase.split()) + r"\b", c.sentence, re.I)
    position = m.start() if m else c.sentence.lower().find(phrase.split()[0])
    if position < 0 or not c.day_marks:
        return False
    mark = min(c.day_marks, key=lambda m: abs(m[0] - position))[0]
    between = c.sentence[min(mark, position):max(mark, position)]
    # ... or a clause told after the day ("Yesterday, the police explained that officers shot ..."):
    # the day is the telling's, the happening is in the clause "that" opens (issue 20, round 3).
    return _TELLING.search(between) is not None or (mark < position and _THAT_CLAUSE.search(between) is not None)


_THAT_CLAUSE = re.compile(r"\b\w+(?:ed|s)\s+that\b", re.I)
# A day just after a verb of telling ("the mill told us on Sunday its outlay to ...", "announced Tuesday") is the telling's.
_TOLD_DAY = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|stated|added|declared|disclosed|revealed)"
                       r",?\s+(?:on\s+|late\s+|early\s+)?$", re.I)


# A day a thing lasts until, or is due by, is the end of a span or a deadline, not the day of a happening: "the trial run
# slipped till Thursday owing to a cracked valve" (the crack came first).
_END_DAY = re.compile(r"\b(?:until|till|'til|ahead of|no later than|by)\s+(?:the\s+|next\s+|this\s+)?$", re.I)


def _phrase_at(c: _Candidate, phrase: str) -> re.Match | None:
    return re.search(r"\b" + r"(?:\W+\w+){0,2}?\W+".join(re.escape(w) for w in phrase.split()) + r"\b", c.sentence, re.I)


def _aim(c: _Candidate, phrase: str) -> bool:
    """Is the phrase an infinitive with its object ("a bill that covers attempts to seal the mine", "its outlay to
    seal the mine"): an aim or what a sum pays for, not a happening of the day (issue 20, sixteenth session: a spending figure
    of Friday and of Monday were put down as one happening told on two days)? Read on a fresh fdev story."""
    words = phrase.split()
    return len(words) == 2 and re.search(r"\bto\s+" + re.escape(words[0]) + r"\s+(?:the|a|an|its|their|his|her|our|this|"
                                         r"that)\s+" + re.escape(words[1]) + r"\b", c.sentence, re.I) is not None


# A word of time order between the day and the phrase: the phrase tells another happening, before or after the day's
# ("the mill's stock climbed on Tuesday, a day after a slide that took it to a record trough").
_TIME_ORDER = re.compile(r"\b(?:after|since|before|following|until|ahead of|prior to)\b", re.I)


def _another_happening(c: _Candidate, phrase: str) -> bool:
    """Is the day nearest the phrase the day of another happening than the phrase's: a word of time order between them
    ("climbed on Tuesday, a day after a slide that took it to a record trough"), or the day of a telling just before
    it ("the mill told us on Sunday its outlay to ...")? (Issue 20, sixteenth session; read on a fresh
    fdev story's two false date conflicts.)"""
    m = _phrase_at(c, phrase)
    if m is None or not c.day_marks:
        return False
    mark = _mark_at(c, m.start())[0]
    if _TOLD_DAY.search(c.sentence[max(0, mark - 40):mark]) or _END_DAY.search(c.sentence[max(0, mark - 20):mark]):
        return True
    between = c.sentence[mark:m.start()] if mark < m.start() else c.sentence[m.end():mark]
    return _TIME_ORDER.search(between) is not None


# Words that name no happening on their own: a phrase made only of them ("how many") is no event.
_FUNCTION_WORDS = set("""how many much what which who whom whose when where why there here very so such just only
even still yet ever never all any each every both either neither other another same own""".split())


# A day told relative to the report's own day: "yesterday", "this morning", a clock time alone.
_RELATIVE_DAY = re.compile(r"(?:(?:about|around|approximately|roughly|nearly|almost|shortly|just|at|after|before|"
                           r"by|until)\s+)*"  # "at about 7 p.m." (issue 20, round 7)
                           r"(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|"
                           r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\d{1,2}[:.]\d{2}\b)", re.I)


def _relative_day(c: _Candidate, phrase: str) -> bool:
    """Is the day nearest the phrase told relative to the publication day (not named as a day or date)?"""
    return _RELATIVE_DAY.match(c.sentence, _mark_near(c, phrase)[0]) is not None


def _mark_near(c: _Candidate, phrase: str) -> tuple[int, str]:
    """The day mark (offset in the sentence, day) nearest the phrase's first word."""
    return _mark_at(c, c.sentence.lower().find(phrase.split()[0]))


def _mark_at(c: _Candidate, position: int) -> tuple[int, str]:
    """The day mark (offset in the sentence, day) nearest an offset of the sentence."""
    return min(c.day_marks, key=lambda m: abs(m[0] - position))


def _day_near(c: _Candidate, phrase: str) -> str:
    return _mark_near(c, phrase)[1]


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
    return set(zip(words, words[1:]))


def _days_apart(a: str, b: str) -> int:
    from datetime import date

    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 10**6
