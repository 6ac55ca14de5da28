"""Toponym resolution in context: which of a name's gazetteer entries a story means.

Every toponym of a story is resolved together. A candidate's score adds:

- a prior: its feature (a country, then a first-level division, beats a same-named
  town) and its population (log scale, a prior only); a town more than a hundred times
  smaller than a famous place of its name (a town of 100,000+, a sea or region) loses
  more per factor of ten (``famous place``: "Boston", "Atlantic" are not hamlets of Virginia);
- a tagger's piece of a longer name of the story ("York City") is read as that name;
- the story's countries and first-level divisions: named ones ("Louisiana", "Yemen")
  and those of places that resolve without doubt (a division too gets credit from the places named in it:
  "Washington" beside Seattle and "Wash." is the state); one name written two ways ("Portland", "PORTLAND")
  is not context for itself;
- a name among several first-level divisions of one country the report names is read as one of them
  (``states beside``: "... Utah, Virginia, Washington, West Virginia and Wyoming");
- a name in capitals is a dateline's, and a dateline names a town (``dateline form``: "NEW YORK", the city);
- its nearness to the other places of the report and of the story (the best
  candidate of each other toponym, after a first pass);
- coherent readings: for a town or county, its nearness to *some* plausible reading
  of each other name of the report, so that several ambiguous names settle on the
  one region they share ("Butler County" and "Hamilton": Ohio);
- the report's dateline ("KHARKIV, Ukraine (Reuters) -");
- the outlet's country (from the web address), weakly; a local outlet (its address
  carries a town the report names: "parisbeacon.com") gives no capital extra weight;
- the outlet's home town, from the leading word of its web address ("columbuslocalnews.com":
  a Columbus): a town or county near one of those towns gets credit ("Dublin": Dublin, Ohio),
  a foreign capital with a namesake next to it loses its extra weight, and the home town's own
  name is read as one of the towns of that name, whose sizes do not decide.

A place the text names with its state or country ("Seattle, Washington", "Monterey, La.", "Nassau, the
Bahamas") is looked for in that state or country only, in every report of the story (``named with its state
or country``; unresolved when the gazetteer has no such place there), and the qualifier itself is read as
the state or country (``qualifier of a place``), see :func:`qualifier_after`. A state named only that way, in a
report that qualifies places with several states (a recap: "Atlanta, Georgia", "Seattle, Washington"), is no
context for the story's other names.

The part of the score that set the winner apart from the runner-up is kept as the
evidence of the choice (``dateline``, ``admin1 in story``, ``country in story``,
``nearby place``, ``coherent readings``, ``place its name begins with``, ``outlet country``, ``outlet home``,
``country beats town``, ``population``, ``famous place``, ``states beside``, ``dateline form``, ``only candidate``).
When only population separates two far-apart candidates of
near equal size, the toponym stays unresolved.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import ADMIN1, ADMIN2, AIRPORT, CITY, COUNTRY, REGION, Gazetteer, load_gazetteer
from .gazetteer import fold as _fold

fold = lru_cache(maxsize=1 << 17)(_fold)  # names repeat across a story's candidates and reports: fold each once

# Weights, tuned on the dev halves of LGL and GeoWebNews (evaluation/geoparsing.py).
W = {
    "population": 0.3,  # per factor of ten people
    "primary": 0.6,  # the name is the entry's own, not an alternate
    COUNTRY: 3.0,
    REGION: 5.0,  # a sea, continent or region named beats a hamlet of that name ("North Sea", New York)
    ADMIN1: 2.2,
    ADMIN2: 0.2,
    AIRPORT: 2.0,  # an airport's bare name ("Heathrow", "Gatwick") beats a small town of that name
    "capital": 3.0,  # a national capital counts as much as its country ("Washington")
    "country in story": 2.2,
    "admin1 in story": 2.0,
    "nearby place": 1.6,
    "dateline": 2.0,
    "outlet country": 0.5,
    "coherent readings": 1.2,  # a reading near some plausible reading of each other name of the report
    "outlet home": 1.0,  # a town or county near the town the outlet is named for ("columbuslocalnews.com")
    "tiny namesake": 0.5,  # per factor of ten a town is smaller than its famous namesake, beyond FAMOUS_RATIO
    "states beside": 1.5,
    "dateline form": 1.0,  # a name in capitals ("NEW YORK") is a dateline's: the town of a division's name  # a name read as a first-level division among others of its country the report names
}
STATES_BESIDE = 4  # ... when at least this many other first-level divisions of that country are named there
FAMOUS = 100_000  # a town this big (or a sea or region) makes its far smaller namesakes unlikely readings ...
FAMOUS_RATIO = 100  # ... when they are more than this many times smaller ("Boston", Virginia: 504 people)
REGION_PEOPLE = 10_000_000  # a sea or region counts as this big for the above ("Atlantic", Virginia)
HOME_MIN_LETTERS = 5  # a web address's leading word this long or longer may name the outlet's town
PLAUSIBLE = 10  # readings of another name that count for coherence: its best few after the first pass,
PLAUSIBLE_GAP = 1.0  # ... those scoring within this of its best (less the feature prior)
NEAR_KM = 250.0  # a place this far from the others counts as about one third "near"
COHERENT_KM = 100.0  # a sharper scale for coherent readings: ambiguous names that share one place lie together
MAX_CANDIDATES = 40
UNRESOLVED_MARGIN = 0.25
STORY_ONLY = 0.5  # a country or division named only in another report of the story counts half
NOT_PLACES = {"earth", "world", "the world", "globe", "heaven", "hell", "planet", "north", "south", "east", "west",
              "south east", "south west", "north east", "north west", "downtown", "uptown", "overseas", "abroad",
              # a country's own regions named by a compass word, and common nouns a tagger takes for a place
              # ("Metro stations", "the Mall", "Qeshm Island" cut to "Island"): no point rather than a far town
              "northeast", "northwest", "southeast", "southwest", "metro", "mall", "island"}
SMALL_TOWN = 5000  # a town this small is put on the map only when the story supports it
EARTH_KM = 6371.0088

# Web address endings that tell an outlet's country.
TLD_COUNTRY = {"uk": "GB", "au": "AU", "ca": "CA", "nz": "NZ", "ie": "IE", "in": "IN", "za": "ZA", "ng": "NG",
               "ke": "KE", "pk": "PK", "ph": "PH", "sg": "SG", "my": "MY", "de": "DE", "fr": "FR", "it": "IT",
               "es": "ES", "ru": "RU", "ua": "UA", "il": "IL", "ae": "AE", "qa": "QA", "sa": "SA", "eg": "EG",
               "ye": "YE", "jp": "JP", "cn": "CN", "hk": "HK", "tw": "TW", "kr": "KR", "br": "BR", "mx": "MX",
               "ar": "AR", "cl": "CL", "co": "CO", "pe": "PE", "tr": "TR", "gr": "GR", "nl": "NL", "be": "BE",
               "ch": "CH", "at": "AT", "se": "SE", "no": "NO", "dk": "DK", "fi": "FI", "pl": "PL", "pt": "PT",
               "us": "US", "gov": "US", "mil": "US", "edu": "US"}


@dataclass(slots=True)
class Resolution:
    """A toponym's chosen entry (``index`` into the gazetteer), or ``None`` when nothing decided."""

    name: str
    index: int | None
    evidence: str  # the context that decided, or why it stayed unresolved
    candidates: int = 0
    margin: float = 0.0
    best_guess: int | None = None  # the top candidate even when unresolved (for evaluation)
    scores: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Toponym:
    """A place name of a report: ``document`` groups the names of one report."""

    name: str
    document: str = ""


