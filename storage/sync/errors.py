"""What can go wrong talking to a team server, each as one line a user can act on.

Every message is built here or in :mod:`storage.sync.failures` from the server's label (a URL
without its password) and the driver's error text with any secret scrubbed out, so no password
reaches the screen, a log or a file.
"""
from __future__ import annotations

from document.errors import PizhuError


class SyncError(PizhuError):
    """Syncing failed; nothing was changed locally (a finished push stays on the server)."""


class SyncUsageError(SyncError):
    """The server was named wrongly (not a PostgreSQL URL, no server given); bad usage."""


class ServerUnreachable(SyncError):
    """No server answered at that address (down, wrong host or port, no network)."""


class LoginRefused(SyncError):
    """The server answered but refused the login (wrong or missing password, unknown role)."""


class PasswordNeeded(LoginRefused):
    """The server asks for a password: none was found (``missing``), or it refused the one given
    (wrong, or an unknown role — PostgreSQL does not tell them apart).  The GUI asks for one."""

    def __init__(self, message: str, missing: bool) -> None:
        super().__init__(message)
        self.missing = missing


class SyncCancelled(SyncError):
    """Raised by a progress callback to stop a sync; the open transaction is rolled back."""
