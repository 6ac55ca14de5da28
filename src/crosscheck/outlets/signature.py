"""The outlet a plain text signs itself with, when nothing else names it (no address, no metadata).

A report saved as text (a news set's article, a copy from a page) keeps its outlet's signature in a few shapes:
- its dateline's tag, also where a caption or a "story highlights" list comes first: "JOHANNESBURG (AP) — A lion
  ...", and the bare tag a paragraph opens with, "(CNN) Kenyan rangers ...", "Washington (CNN) Donald ...";
- the outlet's own short link for sharing the story, "Read or Share this story: https://usat.ly/2pd...";
- a closing credit, "Originally published on Space.com.", "This article first appeared on ...";
- the reporter's address on the last line, "jdoe@nydailynews.com".
Each is read only where a signature stands (the first paragraphs, the last lines), so a sentence that quotes
another outlet ("told CNN", "according to AP") never names the report's outlet. "Contributing: Associated Press"
credits an agency, not the publisher, and is no signature.

Lead, twelfth session: 15 of 448 dev reports of the real-stories evaluation had no outlet, all plain texts of
Multi-News; 9 carry one of these signatures.
"""

from __future__ import annotations

import re

from .address import KNOWN, known_outlet, registered_host
from .agencies import AGENCIES

# The short-link domains outlets share their own stories under: the outlet, not a link shortener anyone uses.
SHORT_LINKS = {
    "usat.ly": "USA Today", "nyti.ms": "The New York Times", "wapo.st": "The Washington Post", "cnn.it": "CNN",
    "bbc.in": "BBC", "reut.rs": "Reuters", "abcn.ws": "ABC News", "nbcnews.to": "NBC News", "cbsn.ws": "CBS News",
    "fxn.ws": "Fox News", "huff.to": "HuffPost", "on.wsj.com": "The Wall Street Journal", "lat.ms": "Los Angeles Times",
    "gu.com": "The Guardian", "ti.me": "Time", "politi.co": "Politico", "apne.ws": "Associated Press",
    "bloom.bg": "Bloomberg", "trib.al": None,  # trib.al shortens links for many outlets: no one's
}

# Tags of two letters but "AP" are left out: "Springfield (PA) —" is a state, not PA Media.
_TAG_KEYS = "|".join(sorted((re.escape(k) for k in AGENCIES if len(k) > 2 or k == "ap"), key=len, reverse=True))
# "JOHANNESBURG (AP) —", "Washington (CNN)", "(CNN)" opening a paragraph, then the report's first word.
_OPENING_TAG = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4}\s*)?\((?i:(" + _TAG_KEYS + r"))\)"
                          r"\s*(?:[-—–:]+\s*)?(?=[A-Z\"“‘'])")
_SHARE_LINK = re.compile(r"https?://(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/\S+", re.I)
_FIRST_PUBLISHED = re.compile(r"^(?:this (?:article|story) )?(?:was )?(?:originally|first) (?:published|appeared) "
                              r"(?:on|in|at|by)\s+([A-Z][\w.&'’ -]{1,40}?)\.?\s*$", re.I)
_EMAIL_LINE = re.compile(r"^\s*[\w.+-]{1,40}@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*$", re.I)

_HEAD_PARAGRAPHS = 6  # a caption, a title and "story highlights" bullets may come before the dateline
_TAIL_PARAGRAPHS = 4


def text_outlet(paragraphs: list[str]) -> str | None:
    """The outlet a text's own signature names (see the module's doc), or None."""
    for para in paragraphs[:_HEAD_PARAGRAPHS]:
        m = _OPENING_TAG.match(para)
        if m and len(para) > m.end() + 20:  # a dateline opens a paragraph of report, not a caption's credit
            return m.group(1)  # as the tag writes it, as clean names a first paragraph's dateline: "AP", "CNN"
    for para in reversed(paragraphs[-_TAIL_PARAGRAPHS:]):
        line = para.strip()
        m = _FIRST_PUBLISHED.match(line)
        if m:
            return m.group(1).strip()
        m = _EMAIL_LINE.match(line)
        if m:
            return _host_name(m.group(1))
        for link in _SHARE_LINK.finditer(line) if len(line) <= 120 else ():
            host = link.group(1).lower()
            if SHORT_LINKS.get(host):
                return SHORT_LINKS[host]
    return None


def _host_name(host: str) -> str | None:
    """An address's outlet: a known outlet's name, else the registered domain ("nydailynews.com")."""
    from tld import get_fld

    host = registered_host(host) or host
    if host in SHORT_LINKS or host.split(".")[0] in ("gmail", "yahoo", "hotmail", "outlook", "aol", "icloud"):
        return None  # a mail provider names no outlet
    return known_outlet(host) or KNOWN.get(host) or get_fld(host, fix_protocol=True, fail_silently=True)
