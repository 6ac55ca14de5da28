"""What the store keeps of a stage's output: its kinds of records, and each record as one JSON row."""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from ..records import (
    BriefSentence,
    Claim,
    CopyGroup,
    DatedEntry,
    Entity,
    Event,
    Finding,
    PrimarySource,
    Provenance,
    PublishedDate,
    Quote,
    SharedPassage,
    Timex,
    TopicCheck,
    Update,
)

# Each stage's output kinds and their record types: the store serialises
# records to JSON rows and rebuilds them with these types.
KINDS: dict[str, type] = {
    "copy_groups": CopyGroup,
    "entities": Entity,
    "timexes": Timex,
    "events": Event,
    "date_conflicts": Finding,
    "date_agreements": Finding,  # the day or year of one happening written alike by independent sources (issue 20)
    "published": PublishedDate,
    "claims": Claim,
    "quotes": Quote,
    "attributions": Quote,  # attributions "who said what" does not show (Quote.hidden says why): provenance traces them
    "agreements": Finding,
    "conflicts": Finding,
    "differences": Finding,  # figures that differ where the basis of a conflict is not certain (issue 20)
    "brief": BriefSentence,
    "key_dates": DatedEntry,
    "topic_check": TopicCheck,  # the pile's topic terms and the reports that look off its story (issue 20, on_story)
    "shared_passages": SharedPassage,  # kept in their own table, ``passages``
    "provenance": Provenance,
    "primary_sources": PrimarySource,
    "updates": Update,  # reconcile: figures that moved over the story's publication times
}


def _record_rows(story: str, stage: str, kind: str, records: Iterable[Any]) -> Iterator[tuple]:
    """The stage_records rows of one kind of a stage's output, one at a time."""
    for seq, record in enumerate(records):
        if kind == "published":  # (document id, PublishedDate) pairs
            doc_id, record = record
        else:
            doc_id = getattr(record, "document", None)
        yield story, stage, kind, seq, doc_id, record_json(record)


def record_json(record: Any) -> str:
    """``json.dumps(to_dict(record), ensure_ascii=False)``, the same text, written by the C encoder in one
    pass (issue 17: an update of a 1,000-report story writes ~44,000 records, every stage's, to compare them
    with the stored ones): a record (a dataclass) is handed over as its fields in order, every other value
    as it is, which the encoder writes as ``to_dict``'s copy of it would be written."""
    return _RECORD_ENCODER.encode(record)


def _record_fields(value: Any) -> dict[str, Any]:
    import dataclasses

    names = _FIELD_ORDER.get(type(value))
    if names is None:
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        names = _FIELD_ORDER[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    return {name: getattr(value, name) for name in names}


_FIELD_ORDER: dict[type, tuple[str, ...]] = {}
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_record_fields)


try:  # a faster decoder of the same JSON (issue 17), where installed; the standard one otherwise
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency
    _orjson = None


def loads(text: str | bytes) -> Any:
    """``json.loads(text)``, the same values of the same types (issue 17: an update of a 1,000-report story reads
    ~60,000 stored rows back), decoded by orjson; what orjson refuses and the standard decoder takes (NaN, Infinity,
    lone surrogates) is decoded by ``json.loads`` as before. One difference: an integer outside [-2**63, 2**64) comes
    back a float from orjson; the integers the stages store are offsets, counts, sequence numbers, years and uint64
    shingle hashes, all inside (every row of a 1,010-report story's store decodes equal and of the same type)."""
    if _orjson is not None:
        try:
            return _orjson.loads(text)
        except _orjson.JSONDecodeError:
            pass
    return json.loads(text)
