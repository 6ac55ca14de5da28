"""One report's attribution chains: from an item's sentence, the quote it sits in and the dateline,
the relays down to the primary source (who a pronoun or description stands for: ``speakers``)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..records import AGENTLESS, Chain, Document, Link, Quote
from .cues import MAX_REACH, PRONOUNS, SAYING, UNATTRIBUTED, _CUT, _MARKS
from .kinds import _name_like, is_house, is_outlet, is_police, normal, outlets_report, speaker_ok
from .mentions import _LED_TEAM, _Mentions, resolve
from .reading import _Reading, read_sentence
from .covers import _Covers, cited_after
from .journals import journal_before, speaker_published
from .outer import _Outer, own_house
from .runs import _Runs
from .speakers import _PLURAL_HEAD, _Speakers
from .unnamed import _AGE_APPOSED, _DEFINITE_AGE, speakers_age, unnamed_chain, writers_age


# "a 1997 article in Ebony", "a profile in The New Yorker": a piece in a publication, which relays it
_PIECE_IN = re.compile(r"(?:an?|the|one)\s+(?:\d{4}\s+|[a-z]+\s+){0,2}(?:article|story|column|editorial|profile|piece|"
                       r"op-ed)\s+in\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})")


# "told this website", "said in an interview with this newspaper": the report's own house
_THIS_HOUSE = re.compile(r"\s*(?i:this|our)\s+(?:[\w-]+\s+)?(?i:website|site|newspaper|paper|station|channel|programme|"
                         r"program|network|magazine|publication|news\s+agency|agency|broadcaster)\s*$")
# a name, a colon and the opening mark right before a quote: 'Hillary Clinton: "We are ...' (a caption, a pull quote)
_LABELLED = re.compile(r"(?:^|(?<=[\s.\"”]))([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}):\s*[\"“]\s?$")
# a time stamp read into a speaker's name: "12:55 A.M. Hamas", "A.M. Hamas", "7:13 P.M. U.S. Secretary of State ..."
_STAMPED = re.compile(r"^\s*(?:\d{1,2}:)?\d{0,2}\s*[AaPp]\.[Mm]\.\s+(?=\S)")
class _Report(_Speakers, _Covers, _Outer, _Runs):
    """What the chains of one report need: its sentences, mentions, direct quotes, dateline agency."""

    def __init__(self, d: Document, mentions: _Mentions, quotes: list[tuple[int, int, Quote]],
                 outlets: frozenset[str]):
        self.d = d
        self.mentions = mentions
        self.quotes = sorted(quotes, key=lambda q: q[0])
        self.starts = [s.start for s in d.sentences]
        self.outlets = outlets
        self.readings: dict[int, _Reading] = {}
        self._journalists: dict[str, tuple[str, str]] | None = None
        self._credits: list[tuple[int, int, list[tuple[int, int]]]] | None = None
        # A text whose closing marks stand apart from the words ('paramilitary. "', 'neighborhood, " a barber'),
        # as tokenised corpora write them: its opening marks stand apart too.
        self.spaced_marks = len(re.findall(r"\w[,.?!] \"(?:\s|$)", d.text)) >= 2
        agency = re.search(r"\(([^)]{2,40})\)\s*[-–—]*\s*$", d.dateline or "")
        own = (d.outlet or "").casefold()
        self.agency = agency.group(1).strip() if agency and agency.group(1).casefold() not in own else None
        self.house, self.tagged = own_house(d, self.agency, outlets)

    def sentence(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < max(self.d.sentences[i].end, offset + 1) else None

    def reading(self, i: int) -> _Reading:
        if i not in self.readings:
            s = self.d.sentences[i]
            self.readings[i] = read_sentence(s.text, s.start, self.outlets)
        return self.readings[i]

    def chain(self, start: int | None, end: int | None, speaker: Quote | None = None) -> Chain:
        d = self.d
        links: list[Link] = []
        primary: tuple[str, str, str | None, str] | None = None
        primary_link: Link | None = None
        primary_at: int | None = None  # the cue of the primary attribution
        if self.agency:
            links.append(Link(self.agency, "dateline", "relay"))
        if start is not None:
            # a live blog's entry credited to an agency ("... . (Reuters)"): the agency relays all the entry holds
            links += [Link(d.text[a:b], "credit", "relay", a, b) for lo, hi, names in self.credits if lo <= start < hi
                      for a, b in names]
        i = self.sentence(start) if start is not None else None
        if i is not None and i + 1 < len(d.sentences) and d.text[start:d.sentences[i].end].strip() == "":
            i += 1  # an item that starts in the space after a sentence belongs to the next one
        reading = self.reading(i) if i is not None else _Reading()
        quote = speaker or self._quote_at(start, end)
        spoken = quote  # the quote the item sits in, though its speaker turn out an outlet that relays (below)
        found = [self._reported_by(f) for f in reading.found if start is None or self._covers(f, start, end or start + 1)]
        if speaker is not None and speaker.hidden == AGENTLESS:
            quote = spoken = None  # "reportedly", "X is said to have": the sentence's source ("..., TAP reported")
            if not found:
                return unnamed_chain(d.id, links, speaker, start, end)  # else unnamed reports, or no one
        if quote is None and start is not None and _DEFINITE_AGE.match(d.text, start) and \
                d.text[max(0, start - 4):start].lower() == "the ":
            # "A DNA expert testified that the 27-year-old fathered the 12-week-old fetus": "the N-year-old" refers
            # back to someone the report named; the age is the writer's description, not what the source says
            found = []
        if speaker is None and start is not None and end is not None and (speakers_age(d.text, start, end) or (
                quote is None and writers_age(d.text, start, end, found))):
            # "Weiner, 51, who's married to ..., the Post reported" (``writers_age``), "said Donna Lee, 39, a waitress",
            # "Eva Ruiz, a 22-year-old resident of ...": a named person's age, the writer's description of whom the text
            # is about, whoever the sentence is attributed to
            return Chain(d.id, links, UNATTRIBUTED, None, start, end)
        if start is not None and _AGE_APPOSED.search(d.text, max(0, start - 60), start) and \
                (said := re.match(r"\d{1,3}\s*,\s+(?:[a-z]+ly\s+)?([a-z]+)\b", d.text[start:start + 30])) and \
                said.group(1) in SAYING:
            # "Hooper, 68, said", "Linda, now 68, told TODAY": the speaker's age, set after the name between commas, is
            # the writer's description of who speaks, not what the speaker says ("police said Cosme, 32, and ..." keeps
            # the police: an age inside what is said)
            found, apposed, quote, spoken = [], True, None, None  # (though the quote's span ran on over its speaker)
        else:
            apposed = False
        if not found and quote is None and i is not None and start is not None and not apposed:
            found = self._cut_before(i, start) or self._cut_after(i, start, end or start + 1)
            if not found and (implied := self._implication_after(i)) is not None:  # "... . That's the implication of"
                found, reading = [implied[0]], _Reading(reading.found, reading.relays + implied[1], reading.echo)
        gap = self._between_quotes(quote, start, i) if quote is not None and start is not None and i is not None \
            else None
        if gap is not None:
            # 'took my money," said Mohammad Ataye, an Egyptian ... . "I don't know,"': the marks paired the wrong way,
            # the "quote" is the text between two quotes; its source is the attribution it opens with
            quote, found = None, [gap]
        piece = _PIECE_IN.fullmatch((quote.speaker_text or quote.speaker or "").strip()) if quote is not None else None
        if piece is not None:
            # "According to a 1997 article in Ebony, Benjamin said ...": the publication relays who speaks inside
            quote = replace(quote, speaker=piece.group(1), speaker_text=piece.group(1), speaker_entity=None)
        published = speaker_published(quote.speaker_text or quote.speaker or "") if quote is not None and piece is None \
            else None
        if published is not None:
            # "..., according to a study published Wednesday in the journal Nature": the study speaks, the journal
            # that published it relays it
            quote = replace(quote, speaker=published[0], speaker_text=published[0], speaker_entity=None)
        label = _LABELLED.search(d.text, max(0, (start or 0) - 60), start) if quote is not None and start is not None \
            and quote.kind == "direct" else None
        if label is not None and (i is None or label.start(1) >= d.sentences[i].start):
            # 'Hillary Clinton: "We are continuing to increase pressure"' (a caption or a pull quote): the name before the
            # colon speaks, not the name the quotes stage took from the text after it
            people = [m for m in self.mentions.inside(label.start(1), label.end(1)) if m[4] == "PERSON"]
            if people:
                quote = replace(quote, speaker=people[-1][3], speaker_text=label.group(1), speaker_entity=people[-1][2])
        if quote is not None and quote.speaker and _STAMPED.match(quote.speaker_text or quote.speaker):
            # "12:55 A.M. Hamas says ...": a live blog's time stamp read into the speaker is no part of it
            quote = replace(quote, speaker=_STAMPED.sub("", quote.speaker),
                            speaker_text=_STAMPED.sub("", quote.speaker_text or quote.speaker))
        if quote is not None and quote.speaker and not self._speaker_ok(quote):
            quote = None  # "Nobody knows ...", "the fact ... does point to": no source; read the sentence
        relayed_by = None
        if quote is not None and (reporting := outlets_report(quote.speaker_text or quote.speaker or "", self.outlets)):
            # "According to the Ma'an report, the ministry estimated ...": the outlet relays whom it names inside
            quote = replace(quote, speaker=reporting, speaker_text=reporting, speaker_entity=None)
        if quote is not None and quote.speaker and (piece is not None or is_outlet(quote.speaker_text or quote.speaker, self.outlets)
                                                    or is_outlet(quote.speaker, self.outlets)):
            # '"...," the Daily News quoted witness Devonte Brown as saying', 'X, told Sky News: "..."': the
            # outlet the quotes stage gave as the speaker relays the person the text names
            relayed_by, quote = quote, None
        if quote is not None and (quote.speaker or start is not None and self._pronoun_only(quote)):
            spoken = quote.speaker or (quote.speaker_text or "").strip()
            key = f"entity:{quote.speaker_entity}" if quote.speaker_entity else f"text:{normal(spoken)}"
            primary = (key, spoken, quote.speaker_entity, "person" if quote.speaker else "source")
            if start is not None and (titled := self._after_title(quote.speaker_text or quote.speaker,
                                                                   self._written_at(quote.speaker_text or quote.speaker,
                                                                                    start, end))) is not None:
                primary = titled  # '"...," said Sgt. | Marty Earley.': the person named after the title
            elif not quote.speaker_entity and is_police(quote.speaker_text or quote.speaker) and start is not None:
                primary = resolve(quote.speaker_text or quote.speaker, start, self.mentions)  # "cops say": the police
            elif not quote.speaker_entity and start is not None and (
                    outlet := self._outlet_described(quote.speaker_text or quote.speaker, start)) is not None:
                primary = outlet  # "..., the station reported": the outlet the report named before
            elif not quote.speaker_entity and start is not None and _LED_TEAM.fullmatch(quote.speaker_text or quote.speaker):
                # '"...," said Smith and colleagues', "Kim's team reported": the one who leads them (``mentions``)
                written = quote.speaker_text or quote.speaker
                at = self._written_at(written, start, end)
                primary = resolve(written, at, self.mentions, at + len(written))
            elif not quote.speaker_entity and start is not None and (body := self._body_described(
                    quote.speaker_text or quote.speaker, self._written_at(quote.speaker_text or quote.speaker, start,
                                                                          end))) is not None:
                primary = body  # 'The group called for ... "mass executions"': the body last said to speak
            elif start is not None and not self._is_person(quote.speaker_entity) and quote.speaker_text and \
                    (named := self._named_after(quote.speaker_text, start)) is not None:
                primary = named  # "European Union foreign policy chief Catherine Ashton said": the name after the title
            elif quote.speaker_entity and start is not None and not self._is_person(quote.speaker_entity) \
                    and _name_like(quote.speaker):
                # '"...," said national disaster agency spokesman Nugroho', the surname typed an organisation:
                # the person the report named in full before
                same = self._surname_of(quote.speaker, start)
                if same is not None:
                    primary = (f"entity:{same[2]}", same[3], same[2], "person")
            primary_link = Link(quote.speaker_text or quote.speaker, "quoted", "primary")
            written = (quote.speaker_text or quote.speaker or "").strip()
            named = [f for f in found if not f[4] and re.match(r"(?i:an?)\s", written) and d.text.startswith(
                ", " + written[:30], f[1])] if start is not None else []
            if named:
                # 'Jaafar, an activist with the opposition Sham News Network ( SNN ), told ...': the quotes stage gave
                # the apposition as the speaker; the name it describes speaks
                primary = self._person_first(named[0])
                primary_link = Link(d.text[named[0][0]:named[0][1]], named[0][2], "primary", named[0][0], named[0][1])
            relative = [f for f in reading.found if start is not None and f[3] < start and start - f[3] < 80 and not f[4]
                        and re.fullmatch(r",\s*who(?:\s+[a-z]+){0,2}\s*", d.text[f[1]:f[3]])
                        and not re.search(r"[\"“”]", d.text[f[3]:start - 1])]
            who = self._person_first(relative[-1]) if relative else None
            if who is not None and who[0] != primary[0] and who[3] == "person":
                # 'Dermer also ripped diplomat Zarif, who said Trump is being "impetuous"': the quoted word is said
                # by whom the relative clause stands for, not by the sentence's subject
                f = relative[-1]
                primary = who
                primary_link = Link(d.text[f[0]:f[1]], f[2], "primary", f[0], f[1])
            described = self._described(quote.speaker_text or quote.speaker, start) if start is not None else None
            described = described or (self._issuer(quote.speaker_text or quote.speaker, start)
                                      if start is not None else None)
            if described is None and start is not None and not quote.speaker_entity:
                # '"...," the Texas congressman and GOP presidential contender said': the person last said to speak
                written = quote.speaker_text or quote.speaker
                described = self._proper_description(written, self._written_at(written, start, end))
            if described is not None:
                primary = described  # '"...," added the doctor': the doctor the report introduced
            elif start is not None and normal(quote.speaker_text or "") == "they" and \
                    (group := self._last_group(start)) is not None:
                primary = self._resolve(group[0], group[1], group[2])  # "Kerry and Ban said ... . ..., they said"
            last = (self._last_speaker(start, normal(quote.speaker_text or "")) if start is not None and
                    normal(quote.speaker_text or "") in ("he", "she") else None)
            if last is None and normal(quote.speaker_text or "") in ("he", "she") and quote.speaker_entity and \
                    not self._is_person(quote.speaker_entity) and start is not None:
                # "he wrote" given to a company ("Rite Aid"): the person named last before it
                m = self.mentions.before(start, ("PERSON",))
                if m is not None:
                    primary = (f"entity:{m[2]}", m[3], m[2], "person")
            pronoun = normal(quote.speaker_text or "")
            if last is None and start is not None and pronoun in ("he", "she"):
                # '"...," he told CNA.' given to a woman, 'she told the radio' to no person: who else "she" is
                primary = self._pronoun_speaker(pronoun, primary, start, bool(_PLURAL_HEAD.search(normal(primary[1]))))
            if last is None and self._is_place(quote.speaker_entity):
                # '"...," said Lebanon-based analyst Rami Khouri': a place does not speak; the person the
                # sentence names does
                last = next((f for f in sorted(reading.found, key=lambda f: abs(f[3] - (start or 0))) if not f[4]
                             and self._resolve(f[0], f[1], f[2])[3] == "person"), None)
            if last is not None:
                # "..., she told lawmakers": the one who spoke last, not the nearest name ("Clinton warned
                # ... if Gaddafi ..."); a description ("the head of the Amal group") does not overrule a
                # person the quotes stage found named in that same sentence ("Berri, head of ..., said")
                said = self._person_first(last)
                j = self.sentence(last[0])
                named_there = j is not None and any(
                    m[2] == quote.speaker_entity and d.sentences[j].start <= m[0] < d.sentences[j].end
                    for m in self.mentions.items)
                if said[3] == "person" or not named_there:
                    primary = said
        if quote is not None and primary is not None and start is not None and end is not None:
            # '"...," Boyette said, citing aid workers at the camp': the cited source (``covers.cited_after``)
            f = cited_after(reading.found, d.text, end)
            if f is not None:
                primary = self._resolve(f[0], f[1], f[2])
                primary_link = Link(d.text[f[0]:f[1]], f[2], "primary", f[0], f[1])
        sources = [f for f in found if not f[4]]
        outlets = [f for f in found if f[4]]
        if primary is None and not sources and not outlets and i is not None and start is not None and not apposed:
            # A quote paragraph with no attribution of its own: the one that closes it ("... .", X said)
            # or the one before it ('"...," X said.  "Now the crossing ...').
            cont = self._continued(i, start)
            if cont is not None:
                sources = [cont[0]]
                # '"...," a barber told The Times.  "But ...': the outlet relays the rest of the quote too
                inherited = [r for r in self.reading(cont[1]).relays if r[3] == cont[0][3]] + [
                    (g[0], g[1], g[2], cont[0][3]) for g in self.reading(cont[1]).found
                    if g[4] and g[2] == "according to" and not self._own(d.text[g[0]:g[1]])]
                # and the outlet the statement was "according to" ("According to an article in Ebony, X said ... .")
                reading = _Reading(reading.found, reading.relays + inherited)
        if relayed_by is not None and primary is None and not sources and i is not None and start is not None:
            # "Attorney X told Judge Y that ..., according to the Associated Press", the quotes stage's item
            # holding the whole clause: the person who speaks at its start, relayed by the outlet
            # (an outlet too: "The Korean Central News Agency said that ..., according to The Associated Press")
            inner = [f for f in reading.found if start <= f[0] and f[3] < (end or start) and f[3] - start < 120
                     and not (f[4] and normal(d.text[f[0]:f[1]]) == normal(relayed_by.speaker_text or
                                                                           relayed_by.speaker or ""))]
            cont = self._continued(i, start) if not inner else None
            if inner:
                sources = [min(inner, key=lambda f: f[0])]
            elif cont is not None:
                sources = [cont[0]]
        if relayed_by is not None and primary is None and not sources and not outlets:
            # no person named: the outlet is the last source the text gives
            q = relayed_by
            primary = (f"entity:{q.speaker_entity}" if q.speaker_entity else f"text:{normal(q.speaker)}",
                       q.speaker, q.speaker_entity, "outlet")
            if start is not None:
                primary = self._outlet_described(q.speaker_text or q.speaker, start) or primary
            primary_link = Link(q.speaker_text or q.speaker, "quoted", "primary")
            relayed_by = None
        if primary is None and (sources or outlets):
            # The nearest source to the item; an outlet only when no other source is given.
            pool = sources or outlets
            at = start if start is not None else 0
            inner = [f for f in pool if f[3] < at] if not sources and start is not None else []
            outer = [f for f in pool if f[3] >= (end or start) or f[0] > f[3] and any(g[3] < f[3] for g in inner)]
            if inner and outer and [f for f in inner if f not in outer]:
                # "Sana reported that a bus had been attacked ..., said AP news agency[, with six passengers ...]": the
                # outlet whose clause holds the item is its source; the one said after that clause ("..., said X",
                # "..., according to X") relays the whole (two outlets, one inside the other)
                pool = [f for f in inner if f not in outer]
            # "..., Boyette said, citing aid workers at the camp": who is cited is where it starts (an outlet that cites
            # relays it, below)
            pool = [f for f in pool if f[2] == "citing" and f[3] >= (end or at) and any(
                g[2] == "reported" and g[3] < f[3] and g[1] <= f[3] for g in pool)] or pool
            ordered = sorted(pool, key=lambda f: (abs(f[3] - at), f[0]))
            a, b, cue, primary_at, outlet = ordered[0]
            if normal(d.text[a:b]) in ("he", "she") and self.mentions.before(a, ("PERSON",)) is None:
                # "..., according to charges, and he admitted ...", in the opening before any person is named: the
                # pronoun stands for no one yet; the other source the sentence gives
                a, b, cue, primary_at, outlet = next((f for f in ordered[1:] if normal(d.text[f[0]:f[1]]) not in PRONOUNS),
                                                     ordered[0])
            phrase = d.text[a:b]
            primary = self._resolve(a, b, cue)
            last = self._last_speaker(a, normal(phrase)) if normal(phrase) in ("he", "she") else None
            if last is not None:  # "he claimed": whoever was last said to speak
                said = self._person_first(last)
                if said[3] == "person" or primary[3] != "person":
                    primary = said
            elif normal(phrase) in ("he", "she"):  # not the last person named if of the other gender ("Ted Reid")
                primary = self._pronoun_speaker(normal(phrase), primary, a, False)
            elif normal(phrase) in ("it", "they"):
                # "The Boston Herald reported ... . Though the newspaper does not cite its source, it stated":
                # the body or outlet last said to speak, not the nearest name
                body = self._last_group(a) if normal(phrase) == "they" else self._last_body(a, single=True)
                if body is not None:
                    primary = self._resolve(body[0], body[1], body[2])
                    outlet = outlet or body[4]
            if outlet:
                primary = (primary[0], primary[1], primary[2], "outlet")
            primary_link = Link(phrase, cue, "primary", a, b)
        for a, b, cue, _, outlet in outlets:
            if primary_link is not None and primary_link.start == a or self._own(d.text[a:b]):
                continue
            links.append(Link(self._relay_name(a, b), cue, "relay", a, b))
        for a, b, cue, told_at in reading.relays:
            # "X told Reuters": a relay of X's words only, not of every item of a long sentence.
            # (a long quote: the outlet told right after it closes, '"...," Younes told Al-Arabiya.')
            mine = told_at in (primary_at, reading.echo.get(primary_at)) if primary_at is not None else (
                primary is not None and start is not None and (abs(told_at - start) <= MAX_REACH or quote is not None
                                                               and end is not None and 0 <= told_at - end <= 40))
            if mine and not any(x.start == a for x in links) and not self._own(d.text[a:b]):
                links.append(Link(self._relay_name(a, b), cue, "relay", a, b))
        if relayed_by is not None and primary is not None and (primary[3] != "outlet" or primary_link is not None and
                                                               primary_link.start is not None and start is not None
                                                               and start <= primary_link.start < (end or start)):
            written = relayed_by.speaker_text or relayed_by.speaker
            described = self._outlet_described(written, start) if self._description(written) and start is not None \
                else None
            name = described[1] if described is not None else written
            if not self._own(written) and not any(normal(x.source) in (normal(written), normal(name)) or
                                                  x.role == "relay" and normal(written) in normal(x.source) or
                                                  x.role == "relay" and x.cue == "according to" and
                                                  self._description(x.source) for x in links):
                links.append(Link(name, "quoted", "relay"))
        if quote is not None and start is not None and primary is not None and end is not None:
            # "Kelly said: 'We are pleased ... confession,' the Daily News reported." read as one reported clause that
            # runs to the end of the sentence: the outlet reporting right after the closing mark relays it
            for fa, fb, cue, _, outlet in reading.found:
                # (or right after the quote's own closing mark, its speaker named before it: "Kelly said: '...,' the
                # Daily News reported.")
                if outlet and (start < fa < end and re.search(r"[,.!?]\s*['’\"”]\s*$", d.text[start:fa])
                               or quote.speaker and 0 <= fa - end < 12 and not d.text[end:fa].strip(" ,'’\"”")
                               or start < fa < end and self._ends_reporting(fa, i)) \
                        and not (primary_link is not None and primary_link.start == fa) \
                        and not self._own(d.text[fa:fb]) and not any(x.start == fa for x in links):
                    links.append(Link(self._relay_name(fa, fb), cue, "relay", fa, fb))
        closing = quote if quote is not None else spoken if spoken is not None and spoken.kind == "direct" and \
            primary_link is not None and primary_link.cue == "quoted" else None
        if closing is not None and closing.speaker and start is not None and primary is not None:
            # '"This is false.  We did not bomb any camps," he told the AFP news agency.': a quote the sentence
            # splitter cut keeps the outlet told in the sentence where it closes (and '"...," Sana reported,
            # according to news agency AFP', the outlet that speaks named as the quote's speaker)
            for ra, rb, cue in self._told_at_close(closing, start, i):
                if not any(x.start == ra for x in links) and not any(normal(x.source) == normal(self.d.text[ra:rb])
                                                                   for x in links) \
                        and normal(self.d.text[ra:rb]) != normal(primary[1]):
                    links.append(Link(self._relay_name(ra, rb), cue, "relay", ra, rb))
        if quote is not None and quote.speaker and not reading.found and i is not None and start is not None \
                and not any(x.role == "relay" and x.cue == "told" for x in links):
            # a quote paragraph that continues a quote "told <an outlet>" keeps that outlet
            links += self._told_before(i, quote, start)
        if quote is not None and i is not None and start is not None and \
                not any(x.role == "relay" and x.cue not in ("dateline", "credit") for x in links):
            # '"...," Harper was quoted as saying.' (no outlet named): the outlet that reported him just before
            links += self._quoted_by_before(i, end or start)
        if quote is not None and i is not None and start is not None and primary is not None and \
                primary[3] == "person" and not any(x.role == "relay" and x.cue not in ("dateline", "credit") for x in links):
            # "In a column running in the Lakeside Courier, Delgado wrote ... . '...,' Delgado wrote.": the paper
            # relays the speaker's run of quotes after it (``runs``)
            links += self._venue_of_run(i, primary[0], start)
        if published is not None and primary is not None and not any(normal(x.source) == normal(published[1])
                                                                      for x in links):
            links.append(Link(published[1], "published", "relay"))
        if primary is not None and i is not None and not any(x.role == "relay" for x in links):
            links += journal_before(self, i)  # "..., Smith and colleagues report in one of the papers" (``journals``)
        if primary_link is not None:
            # "according to media reports": "media" and "media reports" are the source, not a relay of it; and
            # one outlet is one relay however many cues name it
            own_words = f" {normal(primary_link.source)} "
            kept, seen = [], set()
            for x in links:
                name = normal(x.source)
                if x.role == "relay" and x.cue != "dateline" and name and (f" {name} " in own_words or name in seen):
                    continue
                seen.add(name)
                kept.append(x)
            links = kept
            links.append(primary_link)
        credited = [x for x in links if x.cue == "credit"]
        if primary is None and spoken is None and credited and len(credited) == len([x for x in links if x.role == "relay"]):
            # an item a live blog's entry asserts on no one's word but the agency it credits ("... . (AP)"): that
            # agency's, as a wire copy's own sentences are its own (a quote no one is found to speak is someone's)
            x = credited[-1]
            key, name, _, _ = resolve(x.source, x.start, self.mentions, x.end)
            return Chain(d.id, links[:-1] + [replace(x, role="primary")] if links[-1] is x else
                         [y for y in links if y is not x] + [replace(x, role="primary")], key, name, start, end)
        if primary is None:
            return Chain(d.id, links, UNATTRIBUTED, None, start, end)
        if primary[0] in self.journalists:
            # "Michael Silverman of the Boston Herald", "The Boston Herald's Michael Silverman": a reporter
            # reporting is the outlet reporting, one primary source with the outlet's own reports
            key, name = self.journalists[primary[0]]
            return Chain(d.id, links, key, name, start, end)
        return Chain(d.id, links, primary[0], primary[1], start, end)

    def _written_at(self, written: str, start: int, end: int | None) -> int:
        """Where a quote's speaker, as written, stands: its occurrence nearest the quote, in the quote's sentence or
        right after it (the quotes stage keeps no offset for it); the quote's start when it is not found."""
        i = self.sentence(start)
        lo = self.d.sentences[i].start if i is not None else start
        hits = [m.start() for m in re.finditer(re.escape(written.strip()), self.d.text[lo:(end or start) + 200])] \
            if written.strip() else []
        return lo + min(hits, key=lambda h: min(abs(lo + h - start), abs(lo + h - (end or start)))) if hits else start

    def _told_before(self, i: int, quote: Quote, start: int) -> list[Link]:
        """The outlet a quote's speaker "told" in the sentences before (the quote paragraph continues it)."""
        sents = self.d.sentences
        who = normal(quote.speaker_text or quote.speaker or "")
        for j in range(i - 1, max(-1, i - 3), -1):
            if start - sents[j].start > 600:
                break
            reading = self.reading(j)
            for a, b, _, at, outlet in reading.found:
                said = normal(self.d.text[a:b])
                # the speaker as the quotes stage wrote it, or its name before an apposition ("Jeffrey Lewis, the
                # director of ..., wrote in The New York Times")
                if outlet or not said or said != who and not who.startswith(said + " "):
                    continue
                # and the outlet the sentence says it was "according to" ("According to an article in Ebony, X
                # said ... .  '...'"): it relays the quote paragraph too
                return [Link(self.d.text[ra:rb], cue, "relay", ra, rb) for ra, rb, cue, told_at in reading.relays
                        if told_at == at and not self._own(self.d.text[ra:rb])] + [
                    Link(self.d.text[oa:ob], cue, "relay", oa, ob) for oa, ob, cue, _, is_out in reading.found
                    if is_out and cue == "according to" and not self._own(self.d.text[oa:ob])]
            if any(not f[4] for f in reading.found):
                break  # '"...," she told state TV. The former representative also said ... . "...," she said.': a
                # statement of its own between ends the quote paragraphs the outlet was told
        return []

    def _told_at_close(self, quote: Quote, start: int, i: int | None) -> list[tuple[int, int, str]]:
        """The outlets told right after a direct quote closes, when it closes in a later sentence than ``i``."""
        end = next((b for a, b, q in self.quotes if q is quote and a <= start <= b), None)
        k = self.sentence(max(start, end - 1)) if end is not None else None
        if k is None or i is None or k <= i:
            return []
        # a quote joined from parts ('"Our situation is very good. ... hours," Younes told Al-Arabiya. "We are ...,"
        # Younes added.'): the outlet told right after a closing mark of one of its parts relays the whole
        # (the part right after it only: a statement the text goes on with after a sentence of its own, '"...," she told
        # state TV. The former representative also slammed ... . "...," she said.', is no longer told to it)
        parts = [(ra, rb, cue) for j in range(max(i, k - 1), k) for ra, rb, cue, at in self.reading(j).relays
                 if start < at < end and re.search(r"[,.?!]\s*[\"”]\s*[^\"“”]{0,60}$", self.d.text[start:at])
                 and not self._own(self.d.text[ra:rb])]
        if parts:
            return parts
        reading = self.reading(k)
        # and an outlet that reports it there: "NYPD Commissioner Kelly said: '... . ... confession,' the Daily News
        # reported." (the speaker named before the quote, the outlet after it)
        # and the outlet an outlet's report is "according to" right after ('"...," Sana reported, according to news
        # agency AFP': Sana speaks, AFP relays)
        said = [f for f in reading.found if 0 <= f[3] - end < 40 and not self.d.text[end:f[0]].strip(" ,'’\"”")]
        # (or '"...," Gabriela Shalev, Israel's ambassador to the UN, was quoted as saying by Reuters': the passive
        # "quoted" ends a longer clause after the closing mark, one with no other mark and no sentence end in it)
        return [(ra, rb, cue) for ra, rb, cue, at in reading.relays
                if (0 <= at - end < 40 or cue == "quoted" and 0 <= at - end < 120
                    and not re.search(r"[\"“”`]|''|[.!?]\s", self.d.text[end:at].lstrip(" ,'’\"”")))
                and not self._own(self.d.text[ra:rb])] + [
            (fa, fb, cue) for fa, fb, cue, _, outlet in reading.found
            if outlet and 0 <= fa - end < 12 and not self.d.text[end:fa].strip(" ,'’\"”")
            and not self._own(self.d.text[fa:fb])] + [
            (fa, fb, cue) for fa, fb, cue, at, outlet in reading.found
            if outlet and cue == "according to" and said and said[0][3] < at
            and re.fullmatch(r"\w+,?\s*", self.d.text[said[0][3]:at]) and not self._own(self.d.text[fa:fb])]

    def _continued(self, i: int, start: int) -> tuple[tuple[int, int, str, int, bool], int] | None:
        """The attribution of the quote an unattributed item's sentence opens or continues, and the
        sentence it is in."""
        sents = self.d.sentences
        text = self.d.text

        def opens(j: int) -> bool:
            # An opening mark: "“", or a straight mark glued to the next word (not a closing one that the
            # sentence splitter left at the start of the next sentence).
            t = text[sents[j].start:sents[j].end].lstrip()
            if t[:1] == "\"" and len(t) > 1 and t[1] == " " and j > 0 and self.spaced_marks:
                # '" We ' re talking ...' (a text with its marks spaced out): an opening mark when the sentence
                # before closed all its quotes, a closing one left over when it did not
                before = text[sents[j - 1].start:sents[j - 1].end]
                return sum(before.count(m) for m in _MARKS) % 2 == 0
            # (or two backquotes, as tokenised corpora open a quote they close with two apostrophes: "``We have ...")
            return t[:1] == "“" or t[:2] == "``" or t[:1] == "\"" and len(t) > 1 and not t[1].isspace()

        inside = opens(i) or (i > 0 and opens(i - 1) and sum(text[sents[i - 1].start:sents[i - 1].end].count(m)
                                                              for m in _MARKS) == 1)
        if not inside and not self.spaced_marks:
            # a quote paragraph of three sentences or more ('Moreno said. "You think, \'Just a coffee?\' The coffee
            # stretched into supper, and here we still are 20 years on."'): a mark opened in the paragraph before the item, not closed
            # (in a text broken into paragraphs: not a page run together, where one stray mark would open every quote)
            para = text.rfind("\n", 0, start) + 1
            before = re.sub(r"[\s\"“]+$", "", text[para:start])  # (not the item's own opening mark)
            inside = para > 0 and para >= sents[max(0, i - 6)].start and sum(before.count(m) for m in "\"“”") % 2 == 1 \
                and before.count("“") >= before.count("”")
        if not inside:
            return None
        # The quote closes later: the attribution right after its closing mark.
        for j in range(i, min(len(sents), i + 4)):
            a = start if j == i else sents[j].start
            seg = text[a:sents[j].end]
            # a closing mark; "''" closes a quote too in texts that write marks as two apostrophes
            close = next((a + m.start() for m in re.finditer(r"[”\"]|''", seg) if m.start() > 0), None)
            if close is None:
                continue
            # the cue right after the mark, or the source ('..., "national disaster agency spokesman X said')
            after = [f for f in self.reading(j).found if f[3] > close and min(f[3], max(f[0], close)) - close < 40
                     and not f[4]]
            if after:
                return min(after, key=lambda f: f[3]), j
            if any(f[4] and f[3] > close and min(f[3], max(f[0], close)) - close < 40 for f in self.reading(j).found):
                # '"...," THR reported.': an outlet's quote, not one of the person who spoke before; or of the one it
                # names inside ('"..., added Abu Arif al-Khalid," Sana reported')
                inner = [f for f in self.reading(j).found if not f[4] and a <= f[0] and f[3] < close]
                return (inner[-1], j) if inner else None
            if j + 1 < len(sents) and sents[j].end - close < 25 and _CUT.search(text[close:sents[j].end]):
                # '"...," Msgr. | Farmer said': the splitter cut the attribution after its title; it goes on in the
                # next sentence, which opens with the source
                nxt = [f for f in self.reading(j + 1).found if f[0] - sents[j + 1].start < 4 and not f[4]]
                if nxt:
                    return nxt[0], j + 1
            break
        # Else the attribution of the sentences before (a statement, then its quote paragraphs).
        for j in range(i - 1, max(-1, i - 4), -1):
            if start - sents[j].start > 600:
                break
            found = [f for f in self.reading(j).found if not f[4]]
            if found:
                return max(found, key=lambda f: f[3]), j
        return None

    _speaker_ok = staticmethod(speaker_ok)

    def _between_quotes(self, quote: Quote, start: int, i: int) -> tuple[int, int, str, int, bool] | None:
        """The attribution a direct "quote" opens with when it starts right after a closing mark (',"' then ' said X,
        ...'): the text between two quotes, read as a quote when a text lost a mark; else None."""
        if quote.kind != "direct" or not re.fullmatch(r"[,.!?][\"”]", self.d.text[max(0, start - 2):start]) \
                or not self.d.text[start:start + 1].isspace():
            return None
        pool = [f for j in (i, i + 1) if j < len(self.d.sentences) for f in self.reading(j).found
                if start <= f[0] and f[3] - start < 80 and not f[4]]
        if not pool:
            return None
        return min(pool, key=lambda f: f[3])

    def _reported_by(self, f: tuple[int, int, str, int, bool]) -> tuple[int, int, str, int, bool]:
        """"The state news agency SANA reported that ... . According to the report, the official said ...": "the
        report" is the outlet's that reported in its sentence or the three before (an outlet, so a relay)."""
        a, b, cue, at, outlet = f
        if outlet or cue != "according to" or not re.fullmatch(r"(?:the|this|that|its)\s+(?:[a-z]+\s+)?reports?",
                                                                self.d.text[a:b].strip(), re.I):
            return f
        i = self.sentence(a)
        for j in range(i, max(-1, i - 4), -1) if i is not None else ():
            if any(not g[4] and g[1] <= a and re.search(r"\w+\s+reports?$", self.d.text[g[0]:g[1]].strip(), re.I)
                   for g in self.reading(j).found):
                return f  # "The autopsy report said ..., the Star-Advertiser reported. ... according to the report": the
                # record the report names nearer, not the outlet
            said = [g for g in self.reading(j).found if g[4] and g[1] <= a and g[2] in ("reported", "reports", "report")]
            if said:
                g = max(said, key=lambda g: g[0])
                return g[0], g[1], cue, at, True
        return f

    def _own(self, outlet: str) -> bool:
        """Is this outlet the report's own ("X told CNN" in a CNN report relays nothing)? "told this website", "told
        this newspaper": the report's own house, whatever its name."""
        return is_house(outlet, (self.d.outlet or "", self.house, self.tagged)) or _THIS_HOUSE.match(outlet) is not None

    def _quote_at(self, start: int | None, end: int | None) -> Quote | None:
        if start is None:
            return None
        for a, b, q in self.quotes:
            if a > start:
                break
            # Inside the quote's first part: no quote mark between its opening and the item (a quote
            # left open in a text without paragraphs would otherwise hold the rest of the report).
            if a <= start and (end or start) <= b and not any(ch in _MARKS for ch in self.d.text[a:start]):
                return q
        return None
