"""Which attributions of a sentence cover an item: within reach, in the attribution's own clause ("..., X said" covers
what comes before it, "X said ..." what follows), and across a sentence the splitter cut after an abbreviation."""

from __future__ import annotations

import re

from .cues import MAX_REACH, _CUT
from .journals import publication_relays
from .reading import _tokens
from .kinds import normal

# A line break a page lost between teaser lines ("... tells Norway's public broadcaster About 300 hikers were ..."):
# a lowercase word, then a word that opens a sentence, capitalised, with no stop between
_LOST_BREAK = re.compile(r"[a-z]\s+(?:About|Between|The|A|An|At least|More than|Some|Many|Most|Nearly|Almost|Several|"
                         r"Dozens|Hundreds|Thousands|Up to|Over)\s+(?:\d|[a-z])")


# "This is the conclusion of two studies ...", "That's the upshot of a new survey": a sentence that says whose finding
# the sentence before is
_IMPLICATION = re.compile(r"\s*[\"“]?(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:implication|conclusion|"
                          r"finding|upshot|gist|suggestion)s?\s+of\s+")
# the record such a sentence names ("three papers published ...", "a new survey by ...")
_RECORD_PHRASE = re.compile(r"\b((?:(?:a|an|the|two|three|four|five|several|new|recent|latest)\s+){0,3}(?:papers?|"
                            r"stud(?:y|ies)|reports?|research|surveys?|polls?|analys[ie]s))\b")


