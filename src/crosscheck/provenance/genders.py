"""Who a person is as "he" or "she" in one report (``crosscheck.genders``, shared with the quotes stage: the gender
the report marks, else the given name's, else its pronouns'); and, for a pronoun speaker given to the wrong person,
who it stands for instead."""

from __future__ import annotations

from ..genders import TITLES, genders
from .cues import PERSON_NOUNS, TITLE_ABBREVIATIONS

# words before a name that are titles, not given names ("Judge", "General", "Chief" are names in the table too)
_NAME_TITLES = frozenset(TITLES | PERSON_NOUNS | set(TITLE_ABBREVIATIONS) | {t.casefold() for t in TITLE_ABBREVIATIONS.values()})


class _Genders:
    """Genders of a report's people (a mixin of the report: uses ``d``, ``mentions``, ``quotes`` and ``sentence``)."""

    def _gender(self, entity: str | None) -> str | None:
        """"m" or "f" for a person the report marks so, or whose given name the table genders (``crosscheck.genders``,
        shared with the quotes stage); None when neither tells, or the report tells both."""
        if entity is None:
            return None
        cache = self.__dict__.get("_genders")
        if cache is None:
            people: dict[str, list[tuple[int, int]]] = {}
            for a, b, eid, _, kind in self.mentions.items:
                if kind == "PERSON":
                    people.setdefault(eid, []).append((a, b))
            cache = self.__dict__["_genders"] = genders(
                self.d.text, [(s.start, s.end) for s in self.d.sentences], people, _NAME_TITLES)
        return cache.get(entity)

    @staticmethod
    def _pronoun_only(quote) -> bool:
        """A quote whose "he" or "she" the quotes stage gave no one (every person it could be is of the other gender):
        whom the pronoun stands for is worked out as for one given to the wrong person (``_pronoun_speaker``), not read
        from the sentence's other sources ('... host Candy Crowley said she was surprised ..., he shot back: "..."')."""
        return not quote.speaker and (quote.speaker_text or "").strip().lower() in ("he", "she")

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
