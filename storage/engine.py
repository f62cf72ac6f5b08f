"""An SQLAlchemy engine configured for a desktop store that two processes may share.

Why each setting:

* ``journal_mode=WAL``: readers never block the writer and vice versa, and a killed process
  leaves the database consistent (the WAL is replayed or ignored on next open).  It is set
  by :func:`switch_to_wal` only after the file is known to be a Pizhu store (or new): another
  program's SQLite file is refused untouched, not converted first.
* ``synchronous=FULL``: every commit is fsynced, so a highlight survives a power cut or a dead
  laptop battery, not just a killed process.  Writes happen at human speed, so the cost
  (measured in benchmarks/bench_store.py) is invisible.
* ``foreign_keys=ON``: SQLite leaves foreign keys off unless asked, per connection.
* ``cache_size`` of 32 MiB (SQLite's default is 2 MiB): opening a document reads all of its
  annotations through the ``(document_id, start, end)`` index, i.e. in text order, which
  jumps around a table kept in insertion order, and looks up each one's tags.  A store with
  10,000 highlights is about 8 MB: with the default cache its pages are fetched from the OS
  again and again, even within one read; with room for them, ``Store.tags(document)`` takes
  ~13 ms instead of ~19 and ``Store.annotations(document)`` saves ~4 ms (measured on
  benchmarks/bench_highlights.py's store; both run when a document opens).  The cache grows
  only as pages are read, so a small store costs no more memory than before.
* ``busy_timeout`` (the sqlite3 ``timeout`` argument): a writer waits for another process's
  transaction instead of failing with "database is locked".
* ``BEGIN IMMEDIATE`` for writes: Python's sqlite3 (before 3.12's ``autocommit``) issues a
  *deferred* BEGIN only before the first DML statement.  A deferred transaction that reads and
  then writes must upgrade its lock, and in WAL mode that upgrade fails at once with
  SQLITE_BUSY (the busy timeout cannot help: waiting would not make its snapshot current).
  So pysqlite's own transaction handling is switched off (``isolation_level = None``) and the
  engine's ``begin`` event emits ``BEGIN IMMEDIATE`` for write sessions (taking the write lock
  up front, waiting politely under the busy timeout) and a plain ``BEGIN`` for reads, which
  also gives reads a consistent snapshot.  This is the recipe in SQLAlchemy's SQLite dialect
  documentation ("Enabling Non-Legacy SQLite Transactional Modes").

A team database (PostgreSQL, :func:`make_server_engine`) needs none of this: the server does its
own locking and durability.  Its engine only bounds how long connecting may take, checks a
pooled connection before reuse (a periodic sync may find the server restarted), and keeps
statement parameters out of error messages.
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool, StaticPool

BUSY_TIMEOUT_SECONDS = 30.0
CACHE_KIB = 32 * 1024  # page cache per connection, see the module docstring
WRITE_OPTION = "pizhu_write"  # execution option that marks a write transaction


def make_engine(path: str | os.PathLike, access: str = "rw") -> Engine:
    """An engine on the SQLite file at ``path`` with the settings above.

    ``access``: ``"rw"`` (the normal store), ``"ro"`` (SQLite's ``mode=ro``: reads, and never
    creates or changes a file except WAL's shared-memory index if it may) or ``"immutable"``
    (``immutable=1``: the file is read as it is, without locks or a ``-shm`` file — for a
    store on read-only media, used only when no ``-wal`` file holds changes).  The journal mode
    is not touched here: :func:`switch_to_wal` does that, once the file is known to be ours.
    """
    if access == "rw":
        url = URL.create("sqlite+pysqlite", database=str(Path(path)))
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False})
    else:
        query = "mode=ro" if access == "ro" else "immutable=1"
        uri = f"{Path(path).absolute().as_uri()}?{query}"
        engine = create_engine(
            "sqlite+pysqlite://", poolclass=QueuePool,
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                                            check_same_thread=False))
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


SERVER_CONNECT_TIMEOUT_SECONDS = 10


def make_server_engine(url: URL, password: str | None = None) -> Engine:
    """An engine on the team database at ``url`` (PostgreSQL through psycopg).

    ``password``, when given, is handed to the driver at connect time rather than kept in the
    URL, so the URL can be shown and logged as it is.
    """
    connect_args: dict[str, object] = {
        "connect_timeout": SERVER_CONNECT_TIMEOUT_SECONDS,
        "application_name": "pizhu",
    }
    if password is not None:
        connect_args["password"] = password
    # No hstore: Pizhu's tables have none, and looking its type up costs a round trip per login.
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True, pool_size=1,
                         max_overflow=2, hide_parameters=True, use_native_hstore=False)


def memory_engine() -> Engine:
    """A private in-memory database (one connection shared by every thread): the empty store a
    read-only command sees where no store exists, or an upgraded copy of an old one."""
    engine = create_engine(
        "sqlite+pysqlite://", poolclass=StaticPool,
        creator=lambda: sqlite3.connect(":memory:", check_same_thread=False))
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def switch_to_wal(engine: Engine) -> None:
    """Put the store in WAL mode (a no-op once it is; the mode is kept in the file)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            _switch_to_wal(cursor)
        finally:
            cursor.close()
    finally:
        raw.close()


def writer(engine: Engine) -> Engine:
    """The same engine (same pool), marked so its transactions begin IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _configure_connection(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA cache_size = {-CACHE_KIB}")  # negative: KiB, not pages
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _switch_to_wal(cursor) -> None:
    """``PRAGMA journal_mode = WAL``, retried while another process holds the file.

    Changing the journal mode needs an exclusive lock, and SQLite may answer "database is
    locked" at once instead of waiting out the busy timeout — seen when two instances create a
    new store at the same moment — so we wait for it ourselves, up to the same timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            message = str(error).lower()
            if ("locked" not in message and "busy" not in message) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _begin(connection) -> None:
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")
