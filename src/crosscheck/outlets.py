"""Who published a report: a clean outlet name, and the news agency behind a syndicated text (shared by ingest and clean).

In order of trust: the page's metadata (``og:site_name``, the JSON-LD publisher of the article,
Dublin Core publisher), then the agency tag of the text (``(AP)``, ``LONDON (Reuters) -``) or an
agency byline, then the web address (a title segment that spells the domain, "Nytimes.com - ...",
or a known outlet's domain, else the domain itself). A headline is never an outlet: a name of more
than eight words, or one that ends like a sentence, is refused.

A syndicated page keeps both: ``outlet`` is who published the page ("Yahoo News"), ``agency`` the
agency that wrote the text ("Associated Press").
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

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

# Well-known news domains whose name the domain does not spell.
KNOWN = {
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal",
    "bbc.co.uk": "BBC", "bbc.com": "BBC", "theguardian.com": "The Guardian", "guardian.co.uk": "The Guardian",
    "cnn.com": "CNN", "foxnews.com": "Fox News", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News", "apnews.com": "Associated Press", "reuters.com": "Reuters",
    "latimes.com": "Los Angeles Times", "usatoday.com": "USA Today", "npr.org": "NPR", "aljazeera.com": "Al Jazeera",
    "ft.com": "Financial Times", "economist.com": "The Economist", "bloomberg.com": "Bloomberg",
    "telegraph.co.uk": "The Telegraph", "independent.co.uk": "The Independent", "dailymail.co.uk": "Daily Mail",
    "news.yahoo.com": "Yahoo News", "yahoo.com": "Yahoo", "huffpost.com": "HuffPost", "huffingtonpost.com": "HuffPost",
    "theatlantic.com": "The Atlantic", "newyorker.com": "The New Yorker", "politico.com": "Politico",
    "thehill.com": "The Hill", "time.com": "Time", "forbes.com": "Forbes", "businessinsider.com": "Business Insider",
    "cnbc.com": "CNBC", "theverge.com": "The Verge", "wired.com": "Wired", "techcrunch.com": "TechCrunch",
    "arstechnica.com": "Ars Technica", "vox.com": "Vox", "slate.com": "Slate", "salon.com": "Salon",
    "chicagotribune.com": "Chicago Tribune", "sfgate.com": "SFGATE", "bostonglobe.com": "The Boston Globe",
    "nypost.com": "New York Post", "pagesix.com": "Page Six", "timesofindia.indiatimes.com": "The Times of India",
    "hindustantimes.com": "Hindustan Times", "thehindu.com": "The Hindu", "scmp.com": "South China Morning Post",
    "smh.com.au": "The Sydney Morning Herald", "abc.net.au": "ABC News", "cbc.ca": "CBC News",
    "theglobeandmail.com": "The Globe and Mail", "spiegel.de": "Der Spiegel", "zeit.de": "Die Zeit",
    "faz.net": "Frankfurter Allgemeine Zeitung", "sueddeutsche.de": "Süddeutsche Zeitung", "lemonde.fr": "Le Monde",
    "tagesschau.de": "tagesschau.de", "theconversation.com": "The Conversation", "buzzfeednews.com": "BuzzFeed News",
    "buzzfeed.com": "BuzzFeed", "vice.com": "Vice", "axios.com": "Axios", "edition.cnn.com": "CNN",
    "mercurynews.com": "The Mercury News", "twincities.com": "Twin Cities Pioneer Press", "eonline.com": "E! Online",
    "people.com": "People", "variety.com": "Variety", "hollywoodreporter.com": "The Hollywood Reporter",
    "thesun.co.uk": "The Sun", "mirror.co.uk": "Daily Mirror", "express.co.uk": "Daily Express",
    "news.sky.com": "Sky News", "euronews.com": "Euronews", "dw.com": "DW", "france24.com": "France 24",
    "japantimes.co.jp": "The Japan Times", "straitstimes.com": "The Straits Times", "irishtimes.com": "The Irish Times",
    "news.com.au": "news.com.au", "seattletimes.com": "The Seattle Times", "miamiherald.com": "Miami Herald",
    "ocregister.com": "Orange County Register", "denverpost.com": "The Denver Post", "nydailynews.com": "New York Daily News",
    "usnews.com": "U.S. News & World Report", "newsweek.com": "Newsweek", "theweek.com": "The Week",
    "msnbc.com": "MSNBC", "voanews.com": "Voice of America", "rt.com": "RT", "dailycaller.com": "The Daily Caller",
    "breitbart.com": "Breitbart", "motherjones.com": "Mother Jones", "thedailybeast.com": "The Daily Beast",
    "hosted.ap.org": "Associated Press", "jpost.com": "The Jerusalem Post", "sputniknews.com": "Sputnik",
    "barrons.com": "Barron's", "thesun.com": "The Sun", "nationalreview.com": "National Review",
}
_SEPARATORS = re.compile(r"\s+(?:[-|–—:·•»]|::)\s+")
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"}


def registered_host(url: str | None) -> str | None:
    """The host of a URL without ``www.`` and ``m.``: ``edition.cnn.com``, ``bbc.co.uk``."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    host = re.sub(r"^(?:www\d?|m|mobile|amp)\.", "", host)
    return host or None


def _domain_label(host: str) -> str:
    """``theguardian.com`` -> ``theguardian``; ``bbc.co.uk`` -> ``bbc``; ``news.yahoo.com`` -> ``yahoo``."""
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def _squash(name: str) -> str:
    import unicodedata

    name = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    name = re.sub(r"^the\s*", "", name)
    name = re.sub(r"\.(com|org|net|co\.uk|de|fr|it|at|ch|com\.au|co|news|info|ca|in)\b", "", name)
    return re.sub(r"[^\w]+", "", name)


