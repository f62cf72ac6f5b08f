"""The steps every write of the store is made of, inside the caller's transaction.

Adding, editing, merging, re-tagging and the commitment ledger all write annotations the same
way — placeholder documents for the foreign key, author and tag ids looked up or created, the
rows through :mod:`storage.writes`' bulk statements, tag links in order, a status history
entry for each changed status — so these are plain functions on a session, shared by every
part of :class:`storage.store.Store` rather than methods one part borrows from another.  One
rule for ``modified`` lives here too (:func:`bumped`), as every edit that stamps "now" needs it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace as with_fields
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from document.annotation import Annotation, CommitmentStatus, StatusEntry, new_annotation_id, utc_now
from document.model import Document
from storage import convert, writes
from storage.schema import AnnotationRow, AnnotationTagRow, AuthorRow, DocumentRow, TagRow
from storage.status_history import append_entries

_ONE_MS = timedelta(milliseconds=1)


def bumped(previous: datetime) -> datetime:
    """A new ``modified``: now, but always later than ``previous``.

    A teammate's clock may run ahead; a deletion or rename stamped "now" could then look older
    than the edit it replaces and lose the next merge.  At the very end of the calendar (a time
    imported by an older Pizhu) there is no later instant: the time stays, and the edit is still
    saved — it ties instead of winning, which beats refusing the user's deletion.
    """
    now = utc_now()
    if now > previous:
        return now
    try:
        return previous + _ONE_MS
    except OverflowError:
        return previous


def normalised(annotation: Annotation) -> Annotation:
    """The annotation as it will be stored: tags trimmed and de-duplicated."""
    tags = convert.normalise_tags(annotation.tags)
    return annotation if tags == annotation.tags else with_fields(annotation, tags=tags)


def record_document(session: Session, document: Document) -> None:
    """Insert or refresh a document row; an empty ``path`` keeps the one recorded before."""
    now = convert.time_to_db(utc_now())
    known = session.execute(
        select(DocumentRow.path).where(DocumentRow.id == document.id)
    ).first()
    if known is None:
        session.execute(insert(DocumentRow).values(
            id=document.id, title=document.title, path=document.path,
            text=document.text, first_seen=now, last_opened=now,
        ))
    else:
        session.execute(update(DocumentRow).where(DocumentRow.id == document.id).values(
            title=document.title, path=document.path or known.path,
            text=document.text, last_opened=now,
        ))


def ensure_documents(session: Session, document_ids: Iterable[str]) -> None:
    """Placeholder rows for documents not yet opened here (e.g. from an import), so the
    foreign key holds; ``Store.ensure_document`` fills them in when the report is opened."""
    writes.placeholder_documents(session.connection(), list(document_ids), convert.time_to_db(utc_now()))


def insert_annotations(session: Session, annotations: Sequence[Annotation], record_status: bool = True) -> None:
    """New rows with their tags; ``record_status``: each commitment's first history entry."""
    if not annotations:
        return
    ensure_documents(session, {a.document_id for a in annotations})
    authors = author_ids(session, {a.author for a in annotations if a.author})
    row = convert.annotation_row
    with convert.gc_paused():  # thousands of tuples that all survive (see gc_paused)
        writes.insert_annotations(session.connection(),
                                  [row(a, authors.get(a.author)) for a in annotations])
        _write_tags(session, annotations)
    if record_status:
        _record_statuses(session, [
            (a.id, None, a.commitment.status, a.author, a.modified)
            for a in annotations if a.commitment is not None and not a.deleted
        ])


def replace_annotations(session: Session, annotations: Sequence[Annotation],
                        before: dict[str, Annotation], record_status: bool = True) -> None:
    """Overwrite existing rows (an UPDATE, so their status history stays attached);
    ``record_status``: an entry for each status that differs from ``before``'s."""
    if not annotations:
        return
    ensure_documents(session, {a.document_id for a in annotations})
    authors = author_ids(session, {a.author for a in annotations if a.author})
    row = convert.annotation_row
    with convert.gc_paused():
        writes.update_annotations(session.connection(),
                                  [row(a, authors.get(a.author)) for a in annotations])
    for chunk in writes.chunks([a.id for a in annotations]):
        session.execute(delete(AnnotationTagRow).where(AnnotationTagRow.annotation_id.in_(chunk)))
    _write_tags(session, annotations)
    if record_status:
        changes = []
        for a in annotations:
            old = before.get(a.id)
            old_status = old.commitment.status if old and old.commitment else None
            new_status = a.commitment.status if a.commitment else None
            if new_status is not None and new_status != old_status:
                changes.append((a.id, old_status, new_status, "", a.modified))  # editor unknown
        _record_statuses(session, changes)


def _write_tags(session: Session, annotations: Sequence[Annotation]) -> None:
    ids = tag_ids(session, {t for a in annotations for t in a.tags})
    writes.insert_links(session.connection(), [
        (a.id, ids[t], i) for a in annotations for i, t in enumerate(a.tags)
    ])


def _record_statuses(
    session: Session,
    changes: Sequence[tuple[str, CommitmentStatus | None, CommitmentStatus, str, datetime]],
) -> None:
    """Append (annotation id, old, new, author, when) entries to the status history."""
    append_entries(session, [
        StatusEntry(id=new_annotation_id(), annotation_id=ident, status=CommitmentStatus(new),
                    previous=CommitmentStatus(old) if old is not None else None, at=when, author=author)
        for ident, old, new, author, when in changes
    ])


def author_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Row ids of these author names, adding the new ones."""
    return writes.name_ids(session.connection(), AuthorRow.__table__, list(names))


def tag_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Row ids of these tag names, adding the new ones (without a colour)."""
    return writes.name_ids(session.connection(), TagRow.__table__, list(names))


def touch(session: Session, annotations: Sequence[tuple[str, str]]) -> None:
    """Give these (id, stored ``modified``) annotations a new ``modified`` — a change made to
    them from outside their row (their tags renamed) must travel in exports like an edit."""
    if annotations:
        session.execute(update(AnnotationRow), [
            {"id": ident,
             "modified": convert.time_to_db(bumped(convert.time_from_db(modified)))}
            for ident, modified in annotations
        ])
