"""The store's annotation writes: add, edit, delete and restore, and merging a teammate's file.

A part of :class:`storage.store.Store`.  Each public method is one ``BEGIN IMMEDIATE``
transaction that reads the stored versions first (:func:`storage.loading.load_ids`), decides,
and writes through :mod:`storage.write_steps` — so what an edit, an undo and an import decide
is always decided against what is stored now, not what a window last saw.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace

from sqlalchemy import update

from document.annotation import Annotation, CommitmentStatus, StatusEntry
from document.model import Document
from storage import convert, writes
from storage.errors import StoreConflict, StoreError
from storage.loading import load_ids
from storage.merging import Decision, decide
from storage.records import MergeResult, Rewritten
from storage.schema import AnnotationRow
from storage.status_history import append_entries, derived_entry_id, merge_history
from storage.store_file import StoreFile
from storage.write_steps import (
    bumped, insert_annotations, normalised, record_document, replace_annotations,
)

#: What an edit may change: every Annotation field but its identity and its times (``modified``
#: is set by the write itself).  Derived, so a field added to Annotation is carried by every
#: edit with a base instead of being silently dropped (tests/storage/test_store_fields.py).
_FIXED = ("id", "document_id", "created", "modified")
EDITABLE = tuple(f.name for f in fields(Annotation) if f.name not in _FIXED)


def _three_way(edited: Annotation, base: Annotation, stored: Annotation) -> Annotation:
    """``stored`` with the fields the caller changed (``edited`` differs from ``base``)."""
    changes = {name: getattr(edited, name) for name in EDITABLE
               if getattr(edited, name) != getattr(base, name)}
    # Newer than both, so the merged edit also wins when teammates merge files later.
    return replace(stored, **changes, modified=max(edited.modified, bumped(stored.modified)))


def _superseded(edited: Annotation, base: Annotation, stored: Annotation) -> bool:
    """Whether someone else changed, since ``base``, what this edit would change: a field the
    edit writes no longer holds the base's value — or, for a deletion, any field does (deleting
    would throw away their newer edit)."""
    deleting = edited.deleted and not base.deleted
    names = EDITABLE if deleting else [n for n in EDITABLE if getattr(edited, n) != getattr(base, n)]
    return any(getattr(stored, n) != getattr(base, n) for n in names)


def _status(annotation: Annotation | None) -> CommitmentStatus | None:
    return annotation.commitment.status if annotation is not None and annotation.commitment else None


class AnnotationWrites(StoreFile):
    """Writing annotations and the documents they belong to."""

    def ensure_document(self, document: Document) -> None:
        """Record (or refresh) a document: title, path, canonical text, first/last seen.

        An empty ``path`` (a document read from bytes) keeps the path recorded before.
        """
        with self._session(write=True) as session:
            record_document(session, document)

    def add(self, annotation: Annotation) -> Annotation:
        """Store a new annotation; returns it as stored (tags trimmed and de-duplicated)."""
        return self.add_many([annotation])[0]

    def add_many(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        """Store several new annotations in one transaction (all or none)."""
        stored = [normalised(a) for a in annotations]
        ids = [a.id for a in stored]
        if len(set(ids)) != len(ids):
            raise StoreError("the same annotation id appears twice in one addition")
        with self._session(write=True) as session:
            clash = writes.existing_ids(session.connection(), ids)
            if clash:
                raise StoreError(f"an annotation with id {sorted(clash)[0]} already exists")
            insert_annotations(session, stored)
        return stored

    def update(self, annotation: Annotation, base: Annotation | None = None) -> Annotation:
        """Store an edited annotation (the caller bumps ``modified``) and return what was stored.

        Without ``base`` every field is replaced.  With ``base`` — the version the caller
        edited — only the fields that differ from ``base`` are written and the others keep the
        stored values, so two windows (or a window and ``pizhu import``) editing the same
        annotation do not undo each other's changes; an annotation deleted elsewhere meanwhile
        stays deleted (:class:`StoreConflict`).  A changed commitment status is recorded in the
        status history.
        """
        stored, conflicts = self.update_many([annotation], [base])
        if conflicts:
            raise StoreConflict("this annotation was deleted in another window; the edit was not saved")
        return stored[0]

    def update_many(self, annotations: Sequence[Annotation],
                    bases: Sequence[Annotation | None] | None = None) -> tuple[list[Annotation], list[str]]:
        """:meth:`update` for many annotations in one transaction.

        Returns (what was stored, ids refused because they were deleted elsewhere meanwhile).
        """
        result = self._update(annotations, bases, keep_newer=False)
        return list(result.stored), list(result.conflicts)

    def update_unless_newer(self, annotations: Sequence[Annotation],
                            bases: Sequence[Annotation]) -> Rewritten:
        """:meth:`update_many` for undo and redo, which put back values rather than make new ones.

        An annotation whose changed fields someone else changed since ``base`` — a teammate's
        edit a sync pulled, another window's — keeps that newer version (listed in
        ``superseded``), so an undo never writes an older value over a newer one; a deletion
        goes ahead only while nobody changed the annotation since ``base``.  One transaction.
        """
        return self._update(annotations, bases, keep_newer=True)

    def _update(self, annotations: Sequence[Annotation], bases: Sequence[Annotation | None] | None,
                keep_newer: bool) -> Rewritten:
        bases = list(bases) if bases is not None else [None] * len(annotations)
        with self._session(write=True) as session:
            current = load_ids(session, [a.id for a in annotations], self.path)
            stored: list[Annotation] = []
            kept: list[Annotation] = []
            conflicts: list[str] = []
            for annotation, base in zip(annotations, bases):
                before = current.get(annotation.id)
                if before is None:
                    raise StoreError(f"no annotation with id {annotation.id} in the store")
                if base is not None:
                    if before.deleted and not base.deleted:
                        conflicts.append(annotation.id)
                        continue
                    if keep_newer and _superseded(normalised(annotation), normalised(base), before):
                        kept.append(before)
                        continue
                    annotation = _three_way(annotation, base, before)
                stored.append(normalised(annotation))
            if stored:
                replace_annotations(session, stored, {a.id: current[a.id] for a in stored})
        return Rewritten(tuple(stored), tuple(conflicts), tuple(kept))

    def delete(self, annotation_ids: Sequence[str]) -> list[Annotation]:
        """Turn live annotations into tombstones in one transaction; returns the tombstones
        (pass them to :meth:`restore` to undo).  Unknown ids and tombstones are skipped."""
        with self._session(write=True) as session:
            current = load_ids(session, annotation_ids, self.path)
            tombstones = [
                replace(current[i], deleted=True, modified=bumped(current[i].modified))
                for i in dict.fromkeys(annotation_ids)
                if i in current and not current[i].deleted
            ]
            if tombstones:
                session.execute(update(AnnotationRow), [
                    {"id": t.id, "deleted": 1, "modified": convert.time_to_db(t.modified)}
                    for t in tombstones
                ])
        return tombstones

    def restore(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        """Undo a delete: the same ids come back live with these fields.

        ``modified`` is bumped past the tombstone's so that the restoration, like any edit,
        wins over the deletion when teammates merge.  Returns the restored annotations.
        """
        with self._session(write=True) as session:
            current = load_ids(session, [a.id for a in annotations], self.path)
            restored: list[Annotation] = []
            for annotation in annotations:
                latest = max(annotation.modified, current[annotation.id].modified) \
                    if annotation.id in current else annotation.modified
                restored.append(replace(normalised(annotation), deleted=False,
                                        modified=bumped(latest)))
            replace_annotations(session, [a for a in restored if a.id in current], current)
            insert_annotations(session, [a for a in restored if a.id not in current])
        return restored

    def merge(self, incoming: Sequence[Annotation], dry_run: bool = False,
              history: Sequence[StatusEntry] | None = None,
              documents: Sequence[Document] = ()) -> MergeResult:
        """Merge annotations from an exchange file in one transaction (docs/architecture.md §7).

        Unknown ids are added; a known id is replaced only when the incoming ``modified`` is
        newer — a tie keeps the local one, an older one is skipped — so tombstones win over
        older edits, an old live copy cannot resurrect a newer deletion, and merging the same
        file twice changes nothing.  ``dry_run`` reports the outcome without writing.

        ``history`` (the status entries the file carries) is united with the local history by
        entry id, whatever the annotation's own decision: a teammate's dated change is kept even
        when the local annotation is newer.  A winner whose status changed and whose history
        the file does not carry gets one derived entry (a file from an older Pizhu).
        ``documents`` (e.g. ``pizhu import --document``) are recorded as by
        :meth:`ensure_document`, in the same transaction: a merge that fails leaves no trace.
        """
        normalised_incoming = [normalised(a) for a in incoming]
        groups: dict[Decision, list[str]] = {d: [] for d in Decision}
        with self._session(write=not dry_run) as session:
            if not dry_run:
                for document in {d.id: d for d in documents}.values():
                    record_document(session, document)
            before = load_ids(session, [a.id for a in normalised_incoming], self.path)
            current = dict(before)
            winners: dict[str, Annotation] = {}
            for annotation in normalised_incoming:
                decision = decide(current.get(annotation.id), annotation)
                groups[decision].append(annotation.id)
                if decision in (Decision.ADDED, Decision.UPDATED):
                    current[annotation.id] = winners[annotation.id] = annotation
            if not dry_run and winners:
                replace_annotations(session, [a for i, a in winners.items() if i in before], before,
                                    record_status=False)
                insert_annotations(session, [a for i, a in winners.items() if i not in before],
                                   record_status=False)
                supplied = {entry.annotation_id for entry in history or ()}
                append_entries(session, [
                    StatusEntry(id=derived_entry_id(a.id, a.commitment.status, a.modified), annotation_id=a.id,
                                status=a.commitment.status, previous=_status(before.get(a.id)),
                                at=a.modified, author=a.author)
                    for a in winners.values()
                    if a.commitment is not None and not a.deleted and a.id not in supplied
                    and _status(before.get(a.id)) != a.commitment.status])
            if not dry_run and history:
                merge_history(session, history, set(current))
        return MergeResult(
            added_ids=tuple(groups[Decision.ADDED]),
            updated_ids=tuple(groups[Decision.UPDATED]),
            unchanged_ids=tuple(groups[Decision.UNCHANGED]),
            older_skipped_ids=tuple(groups[Decision.OLDER_SKIPPED]),
            deleted_ids=tuple(i for i, a in winners.items() if a.deleted),
            dry_run=dry_run,
        )
