"""Naming a team server, and finding its password without ever showing it.

A server is named by a SQLAlchemy URL, ``postgresql+psycopg://alice@db.example.org/pizhu``
(``postgresql://`` is taken to mean the same).  Where the password comes from, first found wins:

1. the URL itself (``alice:secret@…``) — allowed, but it shows in the process list, so the CLI
   says so;
2. libpq's own sources, read by the driver: ``PGPASSWORD``, the password file ``~/.pgpass``
   (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or wherever ``PGPASSFILE`` points);
3. the platform keyring (macOS Keychain, Windows Credential Manager, the Secret Service on
   Linux desktops), service ``pizhu``, user ``role@host:port/database`` — asked only when the
   server wants a password and 1–2 gave none.

:func:`save_password` stores a password in the keyring, or, where no keyring is available (a
headless Linux), in libpq's password file with mode 0600.  Never in Pizhu's settings file.

Whatever is shown — messages, logs, the local store's record of servers — uses :func:`label`
(role, host, port and database: no password, no driver), and driver messages pass through
:func:`scrub`, which removes every known secret as a last line of defence.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url

from document.ui_text import translatable
from sqlalchemy.exc import ArgumentError

from storage.sync.errors import SyncUsageError

log = logging.getLogger(__name__)
#: Where :func:`save_password` says a password went when the keyring took it (the GUI shows it
#: in the UI language; a file path stays itself).
KEYRING_PLACE = translatable("Credentials", "the system keyring")

DRIVER = "postgresql+psycopg"
SERVER_ENV = "PIZHU_SERVER"  # the team server's URL for pizhu sync and the window
KEYRING_SERVICE = "pizhu"
DEFAULT_PORT = 5432
_EXAMPLE = "postgresql+psycopg://user@host/database"


def parse_server_url(text: str) -> URL:
    """The team server's URL, checked; the message never repeats ``text`` (it may hold a password)."""
    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):
        raise SyncUsageError(f"the team server must be a PostgreSQL URL such as {_EXAMPLE}") from None
    if url.get_backend_name() != "postgresql":
        raise SyncUsageError(f"the team server must be a PostgreSQL URL such as {_EXAMPLE}")
    if url.drivername == "postgresql":
        url = url.set(drivername=DRIVER)
    if url.drivername != DRIVER:
        raise SyncUsageError(f"Pizhu talks to PostgreSQL through psycopg: write the URL as {_EXAMPLE}")
    if not url.database:
        raise SyncUsageError(f"the team server URL names no database (expected {_EXAMPLE})")
    return url


def _query_value(url: URL, name: str) -> str | None:
    value = url.query.get(name)
    if isinstance(value, tuple):
        value = value[0] if value else None
    return value


def host_of(url: URL) -> str:
    """The host as libpq sees it: a name, an address, or a socket directory (``?host=/run/…``)."""
    return url.host or _query_value(url, "host") or "localhost"


def port_of(url: URL) -> int:
    port = url.port or _query_value(url, "port")
    return int(port) if port else DEFAULT_PORT


def label(url: URL) -> str:
    """``role@host:port/database``: how the server is named to users, never with a password."""
    role = f"{url.username}@" if url.username else ""
    return f"{role}{host_of(url)}:{port_of(url)}/{url.database}"


def without_password(url: URL) -> URL:
    return url.set(password=None)


def scrub(message: str, secrets: list[str]) -> str:
    """``message`` with every secret (as written and URL-quoted) replaced by ``***``."""
    for secret in secrets:
        if secret:
            for form in {secret, quote(secret, safe=""), quote(secret)}:
                message = message.replace(form, "***")
    return message


# ---------------------------------------------------------------------- the platform keyring


def _keyring_user(url: URL) -> str:
    return f"{url.username or ''}@{host_of(url)}:{port_of(url)}/{url.database}"


def keyring_password(url: URL) -> str | None:
    """The password saved for this server in the platform keyring, if there is one."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        password = keyring.get_password(KEYRING_SERVICE, _keyring_user(url))
    except (KeyringError, OSError, RuntimeError) as error:
        log.debug("no usable keyring: %s", type(error).__name__)
        return None
    if password is not None:
        log.info("using the keyring's password for %s", label(url))
    return password


def save_password(url: URL, password: str) -> str:
    """Remember ``password`` for this server; returns where it went (for a message)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, _keyring_user(url), password)
        return KEYRING_PLACE
    except ImportError:
        pass
    except (KeyringError, OSError, RuntimeError) as error:
        log.debug("no usable keyring (%s); using the password file", type(error).__name__)
    path = pgpass_path()
    write_pgpass(path, url, password)
    return str(path)


# ---------------------------------------------------------------------- libpq's password file


def pgpass_path() -> Path:
    """Where libpq looks for passwords: ``PGPASSFILE``, else its per-platform default."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def write_pgpass(path: Path, url: URL, password: str) -> None:
    """Add or replace this server's line in a pgpass file, keeping every other line.

    Written aside and renamed into place with mode 0600 (libpq ignores a file others can read).
    """
    key = ":".join(_escape(f) for f in (host_of(url), str(port_of(url)), url.database or "",
                                        url.username or ""))
    lines = []
    if path.exists():
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                 if not line.startswith(key + ":")]
    lines.append(f"{key}:{_escape(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=".pgpass-")
    try:
        os.chmod(partial, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write("\n".join(lines) + "\n")
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
