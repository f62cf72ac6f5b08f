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


#: States whose place in the text is uncertain: a person has to accept, re-attach or discard
#: them (Needs Attention lists them; the panel's "attention" filter shows only them).
NEEDS_ATTENTION = frozenset({AnchorState.REVIEW, AnchorState.ORPHAN})


class CommitmentStatus(str, Enum):
    """Tracking status of a government commitment.

    The values are what files and the store hold; the Chinese names analysts use are
    未评估, 推进中, 已完成, 部分完成, 未完成, 无法核实 (in this order).
    """

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    PARTLY = "partly"
    MISSED = "missed"
    UNCLEAR = "unclear"


class CommitmentKind(str, Enum):
    """A quantified target (a value to reach) or a pledge with a checkable end state."""

    QUANTIFIED = "quantified"
    PLEDGE = "pledge"


class CommitmentStrength(str, Enum):
    """``aim`` when the report hedges (力争, 争取, 努力 …), ``firm`` otherwise."""

    FIRM = "firm"
    AIM = "aim"


class CommitmentBinding(str, Enum):
    """Chinese planning calls an indicator 约束性 (binding) or 预期性 (expected)."""

    EXPECTED = "expected"
    BINDING = "binding"


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
    """Structured fields of a tracked commitment: e.g. 地区生产总值增长 / 6 / % / 左右 / 2023.

    ``value`` is text because reports write ranges (``2-3``) and relations (``与经济增长同步``);
    exports turn plain numbers into numbers.  ``horizon`` is a year (``2023``) or a span of years
    (``2023-2027``).  The field order keeps the first six positional for older callers.
    """

    indicator: str = ""
    value: str = ""
    unit: str = ""
    qualifier: str = ""
    horizon: str = ""
    status: CommitmentStatus = CommitmentStatus.OPEN
    kind: CommitmentKind = CommitmentKind.PLEDGE
    strength: CommitmentStrength = CommitmentStrength.FIRM
    binding: CommitmentBinding = CommitmentBinding.EXPECTED
    category: str = ""


# The commitment fields a reader edits, in the order every table, export and JSON lists them.
# ``status`` is not among them: it changes only through a dated status entry.
COMMITMENT_FIELDS = (
    "kind", "indicator", "value", "unit", "qualifier", "horizon", "strength", "binding", "category",
)
# Fields whose values are an Enum member (the others are free text).
COMMITMENT_ENUMS = {"kind": CommitmentKind, "strength": CommitmentStrength, "binding": CommitmentBinding}


def commitment_field_text(commitment: Commitment, name: str) -> str:
    """A commitment field as the text files hold (an Enum's value, or the text itself)."""
    value = getattr(commitment, name)
    return value.value if isinstance(value, Enum) else value


def commitment_with_texts(commitment: Commitment, values: dict[str, str]) -> Commitment:
    """``commitment`` with fields replaced by text values (Enum fields converted; a bad value
    raises ValueError naming the field)."""
    changes = {}
    for name, text in values.items():
        if name not in COMMITMENT_FIELDS:
            raise ValueError(f"{name!r} is not a commitment field")
        enum = COMMITMENT_ENUMS.get(name)
        if enum is None:
            changes[name] = str(text)
            continue
        try:
            changes[name] = enum(text)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise ValueError(f"commitment {name} {text!r} is not one of {allowed}") from None
    return replace(commitment, **changes)


@dataclass(frozen=True)
class Evidence:
    """A passage of another report backing a status change (e.g. the next year's review).

    Stored as the document id plus the W3C selectors (quote and position), like an annotation's
    target, so it can be re-anchored and opened when that report is.
    """

    document_id: str
    start: int
    end: int
    quote: TextQuote


@dataclass(frozen=True)
class StatusEntry:
    """One dated step of a commitment's status history.

    ``id`` is stable and global (a UUID), so histories from teammates merge as a union by id.
    An undone change is kept with ``retracted`` set (when it was undone) rather than removed, so
    the undo also travels to teammates instead of the entry coming back with their next file.
    ``previous`` is the status before this change (None for the first one).
    """

    id: str
    annotation_id: str
    status: CommitmentStatus
    previous: CommitmentStatus | None
    at: datetime
    author: str = ""
    note: str = ""
    source: str = ""
    evidence: Evidence | None = None
    retracted: datetime | None = None

    @property
    def live(self) -> bool:
        return self.retracted is None


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
