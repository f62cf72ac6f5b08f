"""Inline editors of the ledger table: a combo box for the fields with fixed values (kind,
strength, binding, status), an editable combo for the category (the detector's categories, or
the user's own), a line edit for the free-text fields.

A combo commits as soon as a value is picked (one click, one undoable edit); the labels are the
Chinese names of :mod:`gui.commitments.labels` with the stored value as tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from document.annotation import COMMITMENT_ENUMS, CommitmentStatus
from document.commitment_lexicon import CATEGORY_NAMES
from gui.commitments.columns import COLUMNS
from gui.commitments.labels import STATUS_COLORS, STATUS_LABELS, value_label
from gui.core.display import swatch_icon


class LedgerDelegate(QStyledItemDelegate):
    def __init__(self, display=lambda s: s, parent=None) -> None:
        super().__init__(parent)
        self.display = display     # labels in the window's script

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        field = COLUMNS[index.column()].field
        if field == "status":
            return self._combo(parent, [(self.display(STATUS_LABELS[s]), s.value, STATUS_COLORS[s])
                                        for s in CommitmentStatus])
        if field in COMMITMENT_ENUMS:
            return self._combo(parent, [(self.display(value_label(v)), v.value, "")
                                        for v in COMMITMENT_ENUMS[field]])
        if field == "category":
            combo = QComboBox(parent)
            combo.setObjectName("categoryEditor")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for name in CATEGORY_NAMES:
                combo.addItem(self.display(name), name)
            return combo
        editor = QLineEdit(parent)
        editor.setObjectName("ledgerTextEditor")
        editor.setFrame(False)
        return editor

    def _combo(self, parent: QWidget, items: list[tuple[str, str, str]]) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName("ledgerComboEditor")
        for label, value, color in items:
            if color:
                combo.addItem(swatch_icon(color, 12), label, value)
            else:
                combo.addItem(label, value)
            combo.setItemData(combo.count() - 1, value, Qt.ItemDataRole.ToolTipRole)
        # One pick, one edit: commit and close as soon as the user chooses.
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        stored = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            found = editor.findData(stored)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(stored)
            return
        if isinstance(editor, QLineEdit):
            editor.setText(stored)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt API
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                typed = editor.currentText().strip()
                # A pick from the list stores the detector's name, whatever script it showed in.
                found = editor.findText(typed)
                value = editor.itemData(found) if found >= 0 else typed
            else:
                value = editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
