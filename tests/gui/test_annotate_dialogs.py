"""Preferences, the Tags dialog, the floating selection bar and the menus of the annotate feature."""
from __future__ import annotations

from PySide6.QtCore import Qt

from gui.settings import DEFAULT_COLORS
from tests.gui.test_annotate_support import add_highlight, passage, select_in_qt, type_text


def _rich(text: str) -> bool:
    from PySide6 import QtGui

    return QtGui.Qt.mightBeRichText(text)


def _shown(tooltip: str) -> str:
    """What a tooltip displays: Qt renders it as rich text when it might be rich text."""
    from PySide6.QtGui import QTextDocument

    if not _rich(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_first_highlight_uses_the_os_account_without_any_dialog(window, store):
    from gui.settings import default_author

    annotation = add_highlight(window, "城乡居民收入稳步增长")
    assert store.get(annotation.id).author == default_author()
    assert window.annotations.actions.dialog is None


def test_preferences_change_author_and_colour_names(window, store, qtbot):
    qtbot.keyClick(window.reader, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    from gui.preferences import PreferencesDialog

    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.author_edit.clear()
    type_text(dialog.author_edit, "张三")
    dialog.name_edits[1].clear()
    type_text(dialog.name_edits[1], "硬指标")
    dialog.accept()

    assert window.settings.author == "张三"
    assert window.settings.colors[1] == (DEFAULT_COLORS[1][0], "硬指标")
    assert window.annotations.actions.color_actions[1].text() == "硬指标"
    assert _shown(window.annotations.bar.findChild(object, "colorButton2").toolTip()) == "硬指标 (Alt+2)"
    annotation = add_highlight(window, "加快建设现代化产业体系")
    assert store.get(annotation.id).author == "张三"


def test_tags_dialog_renames_merges_colours_and_deletes(window, store, qtbot):
    a = add_highlight(window, "城乡居民收入稳步增长", tags=["承诺/经济", "旧名"])
    b = add_highlight(window, "加快建设现代化产业体系", tags=["目标"])
    dialog = window.annotations.actions.open_tags_dialog()

    def select(*names):
        dialog.tree.clearSelection()
        for row in range(dialog.tree.topLevelItemCount()):
            item = dialog.tree.topLevelItem(row)
            item.setSelected(item.text(0) in names)

    select("旧名")
    dialog.rename(new="新名")
    assert store.get(a.id).tags == ("承诺/经济", "新名")
    assert window.annotation_state.annotations[a.id].tags == ("承诺/经济", "新名")   # panel re-read

    select("新名", "目标")
    dialog.merge(target="承诺")
    assert store.get(a.id).tags == ("承诺/经济", "承诺")
    assert store.get(b.id).tags == ("承诺",)

    select("承诺")
    dialog.choose_color(color="#123456")
    assert {t.name: t.color for t in store.tags()}["承诺"] == "#123456"
    assert window.annotation_state.index.tag_colors["承诺"] == "#123456"

    select("承诺/经济")
    dialog.delete(confirm=False)
    assert store.get(a.id).tags == ("承诺",)
    names = [dialog.tree.topLevelItem(r).text(0) for r in range(dialog.tree.topLevelItemCount())]
    assert names == ["承诺"]
    dialog.close()


def test_selection_bar_appears_after_a_keyboard_selection_and_esc_hides_it(window, qtbot):
    reader = window.reader
    start, _end = passage(window, "城乡居民收入稳步增长")
    select_in_qt(window, start, start)
    reader.setFocus()
    bar = window.annotations.bar
    assert not bar.isVisible()
    for _ in range(4):
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert bar.isVisible()
    assert reader.viewport().rect().contains(bar.geometry())
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert reader.selected_source_range() == (start, start + 4)   # Esc keeps the selection

    # A colour on the bar highlights the selection with that colour.
    bar.show_for_selection()
    qtbot.mouseClick(bar.findChild(object, "colorButton4"), Qt.MouseButton.LeftButton)
    made = window.annotations.editor.exact_match(start, start + 4)
    assert made is not None and made.color == DEFAULT_COLORS[3][0]
    assert not bar.isVisible()


def test_note_from_the_selection_bar_creates_highlight_with_note_in_one_step(window, store, qtbot):
    start, end = passage(window, "坚持稳中求进")
    select_in_qt(window, start, end)
    bar = window.annotations.bar
    bar.show_for_selection()
    qtbot.mouseClick(bar.note_button, Qt.MouseButton.LeftButton)
    dialog = window.annotations.actions.dialog
    assert dialog is not None and dialog.objectName() == "noteDialog"
    type_text(dialog.edit, "总基调")
    dialog.accept()
    [stored] = store.annotations(window.document.id)
    assert (stored.start, stored.end, stored.note) == (start, end, "总基调")
    assert window.annotation_state.undo_stack.count() == 1
    window.annotation_state.undo_stack.undo()
    assert store.annotations(window.document.id) == []


def test_every_annotate_action_is_in_a_menu_with_its_shortcut(window):
    actions = {a.objectName(): a for a in window.menu_actions()}
    expected = {
        "undoAction": "Ctrl+Z", "redoAction": "Ctrl+Shift+Z", "highlightAction": "Ctrl+H",
        "tagAction": "Ctrl+T", "noteAction": "Ctrl+Shift+N", "tagsDialogAction": "Ctrl+Shift+T",
        "preferencesAction": "Ctrl+,", "focusAnnotationsAction": "Ctrl+Shift+A",
        "highlightColor1": "Alt+1", "highlightColor5": "Alt+5",
    }
    for name, keys in expected.items():
        assert actions[name].shortcut().toString() == keys, name
    assert window.findChild(object, "annotationsDock").objectName() == "annotationsDock"


def test_context_menu_offers_highlight_colours_tag_note_and_delete(window, qtbot):
    from PySide6.QtWidgets import QMenu

    actions = window.annotations.actions
    start, end = passage(window, "坚持稳中求进")
    select_in_qt(window, start, end)
    menu = QMenu()
    actions._fill_menu(menu, in_panel=False)
    texts = [a.text() for a in menu.actions()]
    assert "&Highlight Selection" in texts and "&Tag…" in texts and "&Note…" in texts
    assert not any("Delete" in t for t in texts)      # nothing to delete yet
    colours = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert [a.text() for a in colours.actions()] == [name for _c, name in DEFAULT_COLORS]

    made = window.annotations.editor.highlight_selection()
    window.annotations.focus_annotation(made.id)
    window.reader.setFocus()
    menu = QMenu()
    actions._fill_menu(menu, in_panel=False)
    assert any("Delete" in a.text() for a in menu.actions())


HOSTILE_NAME = "<b>x</b><img src=y>&amp;"


def test_user_strings_in_tooltips_and_labels_are_shown_literally(window, qtbot):
    """A colour name, tag or author containing markup is displayed as typed, never rendered."""
    from PySide6.QtWidgets import QLabel, QMessageBox

    from gui.annotations.tags_dialog import TagsDialog
    from gui.preferences import PreferencesDialog

    window.settings.set_color_names([HOSTILE_NAME] + [n for _c, n in window.settings.colors[1:]])
    actions = window.annotations.actions
    actions.refresh_colors()
    button = window.annotations.bar.findChild(object, "colorButton1")
    assert _rich(button.toolTip())           # explicitly rich, so the escaping holds
    assert _shown(button.toolTip()) == HOSTILE_NAME + " (Alt+1)"
    assert "<img" not in button.toolTip()
    assert _shown(actions.color_actions[0].toolTip()) == HOSTILE_NAME
    assert actions.color_actions[0].text().replace("&&", "&") == HOSTILE_NAME

    # A name that merely looks plain stays exactly itself too (no entity shown as "&amp;").
    window.settings.set_color_names(["R&D 重点"] + [n for _c, n in window.settings.colors[1:]])
    actions.refresh_colors()
    assert _shown(window.annotations.bar.findChild(object, "colorButton1").toolTip()) == "R&D 重点 (Alt+1)"

    window.settings.set_color_names([HOSTILE_NAME] + [n for _c, n in window.settings.colors[1:]])
    preferences = PreferencesDialog(window.settings, window)
    swatch_tips = [label.toolTip() for label in preferences.findChildren(QLabel) if label.toolTip()]
    assert swatch_tips and all(_rich(t) and "<img" not in t for t in swatch_tips)
    assert any(HOSTILE_NAME in _shown(t) for t in swatch_tips)
    for label in preferences.findChildren(QLabel):
        assert "<b>" not in label.text() or label.textFormat() == Qt.TextFormat.PlainText
    preferences.reject()

    # Store errors name tags: the message box shows them as plain text.
    dialog = TagsDialog(window.annotation_state, window)

    def fail():
        raise ValueError(f"标签 {HOSTILE_NAME} 已存在 already exists")

    dialog._run(fail)
    box = dialog.findChild(QMessageBox, "tagsDialogError")
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText and HOSTILE_NAME in box.text()
    box.close()
    dialog.reject()
