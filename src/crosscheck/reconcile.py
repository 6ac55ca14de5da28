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
"""

from __future__ import annotations

import math
import re

from .records import Claim, Entity, Evidence, Finding, Sources

EXACT_TOLERANCE = 0.02  # "800 km" and "815 km" agree
# A developing story's figures change: claims published further apart than this are
# updates of one another, not agreements or conflicts.
MAX_DAYS_APART = 1
# Claims about the same quantity are told in similar words: the sentences must share
# this share of their content words (of the shorter), and at least two of them.
MIN_CONTEXT_OVERLAP = 0.15
# Subjects too vague to say two figures count the same thing.
GENERIC_SUBJECTS = {"people", "year", "years", "time", "times", "day", "days", "percent", "cent", "one", "ones"}
_STOP = set("""a an the and or but of to in on at by for from with as is are was were be been has have had it its this
that these those he she they we said says told according about more than some over into up down not no new""".split())
ABOUT_TOLERANCE = 0.10  # "about 30 sq km" and "about 12 square miles" (31.1 km²) agree
PEOPLE = {"people", "person", "persons", "resident", "residents", "civilians", "civilian", "individuals"}


def subject_key(claim: Claim) -> str | None:
    unit = claim.normalized.unit
    if unit == "km²":
        return "area affected"
    if not claim.subject:
        return None
    words = re.findall(r"[a-z]+", claim.subject.lower())
    words = ["people" if w in PEOPLE else w for w in words if w not in ("of", "the", "a", "an")]
    key = " ".join(words)
    return key if key and key not in GENERIC_SUBJECTS else None


def interval(claim: Claim) -> tuple[float, float]:
    n = claim.normalized
    v = n.value if n.value is not None else claim.value
    if v is None:
        return (-math.inf, math.inf)
    measured = n.unit not in (None, "%") and not (n.unit or "").isupper()
    if claim.bound == "range" and n.value_max is not None:
        return (v, n.value_max)
    if claim.bound == "at_least":
        return (v, math.inf)
    if claim.bound == "at_most":
        return (0.0, v)
    tolerance = ABOUT_TOLERANCE if claim.bound == "about" else (EXACT_TOLERANCE if measured else 0.0)
    return (v * (1 - tolerance), v * (1 + tolerance))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def reconcile_claims(claims: list[Claim], sources: Sources, labels: dict[str, str] | None = None,
                     published: dict[str, str | None] | None = None,
                     entities: list[Entity] | None = None) -> tuple[list[Finding], list[Finding]]:
    """(agreements, conflicts). ``labels`` names reports in explanations (outlet, title);
    ``published`` (ISO day per report) keeps figures from different days of a story apart;
    ``entities`` let "UN" and "United Nations" count as the same name when scopes are compared."""
    labels = labels or {}
    published = published or {}
    aliases = _Aliases(_alias_index(entities or []))
    groups: dict[tuple[str | None, str], list[Claim]] = {}
    for c in claims:
        key = subject_key(c)
        if key is None or c.normalized.value is None:
            continue
        groups.setdefault((c.normalized.unit, key), []).append(c)

    agreements, conflicts = [], []
    for (unit, key), group in sorted(groups.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        # One claim per source: its first statement (a report may update itself).
        per_source: dict[str, Claim] = {}
        for c in sorted(group, key=lambda c: (c.document, c.start)):
            per_source.setdefault(sources.key(c.document), c)
        if len(per_source) < 2:
            continue
        clusters: list[list[Claim]] = []
        for c in sorted(per_source.values(), key=lambda c: (interval(c)[1] - interval(c)[0], c.id)):
            home = next((cl for cl in clusters if all(_overlap(interval(c), interval(o)) for o in cl)), None)
            if home is None:
                clusters.append([c])
            else:
                home.append(c)
        # A disagreeing figure only conflicts with those told about the same moment in
        # similar words; the others are updates or other quantities and are left out.
        if len(clusters) > 1:
            head = clusters[0]
            clusters = [head] + [cl for cl in clusters[1:]
                                 if any(_comparable(a, b, published, aliases) for a in cl for b in head)]
            if len(clusters) == 1 and len(head) < 2:
                continue
        elif not any(_comparable(a, b, published, aliases) for i, a in enumerate(clusters[0]) for b in clusters[0][i + 1:]):
            continue
        if len(clusters) > 1:
            # Name in a conflict only the figures told about the same moment as some figure they
            # disagree with; a clustered figure from weeks earlier is an update, not part of it.
            clusters = [[c for c in cl if any(_comparable(c, o, published, aliases)
                                              for other in clusters if other is not cl for o in other)]
                        for cl in clusters]
            clusters = [cl for cl in clusters if cl]
            if len(clusters) < 2:
                continue
        involved = [c for cl in clusters for c in cl]
        items = [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in involved]
        documents = sorted({c.document for c in involved})
        if len(clusters) == 1:
            agreements.append(Finding("quantity", items, documents, _agree_text(key, involved, labels),
                                      sources.count(documents)))
        else:
            conflicts.append(Finding("quantity", items, documents, _conflict_text(key, clusters, labels),
                                     sources.count(documents)))
    return agreements, conflicts


class _Aliases:
    """The story's alias index, with each sentence's names and content words worked out once:
    ``_comparable`` is asked about many pairs, and a story of thousands of reports has
    thousands of aliases to look for in each sentence."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.pairs = pairs
        self._names: dict[str, set[str]] = {}
        self._content: dict[str, set[str]] = {}

    def names(self, sentence: str) -> set[str]:
        if sentence not in self._names:
            self._names[sentence] = _names(sentence, self.pairs)
        return self._names[sentence]

    def content(self, sentence: str) -> set[str]:
        if sentence not in self._content:
            self._content[sentence] = _content(sentence)
        return self._content[sentence]


