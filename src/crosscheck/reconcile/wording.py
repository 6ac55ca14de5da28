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