@dataclass(slots=True)
class Context:
    """What a story tells about where it happens, beside its place names."""

    datelines: dict[str, str] = field(default_factory=dict)  # document -> dateline text
    outlet_countries: dict[str, str] = field(default_factory=dict)  # document -> ISO2
    outlet_hosts: dict[str, str] = field(default_factory=dict)  # document -> web host ("www.parisbeacon.com")
    # "Seattle, Washington", "Monterey, La.", "Nassau, the Bahamas": the state or country the text names right
    # after a place (document -> {place name: qualifier}), and the names a report uses mostly as such a qualifier
    # (document -> {"Washington"}: the state there, not the capital). See qualifier_after().
    qualified: dict[str, dict[str, str]] = field(default_factory=dict)
    as_qualifier: dict[str, set[str]] = field(default_factory=dict)


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
    "theparisnews.com", "columbustelegram.com" -> the towns of 5,000+ people named Athens, Paris, Columbus
    (those in the outlet's country when its address tells one). ("", []) when the address names none."""
    if not host:
        return "", []
    label = max(host.split("."), key=len).replace("-", "")
    for lead in ("the", "daily", "my"):
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


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def candidates(g: Gazetteer, name: str) -> list[int]:
    """Gazetteer entries a place name may be, biggest first (at most MAX_CANDIDATES)."""
    found = list(g.lookup(name))
    if not found:
        for variant in _variants(name):
            found = list(g.lookup(variant))
            if found:
                break
    if not found:
        found = _place_it_is_in(g, name)
    if any(g.feature_of(i) in (COUNTRY, ADMIN1, REGION) or i in g.capitals for i in found):
        # A county reached by its bare name ("Washington", "Delaware", "Atlantic") is not read over a state,
        # a country, a capital or a sea of that name.
        key = fold(name)
        found = [i for i in found if g.feature_of(i) != ADMIN2 or fold(g.name[i]) == key]
    found.sort(key=lambda i: (-g.feature[i] if False else 0, -g.population[i]))
    # Keep every country and division, then the biggest towns.
    top = [i for i in found if g.feature_of(i) != CITY]
    top += [i for i in found if g.feature_of(i) == CITY][: MAX_CANDIDATES - len(top)]
    return top


def _place_it_is_in(g: Gazetteer, name: str) -> list[int]:
    """For a venue or body the gazetteer lacks, the well-known place its name starts with: "Dubai World
    Cup", "Seoul Central District Court", "Liverpool Academy" -> Dubai, Seoul, Liverpool. The longest
    head that is a place's own name decides; a one-word head counts only as a country, a first-level
    division, a region or a city of 100,000+ ("Trump Tower" stays unfound). Only venues and bodies
    (a court, school, hospital, airport, council...): a street, road or creek named after a place is
    not in it ("Washington Drive"), and "Atlantic season" or "Texas beach" is not a place at all."""
    words = name.replace("-", " ").split()
    tail = {w.lower().strip(".,'’s") for w in words[1:]}
    if tail & _STREET_WORDS or not tail & _VENUE_WORDS:
        return []  # "Washington Drive" is named after a place, not in it; "Atlantic season" is no venue
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if fold(head) in _GENERIC_HEADS:
            continue
        named = [i for i in g.lookup(head) if _primary(g, i, head)]
        if named:  # the longest head that names a place decides ("Henderson County Jail": the county)
            return [i for i in named if k > 1 or g.feature_of(i) in (COUNTRY, ADMIN1, REGION)
                    or g.population[i] >= 100_000]
    return []


_STREET_WORDS = {"street", "st", "road", "rd", "drive", "dr", "avenue", "ave", "lane", "ln", "boulevard", "blvd",
                 "highway", "hwy", "way", "parkway", "pike", "trail", "circle", "terrace", "creek", "river", "lake",
                 "hills", "heights", "park", "estate", "village", "township"}
_VENUE_WORDS = {"court", "courthouse", "cup", "academy", "school", "college", "university", "hospital", "centre",
                "center", "clinic", "airport", "stadium", "arena", "station", "council", "office", "church",
                "cathedral", "mosque", "temple", "prison", "jail", "hall", "market", "mall", "port", "harbour",
                "harbor", "racecourse", "zoo", "museum", "library", "hotel", "campus", "assembly", "parliament"}
_GENERIC_HEADS = {"northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeast",
                  "northwest", "southeast", "southwest", "central", "metro", "upper", "lower", "greater", "new",
                  "old", "great", "little", "national", "royal"}


def _within(g: Gazetteer, name: str, evidence: str) -> str:
    """The evidence, or "place its name begins with" when the name itself is not in the gazetteer."""
    if g.lookup(name) or any(g.lookup(v) for v in _variants(name)):
        return evidence
    return "place its name begins with"


def _variants(name: str) -> list[str]:
    out = []
    s = name.strip()
    for prefix in ("the ", "The "):
        if s.startswith(prefix):
            out.append(s[len(prefix):])
    if s.endswith("'s") or s.endswith("’s"):
        out.append(s[:-2])
    for art in ("Al-", "al-", "Al ", "al ", "El-", "el-"):
        if s.startswith(art):
            out.append(s[len(art):])
    if "," in s:  # "Springfield, Ill." -> "Springfield"
        out.append(s.split(",", 1)[0])
    for abbr in (" Co.", " CO.", " Co"):  # "Plymouth Co.", "PLYMOUTH CO.": the county
        if s.endswith(abbr):
            out.append(s[: -len(abbr)] + " County")
    for suffix in (" City", " Town", " town", " city", " State", " state", " Province", " province", " Region",
                   " District", " district", " County"):  # "Borno State", "Fars Province", "Bronx County"
        if s.endswith(suffix):
            out.append(s[: -len(suffix)])
    return out


def resolve(toponyms: list[Toponym], context: Context | None = None, g: Gazetteer | None = None) -> list[Resolution]:
    """Resolve every toponym of a story together; one Resolution per toponym, in order."""
    g = g or load_gazetteer()
    context = context or Context()
    names = sorted({t.name for t in toponyms})
    cands = {n: candidates(g, n) for n in names}
    by_doc: dict[str, set[str]] = {}
    for t in toponyms:
        by_doc.setdefault(t.document, set()).add(t.name)

    # Countries and divisions the story names, or that its unambiguous places lie in;
    # a name does not count as context for itself ("Georgia" alone says nothing of Georgia).
    # A state or country a story names only as the qualifier of another place, in reports that qualify places with
    # several states or countries ("Atlanta, Georgia", "Seattle, Washington", "Salt Lake City, Utah" in a recap of
    # other events), is context for that place alone (it already restricts it), not for the story's other names.
    # A report's one qualifying state ("Paris and Texarkana, Texas") stays context for all its names.
    recap = {d for d, qs in context.qualified.items() if len({fold(q.rstrip(".")) for q in qs.values()}) > 1}
    only_qualifier = {n for n in names if all(d in recap and n in context.as_qualifier.get(d, ())
                                              for d, ns in by_doc.items() if n in ns)}
    own: dict[str, tuple[set, set]] = {}
    for n, cs in cands.items():
        if n in only_qualifier:
            own[n] = (set(), set())
            continue
        named = [i for i in cs if g.feature_of(i) in (COUNTRY, ADMIN1) and _primary(g, i, n)]
        cc = {g.country[i] for i in named or (cs if len(cs) == 1 else []) if g.country[i]}
        a1 = {(g.country[i], g.admin1[i]) for i in named or (cs if len(cs) == 1 else [])
              if g.feature_of(i) in (ADMIN1, ADMIN2, CITY)}
        own[n] = (cc, a1)

    # One name written several ways ("Washington", "WASHINGTON"; "Suffolk", "Suffolk County") is not context for
    # itself: counted once, by its fold less a trailing "County" or "City" (see _base).
    base = {n: _base(g, n) for n in names}
    same: dict[str, list[str]] = {}
    for n in names:
        same.setdefault(base[n], []).append(n)
    own_fold = {f: (set().union(*(own[m][0] for m in ms)), set().union(*(own[m][1] for m in ms)))
                for f, ms in same.items()}
    country_count = Counter(c for cc, _ in own_fold.values() for c in cc)
    admin1_count = Counter(a for _, a1 in own_fold.values() for a in a1)

    def story_context(n: str) -> tuple[dict, dict]:
        cc, a1 = own_fold[base[n]]
        return ({c: 1.0 for c, k in country_count.items() if k - (c in cc) > 0},
                {a: 1.0 for a, k in admin1_count.items() if k - (a in a1) > 0})

    def report_context(n: str, doc_names: set[str]) -> tuple[dict, dict]:
        # Named in the same report: full weight; only elsewhere in the story: half.
        story_c, story_a = contexts[n]
        here_c = set().union(*(own[m][0] for m in doc_names if base[m] != base[n]))
        here_a = set().union(*(own[m][1] for m in doc_names if base[m] != base[n]))
        return ({c: 1.0 if c in here_c else STORY_ONLY for c in story_c},
                {a: 1.0 if a in here_a else STORY_ONLY for a in story_a})

    contexts = {n: story_context(n) for n in names}
    # A name qualified in one report ("Venice, Louisiana") is that place in every report of the story.
    q_votes: dict[str, Counter] = {}
    for qs in context.qualified.values():
        for n, q in qs.items():
            q_votes.setdefault(n, Counter())[q] += 1
    story_qualifier = {n: c.most_common(1)[0][0] for n, c in q_votes.items() if n in cands}
    dateline_points = {doc: _dateline_candidates(g, text) for doc, text in context.datelines.items()}

    # Pass 1: prior and named context; pass 2: nearness to the others' pass-1 choices.
    first = {n: _best(g, n, cs, *contexts[n], None, None, None) for n, cs in cands.items()}
    # The few best readings of each name as a town or county after the first pass, for coherence.
    plausible = {n: _plausible_towns(g, scored) for n, (_, scored) in first.items()}
    resolved: dict[tuple[str, str], Resolution] = {}
    story_picks = [(m, first[m][0]) for m in names if first[m][0] is not None]
    for doc, doc_names in by_doc.items():
        # The story's other places (the first 20 names of other reports, by name), once per report.
        elsewhere = []
        for m, i in story_picks:
            if m not in doc_names:
                elsewhere.append(i)
                if len(elsewhere) == 20:
                    break
        outlet = context.outlet_countries.get(doc)
        local = _local_outlet(g, context.outlet_hosts.get(doc, ""), doc_names, first)
        home_name, home = _outlet_home(g, context.outlet_hosts.get(doc, ""), outlet)
        dl = dateline_points.get(doc) or []
        dateline_place = _dateline_place(context.datelines.get(doc) or "")
        # The first-level divisions each name of the report may be (by their own name): a name among several of a
        # country's states ("Oregon, Washington and Wyoming") is read as one of them (``states beside``).
        divisions = {fold(m): {(g.country[i], g.admin1[i]) for i in cands[m]
                               if g.feature_of(i) == ADMIN1 and _primary(g, i, m)} for m in doc_names}
        for n in doc_names:
            q = story_qualifier.get(n)
            if q is not None or n in context.as_qualifier.get(doc, ()):
                kept = _qualified(g, cands[n], q)
                if not kept:
                    resolved[(doc, n)] = Resolution(
                        n, None, f"unresolved: no place of that name in {q} in the gazetteer", len(cands[n]))
                    continue
                if len(kept) < len(cands[n]):
                    others = [first[m][0] for m in doc_names if m != n and first[m][0] is not None]
                    r = _resolution(g, n, kept, *report_context(n, doc_names), others, outlet, dl)
                    if r.index is not None:
                        r.evidence = "named with its state or country" if q is not None else "qualifier of a place"
                        r.candidates = len(cands[n])
                        resolved[(doc, n)] = r
                        continue
            if dl and fold(n) == dateline_place:
                # The dateline names this very place: it decides among the candidates.
                cs = [i for i in cands[n] if i in dl] or cands[n]
                resolved[(doc, n)] = Resolution(n, cs[0], "dateline", len(cands[n]), 0.0, cs[0])
                continue
            others = [first[m][0] for m in doc_names if m != n and first[m][0] is not None]
            others += elsewhere
            # One place named several ways ("Washington", "D.C.", "Washington D.C.") is one neighbour, not several.
            others = list(dict.fromkeys(others))
            # Coherence decides among towns only: a state or country named stays one ("California" in a
            # list of states is not California, Missouri, because Louisiana, Missouri is near it).
            town = first[n][0] is not None and g.feature_of(first[n][0]) in (CITY, ADMIN2)
            readings = [plausible[m] for m in doc_names if town and m != n and plausible[m] and fold(m) != fold(n)]
            if home and fold(n).replace(" ", "") == home_name:
                # The town the outlet is named for, named in its report: one of the towns of that name (in
                # the outlet's country when known), their sizes saying nothing of which ("Paris" in
                # theparisnews.com: Paris, Texas or Tennessee, not France; the story's other places decide).
                cs = [i for i in cands[n] if i in home] or cands[n]
                resolved[(doc, n)] = _resolution(g, n, cs, *report_context(n, doc_names), others, outlet, dl,
                                                 readings, True, None, home_town=True)
                continue
            # A foreign capital's extra weight is not given where the outlet's own town has a neighbour of that
            # name ("Dublin" in columbuslocalnews.com: Dublin, Ohio, 15 km from Columbus); the outlet's own
            # capital keeps it ("Washington" in a Bangor, Maine paper).
            home_countries = {g.country[h] for h in home}
            neighbour = bool(home) and not any(j in g.capitals and g.country[j] in home_countries
                                               for j in cands[n]) and any(g.feature_of(j) in (CITY, ADMIN2) and j not in g.capitals and min(
                haversine_km(g.lat[j], g.lon[j], g.lat[h], g.lon[h]) for h in home) < NEAR_KM for j in cands[n])
            beside = Counter(c for f, ds in divisions.items() if f != fold(n) for c in {c for c, _ in ds})
            resolved[(doc, n)] = _resolution(g, n, cands[n], *report_context(n, doc_names), others, outlet, dl,
                                             readings, local or neighbour,
                                             home if town and fold(n).replace(" ", "") != home_name else None,
                                             beside=beside)
    return [resolved[(t.document, t.name)] for t in toponyms]


_QUALIFIER = re.compile(r",[ \t]+(?:the[ \t]+)?((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*)*)")


def _divisions_of(g: Gazetteer, name: str) -> list[int]:
    """The countries and first-level divisions a name may be ("La." -> Louisiana, "the Bahamas" -> Bahamas)."""
    return [i for i in candidates(g, name) if g.feature_of(i) in (COUNTRY, ADMIN1)]


def qualifier_after(text: str, end: int, name: str, g: Gazetteer | None = None) -> str | None:
    """The state or country a text names right after the place ``name`` ending at ``end``: "Seattle, Washington",
    "Monterey, La.", "Nassau, the Bahamas", "Golden, Colo." -> "Washington", "La.", "Bahamas", "Colo.". None
    when ``name`` is itself a country or state (a list: "Virginia, Maryland and Delaware") or nothing follows."""
    g = g or load_gazetteer()
    m = _QUALIFIER.match(text, end)
    if not m or any(g.feature_of(i) in (COUNTRY, ADMIN1, REGION) and _primary(g, i, name) for i in candidates(g, name)):
        return None  # "Virginia, Maryland", "Europe, Canada": a list
    # The whole run of capitalised words ("the US Geological Survey" qualifies nothing), up to a word ending in
    # a full stop ("Nassau, the Bahamas. New York ...", "Monterey, La. Police ...").
    words = m.group(1).split()
    cut = next((k + 1 for k, w in enumerate(words) if w.endswith(".")), len(words))
    run = " ".join(words[:cut])
    if cut > 3:
        return None
    for cand in dict.fromkeys((run, run.rstrip(".,;:'’"))):
        if cand and _divisions_of(g, cand) and fold(cand) not in NOT_PLACES:
            return cand
    return None


def _qualified(g: Gazetteer, cands: list[int], qualifier: str | None) -> list[int]:
    """The candidates inside the qualifier's countries or divisions; with no qualifier (the name is itself used
    as one), its readings as a country or a first-level division."""
    if qualifier is None:
        return [i for i in cands if g.feature_of(i) in (COUNTRY, ADMIN1)]
    regions = _divisions_of(g, qualifier)
    countries = {g.country[i] for i in regions if g.feature_of(i) == COUNTRY}
    admin1s = {(g.country[i], g.admin1[i]) for i in regions if g.feature_of(i) == ADMIN1}
    return [i for i in cands if g.feature_of(i) not in (COUNTRY, REGION)
            and (g.country[i] in countries or (g.country[i], g.admin1[i]) in admin1s)]


def _plausible_towns(g: Gazetteer, scored: list) -> list[int]:
    """A name's plausible readings as a town or county: the best few by their first-pass score less the
    feature prior (a capital's or a division's extra weight says nothing of which town is meant)."""
    towns = sorted(((t - c.get("country beats town", 0.0) - c.get("famous place", 0.0), i) for t, i, c in scored
                    if g.feature_of(i) in (CITY, ADMIN2)), reverse=True)[:PLAUSIBLE]
    return [i for t, i in towns if t >= towns[0][0] - PLAUSIBLE_GAP]


def _primary(g: Gazetteer, i: int, name: str) -> bool:
    return fold(g.name[i]) == fold(name) or g.feature_of(i) in (COUNTRY, REGION)


def _dateline_place(dateline: str) -> str:
    head = dateline.split("(")[0].strip(" -–—:")
    return fold(head.split(",")[0]) if head else ""


def _dateline_candidates(g: Gazetteer, dateline: str) -> list[int]:
    """Entries the dateline's place may be: "KHARKIV, Ukraine (Reuters) -" -> Kharkiv in Ukraine."""
    head = dateline.split("(")[0].strip(" -–—:")
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if not parts:
        return []
    place = parts[0].title() if parts[0].isupper() else parts[0]
    cs = candidates(g, place)
    if len(parts) > 1:
        qualifier = candidates(g, parts[1])  # "Ukraine", "Texas", "Ill.": a country or a first-level division
        qc = ({g.country[i] for i in qualifier if g.feature_of(i) == COUNTRY}
              | {f"{g.country[i]}.{g.admin1[i]}" for i in qualifier if g.feature_of(i) == ADMIN1})
        narrowed = [i for i in cs if g.country[i] in qc or f"{g.country[i]}.{g.admin1[i]}" in qc]
        cs = narrowed or cs
    return cs[:3]


def _components(g: Gazetteer, i: int, name: str, countries: dict[str, float], admin1s: dict[tuple[str, str], float],
                others: list[int] | None, outlet: str | None, dateline: list[int] | None,
                readings: list[list[int]] | None = None, local: bool = False,
                home: list[int] | None = None, home_town: bool = False,
                beside: Counter | None = None) -> dict[str, float]:
    feature = g.feature_of(i)
    if feature == CITY and (g.country[i], g.admin1[i]) in _same_named_divisions(g, name):
        feature = ADMIN1  # "Hodeidah": the city in the governorate of that name is the more precise reading
    elif (feature == CITY and i in g.capitals and fold(g.name[i]) == fold(name) and g.population[i] >= 100_000
          and not local):
        feature = "capital"
    elif feature == ADMIN1 and g.population[i] < _biggest_town(g, name):
        feature = ADMIN2  # a small division does not beat a bigger same-named town ("Portland", Jamaica)
    comp = {
        "population": 0.0 if home_town else W["population"] * math.log10(g.population[i] + 10),
        "famous place": -_tiny_namesake(g, i, name) if feature in (CITY, ADMIN2) and not home_town else 0.0,
        "primary": W["primary"] if _primary(g, i, name) else 0.0,
        "country beats town": W.get(feature, 0.0) if feature != CITY else 0.0,
        "country in story": W["country in story"] * countries.get(g.country[i], 0.0),
        "admin1 in story": (W["admin1 in story"] * admin1s.get((g.country[i], g.admin1[i]), 0.0)
                            if g.feature_of(i) in (CITY, ADMIN2, ADMIN1) else 0.0),
    }
    if (beside and feature == ADMIN1 and _primary(g, i, name) and not _dateline_form(name)
            and beside.get(g.country[i], 0) >= STATES_BESIDE):
        # One of several states the report names ("... Utah, Virginia, Washington, West Virginia and Wyoming"):
        # the state, not the capital or a town of its name.
        comp["states beside"] = W["states beside"]
    if feature == ADMIN1 and g.feature_of(i) == CITY and _dateline_form(name):
        # A name in capitals is a dateline's ("NEW YORK (AP) -"), and a dateline names a town: the city of the
        # division's name, not the division ("NEW YORK": New York City, not the state).
        comp["dateline form"] = W["dateline form"]
    if others:
        near = 0.0
        for j in others:
            if j == i:
                continue
            d = haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j])
            if feature == REGION:  # a sea or region is near the countries around it
                near += math.exp(-d / (4 * NEAR_KM))
            elif g.feature_of(j) != COUNTRY:
                near += math.exp(-d / NEAR_KM)
        comp["nearby place"] = W["nearby place"] * min(1.0, near / 2)
    if readings and feature in (CITY, ADMIN2):
        # Coherence: each other name of the report that has some plausible reading near this one
        # ("Mansfield" beside "Arlington" and "Grand Prairie", all ambiguous, all in Texas).
        fit = sum(max(math.exp(-haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) / COHERENT_KM) for j in js)
                  for js in readings)
        comp["coherent readings"] = W["coherent readings"] * min(1.0, fit / 2)
    if home and feature in (CITY, ADMIN2):
        # The town the outlet is named for: a local paper's other places lie around it.
        comp["outlet home"] = W["outlet home"] * max(
            math.exp(-haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) / NEAR_KM) for j in home)
    if outlet:
        comp["outlet country"] = W["outlet country"] if g.country[i] == outlet else 0.0
    if dateline:
        d = min(haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) for j in dateline)
        comp["dateline"] = W["dateline"] * math.exp(-d / NEAR_KM)
    if (feature in (CITY, ADMIN2) and not home_town and g.population[i] < FAMOUS
            and _division_people(g, name, g.country[i]) > DIVISION_RATIO * (g.population[i] + 10)):
        # A name that is a country's or a first-level division's own ("Florida", "Oregon", "Wyoming") means the
        # division: a far smaller town of that name gets no credit from the story's other places ("Florida", New
        # York beside "New York"; "Oregon", Ohio beside "Ohio"). Only the text's own qualifier ("Oregon, Ohio")
        # makes it the town (see qualifier_after).
        for k in DIVISION_NAME_BLOCKS:
            if k in comp:
                comp[k] = 0.0
    return comp


