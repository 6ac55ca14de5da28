"""The chain of an attribution that names no one ("Jeffs has reportedly suffered ...", "It was reported that ...", "X is
said to have ..."; quotes.agentless) when its sentence gives no source of its own: unnamed reports for the "report"
forms, no one (unattributed) for the others. Issue 19, twelfth session."""

from __future__ import annotations

from ..records import UNNAMED_REPORTS, Chain, Link, Quote
from .cues import UNATTRIBUTED


def unnamed_chain(document: str, links: list[Link], attribution: Quote, start: int | None, end: int | None) -> Chain:
    """``links``: the relays the report itself gives (its dateline agency); the item's chain ends in unnamed reports
    ("reportedly") or unattributed ("is said to")."""
    if attribution.speaker_text != UNNAMED_REPORTS:
        return Chain(document, links, UNATTRIBUTED, None, start, end)
    return Chain(document, links + [Link("reportedly", "reportedly", "primary")], "text:unnamed reports",
                 "unnamed reports", start, end)
