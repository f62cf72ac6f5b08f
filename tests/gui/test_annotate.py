"""Highlighting, tagging, noting, recolouring and deleting — each undoable — on a real store."""
from __future__ import annotations

from PySide6.QtCore import Qt

from document.annotation import QUOTE_CONTEXT
from tests.gui.test_annotate_support import passage, select_in_qt, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _highlight(window, qtbot, needle: str):
    start, end = passage(window, needle)
    select_in_qt(window, start, end)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    return window.annotations.editor.exact_match(start, end)


def test_ctrl_h_stores_exactly_the_selected_source_range_after_non_bmp_characters(window, store, qtbot):
    text = window.document.text
    assert "😀" in text and "𠀀" in text
    start, end = passage(window, "现在我代表省人民政府")
    assert text.index("😀") < start
    select_in_qt(window, start, end)
    assert window.reader.selected_source_range() == (start, end)

    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)

    [stored] = store.annotations(window.document.id)
    assert (stored.start, stored.end) == (start, end)
    assert stored.quote.exact == "现在我代表省人民政府" == text[stored.start:stored.end]
    assert stored.quote.prefix == text[max(0, start - QUOTE_CONTEXT):start]
    assert stored.quote.suffix == text[end:end + QUOTE_CONTEXT]
    assert stored.author == window.settings.author and stored.author
    assert stored.color == window.settings.current_color
    # The reader paints it where it was selected (Qt positions shifted by the surrogate pairs).
    highlight = window.reader.highlight(stored.id)
    assert (highlight.start, highlight.end) == (start, end)
    assert window.annotations.dock.model.visible_count() == 1
    qtbot.waitUntil(lambda: window.counts_label.text() == "Annotations: 1", timeout=2000)   # coalesced


def test_highlight_of_the_emoji_itself_round_trips(window, store, qtbot):
    start, end = passage(window, "😀开幕𠀀")
    select_in_qt(window, start, end)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    [stored] = store.annotations(window.document.id)
    assert (stored.start, stored.end, stored.quote.exact) == (start, end, "😀开幕𠀀")


def test_undo_and_redo_a_highlight_keep_its_id(window, store, qtbot):
    annotation = _highlight(window, qtbot, "城乡居民收入稳步增长")
    stack = window.annotation_state.undo_stack
    assert window.undo_action.text() == "Undo Highlight"

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert store.annotations(window.document.id) == []
    assert store.get(annotation.id).deleted          # a tombstone, not a hole
    assert window.reader.highlight(annotation.id) is None
    assert window.annotations.dock.model.visible_count() == 0

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL_SHIFT)
    [back] = store.annotations(window.document.id)
    assert back.id == annotation.id and (back.start, back.end) == (annotation.start, annotation.end)
    assert window.reader.highlight(annotation.id) is not None
    assert stack.undoText() == "Highlight"


def test_second_ctrl_h_on_the_same_range_does_not_duplicate(window, store, qtbot):
    first = _highlight(window, qtbot, "加快建设现代化产业体系")
    start, end = first.start, first.end
    select_in_qt(window, start, end)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    assert len(store.annotations(window.document.id)) == 1


