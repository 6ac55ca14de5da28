"""What both runners share: the order of stories, and the outputs each stage saves.

Both runners call the same stage functions through :mod:`crosscheck.pipeline`;
only where the work happens differs. These helpers keep the parts that must be
identical between them (the time order a story-assignment function sees, the
record kinds a stage writes) in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from ..pipeline import RunSummary
from ..records import Document, Skipped
from ..store import KINDS, Store

# A story-assignment step: documents in time order in, a story name for each document id out.
# (The lead's online story clustering in ``crosscheck.stories`` plugs in here.)
AssignStories = Callable[[list[Document]], Mapping[str, str]]

# The record kinds each stage after cleaning saves, in pipeline order (see pipeline.analyze_story).
STAGE_OUTPUTS: dict[str, tuple[str, ...]] = {
    "copies": ("copy_groups",),
    "entities": ("entities",),
    "time": ("timexes", "events", "date_conflicts", "published"),
    "claims": ("claims",),
    "quotes": ("quotes",),
    "reconcile": ("agreements", "conflicts"),
    "brief": ("brief",),
}

# A new kind in the store means a stage this runner does not know how to carry over:
# fail at import, not by silently dropping a stage's output.
_KNOWN = {kind for kinds in STAGE_OUTPUTS.values() for kind in kinds}
if _KNOWN != set(KINDS):
    raise ImportError(f"runners.common.STAGE_OUTPUTS is out of date with store.KINDS: "
                      f"{sorted(_KNOWN ^ set(KINDS))}")


@dataclass
class StoriesSummary:
    """What a run over many stories did: one summary a story, and the inputs it could not read."""

    stories: list[RunSummary]
    documents: int
    skipped: list[Skipped]


def time_order(documents: Iterable[Document]) -> list[Document]:
    """Documents by publication day (undated ones last, by their bounds), then id: the order
    in which an online story clustering sees them, whichever runner calls it."""
    def key(d: Document) -> tuple[str, str]:
        p = d.published
        return (p.date or p.earliest or p.latest or "9999-12-31", d.id)

    unique: dict[str, Document] = {}
    for d in documents:
        unique.setdefault(d.id, d)
    return sorted(unique.values(), key=key)


def stories_in_order(ordered: list[Document], assignment: Mapping[str, str]) -> dict[str, list[Document]]:
    """Each story's documents in time order; stories in the order their first report appears."""
    out: dict[str, list[Document]] = {}
    for d in ordered:
        if d.id not in assignment:
            raise ValueError(f"the story assignment has no story for document {d.id}")
        out.setdefault(assignment[d.id], []).append(d)
    return out


def stage_outputs(store: Store, story: str, stage: str) -> dict[str, list]:
    """A finished stage's saved records, in the form ``Store.save_stage`` takes them back."""
    outputs: dict[str, list] = {}
    for kind in STAGE_OUTPUTS[stage]:
        if kind == "published":
            # Saved as (document id, date) pairs; load_documents applies them, in story order.
            outputs[kind] = [(d.id, d.published) for d in store.load_documents(story)]
        else:
            outputs[kind] = store.load(story, kind)
    return outputs


def story_records(store: Store, story: str) -> dict[str, list]:
    """Everything stored for a story, as plain data: its documents (in story order) and every
    stage's records. Two runs with equal ``story_records`` produced the same story."""
    from ..records import to_dict

    out: dict[str, list] = {"documents": [to_dict(d) for d in store.load_documents(story)]}
    for kind in KINDS:
        if kind != "published":  # part of the documents above
            out[kind] = [to_dict(r) for r in store.load(story, kind)]
    return out
