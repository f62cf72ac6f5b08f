"""Opening a store file: what may be touched, what is checked, what a failure is called.

Kept apart from the :class:`~storage.store.Store` facade, which only reads and writes rows.

* A file that is plainly not SQLite is refused before SQLite sees it; another program's SQLite
  file is refused before anything is written (:func:`storage.migrations.prepare` switches to
  WAL only afterwards).
* ``PRAGMA integrity_check`` runs at open: unlike ``quick_check`` it also compares every index
  with its table — a damaged index page passes ``quick_check`` and silently drops rows from
  reads.  It reads the whole file (about 40 ms for a store with 10,000 highlights), so above
  :data:`FULL_CHECK_MAX_BYTES` only ``quick_check`` runs and the per-read cross-check
  (``storage.damage.cross_check``) guards the reads.
* Read-only opens (listing, exporting, dry runs) never write: a missing store is an empty
  in-memory one, an old one is upgraded in an in-memory copy, a store on read-only media is read
  with ``mode=ro`` or, where WAL's ``-shm`` cannot be created and no ``-wal`` holds changes,
  ``immutable=1``.
* SQLite calls a disk that is already full at open "disk I/O error"; :func:`store_error` says
  "the disk … is full" when the file system has less than :data:`FULL_DISK_BYTES` free.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from storage.engine import make_engine, memory_engine
from storage.errors import StoreDamaged, StoreError
from storage.migrations import inspect, prepare, upgrade_in_memory
from storage.schema import SCHEMA_VERSION

_SQLITE_MAGIC = b"SQLite format 3\x00"
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024  # integrity_check at open up to this size
FULL_DISK_BYTES = 1024 * 1024  # less room than this: a "disk I/O error" is a full disk
_ERRORS = (sa_exc.SQLAlchemyError, sqlite3.Error, OSError)


def one_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return " ".join(str(original).split()) or type(original).__name__


def open_writable(path: Path) -> Engine:
    """An engine on the store at ``path``, created or upgraded, checked for damage."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not an annotation store")
    _check_magic(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"cannot create {path.parent}: {error.strerror or error}") from None
    engine = make_engine(path)
    try:
        prepare(engine, path)
        damage = _integrity_problem(engine, path)
        if damage:
            raise StoreDamaged(damage)
    except StoreError:
        engine.dispose()
        raise
    except _ERRORS as error:
        engine.dispose()
        raise store_error(path, error, "cannot open the annotation store") from None
    return engine


def open_read_only(path: Path) -> tuple[Engine, str | None]:
    """An engine that never writes ``path``, and why the store is damaged (None: it is not)."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not an annotation store")
    _check_magic(path)
    if not path.exists() or path.stat().st_size == 0:
        engine = memory_engine()
        upgrade_in_memory(engine, 0)
        return engine, None
    engine = make_engine(path, access="ro")
    try:
        try:
            version = inspect(engine, path)
        except (sa_exc.OperationalError, sqlite3.OperationalError):
            # Read-only media with no -shm file: readable as it is unless a -wal file holds
            # changes not yet folded into the store (reading it without them would lose them).
            engine.dispose()
            if _has_wal_content(path):
                raise StoreError(f"the annotation store {path} is on read-only media with changes "
                                 f"still in {path.name}-wal; open it once where it can be written") from None
            engine = make_engine(path, access="immutable")
            version = inspect(engine, path)
        if version != SCHEMA_VERSION:
            engine = _upgraded_copy(engine, version)
        return engine, _integrity_problem(engine, path)
    except StoreError:
        engine.dispose()
        raise
    except _ERRORS as error:
        engine.dispose()
        raise store_error(path, error, "cannot read the annotation store") from None


def _check_magic(path: Path) -> None:
    """Refuse a file that is plainly not SQLite before SQLite gets a chance to touch it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(f"cannot read {path}: {error.strerror or error}") from None
    if head and head != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not an annotation store (not an SQLite database)")




def _integrity_problem(engine: Engine, path: Path) -> str | None:
    """Why the store fails SQLite's integrity check (see the module doc), or None."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    pragma = "integrity_check" if size <= FULL_CHECK_MAX_BYTES else "quick_check"
    with engine.connect() as conn:
        result = conn.exec_driver_sql(f"PRAGMA {pragma}(1)").scalar()
    if result == "ok":
        return None
    detail = " ".join(str(result).replace("***", " ").split())
    return f"the annotation store {path} is damaged ({detail[:200]}); restore it from a backup"


def _upgraded_copy(engine: Engine, version: int) -> Engine:
    """An in-memory copy of an old store, upgraded there (the file stays as it is)."""
    copy = memory_engine()
    source, target = engine.raw_connection(), copy.raw_connection()
    try:
        source.driver_connection.backup(target.driver_connection)
    finally:
        source.close()
        target.close()
        engine.dispose()
    upgrade_in_memory(copy, version)
    return copy


def _has_wal_content(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def store_error(path: Path, error: BaseException, context: str) -> StoreError:
    """One line for an SQLite/OS failure; a full disk is named as such.

    SQLite reports a disk that filled up as "database or disk is full", but when the disk is
    already full at open — the WAL's ``-shm`` file cannot be grown — only as "disk I/O error",
    which sends users looking for a broken disk.  When the store's file system has (almost) no
    room left, say that instead.
    """
    message = one_line(error)
    lowered = message.lower()
    if "disk i/o error" in lowered or "disk is full" in lowered:
        free = _free_bytes(path.parent)
        if free is not None and free < FULL_DISK_BYTES:
            return StoreError(f"the disk holding the annotation store {path} is full "
                              f"({free // 1024:,} KB free); free some space and try again")
    return StoreError(f"{context} {path}: {message}")


def _free_bytes(directory: Path) -> int | None:
    try:
        return shutil.disk_usage(directory).free
    except OSError:
        return None
