"""Who a person is as "he" or "she" in one report: the gender the report marks (a title before the name, an
apposition after it, the pronouns of sentences naming that person alone), else the given name's (``given_names``);
and, for a pronoun speaker given to the wrong person, who it stands for instead."""

from __future__ import annotations

import re

from .cues import PERSON_NOUNS, TITLE_ABBREVIATIONS
from .given_names import full_name_gender

# What tells a person's gender in a report: a title before the name, a noun in an apposition after it
_FEMALE_TITLES = frozenset("mrs ms miss sister dame queen princess lady madam".split())
_GENDER_TITLE = re.compile(r"\b(Mrs|Ms|Miss|Sister|Dame|Queen|Princess|Lady|Madam|Mr|Msgr|Father|Fr|Sir|Brother|King|"
                           r"Prince)\.?\s+$")
_GENDER_TITLE_IN = re.compile(r"(Mrs|Ms|Miss|Sister|Dame|Queen|Princess|Lady|Madam|Mr|Msgr|Father|Fr|Sir|Brother|King|"
                              r"Prince)\.?\s+[A-Z]")


def _gender_of_title(written: str) -> str | None:
    """"f" or "m" by the title a name is written with ("Mrs. Clinton"), None for a title of either ("Dr.")."""
    title = _GENDER_TITLE_IN.match(written)
    return None if title is None else "f" if title.group(1).lower() in _FEMALE_TITLES else "m"


_FEMALE_NOUNS = frozenset("woman mother wife daughter actress sister girl grandmother widow girlfriend chairwoman "
                          "spokeswoman congresswoman businesswoman".split())
_GENDER_APPOSED = re.compile(r",\s+(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(woman|mother|wife|daughter|actress|"
                             r"sister|girl|grandmother|widow|girlfriend|chairwoman|spokeswoman|congresswoman|"
                             r"businesswoman|man|father|husband|son|brother|boy|actor|grandfather|widower|boyfriend|"
                             r"chairman|spokesman|congressman|businessman)\b")

# words before a name that are titles, not given names ("Judge", "General", "Chief" are names in the table too)
_NAME_TITLES = frozenset(PERSON_NOUNS | set(TITLE_ABBREVIATIONS) | {t.casefold() for t in TITLE_ABBREVIATIONS.values()} | set(
    "general chief colonel major admiral marshal sheriff captain king queen prince princess lady sir dame lord saint "
    "former late vice deputy acting first".split()))

# a lowercase word right before a name (a title between them aside) that makes it an object, not the subject: "asking
# Comey", "praised Smith", "by Jones" (not a verb of saying before an inverted subject, "said Smith")
_OBJECT_BEFORE = re.compile(r"\b(?!(?:said|says|say|added|adds|wrote|writes|told|tells|asked|and|but|while|when|as|though|"
                            r"although|after|before|because|since|if|that|who|whom)\b)[a-z][a-z'’-]*\s+"
                            r"(?:[A-Z][\w.'’-]*\s+){0,4}$")