_BASE_SUFFIX = re.compile(r" (county|city|parish|borough)$")


def _base(g: Gazetteer, name: str) -> str:
    """A name without a trailing "County", "City", "Parish", "Borough": "Suffolk County", "Suffolk City" and
    "Suffolk" are one name written three ways, none of them context for the others. Not when the rest names a
    country or a first-level division: "Kansas City", "Panama City" are other places than Kansas and Panama."""
    return _base_named(name) if g is load_gazetteer() else _base_in(g, name)


def _base_in(g: Gazetteer, name: str) -> str:
    f = fold(name)
    base = _BASE_SUFFIX.sub("", f)
    if base != f and any(g.feature_of(i) in (COUNTRY, ADMIN1) for i in g.lookup(base)):
        return f
    return base


@lru_cache(maxsize=65536)
def _base_named(name: str) -> str:
    return _base_in(load_gazetteer(), name)


def _dateline_form(name: str) -> bool:
    """A name written in capitals, as datelines write them ("NEW YORK", "WASHINGTON"; not "U.S.", "UAE")."""
    return name.isupper() and "." not in name and sum(ch.isalpha() for ch in name) > 4


DIVISION_RATIO = 10  # a country or division this many times bigger than a same-named town is what the name means
DIVISION_NAME_BLOCKS = ("admin1 in story", "nearby place", "coherent readings", "outlet home")


