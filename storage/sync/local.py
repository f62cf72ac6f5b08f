"""The local store's side of a sync: what changed here, and what was last exchanged.

Pulled annotations are merged through the :class:`~storage.store.Store` facade (so a pull merges
exactly as an import does).  This module reads what to push and keeps the bookkeeping tables
(``sync_log``, ``sync_peers``, ``sync_marks``, ``sync_base``; see :mod:`storage.schema`) and
reads the status history of what it pushes, through its own engine on the same file — WAL lets
both work side by side.

Change tracking, in two steps:

* ``sync_log`` numbers every local write of an annotation (triggers keep it, whoever writes),
  and each server remembers up to which number local changes were pushed (``pushed_seq``), so
  a sync with nothing new asks one index for numbers above that and is done — no scan of
  10,000 annotations.
* a logged annotation is pushed when its ``modified`` differs from the ``modified`` recorded in
  ``sync_base`` when both sides last held the same copy (or when it has no base).  ``modified``
  is what the merge rule compares, so a change that could win a merge is never missed, and an
  annotation just pulled (logged too, since the pull wrote it) is not sent back.

Ordering makes a killed sync harmless: a pull is merged into the store first and recorded here
after, so the worst a crash in between can do is make the next sync pull (and push) the same
copies again, which the merge rule turns into no-ops.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from document.annotation import StatusEntry, utc_now
from storage import convert
from storage.engine import make_engine, writer
from storage.errors import StoreError
from storage.schema import (
    AnnotationRow,
    AnnotationTagRow,
    AuthorRow,
    SyncBaseRow,
    SyncLogRow,
    SyncMarkRow,
    SyncPeerRow,
    TagRow,
)
from storage.sync.records import read_history


ANNOTATION_TABLE = AnnotationRow.__table__


@dataclass
class Outgoing:
    """The annotations changed here, as rows of the ``annotations`` table — every column, so a
    column added to the table travels without a change here.  In these rows ``author_id`` holds
    the author's *name* (ids differ between stores); ``tags`` and ``bases`` run parallel to
    ``rows``: each row's tag names in order, and the ``modified`` of its last exchange."""

    columns: tuple[str, ...]
    upto: int = 0  # the change log's last number when these were read
    rows: list[tuple] = field(default_factory=list)
    tags: list[tuple[str, ...]] = field(default_factory=list)
    bases: list[str | None] = field(default_factory=list)

    def column(self, name: str) -> list[Any]:
        at = self.columns.index(name)
        return [row[at] for row in self.rows]


@dataclass(frozen=True)
class PeerInfo:
    server_id: str
    label: str
    last_sync: datetime | None


