"""When the window syncs by itself (periodic, on opening a report), the Team Sync tab of
Preferences, and which server wins — against the session's real PostgreSQL server."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.sync import periodic
from gui.sync.preferences_page import SyncPreferencesPage
from gui.sync.runner import Result, Trigger
from sync_gui_support import SYNC_TIMEOUT_MS, run_sync
from sync_samples import OTHER_REPORT, highlight


@pytest.fixture
def fast_minutes(monkeypatch):
    """A "minute" of the periodic timer lasts 150 ms here."""
    monkeypatch.setattr(periodic, "MINUTE_MS", 150)


def _next(qtbot, window):
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS) as ended:
        pass
    return ended.args[0]


def test_periodic_sync_pulls_on_its_own_then_backs_off_quietly_while_offline(
        sync_window, teammate, fast_minutes, monkeypatch, tmp_path, qtbot):
    window = sync_window(sync_periodically=True, sync_interval_minutes=1)
    feature = window.sync
    assert feature.periodic.enabled and feature.periodic.next_delay_ms == 150
    bob = teammate(window.document)
    theirs = bob.store.add(highlight(window.document, "城镇新增就业四十八万人"))
    bob.sync(window.document.id)
    outcome = _next(qtbot, window)
    assert (outcome.request.trigger, outcome.result, outcome.request.document_id) == (Trigger.PERIODIC, Result.DONE, None)
    qtbot.waitUntil(lambda: theirs.id in window.annotation_state.index, timeout=3000)

    # The server goes away (PIZHU_SERVER now names a socket where nothing listens).
    monkeypatch.setenv("PIZHU_SERVER", f"postgresql+psycopg://alice@/pizhu?host={tmp_path / 'gone'}")
    feature.reconfigure()
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    delays = []
    for _ in range(3):
        outcome = _next(qtbot, window)
        assert (outcome.request.trigger, outcome.result) == (Trigger.PERIODIC, Result.OFFLINE)
        delays.append(feature.periodic.next_delay_ms)
    assert delays == [300, 600, 1200]                           # doubling, up to 8 intervals
    told = [m for m in messages if m.startswith("Team server unreachable")]
    assert len(told) == 1 and "cannot reach the team server" in told[0]   # one quiet line
    assert feature.message_box is None                          # no box, no popup storm
    assert feature.indicator.text == "Offline"
    # Back online (here: the variable goes): the usual rhythm again.
    monkeypatch.delenv("PIZHU_SERVER")
    feature.reconfigure()
    assert feature.periodic.next_delay_ms == 150
    assert _next(qtbot, window).result is Result.DONE


def test_periodic_sync_waits_while_a_dialog_is_open_or_another_sync_runs(sync_window, fast_minutes, qtbot):
    window = sync_window(sync_periodically=True, sync_interval_minutes=1)
    feature = window.sync
    _next(qtbot, window)                                       # between two periodic syncs now
    box = QMessageBox(QMessageBox.Icon.Information, "Pizhu", "…", QMessageBox.StandardButton.Ok, window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()
    qtbot.waitUntil(lambda: box.isVisible(), timeout=3000)
    with qtbot.assertNotEmitted(feature.synced, wait=700):     # several ticks come and go
        pass
    assert feature.periodic.active and not feature.runner.busy
    box.accept()
    assert _next(qtbot, window).request.trigger is Trigger.PERIODIC
    # A tick while a manual sync runs is skipped, not queued behind it.
    with qtbot.waitSignal(feature.synced, timeout=SYNC_TIMEOUT_MS) as ended:
        feature.sync_document()
        running = feature.runner._running
        feature._periodic_due()
        assert feature.runner._running is running and feature.periodic.active
    assert ended.args[0].request.trigger is Trigger.MANUAL


def test_a_login_problem_pauses_periodic_sync_without_prompting(sync_window, team, fast_minutes, monkeypatch,
                                                                 tmp_path, qtbot):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    window = sync_window(sync_periodically=True, sync_interval_minutes=1)
    qtbot.waitUntil(lambda: window.sync.periodic.paused, timeout=SYNC_TIMEOUT_MS)   # the first tick
    assert window.sync.password_dialog is None and not window.sync.periodic.active
    assert window.sync.indicator.text == "Sync failed"
    assert "(paused until a sync from the File menu works)" in window.sync.indicator.button.toolTip()
    assert "asks for a password" in window.statusBar().currentMessage()


def test_a_report_is_synced_when_opened_if_asked(sync_window, teammate, tmp_path, qtbot):
    window = sync_window(sync_on_open=True)
    label = window.sync.choice.label
    qtbot.waitUntil(lambda: window.document.id in window.settings.last_synced(label), timeout=SYNC_TIMEOUT_MS)
    other = tmp_path / "另一份.md"
    other.write_text(OTHER_REPORT, encoding="utf-8")
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS) as ended:
        window.open_document(str(other))
    assert ended.args[0].request == ended.args[0].request.__class__(window.document.id, Trigger.OPENING)
    # A script switch re-renders the same report: no sync.
    with qtbot.assertNotEmitted(window.sync.synced, wait=500):
        with qtbot.waitSignal(window.documentShown, timeout=10000):
            window.set_script("t")


def test_preferences_team_sync_tab_checks_the_url_and_applies_on_save(sync_window, team, qtbot):
    window = sync_window(server="")
    assert not window.sync.indicator.isVisible()
    assert not window.sync.sync_document()
    assert window.statusBar().currentMessage().startswith("No team server is set")
    dialog = window.annotations.actions.open_preferences()
    page = dialog.findChild(SyncPreferencesPage)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Team Sync"
    page.server_edit.setText("mysql://alice@db/pizhu")
    assert "must be a PostgreSQL URL" in page.check_label.text()
    dialog.accept()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is page and window.settings.sync_server == ""
    page.server_edit.setText(team.url("alice", password="secret"))
    assert page.check_label.text().startswith("Leave the password out of the URL")
    page.server_edit.setText(team.url("alice"))
    assert page.check_label.text() == f"Syncs with alice@{team.server.socket_dir}:5432/{team.name}"
    page.periodic_check.setChecked(True)
    page.interval_spin.setValue(5)
    page.on_open_check.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    settings = window.settings
    assert (settings.sync_server, settings.sync_periodically, settings.sync_interval_minutes,
            settings.sync_on_open) == (team.url("alice"), True, 5, True)
    assert window.sync.periodic.enabled and window.sync.periodic.minutes == 5
    assert window.sync.indicator.isVisible() and window.sync.indicator.text == "Not synced yet"
    assert run_sync(qtbot, window).result is Result.DONE


def test_pizhu_server_wins_over_preferences_and_is_shown_read_only(sync_window, team, monkeypatch, qtbot):
    monkeypatch.setenv("PIZHU_SERVER", team.url("bob", password="bob-pw-in-env"))
    window = sync_window("alice")
    assert window.sync.choice.label.startswith("bob@")
    dialog = window.annotations.actions.open_preferences()
    page = dialog.findChild(SyncPreferencesPage)
    assert page.server_edit.isReadOnly() and "bob-pw-in-env" not in page.server_edit.text()
    assert not page.findChild(type(page.check_label), "syncEnvironmentNote").isHidden()
    dialog.accept()
    assert window.settings.sync_server == team.url("alice")     # kept, for when the variable goes


def test_the_window_and_the_command_line_read_the_same_variable():
    from pizhu.commands.sync import SERVER_ENV as CLI
    from storage.sync.credentials import SERVER_ENV

    assert CLI == SERVER_ENV == "PIZHU_SERVER"


def test_file_sync_has_a_shortcut_of_its_own_listed_under_f1(sync_window):
    window = sync_window()
    keys = [a.shortcut().toString() for a in window.menu_actions() if not a.shortcut().isEmpty()]
    assert window.sync.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    assert keys.count("Ctrl+Shift+S") == 1 and len(keys) == len(set(keys)), "a shortcut is used twice"
    file_menu = [a.text() for a in window.menu("&File").actions()]
    assert file_menu.index("S&ync") + 1 == file_menu.index("Sync &All Documents") < file_menu.index("&Quit")
