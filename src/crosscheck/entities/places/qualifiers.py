"""What the text says beside a name: the state or country after it ("Seattle, Washington"), the dateline
("KHARKIV, Ukraine (Reuters) -"), a name written in capitals as datelines write them, and whether the report as a
whole reads as a sports report (its towns are then mostly teams' home cities)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...records import Document
from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, REGION, Gazetteer, division_variants, load_gazetteer
from .names import NOT_PLACES, _divisions_of, _primary, candidates, fold


_QUALIFIER = re.compile(r",[ \t]+(?:the[ \t]+)?((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*)*)")


def qualifier_after(text: str, end: int, name: str, g: Gazetteer | None = None) -> str | None:
    """The state or country a text names right after the place ``name`` ending at ``end``: "Seattle, Washington",
    "Monterey, La.", "Nassau, the Bahamas", "Golden, Colo." -> "Washington", "La.", "Bahamas", "Colo.". None
    when ``name`` is itself a country or state (a list: "Virginia, Maryland and Delaware") or nothing follows."""
    g = g or load_gazetteer()
    m = _QUALIFIER.match(text, end)
    if not m or is_division_name(name, g):
        return None  # "Virginia, Maryland", "Europe, Canada": a list
    # The whole run of capitalised words ("the US Geological Survey" qualifies nothing), up to a word ending in
    # a full stop ("Nassau, the Bahamas. New York ...", "Monterey, La. Police ...").
    words = m.group(1).split()
    cut = next((k + 1 for k, w in enumerate(words) if w.endswith(".")), len(words))
    if cut < len(words) and len(words[cut - 1]) == 2 and words[cut].endswith("."):
        cut += 1  # a compass letter starts a two-word abbreviation: "W. Va.", "N. Dak."
    run = " ".join(words[:cut])
    if cut > 3:
        return None
    for cand in dict.fromkeys((run, run.rstrip(".,;:'’"))):
        if cand and _divisions_of(g, cand) and fold(cand) not in NOT_PLACES:
            return cand
    return None


def is_division_name(name: str, g: Gazetteer | None = None) -> bool:
    """Whether a name is a country's, a first-level division's or a sea's or region's own ("Virginia", "Europe";
    "Guangxi", Guangxi Zhuangzu Zizhiqu's name as news writes it)."""
    g = g or load_gazetteer()
    return any(g.feature_of(i) in (COUNTRY, ADMIN1, REGION)
               and (_primary(g, i, name) or g.feature_of(i) == ADMIN1
                    and fold(name) in division_variants(g.name[i], first_level=True))
               for i in candidates(g, name))


def _qualified(g: Gazetteer, cands: list[int], qualifier: str | None) -> list[int]:
    """The candidates inside the qualifier's countries or divisions; with no qualifier (the name is itself used
    as one), its readings as a country or a first-level division."""
    if qualifier is None:
        return [i for i in cands if g.feature_of(i) in (COUNTRY, ADMIN1)]
    regions = _divisions_of(g, qualifier)
    countries = {g.country[i] for i in regions if g.feature_of(i) == COUNTRY}
    admin1s = {(g.country[i], g.admin1[i]) for i in regions if g.feature_of(i) == ADMIN1}
    kept = [i for i in cands if g.feature_of(i) not in (COUNTRY, REGION)
            and (g.country[i] in countries or (g.country[i], g.admin1[i]) in admin1s)]
    # A place named with its state ("Caddo, Okla.", "Fairfield, Conn.") is a town, as news writes towns; a county
    # of that name is written "Caddo County". The county stays only where no town of the name is there.
    towns = [i for i in kept if g.feature_of(i) == CITY]
    return [i for i in kept if g.feature_of(i) != ADMIN2] if towns else kept


def qualifier_key(g: Gazetteer, qualifier: str) -> str:
    """One key for the ways of writing one state or country ("Mo.", "Missouri"; "Wash.", "Washington")."""
    regions = _divisions_of(g, qualifier)
    return min((f"{g.country[i]}.{g.admin1[i]}" for i in regions), default=fold(qualifier.rstrip(".")))


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


def _dateline_form(name: str) -> bool:
    """A name written in capitals, as datelines write them ("NEW YORK", "WASHINGTON"; not "U.S.", "UAE")."""
    return name.isupper() and "." not in name and sum(ch.isalpha() for ch in name) > 4


# Words of game reports across sports (results, standings, players' roles); a report dense in them is a sports
# report. Generic words only, no team or league of one country beyond the four North American major leagues'
# and the college and world governing bodies' abbreviations.
_SPORTS_WORDS = re.compile(
    r"\b(games?|seasons?|coach(?:es|ed)?|points|rebounds|assists|innings?|playoffs?|tournaments?|league|"
    r"quarterbacks?|touchdowns?|goals?|scored|halftime|overtime|championships?|roster|matches|striker|midfielder|"
    r"pitcher|pitched|homers?|batting|semifinals?|quarterfinals?|teammates?|NBA|NFL|NHL|MLB|NCAA|FIFA|UEFA)\b",
    re.I)
SPORTS_MIN_WORDS = 8  # a report is a sports report with at least this many such words ...
SPORTS_PER_1000 = 10  # ... and this many per thousand words (a news story with one match mentioned is not)


def sports_report(text: str) -> bool:
    """Whether a report reads as a game report or a sports roundup ("scoring 30 points and pulling down 12 rebounds
    against Memphis"; "The Hawks won all three of their games against Denver")."""
    n = len(_SPORTS_WORDS.findall(text))
    return n >= SPORTS_MIN_WORDS and 1000 * n >= SPORTS_PER_1000 * max(1, len(text.split()))


@dataclass
class SportsReport:
    """A report that reads as a sports report (``sports_report``): kept per report, a function of its text alone
    (issue 17: an update read every report's text again for it)."""
    document: str


def sports_reports(documents: list[Document]) -> list[SportsReport]:
    """The reports of ``documents`` that read as sports reports, in their order."""
    return [SportsReport(d.id) for d in documents if sports_report(d.text)]


def code_key() -> str:
    """This module's source, hashed: a ``SportsReport`` kept by other code is never reused."""
    from ...sourcehash import source_key

    return source_key(__file__)


# A division's name before the name of one of its public bodies ("Georgia Bureau of Investigation", "the Texas
# Department of Transportation", "Florida Highway Patrol", "Ohio Gov. Ted Strickland", "State of Texas"): the report
# is about a place in that division, though the division is no toponym. Not a university: science news cites a
# "University of California" study from anywhere.
_INSTITUTION = re.compile(
    r"\b(?:(?:State|Commonwealth) of (?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
    r"|(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:State )?(?:Bureau|Department|Dept\.|Highway Patrol|State Patrol|"
    r"Police|Legislature|Senate|House of|General Assembly|Assembly|Supreme Court|Court of Appeals|"
    r"Attorney General|Gov\.|Governor|Lt\. Gov\.|National Guard|Division of|Board of|Commission|Lottery|"
    r"Secretary of State|Provincial|Premier)(?!\w))")


def institution_divisions(text: str, g: Gazetteer | None = None) -> set[tuple[str, str]]:
    """The first-level divisions (country, admin1) a report's institutions are named for (see _INSTITUTION)."""
    g = g or load_gazetteer()
    out: set[tuple[str, str]] = set()
    for m in _INSTITUTION.finditer(text):
        name = m.group("of") or m.group("name")
        for i in candidates(g, name):
            if g.feature_of(i) == ADMIN1 and fold(g.name[i]) == fold(name):
                out.add((g.country[i], g.admin1[i]))
    return out
