"""File › Sync in the real window against a real PostgreSQL server: push and pull, every view
follows, Needs Attention, cancel mid-sync, one-line failures, the password prompt, read-only."""
from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from conftest import PASSWORDS
from gui.sync.runner import Result, Trigger
from gui.sync.summary_text import summary_text
from sync_gui_support import highlight_in, run_sync, server_count, waiting_for_lock
from sync_samples import highlight


def _status(window) -> str:
    return window.statusBar().currentMessage()


def test_file_sync_pushes_and_pulls_and_every_view_follows(sync_window, teammate, qtbot):
    window = sync_window()
    document = window.document
    mine = highlight_in(window, "经济运行稳中向好")
    bob = teammate(document)
    theirs = bob.store.add(highlight(document, "城镇新增就业四十八万人", author="bob", note="队友"))
    assert bob.sync(document.id).pushed == 1

    outcome = run_sync(qtbot, window)
    assert outcome.result is Result.DONE and outcome.request.trigger is Trigger.MANUAL
    assert (outcome.summary.pushed, outcome.summary.pulled) == (1, 1)
    assert outcome.message.startswith("synced with alice@")                   # the CLI's line
    assert _status(window) == summary_text(outcome.summary)                   # the window's, translated
    assert _status(window).startswith("Synced with alice@") and _status(window).endswith(": 1 sent, 1 received")
    # The views refreshed from one change event: panel, reader, outline counts.
    panel = window.annotations.dock.model
    assert panel.index_of(theirs.id).isValid() and panel.index_of(mine.id).isValid()
    assert window.reader.highlight(theirs.id) is not None
    section = next(e for e in document.entries() if e.title.startswith("一、"))
    qtbot.waitUntil(lambda: window.outline_dock.model.count(section.start) == 2, timeout=3000)
    assert window.annotation_state.annotations[theirs.id].note == "队友"
    # A pull is not undoable: the stack holds only the highlight made here.
    assert window.annotation_state.undo_stack.count() == 1
    assert window.sync.indicator.text.startswith("Synced ")
    assert "alice@" in window.sync.indicator.button.toolTip()
    assert bob.sync(document.id).pulled == 1 and bob.store.get(mine.id).quote == mine.quote


def test_sync_all_documents_and_the_last_sync_time_per_document(sync_window, qtbot):
    window = sync_window()
    assert window.sync.indicator.text == "Not synced yet"
    outcome = run_sync(qtbot, window, window.sync.sync_all_action)
    assert outcome.result is Result.DONE and outcome.request.document_id is None
    shown, everything = window.sync.last_synced()
    assert shown == everything is not None
    assert window.settings.last_synced(outcome.server) == {"*": window.settings.last_synced(outcome.server)["*"]}
    kept = window.sync.runner._server
    run_sync(qtbot, window)
    assert set(window.settings.last_synced(outcome.server)) == {"*", window.document.id}
    assert window.sync.runner._server is kept is not None       # one TeamServer, kept open
    assert window.sync.sync_action.statusTip().startswith("This report last synced: ")


def test_a_pulled_annotation_that_needs_review_appears_in_needs_attention(sync_window, teammate, qtbot):
    window = sync_window()
    document = window.document
    # The teammate's Pizhu read the same file into another text (another parser version).
    their_text = document.text.replace("城镇新增就业四十八万人。", "城镇新增就业四十八万人。另有一段修订说明文字。")
    bob = teammate(replace(document, text=their_text))
    lost = bob.store.add(highlight(replace(document, text=their_text), "另有一段修订说明文字"))
    bob.sync(document.id)
    outcome = run_sync(qtbot, window)
    assert outcome.summary.pulled == 1 and (outcome.summary.needs_review + outcome.summary.orphaned) == 1
    attention = window.exchange.attention
    qtbot.waitUntil(lambda: attention.dock.ids() == [lost.id], timeout=3000)


