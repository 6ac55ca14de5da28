"""A speaker's run of quotes after the sentence that says where the speaker wrote: "In a column running in the
Lakeside Courier, Delgado wrote that ... . '...,' wrote Delgado. '...,' Delgado wrote. '...,' he continued.": the paper
relays every quote of the run, not only the first (provenance test16, tenth session: read as dev). Not a run after "X
told CNN": the labels give the quotes after an interview as the report's own (a first version that carried "told" on
put 43 false relays on the other dev stories)."""

from __future__ import annotations

from ..records import Link
from .cues import PRONOUNS
from .kinds import normal
from .reading import _tokens
from .venues import outlet_after_on

# How far back a run's venue may be: sentences, and characters from the venue's sentence to the quote
RUN_SENTENCES = 5
RUN_CHARS = 900
_WROTE = frozenset("wrote writes write penned".split())
# words of an appearance on air a few words before "on <outlet>": "stood by him in an interview last March on PBS'
# ''Harbor Lights.''", "Following Delgado on KTV, Marsh ..."
_APPEARANCE = frozenset("interview interviews interviewed appearance appearing appeared following".split())
APPEARANCE_REACH = 6  # words from the appearance word to "on"


def aired_on(text: str, start: int, outlets: frozenset[str]) -> list[tuple[int, int]]:
    """The broadcasters a sentence says someone appeared on (no verb of saying needed), as (start, end) offsets."""
    tokens = _tokens(text, start)
    low = [t[0].lower() for t in tokens]
    out = []
    for k, word in enumerate(low):
        if word == "on" and any(low[n] in _APPEARANCE for n in range(max(0, k - APPEARANCE_REACH), k)):
            found = outlet_after_on(text, start, tokens, low, k, outlets)
            if found is not None:
                out.append(found[:2])
    return out


class _Runs:
    """The venue of a speaker's run of quotes (a mixin of the report: uses ``d``, ``mentions``, ``sentence``, ``reading``,
    ``_person_first``, ``_relay_name`` and ``_own``)."""

    def _venue_of_run(self, i: int, primary: str, start: int) -> list[Link]:
        """The papers a speaker (``primary``, a source key) was said to write in, in the sentences before sentence
        ``i``, when every sentence between says only that speaker (or "he", "she")
        speaks: the relays of the run's first statement. None when another speaker, or another venue, comes between
        (the run is over), or when the venue is too far back."""
        sents = self.d.sentences
        for j in range(i - 1, max(-1, i - 1 - RUN_SENTENCES), -1):
            if start - sents[j].start > RUN_CHARS:
                return []
            reading = self.reading(j)
            if not reading.found:
                # "Governor Amari stood by him in an interview last March on PBS' ''Harbor Lights.'' ''...,'' she said.":
                # a sentence that puts the speaker on air, no verb of saying in it: the broadcaster relays the run
                s = self.d.sentences[j]
                aired = aired_on(s.text, s.start, self.outlets)
                if aired and primary in {f"entity:{m[2]}" for m in self.mentions.inside(s.start, s.end)}:
                    return [Link(self._relay_name(a, b), "interview", "relay", a, b) for a, b in aired
                            if not self._own(self.d.text[a:b])]
                continue
            speakers = [f for f in reading.found if not f[4]]
            if any(f[4] for f in reading.found):
                return []  # an outlet that speaks: the run is not one speaker's
            # (the speaker with an apposition naming another: "wrote Delgado, runner-up to Irene Vasquez")
            others = [f for f in speakers if normal(self.d.text[f[0]:f[1]]) not in PRONOUNS
                      and self._person_first(f)[0] != primary
                      and primary not in {f"entity:{m[2]}" for m in self.mentions.inside(f[0], f[1])}]
            if others:
                return []
            # (a paper the speaker wrote in: the run is the piece's; an outlet the speaker "told" is one interview, the
            # words after it the report's own account of the speaker (the labels of ECB, Multi-News and Timeline17))
            said = {f[3] for f in speakers if normal(self.d.text[f[0]:f[1]]) not in PRONOUNS}
            said |= {reading.echo[at] for at in said if at in reading.echo}
            venues = [r for r in reading.relays if r[3] in said and not self._own(self.d.text[r[0]:r[1]])]
            if venues:
                wrote = any(f[2] in _WROTE for f in speakers)
                return [Link(self._relay_name(a, b), cue, "relay", a, b) for a, b, cue, _ in venues] if wrote else []
        return []