def _division_people(g: Gazetteer, name: str, country: str) -> int:
    """The people of the biggest first-level division of ``country`` whose own name this is (0 if none)."""
    by_country = _division_people_named(name) if g is load_gazetteer() else _division_people_in(g, name)
    return dict(by_country).get(country, 0)


def _division_people_in(g: Gazetteer, name: str) -> tuple[tuple[str, int], ...]:
    best: dict[str, int] = {}
    for j in candidates(g, name):
        if g.feature_of(j) == ADMIN1 and _primary(g, j, name):
            best[g.country[j]] = max(best.get(g.country[j], 0), g.population[j])
    return tuple(best.items())


@lru_cache(maxsize=65536)
def _division_people_named(name: str) -> tuple[tuple[str, int], ...]:
    return _division_people_in(load_gazetteer(), name)


def _tiny_namesake(g: Gazetteer, i: int, name: str) -> float:
    """How much less likely a town is for being far smaller than a famous place of its name: a weak cue (a
    state the story names once) does not beat a thousandfold gap ("Boston": Massachusetts, not the hamlet in
    Virginia; "Atlantic": the ocean, not Atlantic, Virginia). Nothing for a gap under FAMOUS_RATIO, so a local
    story's town still beats a mid-sized namesake ("Paris", Texas)."""
    famous = _famous_size(name) if g is load_gazetteer() else _famous_size_in(g, name)
    if famous < FAMOUS:
        return 0.0
    gap = math.log10(famous / (g.population[i] + 10)) - math.log10(FAMOUS_RATIO)
    return W["tiny namesake"] * gap if gap > 0 else 0.0