def test_cancel_while_pushing_leaves_both_sides_as_they_were(sync_window, team, qtbot):
    window = sync_window()
    run_sync(qtbot, window)                                  # the team database has its tables
    mine = highlight_in(window, "经济运行稳中向好")
    with team.server.connect(team.name) as lock:
        lock.execute("BEGIN")
        lock.execute("SELECT value FROM sync_clock FOR UPDATE")   # the push waits for this lock
        with qtbot.waitSignal(window.sync.synced, timeout=30000) as ended:
            window.sync.sync_action.trigger()
            qtbot.waitUntil(lambda: waiting_for_lock(team), timeout=10000)
            assert not window.sync.sync_action.isEnabled() and window.sync.indicator.cancel_button.isVisible()
            qtbot.mouseClick(window.sync.indicator.cancel_button, Qt.MouseButton.LeftButton)
            assert window.sync.indicator.text == "Cancelling…"
            lock.execute("COMMIT")                            # the push goes on, sees the cancel
    outcome = ended.args[0]
    assert outcome.result is Result.CANCELLED and not outcome.merged
    assert server_count(team) == 0 and window.store.get(mine.id) is not None
    assert _status(window) == "Sync cancelled; nothing was left half-written"
    assert window.sync.sync_action.isEnabled() and not window.sync.indicator.cancel_button.isVisible()
    assert run_sync(qtbot, window).summary.pushed == 1 and server_count(team) == 1


def test_cancel_before_merging_a_pull_leaves_the_local_store_as_it_was(sync_window, teammate, team, qtbot):
    window = sync_window()
    bob = teammate(window.document)
    theirs = bob.store.add_many([highlight(window.document, p) for p in ("经济运行", "城镇新增就业", "居民消费价格")])
    bob.sync(window.document.id)
    with team.server.connect(team.name) as lock:
        lock.execute("BEGIN")
        lock.execute("LOCK TABLE annotations IN ACCESS EXCLUSIVE MODE")   # the pull waits here
        with qtbot.waitSignal(window.sync.synced, timeout=30000) as ended:
            window.sync.sync_action.trigger()
            qtbot.waitUntil(lambda: waiting_for_lock(team), timeout=10000)
            window.sync.cancel()
            lock.execute("COMMIT")
    outcome = ended.args[0]
    assert outcome.result is Result.CANCELLED and not outcome.merged
    assert window.store.annotations(window.document.id) == [] and len(window.annotation_state.index) == 0
    outcome = run_sync(qtbot, window)                         # the next sync completes the work
    assert outcome.summary.pulled == 3
    assert sorted(window.annotation_state.annotations) == sorted(a.id for a in theirs)


def test_an_unreachable_server_gives_one_line_and_changes_nothing(sync_window, tmp_path, qtbot):
    window = sync_window(server=f"postgresql+psycopg://alice@/pizhu?host={tmp_path / 'no-server-here'}")
    mine = highlight_in(window, "经济运行稳中向好")
    before = window.store.annotations(window.document.id)
    outcome = run_sync(qtbot, window)
    assert outcome.result is Result.OFFLINE
    assert outcome.message == f"cannot reach the team server alice@{tmp_path / 'no-server-here'}:5432/pizhu: " \
                              "no PostgreSQL server is running there"
    assert _status(window) == outcome.message and "\n" not in outcome.message
    box = window.sync.message_box
    assert box is not None and box.text() == outcome.message and box.icon() is QMessageBox.Icon.Warning
    box.accept()
    assert window.store.annotations(window.document.id) == before
    assert window.sync.indicator.text == "Offline" and outcome.message in window.sync.indicator.button.toolTip()
    # Reading and annotating go on.
    assert highlight_in(window, "城镇新增就业四十八万人") is not None and mine.id in window.annotation_state.annotations


def test_a_wrong_password_gives_one_line_asks_again_and_changes_nothing(sync_window, team, monkeypatch, qtbot):
    wrong = "not-Alice's-pw"
    monkeypatch.setenv("PIZHU_SERVER", team.url("alice", password=wrong))
    window = sync_window()
    highlight_in(window, "经济运行稳中向好")
    outcome = run_sync(qtbot, window)
    assert outcome.result is Result.PASSWORD and not outcome.password_missing
    assert outcome.message.endswith("refused the login: wrong password or unknown role")
    assert wrong not in outcome.message and _status(window) == outcome.message
    dialog = window.sync.password_dialog
    assert dialog.isVisible() and dialog.problem_label.text() == outcome.message
    dialog.reject()
    assert _status(window) == "Not synced: no password was given"
    assert not _tables_exist(team) and window.sync.indicator.text == "Sync failed"


