"""Relays a chain takes from beyond the item's own attribution: a live blog's entry credited to an agency, the outlet
that reported just before "X was quoted as saying", an outlet reporting at the end of a statement ("..., The Canadian
Press reports."); and the report's own house, whose "told <it>" relays nothing."""

from __future__ import annotations

import re

from ..records import Document, Link
from .cues import _HOUSE_DATELINE
from .kinds import is_outlet
from .liveblog import entry_credits, live_house


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


# a wire copy's dateline at a line's start: "TEHRAN (Reuters) - ", "WASHINGTON (AP) — "
_LINE_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z .,'’-]{1,40}\(([A-Z][\w .&-]{1,30})\)\s*[-–—]+\s")


def own_house(d: Document, agency: str | None, outlets: frozenset[str]) -> tuple[str, str]:
    """The names a report gives its own house when its outlet is not known from the page (its opening agency, a live
    blog's self-name, a site's address, its reporter's address), and an agency tag closing its first line: "told <it>"
    relays nothing there. ("", "") when none."""
    # A report that names no outlet but opens with its agency ("(CNN) The Trump administration ...",
    # "CAIRO (Reuters) - ..."): that agency is the report's own house ("confirmed to CNN" relays nothing)
    opening = _HOUSE_DATELINE.match(d.text[:200]) if not d.outlet and not agency else None
    if opening is None and not agency:
        # a wire copy whose dateline line comes after a caption or a heading ("... news conference in Tehran.
        # TEHRAN (Reuters) - Iranian authorities ..."): "told Reuters" there relays nothing either
        opening = _LINE_DATELINE.search(d.text[:1000])
    house = opening.group(1).strip() if opening else ""
    # an agency tag closing the report's first line ("Washington D.C., Jul 13, 2009/02:00 pm (CNA)"): the text is that
    # agency's, whatever the page's outlet is called ("catholicnewsagency.com"): "told CNA" relays nothing
    tag = re.match(r"[^\n]{0,120}?\(([A-Z][\w .&-]{1,30})\)[ \t]*(?:[-–—]+[ \t]*)?\n", d.text)
    tagged = tag.group(1).strip() if tag and not agency else ""
    if not d.outlet and not agency and not house:
        # a live blog that names itself ("SUBSCRIBE TO HAARETZ", "Haaretz has learned"): its own credits and "told
        # Haaretz" relay nothing
        house = live_house(d.text, lambda name: is_outlet(name, outlets))
    if not d.outlet and not agency and not house:
        # a report with no outlet that names a site by its address ("As FoxNews.com reported: ..."): a site
        # names itself so; another outlet is named by its name ("Fox News reported")
        site = re.search(r"\b[A-Z][A-Za-z]+\.com\b", d.text)
        house = site.group() if site else ""
    if not d.outlet and not agency and not house:
        # a report that ends with its reporter's address ("ndillon@nydailynews.com"): its own site, so "told the
        # Daily News" there relays nothing
        mail = re.findall(r"\b[\w.-]+@([a-z][\w-]*\.(?:com|co\.uk|net))\b", d.text[-800:])
        house = mail[-1] if mail else ""
    return house, tagged
