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


_KEYS = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))
# "LONDON (Reuters) -", "Bruselas, 7 oct (EFE).-", and an agency's regional desk: "Hamburg (dpa/lno) –",
# "Wiesbaden (KNA/iz). Bundespräsident ..." (issue 15, seventh session).
_AGENCY_TAG = re.compile(
    r"^\s*(?:[A-Z][\w.'’ ,-]{1,60}?\s*)?\((?:(" + _KEYS + r")\)\s*(?:[-—–:]|\.-)|(" + _KEYS + r")/\w{1,8}\)\s*[-—–:.])",
    re.I)


_AGENCY_BYLINE = re.compile(
    r"^\s*(?:(?:by|par|von|por)\s+)?(?:the\s+)?(associated press|reuters|agence france-presse|afp|the canadian press|"
    r"bloomberg|press association|united press international|agencia efe|efe|dpa|ansa|kna|epd)(?:\s+staff)?"
    r"(?:\s+(?:publié|mis à jour|updated|aktualisiert)\b.*)?\s*$", re.I)
# A source line above the text: "Quelle: dpa-AFX", "Source: Reuters".
_AGENCY_SOURCE = re.compile(r"^\s*(?:quelle|source|fuente|fonte)\s*:\s*(" + _KEYS + r")(?:[-/]\w{1,8})?\s*$", re.I)


def agency_of(text: str, author: str | None = None) -> str | None:
    """The wire agency the text names in its dateline tag or byline, if any."""
    head = text.lstrip()[:400]
    for line in head.split("\n")[:4]:
        m = _AGENCY_TAG.match(line)
        if m:
            return AGENCIES[(m.group(1) or m.group(2)).lower()]
        m = _AGENCY_BYLINE.match(line) or _AGENCY_SOURCE.match(line)
        if m:
            return _agency_name(m.group(1))
    for part in (author or "").split(";"):  # "Colleen Barry; The Associated Press": one of the credited is the agency
        m = _AGENCY_BYLINE.match(part)
        if m:
            return _agency_name(m.group(1))
    return None


def _agency_name(found: str) -> str | None:
    found = found.lower()
    return AGENCIES.get(found) or AGENCIES.get(found.split()[-1])  # "agencia efe" -> "EFE"
