"""The outlet of a page from all its evidence (``page_outlet``), and the outlet a web address names (``host_outlet``)."""

from __future__ import annotations

import re

from .address import _canonical, _domain_label, known_outlet, linked_host, registered_host
from .agencies import agency_of
from .masthead import (_WIDE_SEPARATOR, _masthead_names, footer_outlet, logo_outlet, masthead_before_medium,
                       masthead_outlet, masthead_spelled, title_outlet)
from .metadata import _PUBLISHER_FIELDS, _is_address, metadata_names, metadata_outlet
from .names import (_COMPANY_FORM, _SEPARATORS, _domain_segment, _initials_of, _is_edition, _spells_domain, _squash,
                    _without_descriptor, _worded_segment, clean_name, same_outlet)


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
    if name and not outlet and _site_segment(title) and _squash(name) == _squash(_site_segment(title)) \
            and len(name.split()) <= 8 and not _is_address(name) and "." not in name.rstrip("."):
        # A site name that reads like a sentence ("Das Leben, der Meister und ich..."), which the title gives
        # as its site segment too: two declared fields agree, so it is the brand (issue 15, tenth session).
        outlet = name.strip()
    if outlet and host and host.count(".") >= 2 and where == "og:site_name" and _squash(outlet) in (
            _squash(_domain_label(host) + host.split(".")[0]), _squash(host.split(".")[0] + _domain_label(host))):
        # A site name that is the address's name and its subdomain's word ("detikHealth" on health.detik.com):
        # a section of the site, which gives way to the publisher's name the address starts ("detikcom"; the
        # label policy's section clause, its own example; issue 15, tenth session).
        label = _squash(_domain_label(host))
        publisher = next((n for n, w in metadata_names(tree) if w in _PUBLISHER_FIELDS and _squash(n).startswith(label)
                          and _squash(n) != _squash(outlet)), None)
        outlet = clean_name(publisher, host) or outlet if publisher else outlet
    if outlet and host:
        for address in (url, _canonical(tree)):
            outlet = _without_section(outlet, host, address)
    if outlet and title and re.fullmatch(r"[\w-]+(?:\.[a-z]{2,6}){1,2}", outlet, re.I):
        # A site name written as an address ("Philstar.com") gives way to a publisher's name that the title's
        # site segment gives too ("Pilipino Star Ngayon"): the label policy's order, an address not a name.
        segment = _site_segment(title)
        publisher = next((n for n, w in metadata_names(tree) if w in _PUBLISHER_FIELDS and not _is_address(n)), None)
        if publisher and segment and _squash(publisher) == _squash(segment) and "." not in publisher:
            outlet = clean_name(publisher, host) or outlet
    if outlet and host and title and "," in outlet and not _spells_domain(outlet, host):
        # A site name that is a slogan or a list of sections ("বৃটেনে আমরা প্রথম, আমরাই শীর্ষে" on ukbdnews.com):
        # the title's segment that spells the address names the site (issue 15, sixth session).
        outlet = _domain_segment(title, host) or outlet
    if outlet and where in _PUBLISHER_FIELDS and title and not (host and _spells_domain(outlet, host)):
        # A publisher field names a company or a person ("Kristen Falc'hon" on arteradio.com): the title's
        # site name wins when the masthead or the address gives it ("La voix des nuls | ARTE Radio").
        named = logo_outlet(tree, title) or (_domain_segment(title, host) if host else None)
        if named and _squash(named).startswith(_squash(outlet)) and len(outlet.split()) < len(named.split()):
            pass  # the publisher's "Abendzeitung", the title's "Abendzeitung München": the declared brand, shorter
        elif named and len(_SEPARATORS.split(title)) >= 2 and _squash(outlet) not in _masthead_names(tree)[1]:
            outlet = named  # (not when the masthead gives the publisher too: "自由時報" and "自由財經")
        elif host and _squash(outlet) not in _masthead_names(tree)[1]:
            outlet = masthead_spelled(tree, host) or outlet  # the logo's "DER FARANG ..." on der-farang.com
    known = known_outlet(host)
    if known and _declared_brand(outlet, name, host, known):
        # The page's own shorter form of a known outlet's name ("Twin Cities", "ZEIT"): kept, in the known
        # name's lettering when the page writes it in lower case ("mirror" -> "Mirror" of "Daily Mirror").
        part = re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", known, re.I) if outlet.islower() else None
        outlet = part[0] if part else outlet
    elif known and (not outlet or _short_for(outlet, known) or _squash(outlet) in host.split(".")):
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
            tail = re.split(_WIDE_SEPARATOR, title)[-1].strip() if title and re.search(_WIDE_SEPARATOR, title) else ""
            if tail and len(_squash(tail)) >= 2 and _squash(holder).startswith(_squash(tail)):
                # "益阳：…-半月谈" and "© 半月谈杂志社": the title's site name, written without spaces, that the
                # copyright holder starts with (the label policy's order: the title before the masthead; s10)
                holder = tail
                segments.add(_squash(tail))
            if not _names_label(holder, host) and not _spells_domain(holder, host) \
                    and _squash(holder) not in segments:  # "jovelblog": the title's site name too
                holder = None
        last = _SEPARATORS.split(title or "")[-1].strip() if _SEPARATORS.search(title or "") else ""
        if holder and "." not in holder and last and len(last.split()) <= 4 and _squash(last) != _squash(holder) \
                and _squash(last).startswith(_squash(holder)):
            holder = last  # "© DALLOZ" and the title's "... | Dalloz Actualité": the title's fuller name
        segment = _domain_segment(title, host) if holder and host and title and _COMPANY_NAME.search(holder) else None
        if segment and not same_outlet(segment, holder) and not _is_address(segment):
            # A company as the copyright holder ("Perspective-Media"): the title's site name that spells the
            # address ("... : The Perspective"), by the label policy's order (issue 15, tenth session).
            holder = segment
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
    if not outlet and not host:
        # Nothing names the site and it states no address: the address its own links give (the label
        # policy's last resort; issue 15, tenth session).
        outlet = host_outlet(linked_host(tree), title)
    if outlet and host and "." in outlet and _squash(outlet) == _squash(_domain_label(host)):
        # Only the address, written as one ("TOUR-MAGAZIN.de"): the logo's "TOUR" on tour-magazin.de.
        outlet = masthead_before_medium(tree, host) or outlet
    if outlet:
        bare = _COMPANY_FORM.sub("", outlet).strip(" ,")
        outlet = bare if re.search(r"[^\W\d]", bare) else outlet  # "WEISSER RING e. V." from the title or logo
    if agency and same_outlet(agency, outlet):
        agency = None  # the agency's own site is not a syndicated copy
    return outlet, agency


