"""The sync indicator at the right end of the status bar.

Idle it is a flat button naming the last sync of the shown report ("Synced 16:30"), with the
server and the times of the last syncs in its tooltip; pressing it syncs the shown report.
While a sync runs it says what the sync is doing, a progress bar shows the counts the sync
reports (pushing and merging; a busy bar while connecting and pulling) and a Cancel button
appears.  Users look for sync state where Zotero and mail programs keep it: in the status bar.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget


class SyncIndicator(QWidget):
    """Last sync, progress and Cancel; the feature tells it what to show."""

    syncRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.button = QToolButton()
        self.button.setObjectName("syncStatusButton")
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.syncRequested)
        self.bar = QProgressBar()
        self.bar.setObjectName("syncProgress")
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelSyncButton")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this sync; nothing is left half-written"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.cancel_button.hide()
        layout.addWidget(self.button)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    @property
    def text(self) -> str:
        return self.button.text()

    def show_idle(self, text: str, tooltip: str) -> None:
        self.button.setText(text)
        self.button.setToolTip(tooltip)
        self.bar.hide()
        self.cancel_button.hide()

    def show_running(self, text: str) -> None:
        self.button.setText(text)       # stays enabled (readable); a click says a sync runs
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

    def show_step(self, text: str, done: int, total: int) -> None:
        """One step of a running sync: counts when it has them, else a busy bar."""
        self.button.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)

    def show_cancelling(self, text: str) -> None:
        self.button.setText(text)
        self.cancel_button.setEnabled(False)
