"""Creating a store or a team database, and upgrading an old one step by step.

One mechanism for both places the schema lives (:mod:`storage.schema`): the local SQLite store
and the team's PostgreSQL database.  What differs by dialect is only where the version is kept,
how concurrent upgraders are kept apart and whether a backup is taken first:

=================  ==========================================  ===============================
                   local store (SQLite)                        team database (PostgreSQL)
=================  ==========================================  ===============================
version            ``PRAGMA user_version`` in the file header   ``pizhu_meta.schema_version``
"ours" mark        ``PRAGMA application_id``                    the ``pizhu_meta`` table
one upgrader       ``BEGIN IMMEDIATE`` (the write lock)         ``pg_advisory_xact_lock``
backup first       ``pizhu.sqlite3.v<old>.bak`` (backup API)    the server's own backups
=================  ==========================================  ===============================

Why it is shaped this way:

* A fresh store or database is created from the ORM models (only the tables of its side, see
  :func:`storage.schema.tables_for`); an old one is upgraded by the ordered steps below, each
  turning version *n − 1* into *n*.  Tests check that both roads end at the same tables,
  columns, indexes and foreign keys.
* Everything happens in one transaction: SQLite's and PostgreSQL's DDL are both transactional,
  so an interrupted upgrade leaves the old version intact, and a second Pizhu upgrading at the
  same moment waits, then finds the work done (the version is re-read under the lock).
* Before the first step on a local store a consistent copy of the database is written next to
  it (``pizhu.sqlite3.v1.bak``) with SQLite's online backup API — copying the file itself could
  miss pages still in the WAL.
* A team database is never older than :data:`storage.schema.SERVER_SINCE` (sync arrived
  then), so the steps up to it only ever run on SQLite.  Later steps run on both dialects: use
  portable DDL, or branch on ``conn.dialect.name`` where the two differ.
* A store or database written by a newer Pizhu is refused (:class:`NewerSchema`) before
  anything is touched.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select, text, update
from sqlalchemy import exc as sa_exc

from storage.engine import BUSY_TIMEOUT_SECONDS, switch_to_wal, writer
from storage.errors import NewerSchema, StoreError
from storage.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SERVER_SINCE,
    SIDE_OF_DIALECT,
    Base,
    ServerMetaRow,
    SyncClockRow,
    tables_for,
)
from storage.schema import SYNC_LOG_TRIGGERS as SYNC_LOG_TRIGGERS_V5  # unchanged since v5



def _to_v2(conn: Connection) -> None:
    """Tag colours, and the canonical text of each document (filled when it is next opened)."""
    conn.exec_driver_sql("ALTER TABLE tags ADD COLUMN color TEXT")
    conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN text TEXT DEFAULT '' NOT NULL")


def _to_v3(conn: Connection) -> None:
    """Commitment tracking: structured fields on annotations and a status history table."""
    for column in ("indicator", "value", "unit", "qualifier", "deadline"):
        conn.exec_driver_sql(
            f"ALTER TABLE annotations ADD COLUMN commitment_{column} TEXT DEFAULT '' NOT NULL"
        )
    conn.exec_driver_sql("ALTER TABLE annotations ADD COLUMN commitment_status TEXT")
    conn.exec_driver_sql(
        """CREATE TABLE commitment_history (
	id INTEGER NOT NULL,
	annotation_id TEXT NOT NULL,
	old_status TEXT,
	new_status TEXT NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	changed TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(annotation_id) REFERENCES annotations (id) ON DELETE CASCADE
)"""
    )
    conn.exec_driver_sql(
        "CREATE INDEX ix_commitment_history_annotation ON commitment_history (annotation_id, id)"
    )


# Ids of v3 history rows become uuid5s of what the row says, so two copies of one store (or a
# teammate's migrated copy of the same entries) agree on them and merge as one entry.
_V4_HISTORY_IDS = uuid.UUID("0c6f4f3e-5b1d-5f0a-9a57-3f2d8c1e7b64")


def _to_v4(conn: Connection) -> None:
    """The commitment ledger: the horizon and classification fields, a history whose entries
    have stable ids, authors, sources, evidence and retraction, and remembered dismissals."""
    conn.exec_driver_sql("ALTER TABLE annotations RENAME COLUMN commitment_deadline TO commitment_horizon")
    for column in ("kind", "strength", "binding", "category"):
        conn.exec_driver_sql(
            f"ALTER TABLE annotations ADD COLUMN commitment_{column} TEXT DEFAULT '' NOT NULL"
        )
    conn.exec_driver_sql(
        "UPDATE annotations SET commitment_kind = CASE WHEN commitment_value != '' "
        "THEN 'quantified' ELSE 'pledge' END, commitment_strength = 'firm', "
        "commitment_binding = 'expected' WHERE commitment_status IS NOT NULL"
    )
    old = conn.exec_driver_sql(
        "SELECT id, annotation_id, old_status, new_status, note, changed FROM commitment_history ORDER BY id"
    ).all()
    conn.exec_driver_sql("DROP TABLE commitment_history")
    conn.exec_driver_sql(
        """CREATE TABLE commitment_history (
	id TEXT NOT NULL,
	annotation_id TEXT NOT NULL,
	old_status TEXT,
	new_status TEXT NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	source TEXT DEFAULT '' NOT NULL,
	author TEXT DEFAULT '' NOT NULL,
	changed TEXT NOT NULL,
	evidence_document TEXT DEFAULT '' NOT NULL,
	evidence_selector TEXT DEFAULT '' NOT NULL,
	retracted TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY(annotation_id) REFERENCES annotations (id) ON DELETE CASCADE
)"""
    )
    conn.exec_driver_sql(
        "CREATE INDEX ix_commitment_history_annotation ON commitment_history (annotation_id, changed)"
    )
    for number, annotation_id, old_status, new_status, note, changed in old:
        ident = uuid.uuid5(_V4_HISTORY_IDS, "\x1f".join(
            (annotation_id, str(number), old_status or "", new_status, note, changed)))
        conn.exec_driver_sql(
            "INSERT INTO commitment_history (id, annotation_id, old_status, new_status, note, changed) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (str(ident), annotation_id, old_status, new_status, note, changed),
        )
    conn.exec_driver_sql(
        """CREATE TABLE commitment_dismissals (
	id TEXT NOT NULL,
	document_id TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	quote TEXT NOT NULL,
	author TEXT DEFAULT '' NOT NULL,
	dismissed TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
)"""
    )
    conn.exec_driver_sql(
        "CREATE INDEX ix_commitment_dismissals_document ON commitment_dismissals (document_id, start)"
    )


def _to_v5(conn: Connection) -> None:
    """Team sync: the local change log (kept by triggers, filled with the existing annotations)
    and what this store last exchanged with each team server.  Local side only."""
    conn.exec_driver_sql(
        """CREATE TABLE sync_log (
	annotation_id TEXT NOT NULL,
	seq INTEGER NOT NULL,
	PRIMARY KEY (annotation_id),
	FOREIGN KEY(annotation_id) REFERENCES annotations (id) ON DELETE CASCADE
) WITHOUT ROWID""")
    conn.exec_driver_sql("CREATE INDEX ix_sync_log_seq ON sync_log (seq)")
    conn.exec_driver_sql("INSERT INTO sync_log (annotation_id, seq) SELECT id, rowid FROM annotations")
    for trigger in SYNC_LOG_TRIGGERS_V5:
        conn.exec_driver_sql(trigger)
    conn.exec_driver_sql(
        """CREATE TABLE sync_peers (
	server_id TEXT NOT NULL,
	label TEXT DEFAULT '' NOT NULL,
	last_sync TEXT,
	pushed_seq INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (server_id)
)""")
    conn.exec_driver_sql(
        """CREATE TABLE sync_marks (
	server_id TEXT NOT NULL,
	document_id TEXT NOT NULL,
	seq INTEGER NOT NULL,
	pushed_seq INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (server_id, document_id),
	FOREIGN KEY(server_id) REFERENCES sync_peers (server_id) ON DELETE CASCADE
)""")
    conn.exec_driver_sql(
        """CREATE TABLE sync_base (
	server_id TEXT NOT NULL,
	annotation_id TEXT NOT NULL,
	modified TEXT NOT NULL,
	PRIMARY KEY (server_id, annotation_id),
	FOREIGN KEY(server_id) REFERENCES sync_peers (server_id) ON DELETE CASCADE,
	FOREIGN KEY(annotation_id) REFERENCES annotations (id) ON DELETE CASCADE
) WITHOUT ROWID""")


# STEPS[n] upgrades a version n - 1 store to version n.  Append; never edit a released step.
# Steps after SERVER_SINCE run on team databases (PostgreSQL) too; see the module docstring.
STEPS: dict[int, Callable[[Connection], None]] = {2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5}
assert sorted(STEPS) == list(range(2, SCHEMA_VERSION + 1)), "a migration step is missing"


def backup_path(path: str | os.PathLike, version: int) -> Path:
    """Where the copy taken before upgrading from ``version`` goes."""
    path = Path(path)
    return path.with_name(f"{path.name}.v{version}.bak")


def _header(conn: Connection) -> tuple[int, int, list[str]]:
    version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
    app_id = conn.exec_driver_sql("PRAGMA application_id").scalar_one()
    tables = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalars().all()
    return version, app_id, list(tables)


def _check(path: Path, version: int, app_id: int, tables: list[str]) -> None:
    foreign = app_id != APPLICATION_ID if version else bool(tables)
    if foreign:
        raise StoreError(f"{path} is an SQLite database of another program, not a Pizhu store")
    if version < 0:
        raise StoreError(f"the annotation store {path} is damaged (unknown schema version {version}); "
                         "restore it from a backup")
    if version > SCHEMA_VERSION:
        raise NewerSchema(
            f"{path} was written by a newer Pizhu (store schema v{version}; this version reads "
            f"up to v{SCHEMA_VERSION}); update Pizhu to open it"
        )


def _backup(source: Path, target: Path) -> None:
    """Consistent copy through the online backup API, written aside then renamed into place.

    Called while our own connection holds the write lock (so nothing can change underneath),
    but read through a second connection: SQLite's backup refuses to step while its source
    connection is inside a write transaction, and a WAL reader is never blocked by a writer.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    reader = sqlite3.connect(source, timeout=BUSY_TIMEOUT_SECONDS)
    destination = sqlite3.connect(partial)
    try:
        reader.backup(destination)
    finally:
        destination.close()
        reader.close()
    os.replace(partial, target)


