"""The non-modal notice above the reader offering to carry annotations to this version.

A bar rather than a dialog: opening a report should never be interrupted by a question the
reader may want to answer later (or never); the bar waits above the text until answered.
Colours are derived from the palette so it reads well in light and dark mode.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from gui.exchange.carry_over import CarryOffer


class CarryOverBar(QFrame):
    carryRequested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carryOverBar")
        self.offer: CarryOffer | None = None
        self._styling = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 7, 8, 7)
        layout.setSpacing(8)
        self.label = QLabel(objectName="carryOverText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.carry_button = QPushButton(self.tr("Carry Over"), objectName="carryOverButton")
        self.carry_button.setToolTip(self.tr("Re-anchor those annotations onto this text and add them here"))
        self.dismiss_button = QPushButton(self.tr("Not Now"), objectName="carryDismissButton")
        self.dismiss_button.setFlat(True)
        layout.addWidget(self.carry_button)
        layout.addWidget(self.dismiss_button)
        self.carry_button.clicked.connect(self.carryRequested)
        self.dismiss_button.clicked.connect(self._dismiss)
        self._restyle()
        self.hide()

    def show_offer(self, offer: CarryOffer, display=lambda s: s) -> None:
        self.offer = offer
        count = len(offer.annotations)
        title = display(offer.source_title) or self.tr("an earlier version")
        self.label.setText(self.tr(
            "%n annotation(s) on another version of this report (“{title}”, last opened {date}) can be carried "
            "over to this version. They are re-anchored; any that cannot be placed go to Needs Attention.",
            "", count).format(title=title, date=offer.source_opened))
        self.carry_button.setEnabled(True)
        self.show()

    def busy(self) -> None:
        self.carry_button.setEnabled(False)
        self.label.setText(self.tr("Carrying annotations over…"))

    def clear(self) -> None:
        self.offer = None
        self.hide()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._styling:
            self._restyle()

    def _restyle(self) -> None:
        palette = self.palette()
        base, accent = palette.color(palette.ColorRole.Base), palette.color(palette.ColorRole.Highlight)
        mix = QColor(
            round(base.red() * 0.84 + accent.red() * 0.16),
            round(base.green() * 0.84 + accent.green() * 0.16),
            round(base.blue() * 0.84 + accent.blue() * 0.16),
        )
        sheet = f"QFrame#carryOverBar {{ background: {mix.name()}; border-bottom: 1px solid {accent.name()}; }}"
        if sheet != self.styleSheet():
            self._styling = True        # setting a style sheet sends another PaletteChange
            try:
                self.setStyleSheet(sheet)
            finally:
                self._styling = False