class _Genders:
    """Genders of a report's people (a mixin of the report: uses ``d``, ``mentions``, ``quotes`` and ``sentence``)."""

    def _gender(self, entity: str | None) -> str | None:
        """"m" or "f" for a person the report marks so: a title before the name ("Msgr. Farmer", "Mrs Armstead"), an
        apposition after it ("Benjamin, an African-American woman"), and the pronouns of the sentences where that
        person is the only one named ("... her clinic"); None when the report does not tell, or tells both."""
        if entity is None:
            return None
        cache = self.__dict__.setdefault("_genders", {})
        if entity in cache:
            return cache[entity]
        text = self.d.text
        marked = {"m": 0, "f": 0}  # by a title or an apposition
        pronouns = {"m": 0, "f": 0}  # of sentences naming the person alone
        for a, b, eid, _, kind in self.mentions.items:
            if eid != entity or kind != "PERSON":
                continue
            # (the title before the name, or the mention's own first word: "Mrs. Clinton" typed as one mention)
            title = _GENDER_TITLE.search(text, max(0, a - 12), a) or _GENDER_TITLE_IN.match(text, a, b)
            if title:
                marked["f" if title.group(1).lower().rstrip(".") in _FEMALE_TITLES else "m"] += 1
            apposed = _GENDER_APPOSED.match(text, b)
            if apposed:
                marked["f" if apposed.group(1).lower() in _FEMALE_NOUNS else "m"] += 1
            i = self.sentence(a)
            if i is None:
                continue
            s = self.d.sentences[i]
            if any(m[4] == "PERSON" and m[2] != entity for m in self.mentions.inside(s.start, s.end)):
                continue
            if _OBJECT_BEFORE.search(text, s.start, a):
                continue  # "Chaffetz is also asking Comey to ... what she told the FBI": an object's sentence speaks of another
            # (not "her" nor "him": an object is often someone else, "President Obama backed her up")
            words = re.findall(r"\b(?:she|hers|herself|he|his|himself)\b", text[b:s.end].lower())
            pronouns["f"] += sum(w.startswith(("she", "her")) for w in words)
            pronouns["m"] += sum(not w.startswith(("she", "her")) for w in words)
        # a title or an apposition weighs three pronouns
        votes = {g: 3 * marked[g] + pronouns[g] for g in ("m", "f")}
        gender = "f" if votes["f"] > 2 * votes["m"] and votes["f"] >= 1 else "m" if votes["m"] > 2 * votes["f"] and \
            votes["m"] >= 1 else None
        if not marked["f"] + marked["m"] and (named := self._given_name_gender(entity)) is not None:
            # no title or apposition says: the given name ("Helen Marsh", "Allison Ford"), before the pronouns
            # of sentences naming the person alone, which often speak of someone else ("Marsh ... . He said")
            gender = named
        cache[entity] = gender
        return gender

    def _given_name_gender(self, entity: str) -> str | None:
        """"m" or "f" by a person's given name, as the report writes it in full ("Allison Brooks", "Bernie Sanders"),
        from a table of names (``given_names``); None when the report never gives the name in full, or the name is
        borne by both ("Kim", "Jean")."""
        genders = {full_name_gender(self.d.text[a:b], _NAME_TITLES) for a, b, eid, _, kind in self.mentions.items
                   if eid == entity and kind == "PERSON"} - {None}
        return genders.pop() if len(genders) == 1 else None

    def _quoted_at(self, offset: int) -> bool:
        """Does a quotation hold this offset: a quotation mark opens the text there, or an odd number of double marks
        stands between its paragraph's start and it?"""
        text = self.d.text
        if text[offset:offset + 1] in ("\"", "“", "‘"):
            return True
        start = text.rfind("\n", 0, offset) + 1
        return sum(text.count(c, start, offset) for c in "\"“”") % 2 == 1

    def _marked_after(self, entity: str, before: int, pronoun: str) -> tuple[int, int, str, str, str] | None:
        """The one person the report marks with the gender of "he" or "she", named after ``entity``'s last mention
        before ``before``, in the sentence of ``before`` and the one before it: None when there is none, or two."""
        i = self.sentence(before)
        if i is None:
            return None
        start = self.d.sentences[max(0, i - 1)].start
        near = [m for m in self.mentions.inside(start, before) if m[4] == "PERSON"]
        last = max((n for n, m in enumerate(near) if m[2] == entity), default=-1)
        want = {"he": "m", "she": "f"}[pronoun]
        after = {m[2]: m for m in near[last + 1:] if m[2] != entity and self._gender(m[2]) == want
                 and not any(a <= m[0] < b for a, b, _ in self.quotes)}
        return next(iter(after.values())) if len(after) == 1 else None

    def _not_a(self, pronoun: str, entity: str | None) -> bool:
        """Does the report mark this person as of the other gender than "he" or "she" stands for?"""
        want = {"he": "m", "she": "f"}.get(pronoun)
        got = self._gender(entity) if want else None
        return got is not None and got != want

    def _pronoun_speaker(self, pronoun: str, primary: tuple[str, str, str | None, str], start: int,
                         plural: bool) -> tuple[str, str, str | None, str]:
        """The person a quote's "he" or "she" stands for when no one was said to speak before it (``_last_speaker``
        found none) and the quotes stage's speaker (``primary``) cannot be it: a person of the other gender ('"...,"
        he told CNA.' given to a woman), no person ('she told the radio' given to "council") or a plural
        (``plural``: '"...," he replied' given to "Neighbours", opening the sentence before) -- the last person within
        1,500 characters the report marks of the pronoun's gender, else the last it does not mark of the other; or a
        person of untold gender when the sentence before names after him one person of that gender ("Kolb held a
        rally while Marsh hosted a breakfast ..., she said"). Else ``primary``."""
        want = {"he": "m", "she": "f"}[pronoun]
        if primary[2] is not None and self._not_a(pronoun, primary[2]) or primary[3] != "person" or \
                primary[2] is None and plural:
            near = [m for m in reversed(self.mentions.inside(max(0, start - 1500), start)) if m[4] == "PERSON"]
            m = next((m for m in near if self._gender(m[2]) == want), None) or next(
                (m for m in near if not self._not_a(pronoun, m[2])), None)
        elif primary[2] is not None and self._gender(primary[2]) is None:
            m = self._marked_after(primary[2], start, pronoun)
        else:
            m = None
        return (f"entity:{m[2]}", m[3], m[2], "person") if m is not None else primary
