"""Every mutation goes through one undoable operation path and one change event, and every view
follows that event.  The first three tests are the bugs the hidden coupling between features
caused: a tag rename the undo stack did not know about, a Needs Attention accept written
without a base, and outline counts lost on a script switch."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from document.annotation import AnchorState
from gui.outline_dock import COUNT_COLUMN
from tests.gui.test_annotate_support import passage

CTRL = Qt.KeyboardModifier.ControlModifier


def _add(window, needle: str, tags=()):
    start, end = passage(window, needle)
    annotation = window.annotations.editor.highlight_range(start, end)
    if tags:
        window.annotations.editor.set_tags([annotation.id], tags)
    return window.annotation_state.annotations[annotation.id]


def _outline_counts(window) -> dict[int, int]:
    """The annotation count each outline entry shows in its count column, by entry start."""
    model = window.outline_dock.model
    shown = {}
    for entry in window.document.entries():
        title = model.index_for_start(entry.start)
        text = model.index(title.row(), COUNT_COLUMN, title.parent()).data()
        if text:
            shown[entry.start] = int(text)
    return shown


def test_undo_after_a_tag_rename_undoes_the_rename(window, store, qtbot):
    annotation = _add(window, "城乡居民收入稳步增长", tags=["A", "C"])
    dialog = window.annotations.actions.open_tags_dialog()
    for row in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(row)
        item.setSelected(item.text(0) == "A")
    dialog.rename(new="B")
    assert store.get(annotation.id).tags == ("B", "C")
    dialog.close()

    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert store.get(annotation.id).tags == ("A", "C")
    assert window.annotation_state.annotations[annotation.id].tags == ("A", "C")
    assert {t.name for t in store.tags()} == {"A", "C"}       # the rename's B is gone again

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.get(annotation.id).tags == ("B", "C")
    assert window.annotation_state.annotations[annotation.id].tags == ("B", "C")


def test_accepting_in_needs_attention_keeps_another_windows_edit(open_window, store, qtbot):
    from document.loading import load_document
    from tests.gui.test_exchange_gui import make

    seed = load_document(None)
    review = store.add(replace(make(seed, "地区生产总值"), start=0, end=6, state=AnchorState.REVIEW))
    window = open_window(store=store)
    attention = window.exchange.attention
    qtbot.waitUntil(lambda: attention.dock.ids() == [review.id], timeout=10000)
    # Another window (or `pizhu import`) writes a note while this one shows the annotation.
    store.update(store.get(review.id).with_changes(note="另一窗口的批注"))

    attention.dock.select(review.id)
    attention.dock.accept_button.click()
    accepted = store.get(review.id)
    assert seed.text[accepted.start:accepted.end] == "地区生产总值"
    assert accepted.note == "另一窗口的批注"

    attention.undo_stack.undo()
    back = store.get(review.id)
    assert (back.start, back.end, back.state, back.note) == (0, 6, AnchorState.REVIEW, "另一窗口的批注")


def test_outline_counts_survive_a_script_switch(window, qtbot):
    _add(window, "城乡居民收入稳步增长")
    _add(window, "坚持稳中求进")
    _add(window, "加快建设现代化产业体系")
    starts = {e.title: e.start for e in window.document.entries()}
    expected = {starts["一、过去五年工作回顾"]: 1, starts["二、今后工作安排"]: 2}
    qtbot.waitUntil(lambda: _outline_counts(window) == expected, timeout=2000)

    for script in ("tw", "source"):      # Ctrl+4, then Ctrl+1
        with qtbot.waitSignal(window.documentShown, timeout=20000):
            window.set_script(script)
        qtbot.waitUntil(lambda: _outline_counts(window) == expected, timeout=2000)
