"""Which way a time expression points from its anchor: forward (a deadline, a day awaited or
called for, a coming event told in the present tense or with "will") or back (news tells what
happened). Moved from timex.py (issue 20).
"""

from __future__ import annotations

import re

# "until November 3", "ahead of Friday": a deadline, resolved forward from the publication day.
# "heading into Saturday's semifinals": what a team or a market heads into is still to come (issue 20).
# "in advance of a 29 November hearing": what a memorandum is delivered in advance of is to come (review s9: the
# hearing six days after the report went to the year before).
_FORWARD_BEFORE = re.compile(r"\b(?:until|till|'til|ahead of|in advance of|in time for|no later than|deadline of|due on|"
                             r"due by|starting|from next|heading into|going into)\s+(?:the\s+|next\s+|this\s+|an?\s+)?$",
                             re.I)


# "unions have called for nationwide strikes in every port after Sunday mass": what is called
# for (a protest, a strike, a vote) is still to come, so its day is the next one (issue 20: the
# Friday before became a key date).
_CALLED_FOR_BEFORE = re.compile(r"\bcall(?:ed|s|ing)? for\b[^.;:!?\n]{0,100}$", re.I)


# "pending his next court hearing April 19", "held until his next appearance on Friday", "the next meeting,
# March 3": a day awaited or the next of its kind is still to come (issue 20: 2006-04-19 in a report of 2007-04-11).
# Not "the next morning, Tuesday" (a narrative's next day), nor "pending an inquiry into Friday's shooting".
# The word after "next" is a common noun, in lower case: "wagers that she would be the next Chancellor were halted on
# Sunday" names a title, not a day awaited (issue 20, sixteenth session: the Friday before the report went to the Friday after).
_AWAITED_BEFORE = re.compile(r"(?:\b(?:pending|awaiting)\s+(?:[\w'-]+\s+){0,4}|\bnext\s+(?!(?:day|morning|afternoon|"
                             r"evening|night|week|weekend|month|year|time)\b)(?-i:[a-z][a-z-]*\s+)(?:[a-z-]+\s+){0,2})"
                             r"(?:(?:on|is|was|set for|scheduled for|for)\s+)?$", re.I)
# "by Friday", "by April 30": a deadline, unless the sentence tells what had happened by then ("by Monday, 50 had
# died"), or the day is a happening's ("killed by Sunday's blast").
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_HAD = re.compile(r"\bhad\b", re.I)
_DEADLINE_AFTER = re.compile(r"(?:'s|’s)?\s+deadline\b", re.I)


def is_forward(text: str, start: int, end: int | None = None) -> bool:
    """Does the text just before a time expression make it a deadline, a day awaited or a day called for,
    resolved forward?"""
    if _FORWARD_BEFORE.search(text[max(0, start - 24):start]) or _CALLED_FOR_BEFORE.search(text[max(0, start - 110):start]):
        return True
    if end is not None and _DEADLINE_AFTER.match(text, end):
        return True  # "the May 12 deadline", "a June 1 deadline for the exemptions"
    if end is not None and text[end:end + 2] in ("'s", "’s"):
        return False  # "pending an inquiry into Friday's shooting", "killed by Sunday's blast": a happening's day
    if _AWAITED_BEFORE.search(text[max(0, start - 70):start]):
        return True
    if _BY_BEFORE.search(text[max(0, start - 8):start]):
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        return _HAD.search(text, sentence_start, start) is None and _HAD.search(
            text[start:start + 80].split(". ")[0]) is None
    return False


_FUTURE = re.compile(r"\b(will|shall|is due|are due|plans? to|upcoming|scheduled|is set to|are set to)\b", re.I)


# The rule note of a year-less day of an undated story read in the year of a day another of its reports writes whole
# (``resolve_times``, issue 20, eighteenth session).
STORY_YEAR_NOTE = " (undated story: year of a day written whole nearby)"


def year_guessed(t) -> bool:
    """Is the expression's year the guess of an undated story (``STORY_YEAR_NOTE``)? Such a day may be compared
    between reports, which read it alike (a date conflict, a date agreement, one timeline event), but it makes no key
    date: which days are the story's is decided on days whose year a report gives."""
    return t.rule.endswith(STORY_YEAR_NOTE)


# The rule note of a weekday of a report with no day of its own read against the day another report gives the same
# happening (``weekdays.weekdays_by_happening``, issue 20, twenty-first session).
WEEKDAY_NOTE = " (undated report: weekday nearest the day another report gives the same happening)"


def day_guessed(t) -> bool:
    """Is the expression's day a guess: a year of an undated story (``year_guessed``) or a weekday read against the day
    another report gives the same happening (``WEEKDAY_NOTE``)? Compared between reports, no key date."""
    return year_guessed(t) or t.rule.endswith(WEEKDAY_NOTE)