def _declared_brand(outlet: str | None, declared: str | None, host: str, known: str) -> bool:
    """Is ``outlet`` the page's own brand, declared in its metadata (``declared``), and a shorter form of the
    known outlet's name that the known spelling must not replace? The outlet label policy
    (evaluation/data/OUTLETS.md) names the publisher's brand as the page declares it: "ZEIT ONLINE" -> "ZEIT"
    on zeit.de, "Twin Cities" on twincities.com, "Sky" on news.sky.com, "Yahoo" for "Yahoo News" (issue 15,
    ninth session). Only a name, not an address ("Express.co.uk"), that spells the address's registered
    label, not a subdomain's word ("Hosted" on hosted.ap.org); and only a form with other words, not the
    known name run together or cased otherwise ("usatoday", "SFGate") nor its initials ("WSJ"): those keep
    the known spelling, so that one outlet's pages keep one name where the words are the same."""
    if not (outlet and declared) or "." in outlet or _is_address(outlet):
        return False
    if _squash(outlet) == _squash(known) or _initials_of(outlet, known) or not _short_for(outlet, known):
        return False  # (a different name, "AP News" on apnews.com, is not a form of "Associated Press")
    return _spells_domain(outlet, host, initials=False)


def _without_section(name: str, host: str, url: str | None) -> str:
    """The name without the section the page's address opens with ("POPSUGAR Smart Living" on
    popsugar.co.uk/smart-living/...: "POPSUGAR"), when the words before it spell the address and the section
    is not a place (the label policy's section and place clauses; issue 15, tenth session)."""
    from urllib.parse import urlsplit

    path = urlsplit(url or "").path.strip("/").split("/") if url else []
    section = _squash(path[0].replace("-", " ")) if path and path[0] and len(path) >= 2 else ""
    words = name.split()
    for k in range(1, len(words)):
        if section and _squash(" ".join(words[k:])) == section and _spells_domain(" ".join(words[:k]), host) \
                and not _is_edition(" ".join(words[k:])):  # a place stays: "General-Anzeiger Bonn" on ga.de/bonn/
            return " ".join(words[:k])
    return name


# A copyright holder that names a company, not the site: "Perspective-Media", "Beispiel Verlag".
_COMPANY_NAME = re.compile(r"[\s-](?:media|medien|verlag|group|publishing)$", re.I)


def _site_segment(title: str | None) -> str | None:
    """The title's last segment after its headline ("Nebelsuppe. | Das Leben, der Meister und ich...")."""
    segments = [x.strip() for x in _SEPARATORS.split(title or "") if x.strip()]
    return segments[-1] if len(segments) >= 2 else None


def _names_label(name: str, host: str) -> bool:
    """Does one of the name's words start with the address's label ("Revista Bohemia" on bohemia.cu), not
    merely hold it inside a word ("Generalzolldirektion" on zoll.de)?"""
    label = _squash(_domain_label(host))
    return bool(label) and any(_squash(w).startswith(label) for w in re.findall(r"[^\W_]+", name))
