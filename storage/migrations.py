"""Creating a store, and upgrading an old one step by step (PRAGMA user_version).

Why it is shaped this way:

* ``user_version`` in the database header is the schema version; ``application_id`` marks the
  file as a Pizhu store, so we never "migrate" some other program's SQLite file.
* A fresh store is created from the ORM models (:mod:`storage.schema`); an old one is upgraded
  by the ordered steps below, each turning version *n − 1* into *n*.  A test checks that both
  roads end at the same tables, columns, indexes and foreign keys.
* Everything happens in one ``BEGIN IMMEDIATE`` transaction: SQLite's DDL is transactional, so
  an interrupted upgrade leaves the old version intact, and a second Pizhu opening the same old
  file at the same moment waits, then finds the work done (the version is re-read under the
  lock).
* Before the first step a consistent copy of the database is written next to it
  (``pizhu.sqlite3.v1.bak``) with SQLite's online backup API — copying the file itself could
  miss pages still in the WAL.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine

from storage.engine import BUSY_TIMEOUT_SECONDS, writer
from storage.errors import StoreError
from storage.schema import APPLICATION_ID, SCHEMA_VERSION, Base


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


# STEPS[n] upgrades a version n - 1 store to version n.  Append; never edit a released step.
STEPS: dict[int, Callable[[Connection], None]] = {2: _to_v2, 3: _to_v3, 4: _to_v4}
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
    if version > SCHEMA_VERSION:
        raise StoreError(
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


def prepare(engine: Engine, path: Path) -> None:
    """Create the schema in a new store or upgrade an old one; refuse foreign or newer files."""
    with engine.connect() as conn:  # quick look without the write lock: usually nothing to do
        version, app_id, tables = _header(conn)
    _check(path, version, app_id, tables)
    if version == SCHEMA_VERSION:
        return
    with writer(engine).connect() as conn, conn.begin():
        version, app_id, tables = _header(conn)  # again, under the lock
        _check(path, version, app_id, tables)
        if version == SCHEMA_VERSION:
            return  # another process did it while we waited
        if version == 0:
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        else:
            _backup(path, backup_path(path, version))
            for step in range(version + 1, SCHEMA_VERSION + 1):
                STEPS[step](conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
