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
- in a sports report whose other towns are all big cities, a famous city's far smaller namesake gets no credit
  from the report's places (teams are named by their home cities: "against Louisville" beside Columbus, Ohio is
  Louisville, Kentucky);
- its nearness to the other places of the report and of the story (the best
  candidate of each other toponym, after a first pass);
- coherent readings: for a town or county, its nearness to *some* plausible reading
  of each other name of the report, so that several ambiguous names settle on the
  one region they share ("Butler County" and "Hamilton": Ohio);
- the report's dateline ("KHARKIV, Ukraine (Reuters) -");
- the first-level divisions the report's public bodies are named for ("Georgia Bureau of Investigation", "Ohio Gov."),
  counted as named divisions (see qualifiers.institution_divisions);
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
near equal size, the toponym stays unresolved. A street or building the gazetteer lacks, in a report whose towns
all lie in one place, sits at that town (``a street or building in the report's town``, see :mod:`.facilities`).
"""

from __future__ import annotations

from collections import Counter

from .facilities import in_report_town
from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer, load_gazetteer
from .model import Context, Resolution, Toponym
from .names import _base, _primary, candidates, fold, haversine_km
from .outlet import _local_outlet, _outlet_home, outlet_country, outlet_division, outlet_host
from .qualifiers import _dateline_candidates, _dateline_place, _qualified, qualifier_after, qualifier_key
from .scoring import FAMOUS, NEAR_KM, _best, _plausible_towns, _resolution

__all__ = ["Context", "Resolution", "Toponym", "candidates", "haversine_km", "outlet_country", "outlet_host",
           "qualifier_after", "resolve"]

STORY_ONLY = 0.5  # a country or division named only in another report of the story counts half


def _country_not_state(g: Gazetteer, name: str, cs: list[int]) -> bool:
    """Whether a name is a country's own and no first-level division's ("Canada"; not "Georgia")."""
    kinds = {g.feature_of(i) for i in cs if _primary(g, i, name)}
    return COUNTRY in kinds and ADMIN1 not in kinds


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
    # (One state written two ways, "Mo." and "Missouri", is one qualifier.)
    recap = {d for d, qs in context.qualified.items() if len({qualifier_key(g, q) for q in qs.values()}) > 1}
    # A country so named, and no state, stays context ("Toronto, Canada" beside "Buffalo, New York": Ontario is the
    # province; "Atlanta, Georgia" is the state's).
    only_qualifier = {n for n in names if all(d in recap and n in context.as_qualifier.get(d, ())
                                              for d, ns in by_doc.items() if n in ns)
                      and not _country_not_state(g, n, cands[n])}
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

    # The divisions the reports' institutions are named for ("Georgia Bureau of Investigation"), and an outlet's
    # ("nj.com", "bclocalnews.com"), count as named.
    institutions = {d: set(a1s) for d, a1s in context.institutions.items() if d in by_doc}
    for d, host in context.outlet_hosts.items():
        if d in by_doc and (a1 := outlet_division(g, host)):
            institutions.setdefault(d, set()).add(a1)
    named_by_institutions = set().union(*institutions.values())

    def story_context(n: str) -> tuple[dict, dict]:
        cc, a1 = own_fold[base[n]]
        return ({c: 1.0 for c, k in country_count.items() if k - (c in cc) > 0},
                {a: 1.0 for a, k in admin1_count.items() if k - (a in a1) > 0}
                | dict.fromkeys(named_by_institutions, 1.0))

    def report_context(n: str, doc: str, doc_names: set[str]) -> tuple[dict, dict]:
        # Named in the same report: full weight; only elsewhere in the story: half.
        story_c, story_a = contexts[n]
        here_c = set().union(*(own[m][0] for m in doc_names if base[m] != base[n]))
        here_a = set().union(*(own[m][1] for m in doc_names if base[m] != base[n])) | institutions.get(doc, set())
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
        # ... and the countries of which a name can only be a division: a division that holds a town of its name
        # ("Rio de Janeiro", "New York") says nothing of which reading a neighbour takes.
        only_division = {fold(m): {c for c, a1 in divisions[fold(m)] if not any(
            g.feature_of(i) == CITY and (g.country[i], g.admin1[i]) == (c, a1) and fold(g.name[i]) == fold(m)
            for i in cands[m])} for m in doc_names}
        for n in doc_names:
            q = story_qualifier.get(n)
            if q is not None or n in context.as_qualifier.get(doc, ()):
                kept = _qualified(g, cands[n], q)
                # (A name used mostly as another place's qualifier that is no country or first-level division, "Santa
                # Maria, Davao del Sur", a province the gazetteer holds as a second-level division, is read as usual.)
                if not kept and q is not None:
                    resolved[(doc, n)] = Resolution(
                        n, None, f"unresolved: no place of that name in {q} in the gazetteer", len(cands[n]))
                    continue
                if kept and len(kept) < len(cands[n]):
                    others = [first[m][0] for m in doc_names if m != n and first[m][0] is not None]
                    r = _resolution(g, n, kept, *report_context(n, doc, doc_names), others, outlet, dl,
                                    qualified=q is not None)
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
                resolved[(doc, n)] = _resolution(g, n, cs, *report_context(n, doc, doc_names), others, outlet, dl,
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
            countries_divided = {c for f, cs in only_division.items() if f != fold(n) for c in cs}
            # A sports report whose other towns are all big cities names teams by their home cities: a famous
            # city's far smaller namesake gets no credit from the report's places (``_team_city``).
            towns = [first[m][0] for m in doc_names if fold(m) != fold(n) and first[m][0] is not None
                     and g.feature_of(first[m][0]) == CITY]
            team = doc in context.sports and bool(towns) and all(g.population[i] >= FAMOUS for i in towns)
            resolved[(doc, n)] = _resolution(g, n, cands[n], *report_context(n, doc, doc_names), others, outlet, dl,
                                             readings, local or neighbour,
                                             home if town and fold(n).replace(" ", "") != home_name else None,
                                             beside=beside, team=team, divided=countries_divided)
    # A street or building the gazetteer lacks, in a report about one town: that town (see facilities).
    for doc, doc_names in by_doc.items():
        found = in_report_town(g, sorted(doc_names), cands, {n: resolved[(doc, n)] for n in doc_names})
        resolved.update({(doc, n): r for n, r in found.items()})
    return [resolved[(t.document, t.name)] for t in toponyms]
