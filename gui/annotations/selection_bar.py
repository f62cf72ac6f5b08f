"""The small floating toolbar that appears beside a settled selection in the reader.

It is a child of the reader's viewport rather than a popup window: it never takes keyboard
focus from the reader (Shift+arrows keep extending the selection, Ctrl+H keeps working), it
needs no window-manager cooperation, and it hides itself when the view scrolls.  Esc hides it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from gui.core.display import SWATCH, plain_tooltip, swatch_icon


class SelectionBar(QFrame):
    """Colour swatches, "Tag…", "Note…" and the other features' selection actions
    (:class:`gui.core.selection_actions.SelectionActions`) for the current selection."""

    colorChosen = Signal(str)
    tagRequested = Signal()
    noteRequested = Signal()

    def __init__(self, reader, parent: QWidget | None = None) -> None:
        super().__init__(parent or reader.viewport())
        self.setObjectName("selectionBar")
        self.reader = reader
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(1)
        self._color_buttons: list[QToolButton] = []
        self._extra_buttons: list[QToolButton] = []
        self.tag_button = self._button(self.tr("Tag…"), self.tagRequested.emit, "tagButton")
        self.tag_button.setToolTip(self.tr("Tag the passage (Ctrl+T)"))
        self.note_button = self._button(self.tr("Note…"), self.noteRequested.emit, "noteButton")
        self.note_button.setToolTip(self.tr("Write a note (Ctrl+Shift+N)"))
        self.hide()
        reader.verticalScrollBar().valueChanged.connect(self.hide)
        reader.selectionChanged.connect(self._on_selection_changed)
        reader.installEventFilter(self)

    def _button(self, text: str, slot, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        return button

    def set_extra_actions(self, actions: list[QAction]) -> None:
        """Buttons for other features' selection actions, after Note… (labelled by iconText)."""
        for button in self._extra_buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._extra_buttons = []
        for action in actions:
            button = QToolButton(self)
            button.setObjectName(f"{action.objectName() or 'selectionAction'}Button")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._layout.addWidget(button)
            self._extra_buttons.append(button)
        self.adjustSize()

    def set_colors(self, colors: list[tuple[str, str]]) -> None:
        """(hex, name) pairs; names are the user's (Preferences)."""
        for button in self._color_buttons:
            self._layout.removeWidget(button)
            button.setObjectName("")   # findChild must not see it before deleteLater runs
            button.hide()
            button.deleteLater()
        self._color_buttons = []
        for index, (color, name) in enumerate(colors):
            button = QToolButton(self)
            button.setObjectName(f"colorButton{index + 1}")
            button.setIcon(swatch_icon(color))
            button.setIconSize(QSize(SWATCH, SWATCH))
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(plain_tooltip(f"{name} (Alt+{index + 1})"))   # the user's name: escaped
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, c=color: self.colorChosen.emit(c))
            self._layout.insertWidget(index, button)
            self._color_buttons.append(button)
        self.adjustSize()

    def show_for_selection(self) -> None:
        """Place the bar just above the selection's end (below it when there is no room)."""
        cursor = self.reader.textCursor()
        if not cursor.hasSelection():
            self.hide()
            return
        end_rect = self.reader.cursorRect(cursor)
        start = self.reader.textCursor()
        start.setPosition(cursor.selectionStart())
        start_rect = self.reader.cursorRect(start)
        self.adjustSize()
        viewport = self.reader.viewport().rect()
        x = end_rect.right() - self.width() // 2
        y = min(start_rect.top(), end_rect.top()) - self.height() - 6
        if y < 0:
            y = end_rect.bottom() + 6
        x = max(4, min(x, viewport.width() - self.width() - 4))
        y = max(4, min(y, viewport.height() - self.height() - 4))
        self.move(QPoint(x, y))
        self.show()
        self.raise_()

    def _on_selection_changed(self) -> None:
        if not self.reader.textCursor().hasSelection():
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self.isVisible():
            self.hide()
            return True
        return super().eventFilter(watched, event)
