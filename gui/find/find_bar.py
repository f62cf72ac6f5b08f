"""The find bar under the reader: query field, "n / m" counter, previous/next and close.

It only collects what the user asks for and shows what it is told: the controller decides what
matches and what is current.  Enter / Shift+Enter step through matches from the query field,
Esc closes; F3 / Shift+F3 are window actions so they work from the reader as well.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QLineEdit, QSizePolicy, QToolButton, QWidget

from gui import typography


class FindBar(QFrame):
    """A slim bar; objectName ``findBar``.  Emits intentions, never searches by itself."""

    queryEdited = Signal(str)       # every change of the query text (the controller debounces)
    nextRequested = Signal()
    previousRequested = Signal()
    allRequested = Signal()         # show every match in the search panel
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._missing = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.query = QLineEdit(self)
        self.query.setObjectName("findQuery")
        # Typed in any script: the reading fonts cover Simplified and Traditional alike.
        font = typography.reading_font(self.query.font().pointSize())
        self.query.setFont(font)
        self.query.setPlaceholderText(self.tr("Find in any script (Simplified, Traditional, Taiwan phrasing)"))
        self.query.setClearButtonEnabled(True)
        self.query.setMinimumWidth(120)
        self.query.setMaximumWidth(460)
        self.query.textChanged.connect(self.queryEdited)
        self.query.installEventFilter(self)

        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        metrics = self.count.fontMetrics()
        widest = (self.tr("No matches"), self.tr("Indexing…"), "9,999 / 9,999")
        self.count.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in widest) + 8)

        self.previous_button = self._button("findPrevious", "▲", self.tr("Previous match (Shift+F3, Shift+Enter)"),
                                            self.previousRequested)
        self.next_button = self._button("findNext", "▼", self.tr("Next match (F3, Enter)"), self.nextRequested)
        self.all_button = self._button("findAll", self.tr("All"), self.tr("List all matches (Ctrl+Shift+F)"),
                                       self.allRequested)
        self.all_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.close_button = self._button("findClose", "✕", self.tr("Close (Esc)"), self.closeRequested)
        self.close_button.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 8, 5)
        layout.setSpacing(6)
        # The bar never forces the reader wider than the user made it (docks keep their room);
        # on a narrow reader the less essential parts step aside instead, see resizeEvent.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.label = QLabel(self.tr("Find:"), self)
        self.label.setObjectName("findLabel")
        self.label.setBuddy(self.query)
        layout.addWidget(self.label)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addWidget(self.all_button)
        layout.addStretch(0)
        layout.addWidget(self.close_button)
        self.set_count("")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        width = event.size().width()
        self.all_button.setVisible(width >= 600)
        self.label.setVisible(width >= 510)

    def _button(self, name: str, text: str, tip: str, signal) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep typing in the query field
        button.clicked.connect(signal)
        return button

    # -- what the controller tells us ----------------------------------------------------------
    def text(self) -> str:
        return self.query.text()

    def set_text(self, text: str, notify: bool = True) -> None:
        """Replace the query; ``notify=False`` when only its script changes (same matches)."""
        if text == self.query.text():
            return
        if notify:
            self.query.setText(text)
            return
        blocked = self.query.blockSignals(True)
        try:
            self.query.setText(text)
        finally:
            self.query.blockSignals(blocked)

    def set_count(self, text: str, has_matches: bool = True) -> None:
        """``3 / 17``, "No matches" (shown as a soft warning) or empty."""
        self.count.setText(text)
        self._missing = bool(text) and not has_matches
        self.count.setProperty("noMatches", self._missing)
        self.query.setProperty("noMatches", self._missing)
        stepping = has_matches and bool(text) and "/" in text
        self.previous_button.setEnabled(stepping)
        self.next_button.setEnabled(stepping)
        self.all_button.setEnabled(bool(self.query.text().strip()))
        self._restyle()

    def _restyle(self) -> None:
        """Colours from the current palette (called again when the palette changes)."""
        palette = self.palette()
        color = palette.color(palette.ColorRole.Text) if self._missing else typography.muted_color(palette)
        self.count.setStyleSheet(f"color: {color.name()};")
        self._style_query(self._missing)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _style_query(self, missing: bool) -> None:
        """A faint red field when nothing matches, as browsers do — readable in dark mode too."""
        if missing:
            dark = typography.is_dark(self.palette())
            self.query.setStyleSheet("QLineEdit { background: %s; }" % ("#5a2a2a" if dark else "#fde2e1"))
        else:
            self.query.setStyleSheet("")

    def focus_query(self, select_all: bool = True) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if select_all:
            self.query.selectAll()

    # -- keys in the query field ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previousRequested.emit()
                else:
                    self.nextRequested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.closeRequested.emit()
                return True
        return super().eventFilter(watched, event)
