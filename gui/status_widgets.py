"""The reader's permanent status-bar widgets: the section being read, the annotation counts, the
script, and the progress of loading and laying out a report.

Built by ``MainWindow.complete()``, not for the first paint: the status bar itself shows at
once, these only once there is a document to describe.
"""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

PROGRESS_INTERVAL_S = 0.25


class StatusWidgets:
    """The labels and the progress bar, and how often the progress may repaint."""

    def __init__(self, bar: QStatusBar) -> None:
        self.section_label = QLabel()
        self.section_label.setObjectName("sectionLabel")
        self.section_label.setTextFormat(Qt.TextFormat.PlainText)   # section titles are data
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.script_label = QLabel()
        self.script_label.setObjectName("scriptLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("loadProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._progress_at = 0.0
        bar.addWidget(self.section_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.script_label)

    def busy(self) -> None:
        """Work of unknown length started (reading a file, converting the script)."""
        self.progress.setRange(0, 0)
        self.progress.show()

    def expect(self, total: int) -> None:
        """The coming progress counts up to ``total`` (blocks to lay out)."""
        self.progress.setRange(0, max(1, total))

    def advance(self, done: int, _total: int = 0) -> None:
        """At most a few progress updates a second: QProgressBar repaints at once on every
        new value, and a 10 MB report is built in a hundred slices."""
        now = time.monotonic()
        if now - self._progress_at >= PROGRESS_INTERVAL_S:
            self._progress_at = now
            self.progress.setValue(done)

    def idle(self) -> None:
        self.progress.hide()
