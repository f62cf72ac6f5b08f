"""Which team server the window syncs with, and checking a URL the user typed.

**Decision: ``PIZHU_SERVER`` wins over Preferences**, as it does for ``pizhu sync`` (where only
``--server`` beats it): whoever sets the variable — a shell profile shared with the command
line, a launcher an administrator wrote, a test — means it for every Pizhu started under it.
Preferences then shows that server read-only and says why, instead of a field whose value is
silently ignored.  Without the variable the server is the one saved in Preferences; neither
set means no team sync (File › Sync says where to set one).

A server is a SQLAlchemy PostgreSQL URL *without* password
(``postgresql+psycopg://alice@db.example.org/pizhu``): Preferences refuses one with a password,
which would otherwise sit in the settings file in plain text.  Only ``PIZHU_SERVER`` may carry
one (the command line accepts it too); it is used and never shown.

Everything here imports :mod:`storage.sync.credentials` (SQLAlchemy's URL parser) on first
use, which the feature does once the store is open — never before the report's first paint —
and never the driver.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.settings import Settings

EXAMPLE = "postgresql+psycopg://user@host/database"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncConfig", text)


@dataclass(frozen=True)
class ServerChoice:
    """The server in effect: ``url`` (a SQLAlchemy URL, None when there is none or it is
    unusable), its ``label`` (``role@host:port/database``, safe to show), whether it came from
    ``PIZHU_SERVER``, and ``problem`` when the configured text cannot be used."""

    url: Any = None
    label: str = ""
    from_environment: bool = False
    problem: str = ""

    @property
    def usable(self) -> bool:
        return self.url is not None


def check_url(text: str, allow_password: bool = False) -> ServerChoice:
    """``text`` as a team server, or the one line saying why it cannot be one ("" is no server)."""
    if not text.strip():
        return ServerChoice()
    from storage.sync import SyncUsageError
    from storage.sync.credentials import label, parse_server_url

    try:
        url = parse_server_url(text)
    except SyncUsageError as error:
        return ServerChoice(problem=str(error))
    if url.password and not allow_password:
        return ServerChoice(problem=_tr("Leave the password out of the URL: Pizhu asks for it when "
                                        "the server wants one and can keep it in the system keyring."))
    return ServerChoice(url=url, label=label(url))


def environment_server() -> str:
    from storage.sync.credentials import SERVER_ENV

    return os.environ.get(SERVER_ENV, "").strip()


def current_server(settings: Settings) -> ServerChoice:
    """The server the window syncs with now (``PIZHU_SERVER`` first, then Preferences)."""
    from_environment = environment_server()
    if from_environment:
        choice = check_url(from_environment, allow_password=True)
        return ServerChoice(choice.url, choice.label, True, choice.problem)
    return check_url(settings.sync_server)