def inspect(engine: Engine, path: Path) -> int:
    """The store's schema version; refuses a foreign, newer or damaged file.  Writes nothing."""
    with engine.connect() as conn:
        version, app_id, tables = _header(conn)
    _check(path, version, app_id, tables)
    return version


def upgrade_in_memory(engine: Engine, version: int) -> None:
    """Bring an in-memory copy to the current schema (a read-only look at an old store: the
    file itself is neither upgraded nor backed up)."""
    with writer(engine).connect() as conn, conn.begin():
        if version == 0:
            _create(conn)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        else:
            _upgrade(conn, version)
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def prepare(engine: Engine, path: Path) -> None:
    """Create the schema in a new store or upgrade an old one; refuse foreign or newer files.

    The file is inspected before anything is written, so a foreign or damaged file is refused
    exactly as it was found (not even switched to WAL).
    """
    version = inspect(engine, path)  # quick look without the write lock: usually nothing to do
    switch_to_wal(engine)
    if version == SCHEMA_VERSION:
        return
    with writer(engine).connect() as conn, conn.begin():
        version, app_id, tables = _header(conn)  # again, under the lock
        _check(path, version, app_id, tables)
        if version == SCHEMA_VERSION:
            return  # another process did it while we waited
        if version == 0:
            _create(conn)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        else:
            _backup(path, backup_path(path, version))
            _upgrade(conn, version)
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _create(conn: Connection) -> None:
    Base.metadata.create_all(conn, tables=tables_for(SIDE_OF_DIALECT[conn.dialect.name]))


