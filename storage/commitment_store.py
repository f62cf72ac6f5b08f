"""The commitment ledger's store operations: a part of :class:`storage.store.Store`.

Each public method is one transaction and returns what an undo stack needs to invert it:

=============================================  =================================================
operation                                      inverse
=============================================  =================================================
``track(annotations)`` → stored annotations    ``Store.delete(ids)`` (redo: ``Store.restore``)
``set_commitment(id, c)`` → (before, after)    ``set_commitment(id, before.commitment)``
``edit_commitment(id, changes)`` → (b, a)      ``edit_commitment(id, <b's values of the keys>)``
``change_status(id, …)`` → (annotation, e)     ``retract_status_change(e.id)`` (redo: change again)
``dismiss(document, suggestions)`` → rows      ``undismiss(ids)`` (redo: ``restore_dismissals``)
=============================================  =================================================

History rules (why): entries are never deleted, only retracted, so an undo travels to teammates
like any other change; a commitment's status is the annotation's ``commitment.status`` (merged
newest-``modified``-wins with the rest of the annotation) and every status change both writes
it and appends an entry, so the two agree.  After a retraction the status falls back to the
newest live entry.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from document.annotation import (
    Annotation, Commitment, CommitmentStatus, Evidence, StatusEntry, commitment_with_texts,
    new_annotation_id, utc_now,
)
from storage import convert
from storage.editing import AnnotationWrites
from storage.errors import StoreError
from storage.loading import load_ids
from storage.records import Dismissal
from storage.schema import AnnotationRow, DismissalRow, StatusEntryRow
from storage.status_history import append_entries, entries
from storage.write_steps import bumped, ensure_documents, replace_annotations

_DISMISSAL_SELECT = tuple(getattr(DismissalRow, name) for name in convert.DISMISSAL_COLUMNS)


class CommitmentLedger(AnnotationWrites):
    """Tracking, status history and dismissals.

    Built on :class:`~storage.editing.AnnotationWrites`: a tracked commitment is an annotation
    (:meth:`track` is ``add_many`` with a check), and a status is a field of it.
    """

    # -- tracking ------------------------------------------------------------------------

    def track(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        """Store new highlights that are commitments (each with its ``commitment`` set), in one
        transaction; each gets its first status entry.  Undo: ``delete`` their ids."""
        if any(a.commitment is None for a in annotations):
            raise StoreError("a tracked commitment needs its commitment fields")
        return self.add_many(annotations)

    def set_commitment(self, annotation_id: str, commitment: Commitment | None,
                       author: str = "") -> tuple[Annotation, Annotation]:
        """Make a highlight a commitment (or, with None, a plain highlight again).

        Making it one records its first status entry by ``author``; undoing (passing the
        ``before`` value back) keeps the history, which stays attached to the annotation.
        """
        with self._session(write=True) as session:
            before = self._one(session, annotation_id)
            after = replace(before, commitment=commitment, modified=bumped(before.modified))
            replace_annotations(session, [after], {}, record_status=False)
            was = before.commitment.status if before.commitment else None
            if commitment is not None and was != commitment.status:
                append_entries(session, [StatusEntry(
                    id=new_annotation_id(), annotation_id=annotation_id, status=commitment.status,
                    previous=was, at=after.modified, author=author)])
        return before, after

    def edit_commitment(self, annotation_id: str, changes: Mapping[str, str]) -> tuple[Annotation, Annotation]:
        """Change commitment fields (names from ``COMMITMENT_FIELDS``, values as text) and
        nothing else — not the status, so an edit never undoes a status change made meanwhile
        in another window.  Raises ValueError for an unknown field or value."""
        with self._session(write=True) as session:
            before = self._one(session, annotation_id)
            if before.commitment is None:
                raise StoreError(f"annotation {annotation_id} is not a commitment")
            commitment = commitment_with_texts(before.commitment, dict(changes))
            after = replace(before, commitment=commitment, modified=bumped(before.modified))
            replace_annotations(session, [after], {}, record_status=False)
        return before, after

    # -- status ----------------------------------------------------------------------------

    def change_status(self, annotation_id: str, status: CommitmentStatus | str, *, author: str = "",
                      note: str = "", source: str = "", evidence: Evidence | None = None,
                      ) -> tuple[Annotation, StatusEntry]:
        """Set a commitment's status (making a highlight a commitment if it was not one) and
        append a dated entry saying who, why, where from (``source``: free text or a URL) and,
        optionally, which passage of another report shows it.  Undo: ``retract_status_change``."""
        status = CommitmentStatus(status)
        with self._session(write=True) as session:
            before = self._one(session, annotation_id)
            commitment = replace(before.commitment or Commitment(), status=status)
            after = replace(before, commitment=commitment, modified=bumped(before.modified))
            replace_annotations(session, [after], {}, record_status=False)
            entry = StatusEntry(
                id=new_annotation_id(), annotation_id=annotation_id, status=status,
                previous=before.commitment.status if before.commitment else None, at=after.modified,
                author=author, note=note, source=source, evidence=evidence)
            append_entries(session, [entry])
        return after, entry

    def set_commitment_status(self, annotation_id: str, status: CommitmentStatus | str,
                              note: str = "", author: str = "") -> Annotation:
        """:meth:`change_status` without evidence, returning only the annotation."""
        return self.change_status(annotation_id, status, note=note, author=author)[0]

    def retract_status_change(self, entry_id: str) -> Annotation:
        """Undo a status change: mark its entry retracted and set the status back to the newest
        live entry's (open when none is left).  Retracting twice changes nothing more."""
        with self._session(write=True) as session:
            row = session.execute(
                select(StatusEntryRow.annotation_id, StatusEntryRow.retracted)
                .where(StatusEntryRow.id == entry_id)).first()
            if row is None:
                raise StoreError(f"no status change with id {entry_id} in the store")
            before = self._one(session, row.annotation_id)
            if row.retracted is not None:
                return before
            now = bumped(before.modified)
            session.execute(update(StatusEntryRow).where(StatusEntryRow.id == entry_id)
                            .values(retracted=convert.time_to_db(now)))
            live = entries(session, [StatusEntryRow.annotation_id == row.annotation_id,
                                           StatusEntryRow.retracted.is_(None)])
            status = live[-1].status if live else CommitmentStatus.OPEN
            after = replace(before, commitment=replace(before.commitment or Commitment(), status=status),
                            modified=now)
            replace_annotations(session, [after], {}, record_status=False)
        return after

    def commitment_history(self, annotation_id: str, include_retracted: bool = False) -> list[StatusEntry]:
        """Status changes of one commitment, oldest first (retracted ones only if asked)."""
        criteria = [StatusEntryRow.annotation_id == annotation_id]
        if not include_retracted:
            criteria.append(StatusEntryRow.retracted.is_(None))
        with self._session(write=False) as session:
            return entries(session, criteria)

    def commitment_histories(self, document_id: str, include_retracted: bool = True
                             ) -> dict[str, list[StatusEntry]]:
        """Every history entry of the document's annotations, by annotation id, oldest first —
        what an export or a sync carries (retracted entries included, so undos travel)."""
        ids = select(AnnotationRow.id).where(AnnotationRow.document_id == document_id).scalar_subquery()
        criteria = [StatusEntryRow.annotation_id.in_(ids)]
        if not include_retracted:
            criteria.append(StatusEntryRow.retracted.is_(None))
        grouped: dict[str, list[StatusEntry]] = {}
        with self._session(write=False) as session:
            for entry in entries(session, criteria):
                grouped.setdefault(entry.annotation_id, []).append(entry)
        return grouped

    # -- dismissed suggestions ---------------------------------------------------------------

    def dismiss(self, document_id: str, suggestions: Sequence[tuple[int, int, str]],
                author: str = "") -> list[Dismissal]:
        """Remember (start, end, quote) suggestions as dismissed in one transaction."""
        now = utc_now()
        rows = [Dismissal(id=new_annotation_id(), document_id=document_id, start=start, end=end,
                          quote=quote, author=author, dismissed=now) for start, end, quote in suggestions]
        self.restore_dismissals(rows)
        return rows

    def restore_dismissals(self, dismissals: Sequence[Dismissal]) -> None:
        """Store dismissals as they were (redo of :meth:`undismiss`); known ids are skipped."""
        if not dismissals:
            return
        with self._session(write=True) as session:
            ensure_documents(session, {d.document_id for d in dismissals})
            known = set(session.execute(select(DismissalRow.id).where(
                DismissalRow.id.in_([d.id for d in dismissals]))).scalars())
            fresh = [d for d in dismissals if d.id not in known]
            if fresh:
                session.execute(insert(DismissalRow), [
                    {"id": d.id, "document_id": d.document_id, "start": d.start, "end": d.end,
                     "quote": d.quote, "author": d.author, "dismissed": convert.time_to_db(d.dismissed)}
                    for d in fresh])

    def undismiss(self, dismissal_ids: Sequence[str]) -> list[Dismissal]:
        """Forget dismissals; returns them (pass them to :meth:`restore_dismissals` to redo)."""
        with self._session(write=True) as session:
            found = [convert.dismissal_from_row(row) for row in session.execute(
                select(*_DISMISSAL_SELECT).where(DismissalRow.id.in_(list(dismissal_ids)))).all()]
            if found:
                session.execute(delete(DismissalRow).where(DismissalRow.id.in_([d.id for d in found])))
        return found

    def dismissals(self, document_id: str) -> list[Dismissal]:
        """The document's dismissed suggestions, in document order."""
        with self._session(write=False) as session:
            rows = session.execute(select(*_DISMISSAL_SELECT).where(DismissalRow.document_id == document_id)
                                   .order_by(DismissalRow.start, DismissalRow.end, DismissalRow.id)).all()
        return [convert.dismissal_from_row(row) for row in rows]

    def _one(self, session: Session, annotation_id: str) -> Annotation:
        found = load_ids(session, [annotation_id], self.path).get(annotation_id)
        if found is None:
            raise StoreError(f"no annotation with id {annotation_id} in the store")
        return found
