"""The current schema as SQLAlchemy 2.x ORM models.

These classes are the single description of the *current* schema: a new store is created from
them with ``metadata.create_all``.  Older versions live as frozen SQL in
:mod:`storage.migrations`, and a test checks that migrating an old file yields exactly the
tables, columns, indexes and foreign keys described here.

Storage choices (why):

* Offsets are Python code-point indices (docs/architecture.md §7); SQLite integers hold them as they are.
* Timestamps are fixed-width UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (see
  :mod:`storage.convert`): readable in the sqlite3 shell, sorted chronologically by plain text
  comparison, and exact to the microsecond so a timestamp from an imported file round-trips and
  re-importing the same file compares equal (a lossy timestamp would look "newer" forever).
* Tags and authors are their own tables so renaming or merging a tag is one row, and the
  tag list with counts is one indexed query.  ``annotation_tags.position`` keeps the order the
  user gave the tags, so an annotation round-trips unchanged.
* ``commitment_status`` NULL means "not a commitment"; the other commitment fields default to
  the empty string so they need no NULL handling.
* The status history (``commitment_history``) has text UUID ids, not row numbers: an entry keeps
  its identity when files and the team server carry it to other stores, so histories merge as a
  union by id.  An undone change is kept with ``retracted`` set (the time it was undone) so the
  undo travels too; rows are never deleted except with their annotation.
* Dismissed suggestions (``commitment_dismissals``) remember the quote and position the reader
  dismissed, per document, so a re-detected suggestion stays dismissed.

One schema, two places.  The same models describe the local SQLite store and the team's
PostgreSQL database (team sync, :mod:`storage.sync`): both hold the annotation tables below, and
both are created and upgraded by :mod:`storage.migrations`.  A few tables exist in only one of
them, marked ``info={SIDE: ...}``: the local store remembers what it last exchanged with each
server (``sync_*``), the server keeps its schema version and a change sequence per annotation
(``pizhu_meta``, ``sync_clock``, ``sync_changes``).  :func:`tables_for` picks a side's tables.
"""
from __future__ import annotations

from sqlalchemy import DDL, BigInteger, ForeignKey, Index, Integer, Table, Text, event
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 5  # PRAGMA user_version of a current store; pizhu_meta on a server
APPLICATION_ID = 0x50495A48  # PRAGMA application_id: "PIZH", marks the file as ours
SERVER_SINCE = 5  # the first version a team server can have (sync arrived with it)

SIDE = "pizhu_side"  # Table.info key: the only place a table exists (absent: everywhere)
LOCAL, SERVER = "local", "server"
SIDE_OF_DIALECT = {"sqlite": LOCAL, "postgresql": SERVER}


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    path: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    first_seen: Mapped[str] = mapped_column(Text, nullable=False)
    last_opened: Mapped[str] = mapped_column(Text, nullable=False)
    # v2: canonical text, kept for re-anchoring onto a new version of the report.
    text: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class AuthorRow(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    # v2: a colour for the tag (``#rrggbb``), NULL when the user never chose one.
    color: Mapped[str | None] = mapped_column(Text, nullable=True)


class AnnotationRow(Base):
    __tablename__ = "annotations"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    exact: Mapped[str] = mapped_column(Text, nullable=False)
    prefix: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    suffix: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    color: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    author_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("authors.id", ondelete="SET NULL"), nullable=True
    )
    created: Mapped[str] = mapped_column(Text, nullable=False)
    modified: Mapped[str] = mapped_column(Text, nullable=False)
    state: Mapped[str] = mapped_column(Text, nullable=False, server_default="anchored")
    deleted: Mapped[int] = mapped_column(Integer, nullable=False, server_default=sql_text("0"))
    # v3: commitment fields; commitment_status NULL means "not a commitment".
    commitment_indicator: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    commitment_value: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    commitment_unit: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    commitment_qualifier: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    # v4: renamed from commitment_deadline (a year or a span of years, 2023 / 2023-2027).
    commitment_horizon: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    commitment_status: Mapped[str | None] = mapped_column(Text, nullable=True)
    # v4: quantified | pledge, firm | aim, expected | binding, and a policy area.
    commitment_kind: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    commitment_strength: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    commitment_binding: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    commitment_category: Mapped[str] = mapped_column(Text, nullable=False, server_default="")

    __table_args__ = (Index("ix_annotations_document", "document_id", "start", "end"),)


class AnnotationTagRow(Base):
    __tablename__ = "annotation_tags"

    annotation_id: Mapped[str] = mapped_column(
        Text, ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, server_default=sql_text("0"))

    __table_args__ = (Index("ix_annotation_tags_tag", "tag_id"),)


class StatusEntryRow(Base):
    """v4: every commitment status change, with who, why and the evidence (the tracking history).

    ``evidence_selector`` is the JSON list of W3C selectors (quote and position) of a passage of
    the report ``evidence_document``; both are empty when the change cites no passage.
    """

    __tablename__ = "commitment_history"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    annotation_id: Mapped[str] = mapped_column(
        Text, ForeignKey("annotations.id", ondelete="CASCADE"), nullable=False
    )
    old_status: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_status: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    source: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    author: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    changed: Mapped[str] = mapped_column(Text, nullable=False)
    evidence_document: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    evidence_selector: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    retracted: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_commitment_history_annotation", "annotation_id", "changed"),)