def _upgrade(conn: Connection, version: int) -> None:
    for step in range(version + 1, SCHEMA_VERSION + 1):
        STEPS[step](conn)


# ---------------------------------------------------------------------- the team database

_SERVER_LOCK = APPLICATION_ID  # pg_advisory_xact_lock key: one schema change at a time
_OUR_TABLES = tuple(t.name for t in tables_for("server"))
_PRIVILEGE_ERRORS = {"42501", "25006"}  # insufficient_privilege, read_only_sql_transaction


@dataclass(frozen=True)
class ServerHeader:
    """What a team database says about itself."""

    version: int
    server_id: str
    foreign: bool = False  # tables with our names, but no pizhu_meta: not ours to touch


def _server_header(conn: Connection) -> ServerHeader:
    """The database's version and id; version 0 for an empty one.

    The tables are looked up with a plain query on ``pg_class`` (an MVCC read, current after
    the lock is taken), not ``to_regclass``, whose per-connection cache can still say "no such
    table" just after another client created it.
    """
    found = set(conn.execute(
        text("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname = current_schema() AND c.relname = ANY(:names)"),
        {"names": list(_OUR_TABLES)},
    ).scalars())
    if ServerMetaRow.__tablename__ in found:
        values = dict(conn.execute(select(ServerMetaRow.name, ServerMetaRow.value)).all())
        return ServerHeader(int(values.get("schema_version", "0")), values.get("server_id", ""))
    return ServerHeader(0, "", foreign=bool(found))