def _comparable(a: Claim, b: Claim, published: dict[str, str | None], aliases: "_Aliases") -> bool:
    """Told about the same moment (publication days close) in similar words."""
    da, db = published.get(a.document), published.get(b.document)
    if da and db:
        from datetime import date

        try:
            if abs((date.fromisoformat(da[:10]) - date.fromisoformat(db[:10])).days) > MAX_DAYS_APART:
                return False
        except ValueError:
            pass
    wa, wb = aliases.content(a.sentence), aliases.content(b.sentence)
    shared = wa & wb
    if len(shared) < 2 or len(shared) / max(1, min(len(wa), len(wb))) < MIN_CONTEXT_OVERLAP:
        return False
    # Scope: "39 cases" in Britain and "1,112 cases" worldwide are different quantities.
    # Sentences that both name places or bodies, but none in common, count different things.
    na, nb = aliases.names(a.sentence), aliases.names(b.sentence)
    return not (na and nb and not na & nb)


def _names(sentence: str, aliases: list[tuple[str, str]]) -> set[str]:
    """The names a sentence holds: entities (by any alias) and other capitalised words."""
    found: set[str] = set()
    covered: set[str] = set()
    for alias, entity_id in aliases:
        if alias in sentence:
            found.add(entity_id)
            covered.update(alias.split())
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z'-]+", sentence.strip())
    return found | {w for w in words if w.lower() not in _STOP and w not in covered}


def _alias_index(entities: list[Entity]) -> list[tuple[str, str]]:
    """(surface form, entity id), longest forms first, for every name of every entity."""
    pairs = {(form, e.id) for e in entities for form in [e.name, *e.aliases] if len(form) >= 2}
    return sorted(pairs, key=lambda p: -len(p[0]))


def _content(sentence: str) -> set[str]:
    words = re.findall(r"[a-z][a-z'-]+", sentence.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in _STOP and len(w) > 2}


def _fmt(c: Claim) -> str:
    n = c.normalized
    value = f"{n.value:,.4g}" if n.value is not None else "?"
    if n.value_max is not None:
        value += f"–{n.value_max:,.4g}"
    unit = f" {n.unit}" if n.unit and n.unit != "%" else ("%" if n.unit == "%" else "")
    written = f"“{c.text}”"
    if unit and (c.unit or "") not in (n.unit or "") and c.unit is not None:
        return f"{written} ({value}{unit})"
    return written


def _agree_text(key: str, claims: list[Claim], labels: dict[str, str]) -> str:
    said = "; ".join(f"{labels.get(c.document, c.document)} says {_fmt(c)}" for c in claims)
    bounds = {c.bound for c in claims}
    why = "the same value" if bounds == {"exact"} and len({c.normalized.value for c in claims}) == 1 else \
        "values compatible within their bounds and rounding"
    return f"{len(claims)} independent sources agree on {key}: {said} — {why}."


def _conflict_text(key: str, clusters: list[list[Claim]], labels: dict[str, str]) -> str:
    parts = []
    for cl in clusters:
        parts.append(", ".join(f"{labels.get(c.document, c.document)} says {_fmt(c)}" for c in cl))
    return (f"Independent sources disagree on {key}: " + " versus ".join(parts) +
            " — these figures cannot all be true, even allowing for their bounds and rounding.")
