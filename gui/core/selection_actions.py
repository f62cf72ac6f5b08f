"""Selection actions: the declared hook through which features act on the reader's selection.

The annotations feature owns the reader's selection toolbar and its context menu; another
feature that has something to do with selected text ("Track as commitment") registers a
QAction here, and both places offer it beside Highlight, Tag… and Note… — without either
feature knowing the other.  The action's ``iconText`` labels the toolbar button (keep it short),
its ``text`` the menu entry; its slot reads the selection from the reader itself.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction


class SelectionActions(QObject):
    """The registered actions, in registration order."""

    changed = Signal()   # an action was added: the toolbar rebuilds its buttons

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[QAction] = []

    def add(self, action: QAction) -> None:
        if action not in self._actions:
            self._actions.append(action)
            self.changed.emit()

    def actions(self) -> list[QAction]:
        return list(self._actions)
