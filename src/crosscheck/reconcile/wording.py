"""How a finding is told: the figures as written, who says what, and the basis in words."""

from __future__ import annotations

import re

from ..readable import human_scale, plain_number, readable_quantity
from ..records import Claim, Evidence
from .basis import MEASURE_WORDS
from .spans import SPAN_KEY, span_thing, span_told


SPAN_TOLD = ("how long ", "the time ", "the span of time ", "a span of time")  # span_words' phrases


def _evidence(claims: list[Claim]) -> list[Evidence]:
    return [Evidence(c.document, c.text, c.sentence, c.start, c.end) for c in claims]


def _basis_text(kind: str, key: str, claims: list[Claim], published: dict[str, str | None], max_days: int) -> str:
    days = sorted({(published.get(c.document) or "")[:10] for c in claims} - {""})
    when = (f"told on {days[0]}" if len(days) == 1 else f"told {days[0]} to {days[-1]}") if days else "undated"
    moment = "the same day" if max_days == 0 else f"at most {max_days} day apart"
    key = key_told(key)
    of = ": " if key.startswith(SPAN_TOLD) else " of "  # "a duration: how long “deliberation” lasted"
    if key == "a span of time":  # names nothing more than its measure: "a duration", not "a duration: a span of time"
        of = key = ""
    return (f"Basis: {MEASURE_WORDS.get(kind, kind)}{of}{key}, {when} ({moment}), in sentences about the same "
            f"happening and the same places and bodies.")


def _number(x: float) -> str:
    """A value as a reader writes it: "17,170", "193.1", never "1.717e+04" nor "1.8e-05"."""
    return plain_number(x)


def key_told(key: str) -> str:
    """What a figure counts, as a reader reads it (issue 20, seventh session: "disagree on part: time span"):
    the comparison key's markers in words, a span of time naming nothing as "a span of time"."""
    if key == SPAN_KEY:
        return "a span of time"
    for prefix, told in (("part: ", "{} (a part of a total)"), ("more ", "more {}"), ("possibly ", "possibly {}")):
        if key.startswith(prefix):
            return told.format(key_told(key[len(prefix):]))
    return key


def measure_of(kind: str, key: str) -> str:
    """A difference's basis in words: "a count of banks", "a duration" (not "a duration of a span of time")."""
    told = key_told(key)
    return MEASURE_WORDS.get(kind, kind) + ("" if told == "a span of time" else f" of {told}")


_SMALL_SCALE = {"cm", "mm", "g", "ml", "m²"}  # readable units smaller than a reader's metre, kilogram, litre


def _fmt(c: Claim) -> str:
    """The figure as written, and beside it the value compared where a conversion made it ("up to 120 miles an
    hour (193.1 km/h)"). A span of time or an age compared in days is shown as written only: "63-year-old
    (2.301e+04 day)" told the reader nothing (seen in a new user's run of ECB topic 18)."""
    n = c.normalized
    written = f"“{c.text}”"
    if n.unit and n.unit not in ("day", "%") and (c.unit or "") not in n.unit and c.unit is not None \
            and n.value is not None:
        # Issue 20, seventh session: in the unit a reader uses for its size ("120 miles" (193.1 km)); a length
        # under a metre or a weight under a kilogram ("13-inch", not (0.00033 km)) reads best in its own unit.
        _, unit = human_scale(max(abs(n.value), abs(n.value_max or 0.0)), n.unit)
        if unit in _SMALL_SCALE or (unit or "").rstrip("s") == (c.unit or "").rstrip("s"):
            return written
        return f"{written} ({readable_quantity(n.value, n.value_max, n.unit)})"
    return written


def _agree_text(key: str, claims: list[Claim], labels: dict[str, str]) -> str:
    key = key_told(key)
    said = "; ".join(f"{labels.get(c.document, c.document)} says {_fmt(c)}" for c in claims)
    bounds = {c.bound for c in claims}
    why = "the same value" if bounds == {"exact"} and len({c.normalized.value for c in claims}) == 1 else \
        "values compatible within their bounds and rounding"
    return f"{len(claims)} independent sources agree on {key}: {said} — {why}."


def _conflict_text(key: str, clusters: list[list[Claim]], labels: dict[str, str]) -> str:
    key = key_told(key)
    parts = []
    for cl in clusters:
        parts.append(", ".join(f"{labels.get(c.document, c.document)} says {_fmt(c)}" for c in cl))
    return (f"Independent sources disagree on {key}: " + " versus ".join(parts) +
            " — these figures cannot all be true, even allowing for their bounds and rounding.")


def span_words(claims: list[Claim]) -> str:
    """What the spans of time of a finding are the length of, in words (issue 20, session 5: a basis never says
    only "time span"): the words of each figure, the first of each kind ("how long “deliberation” lasted")."""
    by_thing: dict[str | None, str] = {}
    for c in claims:  # one wording per thing: "deliberation" and "deliberated" are one
        if (t := span_told(c)) is not None:
            by_thing.setdefault(span_thing(c), t)
    told = list(dict.fromkeys(by_thing.values()))
    if told:
        return " / ".join(told[:3])
    # No figure names what lasted: the happening is what all their sentences tell of, in the words they share.
    shared = set.intersection(*(set(re.findall(r"[a-z]{4,}", c.sentence.lower())) for c in claims)) - _NOT_TOLD
    first = re.findall(r"[a-z]{4,}", claims[0].sentence.lower())
    words = [w for w in dict.fromkeys(first) if w in shared][:5]
    return f"the span of time their sentences tell of (“{' … '.join(words)}”)" if words else "a span of time"


_NOT_TOLD = {"said", "says", "told", "that", "this", "with", "from", "have", "were", "been", "than", "more", "about",
             "after", "their", "they", "when", "which", "while", "would", "will", "into", "over", "also", "some", "just",
             "years", "year", "months", "month", "weeks", "week", "days", "hours", "minutes", "seconds", "nearly",
             "almost", "around", "only"}