def test_colour_shortcut_highlights_with_that_colour_and_recolours_with_undo(window, store, qtbot):
    colors = [c for c, _ in window.settings.colors]
    start, end = passage(window, "确保粮食产量稳定在280亿斤以上")
    select_in_qt(window, start, end)
    qtbot.keyClick(window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    [stored] = store.annotations(window.document.id)
    assert stored.color == colors[2]
    assert window.settings.current_color == colors[2]   # the next Ctrl+H uses it

    window.annotations.focus_annotation(stored.id)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert store.get(stored.id).color == colors[4]
    assert window.reader.highlight(stored.id).color == colors[4]
    assert window.annotation_state.undo_stack.undoText() == "Colour"

    window.annotation_state.undo_stack.undo()
    assert store.get(stored.id).color == colors[2]
    assert window.reader.highlight(stored.id).color == colors[2]
    window.annotation_state.undo_stack.redo()
    assert store.get(stored.id).color == colors[4]


def test_tag_editor_completes_existing_tags_creates_new_ones_and_undoes(window, store, qtbot):
    controller = window.annotations
    first = _highlight(window, qtbot, "城乡居民收入稳步增长")
    controller.editor.set_tags([first.id], ["承诺/经济"])

    # Tag… on a fresh selection: one step creates the highlight with its tags.
    start, end = passage(window, "加快建设现代化产业体系")
    select_in_qt(window, start, end)
    dialog = controller.actions.edit_tags()
    completions = dialog.edit.completer().model().stringList()
    assert "承诺/经济" in completions and "承诺" in completions   # parents complete too
    type_text(dialog.edit, "承诺/经济, 新标签")
    dialog.accept()
    created = controller.editor.exact_match(start, end)
    assert store.get(created.id).tags == ("承诺/经济", "新标签")
    assert window.annotation_state.undo_stack.undoText() == "Highlight and Tag"

    # Tag… on the focused highlight edits it; undo/redo restore the tag lists.
    controller.focus_annotation(first.id)
    window.reader.setFocus()
    dialog = controller.actions.edit_tags()
    assert dialog.edit.text() == "承诺/经济"
    dialog.edit.clear()
    type_text(dialog.edit, "目标 ,承诺/经济")
    dialog.accept()
    assert store.get(first.id).tags == ("目标", "承诺/经济")
    assert window.annotation_state.undo_stack.undoText() == "Tag"
    window.annotation_state.undo_stack.undo()
    assert store.get(first.id).tags == ("承诺/经济",)
    window.annotation_state.undo_stack.redo()
    assert store.get(first.id).tags == ("目标", "承诺/经济")
    assert window.reader.tooltip_for(window.reader.highlight(first.id)).count("#") == 2


def test_note_editor_saves_multi_line_plain_text_and_undoes(window, store, qtbot):
    controller = window.annotations
    annotation = _highlight(window, qtbot, "确保粮食产量稳定在280亿斤以上")
    controller.focus_annotation(annotation.id)
    window.reader.setFocus()
    dialog = controller.actions.edit_note()
    type_text(dialog.edit, "第一行")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.edit, "<b>")
    type_text(dialog.edit, "第二行")
    qtbot.keyClicks(dialog.edit, "</b>")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, CTRL)   # Ctrl+Enter saves
    assert not dialog.isVisible()
    assert store.get(annotation.id).note == "第一行\n<b>第二行</b>"
    assert window.reader.highlight(annotation.id).has_note
    assert window.undo_action.text() == "Undo Note"
    window.annotation_state.undo_stack.undo()
    assert store.get(annotation.id).note == ""
    assert not window.reader.highlight(annotation.id).has_note
    window.annotation_state.undo_stack.redo()
    assert store.get(annotation.id).note == "第一行\n<b>第二行</b>"


def test_delete_leaves_a_tombstone_and_undo_restores_the_same_id(window, store, qtbot):
    controller = window.annotations
    keep = _highlight(window, qtbot, "城乡居民收入稳步增长")
    doomed = _highlight(window, qtbot, "加快建设现代化产业体系")
    controller.editor.set_tags([doomed.id], ["承诺"])
    controller.editor.set_note([doomed.id], "跟踪")
    doomed = store.get(doomed.id)

    controller.dock.focus_panel()
    tree = controller.dock.tree
    tree.setCurrentIndex(controller.dock.model.index_of(doomed.id))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)

    tombstone = store.get(doomed.id)
    assert tombstone.deleted and tombstone.modified > doomed.modified
    assert [a.id for a in store.annotations(window.document.id)] == [keep.id]
    assert window.reader.highlight(doomed.id) is None
    assert window.annotation_state.undo_stack.undoText() == "Delete Highlight"

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    restored = store.get(doomed.id)
    assert not restored.deleted
    assert (restored.id, restored.start, restored.end, restored.tags, restored.note) == \
        (doomed.id, doomed.start, doomed.end, ("承诺",), "跟踪")
    assert restored.modified > tombstone.modified   # the revival wins a later merge
    assert controller.dock.model.index_of(doomed.id).isValid()


def test_multi_select_delete_is_one_step(window, store, qtbot):
    controller = window.annotations
    ids = [_highlight(window, qtbot, n).id for n in ("城乡居民收入稳步增长", "加快建设现代化产业体系", "坚持稳中求进")]
    controller.dock.focus_panel()
    tree = controller.dock.tree
    tree.selectAll()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert store.annotations(window.document.id) == []
    assert window.annotation_state.undo_stack.undoText() == "Delete 3 Highlights"
    window.annotation_state.undo_stack.undo()
    assert sorted(a.id for a in store.annotations(window.document.id)) == sorted(ids)


def test_adding_a_highlight_inserts_one_row_without_rebuilding(window, qtbot):
    controller = window.annotations
    controller.add_demo_highlights(300)
    model = controller.dock.model
    before = model.visible_count()
    with qtbot.assertNotEmitted(model.rebuilt):
        with qtbot.waitSignal(model.rowsInserted, timeout=1000):
            _highlight(window, qtbot, "坚持稳中求进工作总基调")
    assert model.visible_count() == before + 1


def test_delete_key_in_the_reader_removes_the_clicked_highlight(window, store, qtbot):
    annotation = _highlight(window, qtbot, "城乡居民收入稳步增长")
    window.reader.highlightClicked.emit(annotation.id)     # as a click on it does
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert store.get(annotation.id).deleted
    assert window.annotation_state.undo_stack.undoText() == "Delete Highlight"


