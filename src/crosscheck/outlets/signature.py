"""The outlet a plain text signs itself with, when nothing else names it (no address, no metadata).

A report saved as text (a news set's article, a copy from a page) keeps its outlet's signature in a few shapes:
- its dateline's tag, also where a caption or a "story highlights" list comes first: "JOHANNESBURG (AP) — A lion
  ...", and the bare tag a paragraph opens with, "(CNN) Kenyan rangers ...", "Washington (CNN) Donald ...";
- the outlet's own short link for sharing the story after a share prompt ("Share this story: <its short link>");
- a closing credit, "Originally published on Space.com.", "This article first appeared on ...";
- the reporter's address on the last line, "jdoe@nydailynews.com".
Each is read only where a signature stands (the first paragraphs, the last lines) and in its own shape, so a
sentence that names another outlet ("told CNN", "according to AP", "Read the full story at ...: <link>") is no
signature; a dateline quoted whole after a paragraph ending in ":" is left too. "Contributing: Associated Press"
credits an agency, not the publisher; a credit "first published on Monday" names a day; an address at a university
or a mail provider names no outlet: only a known outlet's address does.

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
_PLACE_WORD = r"[^\W\d_][\w.'’-]*"  # checked as capitalised below: "München", "ÜBERLINGEN"
# the small words inside a place's name: "Rio de Janeiro", "Frankfurt am Main"
_PARTICLES = frozenset("de da do del la le am an der im sur upon on".split())
_OPENING_TAG = re.compile(r"^\s*(?:(?=[^\W\d_])(?:" + _PLACE_WORD + r")(?:[ ,]+(?:" + "|".join(sorted(_PARTICLES)) + r")?"
                          r"\s*" + _PLACE_WORD + r"){0,4}\s*)?\((?i:(" + _TAG_KEYS + r"))\)\s*(?:[-—–:]+\s*)?")
_SHARE_LINK = re.compile(r"https?://(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/\S+", re.I)
_FIRST_PUBLISHED = re.compile(r"^(?i:(?:this (?:article|story|post) )?(?:was )?(?:originally|first) (?:published|appeared) "
                              r"(?:on|in|at|by))\s+(?:the\s+)?([A-Z][\w.&'’ -]{1,40}?)\.?\s*$")
# A site's domain as a name ("Space.com", "LiveScience.com"): a credit "first published on Monday" names no outlet.
_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|news|io|eu|de|fr|ca|co\.uk|com\.au)$")
_EMAIL_LINE = re.compile(r"^\s*[\w.+-]{1,40}@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*$", re.I)
# The prompt an outlet's share link stands after ("Share this story:"), or none: a link
# after "Read the full story at The New York Times:" is another outlet's.
_SHARE_PROMPT = re.compile(r"^(?:(?:read or )?share (?:this|the) (?:story|article)|share(?: this)?)\s*:?\s*$", re.I)

_HEAD_PARAGRAPHS = 6  # a caption, a title and "story highlights" bullets may come before the dateline
_TAIL_PARAGRAPHS = 4


def text_outlet(paragraphs: list[str]) -> str | None:
    """The outlet a text's own signature names (see the module's doc), or None."""
    for index, para in enumerate(paragraphs[:_HEAD_PARAGRAPHS]):
        m = _OPENING_TAG.match(para)
        if m and _capitalised_place(para[:m.start(1)]) and _opens_report(para[m.end():]) \
                and not (index and paragraphs[index - 1].rstrip().endswith(":")):
            # a dateline opens a paragraph of report, not a caption's credit nor a dateline quoted after "...:"
            return m.group(1)  # as the tag writes it, as clean names a first paragraph's dateline: "AP", "CNN"
    for para in reversed(paragraphs[-_TAIL_PARAGRAPHS:]):
        line = para.strip()
        m = _FIRST_PUBLISHED.match(line)
        if m and (_DOMAIN_NAME.match(m.group(1)) or m.group(1) in _KNOWN_NAMES):
            return m.group(1).strip()
        m = _EMAIL_LINE.match(line)
        if m:
            return known_outlet(registered_host(m.group(1)))  # a known outlet's address: not a university's, a mailer's
        for link in _SHARE_LINK.finditer(line) if len(line) <= 120 else ():
            host = link.group(1).lower()
            if SHORT_LINKS.get(host) and _SHARE_PROMPT.match(line[:link.start()]):
                return SHORT_LINKS[host]
    return None


_KNOWN_NAMES = frozenset(KNOWN.values())


def _capitalised_place(before_tag: str) -> bool:
    """Is what stands before the tag a dateline's place, every word capitalised but its particles ("Rio de Janeiro",
    "Frankfurt am Main"), or nothing ("(CNN) ...")? Not "the minister said (Reuters) ..."."""
    words = re.findall(_PLACE_WORD, before_tag)
    return all(w[0].isupper() or w in _PARTICLES for w in words)


def _opens_report(rest: str) -> bool:
    """Does a report's text follow the tag: some words, opening with a capital (of any script), a figure or a quote
    mark ("300 homes ...", "Über 300 Häuser ...", "„Wir sind ...")?"""
    rest = rest.lstrip()
    return len(rest) > 20 and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'„«‚")
