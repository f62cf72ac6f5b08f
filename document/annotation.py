"""Annotation values shared by the store, the exchange files and the GUI.

An annotation lives in canonical (source) offsets of one document; a script view only maps
them for painting.  Timestamps are timezone-aware UTC datetimes.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum

QUOTE_CONTEXT = 32  # characters of prefix and suffix kept with every quote


class AnchorState(str, Enum):
    """How well an annotation's stored position holds its quote in the current text."""

    ANCHORED = "anchored"
    CHANGED = "changed"
    REVIEW = "review"
    ORPHAN = "orphan"


class CommitmentStatus(str, Enum):
    """Tracking status of a government commitment."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    MISSED = "missed"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class TextQuote:
    """The quoted passage with its surrounding context (W3C TextQuoteSelector)."""

    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> "TextQuote":
        return cls(
            exact=text[start:end],
            prefix=text[max(0, start - QUOTE_CONTEXT):start],
            suffix=text[end:end + QUOTE_CONTEXT],
        )


@dataclass(frozen=True)
class Commitment:
    """Structured fields of a commitment: e.g. 地区生产总值 / 6 / % / 左右 / 2023."""

    indicator: str = ""
    value: str = ""
    unit: str = ""
    qualifier: str = ""
    deadline: str = ""
    status: CommitmentStatus = CommitmentStatus.OPEN


def utc_now() -> datetime:
    """Now in UTC, truncated to milliseconds so it survives a round trip through text."""
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=(now.microsecond // 1000) * 1000)


def new_annotation_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Annotation:
    """A highlight with its tags, note and (for commitments) structured fields.

    ``deleted`` marks a tombstone: it is kept so a merge cannot bring the annotation back.
    """

    id: str
    document_id: str
    start: int
    end: int
    quote: TextQuote
    color: str = "#ffd54f"
    tags: tuple[str, ...] = ()
    note: str = ""
    author: str = ""
    created: datetime = field(default_factory=utc_now)
    modified: datetime = field(default_factory=utc_now)
    state: AnchorState = AnchorState.ANCHORED
    commitment: Commitment | None = None
    deleted: bool = False

    def with_changes(self, **changes) -> "Annotation":
        """A copy with ``changes`` applied and ``modified`` bumped (unless given)."""
        changes.setdefault("modified", utc_now())
        return replace(self, **changes)
