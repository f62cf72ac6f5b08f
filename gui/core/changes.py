"""The change event's value: what one mutation, undo or read did to the shown document.

Every view that shows annotations (reader highlights, the panel, outline counts, Needs
Attention, and whatever comes next) refreshes from :class:`AnnotationChange` alone, emitted by
:attr:`gui.core.state.AnnotationState.changed`.  A change is *incremental* (added, updated,
removed, each a handful of values, so a view touches one row or one highlight) or a *reset*
(the whole set was read: views rebuild).  Pure Python, so it is easy to build in tests.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum

from document.annotation import Annotation


class Cause(str, Enum):
    """Why the annotations changed; views rarely care, status messages and tests do."""

    LOAD = "load"            # the document's annotations were read: reset
    PREVIEW = "preview"      # only those on screen, read first: reset, index untouched (see below)
    OPERATION = "operation"  # an operation ran (first run or redo)
    UNDO = "undo"            # an operation was undone
    REFRESH = "refresh"      # the store was read again (another window, a sync pull)


@dataclass(frozen=True)
class Edited:
    """One annotation before and after a change (same id)."""

    before: Annotation
    after: Annotation


@dataclass(frozen=True)
class AnnotationChange:
    """What changed among the shown document's live annotations.

    For a reset (:attr:`reset`), ``added`` holds the whole new set and the other fields are
    empty.  A ``PREVIEW`` reset carries only the annotations on screen while the full read is
    still running; the index is not changed by it, so only views that paint (the reader) use
    it — the panel, counts and Needs Attention wait for the ``LOAD`` that follows.
    ``tag_colors`` is the document's new tag-colour map when it changed, else None.
    ``aspects`` names other state an operation changed besides annotations — say
    ``"dismissals"`` for the commitment ledger's dismissed suggestions — so the views of that
    state refresh from the same event (even when no annotation changed).
    """

    document_id: str
    cause: Cause
    added: tuple[Annotation, ...] = ()
    updated: tuple[Edited, ...] = ()
    removed: tuple[Annotation, ...] = ()
    tag_colors: Mapping[str, str] | None = None
    aspects: frozenset[str] = frozenset()

    @property
    def reset(self) -> bool:
        return self.cause in (Cause.LOAD, Cause.PREVIEW)

    @property
    def size(self) -> int:
        """How many annotations changed (a view rebuilds instead of patching above a bound)."""
        return len(self.added) + len(self.updated) + len(self.removed)

    @property
    def empty(self) -> bool:
        return not self.reset and self.size == 0 and self.tag_colors is None and not self.aspects

    def current(self) -> Iterator[Annotation]:
        """The annotations as they are now: added ones and the new values of updated ones."""
        yield from self.added
        for edited in self.updated:
            yield edited.after

    def involved(self) -> Iterator[Annotation]:
        """Every value the change mentions, old and new (a view that filters by state or tag
        checks both sides: an annotation may have entered or left what it shows)."""
        yield from self.added
        yield from self.removed
        for edited in self.updated:
            yield edited.before
            yield edited.after
