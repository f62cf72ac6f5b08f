"""Undo after a pull: the stack stays consistent and never puts back data a teammate replaced.

The behaviour (docs/sync.md, "Undo after a sync"): a pull is not on the undo stack; undo and
redo afterwards revert only what is still this window's — an annotation whose changed fields a
teammate changed since keeps their newer version, the step says so and leaves the stack.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from gui.sync.runner import Result
from sync_gui_support import highlight_in, run_sync

CTRL = Qt.KeyboardModifier.ControlModifier


def _edit_in_bob(bob, annotation_id, **changes):
    current = bob.store.get(annotation_id)
    return bob.store.update(current.with_changes(**changes), base=current)


def test_ctrl_z_after_pulling_a_newer_edit_of_the_same_field_keeps_the_teammates(sync_window, teammate, qtbot):
    window = sync_window()
    state, stack = window.annotation_state, window.annotation_state.undo_stack
    mine = highlight_in(window, "经济运行稳中向好")
    window.annotations.editor.set_note([mine.id], "我的批注")
    assert run_sync(qtbot, window).summary.pushed == 1
    bob = teammate(window.document)
    bob.sync(window.document.id)
    _edit_in_bob(bob, mine.id, note="队友改过的批注")
    assert bob.sync(window.document.id).pushed == 1
    outcome = run_sync(qtbot, window)
    assert outcome.result is Result.DONE and outcome.summary.pulled == 1
    assert state.annotations[mine.id].note == "队友改过的批注" and stack.count() == 2

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)          # undo "Note": theirs is newer
    assert window.store.get(mine.id).note == "队友改过的批注"
    assert state.annotations[mine.id].note == "队友改过的批注"
    assert "changed since by someone else" in window.statusBar().currentMessage()
    assert stack.count() == 1 and not stack.canRedo()         # the step left the stack
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)          # undo "Highlight": they edited it since
    assert not window.store.get(mine.id).deleted and mine.id in state.annotations
    assert stack.count() == 0
    # Nothing stale travels: the next sync has nothing to push.
    assert run_sync(qtbot, window).summary.pushed == 0
    assert bob.sync(window.document.id).pulled == 0


def test_ctrl_z_after_pulling_an_edit_of_another_field_reverts_only_mine(sync_window, teammate, qtbot):
    window = sync_window()
    state, stack = window.annotation_state, window.annotation_state.undo_stack
    mine = highlight_in(window, "经济运行稳中向好")
    window.annotations.editor.set_note([mine.id], "我的批注")
    run_sync(qtbot, window)
    bob = teammate(window.document)
    bob.sync(window.document.id)
    _edit_in_bob(bob, mine.id, tags=("队友标签",))
    bob.sync(window.document.id)
    run_sync(qtbot, window)
    assert state.annotations[mine.id].tags == ("队友标签",)

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)          # my note goes, their tag stays
    assert (state.annotations[mine.id].note, state.annotations[mine.id].tags) == ("", ("队友标签",))
    assert window.store.get(mine.id).note == "" and stack.count() == 2 and stack.index() == 1
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)   # redo
    assert state.annotations[mine.id].note == "我的批注" and state.annotations[mine.id].tags == ("队友标签",)
    assert run_sync(qtbot, window).summary.pushed == 1
    bob.sync(window.document.id)
    assert (bob.store.get(mine.id).note, bob.store.get(mine.id).tags) == ("我的批注", ("队友标签",))


def test_undoing_a_delete_that_a_teammate_undid_meanwhile_changes_nothing(sync_window, teammate, qtbot):
    window = sync_window()
    state, stack = window.annotation_state, window.annotation_state.undo_stack
    mine = highlight_in(window, "经济运行稳中向好")
    run_sync(qtbot, window)
    window.annotations.editor.delete([mine.id])
    run_sync(qtbot, window)                                    # the tombstone travels
    bob = teammate(window.document)
    bob.sync(window.document.id)
    revived = bob.store.restore([mine.with_changes(note="队友恢复")])[0]
    bob.sync(window.document.id)
    run_sync(qtbot, window)
    assert state.annotations[mine.id].note == "队友恢复"
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)          # undo my delete: it is back already
    assert window.store.get(mine.id).note == revived.note and not window.store.get(mine.id).deleted
    assert state.annotations[mine.id].note == "队友恢复" and stack.count() == 1
