"""Turning the driver's errors into one line a user can act on, with every secret scrubbed.

libpq reports connection failures as text (there is no SQLSTATE before the server answers), so
those are told apart by the phrases libpq and the server use; errors from statements carry a
SQLSTATE.  Whatever is not recognised keeps its first line, scrubbed, after a plain prefix.
"""
from __future__ import annotations

from sqlalchemy import exc as sa_exc

from storage.sync.credentials import scrub
from storage.sync.errors import LoginRefused, PasswordNeeded, ServerUnreachable, SyncError

PRIVILEGE_STATES = {"42501", "25006"}  # insufficient_privilege, read_only_sql_transaction

# (phrase in libpq's or the server's message, what to tell the user), first match wins
_UNREACHABLE = (
    ("no such file or directory", "no PostgreSQL server is running there"),
    ("connection refused", "no PostgreSQL server is listening there"),
    ("could not translate host name", "the host name is unknown"),
    ("name or service not known", "the host name is unknown"),
    ("timeout expired", "the connection timed out"),
    ("network is unreachable", "the network is unreachable"),
    ("no route to host", "there is no route to that host"),
    ("too many clients", "the server has too many connections; try again later"),
    ("the database system is starting up", "the server is starting up; try again shortly"),
    ("the database system is shutting down", "the server is shutting down"),
    ("server closed the connection", "the server closed the connection"),
    ("connection is lost", "the connection was lost"),
    ("consuming input failed", "the connection was lost"),
)
_LOGIN = (
    ("password authentication failed", "wrong password or unknown role"),
    ("no password supplied", "it asks for a password and none was found; save one with "
                             "'pizhu sync --save-password' or put it in ~/.pgpass"),
    ("no pg_hba.conf entry", "this computer or role may not connect (pg_hba.conf)"),
    ("authentication failed", "the login was refused"),
    ("is not permitted to log in", "the role may not log in"),
)

# The login failures a password (asked for, or typed again) can fix.
_PASSWORD_PHRASES = ("password authentication failed", "no password supplied")


def sqlstate(error: BaseException) -> str | None:
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None)


def first_line(error: BaseException, secrets: list[str]) -> str:
    original = getattr(error, "orig", None) or error
    lines = [" ".join(line.split()) for line in str(original).splitlines() if line.strip()]
    return scrub(lines[0] if lines else type(original).__name__, secrets)


def translate(error: BaseException, label: str, database: str, secrets: list[str]) -> SyncError:
    """The one-line :class:`SyncError` for a driver (or SQLAlchemy) error."""
    original = getattr(error, "orig", None) or error
    text = " ".join(str(original).split()).lower()
    state = sqlstate(error)
    if state == "3D000" or f'database "{database.lower()}" does not exist' in text:
        return SyncError(f"the team server {label} has no database {database}; "
                         f"create it first (see docs/teams.md)")
    for phrase, meaning in _LOGIN:
        if phrase in text:
            line = f"the team server {label} refused the login: {meaning}"
            if phrase in _PASSWORD_PHRASES:
                return PasswordNeeded(line, missing=phrase == "no password supplied")
            return LoginRefused(line)
    if state is None or state.startswith("08"):
        for phrase, meaning in _UNREACHABLE:
            if phrase in text:
                return ServerUnreachable(f"cannot reach the team server {label}: {meaning}")
    if state in PRIVILEGE_STATES:
        return SyncError(f"the team server {label} refused: {first_line(error, secrets)}")
    if state is None and isinstance(error, (sa_exc.OperationalError, sa_exc.InterfaceError)):
        return ServerUnreachable(f"cannot reach the team server {label}: {first_line(error, secrets)}")
    return SyncError(f"the team server {label} failed: {first_line(error, secrets)}")
