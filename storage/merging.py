"""The merge rule for one annotation (docs/architecture.md §7), kept pure so it can be read and tested
without a database.

Last writer wins by ``modified``, with the local copy kept on a tie.  Deletions are tombstones
carrying their own (bumped) ``modified``, so the same rule gives the behaviour users expect:
a deletion beats older edits, an older live copy from a file cannot resurrect a newer deletion,
an edit made after a deletion brings the annotation back, and merging a file a second time
finds every annotation identical or tied and changes nothing.
"""
from __future__ import annotations

from datetime import datetime
from enum import Enum

from document.annotation import Annotation


class Decision(str, Enum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    OLDER_SKIPPED = "older_skipped"


def decide(local: Annotation | None, incoming: Annotation) -> Decision:
    """What merging ``incoming`` into a store holding ``local`` (or nothing) does."""
    return decide_by_time(None if local is None else local.modified, incoming.modified)


def decide_by_time(local_modified: datetime | None, incoming_modified: datetime) -> Decision:
    """The same rule, given only the two ``modified`` times (``None``: no local copy).

    The rule looks at nothing else — two copies with equal times are "unchanged" whatever
    their content — so team sync can decide on the server from the times alone, without
    loading whole annotations there.
    """
    if local_modified is None:
        return Decision.ADDED
    if incoming_modified == local_modified:
        return Decision.UNCHANGED
    if incoming_modified > local_modified:
        return Decision.UPDATED
    return Decision.OLDER_SKIPPED
