"""Plain values the Store hands out besides :class:`document.annotation.Annotation`.

They are frozen dataclasses, never ORM objects, so callers (GUI, exchange, CLI) cannot touch a
session by accident and can pass them between threads freely.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from document.annotation import Annotation


@dataclass(frozen=True)
class DocumentRecord:
    """What the store remembers about a document.

    ``text`` is the canonical text as it was when last opened; re-anchoring annotations onto a
    new version of the report needs the old text to find where a quote used to sit.
    """

    id: str
    title: str
    path: str
    text: str
    first_seen: datetime
    last_opened: datetime


@dataclass(frozen=True)
class TagInfo:
    """A tag, its colour (``None``: use the annotation's own) and how many live annotations use it."""

    name: str
    color: str | None
    count: int


@dataclass(frozen=True)
class Dismissal:
    """A detected commitment the reader dismissed: its quote and where it stood.

    Matching a fresh detection against it (:func:`storage.ledger.is_dismissed`) uses the quote
    and the position, so the suggestion stays dismissed when the detector runs again.
    """

    id: str
    document_id: str
    start: int
    end: int
    quote: str
    author: str
    dismissed: datetime


@dataclass(frozen=True)
class MergeResult:
    """What a merge did (or, for a dry run, would do).

    Every incoming annotation lands in exactly one of the four groups, so
    ``added + updated + unchanged + older_skipped == len(incoming)``.  ``deleted_ids`` lists the
    ids among ``added_ids``/``updated_ids`` that are tombstones (a deletion arriving from a
    teammate), so a summary can say "3 deleted" instead of counting them as additions.
    """

    added_ids: tuple[str, ...] = ()
    updated_ids: tuple[str, ...] = ()
    unchanged_ids: tuple[str, ...] = ()
    older_skipped_ids: tuple[str, ...] = ()
    deleted_ids: tuple[str, ...] = ()
    dry_run: bool = False

    @property
    def added(self) -> int:
        return len(self.added_ids)

    @property
    def updated(self) -> int:
        return len(self.updated_ids)

    @property
    def unchanged(self) -> int:
        return len(self.unchanged_ids)

    @property
    def older_skipped(self) -> int:
        return len(self.older_skipped_ids)

    @property
    def deleted(self) -> int:
        return len(self.deleted_ids)

    @property
    def changed(self) -> bool:
        """True when the merge wrote (or would write) anything."""
        return bool(self.added_ids or self.updated_ids)


@dataclass(frozen=True)
class Rewritten:
    """What :meth:`storage.store.Store.update_unless_newer` did: ``stored``, the values written;
    ``conflicts``, ids deleted elsewhere meanwhile (nothing written); ``superseded``, annotations
    someone else changed since the caller's base, kept as they are stored (nothing written)."""

    stored: tuple[Annotation, ...] = ()
    conflicts: tuple[str, ...] = ()
    superseded: tuple[Annotation, ...] = ()


@dataclass(frozen=True)
class Retagged:
    """What a tag-wide operation (rename, merge, delete) changed, in every document.

    ``before`` and ``after`` list the same live annotations in the same order, as they were and
    as they are stored now: enough to show the change and to undo it (write ``before`` back
    with ``after`` as the base).
    """

    before: tuple[Annotation, ...] = ()
    after: tuple[Annotation, ...] = ()
