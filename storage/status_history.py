"""The commitment status history's rows: reading entries, appending them, merging two histories.

Shared by the ledger's own operations (:mod:`storage.commitment_store`), by every annotation
write that records a status (:mod:`storage.write_steps`), by ``Store.merge`` and by team sync on
the server (:mod:`storage.sync.records`) — one rule for each, whichever side applies it.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import insert, literal_column, select, update
from sqlalchemy.orm import Session

from document.annotation import CommitmentStatus, StatusEntry
from storage import convert
from storage.errors import StoreDamaged
from storage.schema import StatusEntryRow
from storage.writes import chunks

# Ids of entries Pizhu makes up for a change that arrived without its own (a file from an
# older Pizhu): derived from what the change says, so importing the file twice adds it once.
_DERIVED_ENTRY_IDS = uuid.UUID("5d0b8a3c-2f4e-5c71-8e6a-9b1f0d7c3a25")
_ENTRY_ORDER = (StatusEntryRow.changed, literal_column("commitment_history.rowid"))
_ENTRY_SELECT = tuple(getattr(StatusEntryRow, name) for name in convert.STATUS_ENTRY_COLUMNS)


def derived_entry_id(annotation_id: str, status: CommitmentStatus, at: datetime) -> str:
    """The id of the entry recorded for a status an annotation arrived with."""
    text = "\x1f".join((annotation_id, CommitmentStatus(status).value, convert.time_to_db(at)))
    return str(uuid.uuid5(_DERIVED_ENTRY_IDS, text))


def entries(session: Session, criteria: list) -> list[StatusEntry]:
    """Status entries matching ``criteria``, oldest first (ties in the order they were written)."""
    rows = session.execute(select(*_ENTRY_SELECT).where(*criteria).order_by(*_ENTRY_ORDER)).all()
    try:
        return [convert.status_entry_from_row(row) for row in rows]
    except (ValueError, TypeError) as error:  # a damaged or hand-edited row: one line, no traceback
        raise StoreDamaged(f"the annotation store is damaged: a status history entry cannot be read "
                           f"({' '.join(str(error).split())[:120]}); restore it from a backup") from None


def append_entries(session: Session, new_entries: Sequence[StatusEntry]) -> None:
    """New status history rows."""
    if new_entries:
        # The table, not the ORM class: the ORM's bulk insert would split the rows into
        # runs by which values are None (``previous``, ``retracted``), a statement per run.
        session.execute(insert(StatusEntryRow.__table__),
                        [convert.status_entry_values(e) for e in new_entries])


def merge_history(session: Session, incoming: Sequence[StatusEntry], present: set[str]) -> int:
    """Union ``incoming`` entries into the history by id (for annotations in ``present``):
    unknown ids are added; a known one takes the retraction if either side retracted it (the
    earlier time).  Returns how many rows changed.

    The one rule for merging histories: imports use it through ``Store.merge``, and team sync
    on the server too (a session on the team database's connection).
    """
    wanted = {e.id: e for e in incoming if e.annotation_id in present}
    if not wanted:
        return 0
    known: dict[str, str | None] = {}
    for chunk in chunks(list(wanted)):
        known.update(session.execute(select(StatusEntryRow.id, StatusEntryRow.retracted)
                                     .where(StatusEntryRow.id.in_(chunk))).all())
    fresh = [e for i, e in wanted.items() if i not in known]
    append_entries(session, fresh)
    retractions = []
    for ident, local in known.items():
        retracted = wanted[ident].retracted
        if retracted is None:
            continue
        stamp = convert.time_to_db(retracted)
        if local is None or stamp < local:
            retractions.append({"id": ident, "retracted": stamp})
    if retractions:
        session.execute(update(StatusEntryRow), retractions)
    return len(fresh) + len(retractions)