def _check_server(header: ServerHeader, label: str) -> None:
    if header.foreign:
        raise StoreError(f"the database {label} holds tables of another program, not Pizhu's")
    if header.version > SCHEMA_VERSION:
        raise NewerSchema(
            f"the team database {label} was set up by a newer Pizhu (schema v{header.version}; "
            f"this version reads up to v{SCHEMA_VERSION}); update Pizhu to sync with it")
    if header.version and (header.version < SERVER_SINCE or not header.server_id):
        raise StoreError(f"the team database {label} has a damaged pizhu_meta table")


def prepare_server(engine: Engine, label: str) -> ServerHeader:
    """Create the schema in an empty team database or upgrade an old one; refuse a foreign or
    newer one.  ``label`` names the database in messages (never with a password).

    A login that may not create or alter tables gets one line saying who must do it.
    """
    with engine.connect() as conn:  # quick look without the lock: usually nothing to do
        header = _server_header(conn)
        conn.rollback()
    if not header.foreign:  # (which may be a creation in progress: look again under the lock)
        _check_server(header, label)
    if header.version == SCHEMA_VERSION:
        return header
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SERVER_LOCK})
            header = _server_header(conn)  # again, under the lock
            _check_server(header, label)
            if header.version == SCHEMA_VERSION:
                return header  # another client did it while we waited
            if header.version == 0:
                server_id = str(uuid.uuid4())
                _create(conn)
                conn.execute(insert(ServerMetaRow), [
                    {"name": "schema_version", "value": str(SCHEMA_VERSION)},
                    {"name": "server_id", "value": server_id},
                ])
                conn.execute(insert(SyncClockRow).values(id=1, value=0))
            else:
                server_id = header.server_id
                _upgrade(conn, header.version)
                conn.execute(update(ServerMetaRow).where(ServerMetaRow.name == "schema_version")
                             .values(value=str(SCHEMA_VERSION)))
    except sa_exc.DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) not in _PRIVILEGE_ERRORS:
            raise
        role = engine.url.username or "this login"
        if header.version == 0:
            doing = f"set up Pizhu's tables in the team database {label}"
        else:
            doing = f"upgrade the team database {label} (schema v{header.version} to v{SCHEMA_VERSION})"
        raise StoreError(f"the role {role} may not {doing}; sync once with a role that may "
                         f"(see docs/teams.md)") from None
    return ServerHeader(SCHEMA_VERSION, server_id)