class _Covers:
    """Coverage of an item by a sentence's attributions (a mixin of the report: uses ``d``, ``sentence`` and
    ``reading``)."""

    def _covers(self, f: tuple[int, int, str, int, bool], start: int, end: int) -> bool:
        """Does an attribution of the item's sentence cover the item? Not its own source phrase; within
        reach; "X said ..." covers what follows the cue, and what comes before only as "..., X said"."""
        a, b, cue, at, _ = f
        if a < end and start < b or abs(at - start) > MAX_REACH:
            return False
        if start > at:
            # "— the same day the autopsy showed he was shot 7 times — part of the 200 person crowd": an
            # attribution between dashes covers nothing after the closing one
            i = self.sentence(a)
            head = self.d.text[self.d.sentences[i].start:a] if i is not None else ""
            if re.search(r"—|–|--|\s-\s", head) and re.search(r"—|–|--|\s-\s", self.d.text[at:start]):
                return False
            lost = _LOST_BREAK.search(self.d.text, at, start + 20)
            if lost is not None and lost.start() < start:
                return False  # "..., a coast guard official tells the agency About 800 refugees were heading ...":
                # teaser lines run together with no full stop; an attribution covers nothing past a new line's start
        if cue == "according to" and start < at and re.search(r",\s*(?:and|but|while|whereas|yet)\s*,?\s*$",
                                                              self.d.text[max(0, at - 12):at]):
            return False  # "Simpson was late on payments for his daughter, and according to a sheriff, he had ...":
            # the attribution opens the clause after it, not the one before the conjunction
        if cue in ("according to", "citing", "quoted") or start >= at:
            return True  # (an item that starts at its cue: "told the New York Times that ...", as the quotes stage
            # gives it, is what the cue says)
        if re.search(r"\bwhom?\b", self.d.text[b:at]):
            return False  # "..., all of whom said that ...": a relative attribution covers only what follows it
        if a < start:
            return False  # "Officials said on Monday. ... 40 people": a subject before the item, a cue before it
        between = self.d.text[end:a]
        i = self.sentence(start)
        # the rest of the sentence after the cue, or after the source of "..., said X of the Agency."
        tail = self.d.text[max(at, b) if a > at else at:self.d.sentences[i].end] if i is not None else ""
        # "..., Nuland said, adding that ...", "..., witnesses said, following a vigil ...": what the sentence goes on
        # with after the attribution's own clause does not count against it
        if a > at:
            # "..., said Marta Lind, Ohio's parks director, who runs the trails office.": the speaker's apposition and a
            # relative clause about the speaker are part of who speaks, not more of the sentence
            tail = re.sub(r"^,\s+(?:[\w'’.-]+\s+){0,7}[\w'’.-]+(?=\s*(?:,\s+(?:who|whose)\b|[.;]?\s*$))", "", tail)
            tail = re.split(r",\s+(?:who|whose)\b", tail)[0]
            # "..., conclude Smith, of the Bay Institute, and colleagues in a second paper.": the speaker's team and
            # the paper they speak in are part of who speaks too
            tail = re.sub(r",?\s+and\s+(?:his\s+|her\s+|their\s+)?(?:colleagues|co-?authors|team)\b.*$", "", tail,
                          flags=re.S)
        tail = re.split(r"--|—|\s-\s|;|,\s+(?:adding|saying|noting|citing|explaining|according|following|after|before|as|"
                        r"while|when|though|although|because|but|with)\b", tail)[0]
        lost = _LOST_BREAK.search(tail)
        tail = tail[:lost.start() + 1] if lost else tail
        # "..., a port authority spokeswoman said on Friday, barely two days before ...": the attribution's own time phrase,
        # then a comma that opens another phrase
        tail = re.sub(r"^(\s*(?:[a-z]+\s+)?(?:on|late|early|last|this)\s+[\w ]{0,24}?),\s.*$", r"\1", tail, flags=re.S)
        closing = self.d.text[max(start, end - 3):end] + between  # '"..., " a barber told': the comma inside the mark
        # "..., X said": the source right after the comma ("$34 billion in imports, a move the Chinese said would void
        # ...": the comma opens another phrase, whose own words the attribution covers)
        opened = re.split(r",|—|--", self.d.text[end:min(a, at)])[-1]
        # ('the bodies of "terrorists" it says were killed': a pronoun's relative attribution right after a quoted word)
        return ("," in between or "—" in between or "--" in between or re.search(r",\s*[\"”]\s*$", closing)
                is not None or re.fullmatch(r"\s*[\"”]\s*", between) is not None and a - end <= 3
                and normal(self.d.text[a:b]) in ("it", "they", "he", "she")) and len(tail) < 60 \
            and not re.search(r"\w", opened)

    def _cut_before(self, i: int, start: int) -> list[tuple[int, int, str, int, bool]]:
        """"Police say that on Saturday around 11:30 p.m. | Gray was standing ...": a sentence the splitter cut
        after an abbreviation, inside the clause an attribution opens, keeps that attribution."""
        if i == 0:
            return []
        prev = self.d.sentences[i - 1]
        text = self.d.text[prev.start:prev.end]
        if not _CUT.search(text):
            return []
        out = []
        for f in self.reading(i - 1).found:
            rest = self.d.text[f[3]:prev.end]
            m = re.match(r"\w+\s+that\s", rest)
            if m and len(rest) - m.end() < 60 and start - f[3] <= MAX_REACH and not f[4]:
                out.append(f)
        return out

    def _implication_after(self, i: int) -> tuple[tuple[int, int, str, int, bool], list] | None:
        """"Dry years pushed herders north by 4,000 years ago. This is the conclusion of work set out in two studies
        that Science printed.": the next sentence says whose finding sentence ``i`` is; (its source, the relays of that
        source there), else None."""
        if i + 1 >= len(self.d.sentences):
            return None
        nxt = self.d.sentences[i + 1]
        m = _IMPLICATION.match(self.d.text, nxt.start, nxt.end)
        if m is None:
            return None
        reading = self.reading(i + 1)
        named = [f for f in reading.found if not f[4] and f[0] >= m.end()]
        if named:
            return named[0], [r for r in reading.relays if r[3] == named[0][3]]
        record = _RECORD_PHRASE.search(self.d.text, m.end(), nxt.end)
        if record is None:
            return None
        # the journal the record was published in ("two studies published in Science"), though no verb of saying
        # holds it in that sentence
        tokens = _tokens(self.d.text[record.end(1):nxt.end], record.end(1))
        placed = publication_relays(tokens, [t[0].lower() for t in tokens])[:1]
        at = record.start(1)
        return (record.start(1), record.end(1), "implication", at, False), [(a, b, cue, at) for a, b, cue, _, _ in placed]

    def _cut_after(self, i: int, start: int, end: int) -> list[tuple[int, int, str, int, bool]]:
        """"Between 60 and 100 rioters gathered around Church and Snyder Ave. | in East Flatbush and threw bottles
        ..., witnesses said, ...": a sentence the splitter cut after an abbreviation, the clause going on in
        lowercase, is covered by the attribution that closes that clause."""
        if i + 1 >= len(self.d.sentences):
            return []
        here, nxt = self.d.sentences[i], self.d.sentences[i + 1]
        if not (_CUT.search(self.d.text[here.start:here.end]) or re.search(r"\b[A-Z][a-z]{1,3}\.\s*$",
                                                                        self.d.text[here.start:here.end])):
            return []
        if not self.d.text[nxt.start:nxt.end][:1].islower():
            return []
        return [f for f in self.reading(i + 1).found if f[3] > end and f[3] - start <= MAX_REACH and not f[4]
                and "," in self.d.text[end:f[0]] and self._covers(f, start, end)]


def cited_after(found: list[tuple[int, int, str, int, bool]], text: str, end: int) -> tuple[int, int, str, int, bool] | None:
    """'"...," Boyette said, citing aid workers at the camp': the source a quote's speaker cites right after the quote
    ends at ``end`` (a sentence's ``found`` attributions; "citing" with its citer's "reported" before it), else None."""
    return next((f for f in found if f[2] == "citing" and 0 <= f[3] - end < 80 and not f[4] and any(
        g[2] == "reported" and g[3] < f[3] and g[0] >= end - 1 for g in found)
        and not re.search(r"[\"“”]", text[end + 1:f[3]])), None)
