"""Who a source phrase stands for within one report: a pronoun ("he", "she") for the person last said to speak or
opening a sentence, a description ("the doctor", "the newspaper", "the statement") for the person, outlet or issuer the
report introduced with it, a surname for the person named in full before."""

from __future__ import annotations

import re

from ..genders import title_gender
from .cues import (
    BODY_NOUNS,
    TITLE_ABBREVIATIONS,
    OUTLET_DESCRIPTIONS,
    PERSON_NOUNS,
    PRONOUNS,
    _APPOSED_PREFIX,
    _BARE_SUBJECT,
    _OF_OUTLET,
    _OUTLET_APPOSED,
    _OUTLETS_OWN,
    _SUBJECT_PREFIX,
    _TITLED,
    _TITLE_BEFORE,
)
from .kinds import _AGENT_NOUN, _NOT_AGENTS, _name_like, _titled_name, is_description, is_outlet, normal
from .genders import _Genders
from .mentions import resolve

_PERSON_APPOSED = re.compile(r",\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?|(?:[a-z][\w'’-]*\s+){0,2})(?:" +
                             "|".join(sorted(PERSON_NOUNS)) + r")\b")  # "X, a doctor at", "X, spokesman for"

_PERSON_TITLE = re.compile(r"\b(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\s+$")

_DESCRIPTION = re.compile(r"(?:the|this|that|[A-Z][\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)"
                          r"(?:\s+(?:who|of|for|at|from|in|with)\b.*)?", re.S | re.I)

_ISSUED = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\s+(?:also\s+|later\s+)?(?:issued|released|"
                     r"put out|published|sent)\s+(?:an?\s+|its\s+)(?:[\w-]+\s+){0,2}?(statement|communiqu[eé]|release|letter|memo)")

# Titles written shortened before a name, by which a cut sentence may end: "said Sgt." | "Marty Earley."
_SHORT_TITLES = frozenset(TITLE_ABBREVIATIONS.values()) | {"Mr", "Mrs", "Ms", "Msgr", "Supt", "Lt. Col", "Sgt. Maj"}

# A description of a body: "the group", "the activist group", "this organisation"
_BODY_DESCRIBED = re.compile(r"(?i:the|this)\s+(?:[a-z-]+\s+)?(" + "|".join(sorted(BODY_NOUNS)) + r")")

# Offices one person holds for a place or body: "Israel's prime minister", "the city's mayor"
_OFFICES = frozenset("minister president governor mayor ambassador envoy sheriff premier chancellor".split())

_RELATIVES = frozenset("who whom which that".split())  # a quote's speaker written as a relative pronoun: no name

_SPOKE = frozenset("said says say told tells added adds wrote writes noted explained warned insisted testified testifies".split())

# A capitalised word and "of" right before a name: the name ends a longer one ("Gulf of Mexico", "Bank of America").
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+(?:of|of the|de|del)\s+$")


def _place(mentions: list[tuple[int, int, str, str, str]]) -> bool:
    """Are these mentions (of a name) all of places, none of a person?"""
    return bool(mentions) and all(m[4] in ("GPE", "LOC", "FAC", "NORP") for m in mentions)


# a plural common noun heading a source phrase ("The troops", "the mutinous soldiers"): never "it"
_PLURAL_HEAD = re.compile(r"(?:^|\s)[a-z][a-z-]*[^s's]s$")
# what may stand before a body opening a sentence as its subject: "West African regional body Ecowas", "The"
_BODY_SUBJECT_PREFIX = re.compile(r"\s*(?:(?:The|the)\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}")
# a verb right after that subject: "has denounced", "said", "later issued"
_SUBJECT_VERB = re.compile(r"\s+(?:(?:has|have|had|also|later|then|again|quickly|swiftly)\s+){0,2}[a-z]+(?:ed|s)\b")


