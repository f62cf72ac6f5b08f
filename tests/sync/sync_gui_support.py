"""The real window syncing with the session's PostgreSQL server, and a second "client".

``sync_window(role)`` opens the main window on the small sync report with a store of its own
and the team database set in Preferences (``role`` logs in; its password is in the session's
pgpass file).  ``teammate(window, role)`` is another client: a store of its own on the same
report and a TeamServer, syncing in this process as ``pizhu sync`` would.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from gui.app import create_window
from gui.settings import Settings
from gui.sync.runner import SyncOutcome
from storage.store import Store
from storage.sync import TeamServer
from sync_samples import REPORT

SYNC_TIMEOUT_MS = 30000


@dataclass
class Teammate:
    """Another client of the team database."""

    store: Store
    server: TeamServer

    def sync(self, document_id: str | None = None):
        return self.server.sync(self.store, document_id)


def server_count(team, table: str = "annotations") -> int:
    return team.query(f"SELECT count(*) FROM {table}")[0][0]


def waiting_for_lock(team) -> bool:
    """Whether a Pizhu session on the server waits for a lock (a sync stuck where we hold it)."""
    return team.query("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pizhu' "
                      f"AND datname = '{team.name}' AND wait_event_type = 'Lock'")[0][0] > 0


@pytest.fixture
def sync_window(qtbot, team, tmp_path):
    """sync_window(role="alice", server=None, **settings) -> MainWindow, shown, store read."""
    opened: list = []

    def factory(role: str = "alice", server: str | None = None, name: str = "window", **preferences):
        settings = Settings()
        settings.sync_server = team.url(role) if server is None else server
        for key, value in preferences.items():
            setattr(settings, key, value)
        report = tmp_path / "报告.md"
        report.write_text(REPORT, encoding="utf-8")
        store = Store.open(tmp_path / name / "pizhu.sqlite3")
        window = create_window(store, str(report), settings=settings)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        with qtbot.waitSignal(window.documentShown, timeout=20000):
            window.show()
        qtbot.waitUntil(lambda: not window.annotation_state.loading, timeout=10000)
        opened.append((window, store))
        return window

    yield factory
    for window, store in opened:
        window.close()
        store.close()


@pytest.fixture
def teammate(team, tmp_path):
    """teammate(document, role="bob") -> Teammate with ``document`` in its store."""
    made: list[Teammate] = []

    def factory(document, role: str = "bob") -> Teammate:
        store = Store.open(tmp_path / f"teammate-{role}" / "pizhu.sqlite3")
        store.ensure_document(document)
        mate = Teammate(store, TeamServer(team.url(role)))
        made.append(mate)
        return mate

    yield factory
    for mate in made:
        mate.server.close()
        mate.store.close()


def run_sync(qtbot, window, action=None) -> SyncOutcome:
    """Trigger ``action`` (File › Sync by default) and wait until the sync ended."""
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS) as ended:
        (action or window.sync.sync_action).trigger()
    return ended.args[0]


def highlight_in(window, phrase: str):
    """Highlight ``phrase`` through the window's editor (an undoable operation), as a user does."""
    start = window.document.text.index(phrase)
    annotation = window.annotations.editor.highlight_range(start, start + len(phrase))
    return window.annotation_state.annotations[annotation.id]


def local_path(window) -> Path:
    return Path(window.store.path)
