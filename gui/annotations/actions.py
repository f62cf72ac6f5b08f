"""Menus, shortcuts, context menus and editor dialogs of the annotation feature.

Which annotations an action applies to ("targets"), in order:
1. the rows selected in the annotations panel, when the panel has focus;
2. the reader's selection — the highlight covering exactly that range, or a new highlight;
3. the highlight last clicked in the reader or chosen in the panel.
Dialogs are opened window-modal but non-blocking (``open()``), so the reader stays painted and
tests can drive them like a user does.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMenu

from gui.annotations.editors import NoteDialog, TagDialog
from gui.core.display import menu_text, plain_tooltip, swatch_icon

if TYPE_CHECKING:  # pragma: no cover
    from document.annotation import Annotation
    from gui.annotations.feature import AnnotationsFeature


class AnnotationActions(QObject):
    """Builds the Edit-menu entries and routes user intentions to the editor."""

    def __init__(self, feature: "AnnotationsFeature") -> None:
        super().__init__(feature)
        self.f = feature
        self.editor = feature.editor
        self.window = feature.window
        self.reader = feature.window.reader
        self.dialog: QDialog | None = None       # the editor currently open, if any
        self.color_actions: list[QAction] = []
        self._build_menu()
        feature.bar.colorChosen.connect(self.apply_color)
        feature.bar.tagRequested.connect(self.edit_tags)
        feature.bar.noteRequested.connect(self.edit_note)
        feature.dock.deleteRequested.connect(self.delete_targets)
        feature.dock.contextRequested.connect(self._panel_menu)
        self.reader.viewport().installEventFilter(self)

    # -- menu ------------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        w = self.window
        edit = w.menu("&Edit")
        self.highlight_action = w.add_action("&Edit", self.tr("&Highlight Selection"), lambda: self.editor.highlight_selection(),
                                             "Ctrl+H", "highlightAction")
        self.color_menu = edit.addMenu(self.tr("Highlight &Colour"))
        self.color_menu.setObjectName("colorMenu")
        self.tag_action = w.add_action("&Edit", self.tr("&Tag…"), self.edit_tags, "Ctrl+T", "tagAction")
        self.note_action = w.add_action("&Edit", self.tr("&Note…"), self.edit_note, "Ctrl+Shift+N", "noteAction")
        # Delete is not a window-wide shortcut: other lists (find results, Needs Attention) use
        # the key for their own rows.  The menu shows it; the reader and the panel handle it.
        self.delete_action = w.add_action("&Edit", self.tr("&Delete Highlight") + "\tDel", self.delete_targets,
                                          None, "deleteAnnotationAction")
        for key in (QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)):
            shortcut = QShortcut(key, self.reader, self.delete_targets)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addSeparator()
        self.tags_dialog_action = w.add_action("&Edit", self.tr("Manage T&ags…"), self.open_tags_dialog,
                                               "Ctrl+Shift+T", "tagsDialogAction")
        self.preferences_action = w.add_action("&Edit", self.tr("&Preferences…"), self.open_preferences,
                                               "Ctrl+,", "preferencesAction")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.focus_action = w.add_action("&View", self.tr("Focus &Annotations"), self.f.dock.focus_panel,
                                         "Ctrl+Shift+A", "focusAnnotationsAction")
        self.refresh_colors()

    def refresh_colors(self) -> None:
        """(Re)build colour entries after the user renamed colours in Preferences."""
        for action in self.color_actions:
            self.window.removeAction(action)
            action.deleteLater()
        self.color_menu.clear()
        self.color_actions = []
        for index, (color, name) in enumerate(self.window.settings.colors):
            action = QAction(swatch_icon(color), menu_text(name), self.window)   # the user's name
            action.setToolTip(plain_tooltip(name))
            action.setObjectName(f"highlightColor{index + 1}")
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda _checked=False, c=color: self.apply_color(c))
            self.color_menu.addAction(action)
            self.window.addAction(action)
            self.color_actions.append(action)
        self.f.bar.set_colors(self.window.settings.colors)

    # -- targets -----------------------------------------------------------------------------------
    def targets(self) -> tuple[list["Annotation"], tuple[int, int] | None]:
        """(annotations to edit, or a selection range to highlight first)."""
        dock = self.f.dock
        if dock.tree.hasFocus() and dock.selected_annotations():
            return dock.selected_annotations(), None
        selected = self.reader.selected_source_range()
        if selected is not None:
            existing = self.editor.exact_match(*selected)
            return ([existing], None) if existing is not None else ([], selected)
        focused = self.f.focus.focused()
        if focused is not None:
            return [focused], None
        return dock.selected_annotations(), None

    def apply_color(self, color: str) -> None:
        annotations, selected = self.targets()
        if selected is not None:
            self.editor.highlight_range(*selected, color=color)
        elif annotations:
            self.editor.set_color([a.id for a in annotations], color)
        else:
            self.editor.remember_color(color)
            self.window.show_status(self.tr("The next highlight will use this colour"))

    def delete_targets(self) -> None:
        dock, focused = self.f.dock, self.f.focus.focused()
        if dock.tree.hasFocus() or not self.reader.hasFocus():
            annotations = dock.selected_annotations() or ([focused] if focused else [])
        else:
            annotations = [focused] if focused else []
        self.editor.delete([a.id for a in annotations if a is not None])

    # -- editors -----------------------------------------------------------------------------------
    def edit_tags(self) -> QDialog | None:
        annotations, selected = self.targets()
        if not annotations and selected is None:
            self.window.show_status(self.tr("Select text or an annotation first"))
            return None
        common = _common_tags(annotations)
        subject = self._subject(annotations, selected)
        dialog = TagDialog(common, self.editor.known_tags(), subject, self.window)
        ids = [a.id for a in annotations]

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            if selected is not None:
                self.editor.highlight_range(*selected, tags=dialog.tags(), text=self.tr("Highlight and Tag"))
            else:
                self.editor.set_tags(ids, dialog.tags(), common)

        return self._open(dialog, done)

    def edit_note(self) -> QDialog | None:
        annotations, selected = self.targets()
        if not annotations and selected is None:
            self.window.show_status(self.tr("Select text or an annotation first"))
            return None
        notes = {a.note for a in annotations}
        dialog = NoteDialog(notes.pop() if len(notes) == 1 else "", self._subject(annotations, selected), self.window)
        ids = [a.id for a in annotations]

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            if selected is not None:
                self.editor.highlight_range(*selected, note=dialog.note(), text=self.tr("Highlight and Note"))
            else:
                self.editor.set_note(ids, dialog.note())

        return self._open(dialog, done)

    def _subject(self, annotations, selected) -> str:
        if selected is not None and self.window.document is not None:
            return self.window.display(self.window.document.text[selected[0]:selected[1]])
        if len(annotations) == 1:
            return self.f.dock.model.quote(annotations[0])
        return self.tr("%n annotation(s)", "", len(annotations))

    def _open(self, dialog: QDialog, done) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(done)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.f.bar.hide()
        dialog.open()
        return dialog

    def open_tags_dialog(self) -> QDialog:
        from gui.annotations.tags_dialog import TagsDialog

        dialog = TagsDialog(self.window.annotation_state, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_preferences(self) -> QDialog:
        from gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window.settings, self.window, self.window.preference_pages)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._preferences_saved)
        dialog.open()
        return dialog

    def _preferences_saved(self) -> None:
        self.refresh_colors()
        self.f.colors_renamed()

    # -- context menus -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ContextMenu and self.reader.reader_text is not None:
            self._reader_menu(event)
            return True
        return super().eventFilter(watched, event)

    def _reader_menu(self, event) -> None:
        reader = self.reader
        menu = reader.createStandardContextMenu()
        menu.setObjectName("readerContextMenu")
        if reader.selected_source_range() is None:
            position = reader.cursorForPosition(event.pos()).position()
            hits = reader.highlights_at(reader.reader_text.source_of_qt(position))
            if hits:
                self.f.focus_annotation(min(hits, key=lambda h: h.end - h.start).id)
            else:
                self.f.focus.clear()
        self._fill_menu(menu, in_panel=False)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _panel_menu(self, global_pos) -> None:
        dock = self.f.dock
        if not dock.selected_annotations():
            return
        menu = QMenu(dock)
        menu.setObjectName("annotationsContextMenu")
        menu.addAction(self.tr("&Go to Passage"), lambda: self.f.panel.jump_to(dock.selected_annotations()[0]))
        menu.addSeparator()
        self._fill_menu(menu, in_panel=True)
        menu.exec(global_pos)
        menu.deleteLater()

    def _fill_menu(self, menu: QMenu, in_panel: bool) -> None:
        annotations, selected = self.targets()
        if not annotations and selected is None:
            return
        menu.addSeparator()
        if selected is not None:
            menu.addAction(self.highlight_action)
        colors = menu.addMenu(self.tr("&Colour") if selected is None else self.tr("Highlight &With"))
        for action in self.color_actions:
            colors.addAction(action)
        menu.addAction(self.tag_action)
        menu.addAction(self.note_action)
        if not in_panel:
            for action in self.window.selection_actions.actions():   # other features' (declared)
                menu.addAction(action)
        if annotations:
            menu.addSeparator()
            menu.addAction(self.delete_action)


def _common_tags(annotations) -> tuple[str, ...]:
    if not annotations:
        return ()
    first = annotations[0].tags
    rest = [set(a.tags) for a in annotations[1:]]
    return tuple(t for t in first if all(t in r for r in rest))