def _famous_size_in(g: Gazetteer, name: str) -> int:
    """The size of the biggest place of this very name: a town or county by its people, a sea or region as
    REGION_PEOPLE."""
    best = 0
    for j in candidates(g, name):
        if not _primary(g, j, name) or g.feature_of(j) in (COUNTRY, ADMIN1):
            continue
        best = max(best, REGION_PEOPLE if g.feature_of(j) == REGION else g.population[j])
    return best


@lru_cache(maxsize=65536)
def _famous_size(name: str) -> int:
    return _famous_size_in(load_gazetteer(), name)


def _same_named_divisions(g: Gazetteer, name: str) -> frozenset[tuple[str, str]]:
    return _divisions_named(name) if g is load_gazetteer() else frozenset(
        (g.country[j], g.admin1[j]) for j in candidates(g, name) if g.feature_of(j) == ADMIN1)


def _biggest_town(g: Gazetteer, name: str) -> int:
    return _biggest_town_named(name) if g is load_gazetteer() else max(
        [g.population[j] for j in candidates(g, name) if g.feature_of(j) == CITY], default=0)


@lru_cache(maxsize=65536)
def _biggest_town_named(name: str) -> int:
    g = load_gazetteer()
    return max([g.population[j] for j in candidates(g, name) if g.feature_of(j) == CITY], default=0)


