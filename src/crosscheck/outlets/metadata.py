"""The outlet names a page's metadata gives: og:site_name, the JSON-LD publisher, Dublin Core, application-name."""

from __future__ import annotations

import json
import re

from .address import registered_host
from .names import _spells_domain, _squash


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
        # "thestar.com" / "nachrichten.at" as the site name and the publisher "Toronto Star" / "Oberösterreichische
        # Nachrichten": an address gives way to the publisher's name, though it does not spell the address -- not
        # to a company ("Agora SA"), a wire agency (a syndicated text's publisher) or another known outlet.
        named = next((n for n, w in found[1:] if w == "JSON-LD publisher" and _brand_not_address(n, host)), None)
        if named:
            return named, "JSON-LD publisher for an address"  # (not a field the title overrules: see page_outlet)
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


def _brand_not_address(name: str, host: str | None) -> bool:
    """Is a publisher's name an outlet's brand: not an address, a company (a legal form), a wire agency, or
    the name of a known outlet at another address?"""
    from .address import KNOWN
    from .agencies import AGENCIES
    from .names import _COMPANY_FORM

    if _is_address(name) or _COMPANY_FORM.search(name) or not re.search(r"[^\W\d_]", name):
        return False
    key = _squash(name)
    if any(key == _squash(a) for a in (*AGENCIES, *AGENCIES.values())):
        return False
    return not any(key == _squash(v) and not (host and (host == h or host.endswith("." + h))) for h, v in KNOWN.items())


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


_PUBLISHER_FIELDS = {"JSON-LD publisher", "meta publisher", "meta dc.publisher", "meta dcterms.publisher"}