def same_outlet(a: str | None, b: str | None) -> bool:
    """Do two outlet names (or a name and a domain) name the same outlet? Case, "The", a
    top-level domain and punctuation aside."""
    return bool(a and b) and _squash(a) == _squash(b)


def clean_name(name: str | None, host: str | None = None) -> str | None:
    """A metadata site name as an outlet name, or None when it is not one (a headline, a URL path)."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", str(name)).strip(" \t|-–—:·@")
    if not name or name.startswith(("http://", "https://", "www.")):
        return None  # a web address, not a name: the address is read below
    if _SEPARATORS.search(name) and host:
        # "Reuters | World News" / "Nytimes.com - headline": the segment that spells the domain.
        segment = _domain_segment(name, host)
        if segment:
            return segment
        name = _SEPARATORS.split(name)[0]
    if len(name.split()) > 8 or len(name) > 70 or re.search(r"[.!?]$", name) and not re.search(r"\.\w{2,4}$", name):
        return None
    return name


def _domain_segment(title: str, host: str) -> str | None:
    label = _domain_label(host)
    for segment in _SEPARATORS.split(title):
        segment = segment.strip()
        squashed = _squash(segment)
        if segment and len(segment.split()) <= 6 and squashed and (
                squashed == label or squashed == _squash(host)
                or len(label) >= 6 and squashed.startswith(label) and len(segment.split()) <= 3):
            return segment
    return None


def metadata_outlet(tree) -> tuple[str | None, str]:
    """The outlet the page's metadata names, with where it was found."""
    if tree is None:
        return None, ""
    for xp, where in (('//meta[@property="og:site_name"]/@content', "og:site_name"),
                      ('//meta[@name="og:site_name"]/@content', "og:site_name")):
        found = [v for v in tree.xpath(xp) if v and v.strip()]
        if found:
            return found[0].strip(), where
    publisher = _json_ld_publisher(tree)
    if publisher:
        return publisher, "JSON-LD publisher"
    for key in ("dc.publisher", "dcterms.publisher", "publisher", "application-name", "cre"):
        found = [v for v in tree.xpath(f'//meta[translate(@name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
                                       f'"abcdefghijklmnopqrstuvwxyz")="{key}"]/@content') if v and v.strip()]
        if found:
            return found[0].strip(), "meta " + key
    return None, ""


def _json_ld_publisher(tree) -> str | None:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if '"publisher"' not in raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            m = re.search(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"', raw)
            if m:
                return m.group(1)
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item[:50])
            elif isinstance(item, dict):
                pub = item.get("publisher")
                if isinstance(pub, list) and pub:
                    pub = pub[0]
                if isinstance(pub, dict) and isinstance(pub.get("name"), str) and pub["name"].strip():
                    return pub["name"].strip()
                if isinstance(pub, str) and pub.strip() and not pub.startswith(("http", "#", "_:")):
                    return pub.strip()
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "mainEntityOfPage"))
    return None


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


def known_outlet(host: str | None) -> str | None:
    """The name of a known outlet at this host or its parent domain (``edition.cnn.com``, ``cnn.com``)."""
    if not host:
        return None
    return KNOWN.get(host) or KNOWN.get(".".join(host.split(".")[1:]))


def host_outlet(host: str | None, title: str | None = None) -> str | None:
    """The outlet a web address names: a known outlet, a title segment that spells the domain, or the domain."""
    if not host:
        return None
    known = known_outlet(host)
    if known:
        return known
    if title:
        segment = _domain_segment(title, host)
        if segment:
            return segment
    return re.sub(r"^(?:blog|blogs|news|en|de)\.(?=[^.]+\.[^.]+)", "", host)


def page_outlet(tree, url: str | None, text: str, title: str | None = None,
                author: str | None = None) -> tuple[str | None, str | None]:
    """(outlet, agency) of a page."""
    host = registered_host(url) or registered_host(_canonical(tree))
    page_title = (tree.findtext(".//title") or "").strip() if tree is not None else ""
    title = page_title or title  # the page's own <title>, with its site name still on it
    agency = agency_of(text, author)
    name, _where = metadata_outlet(tree)
    outlet = clean_name(name, host)
    known = known_outlet(host)
    if known:
        outlet = known  # a known outlet keeps one name whatever each page's metadata calls it
    if outlet and host and outlet.casefold() == host and host_outlet(host, title) != host:
        outlet = host_outlet(host, title)  # "nytimes.com" as a site name: the name it stands for
    if not outlet:
        outlet = agency if agency and not host else host_outlet(host, title) or agency
    if not outlet and title:
        outlet = title_outlet(title)
    if agency and same_outlet(agency, outlet):
        agency = None  # the agency's own site is not a syndicated copy
    return outlet, agency


def title_outlet(title: str) -> str | None:
    """The site a page title names after its headline ("Headline - Entermedia"), when the page says
    nothing else: the last segment, if short (one to four words) and the headline before it longer.
    A segment spelled as a domain ("Nytimes.com") wins wherever it stands."""
    segments = [s.strip() for s in _SEPARATORS.split(title) if s.strip()]
    if len(segments) < 2:
        return None
    for segment in segments:
        if re.fullmatch(r"[\w-]+(\.[a-z]{2,6}){1,2}", segment, re.I) and len(segment.split()) == 1:
            return segment
    last, first = segments[-1], segments[0]
    if 1 <= len(last.split()) <= 4 and len(first.split()) >= 4 and not re.search(r"[.!?]$", last):
        return last
    return None


def _canonical(tree) -> str | None:
    if tree is None:
        return None
    for xp in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = [v for v in tree.xpath(xp) if v and v.startswith("http")]
        if found:
            return found[0]
    return None