def names_known_day(t) -> bool:
    """Is the expression's value a day (or month...) the report lets a reader know? Not a relative
    expression of a report whose day is known only as an interval ("Saturday" in a report that names
    March 11, 2005 and no later day: any Saturday after it): its value is one end of what it may be.
    Such an expression neither makes a key date nor dates an event (issue 20: an obituary's
    "Thursday" was read against the birth date it names, and became a key date in 1923)."""
    return t.earliest is None or t.earliest == t.latest


def is_future_context(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


# The prepositions through which a day dates what a past verb tells: "hit the coast on Monday", "killed in a blast on
# May 3"; not "moved to Friday", "postponed until Friday", "set for Friday" (a day still to come, whatever the tense).
_PAST_THROUGH = {"on", "in", "at", "since", "after", "before", "during", "of", "over", "around"}


def _span_root(doc, start: int, end: int):
    """The parse's root token of the text at ``start:end`` (None without a parse or a span there)."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def in_past_clause(doc, start: int, end: int) -> bool:
    """Is the time expression at ``start:end`` a day of a clause told in the past tense ("the storm, which hit the coast
    on Monday, will move north"; "the drought that ran for 60 days after a fire at the depot on June 3")? The first
    verb up the parse from the expression decides: a simple past, or a verb with a past auxiliary ("was bought",
    "had closed"). A "will" elsewhere in the sentence does not send such a day forward (issue 20, sixteenth session:
    a past blast's day went to the next year, in a sentence that said what some "will" do)."""
    token, through = _span_root(doc, start, end), None
    if token is None:
        return False
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            auxes = [t for t in head.children if t.dep_ in ("aux", "auxpass")]
            if any(t.tag_ == "MD" for t in auxes) or (through is not None and through not in _PAST_THROUGH):
                return False
            return head.tag_ == "VBD" or any(t.tag_ == "VBD" for t in auxes)
        if through is None and (head.pos_ == "ADP" or head.dep_ == "prep"):
            through = head.lower_
        token = head
    return False


# The frames that tell a coming event by the noun it names, however far before the day: "ahead of their pay talks
# with the operator on Thursday", "in advance of the company's annual meeting Friday" (issue 20,
# twentieth session: such hearings went to the Thursday before the report, and became key dates).
# The parse hangs the day on the frame's preposition or on its first word ("ahead ... on Thursday").
_PROSPECT_FRAMES = {"ahead": "of", "advance": "of", "eve": "of", "time": "for", "preparation": "for"}


# Verbs whose object in the present tense is an event still to come: "the chief, who herself faces a Senate panel
# on Thursday" (issue 20, twentieth session: the Thursday before the report became a key date), "the club hosts its
# rivals on Saturday". In the past tense ("faced a hearing on Thursday") the day is past.
_AWAITING_VERBS = {"face", "await", "host", "attend", "hold"}


def _awaits(verb) -> bool:
    auxes = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if verb.lemma_ not in _AWAITING_VERBS or _negated(verb) or any(t.tag_ == "VBD" for t in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(t.tag_ == "MD" and t.lemma_ in ("will", "shall", "'ll") for t in auxes)


def in_prospect(doc, start: int, end: int) -> bool:
    """Is the day at ``start:end`` the day of an event a prospective frame names, through nouns and prepositions only
    ("ahead of the hearing on Thursday"; not "ahead of the vote that was held on Monday": a verb between tells its own
    time)?"""
    token = _span_root(doc, start, end)
    if token is None:
        return False
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return token.dep_ == "dobj" and _awaits(head)
        if head.pos_ == "ADP" and _PROSPECT_FRAMES.get(head.head.lower_) == head.lower_:
            return True
        if _PROSPECT_FRAMES.get(head.lower_) in {c.lower_ for c in head.children if c.dep_ == "prep"}:
            return True
        token = head
    return False


_PAST_AUX = {"have", "had", "did", "was", "were"}
# A plan, hope or expectation told in the past tense still points forward from when it was told: "the groupings
# hoped to get supplies into Haiti by Thursday", "he planned to go to Haiti on Thursday" (a Haiti story's timeline put
# both on the Thursday before the report).
_INTENT_VERBS = {"hope", "plan", "expect", "intend", "aim", "want", "promise", "vow", "pledge", "prepare", "schedule",
                 "set", "slate", "poise"}
# A day a verb of scheduling puts something "for" is the day it is to happen, whatever the tense of the scheduling:
# "a status hearing was set for Friday", "the vote has been scheduled for Monday" (issue 20: a hearing set for Friday
# went to the Friday before the report).
_SCHEDULE_VERBS = {"set", "schedule", "slate", "reschedule", "plan", "fix", "earmark", "pencil"}
# The degree words of a coming event's earliest or latest day: "as early as Wednesday", "as soon as Friday".
_DEGREE_WORDS = {"early", "soon", "late"}
# "He said he would meet them on Saturday": "would" under a verb of saying is the future of that saying.
_SAY_VERBS = {"say", "tell", "announce", "add", "state", "confirm", "report", "indicate", "suggest", "insist"}


def _negated(verb) -> bool:
    """Does the verb carry a negation ("could not say", "would not meet")?"""
    return any(t.dep_ == "neg" for t in verb.children)


def is_present_tense_clause(doc, start: int, end: int) -> bool:
    """Is the time expression at ``start:end`` attached to a clause in the present tense or with
    "will": news writes coming events that way ("when he's sentenced May 7", "the trial resumes
    Friday", "the vote is on Tuesday"), and past ones in the past tense, so a year-less day or a
    weekday there is the next one, not the last (ECB+ topic 33: a sentencing hearing went to the
    year before). Only a verb the expression attaches to directly, or through its preposition,
    counts: in "charged with a murder on May 7" the day belongs to the murder. A line without a
    final full stop (a headline, "Quake hits Aceh on Tuesday") keeps the past reading."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span.sent.text.rstrip().endswith((".", "!", "?", '"', "”")):
        return False
    head = span.root.head
    through = head.lower_ if head.pos_ == "ADP" or head.dep_ == "prep" else None
    if through is not None:
        head = head.head
    # "expected to announce the deal as early as Wednesday": the day attaches to its verb through "as early as".
    if through == "as" and head.lower_ in _DEGREE_WORDS and head.dep_ == "advmod":
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head
    if through == "for" and verb.lemma_ in _SCHEDULE_VERBS and not _negated(verb):
        return True
    while True:
        auxes = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
        if verb.tag_ in ("VBD",) or any(t.tag_ == "VBD" or t.lemma_ == "have" for t in auxes):
            return False
        if any(t.tag_ == "MD" and t.lemma_ in ("will", "shall", "'ll") for t in auxes):
            return True
        # "crews could resume work Thursday morning", "oil may reach the coast Friday night": a
        # possibility is a coming event (issue 20); a negated one ("could not say Friday") is a report.
        # Not in a relative clause ("a box that would hold a shotgun"), nor "would" (a past habit).
        if verb.tag_ == "VB" and verb.dep_ != "relcl" and any(
                t.tag_ == "MD" and t.lemma_ in ("could", "may", "might", "should") for t in auxes) \
                and not _negated(verb):
            return True
        if verb.tag_ in ("VBZ", "VBP") or any(t.tag_ in ("VBZ", "VBP") for t in auxes):
            return True
        if verb.tag_ == "VB" and verb.dep_ == "ccomp" and verb.head.lemma_ in _SAY_VERBS and any(
                t.tag_ == "MD" and t.lemma_ == "would" for t in auxes) and not _negated(verb):
            return True
        # "is expected to be sentenced May 7": an infinitive takes its governing verb's tense.
        if any(t.tag_ == "TO" for t in auxes) and verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
            if verb.head.lemma_ in _INTENT_VERBS and not _negated(verb.head):
                return True
            verb = verb.head
            continue
        return False


# How near ahead, and how far back, a year-less month or day must read for the nearer reading to win when no verb
# tells its tense (``told_in_no_past``): a report of February 17 that names "March 1" with no past verb over it
# means the coming one, twelve days on, not the one of the year before (a fresh PolNeAR pile, twenty-second session:
# "March 1 Southeastern states ... could play a far-larger role" and "the primary calendar in March" went to the year
# before and stood in the background).
NEAR_AHEAD_DAYS, FAR_BACK_DAYS = 62, 300
# "since March", "from March", "last March", "earlier in March": a day behind, whatever the verb.
_BEHIND_BEFORE = re.compile(r"\b(?:since|from|last|earlier|through|throughout)\s+(?:in\s+|of\s+)?$", re.I)


def told_in_no_past(doc, text: str, start: int, end: int) -> bool:
    """Is the time expression at ``start:end`` under no verb of the past, the perfect or a past auxiliary (the first
    verb up its parse, or none in reach), and not after a word that points behind ("since", "last")? Then a
    year-less day may take the nearer of its readings (``NEAR_AHEAD_DAYS``)."""
    token = _span_root(doc, start, end)
    if token is None or _BEHIND_BEFORE.search(text[max(0, start - 20):start]) or re.match(r"last\b", text[start:end], re.I):
        return False
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return True
        if head.pos_ in ("VERB", "AUX"):
            auxes = [t for t in head.children if t.dep_ in ("aux", "auxpass")]
            return not (head.tag_ in ("VBD", "VBN") or any(t.tag_ == "VBD" or t.lemma_ == "have" for t in auxes))
        token = head
    return True

