"""The merge rule for one annotation (docs/architecture.md §7), kept pure so it can be read and tested
without a database.

Last writer wins by ``modified``, with the local copy kept on a tie.  Deletions are tombstones
carrying their own (bumped) ``modified``, so the same rule gives the behaviour users expect:
a deletion beats older edits, an older live copy from a file cannot resurrect a newer deletion,
an edit made after a deletion brings the annotation back, and merging a file a second time
finds every annotation identical or tied and changes nothing.
"""
from __future__ import annotations

from enum import Enum

from document.annotation import Annotation


class Decision(str, Enum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    OLDER_SKIPPED = "older_skipped"


def decide(local: Annotation | None, incoming: Annotation) -> Decision:
    """What merging ``incoming`` into a store holding ``local`` (or nothing) does."""
    if local is None:
        return Decision.ADDED
    if incoming == local or incoming.modified == local.modified:
        return Decision.UNCHANGED
    if incoming.modified > local.modified:
        return Decision.UPDATED
    return Decision.OLDER_SKIPPED
