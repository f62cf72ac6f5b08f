"""Team sync: the local store and a team's PostgreSQL database, offline first.

The local SQLite store stays the working copy; a sync pushes what changed here and pulls what
others changed, with the merge rule of imports (:mod:`storage.merging`).  See docs/teams.md for
setting up the server and the design, and :mod:`storage.sync.team` for the API:

* ``team``        :class:`TeamServer` and one sync run (the API for the CLI and the GUI)
* ``server``      the PostgreSQL side: one transaction per push, one snapshot per pull
* ``local``       the store's side: change tracking, marks
* ``records``     which tables travel; the status history beside annotations
* ``placing``     re-anchoring pulled annotations onto this store's text
* ``credentials`` server URLs, labels without passwords, the keyring and pgpass
* ``failures``, ``errors``  one-line errors; ``summary``  results and progress
"""
from __future__ import annotations

from storage.sync.errors import (
    LoginRefused, PasswordNeeded, ServerUnreachable, SyncCancelled, SyncError, SyncUsageError,
)
from storage.sync.summary import ProgressCallback, SyncPhase, SyncProgress, SyncSummary

# TeamServer and last_sync bring in the driver (psycopg: most of a second to import), so they
# are imported on first use: the window can check a URL or name a server without paying for it.
_LAZY = {"TeamServer", "last_sync"}


def __getattr__(name: str):
    if name in _LAZY:
        from storage.sync import team

        return getattr(team, name)
    raise AttributeError(f"module 'storage.sync' has no attribute {name!r}")


__all__ = [
    "LoginRefused", "PasswordNeeded", "ProgressCallback", "ServerUnreachable", "SyncCancelled", "SyncError",
    "SyncPhase", "SyncProgress", "SyncSummary", "SyncUsageError", "TeamServer", "last_sync",
]
