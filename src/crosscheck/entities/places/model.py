"""The records of toponym resolution: a name to resolve, what the story tells beside its names, and the choice."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    # Reports that read as sports reports (see sports_report()): their towns are mostly teams' home cities.
    sports: set[str] = field(default_factory=set)
    # The first-level divisions a report's institutions are named for ("Georgia Bureau of Investigation", "Texas
    # Department of Transportation", "University of Florida"): document -> {(country, admin1)}. See
    # institution_divisions().
    institutions: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