@lru_cache(maxsize=65536)
def _divisions_named(name: str) -> frozenset[tuple[str, str]]:
    g = load_gazetteer()
    return frozenset((g.country[j], g.admin1[j]) for j in candidates(g, name) if g.feature_of(j) == ADMIN1)


def _best(g, name, cs, countries, admin1s, others, outlet, dateline, readings=None, local=False, home=None,
          home_town=False, beside=None):
    if not cs:
        return None, []
    comps = [(i, _components(g, i, name, countries, admin1s, others, outlet, dateline, readings, local, home,
                             home_town, beside)) for i in cs]
    if others:  # nearness is only known in the second pass
        _state_needs_nearness(g, comps)
    scored = [(sum(c.values()), i, c) for i, c in comps]
    scored.sort(key=lambda s: -s[0])
    return scored[0][1], scored


NAMESAKE_RATIO = 30  # a town this many times smaller than a city of 100,000+ of its name is its "small namesake"


def _state_needs_nearness(g: Gazetteer, comps: list[tuple[int, dict[str, float]]]) -> None:
    """A state the story names supports a far smaller namesake of a famous city only when the town also lies
    nearer the report's other places than the famous city does: "Buffalo" in a Toronto report naming Texas (the
    Rangers) is Buffalo, New York, not Buffalo, Texas (1,887 people); "Boston" beside "New York City" is not
    Boston, New York. A local report's town keeps it (Paris, Texas beside Texarkana and Clarksville)."""
    def near(c: dict[str, float]) -> float:
        return c.get("nearby place", 0.0) + c.get("coherent readings", 0.0)

    if not any(c.get("admin1 in story", 0.0) > 0 for _, c in comps):
        return
    famous = [(g.population[j], near(c)) for j, c in comps if g.population[j] >= FAMOUS and g.feature_of(j) == CITY]
    if not famous:
        return
    for i, c in comps:
        if c.get("admin1 in story", 0.0) > 0 and g.feature_of(i) in (CITY, ADMIN2) and any(
                people >= NAMESAKE_RATIO * (g.population[i] + 10) and near(c) < near_j for people, near_j in famous):
            c["admin1 in story"] = 0.0


