"""Which tables travel in a sync, and the commitment status history that travels beside annotations.

An annotation travels as a row of the ``annotations`` table (every column, so a column added to
it travels without a change here) with its author and tags, and comes back through
``Store.merge``.  The status history of a commitment travels as
:class:`~document.annotation.StatusEntry` values, read and written through the conversion the
store uses (:mod:`storage.convert`), and is merged with the store's own rule
(:func:`storage.status_history.merge_history`: a union by entry id, a retraction travelling
with its entry) — here locally through ``Store.merge(..., history=...)``, on the server through
the same function on a session over the server's connection.

:data:`CARRIED_BY_ANNOTATION`, :data:`HISTORY`, :data:`NOT_TRAVELLING` and the side-only tables
(``info={SIDE: …}``) together name every table; a test fails when a new table is in none of
them, so whoever adds one decides whether it travels.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from document.annotation import StatusEntry
from storage import convert
from storage.status_history import merge_history
from storage.schema import StatusEntryRow

_CHUNK = 500  # annotation ids per IN (...) list

# Tables whose content travels inside the annotation rows (or, for documents, beside them).
CARRIED_BY_ANNOTATION = frozenset({"documents", "authors", "tags", "annotations", "annotation_tags"})
HISTORY = StatusEntryRow.__tablename__
# Tables that exist on both sides but whose rows stay where they were written, and why.
NOT_TRAVELLING = {
    # A reader's review of detected suggestions: files do not carry it either (an import and a
    # sync carry the same things), and the team server is not a shared suggestion list.
    "commitment_dismissals": "each reader's own dismissals of detected suggestions",
}

_HISTORY_COLUMNS = [StatusEntryRow.__table__.c[name] for name in convert.STATUS_ENTRY_COLUMNS]


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def read_history(conn: Connection, annotation_ids: Iterable[str]) -> list[StatusEntry]:
    """Every status entry (retracted ones too, so undos travel) of these annotations."""
    entries: list[StatusEntry] = []
    for chunk in _chunks(sorted(set(annotation_ids))):
        rows = conn.execute(select(*_HISTORY_COLUMNS).where(StatusEntryRow.annotation_id.in_(chunk)))
        entries += [convert.status_entry_from_row(row) for row in rows]
    return entries


def merge_history_into(conn: Connection, entries: Sequence[StatusEntry], present: set[str]) -> int:
    """Merge ``entries`` into the history reached by ``conn``, inside its transaction, by the
    store's rule; only entries of annotations in ``present`` (which exist there)."""
    if not entries:
        return 0
    with Session(bind=conn) as session:  # joins the open transaction; commits nothing itself
        return merge_history(session, entries, present)