class LocalState:
    """Sync bookkeeping of one store file; :meth:`close` when done."""

    def __init__(self, path: Path) -> None:
        self._engine: Engine = make_engine(path)
        self._writer = writer(self._engine)
        self.path = path

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "LocalState":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _failed(self, error: BaseException) -> StoreError:
        original = getattr(error, "orig", None) or error
        return StoreError(f"annotation store {self.path}: {' '.join(str(original).split())}")

    # ------------------------------------------------------------------ reads

    def outgoing(self, server_id: str, document_id: str | None) -> Outgoing:
        """Annotations (tombstones too) changed here since the last exchange with the server:
        those logged since the last push (of all documents, or of this one) whose ``modified``
        differs from their base.  One read transaction, so ``upto`` matches the rows."""
        base = SyncBaseRow.__table__.alias("base")
        links = (select(func.group_concat(
            AnnotationTagRow.position.concat(":").concat(AnnotationTagRow.tag_id)))
            .where(AnnotationTagRow.annotation_id == AnnotationRow.id).scalar_subquery())
        author_at = list(ANNOTATION_TABLE.columns.keys()).index("author_id")
        columns = [AuthorRow.name if c.name == "author_id" else c for c in ANNOTATION_TABLE.columns]
        try:
            with self._engine.connect() as conn, conn.begin():
                since = self._pushed_up_to(conn, server_id, document_id)
                upto = conn.execute(select(func.coalesce(func.max(SyncLogRow.seq), 0))).scalar_one()
                query = (
                    select(*columns, links, base.c.modified)
                    .select_from(SyncLogRow)
                    .join(AnnotationRow, AnnotationRow.id == SyncLogRow.annotation_id)
                    .outerjoin(AuthorRow, AuthorRow.id == AnnotationRow.author_id)
                    .outerjoin(base, and_(base.c.server_id == server_id,
                                          base.c.annotation_id == AnnotationRow.id))
                    .where(SyncLogRow.seq > since, SyncLogRow.seq <= upto,
                           base.c.modified.is_(None) | (base.c.modified != AnnotationRow.modified))
                )
                if document_id is not None:
                    query = query.where(AnnotationRow.document_id == document_id)
                rows = conn.execute(query).all() if upto > since else []
                names = self._tag_names(conn, rows)
        except sa_exc.SQLAlchemyError as error:
            raise self._failed(error) from None
        outgoing = Outgoing(tuple(ANNOTATION_TABLE.columns.keys()), upto=upto)
        for *values, tag_links, modified in rows:
            values[author_at] = values[author_at] or ""
            outgoing.rows.append(tuple(values))
            outgoing.tags.append(tuple(names[i] for i in convert.tag_ids_from_links(tag_links)))
            outgoing.bases.append(modified)
        return outgoing

    @staticmethod
    def _pushed_up_to(conn: Connection, server_id: str, document_id: str | None) -> int:
        """Local changes up to this log number were pushed (for this document, or for all)."""
        everything = conn.execute(select(SyncPeerRow.pushed_seq)
                                  .where(SyncPeerRow.server_id == server_id)).scalar() or 0
        if document_id is None:
            return everything
        this_one = conn.execute(select(SyncMarkRow.pushed_seq).where(
            SyncMarkRow.server_id == server_id, SyncMarkRow.document_id == document_id)).scalar() or 0
        return max(everything, this_one)

    @staticmethod
    def _tag_names(conn: Connection, rows: Sequence[Any]) -> dict[int, str]:
        if not any(row[-2] for row in rows):
            return {}
        return dict(conn.execute(select(TagRow.id, TagRow.name)).all())

    def marks(self, server_id: str) -> dict[str, int]:
        """Per document: the server change number pulled up to (absent: nothing pulled yet)."""
        with self._engine.connect() as conn:
            return dict(conn.execute(select(SyncMarkRow.document_id, SyncMarkRow.seq)
                                     .where(SyncMarkRow.server_id == server_id)).all())

    def history(self, annotation_ids: Iterable[str]) -> list[StatusEntry]:
        """The status entries of these annotations, to push with them."""
        with self._engine.connect() as conn:
            return read_history(conn, annotation_ids)

    def peers(self) -> list[PeerInfo]:
        """Every server this store has synced with, most recent first (for the GUI)."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(SyncPeerRow.server_id, SyncPeerRow.label, SyncPeerRow.last_sync)
                                .order_by(SyncPeerRow.last_sync.desc())).all()
        return [PeerInfo(s, label, convert.time_from_db(t) if t else None) for s, label, t in rows]

    # ------------------------------------------------------------------ writes

    def record(
        self,
        server_id: str,
        label: str,
        bases: Mapping[str, str],
        marks: Mapping[str, int],
        pushed: tuple[str | None, int] | None,
    ) -> datetime:
        """After a sync: new bases and marks, the time; one transaction.

        ``pushed`` is (the document synced, or None for all; the change log number every local
        change up to which is now on the server), or None when nothing could be pushed.

        ``bases`` maps annotation ids (that exist here: pushed from here, or pulled and merged)
        to their ``modified`` as stored.  Returns the sync time recorded.
        """
        now = utc_now()
        try:
            with self._writer.connect() as conn, conn.begin():
                conn.execute(sqlite_insert(SyncPeerRow).values(
                    server_id=server_id, label=label, last_sync=convert.time_to_db(now),
                ).on_conflict_do_update(index_elements=["server_id"], set_={
                    "label": label, "last_sync": convert.time_to_db(now)}))
                if bases:
                    statement = sqlite_insert(SyncBaseRow)
                    conn.execute(statement.on_conflict_do_update(
                        index_elements=["server_id", "annotation_id"],
                        set_={"modified": statement.excluded.modified}),
                        [{"server_id": server_id, "annotation_id": i, "modified": m}
                         for i, m in bases.items()])
                if marks:
                    statement = sqlite_insert(SyncMarkRow)
                    conn.execute(statement.on_conflict_do_update(
                        index_elements=["server_id", "document_id"],
                        set_={"seq": statement.excluded.seq}),
                        [{"server_id": server_id, "document_id": d, "seq": s} for d, s in marks.items()])
                if pushed is not None:
                    self._record_pushed(conn, server_id, *pushed)
        except sa_exc.SQLAlchemyError as error:
            raise self._failed(error) from None
        return now

    @staticmethod
    def _record_pushed(conn: Connection, server_id: str, document_id: str | None, upto: int) -> None:
        if document_id is None:
            conn.execute(update(SyncPeerRow).where(SyncPeerRow.server_id == server_id)
                         .values(pushed_seq=upto))
            return
        statement = sqlite_insert(SyncMarkRow).values(
            server_id=server_id, document_id=document_id, seq=0, pushed_seq=upto)
        conn.execute(statement.on_conflict_do_update(
            index_elements=["server_id", "document_id"], set_={"pushed_seq": upto}))