def _select_by_keyboard(window, qtbot, needle: str) -> tuple[int, int]:
    """Caret before ``needle`` (cursor API), then Shift+Right over it, as a keyboard user does."""
    start, end = passage(window, needle)
    select_in_qt(window, start, start)
    window.reader.setFocus()
    for _ in range(end - start):
        qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.selected_source_range() == (start, end)
    return start, end


def test_ctrl_h_then_ctrl_t_and_ctrl_shift_n_act_on_the_new_highlight(window, store, qtbot):
    controller = window.annotations
    start, end = _select_by_keyboard(window, qtbot, "城乡居民收入稳步增长")
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    created = controller.editor.exact_match(start, end)
    assert created is not None and controller.focus.focused().id == created.id
    assert window.reader.selected_source_range() is None      # collapsed so the colour shows

    qtbot.keyClick(window.reader, Qt.Key.Key_T, CTRL)
    dialog = controller.actions.dialog
    assert dialog is not None and dialog.objectName() == "tagDialog", window.statusBar().currentMessage()
    type_text(dialog.edit, "承诺/经济")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert store.get(created.id).tags == ("承诺/经济",)
    assert window.annotation_state.undo_stack.undoText() == "Tag"

    # The next highlight becomes the focused one in turn; its note goes to it, not the first.
    start, end = _select_by_keyboard(window, qtbot, "加快建设现代化产业体系")
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    second = controller.editor.exact_match(start, end)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = controller.actions.dialog
    assert dialog is not None and dialog.objectName() == "noteDialog", window.statusBar().currentMessage()
    type_text(dialog.edit, "年底核查")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, CTRL)
    assert store.get(second.id).note == "年底核查"
    assert store.get(created.id).note == ""
    assert [a.id for a in store.annotations(window.document.id)] == [created.id, second.id]


def test_caret_moving_into_a_highlight_focuses_it(window, qtbot):
    controller = window.annotations
    first = _highlight(window, qtbot, "城乡居民收入稳步增长")
    second = _highlight(window, qtbot, "加快建设现代化产业体系")
    controller.focus_annotation(second.id)
    select_in_qt(window, first.start - 1, first.start - 1)   # just before the first highlight
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Right)
    assert controller.focus.focused().id == first.id
    # The panel follows on the next event-loop turn (Ctrl+H and caret moves stay within a frame).
    qtbot.waitUntil(lambda: controller.dock.selected_annotations() == [window.annotation_state.annotations[first.id]],
                    timeout=2000)
    qtbot.keyClick(window.reader, Qt.Key.Key_T, CTRL)
    assert controller.actions.dialog.edit.text() == ""
    assert controller.actions.dialog.findChild(object, "tagSubject").text() == "城乡居民收入稳步增长"
    controller.actions.dialog.reject()


def test_edits_keep_what_another_window_stored_meanwhile(window, store, qtbot):
    """Tag/note/colour edits and their undo/redo write only the fields they change
    (Store.update with base), so a second running instance's edits are not overwritten."""
    controller = window.annotations
    colors = [c for c, _ in window.settings.colors]
    first = _highlight(window, qtbot, "城乡居民收入稳步增长")
    second = _highlight(window, qtbot, "加快建设现代化产业体系")

    # Another instance writes a note on the first one; this window still shows none.
    store.update(store.get(first.id).with_changes(note="另一窗口的批注"))
    assert window.annotation_state.annotations[first.id].note == ""

    controller.editor.set_tags([first.id], ["承诺"])
    assert (store.get(first.id).tags, store.get(first.id).note) == (("承诺",), "另一窗口的批注")
    assert window.annotation_state.annotations[first.id].note == "另一窗口的批注"     # now shown here too
    window.annotation_state.undo_stack.undo()
    assert (store.get(first.id).tags, store.get(first.id).note) == ((), "另一窗口的批注")
    window.annotation_state.undo_stack.redo()
    assert (store.get(first.id).tags, store.get(first.id).note) == (("承诺",), "另一窗口的批注")

    # Several at once: each keeps its own fields from elsewhere.
    store.update(store.get(second.id).with_changes(tags=("外部",)))
    controller.editor.set_color([first.id, second.id], colors[3])
    assert store.get(second.id).tags == ("外部",) and store.get(second.id).color == colors[3]
    assert store.get(first.id).note == "另一窗口的批注"
    window.annotation_state.undo_stack.undo()
    assert store.get(second.id).tags == ("外部",) and store.get(second.id).color != colors[3]

    # Deleted in the other instance: an edit here does not bring it back.
    store.delete([second.id])
    controller.editor.set_note([second.id], "晚到的批注")
    assert store.get(second.id).deleted and store.get(second.id).note == ""
    assert second.id not in window.annotation_state.annotations and window.reader.highlight(second.id) is None
    assert "another window" in window.statusBar().currentMessage()