def _resolution(g, name, cs, countries, admin1s, others, outlet, dateline, readings=None, local=False,
                home=None, home_town=False, beside=None) -> Resolution:
    if fold(name) in NOT_PLACES:
        # A compass word is no place, except as the own name of a first-level division of a country the same
        # report names ("North West" in a report on South Africa: the North West province).
        cs = [i for i in cs if g.feature_of(i) == ADMIN1 and _primary(g, i, name) and countries.get(g.country[i]) == 1.0]
        if not cs:
            return Resolution(name, None, "not a place on a map")
    best, scored = _best(g, name, cs, countries, admin1s, others, outlet, dateline, readings, local, home, home_town,
                         beside)
    if best is None:
        return Resolution(name, None, "not in the gazetteer")
    total, i, comp = scored[0]
    context_support = any(comp.get(k, 0.0) > 0.05 for k in ("country in story", "admin1 in story", "nearby place",
                                                               "coherent readings", "dateline", "outlet country",
                                                               "outlet home"))
    if g.feature_of(i) == CITY and g.population[i] < SMALL_TOWN and not context_support:
        return Resolution(name, None, "unresolved: only a small town of that name, and nothing in the story near it",
                          len(scored), 0.0, i, comp)
    if len(scored) == 1:
        return Resolution(name, i, _within(g, name, "only candidate"), 1, 0.0, i, comp)
    runner_total, j, runner = scored[1]
    margin = total - runner_total
    diffs = {k: comp.get(k, 0.0) - runner.get(k, 0.0) for k in comp}
    evidence = max(diffs, key=lambda k: diffs[k])
    if g.feature_of(i) == CITY and g.feature_of(j) == ADMIN1 and (g.country[i], g.admin1[i]) == (
            g.country[j], g.admin1[j]):
        evidence = "town of the division's name"
    elif evidence == "primary":
        evidence = "name"
    elif evidence == "country beats town" and g.feature_of(i) == REGION:
        evidence = "sea or region beats town"
    far = haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) > 161
    if evidence == "population" and far and margin < UNRESOLVED_MARGIN:
        return Resolution(name, None, "unresolved: same-named places of like size, nothing in the story decides",
                          len(scored), margin, i, comp)
    return Resolution(name, i, _within(g, name, evidence), len(scored), margin, i, comp)
