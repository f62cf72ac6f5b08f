"""Edit › Manage Tags…: rename, merge, delete and colour tags across the whole store.

Tag-wide operations touch many annotations, in every document, at once.  Each is one undoable
operation (:mod:`gui.core.tag_operations`) on the shared undo stack, so Ctrl+Z takes back a
rename like any edit; the reader and the panel follow from the change event.  Deleting asks
first anyway: it is the one that empties tags the user may not be looking at.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QMessageBox,
    QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from gui.core.display import swatch_icon
from gui.core import tag_operations
from gui.core.operations import Operation
from gui.core.state import AnnotationState
from gui.language import application_name


class TagsDialog(QDialog):
    """A list of every tag with its use count and colour, and the operations on them."""

    def __init__(self, state: AnnotationState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tagsDialog")
        self.setWindowTitle(self.tr("Manage Tags"))
        self.state = state
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tagsTree")
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Uses")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(False)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        buttons = QVBoxLayout()
        self.rename_button = self._button(self.tr("&Rename…"), self.rename, buttons)
        self.merge_button = self._button(self.tr("&Merge…"), self.merge, buttons)
        self.color_button = self._button(self.tr("&Colour…"), self.choose_color, buttons)
        self.clear_color_button = self._button(self.tr("C&lear Colour"), self.clear_color, buttons)
        self.delete_button = self._button(self.tr("&Delete"), self.delete, buttons)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.tree, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.resize(520, 420)
        self.refresh()

    def _button(self, text: str, slot, layout: QVBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- contents ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = set(self.selected())
        self.tree.clear()
        try:
            tags = self.state.store.tags() if self.state.store is not None else []
        except Exception as error:  # noqa: BLE001 - say it; the list stays empty
            self.state.report(self.tr("Loading tags failed: {0}").format(error))
            tags = []
        for info in tags:
            item = QTreeWidgetItem([info.name, str(info.count)])
            item.setData(0, Qt.ItemDataRole.UserRole, info.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.color:
                item.setIcon(0, swatch_icon(info.color, 14))
            self.tree.addTopLevelItem(item)
            item.setSelected(info.name in chosen)
        self.tree.resizeColumnToContents(0)
        self._update_buttons()

    def selected(self) -> list[str]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        count = len(self.selected())
        self.rename_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 1)
        self.color_button.setEnabled(count >= 1)
        self.clear_color_button.setEnabled(count >= 1)
        self.delete_button.setEnabled(count >= 1)

    # -- operations (each one Store call) ---------------------------------------------------------------
    def rename(self, _checked: bool = False, new: str | None = None) -> None:
        names = self.selected()
        if len(names) != 1:
            return
        if new is None:
            new, ok = QInputDialog.getText(self, self.tr("Rename Tag"), self.tr("New name:"), text=names[0])
            if not ok:
                return
        if new.strip() != names[0]:
            self._run(lambda: tag_operations.rename(self.state, names[0], new))

    def merge(self, _checked: bool = False, target: str | None = None) -> None:
        names = self.selected()
        if not names:
            return
        if target is None:
            target, ok = QInputDialog.getText(self, self.tr("Merge Tags"),
                                              self.tr("Merge %n tag(s) into:", "", len(names)), text=names[0])
            if not ok:
                return
        self._run(lambda: tag_operations.merge(self.state, names, target))

    def delete(self, _checked: bool = False, confirm: bool = True) -> None:
        names = self.selected()
        if not names:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete Tags"),
                self.tr("Remove %n tag(s) from every annotation?", "", len(names)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(lambda: tag_operations.delete(self.state, names))

    def choose_color(self, _checked: bool = False, color: str | None = None) -> None:
        names = self.selected()
        if not names:
            return
        if color is None:
            chosen = QColorDialog.getColor(QColor(self.state.index.tag_colors.get(names[0], "#ffd54f")), self,
                                           self.tr("Tag Colour"))
            if not chosen.isValid():
                return
            color = chosen.name()
        self._run(lambda: tag_operations.colour(self.state, names, color))

    def clear_color(self) -> None:
        names = self.selected()
        if names:
            self._run(lambda: tag_operations.colour(self.state, names, None))

    def _run(self, build: Callable[[], Operation]) -> None:
        """Execute the operation ``build`` makes; a refusal (a name clash, an empty name) is
        shown here, in the dialog, and the dialog stays open."""
        try:
            operation = build()
        except Exception as error:  # noqa: BLE001 - say it in the dialog, keep the dialog
            self._warn(str(error))
            return
        if not self.state.execute(operation):
            self._warn(operation.failed)
        self.refresh()

    def _warn(self, text: str) -> QMessageBox:
        """A store error names tags (the user's text): shown as plain text, never as markup."""
        box = QMessageBox(QMessageBox.Icon.Warning, application_name(), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("tagsDialogError")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
