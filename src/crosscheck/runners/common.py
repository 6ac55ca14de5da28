"""What both runners share: the records each stage saves, and a story's stored records.

Both runners call the same stage functions through :mod:`crosscheck.pipeline`;
only where the work happens differs.
"""

from __future__ import annotations

from ..pipeline import STAGES
from ..store import KINDS, Store

# The record kinds each stage after cleaning saves, in pipeline order (see pipeline.analyze_story).
STAGE_OUTPUTS: dict[str, tuple[str, ...]] = {
    "copies": ("copy_groups", "shared_passages"),
    "entities": ("entities",),
    "time": ("timexes", "events", "date_conflicts", "date_agreements", "published"),
    "claims": ("claims",),
    "quotes": ("quotes", "attributions"),
    "reconcile": ("agreements", "conflicts", "updates", "differences"),
    "brief": ("brief", "key_dates", "topic_check"),
    "provenance": ("provenance", "primary_sources"),
}

if tuple(STAGE_OUTPUTS) != STAGES:
    raise ImportError(f"runners.common.STAGE_OUTPUTS is out of date with pipeline.STAGES: {STAGES}")

# A new kind in the store means a stage this runner does not know how to carry over:
# fail at import, not by silently dropping a stage's output.
_KNOWN = {kind for kinds in STAGE_OUTPUTS.values() for kind in kinds}
if _KNOWN != set(KINDS):
    raise ImportError(f"runners.common.STAGE_OUTPUTS is out of date with store.KINDS: "
                      f"{sorted(_KNOWN ^ set(KINDS))}")


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
