"""The store's reads: annotations, documents, tags and authors, each one short read session.

A part of :class:`storage.store.Store`.  Only the full listing of a document's annotations
may run on a store that failed its integrity check (a *salvage* read): it is the read that can
report the damage with what it could read (:mod:`storage.damage`); every other read would
answer from rows that may be missing, so it refuses (:meth:`StoreFile._session`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from document.annotation import Annotation
from storage import convert, damage
from storage.errors import StoreDamaged
from storage.loading import load
from storage.opening import one_line
from storage.records import DocumentRecord, TagInfo
from storage.schema import AnnotationRow, AnnotationTagRow, AuthorRow, DocumentRow, TagRow
from storage.store_file import StoreFile

_DOCUMENT_SELECT = select(DocumentRow.id, DocumentRow.title, DocumentRow.path, DocumentRow.text,
                          DocumentRow.first_seen, DocumentRow.last_opened)


class AnnotationReads(StoreFile):
    """What the panels, the exports and the CLI read: annotations, documents, tags, authors."""

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
            found = load(session, criteria, self.path)
            if overlapping is None:
                damage.cross_check(session, criteria, found, self.path, self.damage)
        return found

    def get(self, annotation_id: str) -> Annotation | None:
        """One annotation by id, tombstones included (``deleted`` tells them apart)."""
        with self._session(write=False) as session:
            found = load(session, [AnnotationRow.id == annotation_id], self.path)
        return found[0] if found else None

    # -- documents -------------------------------------------------------------------------

    def document_record(self, document_id: str) -> DocumentRecord | None:
        with self._session(write=False) as session:
            row = session.execute(_DOCUMENT_SELECT.where(DocumentRow.id == document_id)).first()
        return self._document_records([row])[0] if row else None

    def documents(self) -> list[DocumentRecord]:
        """Every recorded document, most recently opened first."""
        with self._session(write=False) as session:
            rows = session.execute(
                _DOCUMENT_SELECT.order_by(DocumentRow.last_opened.desc(), DocumentRow.id)
            ).all()
        return self._document_records(rows)

    def _document_records(self, rows: Sequence[Any]) -> list[DocumentRecord]:
        try:
            return [convert.document_from_row(row) for row in rows]
        except (ValueError, TypeError) as error:
            raise StoreDamaged(f"the annotation store {self.path} is damaged: a document row cannot "
                               f"be read ({one_line(error)}); restore it from a backup") from None

    # -- tags and authors ------------------------------------------------------------------

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