class DismissalRow(Base):
    """v4: a detected suggestion the reader dismissed, remembered by its quote and position."""

    __tablename__ = "commitment_dismissals"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    quote: Mapped[str] = mapped_column(Text, nullable=False)
    author: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    dismissed: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (Index("ix_commitment_dismissals_document", "document_id", "start"),)


# ---------------------------------------------------------------------- v5: team sync, local side


class SyncLogRow(Base):
    """The local change log: each annotation's latest write here, numbered in order.

    Kept by the triggers below on every insert and on every update of ``modified`` or
    ``deleted`` — however the row was written — so finding what to push asks this small index
    for numbers above the last push instead of comparing every annotation.
    """

    __tablename__ = "sync_log"

    annotation_id: Mapped[str] = mapped_column(
        Text, ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (Index("ix_sync_log_seq", "seq"),
                      {"info": {SIDE: LOCAL}, "sqlite_with_rowid": False})


# The triggers' text is part of schema v5 (the migration step creates the same two).
SYNC_LOG_TRIGGERS = tuple(
    f"""CREATE TRIGGER sync_log_{event.split()[0].lower()} AFTER {event} ON annotations
BEGIN
	INSERT INTO sync_log (annotation_id, seq)
	VALUES (NEW.id, COALESCE((SELECT max(seq) FROM sync_log), 0) + 1)
	ON CONFLICT (annotation_id) DO UPDATE SET seq = excluded.seq;
END"""
    for event in ("INSERT", "UPDATE OF modified, deleted")
)
for _trigger in SYNC_LOG_TRIGGERS:
    event.listen(SyncLogRow.__table__, "after_create", DDL(_trigger).execute_if(dialect="sqlite"))


class SyncPeerRow(Base):
    """A team server this store has synced with, by the id the server gave itself.

    ``label`` is the server's URL without any password, for messages and the GUI;
    ``pushed_seq``: every local change logged up to this number has been pushed (by a sync of
    all documents; a sync of one document keeps its own in :class:`SyncMarkRow`).
    """

    __tablename__ = "sync_peers"
    __table_args__ = {"info": {SIDE: LOCAL}}

    server_id: Mapped[str] = mapped_column(Text, primary_key=True)
    label: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    last_sync: Mapped[str | None] = mapped_column(Text, nullable=True)
    pushed_seq: Mapped[int] = mapped_column(Integer, nullable=False, server_default=sql_text("0"))


class SyncMarkRow(Base):
    """Per server and document: server changes up to ``seq`` have been pulled here, local
    changes up to ``pushed_seq`` (of :class:`SyncLogRow`) pushed there."""

    __tablename__ = "sync_marks"
    __table_args__ = {"info": {SIDE: LOCAL}}

    server_id: Mapped[str] = mapped_column(
        Text, ForeignKey("sync_peers.server_id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    pushed_seq: Mapped[int] = mapped_column(Integer, nullable=False, server_default=sql_text("0"))


class SyncBaseRow(Base):
    """Per server and annotation: the ``modified`` both sides held after the last exchange.

    A logged annotation whose ``modified`` differs from its base (or that has none) has local
    changes to push — the field the merge rule compares, so whatever could win a merge travels,
    and an annotation just pulled (logged too, since the pull wrote it) is not sent back.
    """

    __tablename__ = "sync_base"
    __table_args__ = {"info": {SIDE: LOCAL}, "sqlite_with_rowid": False}

    server_id: Mapped[str] = mapped_column(
        Text, ForeignKey("sync_peers.server_id", ondelete="CASCADE"), primary_key=True)
    annotation_id: Mapped[str] = mapped_column(
        Text, ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True)
    modified: Mapped[str] = mapped_column(Text, nullable=False)


# ---------------------------------------------------------------------- team server only


class ServerMetaRow(Base):
    """``schema_version`` and ``server_id`` of a team database (SQLite keeps its version in
    the file header instead)."""

    __tablename__ = "pizhu_meta"
    __table_args__ = {"info": {SIDE: SERVER}}

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SyncClockRow(Base):
    """One row: the last change number handed out.  Pushes lock it, so change numbers become
    visible in the order they were given, and a pull that has seen number *n* has seen every
    change up to *n*."""

    __tablename__ = "sync_clock"
    __table_args__ = {"info": {SIDE: SERVER}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False)


class SyncChangeRow(Base):
    """The change number of each annotation's latest version, and who pushed it (the database
    login, which the client cannot forge) and when (server time)."""

    __tablename__ = "sync_changes"

    annotation_id: Mapped[str] = mapped_column(
        Text, ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[str] = mapped_column(Text, nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    pushed_by: Mapped[str] = mapped_column(Text, nullable=False)
    pushed_at: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (Index("ix_sync_changes_document", "document_id", "seq"), {"info": {SIDE: SERVER}})


def tables_for(side: str) -> list[Table]:
    """The tables of one side (:data:`LOCAL` or :data:`SERVER`), parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.info.get(SIDE, side) == side]
