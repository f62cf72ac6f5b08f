"""An open store file: its engines, closing it, and the one gate every read and write passes.

The base of every part of :class:`storage.store.Store`.  The parts (reads, annotation writes,
tag edits, the commitment ledger) share no state but what lives here, and reach the database
only through :meth:`StoreFile._session`, so the rules of access are kept in one place:
a closed store refuses, a damaged one (it failed its integrity check at a read-only open)
allows only the salvage read, a read-only one refuses writes, and a SQLite failure becomes a
one-line :class:`StoreError` naming the file.  Opening itself — what may be touched, the
integrity check, upgrades — is :mod:`storage.opening`.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from storage import opening
from storage.engine import writer
from storage.errors import StoreDamaged, StoreError


class StoreFile:
    """The engines of one store file.  Open with :meth:`open`, then :meth:`close`."""

    def __init__(self, engine: Engine, path: Path, read_only: bool = False,
                 damage: str | None = None) -> None:
        self._engine: Engine | None = engine
        # The same connection pool, but every transaction starts with BEGIN IMMEDIATE, so two
        # windows writing one store take turns instead of failing half-way (storage.engine).
        self._writer = writer(engine)
        self.path = path
        self.read_only = read_only
        # Read-only opens only: why the store failed its integrity check (None: it passed).
        self.damage = damage

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False) -> Self:
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

    def __enter__(self) -> Self:
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