# a sentence opening with an unnamed person it introduces: "However, one Mac customer from the show floor was ..."
_INDEFINITE_SUBJECT = re.compile(r"\s*(?:(?:However|But|Meanwhile|And|Still|Yet),?\s+)?((?i:one|an?)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"([a-z]+))(?:\s+(?:from|at|of|in|with)\s+[^,.;\"“”]{0,40}?)?\s+(?:was|is|had|has|[a-z]+ed)\b")
# "the Texas congressman", "the Republican senator": a definite description with a proper modifier before its noun
_PROPER_DESCRIPTION = re.compile(r"(?i:the)\s+(?:[\w'’.-]+\s+){0,2}?[A-Z][\w'’.-]*\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+)")


# an opening phrase before a sentence's subject, one comma long: "In nearly every field, ", "Repeating lines from his
# speech at the convention last week, "
_OPENING_PHRASE = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[^\s,;:\"“”]+){1,15},\s+")
# a verb right after a subject: "vowed", "rubbished", "hosts", "also said"
_VERB_AFTER = re.compile(r"\s+(?:(?:also|later|then|again|quickly|once)\s+)?[a-z]+(?:ed|s)\b")

# an opening clause before a sentence's main clause: "Though Reyes ..., he said", "When Ms. Lee ..., she wrote"
_SUBORDINATE = re.compile(r"\s*(?:Though|Although|Even\s+though|While|When|After|Because|Since|As|Once)\s+"
                          r"(?:(?:Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Rep\.|Sen\.|Gov\.)\s+)?")


class _Speakers(_Genders):
    """Resolving a report's source phrases (a mixin of the report: uses ``d``, ``mentions``, ``outlets``,
    ``sentence`` and ``reading``)."""

    _description = staticmethod(is_description)

    def _person_first(self, f: tuple[int, int, str, int, bool]) -> tuple[str, str, str | None, str]:
        """A speaker phrase resolved to the person it names ("Secretary of State Hillary Clinton")."""
        people = [m for m in self.mentions.inside(f[0], f[1]) if m[4] == "PERSON"]
        if people:
            m = people[-1]
            return f"entity:{m[2]}", m[3], m[2], "person"
        phrase = self.d.text[f[0]:f[1]]
        if f[2] == "described":  # "one Mac customer" (``_subject_after``): a person, whatever names the phrase holds
            return f"text:{normal(phrase)}", phrase.strip(), None, "person"
        # "Farmer said" after "Msgr. Michael L. Farmer": a capitalised word that is a surname the report gave a person
        # in full before is that person, though it is a common noun too ("farmer", "baker")
        same = self._surname_of(phrase, f[0]) if not people and (f[2] == "named" and _name_like(phrase) or re.fullmatch(
            r"[A-Z][\w'’-]+", phrase.strip())) else None
        if same is not None:  # a bare surname ("Epstein") of a person the report named in full before
            return f"entity:{same[2]}", same[3], same[2], "person"
        return self._resolve(f[0], f[1], f[2])

    def _resolve(self, a: int, b: int, cue: str = "") -> tuple[str, str, str | None, str]:
        """resolve() of the phrase at [a, b), and then: a description ("the doctor", "the official who uses one
        name") is the person the report introduced with it; a name no entity types is a person's when it is
        said to speak ("said Fauzi"; not "New estimates")."""
        phrase = self.d.text[a:b]
        titled = self._after_title(phrase, a)
        if titled is not None:
            return titled  # "said Sgt. | Marty Earley." (the sentence cut after the title): the name after it
        outlet = self._outlet_described(phrase, a)
        if outlet is not None:
            return outlet  # "the newspaper said": the outlet the report named
        issuer = self._issuer(phrase, a)
        if issuer is not None:
            return issuer  # "the statement said": who issued it
        body = self._body_described(phrase, a)
        if body is not None:
            return body  # "The group says": the body last said to speak
        got = resolve(phrase, a, self.mentions, b)
        if got[2] is not None and got[3] != "person" and len(got[1].split()) == 1 and cue in _SPOKE:
            # "spokesman Nugroho said", the surname typed an organisation: the person the report named in full
            same = self._surname_of(got[1], a)
            if same is not None:
                return f"entity:{same[2]}", same[3], same[2], "person"
        if got[2] is None and got[3] == "source" and (same := self._spelled_as(phrase)) is not None:
            return f"entity:{same[2]}", same[3], same[2], "organisation"  # "H-P announced": Hewlett-Packard
        if got[2] is not None and got[3] != "person" and self._introduced_as_person(got[2]):
            return got[0], got[1], got[2], "person"  # "Fauzi, an official ...", typed a place by the entities
        if got[2] is None and got[3] == "outlet":
            # "the Tunisian state-run TAP news agency" and "TAP": one outlet, by the name the story writes it with
            words = f" {normal(phrase)} "
            named = [o for o in self.outlets if f" {o} " in words and o != normal(phrase)]
            if named:
                name = max(named, key=len)
                return f"text:{name}", got[1], None, "outlet"
        if got[2] is not None or got[3] == "outlet":
            return got
        described = self._described(phrase, a) or self._titled_so(phrase) or self._proper_description(phrase, a)
        if described is not None:
            return described
        words = phrase.split()
        if got[3] == "source" and cue in _SPOKE and _titled_name(words):
            # "disaster agency official Fauzi": the name, one source with "Fauzi" elsewhere
            k = next(n for n, w in enumerate(words) if w[:1].isupper())
            x = a + phrase.index(words[k], sum(len(w) for w in words[:k]))
            key, name, eid, _ = resolve(self.d.text[x:b], x, self.mentions, b)
            return key, name, eid, "person"
        if got[3] == "source" and cue in _SPOKE and _name_like(phrase):
            return got[0], got[1], got[2], "person"
        return got

    def _outlet_described(self, phrase: str, before: int) -> tuple[str, str, str | None, str] | None:
        """The outlet a description stands for ("the newspaper", "the news stations", "the paper", "the news
        wire"): the last outlet the report named before it, in its sentence and the ten before, as a source
        ("according to ABC 7 Chicago", "Al-Watan, a state-run newspaper, said") or a relay ("told The Post");
        as "the ministry" is the one ministry the report names. None when no outlet was named."""
        words = normal(phrase).split()
        written = phrase.strip().lower()
        if not words or len(words) > 3 or words[-1] not in OUTLET_DESCRIPTIONS \
                or not written.startswith(("the ", "this ", "that ")):
            return None
        i = self.sentence(before)
        if i is None:
            return None
        text = self.d.text
        best: tuple[int, int] | None = None
        for j in range(i, max(-1, i - 11), -1):
            reading = self.reading(j)
            spans = [(f[0], f[1]) for f in reading.found if f[4] or _OUTLET_APPOSED.match(text, f[1])] + [
                (r[0], r[1]) for r in reading.relays]
            spans = [(x, y) for x, y in spans if y <= before and not self._description(text[x:y])]
            if spans:
                best = max(spans)
                break
        if best is None:
            return None
        key, name, eid, _ = resolve(text[best[0]:best[1]], best[0], self.mentions, best[1])
        return key, name, eid, "outlet"

    @property
    def journalists(self) -> dict[str, tuple[str, str]]:
        """Person key -> (outlet key, outlet name) for the people this report names as an outlet's reporters."""
        if self._journalists is None:
            self._journalists = {}
            text = self.d.text
            for a, b, eid, _, etype in self.mentions.items:
                if etype != "PERSON":
                    continue
                after = _OF_OUTLET.match(text, b)
                before = _OUTLETS_OWN.search(text, max(0, a - 60), a)
                m = after or before
                if m is None or not is_outlet(m.group(1), self.outlets):
                    continue
                i = self.sentence(a)
                if i is not None and any(f[0] <= a < f[1] and r[3] == f[3] for f in self.reading(i).found
                                         for r in self.reading(i).relays if r[2] == "told"):
                    continue  # "Kim Lee of the Daily Planet told the BBC from the city that ...": a witness to the
                    # outlet told, not the reporter's own outlet reporting
                oa, ob = m.span(1)
                key, name, _, _ = resolve(text[oa:ob], oa, self.mentions, ob)
                self._journalists[f"entity:{eid}"] = (key, name)
        return self._journalists

    def _relay_name(self, a: int, b: int) -> str:
        """How a relay is named: as written, or the outlet a description stands for ("the newspaper said")."""
        phrase = self.d.text[a:b]
        described = self._outlet_described(phrase, a) if self._description(phrase) else None
        if described is None and (short := re.fullmatch(r"(?:the\s+)?([A-Z]{2,5})", phrase.strip())) is not None:
            # "told the AP" in a report that names "The Associated Press": the outlet by the name it is written in full
            # (one relay across reports however each writes it)
            full = re.search(r"\b" + r"\s+".join(ch + r"[a-z]+" for ch in short.group(1)) + r"\b", self.d.text)
            if full is not None and is_outlet(full.group(), self.outlets):
                return full.group()
        return described[1] if described is not None else phrase

    def _introduced_as_person(self, entity: str) -> bool:
        """Does the report introduce this entity as a person ("Fauzi, an official of the local agency",
        "agency spokesman Fauzi"), however the entities typed it?"""
        text = self.d.text
        for a, b, eid, _, _ in self.mentions.items:
            if eid != entity:
                continue
            if _PERSON_APPOSED.match(text, b) or _PERSON_TITLE.search(text, max(0, a - 40), a):
                return True
        return False

    def _described(self, phrase: str, a: int) -> tuple[str, str, str | None, str] | None:
        """The person a definite description stands for: the last one the report introduced with its noun,
        in an apposition ("Ema Suryani, a doctor at a health clinic") or as a title ("disaster agency official
        Fauzi"); an entity when the name is one."""
        m = _DESCRIPTION.fullmatch(phrase.strip())
        if m is None or m.group(1).lower() not in PERSON_NOUNS or not re.match(r"(?i:the|this|that)\s", phrase.strip()) \
                and m.group(1).lower() not in _OFFICES:
            return None  # "Israel's prime minister" is the one titled so; "Gray's sister" is no named sister
        noun = re.escape(m.group(1).lower())
        if m.group(1).lower() == "minister" and re.search(r"\bprime\s+minister$", phrase.strip(), re.I):
            noun = r"prime\s+minister"  # "Israel's prime minister": the one titled so, not any minister
        if m.group(1).lower() == "president" and re.search(r"\bvice\s+president$", phrase.strip(), re.I):
            noun = r"vice\s+president"  # "the vice president": the one titled so, not President Obama
        # a title the report writes shortened: "the monsignor" is "Msgr. Farmer", "the sergeant" "Sgt. Ruiz"
        short = TITLE_ABBREVIATIONS.get(m.group(1).lower())
        title = r"\b(?:(?i:" + noun + r")" + (r"|" + short + r"\.?" if short else "") + r")\s+"
        name = r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"

        def named(text: str) -> list[tuple[int, int]]:
            found = [(x.start(1), x.end(1)) for x in re.finditer(
                name + r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?" + noun + r"\b", text)]
            # "agency official Fauzi"; a title written capitalised too: "President Donald Trump" is "the president"
            found += [(x.start(1), x.end(1)) for x in re.finditer(title + name, text)]
            # the tail of a longer name is not a person: "the Gulf of Mexico, a federal government source" named
            # "Mexico" as "the source" (sixth session, bpoil Dec 2010). A place type alone would not do: the model
            # types "Fauzi, an official from the local disaster agency" a place.
            # Nor a place before "the": "where Biden grew up in the state of Pennsylvania, the vice president said" is
            # no apposition (a person typed a place stays one: "Fauzi, an official from the local disaster agency").
            return [f for f in found if not is_outlet(self.d.text[f[0]:f[1]], self.outlets)
                    and not _NAME_OF_BEFORE.search(self.d.text, max(0, f[0] - 60), f[0])
                    and not (re.match(r",\s+the\s", self.d.text[f[1]:f[1] + 8], re.I)
                             and _place(self.mentions.inside(f[0], f[1])))]

        found = named(self.d.text[:a])
        if not found:
            # "Israel's prime minister says ..." in a report's opening, the name given further on: the one person
            # the report titles so, as "the ministry" is the one ministry it names
            later = [f for f in named(self.d.text) if f[0] >= a]
            people = {normal(self.d.text[x:y]).split()[-1] for x, y in later}
            found = later[:1] if len(people) == 1 else []
        if not found:
            return None
        x, y = max(found)
        key, written, eid, _ = self._person_first((x, y, "named", x, False)) if self.mentions.inside(x, y) else \
            resolve(self.d.text[x:y], x, self.mentions, y)
        return key, written, eid, "person"

    def _spelled_as(self, phrase: str) -> tuple[int, int, str, str, str] | None:
        """The one organisation the report names whose name, as written, a short capitalised name spells in other
        letters: "H-P" or "HP" for "Hewlett-Packard" (its initials), "E.D.S." for "EDS"; None if none or several."""
        written = phrase.strip()
        if not re.fullmatch(r"[A-Z][A-Z.&-]{1,8}", written):
            return None
        letters = re.sub(r"[^a-z]", "", written.casefold())
        same = {}
        for m in self.mentions.items:
            if m[4] != "ORG":
                continue
            surface = self.d.text[m[0]:m[1]]
            initials = "".join(w[0] for w in re.split(r"[\s-]+", surface) if w[:1].isupper()).casefold()
            if len(letters) >= 2 and letters in (re.sub(r"[^a-z]", "", surface.casefold()), initials):
                same[m[2]] = m
        return next(iter(same.values())) if len(same) == 1 else None

    def _proper_description(self, phrase: str, a: int) -> tuple[str, str, str | None, str] | None:
        """The person a definite description with a proper modifier stands for when the report introduced no one with
        its noun ("Ron Paul counts himself ... . '...,' the Texas congressman and GOP presidential contender said"): the
        person last said to speak before it, as "he" would be."""
        first = re.split(r"\s+and\s+", phrase.strip())[0]
        m = _PROPER_DESCRIPTION.fullmatch(first)
        if m is None or m.group(1) not in PERSON_NOUNS or self.mentions.inside(a, a + len(first)) and any(
                x[4] == "PERSON" for x in self.mentions.inside(a, a + len(first))):
            return None
        # The speaker before may itself be such a description, read the same way; one whose cue stands before ``a``
        # but whose phrase does not (", said the official") would be read again without end (a fresh Libya pile,
        # twenty-second session: RecursionError, the report left out of the stage). A phrase being read is no answer.
        describing = self.__dict__.setdefault("_describing", set())  # the descriptions being read, by offset
        if a in describing:
            return None
        describing.add(a)
        try:
            last = self._last_speaker(a)
            said = self._person_first(last) if last is not None else None
        finally:
            describing.discard(a)
        return said if said is not None and said[3] == "person" and said[2] is not None else None

    def _titled_so(self, phrase: str) -> tuple[str, str, str | None, str] | None:
        """The one person the report titles with the words of an indefinite description ("a Libyan government
        spokesman said" in the opening, "Libyan government spokesman Musa Ibrahim said" further on): two words or
        more before a person's noun, written the same right before a name."""
        m = re.fullmatch(r"(?:an?|one)\s+((?:[\w'’-]+\s+){1,4}(\w+))", phrase.strip(), re.I)
        if m is None or m.group(2).lower() not in PERSON_NOUNS:
            return None
        title = re.escape(m.group(1)).replace(r"\ ", r"\s+")
        people = {}
        for x in re.finditer(r"(?i:" + title + r")\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})", self.d.text):
            hit = [p for p in self.mentions.inside(x.start(1), x.end(1)) if p[4] == "PERSON"]
            if hit:
                people[hit[-1][2]] = hit[-1]
        if len(people) != 1:
            return None
        p = next(iter(people.values()))
        return f"entity:{p[2]}", p[3], p[2], "person"

    def _issuer(self, phrase: str, before: int) -> tuple[str, str, str | None, str] | None:
        """Who issued the record a description names ("The statement expresses condolences ..." after "Kraft Foods
        issued a statement"): the name that issued, released or put out one, in the three sentences before."""
        m = re.fullmatch(r"(?:the|this|that)\s+(statement|communiqu[eé]|release|press release|letter|memo)", phrase.strip(), re.I)
        i = self.sentence(before) if m else None
        if i is None:
            return None
        noun = m.group(1).split()[-1].lower()
        for j in range(i, max(-1, i - 4), -1):
            s = self.d.sentences[j]
            hits = [x for x in _ISSUED.finditer(self.d.text, s.start, min(s.end, before))
                    if x.group(2).lower().startswith(noun[:6])]
            if hits:
                x = hits[-1]
                return resolve(x.group(1), x.start(1), self.mentions, x.end(1))
        return None

    def _body_described(self, phrase: str, before: int) -> tuple[str, str, str | None, str] | None:
        """The body a definite description stands for ("the group", "the organisation") when the report names no
        one body with its noun: the last body said to speak before it, in its sentence and the three before (not an
        outlet told: 'the head of the Observatory ... told AFP. The group says ...' is the Observatory), or the body its
        own sentence names before it. None when the report names one body so ("the ministry": resolve), or no body
        spoke."""
        m = _BODY_DESCRIBED.fullmatch(phrase.strip())
        if m is None or len({x[2] for x in self.mentions.named(("ORG",), m.group(1).lower())}) == 1:
            return None
        i = self.sentence(before)
        near = self.mentions.before(before, ("ORG",), skip=is_outlet)
        if i is not None and near is not None and near[0] >= self.d.sentences[i].start:
            return resolve(phrase, before, self.mentions)  # "UNICEF issued its appeal ..., the group said": the body
            # its own sentence names
        f = self._last_body(before, outlets=False)
        return resolve(self.d.text[f[0]:f[1]], f[0], self.mentions, f[1]) if f is not None else None

    def _last_group(self, before: int) -> tuple[int, int, str, int, bool] | None:
        """Who "they" are: the last source said to speak before an offset, in its sentence and the two before, that is
        more than one ("Kerry and Ban", "officials"); else the last body (``_last_body``)."""
        i = self.sentence(before)
        for j in range(i, max(-1, i - 3), -1) if i is not None else ():
            for f in sorted((f for f in self.reading(j).found if f[3] < before), key=lambda f: -f[3]):
                words = normal(self.d.text[f[0]:f[1]]).split()
                if words and words[-1] not in PRONOUNS and ("and" in words or words[-1].endswith("s")):
                    return f
        return self._last_body(before)

    def _last_body(self, before: int, outlets: bool = True, single: bool = False) -> tuple[int, int, str, int, bool] | None:
        """The last body, group or outlet said to speak before an offset ("it", "they"), in its sentence and the
        three before: not a pronoun, not one person (nor an outlet or another description, when ``outlets`` is
        False). For "it" (``single``): not a plural ("The troops say ..."), and a sentence before that has no one
        said to speak but opens with a body as its subject gives that body ("The bloc Norvac has denounced the
        strike. In a note, it said ...")."""
        i = self.sentence(before)
        if i is None:
            return None
        for j in range(i, max(-1, i - 4), -1):
            found = sorted((f for f in self.reading(j).found if f[3] < before), key=lambda f: -f[3])
            if single and j < i and not found and (body := self._body_subject(j)) is not None:
                return body
            for f in found:
                phrase = self.d.text[f[0]:f[1]]
                words = normal(phrase).split()
                if not words or words[-1] in PRONOUNS or words[-1] in PERSON_NOUNS or not outlets and (
                        f[4] or _BODY_DESCRIBED.fullmatch(phrase.strip())):
                    continue
                if single and not f[4] and _PLURAL_HEAD.search(phrase.strip()):
                    continue  # "it" is not "The troops"
                if f[4] or self._resolve(f[0], f[1], f[2])[3] != "person":
                    return f
        return None

    def _body_subject(self, j: int) -> tuple[int, int, str, int, bool] | None:
        """The body sentence j opens with as its subject, before a verb ("The port authority Norvac has denounced
        ...", "The ministry later issued ..."): its mention as a found source, else None."""
        s = self.d.sentences[j]
        inside = self.mentions.inside(s.start, s.end)
        if not inside or inside[0][4] != "ORG" or is_outlet(inside[0][3]):
            return None
        a, b = inside[0][0], inside[0][1]
        if not _BODY_SUBJECT_PREFIX.fullmatch(self.d.text[s.start:a]) or not _SUBJECT_VERB.match(self.d.text, b):
            return None
        return a, b, "named", a, False

    def _is_person(self, entity: str | None) -> bool:
        return entity is not None and any(m[2] == entity and m[4] == "PERSON" for m in self.mentions.items)

    def _surname_of(self, name: str, before: int) -> tuple[int, int, str, str, str] | None:
        """The last person the report named in full before ``before`` whose surname is ``name``."""
        last = name.split()[-1].casefold()
        same = [m for m in self.mentions.items if m[4] == "PERSON" and m[0] < before and len(m[3].split()) > 1
                and m[3].split()[-1].casefold() == last]
        return same[-1] if same else None

    def _is_place(self, entity: str | None) -> bool:
        return entity is not None and any(m[2] == entity and m[4] in ("GPE", "LOC", "FAC") for m in self.mentions.items)

    def _last_speaker(self, before: int, pronoun: str = "") -> tuple[int, int, str, int, bool] | None:
        """The last person said to speak before an offset, in its sentence and the three before: a name or a
        person's description, not a pronoun, a body or an outlet."""
        i = self.sentence(before)
        if i is None:
            return None
        reach, pronouns = 4, set()
        j = i
        while j > max(-1, i - reach):
            # not a cue inside a direct quote ('"She's noted not only for clinic work ..."'): the quoted speaker's
            # words, not the report saying who spoke
            found = [f for f in self.reading(j).found if f[3] < before and not f[4]
                     and not any(a <= f[0] and f[3] < b for a, b, _ in self.quotes)] + self._quoted_speakers(j, before)
            for f in sorted(found, key=lambda f: -f[3]):
                phrase = self.d.text[f[0]:f[1]]
                words = normal(re.split(r"\s(?:of|for|at|in|from|with)\s", phrase)[0]).split()
                if not words or words[-1] in PRONOUNS:
                    if j < i:
                        pronouns.update(words[-1:])
                    continue
                if reach > 4 and pronouns != {pronoun}:
                    return None  # another pronoun in the run: not one person's
                person = self._person_first(f)  # "Armstead, 32, testified": a surname the report gave a person
                kind = person[3]
                if self._not_a(pronoun, person[2]):
                    continue  # "he" after "Dr. Benjamin, an African-American woman, said": not her
                if kind == "person" or words[-1] in PERSON_NOUNS:  # "a BP spokesman" is a person
                    # (a source phrase naming two people with a verb between, "Brant rubbished Voss's [claim]", found
                    # in a sentence that opens with its subject: that subject, the sentence's own, is a candidate too;
                    # not "Horton's mother, Denise Peace said")
                    named = [m for m in self.mentions.inside(f[0], f[1]) if m[4] == "PERSON"]
                    own = pronoun in ("he", "she") and len({m[2] for m in named}) > 1 and \
                        _VERB_AFTER.match(self.d.text, named[0][1]) is not None
                    return self._subject_after(j - own, i, before, pronoun) or f
            j -= 1
            if j == i - reach and reach == 4 and pronouns == {pronoun} and pronoun in ("he", "she"):
                # "She told detectives ... . '...,' she said ... . She said she sought ...": a run of one pronoun
                # goes on being the person last named before it
                if self._subject_after(j, i, before, pronoun) is None:
                    reach = 8
        return self._subject_after(max(-1, i - reach), i, before, pronoun) if reach == 4 or pronouns == {pronoun} else None

    def _quoted_speakers(self, j: int, before: int) -> list[tuple[int, int, str, int, bool]]:
        """The speakers of sentence j's direct quotes as the quotes stage wrote them, a name (not a pronoun), each where it
        stands in the sentence before an offset: one said to speak though no cue this stage reads names them
        ('President Pell called the inquiry a "needless circus". She spoke of "..."': Pell, not the
        "he ... testified" of the clause before; issue 22q)."""
        s = self.d.sentences[j]
        out = []
        for a, b, q in self.quotes:
            written = (q.speaker_text or "").strip()
            words = normal(written).split()
            if not (s.start <= a < s.end) or not words or words[-1] in PRONOUNS or words[-1] in _RELATIVES:
                continue
            for m in re.finditer(re.escape(written), self.d.text[s.start:min(s.end, before)]):
                at = s.start + m.start()
                if not any(qa <= at < qb for qa, qb, _ in self.quotes):
                    out.append((at, at + len(written), "named", at + len(written), False))
        return out

    def _subject_after(self, j: int, i: int, before: int, pronoun: str = "") -> tuple[int, int, str, int, bool] | None:
        """A person a sentence after sentence j (up to i) opens with as its subject ("Professor Varoufakis
        blames ...", "A professor of economics at the University of Athens, Yanis Varoufakis, did not go ..."):
        "he" after it is that person, though someone else was the last to be said to speak (not a person the
        report marks as of the other gender: '"...," he said.' after "Mrs. Clinton ... . President Obama ...")."""
        for k in range(i, j, -1):
            s = self.d.sentences[k]
            if k < i and self._quoted_at(s.start):
                continue  # a sentence of a quotation ('"The head of the agency asked ..."', '"... . First of all, Voss
                # was radicalized ... ."'): the quoted speaker's words, not who the report says spoke
            for m in self.mentions.inside(s.start, min(s.end, before)):
                if self._not_a(pronoun, m[2]) or k == i and self._quoted_at(m[0]):
                    continue  # (nor a name inside the quotation the pronoun's own sentence closes: '"... . Ruiz has
                    # already made the harbour less safe," he said')
                prefix = self.d.text[s.start:m[0]]
                if m[4] == "PERSON" and (_SUBJECT_PREFIX.fullmatch(prefix) or _TITLE_BEFORE.fullmatch(prefix)):
                    return m[0], m[1], "named", m[0], False
                if m[4] == "PERSON" and pronoun in ("he", "she") and _SUBORDINATE.fullmatch(prefix) and re.search(
                        r",\s+" + pronoun + r"\s+(?:[a-z]+\s+)?[a-z]", self.d.text[m[1]:min(s.end, before + len(pronoun) + 12)],
                        re.I):
                    # "Though Reyes, a former judge, backed the bill, he said on ... that ...": the name the opening
                    # clause has as its subject is who the main clause's pronoun is
                    return m[0], m[1], "named", m[0], False
                if m[4] == "PERSON" and pronoun in ("he", "she") and k < i and _OPENING_PHRASE.fullmatch(prefix) and \
                        _VERB_AFTER.match(self.d.text, m[1]):
                    # "Repeating lines from his speech ..., Brant rubbished Voss's claim ... . '...,' he said": the subject of
                    # the main clause after an opening phrase, not the last man named
                    return m[0], m[1], "named", m[0], False
                apposed = _APPOSED_PREFIX.fullmatch(prefix)
                if apposed and (m[4] == "PERSON" or apposed.group(1).lower() in PERSON_NOUNS):
                    # "A professor of economics at ..., Yanis Varoufakis," (a person, however the name was typed)
                    return m[0], m[1], "named", m[0], False
            if k == i and self._quoted_at(s.start):
                continue  # the pronoun's own sentence opening inside a quotation: its subject is the quoted words'
            titled = _TITLED.match(self.d.text, s.start, min(s.end, before))
            if titled and pronoun in ("he", "she") and (title_gender(titled.group(1)) or pronoun[0]) != pronoun[0]:
                titled = None  # "Mrs. Clinton maintained ..." is not "he"
            if titled:  # "Professor Varoufakis blames ...", the name not found as an entity there
                return titled.start(1), titled.end(1), "named", titled.start(1), False
            one = _INDEFINITE_SUBJECT.match(self.d.text, s.start, min(s.end, before))
            if one and k < i and (one.group(2) in PERSON_NOUNS or _AGENT_NOUN.fullmatch(one.group(2))
                                  and one.group(2) not in _NOT_AGENTS) and \
                    not any(m[4] == "PERSON" for m in self.mentions.inside(*one.span(1))):
                # "However, one Mac customer from the show floor was sceptical of the claims. '...,' he said.": the
                # person the sentence before introduces, unnamed, is who "he" is
                return one.start(1), one.end(1), "described", one.start(1), False
            bare = _BARE_SUBJECT.match(self.d.text, s.start, min(s.end, before))
            if bare and (same := self._surname_of(bare.group(1), s.start)) is not None and not self._not_a(pronoun, same[2]):
                # (not one the report marks as of the other gender: "Marsh is also an author ... . '...,' he says")
                # "Epstein was asked at the Winter Meetings ...": a surname the report gave a person before
                return bare.start(1), bare.end(1), "named", bare.start(1), False
        return None

    def _after_title(self, written: str, at: int) -> tuple[str, str, str | None, str] | None:
        """The person named right after a speaker that is only a shortened title ("said Sgt." and "Marty Earley." in the
        next sentence, the splitter cutting after the abbreviation): None when the speaker is more than a title."""
        title = written.strip().rstrip(".")
        if title not in _SHORT_TITLES:
            return None
        text = self.d.text
        hits = [m.end() for m in re.finditer(re.escape(title) + r"\b\.?", text[max(0, at - 300):at + 300])]
        if not hits:
            return None
        end = max(0, at - 300) + min(hits, key=lambda h: abs(max(0, at - 300) + h - at))
        name = re.compile(r"\s*([A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){0,2})").match(text, end)
        if name is None:
            return None
        people = [m for m in self.mentions.inside(name.start(1), name.end(1)) if m[4] == "PERSON"]
        if people:
            m = people[-1]
            return f"entity:{m[2]}", m[3], m[2], "person"
        return resolve(name.group(1), name.start(1), self.mentions, name.end(1))[:3] + ("person",)

    def _named_after(self, written: str, at: int) -> tuple[str, str, str | None, str] | None:
        """The person named right after a speaker phrase that is only a title ("LIMA (Reuters) - Andean Community
        trade commissioner | Julia Ferreyra said"): the phrase written nearest ``at``, then a PERSON mention."""
        text = self.d.text
        hits = [m.end() for m in re.finditer(re.escape(written.strip()), text[max(0, at - 400):at + 400])]
        if not written.strip() or not hits:
            return None
        end = max(0, at - 400) + min(hits, key=lambda h: abs(max(0, at - 400) + h - at))
        # a PERSON, or a name the entities typed otherwise ("Catherine Ashton" as an ORG) right after a title
        person = next((m for m in self.mentions.items if 0 < m[0] - end <= 2 and not text[end:m[0]].strip() and (
            m[4] == "PERSON" or len(m[3].split()) >= 2 and _name_like(m[3]))), None)
        return (f"entity:{person[2]}", person[3], person[2], "person") if person else None
