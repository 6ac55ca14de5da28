"""How a finding is told: the figures as written, who says what, and the basis in words."""

from __future__ import annotations

from ..records import Claim, Evidence
from .basis import MEASURE_WORDS


def _evidence(claims: list[Claim]) -> list[Evidence]:
    return [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in claims]


def _basis_text(kind: str, key: str, claims: list[Claim], published: dict[str, str | None], max_days: int) -> str:
    days = sorted({(published.get(c.document) or "")[:10] for c in claims} - {""})
    when = (f"told on {days[0]}" if len(days) == 1 else f"told {days[0]} to {days[-1]}") if days else "undated"
    moment = "the same day" if max_days == 0 else f"at most {max_days} day apart"
    return (f"Basis: {MEASURE_WORDS.get(kind, kind)} of {key}, {when} ({moment}), in sentences about the same "
            f"happening and the same places and bodies.")


def _number(x: float) -> str:
    """A value as a reader writes it: "17,170", "193.1", never "1.717e+04"."""
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:,.4g}"


def _fmt(c: Claim) -> str:
    """The figure as written, and beside it the value compared where a conversion made it ("up to 120 miles an
    hour (193.1 km/h)"). A span of time or an age compared in days is shown as written only: "63-year-old
    (2.301e+04 day)" told the reader nothing (seen in a new user's run of ECB topic 18)."""
    n = c.normalized
    value = _number(n.value) if n.value is not None else "?"
    if n.value_max is not None:
        value += f"–{_number(n.value_max)}"
    unit = f" {n.unit}" if n.unit and n.unit != "%" else ("%" if n.unit == "%" else "")
    written = f"“{c.text}”"
    if unit and n.unit != "day" and (c.unit or "") not in (n.unit or "") and c.unit is not None:
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
