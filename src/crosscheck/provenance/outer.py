"""Relays a chain takes from beyond the item's own attribution: a live blog's entry credited to an agency, the outlet
that reported just before "X was quoted as saying", an outlet reporting at the end of a statement ("..., The Canadian
Press reports.")."""

from __future__ import annotations

import re

from ..records import Link
from .kinds import is_outlet
from .liveblog import entry_credits


class _Outer:
    """Outer relays (a mixin of the report: uses ``d``, ``outlets``, ``sentence``, ``reading``, ``_own`` and
    ``_relay_name``)."""

    @property
    def credits(self) -> list[tuple[int, int, list[tuple[int, int]]]]:
        """A live blog's entries credited to agencies (``liveblog.entry_credits``)."""
        if self._credits is None:
            self._credits = entry_credits(self.d.text, lambda name: is_outlet(name, self.outlets), self._own)
        return self._credits

    def _ends_reporting(self, fa: int, i: int | None) -> bool:
        """Does an outlet at ``fa`` report the sentence ``i`` it ends, after a comma ("Harper said Hamas is ...,
        The Canadian Press reports.")? The quotes stage may read its words into the statement."""
        if i is None or self.d.text[max(0, fa - 2):fa] != ", ":
            return False
        rest = self.d.text[fa:self.d.sentences[i].end]
        return re.fullmatch(r"[^,;:\"“”]{2,60}?\s(?:reports|reported|said|says)[\s.!?\"”'’]*", rest) is not None

    def _quoted_by_before(self, i: int, end: int) -> list[Link]:
        """The outlet of "X was quoted as saying" with no outlet named: the one that reported in the two sentences
        before the quote's sentence (the sentence where the quote closes holds the phrase)."""
        k = self.sentence(max(end - 1, self.d.sentences[i].start))
        k = i if k is None or k < i else k
        said = self.d.text[self.d.sentences[i].start:self.d.sentences[k].end]
        if not re.search(r"\b(?:was|were)\s+quoted\s+as\s+saying\b(?!\s+by\b)", said):
            return []
        for j in range(i - 1, max(-1, i - 3), -1):
            outlets = [f for f in self.reading(j).found if f[4] and f[2] in ("reported", "reports", "said", "says")
                       and not self._own(self.d.text[f[0]:f[1]])]
            if outlets:
                f = outlets[-1]
                return [Link(self._relay_name(f[0], f[1]), "quoted", "relay", f[0], f[1])]
        return []