def test_the_password_prompt_syncs_and_remembers_in_the_keyring(sync_window, team, monkeypatch, tmp_path,
                                                               isolated_credentials, caplog, qtbot):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))      # nothing saved anywhere
    window = sync_window()
    mine = highlight_in(window, "经济运行稳中向好")
    outcome = run_sync(qtbot, window)
    assert outcome.result is Result.PASSWORD and outcome.password_missing
    dialog = window.sync.password_dialog
    assert dialog.isVisible() and not dialog.problem_label.isVisible()
    # A wrong password first: asked again, with the one line.
    dialog.edit.setText("guess")
    with qtbot.waitSignal(window.sync.synced, timeout=30000) as ended:
        dialog.accept()
    assert ended.args[0].result is Result.PASSWORD and not ended.args[0].password_missing
    dialog = window.sync.password_dialog
    assert dialog.problem_label.text().endswith("wrong password or unknown role")
    assert isolated_credentials.passwords == {}
    dialog.edit.setText(PASSWORDS["alice"])
    dialog.remember_check.setChecked(True)
    with qtbot.waitSignal(window.sync.synced, timeout=30000) as ended:
        dialog.accept()
    outcome = ended.args[0]
    assert outcome.result is Result.DONE and outcome.summary.pushed == 1 and outcome.saved_to == "the system keyring"
    assert list(isolated_credentials.passwords.values()) == [PASSWORDS["alice"]]
    assert "password saved in the system keyring" in _status(window)
    assert PASSWORDS["alice"] not in _status(window)
    settings_text = open(window.settings._q.fileName(), encoding="utf-8").read()
    assert PASSWORDS["alice"] not in settings_text
    # The server stays open with its password: the next sync asks nothing.
    assert run_sync(qtbot, window).result is Result.DONE and window.store.get(mine.id) is not None
    assert PASSWORDS["alice"] not in caplog.text and "guess" not in caplog.text


def test_a_read_only_login_pulls_and_is_told_once_that_changes_stay_local(sync_window, teammate, team, qtbot):
    window = sync_window("carol")
    bob = teammate(window.document)
    theirs = bob.store.add(highlight(window.document, "城镇新增就业四十八万人"))
    bob.sync(window.document.id)
    mine = highlight_in(window, "经济运行稳中向好")
    outcome = run_sync(qtbot, window)
    assert outcome.result is Result.DONE and outcome.summary.not_pushed == 1 and outcome.summary.pulled == 1
    assert theirs.id in window.annotation_state.annotations
    box = window.sync.message_box
    assert box.isVisible() and "may read but not write" in box.text() and box.icon() is QMessageBox.Icon.Information
    box.accept()
    assert _status(window) == summary_text(outcome.summary) and "not sent (the login may only read)" in _status(window)
    window.sync.message_box = None
    assert run_sync(qtbot, window).summary.not_pushed == 1
    assert window.sync.message_box is None                     # told once
    assert server_count(team) == 1 and window.store.get(mine.id) is not None


def _tables_exist(team) -> bool:
    return team.query("SELECT count(*) FROM pg_tables WHERE tablename = 'pizhu_meta'")[0][0] > 0


def test_closing_the_window_mid_sync_stops_it_and_lets_the_server_go(sync_window, team, qtbot):
    window = sync_window()
    run_sync(qtbot, window)
    highlight_in(window, "经济运行稳中向好")
    with team.server.connect(team.name) as lock:
        lock.execute("BEGIN")
        lock.execute("SELECT value FROM sync_clock FOR UPDATE")
        window.sync.sync_action.trigger()
        qtbot.waitUntil(lambda: waiting_for_lock(team), timeout=10000)
        window.close()
        lock.execute("COMMIT")
    sessions = f"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pizhu' AND datname = '{team.name}'"
    qtbot.waitUntil(lambda: team.query(sessions)[0][0] == 0, timeout=10000)
    assert server_count(team) == 0 and not window.sync.periodic.active
