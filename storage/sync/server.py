"""The team database's side of a sync: one transaction to push, one snapshot to pull.

The server holds the same annotation tables as a local store (created by the same migrations),
plus a change number per annotation (``sync_changes``) taken from ``sync_clock``.

**Push** (one transaction; all or nothing if the client dies or the network drops):

1. lock the clock row (``SELECT … FOR UPDATE``).  Every push takes this lock first, so pushes
   follow one another, each sees the ones before it (READ COMMITTED reads committed data per
   statement) and change numbers become visible in the order they were handed out.  A login
   that may only read fails here, before anything is written;
2. read the server's ``modified`` for the pushed ids and apply the import rule
   (:func:`storage.merging.decide_by_time`) to each: added, updated, unchanged, or older than
   the server's copy, which then comes back in the pull;
3. write the winners — documents, authors and tags first, then the annotation rows (upsert),
   their tags, their status history, and a new change number each, with who pushed (``session_user``,
   which the client cannot choose) and when (server time).

**Pull** (one REPEATABLE READ, read-only snapshot): the clock's value *H* and every annotation
of the wanted documents whose change number is above what the client pulled before.  As
numbers are visible in order, the client has then seen everything up to *H*.  Its own push of
a moment ago (a known range of numbers) is left out: it already holds those copies.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, and_, false, func, not_, or_, select, text, update
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.dialects.postgresql import insert as pg_insert
from psycopg import sql

from document.annotation import Annotation, StatusEntry
from storage import convert
from storage.merging import Decision, decide_by_time
from storage.records import DocumentRecord
from storage.schema import (
    AnnotationRow,
    AnnotationTagRow,
    AuthorRow,
    DocumentRow,
    SyncChangeRow,
    SyncClockRow,
    TagRow,
)
from storage.sync.local import Outgoing
from storage.sync.records import merge_history_into, read_history

Progress = Callable[[int, int], None]

_ANNOTATIONS = AnnotationRow.__table__
_SERVER_TIME = text(
    "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")


@dataclass
class PushOutcome:
    """What the server did with a push."""

    decisions: dict[str, Decision] = field(default_factory=dict)
    server_times: dict[str, str] = field(default_factory=dict)  # server copies met: id -> modified
    seq_range: tuple[int, int] | None = None  # change numbers this push took

    def ids(self, *decisions: Decision) -> list[str]:
        return [i for i, d in self.decisions.items() if d in decisions]


@dataclass
class PullOutcome:
    annotations: list[Annotation]
    history: list[StatusEntry]
    clock: int              # every change up to this number has been seen
    documents: list[str]    # the documents the pull covered (each is now pulled up to ``clock``)


# ---------------------------------------------------------------------- push


def push(engine: Engine, outgoing: Outgoing, history: Sequence[StatusEntry],
         documents: Mapping[str, DocumentRecord | None], progress: Progress) -> PushOutcome:
    """Merge the ``outgoing`` annotations (and their status history) into the server in one
    transaction."""
    outcome = PushOutcome()
    columns = outgoing.columns
    id_at, modified_at = columns.index("id"), columns.index("modified")
    with engine.connect() as conn, conn.begin():
        clock, who, when = conn.execute(
            select(SyncClockRow.value, func.session_user(), _SERVER_TIME)
            .where(SyncClockRow.id == 1).with_for_update()).one()
        outcome.server_times = dict(conn.execute(
            select(AnnotationRow.id, AnnotationRow.modified)
            .where(AnnotationRow.id == func.any(outgoing.column("id")))).all())
        winners: list[int] = []
        for n, row in enumerate(outgoing.rows):
            theirs = outcome.server_times.get(row[id_at])
            decision = decide_by_time(None if theirs is None else convert.time_from_db(theirs),
                                      convert.time_from_db(row[modified_at]))
            outcome.decisions[row[id_at]] = decision
            if decision in (Decision.ADDED, Decision.UPDATED):
                winners.append(n)
        progress(0, len(winners))
        if winners:
            _write_documents(conn, {outgoing.rows[n][columns.index("document_id")] for n in winners},
                             documents, when)
            writer = _Writer(conn, outgoing, winners, outcome)
            writer.annotations()
            outcome.seq_range = (clock + 1, clock + len(winners))
            writer.changes(clock, who, when)
            conn.execute(update(SyncClockRow).where(SyncClockRow.id == 1)
                         .values(value=clock + len(winners)))
        # The history is a log, merged whatever the annotation's own decision (as imports do).
        merge_history_into(conn, history, set(outcome.server_times) | set(outcome.ids(Decision.ADDED)))
        progress(len(winners), len(winners))  # written; the commit follows
    return outcome


def _write_documents(conn: Connection, wanted: set[str], documents: Mapping[str, DocumentRecord | None],
                     when: str) -> None:
    """Rows for documents the server lacks, with title and canonical text (a title lets people
    recognise the report; the text documents what the offsets count in)."""
    known = dict(conn.execute(select(DocumentRow.id, DocumentRow.text == "")
                              .where(DocumentRow.id == func.any(sorted(wanted)))).all())
    fresh, fill = [], []
    for document_id in sorted(wanted):
        record = documents.get(document_id)
        title, body = (record.title, record.text) if record else ("", "")
        if document_id not in known:
            fresh.append({"id": document_id, "title": title, "path": "", "text": body,
                          "first_seen": when, "last_opened": when})
        elif known[document_id] and body:
            fill.append({"id": document_id, "title": title, "text": body})
    if fresh:
        conn.execute(pg_insert(DocumentRow).on_conflict_do_nothing(), fresh)
    for row in fill:
        conn.execute(update(DocumentRow).where(DocumentRow.id == row["id"])
                     .values(title=row["title"], text=row["text"]))


def _name_ids(conn: Connection, table, names: set[str]) -> dict[str, int]:
    if not names:
        return {}
    wanted = sorted(names)
    conn.execute(pg_insert(table).on_conflict_do_nothing(), [{"name": n} for n in wanted])
    return dict(conn.execute(select(table.name, table.id).where(table.name == func.any(wanted))).all())


class _Writer:
    """Writes the winning rows with COPY: straight into the tables for new annotations, through
    a temporary table and one UPDATE for annotations the server already had.  Row-by-row
    statements would cost a round trip each (seconds for 10,000)."""

    def __init__(self, conn: Connection, outgoing: Outgoing, winners: Sequence[int],
                 outcome: PushOutcome) -> None:
        self.conn = conn
        self.cursor = conn.connection.driver_connection.cursor()
        self.out = outgoing
        self.id_at = outgoing.columns.index("id")
        decision = {n: outcome.decisions[outgoing.rows[n][self.id_at]] for n in winners}
        self.added = [n for n in winners if decision[n] is Decision.ADDED]
        self.updated = [n for n in winners if decision[n] is Decision.UPDATED]
        self.order = [*self.added, *self.updated]

    def _id(self, n: int) -> str:
        return self.out.rows[n][self.id_at]

    def annotations(self) -> None:
        out = self.out
        author_at = out.columns.index("author_id")
        authors = _name_ids(self.conn, AuthorRow, {out.rows[n][author_at] for n in self.order} - {""})
        tags = _name_ids(self.conn, TagRow, {t for n in self.order for t in out.tags[n]})

        def row(n: int) -> tuple:
            values = list(out.rows[n])
            values[author_at] = authors.get(values[author_at])
            return tuple(values)

        self._copy("annotations", out.columns, [row(n) for n in self.added], key=None)
        self._copy("annotations", out.columns, [row(n) for n in self.updated], key="id")
        if self.updated:
            self.conn.execute(AnnotationTagRow.__table__.delete().where(
                AnnotationTagRow.annotation_id == func.any([self._id(n) for n in self.updated])))
        links = [(self._id(n), tags[t], position)
                 for n in self.order for position, t in enumerate(out.tags[n])]
        self._copy("annotation_tags", ("annotation_id", "tag_id", "position"), links, key=None)

    def changes(self, clock: int, who: str, when: str) -> None:
        """A new change number for each written annotation, with who pushed it and when."""
        document_at = self.out.columns.index("document_id")
        numbered = {n: clock + k for k, n in enumerate(self.order, start=1)}
        columns = ("annotation_id", "document_id", "seq", "pushed_by", "pushed_at")

        def row(n: int) -> tuple:
            return (self._id(n), self.out.rows[n][document_at], numbered[n], who, when)

        self._copy("sync_changes", columns, [row(n) for n in self.added], key=None)
        self._copy("sync_changes", columns, [row(n) for n in self.updated], key="annotation_id")

    def _copy(self, table: str, columns: Sequence[str], rows: Sequence[tuple], key: str | None) -> None:
        """COPY ``rows`` into ``table`` (``key`` None), or update its rows matched on ``key``."""
        if not rows:
            return
        target = sql.Identifier(table)
        names = sql.SQL(", ").join(map(sql.Identifier, columns))
        if key is not None:
            staging = sql.Identifier(f"pizhu_{table}")
            self.cursor.execute(sql.SQL(
                "CREATE TEMP TABLE {} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP").format(staging, target))
            target, table_name = staging, f"pizhu_{table}"
        with self.cursor.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(target, names)) as copy:
            for row in rows:
                copy.write_row(row)
        if key is not None:
            assignments = sql.SQL(", ").join(
                sql.SQL("{} = s.{}").format(sql.Identifier(c), sql.Identifier(c)) for c in columns if c != key)
            self.cursor.execute(sql.SQL("UPDATE {} AS t SET {} FROM {} AS s WHERE t.{} = s.{}").format(
                sql.Identifier(table), assignments, sql.Identifier(table_name),
                sql.Identifier(key), sql.Identifier(key)))
            self.cursor.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(table_name)))


# ---------------------------------------------------------------------- pull


def _tag_names():
    return (
        select(func.array_agg(aggregate_order_by(TagRow.name, AnnotationTagRow.position)))
        .select_from(AnnotationTagRow.__table__.join(TagRow.__table__, TagRow.id == AnnotationTagRow.tag_id))
        .where(AnnotationTagRow.annotation_id == AnnotationRow.id)
        .scalar_subquery()
    )


def _annotation_columns() -> list[Any]:
    """The server's annotation columns in :data:`storage.convert.ANNOTATION_COLUMNS` order."""
    special = {"author": AuthorRow.name, "tag_links": _tag_names()}
    return [special.get(name, _ANNOTATIONS.c.get(name)) for name in convert.ANNOTATION_COLUMNS]


