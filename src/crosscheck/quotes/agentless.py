"""Attributions that name no one: "X reportedly suffered ...", "It was reported that ...", "X is said to have ...",
"rioters were reported to have burned ...", "Fresh fighting has been reported around the capital".

The report does not assert these on its own authority, and it names no source either: provenance gives them as
"unnamed reports" (the "report" forms) or unattributed (the "said to", "believed to" forms). No one says them, so "who
said what" does not show them (``Quote.hidden`` "agentless"); they are attributions all the same, kept for provenance
(issue 19, twelfth session: the dev provenance stories label about 35 such items "reports" or "unattributed", which
crosscheck did not find at all). Read from the text alone, no parse: the finders of ``reported`` follow a cue to its
subject, and these have none.
"""

from __future__ import annotations

import re

from ..records import AGENTLESS, UNNAMED_REPORTS as REPORTS, Document
from .found import Found

# "reportedly" (not inside a name or a quotation)
_REPORTEDLY = re.compile(r"\b[Rr]eportedly\b")
# "It was reported that ...", "it has been reported that ..."
_IT_WAS = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|have\s+been)\s+(?:widely\s+|also\s+)?reported\s+that\s+")
# "X is said to have ...", "were reported to be ...", "is believed to have crossed ..."
_SAID_TO = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:widely\s+|also\s+|now\s+)?"
                      r"(said|reported|believed|thought|rumou?red|understood)\s+to\s+"
                      # an infinitive, not whom it was told to: "the theft was reported to police" (review, twelfth session)
                      r"(?!(?:the|a|an|his|her|their|its|police|authorities|officials|investigators|local|state|federal)\b)"
                      r"(?:have|be|\w+)\b")
# "Fresh fighting has been reported around ...", "clashes were reported in ...", "casualties have been reported."
_BEEN_REPORTED = re.compile(r"\b(?:has|have|had)\s+been\s+reported\b(?!\s+(?:by|that|to)\b)|"
                            r"\b(?:was|were)\s+reported\s+(?=in|around|near|at|across|overnight|from|on)\b")
# a subject that says nothing happened: "no injuries were reported", "none has been reported"
_NONE = re.compile(r"\b(?:no|none|nothing|not|never)\b[^,;.]{0,40}$", re.I)
_MARKS = "\"“”"
_CLAUSE_BREAK = re.compile(r"\s*(?:;|\s--\s|\s—\s|—)\s*")


def agentless(document: Document, known: list[Found]) -> list[Found]:
    """The attributions of a report that name no source, each over the sentence (or the clause after "that") it
    governs, hidden ("agentless"); a cue inside another attribution's span is left to it."""
    text = document.text
    taken = {(f.start, f.end) for f in known}
    out: list[Found] = []
    for s in document.sentences:
        sentence = text[s.start:s.end]
        body = sentence.rstrip(" \n.;:")
        if not body.strip():
            continue
        for pattern, cue in ((_IT_WAS, REPORTS), (_REPORTEDLY, REPORTS), (_SAID_TO, None), (_BEEN_REPORTED, REPORTS)):
            m = pattern.search(body)
            if m is None or sum(body[:m.start()].count(c) for c in _MARKS) % 2:
                continue  # inside a quotation: the speaker's words, not the report's
            if any(f.start <= s.start + m.start() < f.end for f in known):
                break  # "The boat was reportedly carrying ..., the agency reported": the agency's, found already
            if pattern is _BEEN_REPORTED and _NONE.search(body[:m.start()]):
                continue  # "no damage was reported": nothing is said to have happened
            said = REPORTS if cue == REPORTS or pattern is _SAID_TO and m.group(1) == "reported" else m.group().strip()
            # the clause of the cue: "a man who claims ...; he is reportedly scared", "despite what X describes as ...
            # -- scores of casualties have been reported" (the part before is another attribution's)
            cuts = [c.end() for c in _CLAUSE_BREAK.finditer(body, 0, m.start())]
            opening = max(cuts, default=len(sentence) - len(sentence.lstrip()))
            after = _CLAUSE_BREAK.search(body, m.end())
            a = s.start + (m.end() if pattern is _IT_WAS else opening)
            b = s.start + (after.start() if after else len(body))
            if b - a < 12 or (a, b) in taken:
                break
            taken.add((a, b))
            out.append(Found(document.id, a, b, text[a:b], kind="reported", speaker_text=said, sentence=sentence,
                             parts=[(a, b)], cue=m.group().strip(), cue_start=s.start + m.start(),
                             not_speech=AGENTLESS))
            break
    return out
