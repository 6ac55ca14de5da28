"""Reconcile: do independent sources agree on the numbers?

Claims are about the same quantity when they share a normalised unit and a
subject key (the thing counted and what happened to it: "people killed";
every area in a story is taken as "the area affected"). Each claim becomes an
interval that respects its bound and its rounding:

- exact: the value within ``EXACT_TOLERANCE`` for measurements, and as
  written for counts (23 dead is not 24 dead);
- about / nearly / some: within ``ABOUT_TOLERANCE``;
- at least / more than: [v, inf); at most / up to / less than: [0, v];
- range: [low, high].

Sources whose intervals all overlap agree; sources in disjoint groups
conflict, and the explanation names who says what. Copies are one source:
claims from one copy group never agree or conflict with each other.

Like with like (issue 20): a figure is compared only with figures of the same
*measure* (a count, an age, a duration, a temperature, a rate, money, a share,
a measurement) of the same thing ("people killed" is not "people injured", and
"people seriously injured" is a part of the injured, not their total); ages
are never compared. Each finding states its basis in words.

Updates are not conflicts: a developing count (killed, injured, missing,
evacuated, ...) told on different publication days is a progression
(:func:`find_updates`), not a disagreement; only figures told on the same day
by independent sources can conflict. Independence is decided by ``Sources``
alone (:func:`_independent`), and two reports carrying the same sentence word
for word (a wire passage pasted into both) are never counted as two.

The package, one module per concern: ``basis`` (what a figure measures and of what), ``compare``
(intervals, independence, whether two figures compare), ``moments`` (the time a figure is told of),
``scope`` (the places and bodies it is told of), ``agreements``, ``conflicts``, ``ages``
(a named person's age), ``updates`` (:func:`find_updates`), ``differences`` (:func:`find_differences`),
``happening`` (what happened to the thing counted), ``wording`` (how a finding is told) and ``tallies``
(win-loss records, scores and knockouts told as "N-M", compared tally with tally). This
module holds the driver, :func:`reconcile_claims`.
"""

from __future__ import annotations

from ..records import Claim, Entity, Finding, Sources
from ..unionfind import UnionFind
from .basis import MAX_DAYS_APART, basis_key, developing, toll_key
from .told import LEVEL
from .spans import SPAN_KEY, span_thing
from .compare import (_Aliases, _comparable_claims, _comparable_told, _independent, _overlap, _same_holder, figure_groups, interval, same_span,
    story_aliases)
from .moments import _day_number, _near_pairs, _window, apart_beyond, same_moment, told_apart, told_day
from .scope import _alias_index
from .wording import _agree_text, _basis_text, _conflict_text, _evidence, span_words
from .happening import _same_happening
from .agreements import _agreeing, _other_words_agreements, _unkeyed_agreements
from .conflicts import _conflict_sides, _one_per_source, _quoted_against, _told_apart, shares_unlike
from .ages import _ages
from .unnamed_ages import unnamed_age_conflicts
from .tallies import _tallies
from .differences import find_differences
from .updates import find_updates
from .likeness import sure_pair, sure_sides, unsure_finding
from .meet import keys_meet, meet_groups
from .holders import agreement_apart
from .referents import poll_method
from .memo import figure_memo

# Names importers of the package still read from it (tests of other branches): each is defined in ``basis``
# or ``updates``; new code imports it from there.
from .basis import aged_person, measure, subject_key, unkeyed_basis, update_key  # noqa: E402,F401
from .updates import _cue_near  # noqa: E402,F401

__all__ = ["reconcile_claims", "find_updates", "find_differences", "story_aliases", "figure_memo"]


