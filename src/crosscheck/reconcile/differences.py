"""Differences: figures that cannot both be true but whose basis is not certain enough for a conflict
(different or unsaid places or bodies), each told with why it is not a conflict."""

from __future__ import annotations

from ..records import Claim, Entity, Evidence, Finding, Sources
from .basis import MAX_DAYS_APART, MAX_RATIO, basis_key, developing
from .told import LEVEL
from .compare import MAX_MEASURE_RATIO, _Aliases, _independent, _is_magnitude, _overlap, _ratio, interval, story_aliases
from .moments import _day_number, _near_pairs, _same_time, apart_beyond
from .scope import _LOCAL_SCOPE, _SCOPE_END, _local_scope, _same_local_scope, _same_scope
from .wording import _fmt, key_told, measure_of


MAX_DIFFERENCES = 20  # per story: the list says where the basis is unsure, it is no second conflict list


def find_differences(claims: list[Claim], sources: Sources, labels: dict[str, str] | None = None,
                     published: dict[str, str | None] | None = None, entities: list[Entity] | None = None,
                     conflicts: list[Finding] | None = None, aliases: _Aliases | None = None) -> list[Finding]:
    """Figures that differ but are not shown as a conflict because their basis is not certain (issue 20):
    the same measure of the same thing, told by independent sources about the same time, with values
    that cannot both be true, but told of different or unsaid places or bodies ("11 cases in New
    Zealand" and "eight cases", "170,000 people in the province" and "230,000 people across Asia").
    Each is one pair, kind ``difference``, its explanation saying why it is not a conflict."""
    labels, published = labels or {}, published or {}
    aliases = aliases if aliases is not None else story_aliases(entities)
    in_conflict = {(i.document, i.start) for f in conflicts or [] for i in f.items}
    groups: dict[tuple[str, str | None, str], dict[str, Claim]] = {}
    for c in sorted(claims, key=lambda c: (c.document, c.start)):
        basis = basis_key(c)
        if basis is None or c.normalized.value is None or basis[2].startswith(("part: ", "more ")) or basis[0] == LEVEL:
            # (two levels of one day: the day of a raise tells both, ``basis.level_scale``)
            continue
        groups.setdefault(basis, {}).setdefault(c.document, c)  # one figure per report: its first
    found: list[Finding] = []
    for (kind, unit, key), first in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        max_days = 0 if developing(key) else MAX_DAYS_APART
        pairs = []
        # Issue 17: the figures in a list once (not once a pair), and a pair published further apart than
        # ``max_days`` passed over before anything is asked of it (the first test below, as numbers).
        values = list(first.values())
        days = [_day_number(published.get(c.document)) for c in values]
        for i, j in _near_pairs(days, max_days):  # (issue 17: only the pairs close enough in time stepped through)
            a, b = values[i], values[j]
            if (a.document, a.start) in in_conflict and (b.document, b.start) in in_conflict:
                continue
            # The cheap tests first (issue 17: a story of 1,000 reports asks about a million pairs here).
            if _overlap(interval(a), interval(b)):
                continue
            if not _independent(sources, a, b):
                continue
            limit = MAX_MEASURE_RATIO if kind == "measurement" else MAX_RATIO
            if _ratio(a, b) > limit or not _same_time(a, b, published) or _is_magnitude(a):
                continue  # another year, another day, a figure far apart: another thing, certainly
            local, scope = _same_local_scope(a, b), _same_scope(a, b, aliases)
            if local and scope:
                continue  # comparable: a conflict or an agreement, not a difference
            pairs.append((_ratio(a, b), a, b, local))
        if not pairs:
            continue
        _, a, b, local = min(pairs, key=lambda p: (p[0], p[1].id, p[2].id))
        why = (f"{_told_of('the first', a)} and {_told_of('the second', b)}" if not local
               else "their sentences name different places or bodies, or tell of different happenings")
        found.append(Finding(
            "difference", [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in (a, b)],
            sorted({a.document, b.document}),
            f"Differs, not comparable: {labels.get(a.document, a.document)} says {_fmt(a)} and "
            f"{labels.get(b.document, b.document)} says {_fmt(b)} about {key_told(key)}, but {why}, so the basis of a "
            f"conflict is not certain. Basis: {measure_of(kind, key)}.",
            sources.count([a.document, b.document])))
    return found[:MAX_DIFFERENCES]


def _told_of(which: str, c: Claim) -> str:
    scope = _local_scope(c)
    at = c.sentence.find(c.text)
    if scope is None or at < 0:
        return f"{which} names no place after it"
    m = _LOCAL_SCOPE.match(c.sentence[at + len(c.text):at + len(c.text) + 90])
    phrase = " ".join(_SCOPE_END.split(" " + m["scope"] + " ", maxsplit=1)[0].split()[:6]) if m else ""
    if m and m["prep"].split()[0] in ("outside", "beyond"):
        phrase = f"{m['prep']} {phrase}"  # the place left out, as told
    return f"{which} is told of “{phrase}”"
