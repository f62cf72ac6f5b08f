"""Rows ↔ document/ dataclasses, and timestamps ↔ stored text.

Kept apart from the Store so the mapping of every field is in one place and can be read (and
tested) without a database.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from document.annotation import AnchorState, Annotation, Commitment, CommitmentStatus, TextQuote
from storage.records import DocumentRecord, StatusChange

# Columns of ``annotations`` read back into an Annotation, in this order.
ANNOTATION_COLUMNS = (
    "id", "document_id", "start", "end", "exact", "prefix", "suffix", "color", "note",
    "author", "created", "modified", "state", "deleted",
    "commitment_indicator", "commitment_value", "commitment_unit", "commitment_qualifier",
    "commitment_deadline", "commitment_status",
)


# Value -> member lookups: a dict get is several times cheaper than calling the Enum, and the
# panel query converts every row.
_STATES = {state.value: state for state in AnchorState}
_STATUSES = {status.value: status for status in CommitmentStatus}


def time_to_db(value: datetime) -> str:
    """UTC, fixed width, microseconds: exact, and text order is time order.

    A naive datetime is taken to be UTC already (the app only makes aware UTC ones; a naive
    value can only come from a careless caller, and guessing local time would shift it).
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    v = value.astimezone(timezone.utc)
    # Formatted by hand: strftime's %Y does not zero-pad years before 1000 on glibc.
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:"
            f"{v.second:02d}.{v.microsecond:06d}Z")


def time_from_db(value: str) -> datetime:
    return datetime.fromisoformat(value)  # the trailing Z makes it aware UTC (Python 3.11+)


def time_to_json(value: datetime) -> str:
    """``2023-01-16T08:30:00.123Z``: UTC with milliseconds, as users' scripts expect."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return time_to_db(value)[:23] + "Z"


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: surrounding whitespace trimmed, empty names dropped, duplicates removed
    (first occurrence keeps its place).  The order the user gave is otherwise kept."""
    seen: dict[str, None] = {}
    for tag in tags:
        name = tag.strip()
        if name and name not in seen:
            seen[name] = None
    return tuple(seen)


def annotation_values(annotation: Annotation, author_id: int | None) -> dict[str, Any]:
    """Column values of ``annotations`` for one annotation (tags and author go elsewhere)."""
    commitment = annotation.commitment
    return {
        "id": annotation.id,
        "document_id": annotation.document_id,
        "start": annotation.start,
        "end": annotation.end,
        "exact": annotation.quote.exact,
        "prefix": annotation.quote.prefix,
        "suffix": annotation.quote.suffix,
        "color": annotation.color,
        "note": annotation.note,
        "author_id": author_id,
        "created": time_to_db(annotation.created),
        "modified": time_to_db(annotation.modified),
        "state": AnchorState(annotation.state).value,
        "deleted": 1 if annotation.deleted else 0,
        "commitment_indicator": commitment.indicator if commitment else "",
        "commitment_value": commitment.value if commitment else "",
        "commitment_unit": commitment.unit if commitment else "",
        "commitment_qualifier": commitment.qualifier if commitment else "",
        "commitment_deadline": commitment.deadline if commitment else "",
        "commitment_status": CommitmentStatus(commitment.status).value if commitment else None,
    }


def annotation_from_row(row: Sequence[Any], tags: Sequence[str]) -> Annotation:
    """An Annotation from a row in :data:`ANNOTATION_COLUMNS` order and its ordered tags."""
    (ident, document_id, start, end, exact, prefix, suffix, color, note, author, created,
     modified, state, deleted, indicator, value, unit, qualifier, deadline, status) = row
    commitment = None
    if status is not None:
        commitment = Commitment(
            indicator=indicator, value=value, unit=unit, qualifier=qualifier,
            deadline=deadline, status=_STATUSES.get(status) or CommitmentStatus(status),
        )
    return Annotation(
        id=ident,
        document_id=document_id,
        start=start,
        end=end,
        quote=TextQuote(exact=exact, prefix=prefix, suffix=suffix),
        color=color,
        tags=tuple(tags),
        note=note,
        author=author or "",
        created=time_from_db(created),
        modified=time_from_db(modified),
        state=_STATES.get(state) or AnchorState(state),
        commitment=commitment,
        deleted=bool(deleted),
    )


def document_from_row(row: Sequence[Any]) -> DocumentRecord:
    ident, title, path, text, first_seen, last_opened = row
    return DocumentRecord(
        id=ident, title=title, path=path, text=text,
        first_seen=time_from_db(first_seen), last_opened=time_from_db(last_opened),
    )


def status_change_from_row(row: Sequence[Any]) -> StatusChange:
    annotation_id, old, new, note, changed = row
    return StatusChange(
        annotation_id=annotation_id,
        old=CommitmentStatus(old) if old is not None else None,
        new=CommitmentStatus(new),
        note=note,
        changed=time_from_db(changed),
    )