def reconcile_claims(claims: list[Claim], sources: Sources, labels: dict[str, str] | None = None,
                     published: dict[str, str | None] | None = None,
                     entities: list[Entity] | None = None, aliases: _Aliases | None = None,
                     unsure: list[Finding] | None = None) -> tuple[list[Finding], list[Finding]]:
    """(agreements, conflicts). ``labels`` names reports in explanations (outlet, title);
    ``published`` (ISO day per report) keeps figures from different days of a story apart;
    ``entities`` let "UN" and "United Nations" count as the same name when scopes are compared
    (``aliases``: their index, ``story_aliases(entities)``, when the caller built it once for every step).
    A disagreement without positive evidence of like with like (``likeness``) is no conflict: it goes to ``unsure``
    (when given), a finding of kind ``difference``."""
    labels = labels or {}
    published = published or {}
    aliases = aliases if aliases is not None else story_aliases(entities)
    groups = figure_groups(claims)

    agreements, conflicts = [], []
    work: list[tuple[tuple[str, str | None, str], list[Claim]]] = []
    conflict_work: list[tuple[tuple[str, str | None, str], list[Claim]]] = []
    # Agreements on a toll compare the people it counts however each source names them (issue 20, sixth session: "11
    # workers", "11 men", "eleven people" killed in one blast); conflicts keep each name apart (``toll_key``).
    agree_groups: dict[tuple[str, str | None, str], list[Claim]] = {}
    named: dict[tuple[str, str | None, str], int] = {}  # how many words name the people of each toll
    for basis, group in groups.items():
        agree_groups.setdefault(toll_key(basis), []).extend(group)
        named[toll_key(basis)] = named.get(toll_key(basis), 0) + 1
    parts_of: dict[tuple, list[list[Claim]]] = {}
    for basis, group in sorted(agree_groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        # Figures of one measure and thing told about different happenings ("10 killed" by this quake,
        # "more than 26,000" by one in 2003) are compared apart: the parts of the group that are
        # comparable figure to figure, each then read one statement per source.
        parts = _comparable_parts(group, published, aliases, MAX_DAYS_APART)
        if basis in groups and len(groups[basis]) == len(group):
            parts_of[basis] = parts  # the same group as a conflict's: split once
        # Spans of time agree as before (alike sentences, or the same thing named): a split by the thing named lost
        # agreements told in other words ("met for four hours" / "four-hour talks", "served 15 years" / "a 15-year
        # veteran"); the basis says what lasted (``span_words``).
        work += [(basis, part) for part in parts]
    # Conflicts compare figures whose keys name one thing in other words ("confirmed cases" / "cases", "damaged
    # shops" / "shops": ``meet``; issue 20, sixteenth session); agreements keep their keys.
    conflict_groups, conflict_key_of = meet_groups(groups)
    for basis, group in sorted(conflict_groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        # A developing count is compared for conflicts day by day: a source's figure of one day faces
        # the others' figures of that day, not its own earlier one (the example corpus: the wire's
        # Sunday toll of 23 against a hospital count of 41, which its Saturday 23 hid).
        # Each figure faces the others told of its day, which its sentence may name ("said Monday", "in 2004"), not
        # only its report's (``moments.told_day``; issue 20, twenty-second session).
        if developing(basis[2]):
            parts = _comparable_parts(group, published, aliases, 0, told=True)
        else:
            same_days = all(told_day(c, published) == _day_number(published.get(c.document)) for c in group)
            parts = ((parts_of.get(basis) if basis in groups and len(groups[basis]) == len(group) and same_days
                      else None)
                     or _comparable_parts(group, published, aliases, MAX_DAYS_APART, told=True))
        if basis[2] == SPAN_KEY:
            # Spans of time, one thing each (issue 20, round 6): each source's first span of the thing faces the
            # others', not its first span of anything ("a six-month-old war" is not "the last 10-20 years").
            parts = [[c for c in part if span_thing(c) == head] for part in parts
                     for head in sorted({span_thing(c) for c in part} - {None})]
        conflict_work += [(basis, part) for part in parts]
    found_of: list[tuple[tuple[str, str | None, str], list[list[Claim]]]] = []
    tolls: dict[tuple[str, str | None, str], list[list[Claim]]] = {}
    for basis, group in work:
        # Agreements (issue 20, round 3): every statement of the part is read, grouped by the figure it
        # states ("10 killed", "at least 10 people"); a figure stated by two or more independent
        # sources about the same moment is an agreement, whatever else other sources say.
        found = _agreeing(group, sources, lambda a, b: _comparable_claims(a, b, published, aliases, MAX_DAYS_APART)
                          and agreement_apart(a, b, aliases) is None)
        if named.get(basis, 0) > 1:
            tolls.setdefault(basis, []).extend(found)  # one finding a figure, over the parts (``_one_toll``)
        else:
            found_of.append((basis, found))
    found_of += [(basis, _one_toll(found, sources)) for basis, found in tolls.items()]
    for (kind, unit, key), found in found_of:
        for kept in found:
            documents = sorted({c.document for c in kept})
            what = span_words(kept) if key == SPAN_KEY else key + _told_as(kept, key)
            agreements.append(Finding("quantity", _evidence(kept), documents,
                                      _agree_text(what, kept, labels) + " " +
                                      _basis_text(kind, what, kept, published, MAX_DAYS_APART),
                                      sources.count(documents)))
    for (kind, unit, key), group in conflict_work:
        if kind == LEVEL:
            continue  # two levels told about one day: the day of a raise tells both (``basis.level_scale``)
        # A developing count told on different days is an update (find_updates), not a disagreement.
        max_days = 0 if developing(key) else MAX_DAYS_APART

        def _comparable(a: Claim, b: Claim, max_days: int = max_days) -> bool:
            # A span of time is a side of a conflict only where both say what it is the length of (issue 20,
            # round 6): "served four months" and "served five months", not "every 38 minutes" and "a 25-minute talk".
            return (not told_apart(a, b, published, max_days) and _comparable_told(a, b, published, aliases)
                    and _window(a) == _window(b)
                    and _same_happening(a, b) and (key != SPAN_KEY or same_span(a, b))
                    and _same_holder(a, b, aliases, strict=True) and same_moment(a, b, published)
                    and not (poll_method(a) or poll_method(b)) and keys_meet(a, b, conflict_key_of)
                    and not (kind == "percentage" and shares_unlike(a, b, key)))
        # Conflicts: one claim per source, its first statement (a report may update itself) that another
        # source's figure can be compared with (issue 20, round 6: not a first mention in a headline run into
        # the text, when the report tells the figure again in a sentence of its own).
        per_source = _one_per_source(group, sources, _comparable)
        if len(per_source) < 2:
            continue
        clusters: list[list[Claim]] = []
        for c in sorted(per_source.values(), key=lambda c: (interval(c)[1] - interval(c)[0], c.id)):
            home = next((cl for cl in clusters if all(_overlap(interval(c), interval(o)) for o in cl)), None)
            if home is None:
                clusters.append([c])
            else:
                home.append(c)
        found = _conflict_sides(clusters, key, _comparable)
        if found is None or _told_apart(found, conflict_groups[(kind, unit, key)]):
            continue
        sure = sure_sides(found, key, published, aliases)
        if sure is None:
            if unsure is not None:
                unsure.append(unsure_finding(kind, key, found, labels,
                                             sources.count(sorted({c.document for cl in found for c in cl})), aliases))
            continue
        found = sure
        involved = [c for cl in found for c in cl]
        documents = sorted({c.document for c in involved})
        what = span_words(involved) if key == SPAN_KEY else key
        conflicts.append(Finding("quantity", _evidence(involved), documents,
                                 _conflict_text(what, found, labels) + " " +
                                 _basis_text(kind, what, involved, published, max_days), sources.count(documents)))
    in_conflict = {(i.document, i.start) for f in conflicts for i in f.items}
    conflicts += [f for f in _quoted_against(groups, labels, published, aliases, unsure)
                  if not any((i.document, i.start) in in_conflict for i in f.items)]
    # The age of someone no report names beside it, told in alike sentences (issue 20, twelfth session).
    in_conflict = {(i.document, i.start) for f in conflicts for i in f.items}
    conflicts += [f for f in unnamed_age_conflicts(claims, sources, labels, published, aliases)
                  if not any((i.document, i.start) in in_conflict for i in f.items)]
    agreements += _unkeyed_agreements(claims, sources, labels, published, aliases)
    agreements += _other_words_agreements(claims, sources, labels, published, aliases,
                                          {(i.document, i.start) for f in agreements for i in f.items})
    # Ages of people named in full: agreements not already told in like words, and conflicts.
    age_agreements, age_conflicts = _ages(claims, sources, labels, published, aliases)
    told = {(i.document, i.start) for f in agreements for i in f.items}
    agreements += [f for f in age_agreements if not any((i.document, i.start) in told for i in f.items)]
    conflicts += age_conflicts
    # Win-loss records, scores and knockouts told as "N-M": tally with tally (issue 20, sixth session).
    tally_agreements, tally_conflicts = _tallies(claims, sources, labels, published)
    return agreements + tally_agreements, conflicts + tally_conflicts


MAX_PART_CLAIMS = 400  # above this many figures of one thing, the group is compared whole (pairs grow fast)


def _comparable_parts(group: list[Claim], published: dict[str, str | None], aliases: "_Aliases",
                      max_days: int, told: bool = False) -> list[list[Claim]]:
    """The group split into parts joined by comparable pairs (union-find); whole when too large. ``told``: figures
    near by the days they are told of are near too (``moments.told_apart``, the conflicts' date gap)."""
    if len(group) > MAX_PART_CLAIMS:
        return [group]
    joined = UnionFind()
    days = [_day_number(published.get(c.document)) for c in group]
    # _comparable_claims, its date gap on day numbers worked out once a figure (issue 17: most pairs of a long story
    # are told days apart, and only the pairs close enough in time are stepped through, ``_near_pairs``)
    pairs = _near_pairs(days, max_days)
    if told:
        told_days = [told_day(c, published) for c in group]
        if told_days != days:
            pairs = sorted(set(pairs) | set(_near_pairs(told_days, max_days)))
    for i, j in pairs:
        if joined.find(i) != joined.find(j) and _comparable_told(group[i], group[j], published, aliases):
            joined.union(i, j)
    parts: dict[int, list[Claim]] = {}
    for i, c in enumerate(group):
        parts.setdefault(joined.find(i), []).append(c)
    return list(parts.values())


def _told_as(kept: list[Claim], key: str) -> str:
    """How each source names what a toll counts, when they name it in other words: " (told as “men” and “workers”)"."""
    told = sorted({k[2] for c in kept if (k := basis_key(c)) is not None} - {key})
    if not told:
        return ""
    names = sorted({k.split()[0] for k in told} | ({"people"} if any(basis_key(c)[2] == key for c in kept) else set()))
    return " (told as " + " and ".join(f"“{n}”" for n in names) + ")"


def _one_toll(found: list[list[Claim]], sources: Sources) -> list[list[Claim]]:
    """Agreements on a toll whose people sources name in other words (``toll_key``): each the same number as written,
    no bound ("11 workers", "eleven men"; not "more than 220 people" and "more than 200 protesters", a toll still
    moving), and one finding a figure, whatever parts of the story it was told in (issue 20, sixth session: the blast's
    "11 workers" told on four days of a story were three agreements, two of them on one outlet's second report)."""
    by_value: dict[float, list[Claim]] = {}
    for kept in found:
        keys = {k[2] for c in kept if (k := basis_key(c)) is not None}
        if len(keys) > 1 and ({c.bound for c in kept} != {"exact"} or len({c.normalized.value for c in kept}) > 1):
            continue
        merged = by_value.setdefault(kept[0].normalized.value or 0.0, [])
        merged += [c for c in kept if all(_independent(sources, c, o, through_copies=True) for o in merged)]
    return [kept for _, kept in sorted(by_value.items()) if len(kept) >= 2]

