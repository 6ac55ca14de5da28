"""The wire agencies: their names, and the agency a text names in its dateline tag or byline."""

from __future__ import annotations

import re


# The wire agencies, as their tags and bylines write them, to one name each.
AGENCIES = {
    "ap": "Associated Press", "associated press": "Associated Press", "the associated press": "Associated Press",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "Agence France-Presse", "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse", "dpa": "dpa", "upi": "UPI", "united press international": "UPI",
    "bloomberg": "Bloomberg", "pa": "PA Media", "press association": "PA Media", "pa media": "PA Media",
    "xinhua": "Xinhua", "ansa": "ANSA", "efe": "EFE", "kyodo": "Kyodo News", "kyodo news": "Kyodo News",
    "yonhap": "Yonhap", "tass": "TASS", "cnn": "CNN", "ians": "IANS", "pti": "PTI", "aap": "AAP",
    "canadian press": "The Canadian Press", "the canadian press": "The Canadian Press", "anadolu": "Anadolu Agency",
    "sid": "SID", "apa": "APA", "kna": "KNA", "epd": "epd",
}


_AGENCY_TAG = re.compile(
    r"^\s*(?:[A-Z][\w.'’ ,-]{1,60}?\s*)?\((" + "|".join(sorted((re.escape(k) for k in AGENCIES), key=len,
                                                                 reverse=True)) + r")\)\s*[-—–:]", re.I)


_AGENCY_BYLINE = re.compile(
    r"^\s*(?:by\s+)?(?:the\s+)?(associated press|reuters|agence france-presse|afp|the canadian press|bloomberg|"
    r"press association|united press international)(?:\s+staff)?\s*$", re.I)


def agency_of(text: str, author: str | None = None) -> str | None:
    """The wire agency the text names in its dateline tag or byline, if any."""
    head = text.lstrip()[:400]
    for line in head.split("\n")[:4]:
        m = _AGENCY_TAG.match(line)
        if m:
            return AGENCIES[m.group(1).lower()]
        m = _AGENCY_BYLINE.match(line)
        if m:
            return AGENCIES.get(m.group(1).lower())
    if author:
        m = _AGENCY_BYLINE.match(author)
        if m:
            return AGENCIES.get(m.group(1).lower())
    return None