def heads(conn: Connection, document_id: str | None) -> dict[str, int]:
    """The newest change number per document on the server (one document, or all)."""
    newest = (select(func.max(SyncChangeRow.seq))
              .where(SyncChangeRow.document_id == DocumentRow.id).scalar_subquery())
    query = select(DocumentRow.id, func.coalesce(newest, 0))
    if document_id is not None:
        query = query.where(DocumentRow.id == document_id)
    return dict(conn.execute(query).all())


def pull(engine: Engine, document_id: str | None, marks: Mapping[str, int],
         own: tuple[int, int] | None, also: Sequence[str]) -> PullOutcome:
    """What changed on the server since ``marks``, leaving out the ``own`` range of numbers,
    plus the current server copies of the ``also`` ids (those that beat a pushed copy)."""
    with engine.connect().execution_options(isolation_level="REPEATABLE READ",
                                            postgresql_readonly=True) as conn, conn.begin():
        clock = conn.execute(select(SyncClockRow.value).where(SyncClockRow.id == 1)).scalar_one()
        newest = heads(conn, document_id)
        behind = {d: marks.get(d, 0) for d, seq in newest.items() if seq > marks.get(d, 0)}
        if not behind and not also:
            return PullOutcome([], [], clock, sorted(newest))
        rows = _changed_rows(conn, behind, own, also)
        annotations = _to_annotations(rows)
        history = read_history(conn, [a.id for a in annotations])
    return PullOutcome(annotations, history, clock, sorted(newest))


