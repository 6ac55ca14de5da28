"""What an outlet's web address tells: its country (``bbc.co.uk``), whether it is a local paper of a town the
report names ("parisbeacon.com"), and the town it is named for ("columbuslocalnews.com")."""

from __future__ import annotations

from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, REGION, Gazetteer
from .names import SMALL_TOWN, fold


HOME_MIN_LETTERS = 5  # a web address's leading word this long or longer may name the outlet's town

# Web address endings that tell an outlet's country.
TLD_COUNTRY = {"uk": "GB", "au": "AU", "ca": "CA", "nz": "NZ", "ie": "IE", "in": "IN", "za": "ZA", "ng": "NG",
               "ke": "KE", "pk": "PK", "ph": "PH", "sg": "SG", "my": "MY", "de": "DE", "fr": "FR", "it": "IT",
               "es": "ES", "ru": "RU", "ua": "UA", "il": "IL", "ae": "AE", "qa": "QA", "sa": "SA", "eg": "EG",
               "ye": "YE", "jp": "JP", "cn": "CN", "hk": "HK", "tw": "TW", "kr": "KR", "br": "BR", "mx": "MX",
               "ar": "AR", "cl": "CL", "co": "CO", "pe": "PE", "tr": "TR", "gr": "GR", "nl": "NL", "be": "BE",
               "ch": "CH", "at": "AT", "se": "SE", "no": "NO", "dk": "DK", "fi": "FI", "pl": "PL", "pt": "PT",
               "us": "US", "gov": "US", "mil": "US", "edu": "US"}


def outlet_country(url: str | None) -> str | None:
    """The country a web address's ending tells (``bbc.co.uk`` -> GB), or None (``.com``)."""
    if not url:
        return None
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    tld = host.rsplit(".", 1)[-1]
    return TLD_COUNTRY.get(tld)


def outlet_host(url: str | None) -> str:
    """The host of a web address, lower case ("http://www.ParisBeacon.com/a" -> "www.parisbeacon.com")."""
    if not url:
        return ""
    return url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()


def _local_outlet(g: Gazetteer, host: str, names: set[str], first: dict) -> bool:
    """A local outlet: its web address carries the name of a town the report names ("parisbeacon.com"
    naming Paris, "columbuslocalnews.com" naming Columbus). A local paper's places are local: a capital
    of the same name gets no extra weight there."""
    if not host:
        return False
    label = max(host.split("."), key=len)
    for n in names:
        key = fold(n).replace(" ", "")
        i = first[n][0]
        if len(key) >= 4 and key in label and i is not None and g.feature_of(i) in (CITY, ADMIN2):
            return True
    return False


def _outlet_home(g: Gazetteer, host: str, outlet: str | None) -> tuple[str, list[int]]:
    """The town a local outlet is named for, from the leading word of its web address: "athensreview.com",
    "theparisnews.com", "columbustelegram.com", "onlineathens.com" -> the towns of 5,000+ people named Athens, Paris, Columbus
    (those in the outlet's country when its address tells one). ("", []) when the address names none."""
    if not host:
        return "", []
    label = max(host.split("."), key=len).replace("-", "")
    for lead in ("the", "daily", "my", "online", "thisis"):  # "onlineathens.com", "thisisoxfordshire.co.uk"
        if label.startswith(lead) and len(label) - len(lead) >= HOME_MIN_LETTERS:
            label = label[len(lead):]
            break
    for k in range(len(label), HOME_MIN_LETTERS - 1, -1):
        hit = g.index.get(label[:k])
        if hit is None:
            continue
        hit = (hit,) if isinstance(hit, int) else hit
        if any(g.feature_of(i) in (COUNTRY, ADMIN1, REGION) for i in hit):
            return "", []  # "chinapost.com.tw", "maltatoday.com.mt": a country or a state
        towns = [i for i in hit if g.feature_of(i) == CITY
                 and fold(g.name[i]).replace(" ", "") == label[:k] and g.population[i] >= SMALL_TOWN]
        if outlet:
            towns = [i for i in towns if g.country[i] == outlet] or towns
        if towns:
            return label[:k], towns
    return "", []


# Words a state or province's outlet puts after its abbreviation ("bclocalnews.com", "masslive.com", "nj.com").
_DIVISION_OUTLET_WORDS = ("localnews", "live", "news", "")


def outlet_division(g: Gazetteer, host: str) -> tuple[str, str] | None:
    """The first-level division (country, admin1) an outlet's web address is named for: its registered name is the
    division's abbreviation, alone or before a word such outlets use ("nj.com": New Jersey; "masslive.com":
    Massachusetts; "bclocalnews.com": British Columbia). None for any other address."""
    from .names import _divisions_of

    parts = [p for p in host.split(".") if p and p != "www"]
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "gov"):
        parts = parts[:-1]  # "bbc.co.uk" -> "bbc.co"
    if len(parts) < 2:
        return None
    label = parts[-2]
    for word in _DIVISION_OUTLET_WORDS:
        abbr = label[: len(label) - len(word)] if label.endswith(word) else ""
        if not 2 <= len(abbr) <= 4:
            continue
        found = {(g.country[i], g.admin1[i]) for form in (abbr.upper(), abbr.capitalize() + ".")
                 for i in _divisions_of(g, form) if g.feature_of(i) == ADMIN1}
        if len(found) == 1:
            return found.pop()
    return None
