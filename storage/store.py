"""The Store facade: the only way the GUI, the CLI and the exchange code touch the database.

Every public method opens its own short session and, for writes, one ``BEGIN IMMEDIATE``
transaction that is committed before the method returns — so each user action is atomic, a
process killed right after an action keeps it, and two Pizhu windows on one store simply take
turns (see :mod:`storage.engine`).  Values going in and out are ``document/`` dataclasses or
the records in :mod:`storage.records`; ORM rows never leave this module.

Reads use column selects rather than ORM entity loading: the annotations panel of a report
with 10,000 highlights needs every row at once, and building tuples is several times cheaper
than building identity-mapped objects that are thrown away immediately.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import datetime, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, delete, func, insert, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from document.annotation import Annotation, CommitmentStatus, StatusEntry, new_annotation_id, utc_now
from document.model import Document
from storage import convert
from storage import damage, opening, writes
from storage.engine import writer
from storage.errors import StoreConflict, StoreDamaged, StoreError
from storage.merging import Decision, decide
from storage.commitment_store import CommitmentLedger, derived_entry_id
from storage.records import DocumentRecord, MergeResult, Retagged, Rewritten, TagInfo
from storage.schema import (
    AnnotationRow,
    AnnotationTagRow,
    AuthorRow,
    DocumentRow,
    TagRow,
)

_CHUNK = writes.CHUNK
_ONE_MS = timedelta(milliseconds=1)

_ANNOTATION_SELECT = (
    AnnotationRow.id, AnnotationRow.document_id, AnnotationRow.start, AnnotationRow.end,
    AnnotationRow.exact, AnnotationRow.prefix, AnnotationRow.suffix, AnnotationRow.color,
    AnnotationRow.note, AuthorRow.name, AnnotationRow.created, AnnotationRow.modified,
    AnnotationRow.state, AnnotationRow.deleted, AnnotationRow.commitment_indicator,
    AnnotationRow.commitment_value, AnnotationRow.commitment_unit,
    AnnotationRow.commitment_qualifier, AnnotationRow.commitment_horizon,
    AnnotationRow.commitment_status, AnnotationRow.commitment_kind, AnnotationRow.commitment_strength,
    AnnotationRow.commitment_binding, AnnotationRow.commitment_category,
)
# The order annotations are handed out in, as a key on those rows.
_ROW_ORDER = itemgetter(*(convert.ANNOTATION_COLUMNS.index(name)
                          for name in ("start", "end", "created", "id")))
# An annotation's tags as "position:tag_id,..." (see convert.tag_ids_from_links): integers
# only, so no separator can clash with a tag name; correlated with the outer annotations row.
_TAG_LINKS = (
    select(func.group_concat(
        AnnotationTagRow.position.concat(":").concat(AnnotationTagRow.tag_id)))
    .where(AnnotationTagRow.annotation_id == AnnotationRow.id)
    .scalar_subquery()
)


#: What an edit may change: every Annotation field but its identity and its times (``modified``
#: is set by the write itself).  Derived, so a field added to Annotation is carried by every
#: edit with a base instead of being silently dropped (tests/storage/test_store_fields.py).
_FIXED = ("id", "document_id", "created", "modified")
_EDITABLE = tuple(f.name for f in fields(Annotation) if f.name not in _FIXED)


def _three_way(edited: Annotation, base: Annotation, stored: Annotation) -> Annotation:
    """``stored`` with the fields the caller changed (``edited`` differs from ``base``)."""
    changes = {name: getattr(edited, name) for name in _EDITABLE
               if getattr(edited, name) != getattr(base, name)}
    # Newer than both, so the merged edit also wins when teammates merge files later.
    return replace(stored, **changes, modified=max(edited.modified, _bumped(stored.modified)))


def _superseded(edited: Annotation, base: Annotation, stored: Annotation) -> bool:
    """Whether someone else changed, since ``base``, what this edit would change: a field the
    edit writes no longer holds the base's value — or, for a deletion, any field does (deleting
    would throw away their newer edit)."""
    deleting = edited.deleted and not base.deleted
    names = _EDITABLE if deleting else [n for n in _EDITABLE if getattr(edited, n) != getattr(base, n)]
    return any(getattr(stored, n) != getattr(base, n) for n in names)


def _bumped(previous: datetime) -> datetime:
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


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


_one_line = opening.one_line


class Store(CommitmentLedger):
    """The local annotation store (docs/architecture.md §7).  Open with :meth:`open`, then :meth:`close`.

    The commitment ledger's operations (tracking, status history, dismissals) come from
    :class:`storage.commitment_store.CommitmentLedger`.
    """

    def __init__(self, engine: Engine, path: Path, read_only: bool = False,
                 damage: str | None = None) -> None:
        self._engine: Engine | None = engine
        self._writer = writer(engine)
        self.path = path
        self.read_only = read_only
        # Read-only opens only: why the store failed its integrity check (None: it passed).
        self.damage = damage

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False) -> "Store":
        """Open (creating or upgrading) the store at ``path``.

        Raises :class:`StoreError` for a directory, an unreadable, corrupt or foreign file, or a
        store written by a newer Pizhu.  An upgrade first copies the file to
        ``<name>.v<old version>.bak``.

        ``read_only=True`` (listing, exporting, a dry run) never creates, upgrades or otherwise
        writes the file: a missing store reads as an empty one, an old one is upgraded in a
        private in-memory copy, a store on read-only media is read as it is.  A damaged store
        still opens read-only, with :attr:`damage` set and every full read reporting it
        (:class:`StoreDamaged`), so what can be read is shown and never passed off as complete.
        See :mod:`storage.opening`.
        """
        path = Path(path)
        if read_only:
            engine, damage = opening.open_read_only(path)
            return cls(engine, path, read_only=True, damage=damage)
        return cls(opening.open_writable(path), path)

    def close(self) -> None:
        """Release the connections; the last one to close folds the WAL back into the file."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @contextmanager
    def _session(self, write: bool, salvage: bool = False) -> Iterator[Session]:
        """A session (a write transaction if ``write``).  On a store that failed its integrity
        check only a ``salvage`` read — the full listing, which reports the damage with what
        it could read — is allowed; anything else would act on rows that may be missing."""
        if self._engine is None:
            raise StoreError("the annotation store is closed")
        if self.damage and not salvage:
            raise StoreDamaged(self.damage)
        if write and self.read_only:
            raise StoreError(f"the annotation store {self.path} is open read-only")
        try:
            with Session(self._writer if write else self._engine) as session, session.begin():
                yield session
        except (sa_exc.OperationalError, sa_exc.DatabaseError) as error:
            raise opening.store_error(self.path, error, "annotation store") from None

    # ------------------------------------------------------------------ documents

    def ensure_document(self, document: Document) -> None:
        """Record (or refresh) a document: title, path, canonical text, first/last seen.

        An empty ``path`` (a document read from bytes) keeps the path recorded before.
        """
        with self._session(write=True) as session:
            self._record_document(session, document)

    @staticmethod
    def _record_document(session: Session, document: Document) -> None:
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

    def document_record(self, document_id: str) -> DocumentRecord | None:
        with self._session(write=False) as session:
            row = session.execute(
                self._document_select().where(DocumentRow.id == document_id)
            ).first()
        return self._document_records([row])[0] if row else None

    def documents(self) -> list[DocumentRecord]:
        """Every recorded document, most recently opened first."""
        with self._session(write=False) as session:
            rows = session.execute(
                self._document_select().order_by(DocumentRow.last_opened.desc(), DocumentRow.id)
            ).all()
        return self._document_records(rows)

    def _document_records(self, rows: Sequence[Any]) -> list[DocumentRecord]:
        try:
            return [convert.document_from_row(row) for row in rows]
        except (ValueError, TypeError) as error:
            raise StoreDamaged(f"the annotation store {self.path} is damaged: a document row cannot "
                               f"be read ({_one_line(error)}); restore it from a backup") from None

    @staticmethod
    def _document_select():
        return select(DocumentRow.id, DocumentRow.title, DocumentRow.path, DocumentRow.text,
                      DocumentRow.first_seen, DocumentRow.last_opened)

    # ------------------------------------------------------------------ annotations: reads

    def annotations(self, document_id: str, include_deleted: bool = False,
                    overlapping: tuple[int, int] | None = None) -> list[Annotation]:
        """The document's annotations ordered by start, end (tombstones only if asked).

        ``overlapping=(start, end)`` keeps those that overlap that range — the reader asks for
        the passage on screen first, so a document with 10,000 highlights shows them at once.
        """
        criteria = [AnnotationRow.document_id == document_id]
        if not include_deleted:
            criteria.append(AnnotationRow.deleted == 0)
        if overlapping is not None:
            criteria += [AnnotationRow.start < overlapping[1], AnnotationRow.end > overlapping[0]]
        with self._session(write=False, salvage=overlapping is None) as session:
            found = self._load(session, criteria)
            if overlapping is None:
                damage.cross_check(session, criteria, found, self.path, self.damage)
        return found

    def get(self, annotation_id: str) -> Annotation | None:
        """One annotation by id, tombstones included (``deleted`` tells them apart)."""
        with self._session(write=False) as session:
            found = self._load(session, [AnnotationRow.id == annotation_id])
        return found[0] if found else None

    def _load(self, session: Session, criteria: list[ColumnElement[bool]]) -> list[Annotation]:
        """Annotations matching ``criteria``, ordered by start, end (then created, id).

        One Core statement (no ORM entities) reads every row with its tags as a
        ``"position:tag_id,..."`` list (:data:`_TAG_LINKS`), and a small second one reads the
        names of the tags those lists mention.  Reading the links with the row saves walking
        the document's annotations a second time and grouping 10,000 link rows in Python; the
        names are decoded once per distinct combination of tags, and the annotations that
        share a combination share its tuple.
        """
        connection = session.connection()
        with convert.gc_paused():
            rows = connection.execute(
                select(*_ANNOTATION_SELECT, _TAG_LINKS)
                .outerjoin(AuthorRow, AuthorRow.id == AnnotationRow.author_id)
                .where(*criteria)
                .order_by(AnnotationRow.start, AnnotationRow.end)
            ).all()
            if not rows:
                return []
            # Ties on (start, end) are broken here: the document index already yields rows in
            # (start, end) order, and this near-linear pass is cheaper than SQLite's sorter,
            # which would copy every row.  The order is the same: integers, and text compared
            # by code point just as SQLite's default BINARY collation compares UTF-8 bytes.
            try:
                rows.sort(key=_ROW_ORDER)
                tag_ids = {links: convert.tag_ids_from_links(links)
                           for links in {row[-1] for row in rows}}
                names = self._tag_names(connection, {i for ids in tag_ids.values() for i in ids})
                tags = {links: tuple(names[i] for i in ids) for links, ids in tag_ids.items()}
                return convert.annotations_from_rows(rows, tags)
            except (ValueError, TypeError, KeyError):
                pass  # a row this Pizhu cannot read: sort the good from the bad, below
        raise damage.salvage(rows, lambda ids: self._tag_names(connection, ids), self.path)

    @staticmethod
    def _tag_names(connection: Connection, tag_ids: set[int]) -> dict[int, str]:
        names: dict[int, str] = {}
        for chunk in _chunks(sorted(tag_ids)):
            names.update(connection.execute(
                select(TagRow.id, TagRow.name).where(TagRow.id.in_(chunk))).all())
        return names

    def _load_ids(self, session: Session, ids: Sequence[str]) -> dict[str, Annotation]:
        found: dict[str, Annotation] = {}
        unique = list(dict.fromkeys(ids))
        for chunk in _chunks(unique):
            for annotation in self._load(session, [AnnotationRow.id.in_(chunk)]):
                found[annotation.id] = annotation
        return found

    # ------------------------------------------------------------------ annotations: writes

    def add(self, annotation: Annotation) -> Annotation:
        """Store a new annotation; returns it as stored (tags trimmed and de-duplicated)."""
        return self.add_many([annotation])[0]

    def add_many(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        """Store several new annotations in one transaction (all or none)."""
        stored = [self._normalised(a) for a in annotations]
        ids = [a.id for a in stored]
        if len(set(ids)) != len(ids):
            raise StoreError("the same annotation id appears twice in one addition")
        with self._session(write=True) as session:
            clash = self._existing_ids(session, ids)
            if clash:
                raise StoreError(f"an annotation with id {sorted(clash)[0]} already exists")
            self._insert(session, stored)
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
            current = self._load_ids(session, [a.id for a in annotations])
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
                    if keep_newer and _superseded(self._normalised(annotation), self._normalised(base), before):
                        kept.append(before)
                        continue
                    annotation = _three_way(annotation, base, before)
                stored.append(self._normalised(annotation))
            if stored:
                self._replace(session, stored, {a.id: current[a.id] for a in stored})
        return Rewritten(tuple(stored), tuple(conflicts), tuple(kept))

    def delete(self, annotation_ids: Sequence[str]) -> list[Annotation]:
        """Turn live annotations into tombstones in one transaction; returns the tombstones
        (pass them to :meth:`restore` to undo).  Unknown ids and tombstones are skipped."""
        with self._session(write=True) as session:
            current = self._load_ids(session, annotation_ids)
            tombstones = [
                replace(current[i], deleted=True, modified=_bumped(current[i].modified))
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
            current = self._load_ids(session, [a.id for a in annotations])
            restored: list[Annotation] = []
            for annotation in annotations:
                latest = max(annotation.modified, current[annotation.id].modified) \
                    if annotation.id in current else annotation.modified
                restored.append(replace(self._normalised(annotation), deleted=False,
                                        modified=_bumped(latest)))
            self._replace(session, [a for a in restored if a.id in current], current)
            self._insert(session, [a for a in restored if a.id not in current])
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
        normalised = [self._normalised(a) for a in incoming]
        groups: dict[Decision, list[str]] = {d: [] for d in Decision}
        with self._session(write=not dry_run) as session:
            if not dry_run:
                for document in {d.id: d for d in documents}.values():
                    self._record_document(session, document)
            before = self._load_ids(session, [a.id for a in normalised])
            current = dict(before)
            winners: dict[str, Annotation] = {}
            for annotation in normalised:
                decision = decide(current.get(annotation.id), annotation)
                groups[decision].append(annotation.id)
                if decision in (Decision.ADDED, Decision.UPDATED):
                    current[annotation.id] = winners[annotation.id] = annotation
            if not dry_run and winners:
                self._replace(session, [a for i, a in winners.items() if i in before], before,
                              record_status=False)
                self._insert(session, [a for i, a in winners.items() if i not in before], record_status=False)
                supplied = {entry.annotation_id for entry in history or ()}
                self._append_entries(session, [
                    StatusEntry(id=derived_entry_id(a.id, a.commitment.status, a.modified), annotation_id=a.id,
                                status=a.commitment.status, previous=_status(before.get(a.id)),
                                at=a.modified, author=a.author)
                    for a in winners.values()
                    if a.commitment is not None and not a.deleted and a.id not in supplied
                    and _status(before.get(a.id)) != a.commitment.status])
            if not dry_run and history:
                self._merge_history(session, history, set(current))
        return MergeResult(
            added_ids=tuple(groups[Decision.ADDED]),
            updated_ids=tuple(groups[Decision.UPDATED]),
            unchanged_ids=tuple(groups[Decision.UNCHANGED]),
            older_skipped_ids=tuple(groups[Decision.OLDER_SKIPPED]),
            deleted_ids=tuple(i for i, a in winners.items() if a.deleted),
            dry_run=dry_run,
        )

    # ------------------------------------------------------------------ tags and authors

    def tags(self, document_id: str | None = None) -> list[TagInfo]:
        """Tags with their colour and number of live annotations, by name.

        Without a document: every tag, unused ones with count 0.  With one: the tags its live
        annotations use.
        """
        live = (AnnotationRow.id == AnnotationTagRow.annotation_id) & (AnnotationRow.deleted == 0)
        if document_id is None:
            query = (
                select(TagRow.name, TagRow.color, func.count(AnnotationRow.id))
                .outerjoin(AnnotationTagRow, AnnotationTagRow.tag_id == TagRow.id)
                .outerjoin(AnnotationRow, live)
            )
        else:
            query = (
                select(TagRow.name, TagRow.color, func.count(AnnotationRow.id))
                .join(AnnotationTagRow, AnnotationTagRow.tag_id == TagRow.id)
                .join(AnnotationRow, live & (AnnotationRow.document_id == document_id))
            )
        with self._session(write=False) as session:
            rows = session.execute(query.group_by(TagRow.id).order_by(TagRow.name)).all()
        return [TagInfo(name=name, color=color, count=count) for name, color, count in rows]

    def rename_tag(self, old: str, new: str) -> Retagged:
        """Rename a tag everywhere; renaming onto an existing tag merges the two."""
        return self._retag([old], new, must_exist=True)

    def merge_tags(self, sources: Sequence[str], target: str) -> Retagged:
        """Replace every source tag by ``target`` (created if needed) and remove the sources.

        The target keeps its colour, or takes the first source colour if it had none.  Live
        annotations whose tags change get a new ``modified`` so the change travels in exports.
        Returns the annotations it changed, before and after (see :class:`Retagged`).
        """
        return self._retag(list(sources), target, must_exist=False)

    def _retag(self, sources: list[str], target: str, must_exist: bool) -> Retagged:
        target = target.strip()
        if not target:
            raise StoreError("a tag name cannot be empty")
        with self._session(write=True) as session:
            rows = {
                row.name: row for row in session.execute(
                    select(TagRow.id, TagRow.name, TagRow.color)
                    .where(TagRow.name.in_([*sources, target]))
                )
            }
            if must_exist:
                missing = [s for s in sources if s not in rows]
                if missing:
                    raise StoreError(f"no tag named {missing[0]!r}")
            source_rows = [rows[s] for s in dict.fromkeys(sources) if s in rows and s != target]
            if not source_rows:
                return Retagged()
            colour = next((r.color for r in source_rows if r.color), None)
            if target in rows:
                target_id = rows[target].id
                if rows[target].color is None and colour is not None:
                    session.execute(update(TagRow).where(TagRow.id == target_id).values(color=colour))
            else:
                target_id = self._tag_ids(session, [target])[target]
                session.execute(update(TagRow).where(TagRow.id == target_id).values(color=colour))
            source_ids = [r.id for r in source_rows]
            affected = self._annotations_with_tags(session, source_ids)
            before = self._load_ids(session, [ident for ident, _modified in affected])
            # One source at a time: an annotation that already carries the target (perhaps
            # re-pointed from an earlier source) just loses the link; the others have the link
            # re-pointed at the target, keeping its position among the annotation's tags.
            has_target = select(AnnotationTagRow.annotation_id).where(
                AnnotationTagRow.tag_id == target_id).scalar_subquery()
            for source_id in source_ids:
                session.execute(delete(AnnotationTagRow).where(
                    AnnotationTagRow.tag_id == source_id,
                    AnnotationTagRow.annotation_id.in_(has_target)))
                session.execute(update(AnnotationTagRow)
                                .where(AnnotationTagRow.tag_id == source_id)
                                .values(tag_id=target_id))
            session.execute(delete(TagRow).where(TagRow.id.in_(source_ids)))
            self._touch(session, affected)
            return self._retagged(session, before)

    def delete_tag(self, name: str) -> Retagged:
        """Remove a tag from every annotation and forget it (and its colour)."""
        return self.delete_tags([name])

    def delete_tags(self, names: Sequence[str]) -> Retagged:
        """:meth:`delete_tag` for several tags in one transaction; unknown names are skipped."""
        with self._session(write=True) as session:
            tag_ids = list(session.execute(select(TagRow.id).where(TagRow.name.in_(list(names)))).scalars())
            if not tag_ids:
                return Retagged()
            affected = self._annotations_with_tags(session, tag_ids)
            before = self._load_ids(session, [ident for ident, _modified in affected])
            session.execute(delete(AnnotationTagRow).where(AnnotationTagRow.tag_id.in_(tag_ids)))
            session.execute(delete(TagRow).where(TagRow.id.in_(tag_ids)))
            self._touch(session, affected)
            return self._retagged(session, before)

    def _retagged(self, session: Session, before: dict[str, Annotation]) -> Retagged:
        after = self._load_ids(session, list(before))
        ids = [ident for ident in before if ident in after]
        return Retagged(tuple(before[i] for i in ids), tuple(after[i] for i in ids))

    def set_tag_color(self, name: str, color: str | None) -> None:
        """Give a tag a colour (``None`` clears it); an unknown tag is created."""
        name = name.strip()
        if not name:
            raise StoreError("a tag name cannot be empty")
        with self._session(write=True) as session:
            tag_id = self._tag_ids(session, [name])[name]
            session.execute(update(TagRow).where(TagRow.id == tag_id).values(color=color))

    def authors(self, document_id: str | None = None) -> list[str]:
        """Names of the authors of live annotations (in one document, if given), sorted."""
        query = (
            select(AuthorRow.name).distinct()
            .join(AnnotationRow, AnnotationRow.author_id == AuthorRow.id)
            .where(AnnotationRow.deleted == 0)
        )
        if document_id is not None:
            query = query.where(AnnotationRow.document_id == document_id)
        with self._session(write=False) as session:
            return list(session.execute(query.order_by(AuthorRow.name)).scalars())

    # ------------------------------------------------------------------ write helpers

    @staticmethod
    def _normalised(annotation: Annotation) -> Annotation:
        tags = convert.normalise_tags(annotation.tags)
        return annotation if tags == annotation.tags else replace(annotation, tags=tags)

    @staticmethod
    def _existing_ids(session: Session, ids: Sequence[str]) -> set[str]:
        return writes.existing_ids(session.connection(), ids)

    def _insert(self, session: Session, annotations: Sequence[Annotation], record_status: bool = True) -> None:
        if not annotations:
            return
        self._ensure_documents(session, {a.document_id for a in annotations})
        authors = self._author_ids(session, {a.author for a in annotations if a.author})
        row = convert.annotation_row
        with convert.gc_paused():  # thousands of tuples that all survive (see gc_paused)
            writes.insert_annotations(session.connection(),
                                      [row(a, authors.get(a.author)) for a in annotations])
            self._write_tags(session, annotations)
        if record_status:
            self._record_statuses(session, [
                (a.id, None, a.commitment.status, a.author, a.modified)
                for a in annotations if a.commitment is not None and not a.deleted
            ])

    def _replace(self, session: Session, annotations: Sequence[Annotation],
                 before: dict[str, Annotation], record_status: bool = True) -> None:
        """Overwrite existing rows (an UPDATE, so their status history stays attached)."""
        if not annotations:
            return
        self._ensure_documents(session, {a.document_id for a in annotations})
        authors = self._author_ids(session, {a.author for a in annotations if a.author})
        row = convert.annotation_row
        with convert.gc_paused():
            writes.update_annotations(session.connection(),
                                      [row(a, authors.get(a.author)) for a in annotations])
        for chunk in _chunks([a.id for a in annotations]):
            session.execute(delete(AnnotationTagRow).where(AnnotationTagRow.annotation_id.in_(chunk)))
        self._write_tags(session, annotations)
        if record_status:
            changes = []
            for a in annotations:
                old = before.get(a.id)
                old_status = old.commitment.status if old and old.commitment else None
                new_status = a.commitment.status if a.commitment else None
                if new_status is not None and new_status != old_status:
                    changes.append((a.id, old_status, new_status, "", a.modified))  # editor unknown
            self._record_statuses(session, changes)

    def _write_tags(self, session: Session, annotations: Sequence[Annotation]) -> None:
        tag_ids = self._tag_ids(session, {t for a in annotations for t in a.tags})
        writes.insert_links(session.connection(), [
            (a.id, tag_ids[t], i) for a in annotations for i, t in enumerate(a.tags)
        ])

    def _record_statuses(
        self,
        session: Session,
        changes: Sequence[tuple[str, CommitmentStatus | None, CommitmentStatus, str, datetime]],
    ) -> None:
        """Append (annotation id, old, new, author, when) entries to the status history."""
        self._append_entries(session, [
            StatusEntry(id=new_annotation_id(), annotation_id=ident, status=CommitmentStatus(new),
                        previous=CommitmentStatus(old) if old is not None else None, at=when, author=author)
            for ident, old, new, author, when in changes
        ])

    @staticmethod
    def _ensure_documents(session: Session, document_ids: Iterable[str]) -> None:
        """Placeholder rows for documents not yet opened here (e.g. from an import), so the
        foreign key holds; :meth:`ensure_document` fills them in when the report is opened."""
        writes.placeholder_documents(session.connection(), list(document_ids), convert.time_to_db(utc_now()))

    @staticmethod
    def _names_to_ids(session: Session, table, names: Iterable[str]) -> dict[str, int]:
        return writes.name_ids(session.connection(), table.__table__, list(names))

    def _author_ids(self, session: Session, names: Iterable[str]) -> dict[str, int]:
        return self._names_to_ids(session, AuthorRow, names)

    def _tag_ids(self, session: Session, names: Iterable[str]) -> dict[str, int]:
        return self._names_to_ids(session, TagRow, names)

    @staticmethod
    def _annotations_with_tags(session: Session, tag_ids: Sequence[int]) -> list[tuple[str, str]]:
        """(id, modified) of live annotations carrying any of ``tag_ids``."""
        return list(session.execute(
            select(AnnotationRow.id, AnnotationRow.modified).distinct()
            .join(AnnotationTagRow, AnnotationTagRow.annotation_id == AnnotationRow.id)
            .where(AnnotationTagRow.tag_id.in_(tag_ids), AnnotationRow.deleted == 0)
        ).all())

    @staticmethod
    def _touch(session: Session, annotations: Sequence[tuple[str, str]]) -> None:
        if annotations:
            session.execute(update(AnnotationRow), [
                {"id": ident,
                 "modified": convert.time_to_db(_bumped(convert.time_from_db(modified)))}
                for ident, modified in annotations
            ])


def _status(annotation: Annotation | None) -> CommitmentStatus | None:
    return annotation.commitment.status if annotation is not None and annotation.commitment else None
