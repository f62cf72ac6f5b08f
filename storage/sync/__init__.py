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
from storage.sync.team import TeamServer, last_sync

__all__ = [
    "LoginRefused", "PasswordNeeded", "ProgressCallback", "ServerUnreachable", "SyncCancelled", "SyncError",
    "SyncPhase", "SyncProgress", "SyncSummary", "SyncUsageError", "TeamServer", "last_sync",
]