def _changed_rows(conn: Connection, behind: Mapping[str, int], own: tuple[int, int] | None,
                  also: Sequence[str]) -> list[Any]:
    new = or_(false(), *(and_(SyncChangeRow.document_id == d, SyncChangeRow.seq > m)
                         for d, m in behind.items()))
    if own is not None:
        new = and_(new, not_(SyncChangeRow.seq.between(*own)))
    if also:
        new = or_(new, SyncChangeRow.annotation_id == func.any(list(also)))
    query = (
        select(*_annotation_columns())
        .select_from(_ANNOTATIONS.join(SyncChangeRow, SyncChangeRow.annotation_id == AnnotationRow.id)
                     .outerjoin(AuthorRow, AuthorRow.id == AnnotationRow.author_id))
        .where(new)
    )
    return conn.execute(query).all()


def _to_annotations(rows: Sequence[Any]) -> list[Annotation]:
    """Rows in ANNOTATION_COLUMNS order (tags as an array of names) → Annotation values."""
    tags: dict[Any, tuple[str, ...]] = {None: ()}
    converted = []
    for row in rows:
        names = tuple(row[-1]) if row[-1] else None
        if names is not None:
            tags.setdefault(names, names)
        converted.append((*row[:-1], names))
    with convert.gc_paused():
        return convert.annotations_from_rows(converted, tags)
